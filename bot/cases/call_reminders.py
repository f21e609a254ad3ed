"""Call reminders: overdue clinicals promises and attempts-rule escalations, claimed once across instances.

Also closes clinicals requests when updated clinicals arrive (bot.triage.link calls it in its transaction).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.audit.service import audit_add
from bot.cases.call_models import CallEscalation, CallLog
from bot.storage.app_settings import TEAM_LEAD_CONVERSATION
from bot.storage.db import Database, rowcount

log = logging.getLogger(__name__)


@dataclass
class Reminder:
    """Something the reminder job must send; `target` is ("conversation", key) or ("setting", key)."""

    kind: str  # clinicals_overdue | attempts_escalation | p2p_scheduled_soon | p2p_window_closing
    entity_id: int
    case_id: str
    target: tuple[str, str | None]
    due_at: datetime | None = None
    facts: dict[str, Any] = field(default_factory=dict)


async def clinicals_reminders(s: AsyncSession, now: datetime) -> list[Reminder]:
    """Overdue clinicals promises, to the coordinator who logged the call."""
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
    return [
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
        for call in overdue
    ]


async def escalation_reminders(s: AsyncSession, threshold: int) -> list[Reminder]:
    """Attempts-rule escalations not yet sent, to the team lead conversation."""
    pending = await s.scalars(
        select(CallEscalation).where(CallEscalation.sent_at.is_(None)).order_by(CallEscalation.created_at).limit(200)
    )
    out: list[Reminder] = []
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
                    "threshold": threshold,
                    "contact": last.contact_name if last else None,
                    "facility": last.contact_facility if last else None,
                    "call_type": last.call_type if last else None,
                    "logged_by": last.logged_by_name if last else None,
                },
            )
        )
    return out


REMINDER_COLUMNS = {
    "clinicals_overdue": CallLog.reminded_at,
    "attempts_escalation": CallEscalation.sent_at,
}


async def claim_reminder_column(db: Database, column, entity_id: int, now: datetime) -> bool:
    """Set a "reminder sent" timestamp column if it is still empty; True for the one caller that set it.

    The conditional UPDATE is the claim: on N instances exactly one sends each reminder.
    """
    model = column.class_
    async with db.session() as s:
        statement = (
            update(model)
            .where(model.id == entity_id, column.is_(None))
            .values({column.key: now})
            .execution_options(synchronize_session=False)
        )
        return rowcount(await s.execute(statement)) == 1


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
