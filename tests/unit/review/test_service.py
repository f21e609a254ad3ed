"""Review service on SQLite and PostgreSQL: drafts are versioned and audited, only Medical Directors
decide (every decision path meets the same domain check), and decisions are recorded with their reasons."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.audit.service import AuditService
from bot.cases.api import validate_case
from bot.cases.deciders import DecisionNotAllowed
from bot.cases.service import CaseService
from bot.review import decide as D
from bot.review.criteria import catalog_for
from bot.review.notice import denial_notice
from bot.review.service import ReviewChanges, ReviewError, ReviewService, Who

TZ = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
PSC = Who("u-psc", "Nurse One", ("coordinator",), "k-psc")
MD = Who("u-md", "Dr. Synthetic", ("coordinator", "medical_director"), "k-md")


@pytest.fixture
async def svc(db):
    cases = CaseService(db, TZ)
    body = {
        "case_id": "2026000100",
        "member_id": "M123450100",
        "level_of_care": "SNF",
        "request_type": "initial",
        "received_at": (NOW - timedelta(hours=3)).isoformat(),
        "status": "new",
    }
    inp, errors = validate_case(body)
    assert not errors
    await cases.upsert(inp, now=NOW)
    return ReviewService(db, cases, catalog_for(), TZ)


async def sent(svc) -> int:
    review = await svc.open("2026000100", PSC, now=NOW)
    met = {c.id: {"finding": "met"} for c in svc.checklist(review)}
    met["snf.daily"] = {"finding": "not_met", "note": "therapy 2 days a week", "page": "7"}
    await svc.save(review.id, ReviewChanges(findings=met, summary="Synthetic summary"), PSC, now=NOW)
    await svc.send_to_md(review.id, PSC, "k-md", now=NOW)
    return review.id


async def test_draft_is_versioned_audited_and_survives_a_new_service(svc, db):
    review = await svc.open("2026000100", PSC, now=NOW)
    assert (await svc.cases.get("2026000100")).status == "in_review"
    await svc.save(review.id, ReviewChanges(findings={"snf.daily": {"finding": "not_documented"}}), PSC, now=NOW)
    fresh = ReviewService(db, CaseService(db, TZ), catalog_for(), TZ)  # as after a restart
    again = await fresh.open("2026000100", PSC, now=NOW)
    assert again.id == review.id and again.findings["snf.daily"]["finding"] == "not_documented"
    assert again.recommendation == "need_info" and "Not documented" in again.recommendation_text
    assert [v.version for v in await fresh.versions(review.id)] == [1, 2]
    actions = [e.action for e in await AuditService(db).all() if e.entity == "review"]
    assert actions == ["review.opened", "review.saved"]
    with pytest.raises(ReviewError, match="Before sending"):
        await fresh.send_to_md(review.id, PSC, "k-md", now=NOW)


@pytest.mark.parametrize("decision", ["approved", "partially_approved", "denied"])
async def test_only_a_medical_director_decides(svc, db, decision):
    review_id = await sent(svc)
    with pytest.raises(DecisionNotAllowed):
        await D.decide(svc, review_id, decision, PSC, reasons="x", criteria=["snf.daily"], days=3, now=NOW)
    with pytest.raises(DecisionNotAllowed):  # the case service refuses too, whoever calls it
        await svc.cases.change_status("2026000100", decision, PSC.id, PSC.name, "x", roles=PSC.roles, now=NOW)
    with pytest.raises(DecisionNotAllowed):
        await D.return_for_info(svc, review_id, PSC, "x", now=NOW)
    assert (await svc.cases.get("2026000100")).status == "sent_to_md"
    result = await D.decide(
        svc,
        review_id,
        decision,
        MD,
        reasons="Skilled therapy only 2 days a week.",
        criteria=["snf.daily"],
        days=3,
        now=NOW,
    )
    assert result.changed and result.review.decided_by_id == MD.id and result.review.decided_at == NOW
    again = await D.decide(svc, review_id, decision, MD, reasons="again", criteria=["snf.daily"], days=3, now=NOW)
    assert not again.changed  # a double click records nothing more
    case = await svc.cases.get("2026000100")
    assert case.status == decision
    rows = [e for e in await AuditService(db).all() if e.action == "review.decided"]
    assert len(rows) == 1 and rows[0].actor_id == MD.id and rows[0].after["physician"] == "Dr. Synthetic"


async def test_denial_needs_reasons_and_produces_the_notice(svc):
    review_id = await sent(svc)
    with pytest.raises(DecisionNotAllowed, match="specific reasons"):
        await D.decide(svc, review_id, "denied", MD, now=NOW)
    result = await D.decide(svc, review_id, "denied", MD, criteria=["snf.daily"], now=NOW)
    case = await svc.cases.get("2026000100")
    assert case.denial_notice_date == date(2026, 11, 30)
    notice = denial_notice(
        case_id=case.case_id,
        criteria_ids=result.review.decision_criteria,
        reasons_text=None,
        decided_by=MD.name,
        decided_at=NOW,
        notice_date=case.denial_notice_date,
        catalog=svc.catalog,
        tz=TZ,
    )
    text = notice.as_text(TZ)
    assert "needed daily" in text and "(42 CFR 409.34)" in text
    assert "File it by Wed 2/3/2027" in text and "AP-02" in text  # 65 days from 11/30/2026
    assert "Expedited (fast) reconsideration" in text and "Dr. Synthetic" in text


async def test_continued_stay_on_an_approved_case_adds_days(svc):
    review_id = await sent(svc)
    await D.decide(svc, review_id, "approved", MD, days=10, now=NOW)
    case = await svc.cases.get("2026000100")
    assert case.authorized_days == 10 and case.last_covered_day == date(2026, 12, 9)
    more = await svc.open("2026000100", PSC, extend=True, now=NOW)
    assert more.kind == "continued_stay" and more.current_days == 10
    met = {c.id: {"finding": "met"} for c in svc.checklist(more)}
    await svc.save(
        more.id, ReviewChanges(findings=met, summary="Still daily skilled care", requested_days=7), PSC, now=NOW
    )
    await svc.send_to_md(more.id, PSC, "k-md", now=NOW)
    with pytest.raises(Exception, match="fewer than the 7 days"):
        await D.decide(svc, more.id, "partially_approved", MD, days=7, now=NOW)
    result = await D.decide(svc, more.id, "partially_approved", MD, days=4, reasons="Plan of care ends", now=NOW)
    case = await svc.cases.get("2026000100")
    assert case.status == "approved" and case.authorized_days == 14 and case.last_covered_day == date(2026, 12, 13)
    assert result.review.next_review_date == date(2026, 12, 13) and case.denial_notice_date == date(2026, 11, 30)
    assert [r.case_id for r, _ in await svc.md_queue()] == []


async def test_two_clicks_at_once_record_one_decision(svc, db):
    import asyncio

    review_id = await sent(svc)
    results = await asyncio.gather(
        D.decide(svc, review_id, "denied", MD, criteria=["snf.daily"], now=NOW),
        D.decide(svc, review_id, "denied", MD, criteria=["snf.daily"], now=NOW),
    )
    assert sorted(r.changed for r in results) == [False, True]
    assert len([e for e in await AuditService(db).all() if e.action == "review.decided"]) == 1
