"""Peer-to-peer (P2P) requests: a Medical Director accepts (schedules), proposes another time, declines, or
marks a scheduled P2P completed. No botbuilder here; the edge checks roles, this module checks state.

P2P rules are plan-specific (FACTS P2P-02: no Part 422 rule requires or governs a P2P; P2P-03: one plan allows
a pre-decision window and treats a post-denial P2P as informational, new information going in as a
reconsideration). The plan's window is `settings.p2p_window_hours`, counted from the decision (`decided_at`).

Case status (bot.cases.workflow): requesting moves the case to `p2p_requested` (bot.cases.calls); Accept moves
it to `p2p_scheduled`; Complete to `p2p_completed`, always through CaseService.change_status. Propose keeps
`p2p_requested` (the coordinator confirms the new time with the physician's office, then an MD accepts it).
Decline keeps the case status as it is: the workflow has no way back to `denied`, and what follows a declined
P2P (appeal filed, closed) is the coordinator's call; the decision is on the timeline and in the audit log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from bot.audit.service import audit_add
from bot.cases import timeline
from bot.cases.call_models import P2PRequest
from bot.cases.call_reminders import Reminder, claim_reminder_column, release_reminder_column
from bot.cases.calls import Actor, lock_row
from bot.cases.models import Case
from bot.cases.service import CaseService
from bot.storage.base import utcnow
from bot.storage.db import Database

log = logging.getLogger(__name__)

_REMINDER_COLUMNS = {
    "p2p_scheduled_soon": P2PRequest.scheduled_reminded_at,
    "p2p_window_closing": P2PRequest.window_reminded_at,
}

DECISIONS = ("accept", "propose", "decline", "complete")
OPEN = frozenset({"requested", "proposed"})
STATUS_LABELS = {
    "requested": "Requested",
    "proposed": "Other time proposed",
    "scheduled": "Scheduled",
    "declined": "Declined",
    "completed": "Completed",
}
SCHEDULED_LEAD = timedelta(minutes=30)
WINDOW_LEAD = timedelta(hours=12)
CASE_STATUS_FOR = {"accept": "p2p_scheduled", "complete": "p2p_completed"}


class P2PError(ValueError):
    """A decision the request's state does not allow (user-facing)."""


@dataclass
class DecisionResult:
    p2p: P2PRequest
    changed: bool
    notice: str | None = None


class P2PService:
    def __init__(
        self, db: Database, tz: ZoneInfo | str = "America/Chicago", *, cases: CaseService | None = None
    ) -> None:
        self.db = db
        self.tz = tz if isinstance(tz, ZoneInfo) else ZoneInfo(str(tz))
        self.cases = cases

    async def get(self, p2p_id: int) -> P2PRequest | None:
        async with self.db.session() as s:
            return await s.get(P2PRequest, p2p_id)

    async def unposted(self, limit: int = 200) -> list[int]:
        """Open requests saved while no MD conversation was set (oldest first): posted by `/md here`."""
        async with self.db.session() as s:
            return list(
                (
                    await s.scalars(
                        select(P2PRequest.id)
                        .where(
                            P2PRequest.md_conversation_key.is_(None), P2PRequest.status.in_(("requested", "proposed"))
                        )
                        .order_by(P2PRequest.id)
                        .limit(limit)
                    )
                ).all()
            )

    async def set_md_post(self, p2p_id: int, conversation_key: str, activity_id: str | None) -> None:
        async with self.db.session() as s:
            await s.execute(
                update(P2PRequest)
                .where(P2PRequest.id == p2p_id)
                .values(md_conversation_key=conversation_key, md_activity_id=activity_id)
            )

    async def decide(
        self,
        p2p_id: int,
        decision: str,
        actor: Actor,
        *,
        when: datetime | None = None,
        note: str | None = None,
        now: datetime | None = None,
    ) -> DecisionResult:
        """Apply an MD decision. A repeat of the decision already taken (double click) changes nothing."""
        now = now or utcnow()
        if decision not in DECISIONS:
            raise P2PError(f"Unknown P2P decision {decision!r}.")
        current = await self.get(p2p_id)
        if current is None:
            raise P2PError("That P2P request no longer exists.")
        if self._already(current, decision, when):
            return DecisionResult(current, False)
        self._check(current, decision, when, now)
        notice = None
        target = CASE_STATUS_FOR.get(decision)
        if target and self.cases is not None:
            notice = await self._move_case(self.cases, current.case_id, decision, target, actor, now)
        async with self.db.session() as s:
            p2p = await lock_row(s, self.db, P2PRequest, P2PRequest.id, p2p_id)
            if self._already(p2p, decision, when):
                return DecisionResult(p2p, False)
            self._check(p2p, decision, when, now)
            before = {"status": p2p.status, "scheduled_at": p2p.scheduled_at, "proposed_at": p2p.proposed_at}
            if decision == "accept":
                p2p.status, p2p.scheduled_at = "scheduled", when
            elif decision == "propose":
                p2p.status, p2p.proposed_at = "proposed", when
            elif decision == "decline":
                p2p.status = "declined"
            else:
                p2p.status = "completed"
            if decision != "complete":
                p2p.decided_by_id, p2p.decided_by_name, p2p.decided_at = actor.id, actor.name, now
            if note:
                p2p.decision_note = note[:1000]
            p2p.updated_at = now
            after = {
                "status": p2p.status,
                "scheduled_at": p2p.scheduled_at,
                "proposed_at": p2p.proposed_at,
                "note": note or None,
            }
            audit_add(
                s,
                action=f"p2p.{decision}",
                entity="p2p_request",
                entity_id=p2p.id,
                case_id=p2p.case_id,
                actor_id=actor.id,
                actor_name=actor.name,
                before=before,
                after=after,
                at=now,
            )
            if decision in {"propose", "decline"}:
                timeline.add_event(
                    s,
                    p2p.case_id,
                    "p2p",
                    at=now,
                    actor_id=actor.id,
                    actor_name=actor.name,
                    detail=f"P2P {STATUS_LABELS[p2p.status].lower()}",
                    data={"p2p_id": p2p.id},
                )
        log.info("p2p %s decision=%s case=%s", p2p_id, decision, p2p.case_id)
        return DecisionResult(p2p, True, notice)

    async def _move_case(
        self, cases: CaseService, case_id: str, decision: str, target: str, actor: Actor, now: datetime
    ) -> str | None:
        """CaseService.change_status to `target`, audited right away; a notice when the case could not move.

        A concurrent click that already moved the case is not an error (the P2P update stays idempotent).
        """
        from bot.cases.errors import CaseError
        from bot.cases.workflow import IllegalTransition

        case = await cases.get(case_id)
        before = case.status if case else None
        if before == target:
            return None
        note = {"accept": "P2P scheduled by the MD", "complete": "P2P completed"}[decision]
        try:
            await cases.change_status(case_id, target, actor.id, actor.name, note, now=now)
        except (IllegalTransition, CaseError) as exc:
            case = await cases.get(case_id)
            if case is not None and case.status == target:
                return None
            if decision == "complete":
                raise P2PError(str(exc)) from None
            return f"Case status not changed: {exc}"
        return None  # CaseService.change_status wrote the audit row with the change

    @staticmethod
    def _already(p2p: P2PRequest, decision: str, when: datetime | None) -> bool:
        return (
            (decision == "accept" and p2p.status == "scheduled" and p2p.scheduled_at == when)
            or (decision == "propose" and p2p.status == "proposed" and p2p.proposed_at == when)
            or (decision == "decline" and p2p.status == "declined")
            or (decision == "complete" and p2p.status == "completed")
        )

    @staticmethod
    def _check(p2p: P2PRequest, decision: str, when: datetime | None, now: datetime) -> None:
        if decision in {"accept", "propose", "decline"} and p2p.status not in OPEN:
            raise P2PError(f"This P2P is already {STATUS_LABELS.get(p2p.status, p2p.status).lower()}.")
        if decision == "complete" and p2p.status != "scheduled":
            raise P2PError("Only a scheduled P2P can be marked completed.")
        if decision in {"accept", "propose"}:
            if when is None:
                raise P2PError("Pick a time.")
            if when < now - timedelta(minutes=5):
                raise P2PError("That time is in the past.")

    async def acknowledge(self, p2p_id: int, actor: Actor, *, now: datetime | None = None) -> DecisionResult:
        """The coordinator acknowledges the MD's decision (audited once)."""
        now = now or utcnow()
        async with self.db.session() as s:
            p2p = await lock_row(s, self.db, P2PRequest, P2PRequest.id, p2p_id)
            if p2p is None:
                raise P2PError("That P2P request no longer exists.")
            if p2p.acknowledged_at is not None:
                return DecisionResult(p2p, False)
            p2p.acknowledged_at = now
            audit_add(
                s,
                action="p2p.acknowledged",
                entity="p2p_request",
                entity_id=p2p.id,
                case_id=p2p.case_id,
                actor_id=actor.id,
                actor_name=actor.name,
                before={"acknowledged_at": None},
                after={"acknowledged_at": now, "status": p2p.status},
                at=now,
            )
            return DecisionResult(p2p, True)

    # ---- reminders -------------------------------------------------------------------------------------

    async def due_reminders(self, now: datetime | None = None) -> list[Reminder]:
        """Before a scheduled P2P (SCHEDULED_LEAD) and before the plan's P2P window closes (WINDOW_LEAD) while
        no time is agreed; both go to the MD conversation the request was posted to (else the configured one).
        """
        from bot.storage.app_settings import MD_CONVERSATION

        now = now or utcnow()
        out: list[Reminder] = []
        async with self.db.session() as s:
            soon = await s.scalars(
                select(P2PRequest)
                .where(
                    P2PRequest.status == "scheduled",
                    P2PRequest.scheduled_reminded_at.is_(None),
                    P2PRequest.scheduled_at <= now + SCHEDULED_LEAD,
                    P2PRequest.scheduled_at > now,
                )
                .limit(200)
            )
            closing = await s.scalars(
                select(P2PRequest)
                .where(
                    P2PRequest.status.in_(OPEN),
                    P2PRequest.window_reminded_at.is_(None),
                    P2PRequest.window_closes_at <= now + WINDOW_LEAD,
                    P2PRequest.window_closes_at > now,
                )
                .limit(200)
            )
            for kind, rows, due in (
                ("p2p_scheduled_soon", list(soon), "scheduled_at"),
                ("p2p_window_closing", list(closing), "window_closes_at"),
            ):
                for p2p in rows:
                    case = await s.get(Case, p2p.case_id)
                    target = (
                        ("conversation", p2p.md_conversation_key)
                        if p2p.md_conversation_key
                        else ("setting", MD_CONVERSATION)
                    )
                    out.append(
                        Reminder(
                            kind,
                            p2p.id,
                            p2p.case_id,
                            target,
                            getattr(p2p, due),
                            {
                                "physician": p2p.physician_name,
                                "callback": p2p.callback_phone,
                                "status": p2p.status,
                                "facility": case.facility if case else None,
                                "level_of_care": case.level_of_care if case else None,
                            },
                        )
                    )
        return out

    async def claim_reminder(self, reminder: Reminder, now: datetime) -> bool:
        return await claim_reminder_column(self.db, _REMINDER_COLUMNS[reminder.kind], reminder.entity_id, now)

    async def release_reminder(self, reminder: Reminder) -> None:
        await release_reminder_column(self.db, _REMINDER_COLUMNS[reminder.kind], reminder.entity_id)
