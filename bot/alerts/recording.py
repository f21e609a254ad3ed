"""Recording an outcome on a claimed row: one conditional UPDATE, plus what follows from it in the same
transaction (a gone conversation's other rows, a digest's bundled rows). A row whose claim was lost
(another dispatcher took it after the lease) records nothing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.alerts.claims import Claimed
from bot.alerts.models import BUNDLED, DEAD, GONE, IN_FLIGHT, PENDING, QUEUED, SENT, Alert, AlertDelivery, Subscription
from bot.alerts.verdicts import Verdict
from bot.storage.base import utcnow
from bot.storage.db import Database, rowcount

_DELIVERY_RELEASE = dict(claimed_by=None, claimed_until=None, claim_token=None)
_UPDATE_RELEASE = dict(update_claimed_until=None, update_token=None)


async def record(db: Database, row: Claimed, verdict: Verdict, now: datetime, *, card_update: bool) -> bool:
    """Apply the verdict if the claim is still ours; True when it was."""
    D = AlertDelivery
    if card_update:
        mine = and_(D.id == row.id, D.update_token == row.token)
        release = _UPDATE_RELEASE
    else:
        mine = and_(D.id == row.id, D.claim_token == row.token, D.status == IN_FLIGHT)
        release = _DELIVERY_RELEASE
    async with db.session() as s:
        result = await s.execute(update(D).where(mine).values(**verdict.values, **release))
        ours = rowcount(result) == 1
        if ours and verdict.gone:
            await mark_conversation_gone(s, row.conversation_key)
        if ours and not card_update and row.kind == "digest":
            await _settle_bundle(s, row, verdict.counts, now)
    return ours


async def _settle_bundle(s: AsyncSession, row: Claimed, counts: str, now: datetime) -> None:
    """A digest's bundled rows share its fate: sent with it, or dead-lettered with it."""
    D = AlertDelivery
    if counts == "sent":
        await s.execute(update(D).where(D.bundle_id == row.id, D.status == BUNDLED).values(status=SENT, sent_at=now))
        ids = [int(i) for i in (row.payload or {}).get("alert_ids", [])]
        if ids:
            await s.execute(
                update(Alert).where(Alert.id.in_(ids), Alert.digest_sent_at.is_(None)).values(digest_sent_at=now)
            )
    elif counts == "dead":
        await s.execute(
            update(D)
            .where(D.bundle_id == row.id, D.status == BUNDLED)
            .values(status=DEAD, last_error="digest dead-lettered")
        )


async def mark_conversation_gone(s: AsyncSession, key: str) -> None:
    """In the recording transaction: deactivate the subscription, give up the conversation's waiting rows."""
    D = AlertDelivery
    await s.execute(
        update(Subscription)
        .where(Subscription.conversation_key == key, Subscription.active.is_(True))
        .values(active=False, updated_at=utcnow())
    )
    await s.execute(
        update(D)
        .where(D.conversation_key == key, D.status.in_((PENDING, QUEUED, BUNDLED)))
        .values(status=GONE, last_error="conversation gone")
    )
    await s.execute(
        update(D)
        .where(D.conversation_key == key, D.status == SENT, D.update_requested_at.is_not(None))
        .values(update_done_at=D.update_requested_at)
    )
