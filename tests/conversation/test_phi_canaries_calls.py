"""PHI canaries through the call-logging and P2P flows: contact names, phone numbers, the physician, the
member and free-text notes never reach the log as configured for production (every logger, DEBUG), and our
own code never puts them in a record in the first place (bot.* records captured raw, before redaction)."""

from __future__ import annotations

import io
import logging

from bot.logs import configure_logging
from tests.conversation.calls_support import (  # noqa: F401 - `settings` is the fixture with the MD role set
    CASE,
    PHONE,
    card_texts,
    contact,
    fixed_clock,
    open_form,
    request_p2p,
    settings,
    setup_channels,
)
from tests.conversation.test_cases import add_case
from tests.support.chat import DR_LEE, inputs_of

CANARIES = [
    "Jordan Liaison",
    PHONE,
    "555-555-0100",
    "5555550100",  # contact() name and phone
    "Dr. Synthetic Attending",
    "(555) 555-0199",
    "555-0199",  # the P2P physician and callback number
    "Test Patient Alpha",
    "M123450001",  # the member on the case
    "Canary note",
    "Zebulon",  # free text typed on forms
]


def bot_records_text(caplog) -> str:
    lines = []
    for record in (r for r in caplog.records if r.name.startswith("bot")):
        lines.append(record.getMessage())
        if record.exc_info:
            lines.append(logging.Formatter().formatException(record.exc_info))
    return "\n".join(lines)


async def test_call_and_p2p_flows_log_no_contact_details(chat, services, caplog):
    stream = io.StringIO()
    configure_logging("DEBUG", "json", stream=stream)
    try:
        await run_flows(chat, services)
    finally:
        root = logging.getLogger()
        root.handlers = [h for h in root.handlers if not getattr(h, "_pscbot", False)]
        root.setLevel(logging.WARNING)
    for logged in (stream.getvalue(), bot_records_text(caplog)):
        assert "card action p2p.accept" in logged and "card action call.submit" in logged  # the flows logged
        for canary in CANARIES:
            assert canary not in logged, canary


async def run_flows(chat, services):
    await setup_channels(chat, services)
    await add_case(services, status="denied")
    # A denial call with notes, then a status call, then the P2P offer and every MD decision.
    data = await open_form(chat, "denial_notification")
    data.update(
        contact(
            notice_date="2026-01-05",
            rights_explained="yes",
            wants_appeal="no",
            notes="Canary note: Zebulon asked twice",
        )
    )
    assert "Call logged" in card_texts((await chat.invoke("call.submit", data))["value"])
    md_card, accept = await request_p2p(chat, services)
    slot = next(i for i in inputs_of(md_card) if i["id"] == "p2p_slot")["choices"][1]["value"]
    assert "Scheduled" in card_texts(
        (await chat.as_(DR_LEE).invoke("p2p.accept", {**accept, "p2p_slot": slot}))["value"]
    )
    note = chat.history[-1].card
    ack = next(a for a in note["actions"] if a.get("title") == "Acknowledge")["data"]
    await chat.invoke("p2p.ack", ack)
    assert "Completed" in card_texts((await chat.as_(DR_LEE).invoke("p2p.complete", accept))["value"])
