"""A bot wired to a fresh SQLite database and a TeamsTestAdapter, per test."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.config import Settings
from bot.storage.db import Database
from bot.storage.migrate import upgrade
from bot.wiring import build_bot, build_services, prepare
from tests.support.chat import Chat, TeamsTestAdapter
from tests.support.template_db import settings_on_copy


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """Migrate and load the bundled knowledge base once; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "chat.db"

    async def build() -> None:
        settings = Settings.from_env({"DATABASE_URL": f"sqlite:///{path}", "PSCBOT_DEMO_DATA": "false"})
        db = Database(settings.database_url)
        await upgrade(db)
        await prepare(build_services(settings, db))
        async with db.engine.connect() as conn:
            await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        await db.dispose()

    asyncio.run(build())
    return path


@pytest.fixture
def settings(tmp_path, template_db) -> Settings:
    return settings_on_copy(template_db, tmp_path)


@pytest.fixture
async def services(settings):
    db = Database(settings.database_url)
    adapter = TeamsTestAdapter()
    services = build_services(settings, db, adapter)
    services.test_adapter = adapter  # what tests inspect (sent and updated activities); not a service
    yield services
    await services.knowledge.close()
    await db.dispose()


@pytest.fixture
def bot(services):
    return build_bot(services)


@pytest.fixture
def chat(bot, services) -> Chat:
    return Chat(bot, services.test_adapter)
