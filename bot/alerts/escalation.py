"""Escalation: an urgent alert nobody acknowledged (or claimed) within `settings.escalate_after_min`
minutes gets one `escalation` delivery per conversation that was sent the alert (and is still subscribed).

Once only per alert: `alerts.escalated_at` is set by a conditional update (`WHERE escalated_at IS NULL AND
acknowledged_at IS NULL`) in the same transaction that inserts the escalation rows, and the rows are unique
on (alert, conversation, 'escalation'); concurrent runs on several instances escalate each alert once.
An alert whose linked case no longer awaits a decision is marked escalated without sending anything.
The escalation card @mentions the case's assignee, else the subscription's on-call person (built at send
time by the dispatcher, so a claim made in between is reflected).

The edge schedules `escalate_due(db, after_min=settings.escalate_after_min)` every minute (APScheduler
interval job); `now` is injectable for tests.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select, update

from bot.alerts.models import DEAD, GONE, PENDING, Alert, AlertDelivery, Subscription
from bot.cases import workflow
from bot.cases.models import Case
from bot.storage.base import utcnow
from bot.storage.db import Database, rowcount

log = logging.getLogger(__name__)


async def escalate_due(db: Database, *, after_min: int = 30, now: datetime | None = None, limit: int = 200) -> int:
    """Create escalation deliveries for overdue unacknowledged urgent alerts; returns how many alerts."""
    now = now or utcnow()
    cutoff = now - timedelta(minutes=after_min)
    async with db.session() as s:
        ids = list(
            await s.scalars(
                select(Alert.id)
                .where(
                    Alert.priority == "urgent",
                    Alert.acknowledged_at.is_(None),
                    Alert.escalated_at.is_(None),
                    Alert.created_at <= cutoff,
                )
                .order_by(Alert.id)
                .limit(limit)
            )
        )
    escalated = 0
    for alert_id in ids:
        async with db.session() as s:
            # Write first: takes the row (PostgreSQL) / the writer lock (SQLite) before reading anything.
            res = await s.execute(
                update(Alert)
                .where(Alert.id == alert_id, Alert.escalated_at.is_(None), Alert.acknowledged_at.is_(None))
                .values(escalated_at=now)
            )
            if rowcount(res) != 1:
                continue
            alert = await s.get(Alert, alert_id)
            assert alert is not None  # the UPDATE above just matched the row
            case = await s.get(Case, alert.case_id) if alert.case_id else None
            if case is not None and not workflow.is_open(case.status):
                log.info("alert %s not escalated: case no longer awaits a decision", alert_id)
                continue
            keys = list(
                await s.scalars(
                    select(AlertDelivery.conversation_key)
                    .join(Subscription, Subscription.conversation_key == AlertDelivery.conversation_key)
                    .where(
                        AlertDelivery.alert_id == alert_id,
                        AlertDelivery.kind == "alert",
                        AlertDelivery.status.not_in((GONE, DEAD)),
                        Subscription.active.is_(True),
                    )
                    .order_by(AlertDelivery.id)
                )
            )
            existing = set(
                await s.scalars(
                    select(AlertDelivery.conversation_key).where(
                        AlertDelivery.alert_id == alert_id, AlertDelivery.kind == "escalation"
                    )
                )
            )
            for key in keys:
                if key in existing:
                    continue
                s.add(
                    AlertDelivery(
                        alert_id=alert_id,
                        conversation_key=key,
                        kind="escalation",
                        status=PENDING,
                        attempts=0,
                        failures=0,
                        resends=0,
                        update_failures=0,
                        next_attempt_at=now,
                        created_at=now,
                    )
                )
            escalated += 1
            log.info("alert %s escalated to %d conversations", alert_id, len(keys))
    return escalated
