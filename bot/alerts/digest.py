"""The digest: lower-priority items not alerted individually, one card per subscribed conversation.

When an alert is created, every subscription that wants its priority in the digest (subscriptions.DIGEST)
gets an `alert_deliveries` row of kind 'digest' in status `queued`. `build_digests` turns each
conversation's queued rows into ONE card: the lowest row becomes the carrier (`pending`, payload lists
the alert ids and the time of that conversation's previous digest) and the rest become `bundled` (pointing
at the carrier); the dispatcher sends the carrier and settles the bundled rows with it. Each item is thus
listed once per conversation, in the first digest after it arrived.

The bundling statement writes first (`UPDATE … SET status='bundled' WHERE status='queued' … RETURNING`),
so two instances running the job at once cannot put one item in two digests. A conversation whose
subscription was deactivated gets nothing: its queued rows are dead-lettered with a reason.

The edge schedules `build_digests(db)` with APScheduler's CronTrigger.from_crontab(settings.digest_cron,
timezone=settings.tz); the dispatcher delivers the cards on its next pass.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from sqlalchemy import func, select, update

from bot.alerts.models import BUNDLED, DEAD, PENDING, QUEUED, SENT, AlertDelivery, Subscription
from bot.storage.base import utcnow
from bot.storage.db import Database

log = logging.getLogger(__name__)


async def build_digests(db: Database, *, now: datetime | None = None) -> int:
    """Bundle every conversation's queued digest items; returns the number of digest cards queued."""
    now = now or utcnow()
    D = AlertDelivery
    async with db.session() as s:
        keys = list(
            await s.scalars(
                select(D.conversation_key)
                .where(D.kind == "digest", D.status == QUEUED)
                .distinct()
                .order_by(D.conversation_key)
            )
        )
    created = 0
    for key in keys:
        token = uuid.uuid4().hex
        async with db.session() as s:
            rows = (
                await s.execute(
                    update(D)
                    .where(D.kind == "digest", D.status == QUEUED, D.conversation_key == key)
                    .values(status=BUNDLED, claim_token=token)
                    .returning(D.id, D.alert_id)
                    .execution_options(synchronize_session=False)
                )
            ).all()
            if not rows:
                continue
            rows = sorted(rows)
            active = await s.scalar(select(Subscription.active).where(Subscription.conversation_key == key))
            ids = [r[0] for r in rows]
            if not active:
                await s.execute(
                    update(D)
                    .where(D.id.in_(ids))
                    .values(status=DEAD, last_error="unsubscribed before the digest", claim_token=None)
                )
                continue
            previous = await s.scalar(
                select(func.max(D.sent_at)).where(
                    D.conversation_key == key, D.kind == "digest", D.status == SENT, D.bundle_id.is_(None)
                )
            )
            carrier = ids[0]
            payload = {
                "alert_ids": [r[1] for r in rows],
                "since": previous.isoformat() if previous is not None else None,
            }
            await s.execute(
                update(D)
                .where(D.id == carrier)
                .values(status=PENDING, payload=payload, next_attempt_at=now, claim_token=None, bundle_id=None)
            )
            if len(ids) > 1:
                await s.execute(update(D).where(D.id.in_(ids[1:])).values(bundle_id=carrier, claim_token=None))
            created += 1
            log.info("digest queued for conversation %s: %d items (carrier %s)", key, len(rows), carrier)
    return created
