"""The case timeline: one way to add an event row inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.models import CaseEvent


def add_event(
    s: AsyncSession,
    case_id: str,
    kind: str,
    *,
    at: datetime,
    actor_id: str | None = None,
    actor_name: str | None = None,
    detail: str | None = None,
    data: dict[str, Any] | None = None,
) -> CaseEvent:
    event = CaseEvent(
        case_id=case_id, at=at, actor_id=actor_id, actor_name=actor_name, kind=kind, detail=detail, data=data
    )
    s.add(event)
    return event
