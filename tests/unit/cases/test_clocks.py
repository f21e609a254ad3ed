"""The clock table: expected deadlines are written out by hand (UTC), never computed by the code under test.

America/Chicago: CST = UTC-6, CDT = UTC-5. DST 2024: Mar 10 / Nov 3; 2025: Mar 9 / Nov 2; 2026: Mar 8 / Nov 1.
Calendar-day rule: day of receipt = day 0, due at 23:59:59 local on day N.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.cases import clocks

CHI = ZoneInfo("America/Chicago")

DECISION_ROWS = [
    # (request_type, expedited, received_at, tz, expected due UTC, rule)
    # OD-06 vs OD-04 at the 2026-01-01 boundary (local date decides)
    ("initial", False, "2026-01-01T00:00:00-06:00", CHI, "2026-01-09T05:59:59+00:00", "od_standard_7d"),
    ("initial", False, "2025-12-31T23:59:00-06:00", CHI, "2026-01-15T05:59:59+00:00", "od_standard_14d"),
    ("initial", False, "2026-01-01T05:30:00+00:00", CHI, "2026-01-15T05:59:59+00:00", "od_standard_14d"),
    ("initial", False, "2026-01-01T06:00:00+00:00", CHI, "2026-01-09T05:59:59+00:00", "od_standard_7d"),
    # 23:59 and 00:01 local on the same day give the same deadline; March DST start inside the window
    ("initial", False, "2026-03-02T23:59:00-06:00", CHI, "2026-03-10T04:59:59+00:00", "od_standard_7d"),
    ("initial", False, "2026-03-02T00:01:00-06:00", CHI, "2026-03-10T04:59:59+00:00", "od_standard_7d"),
    # November DST end inside the window
    ("initial", False, "2026-10-28T10:00:00-05:00", CHI, "2026-11-05T05:59:59+00:00", "od_standard_7d"),
    # Expedited: 72 real hours across DST start / end
    ("initial", True, "2026-03-07T12:00:00-06:00", CHI, "2026-03-10T18:00:00+00:00", "od_expedited"),
    ("initial", True, "2026-10-30T12:00:00-05:00", CHI, "2026-11-02T17:00:00+00:00", "od_expedited"),
    ("initial", True, "2025-06-15T23:59:00-05:00", CHI, "2025-06-19T04:59:00+00:00", "od_expedited"),
    ("extension_concurrent", True, "2026-12-31T23:00:00-06:00", CHI, "2027-01-04T05:00:00+00:00", "od_expedited"),
    # Year boundary, concurrent review
    ("extension_concurrent", False, "2026-12-31T23:59:00-06:00", CHI, "2027-01-08T05:59:59+00:00", "od_standard_7d"),
    # Pre-2026 14 days across Nov 2025 and Mar 2025 DST changes
    ("initial", False, "2025-10-27T09:00:00-05:00", CHI, "2025-11-11T05:59:59+00:00", "od_standard_14d"),
    ("initial", False, "2025-02-28T12:00:00-06:00", CHI, "2025-03-15T04:59:59+00:00", "od_standard_14d"),
    # Leap year February
    ("initial", False, "2028-02-25T10:00:00-06:00", CHI, "2028-03-04T05:59:59+00:00", "od_standard_7d"),
    # Offset given in UTC: the local (team) date counts
    ("initial", False, "2026-05-01T01:00:00+00:00", CHI, "2026-05-08T04:59:59+00:00", "od_standard_7d"),
    (
        "initial",
        False,
        "2026-05-01T01:00:00+00:00",
        ZoneInfo("America/New_York"),
        "2026-05-08T03:59:59+00:00",
        "od_standard_7d",
    ),
    # Reconsiderations (AP-04)
    ("reconsideration", False, "2026-02-10T08:00:00-06:00", CHI, "2026-03-13T04:59:59+00:00", "recon_standard"),
    ("reconsideration", True, "2026-03-06T20:00:00-06:00", CHI, "2026-03-10T02:00:00+00:00", "recon_expedited"),
    ("reconsideration", False, "2024-12-15T10:00:00-06:00", CHI, "2025-01-15T05:59:59+00:00", "recon_standard"),
]

FILING_ROWS = [
    # (denial notice date, expected last moment UTC, rule) — AP-02
    (date(2025, 1, 1), "2025-03-08T05:59:59+00:00", "recon_filing_65d"),
    (date(2024, 12, 31), "2025-03-02T05:59:59+00:00", "recon_filing_60d"),
    (date(2026, 9, 1), "2026-11-06T05:59:59+00:00", "recon_filing_65d"),
    (date(2026, 1, 10), "2026-03-17T04:59:59+00:00", "recon_filing_65d"),
    (date(2024, 11, 1), "2025-01-01T05:59:59+00:00", "recon_filing_60d"),
]

EXTENSION_ROWS = [
    # (original due UTC, expedited, days, expected UTC, rule) — OD-05 / OD-10
    ("2026-03-05T05:59:59+00:00", False, 14, "2026-03-19T04:59:59+00:00", "od_extension_standard"),
    ("2026-03-07T15:00:00+00:00", True, 14, "2026-03-21T14:00:00+00:00", "od_extension_expedited"),
    # lands on 02:30 Nov 1 (exists once, CST)
    ("2026-10-25T07:30:00+00:00", True, 7, "2026-11-01T08:30:00+00:00", "od_extension_expedited"),
    # lands on 01:30 Nov 1 (occurs twice): the earlier (CDT) instant
    ("2026-10-25T06:30:00+00:00", True, 7, "2026-11-01T06:30:00+00:00", "od_extension_expedited"),
    # lands on 02:30 Mar 8 (does not exist): the earlier instant
    ("2026-03-01T08:30:00+00:00", True, 7, "2026-03-08T07:30:00+00:00", "od_extension_expedited"),
    # across the year boundary
    ("2026-12-25T05:59:59+00:00", False, 10, "2027-01-04T05:59:59+00:00", "od_extension_standard"),
]


def test_table_has_at_least_25_rows():
    assert len(DECISION_ROWS) + len(FILING_ROWS) + len(EXTENSION_ROWS) >= 25


@pytest.mark.parametrize(("request_type", "expedited", "received", "tz", "expected", "rule"), DECISION_ROWS)
def test_decision_deadline(request_type, expedited, received, tz, expected, rule):
    deadline = clocks.due_for(request_type, expedited, datetime.fromisoformat(received), tz)
    assert deadline.due_at == datetime.fromisoformat(expected)
    assert deadline.due_at.utcoffset().total_seconds() == 0
    assert deadline.rule.name == rule


@pytest.mark.parametrize(("notice", "expected", "rule"), FILING_ROWS)
def test_reconsideration_filing_deadline(notice, expected, rule):
    deadline = clocks.reconsideration_filing_deadline(notice, CHI)
    assert deadline.due_at == datetime.fromisoformat(expected)
    assert deadline.rule.name == rule
    assert deadline.rule.fact == "AP-02"


@pytest.mark.parametrize(("original", "expedited", "days", "expected", "rule"), EXTENSION_ROWS)
def test_extension(original, expedited, days, expected, rule):
    deadline = clocks.extend(
        datetime.fromisoformat(original), days, "records from non-contract provider", CHI, expedited=expedited
    )
    assert deadline.due_at == datetime.fromisoformat(expected)
    assert deadline.rule.name == rule


def test_reconsideration_decision_due_helper():
    d = clocks.reconsideration_decision_due(False, datetime.fromisoformat("2026-02-10T08:00:00-06:00"), CHI)
    assert d.due_at == datetime.fromisoformat("2026-03-13T04:59:59+00:00")


def test_local_display_of_calendar_deadline_is_end_of_day():
    d = clocks.due_for("initial", False, datetime.fromisoformat("2026-03-02T23:59:00-06:00"), CHI)
    assert d.local(CHI).strftime("%Y-%m-%d %H:%M:%S %Z") == "2026-03-09 23:59:59 CDT"


@pytest.mark.parametrize(
    ("days", "reason", "kwargs", "message"),
    [
        (15, "x", {}, "1 to 14"),
        (0, "x", {}, "1 to 14"),
        (3, "  ", {}, "reason"),
        (3, "x", {"request_type": "reconsideration"}, "Reconsiderations cannot be extended"),
    ],
)
def test_extension_refusals(days, reason, kwargs, message):
    with pytest.raises(clocks.ClockError, match=message):
        clocks.extend(datetime.fromisoformat("2026-03-05T05:59:59+00:00"), days, reason, CHI, **kwargs)


def test_naive_and_unknown_inputs_are_refused():
    with pytest.raises(clocks.ClockError, match="offset"):
        clocks.due_for("initial", False, datetime(2026, 3, 2, 12, 0), CHI)
    with pytest.raises(clocks.ClockError, match="unknown request type"):
        clocks.due_for("appeal", False, datetime.fromisoformat("2026-03-02T12:00:00-06:00"), CHI)


def test_every_rule_cites_a_fact():
    import re

    for rule in clocks.RULES:
        assert re.fullmatch(r"[A-Z]{2}-\d{2}(, [A-Z]{2}-\d{2})*", rule.fact), rule.name
        assert rule.unit in {"hours", "calendar_days"}
