"""OD-05 / OD-10 on every path that sets a deadline: `extend`, file import and the case API agree (at most 14
calendar days past the original deadline, never on a reconsideration, never pulling an announced deadline
earlier), and a refusal names the row and the field."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.cases import clocks
from bot.cases.api import validate_body
from bot.cases.importing import import_file
from bot.cases.models import Case
from bot.cases.service import CaseError, CaseService

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 2, 3, 15, 0, tzinfo=UTC)
# A standard initial request received Mon 2026-02-02: due Mon 2026-02-09 23:59:59 CST (OD-06, 7 days).
RECEIVED = "2026-02-02T10:00:00-06:00"
ORIGINAL = datetime(2026, 2, 10, 5, 59, 59, tzinfo=UTC)
LATEST = datetime(2026, 2, 24, 5, 59, 59, tzinfo=UTC)  # + 14 calendar days, same wall clock


def case_obj(case_id="2026000101", request_type="initial", **extra) -> dict:
    return {
        "case_id": case_id,
        "member_id": "M000000101",
        "level_of_care": "IRF",
        "request_type": request_type,
        "received_at": RECEIVED,
        **extra,
    }


def extended(until: str, **extra) -> dict:
    return case_obj(extended_until=until, extension_reason="Awaiting records from a non-contract provider", **extra)


def test_the_limit_is_what_extend_would_allow():
    assert clocks.due_for("initial", False, datetime.fromisoformat(RECEIVED), CHI).due_at == ORIGINAL
    assert clocks.extend(ORIGINAL, 14, "r", CHI).due_at == LATEST
    clocks.check_extended_until(ORIGINAL, LATEST, CHI)
    with pytest.raises(clocks.ClockError, match="at most 14 calendar days"):
        clocks.check_extended_until(ORIGINAL, datetime(2026, 2, 24, 6, 0, tzinfo=UTC), CHI)


@pytest.mark.parametrize(
    "until, problem",
    [
        ("2026-03-31T23:59:59-05:00", "at most 14 calendar days"),  # the +50 days seen in an import
        ("2026-02-24T00:00:00-06:00", "at most 14 calendar days"),  # one second past the 14th day... and more
        ("2026-02-09T12:00:00-06:00", "later than the original deadline"),
    ],
)
def test_api_body_refuses_an_extension_past_the_limit_per_field(until, problem):
    inputs, errors = validate_body([case_obj("2026000100"), extended(until)], CHI)
    assert inputs == []
    assert [(e.index, e.field) for e in errors] == [(1, "extended_until")]
    assert problem in errors[0].message and "2026-02-09 23:59 CST" in errors[0].message


def test_api_body_accepts_up_to_fourteen_days():
    inputs, errors = validate_body(extended("2026-02-23T23:59:59-06:00"), CHI)
    assert errors == [] and inputs[0].extended_until == LATEST


def test_a_reconsideration_cannot_be_extended_on_any_path():
    _, errors = validate_body(extended("2026-02-11T12:00:00-06:00", request_type="reconsideration"), CHI)
    assert [(e.field, "Reconsiderations cannot be extended" in e.message) for e in errors] == [("extended_until", True)]
    with pytest.raises(clocks.ClockError, match="Reconsiderations cannot be extended"):
        clocks.extend(ORIGINAL, 3, "r", CHI, request_type="reconsideration")


async def count(db) -> int:
    async with db.session() as s:
        return await s.scalar(select(func.count()).select_from(Case))


async def test_import_refuses_the_row_with_the_long_extension_and_saves_nothing(db, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text(
        "case_id,member_id,level_of_care,request_type,received_at,extended_until,extension_reason\n"
        f"2026000100,M000000100,IRF,initial,{RECEIVED},,\n"
        f"2026000101,M000000101,IRF,initial,{RECEIVED},2026-03-31T23:59:59-05:00,Awaiting records\n",
        encoding="utf-8",
    )
    result = await import_file(db, path, tz=CHI)
    assert [(e.row, e.field) for e in result.errors] == [(3, "extended_until")]
    assert "at most 14 calendar days" in str(result.errors[0])
    assert await count(db) == 0


async def test_import_never_pulls_an_announced_deadline_earlier(db, tmp_path):
    svc = CaseService(db, CHI)
    path = tmp_path / "cases.json"
    path.write_text(json.dumps([extended("2026-02-20T23:59:59-06:00")]), encoding="utf-8")
    assert (await import_file(db, path, tz=CHI)).ok
    path.write_text(json.dumps([case_obj("2026000100"), extended("2026-02-12T23:59:59-06:00")]), encoding="utf-8")
    result = await import_file(db, path, tz=CHI)
    assert [(e.row, e.field) for e in result.errors] == [(2, "extended_until")]
    assert "announced deadline earlier" in str(result.errors[0])
    assert (await svc.get("2026000101")).due_at == datetime(2026, 2, 21, 5, 59, 59, tzinfo=UTC)
    assert await svc.get("2026000100") is None  # all or nothing


async def test_an_expedited_case_is_held_to_its_own_original_deadline(db, tmp_path):
    """The body says nothing about `expedited`; the stored case is expedited (72 h), so the service, which
    knows, applies the limit from the expedited deadline."""
    svc = CaseService(db, CHI)
    path = tmp_path / "cases.json"
    path.write_text(json.dumps([case_obj(expedited=True)]), encoding="utf-8")
    assert (await import_file(db, path, tz=CHI)).ok
    # Received 2/2 10:00 CST + 72 h = 2/5 10:00 CST; + 14 days = 2/19 10:00 CST. 2/21 is too far.
    path.write_text(json.dumps([extended("2026-02-21T10:00:00-06:00")]), encoding="utf-8")
    result = await import_file(db, path, tz=CHI)
    assert [(e.row, e.field) for e in result.errors] == [(1, "extended_until")]
    assert "at most 14 calendar days" in str(result.errors[0])
    case = await svc.get("2026000101")
    assert case.extended_until is None and case.expedited


async def test_service_extend_refuses_more_than_fourteen_days(db):
    svc = CaseService(db, CHI)
    inputs, _ = validate_body(case_obj(), CHI)
    await svc.upsert(inputs[0], now=NOW)
    with pytest.raises(CaseError, match="1 to 14 calendar days"):
        await svc.extend("2026000101", 15, "Awaiting records", "u1", "Nurse One", now=NOW)
    case = await svc.extend("2026000101", 14, "Awaiting records", "u1", "Nurse One", now=NOW)
    assert case.due_at == LATEST
