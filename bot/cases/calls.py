"""Call log: validate a "Log call" submission, record it once per form, compute deadlines, count attempts.

No botbuilder here: the edge (bot/features/calls.py) hands over the card payload as a dict and gets typed
results or a `CallValidationError` whose `errors` map input id → message.

Decisions:
* **Idempotency.** Every form carries a `card_id` issued (and stored in `card_instances`) when the form was
  sent. `call_logs.card_id` is unique: a double click, a Teams retry or a resubmission returns the call that
  is already on record, and the caller shows the same confirmation. A submission whose card id we never
  issued, or issued for another case, another kind of card or another tenant, is refused (`CardMismatch`).
* **Type-specific answers** (appeal rights, P2P response, promise time) are required only when the liaison
  was reached; an unanswered attempt records the attempt (and the notice date / requested items, which are
  known anyway) and counts toward the attempts rule.
* **Deadlines.** Denial notification: reconsideration filing deadline = end of day notice date + 65 calendar
  days, 60 for notices dated before 2025-01-01 (AP-02, `clocks.reconsideration_filing_deadline`). If the
  liaison says the member wants an expedited reconsideration, the 72-hour decision clock (AP-04) starts at
  the call, since an expedited request may be made orally (AP-03). A standard request must be in writing
  unless the plan accepts verbal ones (AP-03), so no clock starts on the call; the card says so.
* **The forms follow the case.** A denial call on a case with no decision yet (new, in review, pending
  info, sent to MD) is refused until the coordinator ticks the confirmation the form shows with the reason;
  the status does not change (the decision is recorded with /status). An accepted P2P offer creates a P2P
  request (bot.cases.p2p) whenever a denial is issued (denied / partially approved: the case moves to
  `p2p_requested`) or planned (a denial call is on record: the case keeps its status, the coordinator is
  told so); otherwise it is a validation error on the form (nothing is saved). P2P rules are plan-specific.
* **Attempts rule** (`AttemptRule`, default: 3 unanswered `clinicals_request` calls — no answer, voicemail,
  wrong number — to the same contact since they were last reached) escalates once per (case, contact, rule)
  to the team lead conversation; the reminder job sends it.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.audit.service import audit_add
from bot.cases import timefmt, workflow
from bot.cases.call_models import CallEscalation, CallLog, CardInstance, P2PRequest
from bot.cases.call_payload import (  # noqa: F401 - re-exported: callers use bot.cases.calls.*
    APPEAL_WISHES,
    CALL_TYPES,
    CARD_KIND_FORM,
    CARD_KIND_P2P,
    F_APPEAL,
    F_CALLBACK,
    F_CARD,
    F_CASE,
    F_CONFIRM,
    F_FACILITY,
    F_NAME,
    F_NOTES,
    F_NOTICE,
    F_OUTCOME,
    F_P2P,
    F_PHONE,
    F_PHYSICIAN,
    F_PROMISED_DATE,
    F_PROMISED_TIME,
    F_REQUESTED,
    F_RIGHTS,
    F_ROLE,
    F_TYPE,
    LIMITS,
    MAX_WINDOWS,
    OUTCOMES,
    P2P_FROM_STATUSES,
    P2P_RESPONSES,
    PHONE_PATTERN,
    UNANSWERED,
    YES_NO,
    AttemptRule,
    CallInput,
    CallValidationError,
    CardMismatch,
    ClinicalsDetails,
    Contact,
    DenialDetails,
    P2POfferDetails,
    Window,
    compute_deadlines,
    parse_call,
    phone_key,
    window_fields,
)
from bot.cases.call_rules import check_follows_case, undecided_denial_text  # noqa: F401 - re-exported
from bot.cases.models import Case, CaseEvent
from bot.storage.base import utcnow
from bot.storage.db import Database

log = logging.getLogger(__name__)


@dataclass
class RecordResult:
    call: CallLog
    created: bool
    p2p: P2PRequest | None = None
    attempts: int = 0
    escalation: CallEscalation | None = None
    status_notice: str | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    name: str | None
    tenant_id: str | None = None
    conversation_key: str | None = None


@dataclass
class Reminder:
    """Something the reminder job must send; `target` is ("conversation", key) or ("setting", key)."""

    kind: str  # clinicals_overdue | attempts_escalation | p2p_scheduled_soon | p2p_window_closing
    entity_id: int
    case_id: str
    target: tuple[str, str | None]
    due_at: datetime | None = None
    facts: dict[str, Any] = field(default_factory=dict)


async def lock_row(s: AsyncSession, db: Database, model, pk_col, pk) -> Any:
    """Lock one row for this transaction (SQLite: take the write lock with a no-op UPDATE first)."""
    if db.is_sqlite:
        await s.execute(
            update(model)
            .where(pk_col == pk)
            .values({pk_col.key: pk_col})
            .execution_options(synchronize_session=False)
        )
    return await s.get(model, pk, with_for_update=not db.is_sqlite, populate_existing=True)


async def close_clinicals_requests(s: AsyncSession, case_id: str, at: datetime) -> int:
    """Close the case's open clinicals requests (an `updated_clinicals` e-mail arrived), in the caller's
    transaction. Returns how many were closed; each closure is audited. Called by bot.triage.link."""
    rows = list(
        await s.scalars(
            select(CallLog).where(
                CallLog.case_id == case_id,
                CallLog.call_type == "clinicals_request",
                CallLog.closed_at.is_(None),
            )
        )
    )
    for call in rows:
        call.closed_at = at
        audit_add(
            s,
            action="clinicals.closed",
            entity="call_log",
            entity_id=call.id,
            case_id=case_id,
            actor_id=None,
            actor_name="E-mail triage",
            before={"closed_at": None},
            after={"closed_at": at, "reason": "updated_clinicals e-mail"},
            at=at,
        )
    if rows:
        log.info("closed %d clinicals request(s) on case %s", len(rows), case_id)
    return len(rows)


def call_summary(call: CallLog) -> dict[str, Any]:
    return {
        "call_type": call.call_type,
        "outcome": call.outcome,
        "contact_name": call.contact_name,
        "contact_role": call.contact_role,
        "contact_facility": call.contact_facility,
        "contact_phone": call.contact_phone,
        "details": call.details,
        "deadlines": call.deadlines,
        "notes": call.notes,
        "card_id": call.card_id,
    }


class CallService:
    def __init__(
        self,
        db: Database,
        tz: ZoneInfo | str = "America/Chicago",
        *,
        cases=None,
        p2p_window_hours: int = 72,
        attempt_rule: AttemptRule | None = None,
    ) -> None:
        self.db = db
        self.tz = tz if isinstance(tz, ZoneInfo) else ZoneInfo(str(tz))
        self.cases = cases
        self.p2p_window_hours = p2p_window_hours
        self.rule = attempt_rule or AttemptRule()

    # ---- card instances ------------------------------------------------------------------------------

    async def issue_card(
        self, kind: str, case_id: str, tenant_id: str | None, user_id: str | None, card_id: str | None = None
    ) -> str:
        card_id = card_id or uuid.uuid4().hex
        async with self.db.session() as s:
            s.add(
                CardInstance(
                    card_id=card_id,
                    kind=kind,
                    case_id=case_id,
                    tenant_id=tenant_id,
                    issued_to_id=user_id,
                    issued_at=utcnow(),
                )
            )
        return card_id

    async def check_card(self, card_id: str, kind: str, case_id: str, tenant_id: str | None) -> CardInstance:
        """The issued card instance, or CardMismatch when the payload does not match it."""
        async with self.db.session() as s:
            inst = await s.get(CardInstance, card_id) if card_id else None
        if inst is None:
            raise CardMismatch(
                "This form is not one I sent (or it has expired). Open a new one from the case card."
            )
        if inst.kind != kind:
            raise CardMismatch("This button does not belong to this card.")
        if inst.case_id != case_id:
            raise CardMismatch("This form was opened for another case; nothing was saved.")
        if inst.tenant_id and tenant_id != inst.tenant_id:
            raise CardMismatch("This form belongs to another organization; nothing was saved.")
        return inst

    # ---- reads ---------------------------------------------------------------------------------------

    async def get_by_card(self, card_id: str) -> CallLog | None:
        async with self.db.session() as s:
            return await s.scalar(select(CallLog).where(CallLog.card_id == card_id))

    async def for_case(self, case_id: str) -> list[CallLog]:
        async with self.db.session() as s:
            return list(
                await s.scalars(
                    select(CallLog).where(CallLog.case_id == case_id).order_by(CallLog.logged_at, CallLog.id)
                )
            )

    async def p2p_for_call(self, call_id: int) -> P2PRequest | None:
        async with self.db.session() as s:
            return await s.scalar(select(P2PRequest).where(P2PRequest.call_id == call_id))

    # ---- record ----------------------------------------------------------------------------------------

    async def record(self, inp: CallInput, actor: Actor, *, now: datetime | None = None) -> RecordResult:
        """Record the call once per card id (see module docstring). Raises CaseNotFound, CardMismatch or
        CallValidationError (P2P on a case that is not denied)."""
        from bot.cases.service import CaseNotFound

        now = now or utcnow()
        existing = await self._existing(inp, actor)
        if existing is not None:
            return existing
        try:
            async with self.db.session() as s:
                case = await s.get(Case, inp.case_id)
                if case is None:
                    raise CaseNotFound(inp.case_id)
                await check_follows_case(s, inp, case)
                case_status = case.status
                deadlines = compute_deadlines(inp, now, self.tz)
                call = CallLog(
                    card_id=inp.card_id,
                    tenant_id=actor.tenant_id,
                    case_id=inp.case_id,
                    call_type=inp.call_type,
                    outcome=inp.outcome,
                    contact_name=inp.contact.name,
                    contact_role=inp.contact.role or None,
                    contact_facility=inp.contact.facility or None,
                    contact_phone=inp.contact.phone,
                    contact_key=inp.contact.key or inp.contact.name.lower(),
                    details=inp.details(),
                    deadlines=deadlines,
                    notes=inp.notes or None,
                    logged_by_id=actor.id,
                    logged_by_name=actor.name,
                    logged_conversation_key=actor.conversation_key,
                    logged_at=now,
                    promised_by=inp.clinicals.promised_by if inp.clinicals else None,
                )
                s.add(call)
                await s.flush()
                audit_add(
                    s,
                    action="call.logged",
                    entity="call_log",
                    entity_id=call.id,
                    case_id=inp.case_id,
                    actor_id=actor.id,
                    actor_name=actor.name,
                    after=call_summary(call),
                    at=now,
                )
                s.add(
                    CaseEvent(
                        case_id=inp.case_id,
                        at=now,
                        actor_id=actor.id,
                        actor_name=actor.name,
                        kind="call",
                        detail=f"Call: {CALL_TYPES[inp.call_type]} · {OUTCOMES[inp.outcome]}",
                        data={"call_id": call.id, "call_type": inp.call_type, "outcome": inp.outcome},
                    )
                )
                result = RecordResult(call, True)
                if inp.p2p_accepted:
                    result.p2p = self._new_p2p(s, inp, case, call, actor, now)
                    await s.flush()
                    audit_add(
                        s,
                        action="p2p.requested",
                        entity="p2p_request",
                        entity_id=result.p2p.id,
                        case_id=inp.case_id,
                        actor_id=actor.id,
                        actor_name=actor.name,
                        after={
                            "status": "requested",
                            "physician_name": result.p2p.physician_name,
                            "callback_phone": result.p2p.callback_phone,
                            "windows": result.p2p.windows,
                            "window_closes_at": result.p2p.window_closes_at,
                        },
                        at=now,
                    )
                result.attempts, result.escalation = await self._attempts(s, call, now)
        except IntegrityError:
            # A concurrent submission of the same form won the insert: answer with its record.
            existing = await self._existing(inp, actor)
            if existing is None:
                raise
            return existing
        log.info(
            "call logged id=%s case=%s type=%s outcome=%s", call.id, inp.case_id, inp.call_type, inp.outcome
        )
        if result.p2p is not None and case_status in P2P_FROM_STATUSES:
            result.status_notice = await self._move_case(
                inp.case_id, "p2p_requested", actor, now, f"P2P requested (call {call.id})"
            )
        elif result.p2p is not None:
            result.status_notice = (
                f"The case stays {workflow.label(case_status)} until the MD's decision is recorded; "
                "the P2P request is on record."
            )
        return result

    async def _existing(self, inp: CallInput, actor: Actor) -> RecordResult | None:
        async with self.db.session() as s:
            call = await s.scalar(select(CallLog).where(CallLog.card_id == inp.card_id))
            if call is None:
                return None
            if call.case_id != inp.case_id:
                raise CardMismatch("This form was already used for another case; nothing was saved.")
            if call.tenant_id and actor.tenant_id != call.tenant_id:
                raise CardMismatch("This form belongs to another organization; nothing was saved.")
            p2p = await s.scalar(select(P2PRequest).where(P2PRequest.call_id == call.id))
            esc = await s.scalar(select(CallEscalation).where(CallEscalation.last_call_id == call.id))
        log.info("call form %s submitted again; call %s already on record", inp.card_id[:8], call.id)
        return RecordResult(call, False, p2p, escalation=esc)

    def _new_p2p(
        self, s: AsyncSession, inp: CallInput, case: Case, call: CallLog, actor: Actor, now: datetime
    ) -> P2PRequest:
        assert inp.p2p is not None
        window_start = case.decided_at or now
        p2p = P2PRequest(
            case_id=inp.case_id,
            call_id=call.id,
            tenant_id=actor.tenant_id,
            card_id=uuid.uuid4().hex,
            physician_name=inp.p2p.physician_name,
            callback_phone=inp.p2p.callback_phone,
            windows=[{"start": w.start.isoformat(), "end": w.end.isoformat()} for w in inp.p2p.windows],
            status="requested",
            window_closes_at=window_start + timedelta(hours=self.p2p_window_hours),
            requested_by_id=actor.id,
            requested_by_name=actor.name,
            requester_conversation_key=actor.conversation_key,
            created_at=now,
            updated_at=now,
        )
        s.add(p2p)
        s.add(
            CardInstance(
                card_id=p2p.card_id,
                kind=CARD_KIND_P2P,
                case_id=inp.case_id,
                tenant_id=actor.tenant_id,
                issued_to_id=None,
                issued_at=now,
            )
        )
        return p2p

    async def _attempts(
        self, s: AsyncSession, call: CallLog, now: datetime
    ) -> tuple[int, CallEscalation | None]:
        """Unanswered attempts to this contact on this case since they were last reached."""
        rule = self.rule
        if call.call_type not in rule.call_types:
            return 0, None
        base = [
            CallLog.case_id == call.case_id,
            CallLog.contact_key == call.contact_key,
            CallLog.call_type.in_(rule.call_types),
        ]
        last_reached = await s.scalar(
            select(func.max(CallLog.id)).where(*base, CallLog.outcome.not_in(rule.outcomes))
        )
        conds = [*base, CallLog.outcome.in_(rule.outcomes)]
        if last_reached is not None:
            conds.append(CallLog.id > last_reached)
        attempts = int(await s.scalar(select(func.count()).select_from(CallLog).where(*conds)) or 0)
        if call.outcome not in rule.outcomes or attempts < rule.threshold:
            return attempts, None
        found = await s.scalar(
            select(CallEscalation).where(
                CallEscalation.case_id == call.case_id,
                CallEscalation.contact_key == call.contact_key,
                CallEscalation.rule == rule.name,
            )
        )
        if found is not None:
            return attempts, None  # escalated once already
        esc = CallEscalation(
            case_id=call.case_id,
            contact_key=call.contact_key,
            rule=rule.name,
            attempts=attempts,
            last_call_id=call.id,
            created_at=now,
        )
        s.add(esc)
        await s.flush()
        audit_add(
            s,
            action="call.attempts_escalated",
            entity="call_escalation",
            entity_id=esc.id,
            case_id=call.case_id,
            actor_id=None,
            actor_name="pscbot",
            after={
                "rule": rule.name,
                "attempts": attempts,
                "threshold": rule.threshold,
                "last_call_id": call.id,
            },
            at=now,
        )
        log.info("attempts rule %s reached on case %s (escalation %s)", rule.name, call.case_id, esc.id)
        return attempts, esc

    async def _move_case(
        self, case_id: str, status: str, actor: Actor, now: datetime, note: str
    ) -> str | None:
        """CaseService.change_status (which writes the audit row with the change); a user-facing notice when
        it could not move."""
        from bot.cases.service import CaseError
        from bot.cases.workflow import IllegalTransition

        if self.cases is None:
            return None
        try:
            await self.cases.change_status(case_id, status, actor.id, actor.name, note, now=now)
        except (IllegalTransition, CaseError) as exc:
            log.info("case %s not moved to %s: %s", case_id, status, type(exc).__name__)
            return f"Case status not changed: {exc}"
        return None  # CaseService.change_status wrote the audit row with the change

    # ---- clinicals and reminders -------------------------------------------------------------------------

    async def close_clinicals_requests(self, case_id: str, at: datetime | None = None) -> int:
        async with self.db.session() as s:
            return await close_clinicals_requests(s, case_id, at or utcnow())

    async def due_reminders(self, now: datetime | None = None) -> list[Reminder]:
        """Overdue clinicals promises (to the coordinator who logged the call) and pending escalations."""
        from bot.storage.app_settings import TEAM_LEAD_CONVERSATION

        now = now or utcnow()
        out: list[Reminder] = []
        async with self.db.session() as s:
            overdue = await s.scalars(
                select(CallLog)
                .where(
                    CallLog.call_type == "clinicals_request",
                    CallLog.closed_at.is_(None),
                    CallLog.reminded_at.is_(None),
                    CallLog.promised_by.is_not(None),
                    CallLog.promised_by <= now,
                )
                .order_by(CallLog.promised_by)
                .limit(200)
            )
            for call in overdue:
                out.append(
                    Reminder(
                        "clinicals_overdue",
                        call.id,
                        call.case_id,
                        ("conversation", call.logged_conversation_key),
                        call.promised_by,
                        {
                            "contact": call.contact_name,
                            "facility": call.contact_facility,
                            "requested": (call.details or {}).get("requested_items"),
                            "logged_by": call.logged_by_name,
                            "logged_at": call.logged_at,
                        },
                    )
                )
            pending = await s.scalars(
                select(CallEscalation)
                .where(CallEscalation.sent_at.is_(None))
                .order_by(CallEscalation.created_at)
                .limit(200)
            )
            for esc in pending:
                last = await s.get(CallLog, esc.last_call_id) if esc.last_call_id else None
                out.append(
                    Reminder(
                        "attempts_escalation",
                        esc.id,
                        esc.case_id,
                        ("setting", TEAM_LEAD_CONVERSATION),
                        esc.created_at,
                        {
                            "attempts": esc.attempts,
                            "threshold": self.rule.threshold,
                            "contact": last.contact_name if last else None,
                            "facility": last.contact_facility if last else None,
                            "call_type": last.call_type if last else None,
                            "logged_by": last.logged_by_name if last else None,
                        },
                    )
                )
        return out

    async def claim_reminder(self, reminder: Reminder, now: datetime) -> bool:
        """Mark the reminder sent unless another worker did; True when this caller should send it."""
        return await claim_reminder_column(self.db, _REMINDER_COLUMNS[reminder.kind], reminder.entity_id, now)

    async def release_reminder(self, reminder: Reminder) -> None:
        """Undo a claim after a failed send, so the next run tries again."""
        await release_reminder_column(self.db, _REMINDER_COLUMNS[reminder.kind], reminder.entity_id)


_REMINDER_COLUMNS = {
    "clinicals_overdue": CallLog.reminded_at,
    "attempts_escalation": CallEscalation.sent_at,
}


async def claim_reminder_column(db: Database, column, entity_id: int, now: datetime) -> bool:
    """Set a "reminder sent" timestamp column if it is still empty; True for the one caller that set it.

    The conditional UPDATE is the claim: on N instances exactly one sends each reminder.
    """
    model = column.class_
    async with db.session() as s:
        res = await s.execute(
            update(model)
            .where(model.id == entity_id, column.is_(None))
            .values({column.key: now})
            .execution_options(synchronize_session=False)
        )
        return res.rowcount == 1


async def release_reminder_column(db: Database, column, entity_id: int) -> None:
    """Clear a claimed "reminder sent" column after a failed send, so the next run tries again."""
    model = column.class_
    async with db.session() as s:
        await s.execute(
            update(model)
            .where(model.id == entity_id)
            .values({column.key: None})
            .execution_options(synchronize_session=False)
        )


def local_text(when: datetime | None, tz: ZoneInfo) -> str:
    return timefmt.local_display(when, tz) if when else "—"
