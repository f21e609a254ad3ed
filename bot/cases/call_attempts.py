"""The attempts rule: unanswered calls to one contact on one case, escalated once to the team lead."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.audit.service import audit_add
from bot.cases.call_models import CallEscalation, CallLog
from bot.cases.call_payload import AttemptRule

log = logging.getLogger(__name__)


async def count_attempts(
    s: AsyncSession, rule: AttemptRule, call: CallLog, now: datetime
) -> tuple[int, CallEscalation | None]:
    """Unanswered attempts to this contact on this case since they were last reached."""
    if call.call_type not in rule.call_types:
        return 0, None
    base = [
        CallLog.case_id == call.case_id,
        CallLog.contact_key == call.contact_key,
        CallLog.call_type.in_(rule.call_types),
    ]
    last_reached = await s.scalar(select(func.max(CallLog.id)).where(*base, CallLog.outcome.not_in(rule.outcomes)))
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
