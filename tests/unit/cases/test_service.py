"""CaseService on SQLite and PostgreSQL: look-ups, queue, claim, status, extension, upsert."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.cases import workflow
from bot.cases.api import CaseInput, validate_case
from bot.cases.service import CaseError, CaseNotFound, CaseService, priority_for

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)  # Tue 3/10 10:00 AM CDT


def make(
    case_id: str,
    *,
    member="M000000001",
    loc="IRF",
    rtype="initial",
    expedited=False,
    received=None,
    status="new",
    assignee=None,
    **extra,
) -> CaseInput:
    obj = {
        "case_id": case_id,
        "member_id": member,
        "level_of_care": loc,
        "request_type": rtype,
        "received_at": (received or NOW - timedelta(days=1)).isoformat(),
        "expedited": expedited,
        "status": status,
        **extra,
    }
    if assignee:
        obj.update(assigned_to_id=assignee, assigned_to_name=assignee.title())
    inp, errors = validate_case(obj)
    assert not errors, errors
    return inp


@pytest.fixture
def svc(db):
    return CaseService(db, CHI)


async def test_upsert_creates_with_clock_and_is_idempotent(svc):
    inp = make("2026000001", received=datetime(2026, 3, 2, 12, 0, tzinfo=CHI))
    first = await svc.upsert(inp, now=NOW)
    assert first.created
    case = first.case
    assert case.due_at == datetime(2026, 3, 10, 4, 59, 59, tzinfo=UTC)
    assert case.due_rule == "od_standard_7d" and case.is_open and case.priority == "urgent"
    again = await svc.upsert(inp, now=NOW + timedelta(minutes=5))
    assert not again.created and not again.changed
    events = await svc.events("2026000001")
    assert [e.kind for e in events] == ["created"]


async def test_upsert_update_records_changed_fields_only(svc):
    await svc.upsert(make("2026000002", member_name="Synthetic One"), now=NOW)
    partial, errors = validate_case(
        {
            "case_id": "2026000002",
            "member_id": "M000000001",
            "level_of_care": "IRF",
            "request_type": "initial",
            "received_at": (NOW - timedelta(days=1)).isoformat(),
            "expedited": True,
        }
    )
    res = await svc.upsert(partial, now=NOW)
    assert res.changed_fields == ("expedited", "due_at")
    case = await svc.get("2026000002")
    assert case.member_name == "Synthetic One"  # not provided -> kept
    assert case.due_at == NOW - timedelta(days=1) + timedelta(hours=72)
    events = await svc.events("2026000002")
    assert events[0].kind == "updated" and events[0].data == {"fields": ["expedited", "due_at"]}
    assert "Synthetic" not in (events[0].detail or "")


async def test_upsert_status_from_import_is_recorded(svc):
    await svc.upsert(make("2026000003"), now=NOW)
    res = await svc.upsert(make("2026000003", status="denied"), now=NOW)
    assert "status" in res.changed_fields
    case = await svc.get("2026000003")
    assert case.status == "denied" and not case.is_open and case.decided_at == NOW
    assert case.denial_notice_date == date(2026, 3, 10)
    ev = (await svc.events("2026000003"))[0]
    assert ev.data["from"] == "new" and ev.data["to"] == "denied"


async def test_get_and_member_lookup(svc):
    for i, status in enumerate(["new", "approved", "in_review"], 1):
        await svc.upsert(
            make(f"202600001{i}", member="M111111111", status=status, received=NOW - timedelta(days=i)), now=NOW
        )
    await svc.upsert(make("2026000020", member="M222222222"), now=NOW)
    assert (await svc.get("2026000011")).member_id == "M111111111"
    assert await svc.get("2026999999") is None
    cases = await svc.by_member("M111111111")
    assert [c.case_id for c in cases] == ["2026000011", "2026000013", "2026000012"]  # open first
    found = await svc.lookup("m111111111", now=NOW)
    assert found.kind == "member" and len(found.cases) == 3
    found = await svc.lookup("AUTH-2026-000020", now=NOW)
    assert found.kind == "case" and found.cases[0].case_id == "2026000020"
    found = await svc.lookup("Case #20", now=NOW)
    assert found.kind == "case" and found.cases[0].case_id == "2026000020"
    assert (await svc.lookup("Case #21", now=NOW)).cases == []
    assert (await svc.lookup("hello", now=NOW)).kind == "invalid"


async def test_claim_is_idempotent_and_records_takeover(svc):
    await svc.upsert(make("2026000030"), now=NOW)
    r1 = await svc.claim("2026000030", "u1", "Nurse One", now=NOW)
    r2 = await svc.claim("2026000030", "u1", "Nurse One", now=NOW)
    assert r1.changed and not r2.changed
    r3 = await svc.claim("2026000030", "u2", "Nurse Two", now=NOW)
    assert r3.changed and r3.previous_id == "u1" and r3.previous_name == "Nurse One"
    kinds = [e.kind for e in await svc.events("2026000030", limit=10)]
    assert kinds == ["claimed", "claimed", "created"]
    assert (await svc.get("2026000030")).assigned_to_id == "u2"
    with pytest.raises(CaseNotFound):
        await svc.claim("2026999999", "u1", "Nurse One")


async def test_change_status_validates_and_records(svc):
    await svc.upsert(make("2026000040"), now=NOW)
    with pytest.raises(workflow.IllegalTransition, match="Next allowed: In review, Withdrawn"):
        await svc.change_status("2026000040", "approved", "u1", "Nurse One", roles=("medical_director",))
    for status in ["in_review", "sent_to_md", "denied", "p2p_requested", "p2p_scheduled", "p2p_completed", "closed"]:
        await svc.change_status(
            "2026000040",
            status,
            "u1",
            "Nurse One",
            note="synthetic note",
            now=NOW,
            roles=("coordinator", "medical_director"),
        )
    case = await svc.get("2026000040")
    assert case.status == "closed" and case.closed_at == NOW and case.decided_at == NOW
    assert case.priority == "low" and not case.is_open
    events = await svc.events("2026000040", limit=5)
    assert len(events) == 5
    assert events[0].data == {"from": "p2p_completed", "to": "closed", "note": "synthetic note"}
    assert events[0].detail == "P2P completed → Closed: synthetic note"
    with pytest.raises(CaseError, match="closed"):
        await svc.claim("2026000040", "u1", "Nurse One")


async def test_change_status_accepts_labels(svc):
    await svc.upsert(make("2026000041"), now=NOW)
    case = await svc.change_status("2026000041", "In review", "u1", None, now=NOW)
    assert case.status == "in_review"


async def test_extend(svc):
    await svc.upsert(make("2026000050", received=datetime(2026, 3, 2, 9, 0, tzinfo=CHI)), now=NOW)
    case = await svc.extend("2026000050", 14, "Awaiting records from non-contract provider", "u1", "Nurse One", now=NOW)
    assert case.original_due_at == datetime(2026, 3, 10, 4, 59, 59, tzinfo=UTC)
    assert case.due_at == case.extended_until == datetime(2026, 3, 24, 4, 59, 59, tzinfo=UTC)
    # A later, shorter extension would pull the announced deadline earlier: refused, nothing changes.
    with pytest.raises(CaseError, match="announced deadline earlier"):
        await svc.extend("2026000050", 3, "Again", "u1", "Nurse One", now=NOW)
    assert (await svc.get("2026000050")).due_at == datetime(2026, 3, 24, 4, 59, 59, tzinfo=UTC)
    with pytest.raises(CaseError, match="reason"):
        await svc.extend("2026000050", 3, "", "u1", "Nurse One")
    # Re-importing the same facts keeps the extension.
    res = await svc.upsert(make("2026000050", received=datetime(2026, 3, 2, 9, 0, tzinfo=CHI)), now=NOW)
    assert not res.changed and res.case.due_at == datetime(2026, 3, 24, 4, 59, 59, tzinfo=UTC)


async def test_a_second_extension_counts_from_the_original_deadline(svc):
    await svc.upsert(make("2026000051", received=datetime(2026, 3, 2, 9, 0, tzinfo=CHI)), now=NOW)
    await svc.extend("2026000051", 3, "Awaiting records", "u1", "Nurse One", now=NOW)
    case = await svc.extend("2026000051", 10, "Still awaiting records", "u1", "Nurse One", now=NOW)
    assert case.due_at == datetime(2026, 3, 20, 4, 59, 59, tzinfo=UTC)  # original 3/9 end of day + 10


async def _seed_queue(svc):
    specs = [
        # id, hours to due (via received), expedited, loc, assignee, status
        ("2026000101", -30, False, "IRF", "u1", "in_review"),  # overdue
        ("2026000102", 5, True, "SNF", "u2", "new"),  # expedited
        ("2026000103", 5, False, "LTAC", None, "new"),  # same due, not expedited
        ("2026000104", 40, False, "IRF", "u1", "pending_info"),
        ("2026000105", 24 * 6, False, "SNF", None, "new"),
        ("2026000106", -10, False, "IRF", "u1", "approved"),  # decided: not in queue
    ]
    for cid, hours, exp, loc, who, status in specs:
        due = NOW + timedelta(hours=hours)
        received = due - timedelta(hours=72)
        inp = make(cid, loc=loc, expedited=True, received=received, assignee=who, status=status)
        if not exp:
            inp = replace(inp, expedited=False)
        await svc.upsert(inp, now=NOW)
        if not exp:  # pin due_at exactly, independent of the calendar rule
            from bot.cases.models import Case

            async with svc.db.session() as s:
                row = await s.get(Case, cid)
                row.due_at = due


async def test_queue_views_filters_and_sort(svc):
    await _seed_queue(svc)
    rows, total = await svc.queue("team", now=NOW)
    assert [c.case_id for c in rows] == ["2026000101", "2026000102", "2026000103", "2026000104", "2026000105"]
    assert total == 5
    rows, total = await svc.queue("mine", "u1", now=NOW)
    assert [c.case_id for c in rows] == ["2026000101", "2026000104"] and total == 2
    rows, _ = await svc.queue("team", filter="overdue", now=NOW)
    assert [c.case_id for c in rows] == ["2026000101"]
    rows, _ = await svc.queue("team", filter="urgent", now=NOW)
    assert [c.case_id for c in rows] == ["2026000101", "2026000102", "2026000103"]
    rows, _ = await svc.queue("team", filter="today", now=NOW)  # end of 3/10 CDT = 3/11 04:59:59Z
    assert [c.case_id for c in rows] == ["2026000101", "2026000102", "2026000103"]
    rows, _ = await svc.queue("team", loc="snf", now=NOW)
    assert [c.case_id for c in rows] == ["2026000102", "2026000105"]
    rows, total = await svc.queue("team", limit=2, now=NOW)
    assert len(rows) == 2 and total == 5
    with pytest.raises(CaseError):
        await svc.queue("mine", None)
    with pytest.raises(CaseError):
        await svc.queue("team", filter="soon")


def test_priority_rules():
    assert priority_for(True, NOW + timedelta(days=5), NOW) == "urgent"
    assert priority_for(False, NOW - timedelta(hours=1), NOW) == "urgent"
    assert priority_for(False, NOW + timedelta(hours=24), NOW) == "urgent"
    assert priority_for(False, NOW + timedelta(hours=30), NOW) == "high"
    assert priority_for(False, NOW + timedelta(hours=49), NOW) == "normal"
    assert priority_for(True, NOW, NOW, status="approved") == "low"


async def test_add_event_and_events_limit(svc):
    await svc.upsert(make("2026000060"), now=NOW)
    for i in range(7):
        await svc.add_event("2026000060", "note", actor_id="u1", detail=f"n{i}", at=NOW + timedelta(minutes=i))
    events = await svc.events("2026000060")
    assert [e.detail for e in events] == ["n6", "n5", "n4", "n3", "n2"]
    case, evs = await svc.get_with_events("2026000060", limit=2)
    assert case.case_id == "2026000060" and len(evs) == 2
    with pytest.raises(CaseNotFound):
        await svc.add_event("2026999999", "note")


async def test_concurrent_claims_and_status_changes_serialize(svc):
    import asyncio

    await svc.upsert(make("2026000070"), now=NOW)
    r1, r2 = await asyncio.gather(
        svc.claim("2026000070", "u1", "Nurse One", now=NOW), svc.claim("2026000070", "u2", "Nurse Two", now=NOW)
    )
    assert r1.changed and r2.changed
    previous = {r1.previous_id, r2.previous_id}
    assert previous in ({None, "u1"}, {None, "u2"})
    outcomes = await asyncio.gather(
        svc.change_status("2026000070", "in_review", "u1", "Nurse One", now=NOW),
        svc.change_status("2026000070", "in_review", "u2", "Nurse Two", now=NOW),
        return_exceptions=True,
    )
    assert sum(isinstance(o, workflow.IllegalTransition) for o in outcomes) == 1
    kinds = [e.kind for e in await svc.events("2026000070", limit=10)]
    assert kinds.count("status") == 1 and kinds.count("claimed") == 2
