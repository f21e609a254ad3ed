"""Issue 14, items 3, 4, 8, 9: the call forms follow the case, accept what the bot stored, echo the P2P times."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from bot.cases.call_models import CallLog, P2PRequest
from bot.cases.demo import load_demo
from tests.conversation.calls_support import (  # noqa: F401 - fixtures: settings, fixed_clock
    CASE,
    LEAD,
    PHONE,
    accepted_p2p,
    contact,
    fixed_clock,
    open_form,
    settings,
    tomorrow_local,
)
from tests.conversation.test_cases import add_case
from tests.support.chat import card_texts, only


async def _count(services, model) -> int:
    async with services.db.session() as s:
        return await s.scalar(select(func.count()).select_from(model))


async def test_denial_call_on_an_undecided_case_asks_first_then_a_p2p_may_follow(chat, services):
    await add_case(services, status="pending_info")
    form = only(await chat.say(f"/log {CASE} denial_notification")).shown
    # The form says why before anything is saved, in the status's label, and offers the confirmation.
    assert "Case 2026004512 · IRF · Pending info" in form and "pending info" not in form
    assert "no denial is recorded yet" in form and "Log it anyway" in form

    data = await open_form(chat, "denial_notification")
    data.update(contact(notice_date=tomorrow_local(services.settings, 0), rights_explained="yes", wants_appeal="no"))
    refused = card_texts((await chat.invoke("call.submit", data))["value"])
    assert refused.count("Tick the box to log a denial call while the case is Pending info.") == 1
    assert await _count(services, CallLog) == 0

    logged = card_texts((await chat.invoke("call.submit", dict(data, confirm_undecided="true")))["value"])
    assert "Call logged: Denial notification" in logged
    assert (await services.cases.get(CASE)).status == "pending_info"  # the decision is recorded with /status

    # A denial is planned: the P2P offer right after is accepted and kept, and the case keeps its status.
    p2p = await open_form(chat, "p2p_offer")
    p2p.update(contact(**accepted_p2p(services.settings, second_window=True)))
    done = card_texts((await chat.invoke("call.submit", p2p))["value"])
    assert "Call logged: P2P offer" in done
    assert "The case stays Pending info until the MD's decision is recorded" in done
    assert "P2P request requested" not in done and "Case status not changed" not in done
    assert await _count(services, P2PRequest) == 1
    assert (await services.cases.get(CASE)).status == "pending_info"


async def test_p2p_offer_without_any_denial_is_refused_once(chat, services):
    await add_case(services, status="in_review")
    data = await open_form(chat, "p2p_offer")
    data.update(contact(**accepted_p2p(services.settings, second_window=True)))
    shown = card_texts((await chat.invoke("call.submit", data))["value"])
    assert shown.count("A P2P is offered with a denial") == 1
    assert await _count(services, P2PRequest) == 0


async def test_p2p_confirmation_echoes_the_chosen_times(chat, services):
    await add_case(services, status="denied")
    form = only(await chat.say(f"/log {CASE} p2p_offer")).shown
    assert "Availability 1" in form and "<Date>" in form and "<From>" in form and "<To>" in form
    data = await open_form(chat, "p2p_offer")
    data.update(contact(**accepted_p2p(services.settings, second_window=True)))
    done = card_texts((await chat.invoke("call.submit", data))["value"])
    assert "Requesting physician: Dr. Synthetic" in done and f"Callback: {PHONE}" in done
    assert re.search(r"2:00 PM C[SD]T–3:00 PM", done) and re.search(r"9:00 AM C[SD]T–10:30 AM", done)
    assert "P2P request: requested." in done and "P2P request requested" not in done
    assert (await services.cases.get(CASE)).status == "p2p_requested"


async def test_the_form_accepts_the_phone_it_prefills(chat, services):
    """Demo liaison phones are 10-digit 555-01xx numbers; 7-digit and extension numbers stored earlier pass."""
    await load_demo(services.db, services.settings.tz)
    case = await services.cases.get("2026900001")
    assert len("".join(ch for ch in case.liaison_phone if ch.isdigit())) == 10
    for phone in (case.liaison_phone, "555-0103", "(312) 555-0103 x12"):
        data = await open_form(chat, "status_call", "2026900001")
        data.update(contact(contact_phone=phone, notes="Asked about the status"))
        shown = card_texts((await chat.invoke("call.submit", data))["value"])
        assert "Call logged: Status call" in shown, (phone, shown[:300])


async def test_a_p2p_saved_before_the_md_channel_is_posted_when_it_is_set(chat, services):
    await add_case(services, status="denied")
    data = await open_form(chat, "p2p_offer")
    data.update(contact(**accepted_p2p(services.settings, second_window=True)))
    done = card_texts((await chat.invoke("call.submit", data))["value"])
    assert "the P2P request is kept and posted there as soon as" in done

    lead = chat.as_(LEAD).in_("channel")  # a configured team lead routes it
    routed = await lead.say("<at>pscbot</at> /md here")
    assert "Medical Director channel set" in routed[0].shown
    posted = [
        r
        for r in chat.history
        if r.card and "Dr. Synthetic" in r.shown and "P2P" in r.shown and "Call logged" not in r.shown
    ]
    assert len(posted) == 1
    await lead.say("<at>pscbot</at> /md here")  # routing again posts nothing twice
    assert len([r for r in chat.history if r.card and "Dr. Synthetic" in r.shown and "Call logged" not in r.shown]) == 1
