"""botbuilder `Storage` on the SQL `bot_state` table, with e-tag optimistic concurrency."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

import jsonpickle
from botbuilder.core import Storage
from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.storage.base import utcnow
from bot.storage.db import Database, rowcount
from bot.storage.models import BotState

log = logging.getLogger(__name__)


class EtagConflict(KeyError):
    """The item changed since it was read (another turn or instance wrote it)."""


def _etag_of(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("e_tag")
    return getattr(value, "e_tag", None)


def _encode(value: Any) -> dict:
    # jsonpickle keeps dialog state objects (DialogState, DialogInstance) round-trippable as JSON,
    # the same approach botbuilder's own Blob and Cosmos storages take.
    encoded = jsonpickle.encode(value, unpicklable=True, make_refs=False)
    if encoded is None:  # jsonpickle's JSON backends always return text; None would be a broken backend
        raise ValueError("state value could not be encoded")
    plain = json.loads(encoded)
    if isinstance(plain, dict):
        plain.pop("e_tag", None)
    return {"v": plain}


def _decode(doc: dict, etag: str) -> Any:
    value = jsonpickle.decode(json.dumps(doc["v"]))
    if isinstance(value, dict):
        value["e_tag"] = etag
    elif not isinstance(value, str | list | set | tuple) and (hasattr(value, "e_tag") or hasattr(value, "__dict__")):
        value.e_tag = etag  # a state object (StoreItem, DialogState): plain values carry no e-tag
    return value


class SqlStorage(Storage):
    """Conversation, user and dialog state in the database instead of process memory."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db

    async def read(self, keys: list[str]) -> dict[str, Any]:
        if not keys:
            return {}
        async with self._db.session() as session:
            rows = (await session.execute(select(BotState).where(BotState.key.in_(list(keys))))).scalars()
            return {row.key: _decode(row.data, row.etag) for row in rows}

    async def write(self, changes: dict[str, Any]) -> None:
        if changes is None:
            raise ValueError("changes are required when writing")
        async with self._db.session() as session:
            for key, value in changes.items():
                expected = _etag_of(value)
                if expected == "":
                    raise ValueError("storage write: e_tag is empty")
                data, new_etag, now = _encode(value), uuid.uuid4().hex, utcnow()
                if expected not in (None, "*"):
                    result = await session.execute(
                        update(BotState)
                        .where(BotState.key == key, BotState.etag == expected)
                        .values(data=data, etag=new_etag, updated_at=now)
                    )
                    if rowcount(result) == 1:
                        continue
                    exists = await session.scalar(select(BotState.key).where(BotState.key == key))
                    if exists is not None:
                        log.info("state e-tag conflict on a %s key", key.split("/")[-1] or "state")
                        raise EtagConflict(f"e-tag conflict for storage key {key!r}")
                insert = sqlite_insert if self._db.is_sqlite else pg_insert
                stmt = insert(BotState).values(key=key, data=data, etag=new_etag, updated_at=now)
                stmt = stmt.on_conflict_do_update(
                    index_elements=[BotState.key], set_={"data": data, "etag": new_etag, "updated_at": now}
                )
                await session.execute(stmt)

    async def delete(self, keys: list[str]) -> None:
        if not keys:
            return
        async with self._db.session() as session:
            await session.execute(delete(BotState).where(BotState.key.in_(list(keys))))
