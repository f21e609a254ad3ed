"""Runtime settings chosen in Teams, such as which conversation receives expert questions."""

from __future__ import annotations

from typing import Any

from bot.storage.base import utcnow
from bot.storage.db import Database
from bot.storage.models import AppSetting

EXPERTS_CONVERSATION = "experts_conversation"
MD_CONVERSATION = "md_conversation"
TEAM_LEAD_CONVERSATION = "team_lead_conversation"


class AppSettings:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, key: str) -> Any:
        async with self._db.session() as session:
            row = await session.get(AppSetting, key)
            return None if row is None else row.value.get("v")

    async def set(self, key: str, value: Any, updated_by: str | None = None) -> None:
        async with self._db.session() as session:
            row = await session.get(AppSetting, key)
            if row is None:
                session.add(AppSetting(key=key, value={"v": value}, updated_by=updated_by, updated_at=utcnow()))
            else:
                row.value = {"v": value}
                row.updated_by = updated_by
                row.updated_at = utcnow()
