"""The rows a logged call writes, in the caller's transaction: the call, its audit entry and case history
line, and the P2P request an accepted offer creates."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.audit.service import audit_add
from bot.cases import timeline
from bot.cases.call_models import CallLog, CardInstance, P2PRequest
from bot.cases.call_payload import CALL_TYPES, CARD_KIND_P2P, OUTCOMES, CallInput
from bot.cases.models import Case

if TYPE_CHECKING:
    from bot.cases.calls import Actor


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


async def insert_call(
    s: AsyncSession, inp: CallInput, actor: Actor, deadlines: dict[str, Any], now: datetime
) -> CallLog:
    """The call row, its audit entry and the case history line, in the caller's transaction."""
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
    timeline.add_event(
        s,
        inp.case_id,
        "call",
        at=now,
        actor_id=actor.id,
        actor_name=actor.name,
        detail=f"Call: {CALL_TYPES[inp.call_type]} · {OUTCOMES[inp.outcome]}",
        data={"call_id": call.id, "call_type": inp.call_type, "outcome": inp.outcome},
    )
    return call


def audit_p2p_requested(s: AsyncSession, p2p: P2PRequest, actor: Actor, now: datetime) -> None:
    audit_add(
        s,
        action="p2p.requested",
        entity="p2p_request",
        entity_id=p2p.id,
        case_id=p2p.case_id,
        actor_id=actor.id,
        actor_name=actor.name,
        after={
            "status": "requested",
            "physician_name": p2p.physician_name,
            "callback_phone": p2p.callback_phone,
            "windows": p2p.windows,
            "window_closes_at": p2p.window_closes_at,
        },
        at=now,
    )


def new_p2p_request(
    s: AsyncSession, inp: CallInput, case: Case, call: CallLog, actor: Actor, now: datetime, window_hours: int
) -> P2PRequest:
    """The P2P request an accepted offer creates, with the card instance its MD card will carry."""
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
        window_closes_at=window_start + timedelta(hours=window_hours),
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
