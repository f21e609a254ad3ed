"""Alembic migrations driven from code: `pscbot db upgrade`, start-up and /readyz use this."""

from __future__ import annotations

import asyncio
import functools
import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage.db import Database, normalize_url

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# One PostgreSQL advisory lock id ("pscb") for all start-up work: migrations here, then wiring.prepare.
STARTUP_LOCK = 0x70736362


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Percent signs in passwords would be read as interpolation by ConfigParser.
    cfg.set_main_option("sqlalchemy.url", normalize_url(url).replace("%", "%%"))
    return cfg


@functools.cache
def _scripts() -> ScriptDirectory:
    # Parsed once per process: /readyz asks on every probe and the files do not change under a running bot.
    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def script_heads() -> set[str]:
    return set(_scripts().get_heads())


def _upgrade_sync(connection, cfg: Config, target: str) -> None:
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, target)


async def upgrade(db: Database, target: str = "heads") -> None:
    """Apply migrations on the database behind `db` (idempotent)."""
    cfg = alembic_config(db.url)
    async with db.engine.begin() as conn:
        if db.is_postgres:
            # Instances starting together on a fresh database would all try CREATE TABLE alembic_version;
            # the lock makes them take turns (held to the end of this transaction), and the later ones find
            # the database current.
            await conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": STARTUP_LOCK})
        await conn.run_sync(_upgrade_sync, cfg, target)
    log.info("database migrated to %s", target)


def _current_heads(connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


async def current_heads(conn: AsyncConnection) -> set[str]:
    return await conn.run_sync(_current_heads)


def pending_revisions(current: set[str]) -> list[str]:
    """Revisions `upgrade heads` would still apply (branches joined by depends_on make head sets differ)."""
    # Alembic annotates current_rev as str, but its own upgrade command passes the tuple of current heads.
    steps = _scripts()._upgrade_revs("heads", tuple(current))  # pyright: ignore[reportArgumentType]
    return [step.revision.revision for step in steps]


async def is_current(db: Database) -> bool:
    async with db.engine.connect() as conn:
        return not pending_revisions(await current_heads(conn))


def upgrade_blocking(url: str) -> None:
    async def _run() -> None:
        db = Database(url)
        try:
            await upgrade(db)
        finally:
            await db.dispose()

    asyncio.run(_run())
