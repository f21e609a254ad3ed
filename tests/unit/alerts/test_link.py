"""Linking triage results to cases: create with the clock, link existing, clinicals move pending_info back."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.cases import clocks
from bot.cases.models import Case, CaseEvent
from bot.triage.link import link_result, message_time
from bot.triage.result import TriageResult
from tests.unit.alerts.helpers import T0, TZ


def res(**kw) -> TriageResult:
    base = dict(
        request_type="new_request",
        level_of_care="IRF",
        priority="urgent",
        case_id="2026004512",
        member_id="M123456789",
        expedited=False,
        reasons=["new request"],
    )
    base.update(kw)
    return TriageResult(**base)


async def events(db, case_id):
    async with db.session() as s:
        return list(await s.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)))


async def test_new_request_creates_case_with_clock_due(db):
    async with db.session() as s:
        link = await link_result(s, res(), email_id=None, received_at=T0, tz=TZ, now=T0 + timedelta(minutes=1))
    assert link.created
    case = link.case
    expected = clocks.due_for("initial", False, T0, TZ)
    assert case.status == "new" and case.is_open and case.request_type == "initial"
    assert case.received_at == T0 and case.due_at == expected.due_at and case.due_rule == expected.rule.name
    assert link.due_at == expected.due_at
    [ev] = await events(db, "2026004512")
    assert ev.kind == "created" and "M123456789" not in (ev.detail or "") + str(ev.data)


async def test_expedited_and_appeal_clocks(db):
    async with db.session() as s:
        a = await link_result(
            s, res(expedited=True, case_id="2026000001"), email_id=None, received_at=T0, tz=TZ, now=T0
        )
        b = await link_result(
            s, res(request_type="appeal", case_id="2026000002"), email_id=None, received_at=T0, tz=TZ, now=T0
        )
        c = await link_result(
            s,
            res(request_type="extension_request", case_id="2026000003", level_of_care="SNF"),
            email_id=None,
            received_at=T0,
            tz=TZ,
            now=T0,
        )
    assert a.case.due_at == T0 + timedelta(hours=72) and a.case.expedited
    assert b.case.request_type == "reconsideration"
    assert b.case.due_at == clocks.due_for("reconsideration", False, T0, TZ).due_at
    assert c.case.request_type == "extension_concurrent" and c.case.level_of_care == "SNF"


async def test_existing_case_linked_with_event(db):
    async with db.session() as s:
        await link_result(s, res(), email_id=None, received_at=T0, tz=TZ, now=T0)
    async with db.session() as s:
        link = await link_result(
            s,
            res(request_type="status_inquiry", priority="normal", level_of_care=None),
            email_id=None,
            received_at=T0 + timedelta(days=1),
            tz=TZ,
            now=T0 + timedelta(days=1),
        )
    assert not link.created and link.case.case_id == "2026004512" and link.case.status == "new"
    assert [e.kind for e in await events(db, "2026004512")] == ["created", "email"]


async def test_clinicals_move_pending_info_back_to_in_review(db):
    async with db.session() as s:
        await link_result(s, res(), email_id=None, received_at=T0, tz=TZ, now=T0)
        case = await s.get(Case, "2026004512")
        case.status = "pending_info"
    async with db.session() as s:
        link = await link_result(
            s,
            res(request_type="updated_clinicals", priority="high"),
            email_id=None,
            received_at=T0,
            tz=TZ,
            now=T0 + timedelta(hours=2),
        )
    assert link.status_changed and link.case.status == "in_review" and link.case.is_open
    kinds = [(e.kind, (e.data or {}).get("to")) for e in await events(db, "2026004512")]
    assert kinds[-1] == ("status", "in_review")
    # Clinicals on a case that is not pending_info change nothing but the timeline.
    async with db.session() as s:
        link = await link_result(
            s,
            res(request_type="updated_clinicals", priority="high"),
            email_id=None,
            received_at=T0,
            tz=TZ,
            now=T0 + timedelta(hours=3),
        )
    assert not link.status_changed and link.case.status == "in_review"


async def test_nothing_created_without_member_or_loc_or_for_followups(db):
    async with db.session() as s:
        a = await link_result(s, res(member_id=None), email_id=None, received_at=T0, tz=TZ, now=T0)
        b = await link_result(s, res(level_of_care=None), email_id=None, received_at=T0, tz=TZ, now=T0)
        c = await link_result(s, res(request_type="p2p_request"), email_id=None, received_at=T0, tz=TZ, now=T0)
        d = await link_result(s, res(case_id=None), email_id=None, received_at=T0, tz=TZ, now=T0)
        e = await link_result(s, res(request_type="other"), email_id=None, received_at=T0, tz=TZ, now=T0)
    assert all(x.case is None and not x.created for x in (a, b, c, d, e))
    assert a.due_at == clocks.due_for("initial", False, T0, TZ).due_at  # the clock the request would start
    assert c.due_at is None and e.due_at is None
    async with db.session() as s:
        assert await s.get(Case, "2026004512") is None


def test_message_time_is_the_date_header_within_bounds():
    arrived = T0
    assert message_time(T0 - timedelta(hours=2), arrived) == T0 - timedelta(hours=2)
    assert message_time(T0 + timedelta(minutes=3), arrived) == T0  # small skew: never later than arrival
    assert message_time(T0 + timedelta(days=2), arrived) == T0  # future date: ignored
    assert message_time(T0 - timedelta(days=30), arrived) == T0  # ancient date: ignored
    assert message_time(None, arrived) == T0


SENDER = {
    "name": "Marisol Quintero, RN",
    "role": "Case Manager",
    "role_kind": "hospital",
    "phone": "(555) 555-0142",
    "email": "mq@valley.example",
    "facility": "Synthetic Rehab Institute",
    "patient_name": "Jane Sample",
    "patient_initials": "J.S.",
}


async def test_created_case_says_who_is_asking(db):
    async with db.session() as s:
        link = await link_result(s, res(sender=SENDER), email_id=None, received_at=T0, tz=TZ, now=T0)
    c = link.case
    assert (c.member_name, c.facility, c.liaison_name, c.liaison_role, c.liaison_phone, c.liaison_email) == (
        "Jane Sample",
        "Synthetic Rehab Institute",
        "Marisol Quintero, RN",
        "Case Manager",
        "(555) 555-0142",
        "mq@valley.example",
    )
    [ev] = await events(db, "2026004512")
    assert "Jane" not in str(ev.data) + (ev.detail or "") and "Quintero" not in str(ev.data)


async def test_later_email_fills_only_empty_fields(db):
    async with db.session() as s:
        await link_result(s, res(), email_id=None, received_at=T0, tz=TZ, now=T0)
    async with db.session() as s:
        case = await s.get(Case, "2026004512")
        case.facility = "Entered By A Person"
    async with db.session() as s:
        link = await link_result(
            s,
            res(request_type="status_inquiry", sender=SENDER),
            email_id=2,
            received_at=T0,
            tz=TZ,
            now=T0 + timedelta(hours=1),
        )
    assert link.case.facility == "Entered By A Person" and link.case.liaison_name == "Marisol Quintero, RN"
    evs = await events(db, "2026004512")
    assert evs[-1].kind == "email" and "facility" not in evs[-1].data["filled"]
    assert "liaison_name" in evs[-1].data["filled"]
