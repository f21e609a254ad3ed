from datetime import UTC, datetime

from sqlalchemy import select

from bot.storage.migrate import is_current
from bot.storage.models import Conversation


async def test_migrated_database_is_current(db):
    assert await is_current(db)


async def test_timestamps_come_back_timezone_aware(db):
    when = datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    async with db.session() as s:
        s.add(
            Conversation(
                key="k1",
                conversation_id="c1",
                scope="personal",
                service_url="http://x",
                reference={},
                active=True,
                created_at=when,
                updated_at=when,
            )
        )
    async with db.session() as s:
        row = (await s.execute(select(Conversation))).scalar_one()
    assert row.created_at == when and row.created_at.tzinfo is not None
