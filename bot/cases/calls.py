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
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import timefmt, workflow
from bot.cases.call_attempts import count_attempts
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
from bot.cases.call_reminders import (  # noqa: F401 - re-exported: callers use bot.cases.calls.*
    REMINDER_COLUMNS,
    Reminder,
    claim_reminder_column,
    clinicals_reminders,
    close_clinicals_requests,
    escalation_reminders,
    release_reminder_column,
)
from bot.cases.call_rules import check_follows_case, undecided_denial_text  # noqa: F401 - re-exported
from bot.cases.call_writes import audit_p2p_requested, call_summary, insert_call, new_p2p_request  # noqa: F401
from bot.cases.models import Case
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


async def lock_row(s: AsyncSession, db: Database, model, pk_col, pk) -> Any:
    """Lock one row for this transaction (SQLite: take the write lock with a no-op UPDATE first)."""
    if db.is_sqlite:
        await s.execute(
            update(model).where(pk_col == pk).values({pk_col.key: pk_col}).execution_options(synchronize_session=False)
        )
    return await s.get(model, pk, with_for_update=not db.is_sqlite, populate_existing=True)


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
            raise CardMismatch("This form is not one I sent (or it has expired). Open a new one from the case card.")
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
        from bot.cases.errors import CaseNotFound

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
                call = await insert_call(s, inp, actor, compute_deadlines(inp, now, self.tz), now)
                result = RecordResult(call, True)
                if inp.p2p_accepted:
                    result.p2p = new_p2p_request(s, inp, case, call, actor, now, self.p2p_window_hours)
                    await s.flush()
                    audit_p2p_requested(s, result.p2p, actor, now)
                result.attempts, result.escalation = await count_attempts(s, self.rule, call, now)
        except IntegrityError:
            # A concurrent submission of the same form won the insert: answer with its record.
            existing = await self._existing(inp, actor)
            if existing is None:
                raise
            return existing
        log.info("call logged id=%s case=%s type=%s outcome=%s", call.id, inp.case_id, inp.call_type, inp.outcome)
        if result.p2p is not None:
            result.status_notice = await self._after_p2p_request(inp.case_id, case_status, call, actor, now)
        return result

    async def _after_p2p_request(
        self, case_id: str, case_status: str, call: CallLog, actor: Actor, now: datetime
    ) -> str | None:
        """A denied case moves to `p2p_requested`; a planned denial keeps its status, and the coordinator is told."""
        if case_status in P2P_FROM_STATUSES:
            return await self._move_case(case_id, "p2p_requested", actor, now, f"P2P requested (call {call.id})")
        return (
            f"The case stays {workflow.label(case_status)} until the MD's decision is recorded; "
            "the P2P request is on record."
        )

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

    async def _move_case(self, case_id: str, status: str, actor: Actor, now: datetime, note: str) -> str | None:
        """CaseService.change_status (which writes the audit row with the change); a user-facing notice when
        it could not move."""
        from bot.cases.errors import CaseError
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
        now = now or utcnow()
        async with self.db.session() as s:
            return [*await clinicals_reminders(s, now), *await escalation_reminders(s, self.rule.threshold)]

    async def claim_reminder(self, reminder: Reminder, now: datetime) -> bool:
        """Mark the reminder sent unless another worker did; True when this caller should send it."""
        return await claim_reminder_column(self.db, REMINDER_COLUMNS[reminder.kind], reminder.entity_id, now)

    async def release_reminder(self, reminder: Reminder) -> None:
        """Undo a claim after a failed send, so the next run tries again."""
        await release_reminder_column(self.db, REMINDER_COLUMNS[reminder.kind], reminder.entity_id)


def local_text(when: datetime | None, tz: ZoneInfo) -> str:
    return timefmt.local_display(when, tz) if when else "—"
