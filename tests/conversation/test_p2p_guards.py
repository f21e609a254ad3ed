"""Every P2P transition is the Medical Director's (propose, accept, decline, complete), and a P2P card acted on
from another organization changes nothing, whoever presses it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.cases.call_models import P2PRequest
from tests.conversation.calls_support import (  # noqa: F401 - `settings` is the fixture with the MD role set
    CASE,
    audit_actions,
    card_texts,
    fixed_clock,
    request_p2p,
    settings,
    setup_channels,
    tomorrow_local,
)
from tests.conversation.test_cases import add_case
from tests.support.chat import DR_LEE, PAT, SAM, inputs_of

OTHER_TENANT = "tenant-9999-other"


async def p2p_row(services) -> tuple:
    async with services.db.session() as s:
        row = (await s.scalars(select(P2PRequest))).one()
        return row.status, row.proposed_at, row.scheduled_at, row.decided_by_id, row.acknowledged_at


async def snapshot(services) -> tuple:
    return (await services.cases.get(CASE)).status, await p2p_row(services), await audit_actions(services)


async def p2p_ready_for(verb: str, chat, services) -> dict:
    """A P2P request waiting for `verb`: requested for accept/propose/decline, scheduled for complete."""
    await setup_channels(chat, services)
    await add_case(services, status="denied")
    md_card, accept = await request_p2p(chat, services)
    slot = next(i for i in inputs_of(md_card) if i["id"] == "p2p_slot")["choices"][1]["value"]
    data = {
        "accept": {**accept, "p2p_slot": slot},
        "propose": {**accept, "propose_date": tomorrow_local(services.settings, 2), "propose_time": "09:30"},
        "decline": {**accept, "decision_note": "no slot"},
        "complete": dict(accept),
    }[verb]
    if verb == "complete":
        scheduled = card_texts((await chat.as_(DR_LEE).invoke("p2p.accept", {**accept, "p2p_slot": slot}))["value"])
        assert "Scheduled" in scheduled
    return data


EXPECTED = {"accept": "Scheduled", "propose": "Other time proposed", "decline": "Declined", "complete": "Completed"}


@pytest.mark.parametrize("verb", list(EXPECTED))
@pytest.mark.parametrize("who", [SAM, PAT], ids=["another coordinator", "the requesting coordinator"])
async def test_only_a_medical_director_may_make_a_p2p_decision(chat, services, verb, who):
    data = await p2p_ready_for(verb, chat, services)
    before = await snapshot(services)
    refused = card_texts((await chat.as_(who).invoke(f"p2p.{verb}", data))["value"])
    assert "Only a Medical Director" in refused
    assert await snapshot(services) == before
    # The same payload from the Medical Director goes through: the refusal was the role, nothing else.
    done = card_texts((await chat.as_(DR_LEE).invoke(f"p2p.{verb}", data))["value"])
    assert EXPECTED[verb] in done
    assert await snapshot(services) != before


@pytest.mark.parametrize("verb", list(EXPECTED))
async def test_a_medical_director_of_another_organization_changes_nothing(chat, services, verb):
    data = await p2p_ready_for(verb, chat, services)
    before = await snapshot(services)
    outsider = chat.as_(DR_LEE)
    outsider.tenant = OTHER_TENANT
    refused = card_texts((await outsider.invoke(f"p2p.{verb}", data))["value"])
    assert "another organization" in refused
    assert await snapshot(services) == before


async def test_acknowledging_from_another_organization_changes_nothing(chat, services):
    data = await p2p_ready_for("accept", chat, services)
    await chat.as_(DR_LEE).invoke("p2p.accept", data)
    note = chat.history[-1]
    ack = next(a for a in note.card["actions"] if a.get("title") == "Acknowledge")["data"]
    before = await snapshot(services)
    outsider = chat.as_(PAT)
    outsider.tenant = OTHER_TENANT
    assert "another organization" in card_texts((await outsider.invoke("p2p.ack", ack))["value"])
    assert await snapshot(services) == before
    assert "Acknowledged by" in card_texts((await chat.invoke("p2p.ack", ack))["value"])
