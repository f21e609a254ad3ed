"""Claiming outbox work: due deliveries and owed card updates, each in ONE atomic statement.

A claimed row carries a fresh token; only the holder of that token can record its outcome (bot.alerts.recording).
On PostgreSQL the candidates are locked with SKIP LOCKED, so instances sharing the outbox split the work.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, or_, select, update

from bot.alerts.models import IN_FLIGHT, PENDING, SENT, Alert, AlertDelivery
from bot.storage.db import Database

IN_DOUBT_EXPIRED = "in doubt: claim expired before the outcome was recorded"


@dataclass(frozen=True)
class Claimed:
    """One claimed row. For a card update, `failures` counts update failures and `activity_id` is the card's."""

    id: int
    alert_id: int
    conversation_key: str
    kind: str
    resends: int
    failures: int
    payload: dict | None
    token: str
    activity_id: str | None = None
    requested_at: datetime | None = None


async def claim_deliveries(db: Database, owner: str, lease_s: float, now: datetime, batch: int) -> list[Claimed]:
    """Due `pending` rows and expired `in_flight` ones (in doubt: counted as a resend and a failure)."""
    token = uuid.uuid4().hex
    D = AlertDelivery
    expired = and_(D.status == IN_FLIGHT, D.claimed_until < now)
    due = or_(and_(D.status == PENDING, D.next_attempt_at <= now), expired)
    # Most urgent first (escalations, then urgent / high alerts, digests last), then oldest due.
    rank = case(
        (D.kind == "escalation", 0),
        (Alert.priority == "urgent", 1),
        (Alert.priority == "high", 2),
        (D.kind == "digest", 9),
        else_=5,
    )
    candidates = (
        select(D.id).join(Alert, Alert.id == D.alert_id).where(due).order_by(rank, D.next_attempt_at, D.id).limit(batch)
    )
    if db.is_postgres:
        candidates = candidates.with_for_update(of=D, skip_locked=True)
    was_in_flight = D.status == IN_FLIGHT
    stmt = (
        update(D)
        .where(D.id.in_(candidates.scalar_subquery()))
        .values(
            resends=D.resends + case((was_in_flight, 1), else_=0),
            failures=D.failures + case((was_in_flight, 1), else_=0),
            last_error=case((was_in_flight, IN_DOUBT_EXPIRED), else_=D.last_error),
            status=IN_FLIGHT,
            claimed_by=owner,
            claim_token=token,
            claimed_until=now + timedelta(seconds=lease_s),
            attempts=D.attempts + 1,
        )
        .returning(D.id, D.alert_id, D.conversation_key, D.kind, D.resends, D.failures, D.payload)
        .execution_options(synchronize_session=False)
    )
    async with db.session() as s:
        rows = (await s.execute(stmt)).all()
    claimed = (
        Claimed(row.id, row.alert_id, row.conversation_key, row.kind, row.resends, row.failures, row.payload, token)
        for row in rows
    )
    return sorted(claimed, key=lambda c: c.id)


async def claim_updates(db: Database, lease_s: float, now: datetime, batch: int) -> list[Claimed]:
    """Sent cards whose alert changed since (Acknowledge / Claim) and whose update is due."""
    token = uuid.uuid4().hex
    D = AlertDelivery
    due = and_(
        D.status == SENT,
        D.activity_id.is_not(None),
        D.update_requested_at.is_not(None),
        or_(D.update_done_at.is_(None), D.update_done_at < D.update_requested_at),
        D.update_next_at <= now,
        or_(D.update_claimed_until.is_(None), D.update_claimed_until < now),
    )
    candidates = select(D.id).where(due).order_by(D.update_next_at, D.id).limit(batch)
    if db.is_postgres:
        candidates = candidates.with_for_update(skip_locked=True)
    stmt = (
        update(D)
        .where(D.id.in_(candidates.scalar_subquery()))
        .values(update_token=token, update_claimed_until=now + timedelta(seconds=lease_s))
        .returning(
            D.id,
            D.alert_id,
            D.conversation_key,
            D.kind,
            D.resends,
            D.update_failures,
            D.payload,
            D.activity_id,
            D.update_requested_at,
        )
        .execution_options(synchronize_session=False)
    )
    async with db.session() as s:
        rows = (await s.execute(stmt)).all()
    claimed = (
        Claimed(
            row.id,
            row.alert_id,
            row.conversation_key,
            row.kind,
            row.resends,
            row.update_failures,
            row.payload,
            token,
            row.activity_id,
            row.update_requested_at,
        )
        for row in rows
    )
    return sorted(claimed, key=lambda c: c.id)
