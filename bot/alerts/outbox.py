"""Outbox inspection and repair (CLI / admin / health): counts per status, dead letters, re-queue.

The outbox rows themselves are created by bot.alerts.service (alert), bot.alerts.escalation (escalation)
and bot.alerts.digest (digest), and moved along by bot.alerts.dispatcher. Only ids, statuses and counts
come out of here.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy import func, select, update

from bot.alerts.models import BUNDLED, DEAD, IN_FLIGHT, PENDING, STATUSES, AlertDelivery
from bot.storage.base import utcnow
from bot.storage.db import Database, rowcount

log = logging.getLogger(__name__)


async def counts(db: Database) -> dict[str, int]:
    """Rows per status (every status present, zero when none)."""
    async with db.session() as s:
        rows = await s.execute(select(AlertDelivery.status, func.count()).group_by(AlertDelivery.status))
        out: dict[str, int] = dict.fromkeys(STATUSES, 0)
        out.update({status: n for status, n in rows})
    return out


async def dead_letters(db: Database, limit: int = 50) -> list[AlertDelivery]:
    async with db.session() as s:
        return list(
            await s.scalars(
                select(AlertDelivery).where(AlertDelivery.status == DEAD).order_by(AlertDelivery.id.desc()).limit(limit)
            )
        )


async def requeue(db: Database, delivery_id: int, *, now: datetime | None = None) -> bool:
    """Give a dead-lettered delivery a fresh start (e.g. after a Teams outage); True when re-queued."""
    now = now or utcnow()
    D = AlertDelivery
    async with db.session() as s:
        res = await s.execute(
            update(D)
            .where(D.id == delivery_id, D.status == DEAD, D.bundle_id.is_(None))
            .values(status=PENDING, failures=0, next_attempt_at=now, last_error=None)
        )
        if rowcount(res) == 1:
            await s.execute(update(D).where(D.bundle_id == delivery_id, D.status == DEAD).values(status=BUNDLED))
    log.info("delivery %s requeued=%s", delivery_id, rowcount(res) == 1)
    return rowcount(res) == 1


async def backlog(db: Database, *, now: datetime | None = None) -> tuple[int, float]:
    """Deliveries still waiting (pending or in flight) and the age in seconds of the oldest one (0 when none)."""
    now = now or utcnow()
    waiting = AlertDelivery.status.in_((PENDING, IN_FLIGHT))
    async with db.session() as s:
        count, oldest = (await s.execute(select(func.count(), func.min(AlertDelivery.created_at)).where(waiting))).one()
    if not count or oldest is None:
        return 0, 0.0
    if isinstance(oldest, str):  # a driver that hands the aggregate back untyped
        oldest = datetime.fromisoformat(oldest)
    if oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=UTC)
    return int(count), max(0.0, (now - oldest).total_seconds())
