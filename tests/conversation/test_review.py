"""The coordinator's core job in Teams: a triaged e-mail becomes a case, the PSC reviews it against the
criteria, sends it to the Medical Director, the MD decides, the PSC hears back and logs the denial call."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.audit.service import AuditService
from bot.cases.api import validate_case
from bot.config import Settings
from bot.jobs import MailJobs
from bot.review.models import Review, ReviewVersion
from bot.wiring import build_bot, build_services
from tests.conversation.test_alerts import drop
from tests.conversation.test_cases import add_case
from tests.support.chat import DR_LEE, PAT, Chat, Person, TeamsTestAdapter, actions_of, card_texts, inputs_of, only
from tests.support.dev_corpus import dev_labels
from tests.support.template_db import settings_on_copy

LEAD = Person("29:lead", "Lee Lead", "aad-lead")
IRF_ITEMS = [
    "irf.disciplines",
    "irf.intensity",
    "irf.participation",
    "irf.stability",
    "irf.supervision",
    "irf.interdisciplinary",
    "irf.preadmission",
    "ma.traditional_criteria",
    "ma.commercial_sets",
    "ma.individualized",
    "ma.algorithm",
]


@pytest.fixture
def settings(tmp_path, template_db) -> Settings:
    return settings_on_copy(
        template_db,
        tmp_path,
        {
            "PSCBOT_MEDICAL_DIRECTORS": DR_LEE.id,
            "PSCBOT_TEAM_LEADS": LEAD.id,
            "PSCBOT_INBOX_DIR": str(tmp_path / "inbox"),
        },
    )


def button(card, title):
    """The Action.Execute with this title (a ShowCard of the same name only opens its form)."""
    return next(a for a in actions_of(card) if a["title"] == title and a["type"] == "Action.Execute")


def latest_card(chat, marker: str) -> dict:
    chat.drain()
    return next(r.card for r in reversed(chat.history) if r.card and marker in r.shown)


def findings(**overrides) -> dict:
    values = {f"f_{item}": "met" for item in IRF_ITEMS}
    values.update(overrides)
    return {k.replace(".", "__"): v for k, v in values.items()}  # card input ids (cards.review.input_key)


async def triaged_case(services, shared_dir, tmp_path, **labels) -> str:
    row = next(
        r
        for r in dev_labels(shared_dir / "eval" / "triage_dev")
        if r["case_id"] and r["member_id"] and all(r.get(k) == v for k, v in labels.items())
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    drop(row["path"], inbox, "request.eml")
    mail = MailJobs(services)
    await mail.run_once()
    await mail.close()
    assert await services.cases.get(row["case_id"]) is not None, "triage opened the case"
    return row["case_id"]


async def md_channel(chat):
    assert "Medical Director channel set" in only(await chat.as_(LEAD).in_("channel").say("/md here")).shown
    return chat.as_(DR_LEE).in_("channel")


async def test_triaged_request_reviewed_sent_denied_notified_and_denial_call_logged(
    chat, services, shared_dir, tmp_path
):
    case_id = await triaged_case(services, shared_dir, tmp_path, request_type="new_request", level_of_care="IRF")
    md = await md_channel(chat)

    form = only(await chat.say(f"/review {case_id}")).card
    shown = card_texts(form)
    assert "Criteria review" in shown and "Multiple therapy disciplines" in shown and "IRF-03" in shown
    assert "Status: In review" in shown  # opening the review starts it
    ids = button(form, "Save draft")["data"]
    saved = (
        await chat.invoke(
            "review.save",
            dict(
                ids,
                **findings(
                    **{
                        "f_irf.intensity": "not_met",
                        "n_irf.intensity": "Tolerates about 1 hour a day",
                        "p_irf.intensity": "14",
                        "f_irf.preadmission": "not_documented",
                    }
                ),
                summary="Synthetic summary: hip fracture, day 4 post-op.",
                documents_received="H&P, PT and OT evaluations",
            ),
        )
    )["value"]
    shown = card_texts(saved)
    assert "Draft saved (version 2)" in shown
    assert "Drafted from the findings: Does not meet criteria" in shown and "Intensive therapy" in shown

    refused = await chat.invoke("review.send", dict(ids))  # a send without a target goes to the MD channel
    assert "Sent to the Medical Director" in card_texts(refused["value"])
    md_card = latest_card(chat, "[Approve]")
    assert "Synthetic summary" in card_texts(md_card) and "Tolerates about 1 hour a day" in card_texts(md_card)
    assert "Due" in card_texts(md_card)
    assert "1 review waiting" in only(await md.say("/queue md")).shown

    deny = button(md_card, "Confirm denial")["data"]
    not_md = await chat.invoke("review.deny", dict(deny, criteria="irf.intensity", reasons="x"))
    assert "Only a Medical Director" in card_texts(not_md["value"])
    no_reasons = await md.invoke("review.deny", dict(deny, criteria="", reasons=""))
    assert "specific reasons" in card_texts(no_reasons["value"])
    decided = await md.invoke(
        "review.deny", dict(deny, criteria="irf.intensity", reasons="Cannot take part in 3 hours of therapy a day yet.")
    )
    assert "Denied by Dr. Lee (MD)" in card_texts(decided["value"])

    outcome = latest_card(chat, "Notice of Denial")
    shown = card_texts(outcome)
    assert "Denied: case" in shown and "Decided by: Dr. Lee (MD)" in shown
    assert "do not show this Medicare requirement is met: intensive therapy" in shown
    assert "Expedited (fast) reconsideration" in shown and "AP-02" in shown
    notice_day = datetime.now(UTC).astimezone(services.settings.tz).date()
    due = notice_day + timedelta(days=65)
    assert f"{due.month}/{due.day}/{due.year}" in shown

    await chat.invoke("review.log_denial", button(outcome, "Log denial call")["data"])
    call_form = latest_card(chat, "Log call: Denial notification")
    data = dict(
        button(call_form, "Save call")["data"],
        contact_name="Jordan Liaison",
        contact_role="Hospital liaison",
        contact_facility="Synthetic General Hospital",
        contact_phone="555-555-0100",
        outcome="reached",
        notice_date=notice_day.isoformat(),
        rights_explained="yes",
        wants_appeal="standard",
    )
    done = card_texts((await chat.invoke("call.submit", data))["value"])
    assert "Call logged: Denial notification" in done and "Reconsideration filing deadline" in done
    assert f"{due.month}/{due.day}" in done

    case = await services.cases.get(case_id)
    assert case.status == "denied" and case.denial_notice_date == notice_day
    audit = [e for e in await AuditService(services.db).all() if e.case_id == case_id]
    decided_row = next(e for e in audit if e.action == "review.decided")
    assert decided_row.actor_name == "Dr. Lee (MD)"
    assert decided_row.after["criteria"] == ["irf.intensity"] and decided_row.after["reasons"].startswith("Cannot")
    assert "No reviews are waiting" in only(await md.say("/queue md")).shown


async def test_continued_stay_request_approved_for_more_days(chat, services, shared_dir, tmp_path):
    await add_case(services, "2026004520", status="sent_to_md", loc="SNF")
    await services.cases.change_status(
        "2026004520", "approved", DR_LEE.id, DR_LEE.name, "meets", roles=("medical_director",)
    )
    md = await md_channel(chat)
    form = only(await chat.say("/review 2026004520 extend")).card
    shown = card_texts(form)
    assert "Continued-stay review (more days)" in shown and "plateau" in shown and "CS-05" in shown
    ids = button(form, "Save draft")["data"]
    values = {a["id"]: "met" for a in inputs_of(form) if a["id"].startswith("f_")}
    await chat.invoke(
        "review.save", dict(ids, **values, requested_days="7", summary="Synthetic: daily skilled wound care continues.")
    )
    sent = await chat.invoke("review.send", dict(ids, send_to="md_channel"))
    assert "Sent to the Medical Director" in card_texts(sent["value"])
    md_card = latest_card(chat, "[Approve]")
    assert "Days requested: 7" in card_texts(md_card)
    approved = await md.invoke("review.approve", button(md_card, "Approve")["data"])
    assert "Approved by Dr. Lee (MD)" in card_texts(approved["value"])
    outcome = card_texts(latest_card(chat, "Approved: case 2026004520"))
    assert "Days approved: 7" in outcome and "Next review" in outcome
    case = await services.cases.get("2026004520")
    assert case.authorized_days == 7 and case.status == "approved"
    async with services.db.session() as s:
        review = await s.scalar(select(Review).where(Review.case_id == "2026004520"))
        versions = list(
            await s.scalars(
                select(ReviewVersion.action).where(ReviewVersion.review_id == review.id).order_by(ReviewVersion.version)
            )
        )
    assert review.kind == "continued_stay" and review.next_review_date == case.last_covered_day
    assert versions == ["opened", "saved", "saved", "sent", "decided"]  # Send saves the form first


@pytest.fixture
async def any_db(db):
    """(chat, services) on the `db` fixture: the role checks run on SQLite and on PostgreSQL."""
    settings = Settings.from_env(
        {"PSCBOT_DEMO_DATA": "false", "PSCBOT_MEDICAL_DIRECTORS": DR_LEE.id, "PSCBOT_TEAM_LEADS": LEAD.id}
    )
    adapter = TeamsTestAdapter()
    services = build_services(settings, db, adapter)
    services.test_adapter = adapter  # type: ignore[attr-defined]
    yield Chat(build_bot(services), adapter), services
    await services.knowledge.close()


@pytest.mark.parametrize("path", ["status_command", "status_button", "submit_fallback", "review_card"])
async def test_only_medical_directors_decide_on_every_path(any_db, path):
    chat, services = any_db
    await add_case(services, status="sent_to_md")
    if path == "status_command":
        assert "Only a Medical Director" in only(await chat.say("/status 2026004512 denied not needed")).shown
        shown = only(await chat.as_(DR_LEE).say("/status 2026004512 denied Not medically necessary")).shown
        assert "Denied" in shown
    elif path == "status_button":
        save = button(only(await chat.say("/case 2026004512")).card, "Save status")["data"]
        refused = await chat.invoke("case.status", dict(save, status="approved"))
        assert "Only a Medical Director" in card_texts(refused["value"])
        await chat.as_(DR_LEE).invoke("case.status", dict(save, status="approved"))
    elif path == "submit_fallback":  # older clients: Action.Submit arrives as a message with `value`
        save = button(only(await chat.say("/case 2026004512")).card, "Save status")["data"]
        refused = only(await chat.submit(dict(save, status="partially_approved", note="10 days")))
        assert "Only a Medical Director" in refused.shown
        await chat.as_(DR_LEE).submit(dict(save, status="partially_approved", note="10 days"))
    else:
        await services.cases.change_status("2026004512", "in_review", PAT.id, PAT.name, "back", roles=("coordinator",))
        await _send_reviewed(chat, services)
        md_card = latest_card(chat, "[Approve]")
        refused = only(await chat.submit(button(md_card, "Approve")["data"]))  # Submit fallback of the MD card
        assert "Only a Medical Director" in refused.shown
        assert (await services.cases.get("2026004512")).status == "sent_to_md"
        await chat.as_(DR_LEE).invoke("review.approve", button(md_card, "Approve")["data"])
    expected = {
        "status_command": "denied",
        "status_button": "approved",
        "submit_fallback": "partially_approved",
        "review_card": "approved",
    }[path]
    case = await services.cases.get("2026004512")
    assert case.status == expected
    decisions = [
        e
        for e in await AuditService(services.db).all()
        if (e.after or {}).get("status") == expected or e.action == "review.decided"
    ]
    assert decisions and all(e.actor_id == DR_LEE.id for e in decisions)


async def _send_reviewed(chat, services):
    await chat.as_(LEAD).in_("channel").say("/md here")
    form = only(await chat.say("/review 2026004512")).card
    ids = button(form, "Save draft")["data"]
    await chat.invoke("review.save", dict(ids, **findings(), summary="Synthetic summary."))
    sent = await chat.invoke("review.send", dict(ids))
    assert "Sent to the Medical Director" in card_texts(sent["value"])


async def test_need_more_information_opens_the_clinicals_request(chat, services):
    await add_case(services)
    form = only(await chat.say("/review 2026004512")).card
    ids = button(form, "Save draft")["data"]
    result = await chat.invoke("review.need_info", dict(ids, documents_missing="Therapy notes since admission"))
    assert "Pending info" in card_texts(result["value"])
    clinicals = latest_card(chat, "Log call: Clinicals request")
    assert "Therapy notes since admission" in str(clinicals)
    assert (await services.cases.get("2026004512")).status == "pending_info"


async def test_review_input_mistakes_are_explained_and_nothing_is_lost(chat, services):
    await add_case(services)
    assert "Usage: /review" in only(await chat.say("/review")).shown
    assert "No case 2026999999" in only(await chat.say("/review 2026999999")).shown
    form = only(await chat.say("/review 2026004512")).card
    ids = button(form, "Save draft")["data"]
    bad = card_texts((await chat.invoke("review.save", dict(ids, **{"f_irf__intensity": "maybe"})))["value"])
    assert "finding must be one of" in bad
    early = card_texts((await chat.invoke("review.send", dict(ids, summary="kept")))["value"])
    assert "Before sending to the MD" in early or "No Medical Director conversation" in early
    again = only(await chat.say("/review 2026004512")).card  # the same draft comes back
    assert button(again, "Save draft")["data"]["review_id"] == ids["review_id"]


async def test_find_masks_names_outside_personal_chat(chat, services):
    await add_case(services, member="M123450001")
    personal = only(await chat.say("/find M123450001")).shown
    assert "Test Patient Alpha" in personal and "2026004512" in personal
    channel = only(await chat.in_("channel").say("<at>pscbot</at> /find M123450001")).shown
    assert "Test Patient Alpha" not in channel and "T.P.A." in channel
    assert "2026004512" in only(await chat.say("/find synthetic general")).shown
    assert "No open case matches" in only(await chat.say("/find Nowhere Facility")).shown
    assert "Usage: /find" in only(await chat.say("/find x")).shown


async def test_find_by_last_name_and_date_of_birth(chat, services):
    await add_case(services, member="M123450001")
    inp, errors = validate_case(
        {
            "case_id": "2026004512",
            "member_id": "M123450001",
            "member_dob": "1941-03-07",
            "member_name": "Test Patient Alpha",
            "level_of_care": "IRF",
            "request_type": "initial",
            "received_at": "2026-12-01T09:00:00-06:00",
        }
    )
    assert not errors, errors
    await services.cases.upsert(inp)
    assert "2026004512" in only(await chat.say("/find Alpha 03/07/1941")).shown
    assert "2026004512" in only(await chat.say("/find alpha, 1941-03-07")).shown
    assert "No open case matches" in only(await chat.say("/find Alpha 03/08/1941")).shown  # another birthday
    assert "No open case matches" in only(await chat.say("/find % 03/07/1941")).shown  # no wildcard search
    assert "last name" in only(await chat.say("/find 03/07/1941")).shown


async def test_md_deciding_by_status_while_the_review_waits_records_it_on_the_review(chat, services):
    """/status <id> denied by the MD while the review is in /queue md: the review is decided with the typed
    reason, leaves the MD queue, and the PSC who sent it hears of it, as with the MD card's Deny."""
    await add_case(services)
    await _send_reviewed(chat, services)
    assert "2026004512" in only(await chat.as_(DR_LEE).say("/queue md")).shown

    assert "Only a Medical Director" in only(await chat.say("/status 2026004512 denied No skilled need")).shown
    # In this transcript the PSC's chat is the MD's too: the decision notice arrives, then the case card.
    notice, case_card = await chat.as_(DR_LEE).say("/status 2026004512 denied No daily skilled need documented")
    assert "Denied: case 2026004512" in notice.shown and "No daily skilled need documented" in notice.shown
    assert "Status: Denied" in case_card.shown

    review = await services.reviews.latest("2026004512")
    assert review.status == "decided" and review.decision == "denied"
    assert review.decided_by_id == DR_LEE.id and review.decision_reasons == "No daily skilled need documented"
    assert "2026004512" not in only(await chat.as_(DR_LEE).say("/queue md")).shown
    partial = only(await chat.as_(DR_LEE).say("/status 2026004512 partially approved 5 days")).shown
    assert "Status not changed" in partial
