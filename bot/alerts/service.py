"""Alerts from triage results, and the Acknowledge / Claim actions.

`create_for_result` runs inside the pipeline's transaction (the same one that links the case), so the alert
and its outbox rows exist exactly when the e-mail's link does:

* one `alerts` row per e-mail (unique `email_id`: re-processing the same e-mail returns the existing alert),
  created only when at least one active subscription wants the item (subscriptions.wants);
* one `alert_deliveries` row per (alert, conversation, 'alert') for subscriptions that want it
  individually (status `pending`), and per (alert, conversation, 'digest') for those that want it in the
  digest (status `queued`, bundled later by digest.build_digests).

The priority is the triage priority (TRIAGE_RUBRIC §6). The level of care is the e-mail's, else the linked
case's. `due_at` is the linked case's deadline, else the clock a creating request would start.

`acknowledge` / `claim` are idempotent: repeating them changes nothing and returns the same card. They
return the refreshed card plus the (conversation_key, activity_id) of every sent card of the alert, and
queue an in-place update of each of those cards on its delivery row; the dispatcher performs the updates
through the same AlertSender with retries (`update_card`, PUT). The edge replies to the invoking card with
`AlertChange.card` directly.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.alerts.models import PENDING, QUEUED, SENT, Alert, AlertDelivery, Subscription
from bot.alerts.rendering import AlertCards
from bot.alerts.subscriptions import User, wants
from bot.audit.service import audit_add
from bot.cases.models import Case
from bot.cases.service import CaseService
from bot.storage.base import utcnow
from bot.storage.db import Database, rowcount
from bot.triage.result import TriageResult

log = logging.getLogger(__name__)

LEVELS = ("IRF", "LTAC", "SNF")
_CASE_REF = re.compile(r"\d{10}")
PRIORITIES = ("urgent", "high", "normal", "low")


class AlertNotFound(LookupError):
    def __init__(self, alert_id: int) -> None:
        self.alert_id = alert_id
        super().__init__(f"No alert {alert_id} found.")


@dataclass(frozen=True)
class AlertChange:
    """What Acknowledge / Claim produced: the refreshed card and where that card is shown."""

    alert: Alert
    case: Case | None
    card: dict
    changed: bool
    targets: list[tuple[str, str]] = field(default_factory=list)  # (conversation_key, activity_id)
    message: str | None = None


async def active_subscriptions(s: AsyncSession) -> list[Subscription]:
    return list(await s.scalars(select(Subscription).where(Subscription.active.is_(True)).order_by(Subscription.id)))


async def create_for_result(
    s: AsyncSession,
    *,
    email_id: int | None,
    result: TriageResult,
    case: Case | None,
    due_at: datetime | None,
    received_at: datetime | None,
    now: datetime,
    subscriptions: list[Subscription] | None = None,
    check_existing: bool = True,
) -> Alert | None:
    """Create the alert and its outbox rows inside the caller's transaction (see module docstring).

    A caller processing a batch passes the active `subscriptions` it read once, and `check_existing=False`
    when it already knows none of its e-mails has an alert.
    """
    if email_id is not None and check_existing:
        existing = await s.scalar(select(Alert).where(Alert.email_id == email_id))
        if existing is not None:
            return existing
    priority = result.priority if result.priority in PRIORITIES else "normal"
    loc = result.level_of_care if result.level_of_care in LEVELS else None
    if loc is None and case is not None:
        loc = case.level_of_care
    subs = subscriptions if subscriptions is not None else await active_subscriptions(s)
    plan = [
        (sub.conversation_key, kind)
        for sub in subs
        if (kind := wants(sub, priority, loc, result.request_type)) is not None
    ]
    if not plan:
        return None
    alert = Alert(
        email_id=email_id,
        case_id=case.case_id if case is not None else None,
        case_ref=result.case_id if _CASE_REF.fullmatch(result.case_id or "") else None,
        priority=priority,
        request_type=result.request_type,
        level_of_care=loc,
        expedited=bool(result.expedited),
        reasons=[str(r)[:200] for r in (result.reasons or [])][:10],
        due_at=case.due_at if case is not None else due_at,
        received_at=received_at,
        created_at=now,
    )
    s.add(alert)
    await s.flush()
    for key, kind in plan:
        s.add(
            AlertDelivery(
                alert_id=alert.id,
                conversation_key=key,
                kind=kind,
                status=PENDING if kind == "alert" else QUEUED,
                attempts=0,
                failures=0,
                resends=0,
                update_failures=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
    await s.flush()
    log.info(
        "alert %s created email=%s priority=%s individual=%d digest=%d",
        alert.id,
        email_id,
        priority,
        sum(1 for _, k in plan if k == "alert"),
        sum(1 for _, k in plan if k == "digest"),
    )
    return alert


class AlertService:
    def __init__(self, db: Database, tz: ZoneInfo | str = "America/Chicago", *, cards: AlertCards) -> None:
        self.db = db
        self.cards = cards
        self.tz = tz if isinstance(tz, ZoneInfo) else ZoneInfo(str(tz))
        self.cases = CaseService(db, self.tz)

    async def get(self, alert_id: int) -> tuple[Alert | None, Case | None]:
        async with self.db.session() as s:
            alert = await s.get(Alert, alert_id)
            case = await s.get(Case, alert.case_id) if alert is not None and alert.case_id else None
            return alert, case

    async def deliveries(self, alert_id: int) -> list[AlertDelivery]:
        async with self.db.session() as s:
            return list(
                await s.scalars(
                    select(AlertDelivery).where(AlertDelivery.alert_id == alert_id).order_by(AlertDelivery.id)
                )
            )

    async def card(self, alert_id: int, now: datetime | None = None) -> dict:
        alert, case = await self.get(alert_id)
        if alert is None:
            raise AlertNotFound(alert_id)
        return self.cards.alert(alert, case, now or utcnow(), self.tz)

    async def _refresh(self, s: AsyncSession, alert: Alert, now: datetime) -> list[tuple[str, str]]:
        """Queue an in-place update of every sent card of the alert; return where they are."""
        rows = list(
            await s.scalars(
                select(AlertDelivery)
                .where(
                    AlertDelivery.alert_id == alert.id,
                    AlertDelivery.status == SENT,
                    AlertDelivery.kind.in_(("alert", "escalation")),
                    AlertDelivery.activity_id.is_not(None),
                )
                .order_by(AlertDelivery.id)
            )
        )
        if rows:
            await s.execute(
                update(AlertDelivery)
                .where(AlertDelivery.id.in_([r.id for r in rows]))
                .values(update_requested_at=now, update_next_at=now, update_failures=0)
            )
        return [(r.conversation_key, r.activity_id) for r in rows if r.activity_id is not None]

    async def _targets(self, alert_id: int) -> list[tuple[str, str]]:
        async with self.db.session() as s:
            rows = await s.execute(
                select(AlertDelivery.conversation_key, AlertDelivery.activity_id)
                .where(
                    AlertDelivery.alert_id == alert_id,
                    AlertDelivery.status == SENT,
                    AlertDelivery.kind.in_(("alert", "escalation")),
                    AlertDelivery.activity_id.is_not(None),
                )
                .order_by(AlertDelivery.id)
            )
            return [(k, a) for k, a in rows]

    async def acknowledge(self, alert_id: int, user: User, *, now: datetime | None = None) -> AlertChange:
        """Record the first acknowledgement (who, when); later ones change nothing."""
        now = now or utcnow()
        async with self.db.session() as s:
            res = await s.execute(
                update(Alert)
                .where(Alert.id == alert_id, Alert.acknowledged_at.is_(None))
                .values(acknowledged_at=now, acknowledged_by_id=user.id, acknowledged_by_name=user.name)
            )
            changed = rowcount(res) == 1
            alert = await s.get(Alert, alert_id, populate_existing=True)
            if alert is None:
                raise AlertNotFound(alert_id)
            if changed:
                audit_add(
                    s,
                    action="alert.acknowledged",
                    entity="alert",
                    entity_id=alert_id,
                    case_id=alert.case_id,
                    actor_id=user.id,
                    actor_name=user.name,
                    before={"acknowledged_at": None},
                    after={"acknowledged_at": now},
                    at=now,
                )
            targets = await self._refresh(s, alert, now) if changed else None
            case = await s.get(Case, alert.case_id) if alert.case_id else None
        if targets is None:
            targets = await self._targets(alert_id)
        log.info("alert %s acknowledged changed=%s cards=%d", alert_id, changed, len(targets))
        return AlertChange(alert, case, self.cards.alert(alert, case, now, self.tz), changed, targets)

    async def claim(self, alert_id: int, user: User, *, now: datetime | None = None) -> AlertChange:
        """Claim the alert's case for the user (CaseService.claim) and acknowledge the alert.

        Idempotent: claiming again changes nothing. Raises AlertNotFound; CaseError (user-facing) when the
        case is closed or the alert has no case on file.
        """
        from bot.cases.errors import CaseError

        now = now or utcnow()
        alert, _ = await self.get(alert_id)
        if alert is None:
            raise AlertNotFound(alert_id)
        if not alert.case_id:
            raise CaseError("This alert has no case on file to claim; open or import the case first.")
        if not user.id:
            raise CaseError("Claiming a case needs a Teams user.")
        claim = await self.cases.claim(alert.case_id, user.id, user.name, now=now)
        async with self.db.session() as s:
            values = dict(claimed_at=now, claimed_by_id=user.id, claimed_by_name=user.name)
            res = await s.execute(
                update(Alert)
                .where(Alert.id == alert_id, (Alert.claimed_by_id.is_(None)) | (Alert.claimed_by_id != user.id))
                .values(**values)
            )
            await s.execute(
                update(Alert)
                .where(Alert.id == alert_id, Alert.acknowledged_at.is_(None))
                .values(acknowledged_at=now, acknowledged_by_id=user.id, acknowledged_by_name=user.name)
            )
            changed = rowcount(res) == 1 or claim.changed
            alert = await s.get(Alert, alert_id, populate_existing=True)
            assert alert is not None  # read above; alerts are never deleted
            targets = await self._refresh(s, alert, now) if changed else None
            case = await s.get(Case, alert.case_id, populate_existing=True)
        if targets is None:
            targets = await self._targets(alert_id)
        log.info("alert %s claimed case=%s changed=%s cards=%d", alert_id, alert.case_id, changed, len(targets))
        return AlertChange(alert, case, self.cards.alert(alert, case, now, self.tz), changed, targets)
