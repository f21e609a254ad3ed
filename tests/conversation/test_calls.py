"""Logging liaison calls in Teams, as coordinators see it: every call type and outcome, and refused input."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.cases import calls as C
from tests.conversation.calls_support import (  # noqa: F401 - fixtures: settings (MD and team-lead roles), fixed_clock
    CASE,
    audit_actions,
    button,
    contact,
    count_calls,
    fixed_clock,
    open_form,
    settings,
    tomorrow_local,
    type_fields,
)
from tests.conversation.test_cases import add_case
from tests.support.chat import (
    PAT,
    TENANT,
    card_texts,
    inputs_of,
    make_invoke,
    only,
)
from tests.support.clock import FIXED_NOW

# ---- denial notification ---------------------------------------------------------------------------------


async def test_log_call_button_opens_picker_then_denial_form_and_confirms_with_deadline(chat, services):
    await add_case(services, status="denied")
    case_card = only(await chat.say(f"/case {CASE}")).card
    opened = await chat.invoke("call.open", button(case_card, "Log call")["data"])
    assert opened["value"].startswith("Log call form opened")
    picker = chat.history[-1].card
    assert "What kind of call was it?" in card_texts(picker)
    form = (await chat.invoke("call.form", button(picker, "Denial notification")["data"]))["value"]
    assert "Log call: Denial notification" in card_texts(form)
    data = dict(button(form, "Save call")["data"])
    notice = FIXED_NOW.astimezone(services.settings.tz).date()
    data.update(contact(notice_date=notice.isoformat(), rights_explained="yes", wants_appeal="standard"))
    done = card_texts((await chat.invoke("call.submit", data))["value"])
    assert "Call logged: Denial notification" in done
    assert "Logged by Pat Coordinator at" in done
    assert "Reconsideration filing deadline" in done and "AP-02" in done
    due = notice + timedelta(days=65)
    assert f"{due.month}/{due.day}" in done
    assert "Appeal rights explained: Yes" in done
    assert "must be in writing" in done  # standard request: AP-03 note, no clock started
    assert await audit_actions(services) == ["call.logged"]


@pytest.mark.parametrize("notice, days", [(date(2024, 12, 31), 60), (date(2025, 1, 1), 65), (date(2026, 3, 2), 65)])
async def test_filing_deadline_60_to_65_days_on_2025_01_01(chat, services, notice, days):
    await add_case(services, status="denied")
    data = await open_form(chat, "denial_notification")
    data.update(contact(notice_date=notice.isoformat(), rights_explained="yes", wants_appeal="no"))
    await chat.invoke("call.submit", data)
    call = await services.calls.get_by_card(data["card_id"])
    filing = call.deadlines["reconsideration_filing"]
    due = datetime.fromisoformat(filing["due_at"]).astimezone(services.settings.tz)
    assert due.date() == notice + timedelta(days=days)
    assert (due.hour, due.minute, due.second) == (23, 59, 59)
    assert filing["rule"] == f"recon_filing_{days}d"


async def test_expedited_appeal_starts_the_72_hour_clock(chat, services):
    await add_case(services, status="denied")
    data = await open_form(chat, "denial_notification")
    data.update(
        contact(notice_date=tomorrow_local(services.settings, 0), rights_explained="yes", wants_appeal="expedited")
    )
    done = card_texts((await chat.invoke("call.submit", data))["value"])
    assert "Expedited reconsideration decision due" in done and "AP-04" in done
    call = await services.calls.get_by_card(data["card_id"])
    due = datetime.fromisoformat(call.deadlines["expedited_reconsideration_decision"]["due_at"])
    assert due - FIXED_NOW == timedelta(hours=72)


# ---- every type and outcome --------------------------------------------------------------------------------


@pytest.mark.parametrize("call_type", list(C.CALL_TYPES))
@pytest.mark.parametrize("outcome", list(C.OUTCOMES))
async def test_every_call_type_and_outcome_is_recorded(chat, services, call_type, outcome):
    await add_case(services, status="denied")
    data = await open_form(chat, call_type)
    data.update(contact(outcome=outcome, **type_fields(call_type, services.settings)))
    done = card_texts((await chat.invoke("call.submit", data))["value"])
    assert f"Call logged: {C.CALL_TYPES[call_type]}" in done and C.OUTCOMES[outcome] in done
    call = await services.calls.get_by_card(data["card_id"])
    assert (call.call_type, call.outcome, call.case_id) == (call_type, outcome, CASE)
    if outcome != "reached":  # type-specific answers apply only when the liaison was reached
        assert call.details.get("wants_appeal") is None and call.details.get("p2p_response") is None
    events = await services.cases.events(CASE)
    assert events[0].kind == "call"


# ---- invalid input --------------------------------------------------------------------------------------


async def test_missing_fields_return_the_form_with_errors_and_values_kept(chat, services):
    await add_case(services, status="denied")
    data = await open_form(chat, "denial_notification")
    data.update(
        contact(
            contact_name="",
            contact_phone="12345",
            notice_date="2026-13-40",
            rights_explained="",
            contact_role="Liaison kept",
        )
    )
    form = (await chat.invoke("call.submit", data))["value"]
    shown = card_texts(form)
    assert "Log call: Denial notification" in shown and "Please check the form" in shown
    assert "Contact name is required" in shown
    assert "enter a phone number" in shown
    assert "YYYY-MM-DD" in shown
    assert "Appeal rights explained is required" in shown
    role = next(i for i in inputs_of(form) if i["id"] == "contact_role")
    assert role["value"] == "Liaison kept"
    assert await count_calls(services) == 0
    # Fixing the form and saving again works with the same card id.
    data.update(contact(notice_date="2026-01-05", rights_explained="yes", wants_appeal="no"))
    assert "Call logged" in card_texts((await chat.invoke("call.submit", data))["value"])
    assert await count_calls(services) == 1


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("contact_phone", "555-01", "enter a phone number"),
        ("contact_phone", "call me maybe", "enter a phone number"),
        ("notice_date", "01/05/2026", "YYYY-MM-DD"),
        ("notice_date", "2999-01-01", "cannot be in the future"),
        ("outcome", "hung_up", "Outcome: choose one of"),
        ("wants_appeal", "maybe", "Wants to appeal: choose one of"),
    ],
)
async def test_bad_values_are_refused_on_the_server(chat, services, field, value, message):
    await add_case(services, status="denied")
    data = await open_form(chat, "denial_notification")
    data.update(contact(notice_date="2026-01-05", rights_explained="yes", wants_appeal="no"))
    data[field] = value
    assert message in card_texts((await chat.invoke("call.submit", data))["value"])
    assert await count_calls(services) == 0


async def test_clinicals_and_p2p_conditional_fields(chat, services):
    await add_case(services, status="denied")
    data = await open_form(chat, "clinicals_request")
    data.update(contact(requested_items="PT notes", promised_date=tomorrow_local(services.settings)))
    assert "Promised by (time) is required" in card_texts((await chat.invoke("call.submit", data))["value"])
    data.update(outcome="left_voicemail")
    assert "Give both the date and the time" in card_texts((await chat.invoke("call.submit", data))["value"])
    data = await open_form(chat, "p2p_offer")
    data.update(
        contact(
            p2p_response="accepted",
            window1_date=tomorrow_local(services.settings),
            window1_start="16:00",
            window1_end="15:00",
        )
    )
    shown = card_texts((await chat.invoke("call.submit", data))["value"])
    assert "Requesting physician is required" in shown and "Callback number is required" in shown
    assert "must end after it starts" in shown
    assert await count_calls(services) == 0


async def test_tampered_case_id_verb_and_unknown_card_are_refused(chat, services):
    await add_case(services, status="denied")
    await add_case(services, "2026004513", status="denied")
    data = await open_form(chat, "status_call")
    data.update(contact(notes="status given"))
    tampered = {**data, "case_id": "2026004513"}
    shown = card_texts((await chat.invoke("call.submit", tampered))["value"])
    assert "opened for another case" in shown
    forged = {**data, "card_id": "f" * 32}
    assert "not one I sent" in card_texts((await chat.invoke("call.submit", forged))["value"])
    assert await count_calls(services) == 0
    # A P2P card's id submitted as a call form (tampered verb) is refused too.
    await chat.invoke("call.submit", data)
    assert await count_calls(services) == 1
    p2p_data = {"case_id": CASE, "card_id": data["card_id"], "p2p_id": 1}
    assert "Not allowed" in card_texts((await chat.as_(PAT).invoke("p2p.accept", p2p_data))["value"])


async def test_a_form_from_another_tenant_is_refused(chat, services):
    await add_case(services, status="denied")
    data = await open_form(chat, "status_call")
    data.update(contact(notes="status given"))
    other = chat.as_(PAT)
    other.tenant = "tenant-9999-other"
    shown = card_texts((await other.invoke("call.submit", data))["value"])
    assert "another organization" in shown
    assert await count_calls(services) == 0


async def test_tenant_allow_list_drops_other_tenants_before_any_handler(chat, services):
    await add_case(services, status="denied")
    data = await open_form(chat, "status_call")
    data.update(contact(notes="status given"))
    chat.bot.services.settings = services.settings.replace(allowed_tenants=(TENANT,))
    activity = make_invoke("call.submit", data, tenant="tenant-9999-other")
    chat.adapter.activity_buffer.clear()
    await chat.adapter.process_activity(activity, chat.bot.on_turn)
    assert await count_calls(services) == 0


async def test_double_submission_records_once_and_answers_the_same(chat, services):
    await add_case(services, status="denied")
    data = await open_form(chat, "denial_notification")
    data.update(contact(notice_date="2026-01-05", rights_explained="yes", wants_appeal="no"))
    first = card_texts((await chat.invoke("call.submit", data))["value"])
    second = card_texts((await chat.invoke("call.submit", data))["value"])
    # The Action.Submit fallback (older clients) is the same form, the same card id: still once.
    await chat.submit({**data, "pscbot_verb": "call.submit"})
    assert first == second and "Call logged" in first
    assert await count_calls(services) == 1
    assert (await audit_actions(services)).count("call.logged") == 1


async def test_unknown_case_and_usage(chat, services):
    assert "Usage: /log" in only(await chat.say("/log")).shown
    assert "No case 2026999999" in only(await chat.say("/log 2026999999")).shown
