"""Peer-to-peer requests in Teams, as coordinators and Medical Directors see them."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.cases.call_models import P2PRequest
from tests.conversation.calls_support import (  # noqa: F401 - fixtures: settings (MD and team-lead roles), fixed_clock
    CASE,
    accepted_p2p,
    audit_actions,
    button,
    contact,
    count_calls,
    fixed_clock,
    open_form,
    request_p2p,
    settings,
    setup_channels,
    tomorrow_local,
)
from tests.conversation.test_cases import add_case
from tests.support.chat import (
    DR_LEE,
    SAM,
    card_texts,
    inputs_of,
)


async def test_p2p_md_flow_with_role_checks(chat, services):
    await setup_channels(chat, services)
    await add_case(services, status="denied")
    md_card, accept = await request_p2p(chat, services)
    assert (await services.cases.get(CASE)).status == "p2p_requested"
    slot = next(i for i in inputs_of(md_card) if i["id"] == "p2p_slot")["choices"][1]["value"]

    # Not a Medical Director: refused, nothing changes.
    refused = card_texts((await chat.as_(SAM).invoke("p2p.accept", {**accept, "p2p_slot": slot}))["value"])
    assert "Only a Medical Director" in refused
    assert (await services.cases.get(CASE)).status == "p2p_requested"

    # Tampered case id on the MD card.
    tampered = card_texts((await chat.as_(DR_LEE).invoke("p2p.accept", {**accept, "case_id": "2026004599"}))["value"])
    assert "does not match" in tampered

    accepted = card_texts((await chat.as_(DR_LEE).invoke("p2p.accept", {**accept, "p2p_slot": slot}))["value"])
    assert "Scheduled" in accepted and "Dr. Lee (MD)" in accepted and "[Mark completed]" in accepted
    assert (await services.cases.get(CASE)).status == "p2p_scheduled"
    note = chat.history[-1]
    assert "P2P scheduled · case 2026004512" in note.shown  # to the coordinator's own conversation
    assert note.activity.conversation.id == "a:personal-pat"

    again = card_texts((await chat.as_(DR_LEE).invoke("p2p.accept", {**accept, "p2p_slot": slot}))["value"])
    assert "Scheduled" in again
    assert (await audit_actions(services)).count("p2p.accept") == 1

    ack = button(note.card, "Acknowledge")["data"]
    assert "Acknowledged by Pat Coordinator" in card_texts((await chat.invoke("p2p.ack", ack))["value"])
    done = card_texts((await chat.as_(DR_LEE).invoke("p2p.complete", accept))["value"])
    assert "Completed" in done
    assert (await services.cases.get(CASE)).status == "p2p_completed"
    actions = await audit_actions(services)
    assert actions == [
        "call.logged",
        "p2p.requested",
        "case.status_changed",  # denied -> p2p_requested
        "case.status_changed",  # -> p2p_scheduled, audited as soon as the case moved
        "p2p.accept",
        "p2p.acknowledged",
        "case.status_changed",  # -> p2p_completed
        "p2p.complete",
    ]


async def test_p2p_propose_entered_time_and_decline(chat, services):
    await setup_channels(chat, services)
    await add_case(services, status="denied")
    _, accept = await request_p2p(chat, services)
    day = tomorrow_local(services.settings, 2)
    proposed = card_texts(
        (await chat.as_(DR_LEE).invoke("p2p.propose", {**accept, "propose_date": day, "propose_time": "09:30"}))[
            "value"
        ]
    )
    assert "Other time proposed" in proposed and "9:30 AM" in proposed
    assert "P2P other time proposed" in chat.history[-1].shown
    declined = card_texts(
        (await chat.as_(DR_LEE).invoke("p2p.decline", {**accept, "decision_note": "no slot"}))["value"]
    )
    assert "Declined" in declined and "[Accept]" not in declined
    assert (await services.cases.get(CASE)).status == "p2p_requested"  # see bot.cases.p2p: no way back to denied
    late = card_texts(
        (await chat.as_(DR_LEE).invoke("p2p.accept", {**accept, "p2p_date": day, "p2p_time": "10:00"}))["value"]
    )
    assert "already declined" in late


async def test_p2p_needs_a_denial_issued_or_planned(chat, services):
    await add_case(services, status="in_review")
    data = await open_form(chat, "p2p_offer")
    data.update(contact(**accepted_p2p(services.settings)))
    shown = card_texts((await chat.invoke("call.submit", data))["value"])
    assert "A P2P is offered with a denial" in shown and "no denial call on record" in shown
    assert shown.count("no denial call on record") == 1  # the error once, under its field
    assert await count_calls(services) == 0


async def test_p2p_without_md_channel_is_saved_and_says_so(chat, services):
    await add_case(services, status="denied")
    data = await open_form(chat, "p2p_offer")
    data.update(contact(**accepted_p2p(services.settings)))
    shown = card_texts((await chat.invoke("call.submit", data))["value"])
    assert "/md here" in shown
    async with services.db.session() as s:
        assert await s.scalar(select(func.count()).select_from(P2PRequest)) == 1
