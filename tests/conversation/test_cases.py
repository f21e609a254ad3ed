"""Case status and work queues, as a coordinator sees them in Teams."""

from datetime import UTC, datetime, timedelta

import pytest

import bot.storage.base as base
from bot.cases.api import validate_case
from bot.cases.demo import load_demo
from tests.support.chat import DR_LEE, SAM, actions_of, card_texts, only


async def add_case(
    services,
    case_id="2026004512",
    *,
    status="new",
    loc="IRF",
    member="M123450001",
    received=None,
    expedited=False,
    assigned=None,
):
    received = received or base.utcnow() - timedelta(hours=2)  # follows a frozen clock where one is set
    body = {
        "case_id": case_id,
        "member_id": member,
        "member_name": "Test Patient Alpha",
        "level_of_care": loc,
        "request_type": "initial",
        "received_at": received.isoformat(),
        "expedited": expedited,
        "status": status,
        "facility": "Synthetic General Hospital",
    }
    if assigned:
        body.update(assigned_to_id=assigned[0], assigned_to_name=assigned[1])
    inp, errors = validate_case(body)
    assert not errors, errors
    await services.cases.upsert(inp)


def button(card, title):
    return next(a for a in actions_of(card) if a["title"] == title)


@pytest.mark.parametrize("written", ["2026004512", "AUTH-2026-004512", "Ref: 2026004512", "case 2026004512"])
async def test_case_card_by_any_written_form(chat, services, written):
    await add_case(services)
    reply = only(await chat.say(f"/case {written}" if not written.startswith("case") else written))
    shown = reply.shown
    assert "2026004512" in shown and "IRF" in shown and "Synthetic General Hospital" in shown
    assert "in " in shown or "overdue" in shown  # relative due time
    assert "[Claim]" in shown and "[Log call]" in shown and "[Change status]" in shown


async def test_short_case_number_uses_this_year(chat, services):
    year = datetime.now(UTC).year
    await add_case(services, f"{year}004512")
    assert f"{year}004512" in only(await chat.say("/case Case #4512")).shown


async def test_member_id_with_several_cases_lists_them(chat, services):
    await add_case(services, "2026000001", member="M555000111")
    await add_case(services, "2026000002", member="M555000111", loc="SNF")
    reply = only(await chat.say("/case M555000111"))
    assert "Cases for member M555000111" in reply.shown
    assert "2026000001" in reply.shown and "2026000002" in reply.shown
    opened = await chat.invoke("case.open", button(reply.card, "Open")["data"])
    assert opened["value"].startswith("Opened case")
    assert "Synthetic General Hospital" in chat.history[-1].shown


@pytest.mark.parametrize(
    "text, expected",
    [
        ("/case 12345", "doesn't look like a case id"),
        ("/case AUTH-2026-45", "doesn't look like a case id"),
        ("/case", "Which case?"),
        ("/case 2026999999", "No case 2026999999 on record"),
        ("/case M000000000", "No case for member M000000000"),
    ],
)
async def test_malformed_and_unknown_case_ids(chat, text, expected):
    assert expected in only(await chat.say(text)).shown


async def test_claim_command_and_button_update_the_card(chat, services):
    await add_case(services)
    claimed = only(await chat.say("/claim 2026004512"))
    assert "Pat Coordinator (you)" in claimed.shown and "[Claim]" not in claimed.shown
    card = only(await chat.as_(SAM).say("/case 2026004512")).card
    response = await chat.as_(SAM).invoke("case.claim", button(card, "Claim")["data"])
    refreshed = card_texts(response["value"])
    assert "Sam Coordinator (you)" in refreshed
    assert "Claimed by Sam Coordinator (from Pat Coordinator)" in refreshed


async def test_status_command_follows_the_workflow(chat, services):
    await add_case(services)
    moved = only(await chat.say("/status 2026004512 in_review clinicals received"))
    assert "In review" in moved.shown and "clinicals received" in moved.shown
    illegal = only(await chat.say("/status 2026004512 approved"))
    assert "Status not changed" in illegal.shown
    assert "In review" in illegal.shown  # says where it can go from here
    assert "'frobbed' is not a case status" in only(await chat.say("/status 2026004512 frobbed")).shown


async def test_status_button_with_the_change_status_form(chat, services):
    await add_case(services, status="sent_to_md")
    card = only(await chat.say("/case 2026004512")).card
    save = button(card, "Save status")
    refused = await chat.invoke("case.status", dict(save["data"], status="denied", note="MD denied"))
    assert "Only a Medical Director" in card_texts(refused["value"])  # a PSC cannot decide (OD-03)
    services.settings = services.settings.replace(medical_directors=(DR_LEE.id,))
    chat = chat.as_(DR_LEE)
    response = await chat.invoke("case.status", dict(save["data"], status="denied", note="MD denied"))
    shown = card_texts(response["value"])
    assert "Denied" in shown and "MD denied" in shown
    bad = await chat.invoke("case.status", dict(save["data"], status="new"))
    assert "Denied" in card_texts(bad["value"])  # the refreshed card, with the reason on top
    missing = await chat.invoke("case.status", {"case_id": "2026004512"})
    assert "New status is required" in card_texts(missing["value"])


async def test_tampered_case_id_on_a_button(chat):
    response = await chat.invoke("case.claim", {"case_id": "2026000000"})
    assert "No case 2026000000 on record" in card_texts(response["value"])


async def test_queue_sorted_by_due_time_with_filters(chat, services):
    now = datetime.now(UTC)
    await add_case(services, "2026000010", received=now - timedelta(days=8))  # standard, overdue
    await add_case(services, "2026000011", received=now - timedelta(hours=1), expedited=True, loc="LTAC")
    await add_case(services, "2026000012", received=now - timedelta(days=1), loc="SNF")
    team = only(await chat.say("/queue team")).shown
    assert team.index("2026000010") < team.index("2026000011") < team.index("2026000012")
    assert "3 cases" in team
    overdue = only(await chat.say("/queue overdue")).shown
    assert "2026000010" in overdue and "2026000011" not in overdue
    urgent_ltac = only(await chat.say("/queue urgent LTAC")).shown
    assert "2026000011" in urgent_ltac and "2026000010" not in urgent_ltac
    assert "Nothing is assigned to you" in only(await chat.say("/queue mine")).shown
    await chat.say("/claim 2026000012")
    mine = only(await chat.say("/queue mine")).shown
    assert "2026000012" in mine and "2026000010" not in mine
    assert "I don't understand 'sideways'" in only(await chat.say("/queue sideways")).shown


async def test_queue_shows_at_most_fifteen_with_a_more_count(chat, services):
    now = datetime.now(UTC)
    for n in range(20):
        await add_case(services, f"20260001{n:02d}", received=now - timedelta(hours=n))
    shown = only(await chat.say("/queue")).shown
    assert "20 cases" in shown and "and 5 more" in shown
    assert sum(f"20260001{n:02d}" in shown for n in range(20)) == 15


async def test_demo_cases_are_marked_and_reachable(chat, services):
    assert await load_demo(services.db, services.settings.tz) == 12
    assert "DEMO DATA" in only(await chat.say("/case 2026900001")).shown
    assert await load_demo(services.db, services.settings.tz) == 0


async def test_every_status_change_is_audited_with_its_change(chat, services):
    from bot.audit.service import AuditService

    await add_case(services)
    await chat.say("/status 2026004512 in_review clinicals received")
    await chat.say("/status 2026004512 approved")  # illegal: no change, no audit row
    entries = await AuditService(services.db).for_case("2026004512")
    changes = [(e.action, e.before, e.after["status"], e.actor_name) for e in entries]
    assert changes == [("case.status_changed", {"status": "new"}, "in_review", "Pat Coordinator")]
    await chat.say("/claim 2026004512")
    claims = [e for e in await AuditService(services.db).for_case("2026004512") if e.action == "case.claimed"]
    assert [(c.before, c.after) for c in claims] == [({"assigned_to": None}, {"assigned_to": "29:pat"})]
