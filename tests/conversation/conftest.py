"""A bot wired to a fresh SQLite database and a TeamsTestAdapter, per test."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.storage.db import Database
from bot.storage.migrate import upgrade
from bot.wiring import build_bot, build_services
from tests.support.chat import Chat, TeamsTestAdapter


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.from_env({"DATABASE_URL": f"sqlite:///{tmp_path}/chat.db", "PSCBOT_DEMO_DATA": "false"})


@pytest.fixture
async def services(settings):
    db = Database(settings.database_url)
    await upgrade(db)
    adapter = TeamsTestAdapter()
    services = build_services(settings, db, adapter)
    services.extra["test_adapter"] = adapter
    yield services
    await db.dispose()


@pytest.fixture
def bot(services):
    return build_bot(services)


@pytest.fixture
def chat(bot, services) -> Chat:
    return Chat(bot, services.test_adapter)
