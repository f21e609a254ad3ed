"""What the call transcripts share: the settings with the MD and team-lead roles, a fixed clock, and the
steps of logging a call and requesting a P2P."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.audit.models import AuditEntry
from bot.cases import calls as C
from bot.cases.call_models import CallLog
from bot.config import Settings
from bot.features.calls_jobs import run_call_reminders
from bot.storage.conversations import conversation_key
from tests.support.chat import (
    DR_LEE,
    Person,
    Reply,
    actions_of,
    card_texts,
    only,
)
from tests.support.clock import FIXED_NOW, freeze_bot_clock
from tests.support.template_db import settings_on_copy

LEAD = Person("29:lead", "Lee Lead", "aad-lead")
CASE = "2026004512"
PHONE = "555-555-0100"
PAT_KEY = conversation_key("a:personal-pat")


@pytest.fixture
def settings(tmp_path, template_db) -> Settings:
    return settings_on_copy(
        template_db,
        tmp_path,
        {
            "PSCBOT_MEDICAL_DIRECTORS": DR_LEE.id,
            "PSCBOT_TEAM_LEADS": LEAD.aad_object_id,
            "PSCBOT_P2P_WINDOW_HOURS": "72",
        },
    )


def button(card, title):
    return next(a for a in actions_of(card) if a["title"] == title)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch) -> datetime:
    """The bot and these transcripts share one fixed "now", so "tomorrow" never depends on the run time."""
    return freeze_bot_clock(monkeypatch)


def tomorrow_local(settings, days: int = 1) -> str:
    return (FIXED_NOW.astimezone(settings.tz).date() + timedelta(days=days)).isoformat()


async def open_form(chat, call_type: str, case_id: str = CASE) -> dict:
    """/log <case> <type> → the form card; returns the Save call action data (case_id, card_id, call_type)."""
    reply = only(await chat.say(f"/log {case_id} {call_type}"))
    assert f"Log call: {C.CALL_TYPES[call_type]}" in reply.shown
    return dict(button(reply.card, "Save call")["data"])


def contact(**kw) -> dict:
    return {
        "contact_name": "Jordan Liaison",
        "contact_role": "Hospital liaison",
        "contact_facility": "Synthetic General Hospital",
        "contact_phone": PHONE,
        "outcome": "reached",
        **kw,
    }


def accepted_p2p(settings, *, second_window: bool = False) -> dict:
    """The P2P-offer fields of an accepted offer: the attending's callback and tomorrow's 14:00-15:00 window
    (and the day after's 09:00-10:30 with `second_window`)."""
    fields = {
        "p2p_response": "accepted",
        "physician_name": "Dr. Synthetic",
        "callback_phone": PHONE,
        "window1_date": tomorrow_local(settings),
        "window1_start": "14:00",
        "window1_end": "15:00",
    }
    if second_window:
        fields.update(window2_date=tomorrow_local(settings, 2), window2_start="09:00", window2_end="10:30")
    return fields


async def job(chat, services, now=None) -> tuple[int, list[Reply]]:
    """Run the reminder job outside any turn; returns (sent, the proactive messages it posted)."""
    chat.adapter.activity_buffer.clear()
    sent = await run_call_reminders(services, now)
    posted = [Reply(a) for a in chat.adapter.activity_buffer]
    chat.adapter.activity_buffer.clear()
    return sent, posted


async def count_calls(services) -> int:
    async with services.db.session() as s:
        return int(await s.scalar(select(func.count()).select_from(CallLog)))


async def audit_actions(services, case_id: str = CASE) -> list[str]:
    async with services.db.session() as s:
        return list(
            await s.scalars(select(AuditEntry.action).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id))
        )


async def setup_channels(chat, services):
    lead = chat.as_(LEAD)
    assert "Medical Director channel set" in only(await lead.in_("channel").say("/md here")).shown
    assert "Team lead channel set" in only(await lead.in_("groupChat").say("/teamlead here")).shown
    refused = only(await chat.in_("channel").say("/md here")).shown
    assert "Only an admin or team lead" in refused


async def request_p2p(chat, services, *, case_id=CASE) -> tuple[dict, dict]:
    """PAT logs an accepted P2P offer; returns (MD card, its Accept action data)."""
    data = await open_form(chat, "p2p_offer", case_id)
    day = tomorrow_local(services.settings)
    data.update(
        contact(
            p2p_response="accepted",
            physician_name="Dr. Synthetic Attending",
            callback_phone="(555) 555-0199 x12",
            window1_date=day,
            window1_start="14:00",
            window1_end="16:00",
        )
    )
    done = card_texts((await chat.invoke("call.submit", data))["value"])
    assert "Call logged: P2P offer" in done and "P2P window" in done and "plan-specific" in done
    md_card = chat.history[-1].card
    assert "Peer-to-peer request" in card_texts(md_card)
    return md_card, dict(button(md_card, "Accept")["data"])


def type_fields(call_type: str, settings) -> dict:
    return {
        "denial_notification": {"notice_date": "2026-01-05", "rights_explained": "no", "wants_appeal": "no"},
        "p2p_offer": {"p2p_response": "declined"},
        "clinicals_request": {
            "requested_items": "PT/OT notes",
            "promised_date": tomorrow_local(settings),
            "promised_time": "10:00",
        },
        "status_call": {"notes": "Gave status: pending MD review"},
        "extension_discussion": {"notes": "Discussed 5 more days"},
    }[call_type]
