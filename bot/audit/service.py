"""Writing and reading the audit trail.

`audit_add(session, ...)` joins the caller's transaction, so a recorded call and its audit row commit (or
roll back) together. `AuditService` opens its own session for edge code that has no transaction at hand
(e.g. a status change made through CaseService).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.audit.models import AuditEntry
from bot.storage.base import utcnow
from bot.storage.db import Database

log = logging.getLogger(__name__)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def audit_add(
    s: AsyncSession,
    *,
    action: str,
    entity: str,
    entity_id: Any = None,
    case_id: str | None = None,
    actor_id: str | None = None,
    actor_name: str | None = None,
    before: Mapping | None = None,
    after: Mapping | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        at=at or utcnow(),
        actor_id=actor_id,
        actor_name=actor_name,
        action=action,
        case_id=case_id,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
    )
    s.add(entry)
    log.info("audit %s entity=%s id=%s case=%s", action, entity, entity_id, case_id)
    return entry


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def record(self, **kwargs: Any) -> AuditEntry:
        async with self.db.session() as s:
            return audit_add(s, **kwargs)

    async def for_case(self, case_id: str) -> list[AuditEntry]:
        async with self.db.session() as s:
            rows = await s.scalars(
                select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.at, AuditEntry.id)
            )
            return list(rows)

    async def all(self) -> list[AuditEntry]:
        async with self.db.session() as s:
            return list(await s.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)))
