"""Facility directory: receiving facility name → level of care, kept in the database and editable.

Filled from cases (a case's receiving facility and its level of care) and by hand (``pscbot triage facilities``);
a hand-made entry is never overwritten from a case. The triage reads a snapshot (a plain dict) so the engine stays
pure; it uses the directory only when the e-mail names no level of care itself.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.base import utcnow
from bot.storage.db import Database, rowcount

from .models import FacilityEntry
from .sender import facility_key

log = logging.getLogger(__name__)
LEVELS = ("IRF", "LTAC", "SNF")


async def snapshot(db: Database) -> dict[str, str]:
    """{facility key: level of care} for the triage engine."""
    async with db.session() as s:
        return {e.name_key: e.level_of_care for e in await s.scalars(select(FacilityEntry))}


async def entries(db: Database) -> list[FacilityEntry]:
    async with db.session() as s:
        return list(await s.scalars(select(FacilityEntry).order_by(FacilityEntry.name_key)))


async def remember(
    s: AsyncSession, name: str | None, level: str | None, *, source: str = "case", now: datetime | None = None
) -> bool:
    """Record name → level inside the caller's transaction; False when refused (manual entries win)."""
    key = facility_key(name)
    if not key or level not in LEVELS:
        return False
    row = await s.get(FacilityEntry, key)
    if row is not None and row.source == "manual" and source != "manual":
        return False
    if row is None:
        s.add(
            FacilityEntry(
                name_key=key, name=str(name)[:200], level_of_care=level, source=source, updated_at=now or utcnow()
            )
        )
    else:
        row.name, row.level_of_care, row.source, row.updated_at = str(name)[:200], level, source, now or utcnow()
    return True


async def set_entry(db: Database, name: str, level: str) -> bool:
    async with db.session() as s:
        return await remember(s, name, level.upper(), source="manual")


async def remove(db: Database, name: str) -> int:
    async with db.session() as s:
        res = await s.execute(delete(FacilityEntry).where(FacilityEntry.name_key == facility_key(name)))
        return rowcount(res)
