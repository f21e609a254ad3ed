"""Shared fixtures: a migrated database on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path

import pytest

from bot.storage.db import Database
from bot.storage.migrate import upgrade
from tests.support.ci import in_ci

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PG_ADMIN_URL = os.environ.get("PSCBOT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_admin(sql: str) -> None:
    """Run one admin statement; in a worker thread, since fixtures may ask for it inside a running loop."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, _pg_admin_async(sql)).result()


async def _pg_admin_async(sql: str) -> None:
    import asyncpg

    url = PG_ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://")
    conn = await asyncpg.connect(url, timeout=5)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def pg_url():
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    name = f"pscbot_test_{uuid.uuid4().hex[:10]}"
    try:
        _pg_admin(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001 - any connection failure means "no server"
        if in_ci():
            pytest.fail(f"PostgreSQL unreachable in CI at {PG_ADMIN_URL}: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
async def db(request, tmp_path):
    """A migrated, empty database; each test gets its own (PostgreSQL: tables truncated after)."""
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path}/pscbot.db")
    else:
        database = Database(request.getfixturevalue("pg_url"))
    await upgrade(database)
    yield database
    if database.is_postgres:
        from sqlalchemy import text

        from bot.schema import metadata

        tables = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
        if tables:
            # The audit log refuses TRUNCATE (migration 0008); the test database's superuser switches the
            # table's triggers off for this one transaction only, so the protection itself stays in force.
            async with database.engine.begin() as conn:
                await conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
                await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
                await conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
    await database.dispose()


@pytest.fixture
def shared_dir() -> Path:
    return SHARED
