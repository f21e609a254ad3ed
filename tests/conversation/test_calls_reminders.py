"""Call reminders and escalation, and status changes from the case card (audited)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from bot.audit.models import AuditEntry
from bot.cases.call_models import P2PRequest
from bot.features.calls_jobs import due_reminders, run_call_reminders
from bot.storage.app_settings import TEAM_LEAD_CONVERSATION
from tests.conversation.calls_support import (  # noqa: F401 - fixtures: settings (MD and team-lead roles), fixed_clock
    CASE,
    PAT_KEY,
    PHONE,
    audit_actions,
    button,
    contact,
    fixed_clock,
    job,
    open_form,
    request_p2p,
    settings,
    setup_channels,
    tomorrow_local,
)
from tests.conversation.test_cases import add_case
from tests.support.chat import (
    DR_LEE,
    PAT,
    card_texts,
    inputs_of,
    only,
)

# ---- reminders and escalation -----------------------------------------------------------------------------


async def test_clinicals_reminder_when_nothing_arrives_and_e_mail_closes_it(chat, services):
    await add_case(services, status="pending_info")
    await add_case(services, "2026004513", status="pending_info")
    for case_id in (CASE, "2026004513"):
        data = await open_form(chat, "clinicals_request", case_id)
        data.update(
            contact(
                requested_items="PT/OT notes",
                promised_date=tomorrow_local(services.settings),
                promised_time="10:00",
            )
        )
        await chat.invoke("call.submit", data)
    promised = (await services.calls.get_by_card(data["card_id"])).promised_by
    assert await run_call_reminders(services, promised - timedelta(minutes=1)) == 0

    # Updated clinicals for the first case arrive through e-mail triage.
    from bot.triage.link import link_result
    from bot.triage.result import TriageResult

    async with services.db.session() as s:
        await link_result(
            s,
            TriageResult(request_type="updated_clinicals", case_id=CASE, priority="normal"),
            email_id=None,
            received_at=promised - timedelta(hours=1),
            tz=services.settings.tz,
            now=promised - timedelta(hours=1),
        )
    assert (await services.cases.get(CASE)).status == "in_review"
    sent, posted = await job(chat, services, promised + timedelta(minutes=1))
    assert sent == 1
    assert "Clinicals not received · case 2026004513" in posted[-1].shown
    assert posted[-1].activity.conversation.id == "a:personal-pat"
    assert (await job(chat, services, promised + timedelta(minutes=2)))[0] == 0
    assert "clinicals.closed" in await audit_actions(services)


async def test_three_unanswered_clinicals_attempts_escalate_once(chat, services):
    await setup_channels(chat, services)
    await add_case(services, status="pending_info")
    outcomes = [
        "no_answer",
        "left_voicemail",
        "reached",
        "no_answer",
        "wrong_number",
        "left_voicemail",
        "no_answer",
    ]
    shown = ""
    for i, outcome in enumerate(outcomes):
        data = await open_form(chat, "clinicals_request")
        fields = {"requested_items": "PT notes"}
        if outcome == "reached":
            fields.update(promised_date=tomorrow_local(services.settings), promised_time="10:00")
        # The same contact written differently is still the same contact (phone digits).
        data.update(contact(outcome=outcome, contact_phone=PHONE if i % 2 else "(555) 555-0100", **fields))
        shown = card_texts((await chat.invoke("call.submit", data))["value"])
        if i == 5:
            assert "3 of 3" in shown and "Escalated to the team lead" in shown
    assert "4 of 3" in shown and "Escalated" not in shown  # once only
    reminders = [r for r in await due_reminders(services) if r.kind == "attempts_escalation"]
    assert len(reminders) == 1 and reminders[0].facts["attempts"] == 3
    sent, posted = await job(chat, services)
    assert sent == 1
    assert "Liaison unreachable · case 2026004512" in posted[-1].shown
    assert posted[-1].activity.conversation.id == "19:group@thread.v2"
    assert (await job(chat, services))[0] == 0


async def test_escalation_waits_for_a_team_lead_channel(chat, services):
    await add_case(services, status="pending_info")
    for _ in range(3):
        data = await open_form(chat, "clinicals_request")
        data.update(contact(outcome="no_answer", requested_items="PT notes"))
        await chat.invoke("call.submit", data)
    assert (await job(chat, services))[0] == 0  # no /teamlead here yet: kept, not lost
    await services.app_settings.set(TEAM_LEAD_CONVERSATION, PAT_KEY)
    assert (await job(chat, services))[0] == 1


async def test_p2p_reminders_before_scheduled_time_and_window_close(chat, services):
    await setup_channels(chat, services)
    await add_case(services, status="denied")
    await add_case(services, "2026004513", status="denied")
    md_card, accept = await request_p2p(chat, services)
    await request_p2p(chat, services, case_id="2026004513")
    slot = next(i for i in inputs_of(md_card) if i["id"] == "p2p_slot")["choices"][0]["value"]
    await chat.as_(DR_LEE).invoke("p2p.accept", {**accept, "p2p_slot": slot})
    at = datetime.fromisoformat(slot)
    kinds = {r.kind for r in await due_reminders(services, at - timedelta(hours=2))}
    assert "p2p_scheduled_soon" not in kinds
    sent, posted = await job(chat, services, at - timedelta(minutes=20))
    assert sent >= 1 and any("P2P soon · case 2026004512" in r.shown for r in posted)
    async with services.db.session() as s:
        closes = await s.scalar(select(P2PRequest.window_closes_at).where(P2PRequest.case_id == "2026004513"))
    sent, posted = await job(chat, services, closes - timedelta(hours=1))
    assert sent == 1
    assert "P2P window closing · case 2026004513" in posted[-1].shown
    assert posted[-1].activity.conversation.id == "19:general@thread.tacv2"
    assert (await job(chat, services, closes - timedelta(minutes=30)))[0] == 0


async def test_status_changes_from_the_case_card_are_audited(chat, services):
    await add_case(services)
    only(await chat.say(f"/status {CASE} in_review clinicals received"))
    card = only(await chat.say(f"/case {CASE}")).card
    await chat.invoke("case.status", {**button(card, "Save status")["data"], "status": "pending_info"})
    async with services.db.session() as s:
        rows = list(
            await s.scalars(
                select(AuditEntry).where(AuditEntry.action == "case.status_changed").order_by(AuditEntry.id)
            )
        )
    assert [(r.before["status"], r.after["status"]) for r in rows] == [
        ("new", "in_review"),
        ("in_review", "pending_info"),
    ]
    assert rows[0].actor_id == PAT.id
