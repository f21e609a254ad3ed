"""ids, workflow, timefmt and API validation (no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.cases import api, workflow
from bot.cases.ids import looks_like_member_id, normalize_member_id, parse_case_ref
from bot.cases.timefmt import local_display, relative

CHI = ZoneInfo("America/Chicago")


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("2026004512", 2026, "2026004512"),
        ("  2026004512 ", None, "2026004512"),
        ("2026 004512", None, "2026004512"),
        ("AUTH-2026-004512", None, "2026004512"),
        ("auth-2026-004512", None, "2026004512"),
        ("AUTH - 2026 - 004512", None, "2026004512"),
        ("Case #4512", 2026, "2026004512"),
        ("case#4512", 2026, "2026004512"),
        ("CASE # 12", 2025, "2025000012"),
        ("#4512", 2026, "2026004512"),
        ("Case #4512", None, None),
        ("Ref: 2026004512", None, "2026004512"),
        ("ref 2026004512", None, "2026004512"),
        ("REF:#2026004512", None, "2026004512"),
        ("202600451", 2026, None),
        ("20260045123", 2026, None),
        ("AUTH-2026-4512", None, None),
        ("M123456789", 2026, None),
        ("Case #1234567", 2026, None),
        ("", 2026, None),
        (None, 2026, None),
    ],
)
def test_parse_case_ref(text, year, expected):
    assert parse_case_ref(text, year) == expected


def test_member_ids():
    assert looks_like_member_id("M123456789")
    assert looks_like_member_id(" M123456789 ")
    assert not looks_like_member_id("M12345678")
    assert not looks_like_member_id("m123456789")
    assert not looks_like_member_id("X123456789")
    assert normalize_member_id("m123456789") == "M123456789"
    assert normalize_member_id("M1234") is None


ALLOWED = [(cur, nxt) for cur, nexts in workflow.TRANSITIONS.items() for nxt in nexts]


@pytest.mark.parametrize(("current", "new"), ALLOWED)
def test_every_allowed_transition(current, new):
    assert workflow.can_transition(current, new)
    workflow.check_transition(current, new)


def test_required_paths_exist():
    path = [
        "new",
        "in_review",
        "pending_info",
        "sent_to_md",
        "denied",
        "p2p_requested",
        "p2p_scheduled",
        "p2p_completed",
        "closed",
    ]
    for a, b in zip(path, path[1:], strict=False):
        assert workflow.can_transition(a, b), (a, b)
    for a, b in [
        ("in_review", "sent_to_md"),
        ("pending_info", "in_review"),
        ("sent_to_md", "pending_info"),
        ("sent_to_md", "approved"),
        ("sent_to_md", "partially_approved"),
        ("denied", "appeal_filed"),
        ("approved", "closed"),
        ("partially_approved", "closed"),
        ("p2p_completed", "closed"),
        ("appeal_filed", "closed"),
        ("withdrawn", "closed"),
    ]:
        assert workflow.can_transition(a, b), (a, b)
    for status in workflow.QUEUE_STATUSES:
        assert workflow.can_transition(status, "withdrawn")


@pytest.mark.parametrize(
    ("current", "new", "fragment"),
    [
        ("new", "approved", "cannot move to Approved. Next allowed: In review, Withdrawn."),
        ("closed", "in_review", "can no longer change"),
        ("approved", "denied", "Next allowed: Closed."),
        ("in_review", "in_review", "already In review"),
        ("denied", "p2p_completed", "Next allowed: P2P requested, Appeal filed, Closed."),
        ("new", "banana", "not a case status"),
        ("withdrawn", "new", "Next allowed: Closed."),
    ],
)
def test_illegal_transitions(current, new, fragment):
    with pytest.raises(workflow.IllegalTransition) as info:
        workflow.check_transition(current, new)
    assert fragment in str(info.value)


def test_every_status_has_a_label_and_a_transition_row():
    assert set(workflow.LABELS) == set(workflow.STATUSES) == set(workflow.TRANSITIONS)
    for nexts in workflow.TRANSITIONS.values():
        assert set(nexts) <= set(workflow.STATUSES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In review", "in_review"),
        ("in-review", "in_review"),
        ("SENT_TO_MD", "sent_to_md"),
        ("Sent to MD", "sent_to_md"),
        ("p2p", "p2p_requested"),
        ("partial", "partially_approved"),
        ("nonsense", None),
        ("", None),
    ],
)
def test_normalize_status(text, expected):
    assert workflow.normalize_status(text) == expected


NOW = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(hours=5), "in 5 h"),
        (timedelta(days=2, hours=3), "in 2 d 3 h"),
        (timedelta(days=2), "in 2 d"),
        (timedelta(hours=-2), "overdue 2 h"),
        (timedelta(days=-1, hours=-4), "overdue 1 d 4 h"),
        (timedelta(seconds=30), "due now"),
        (timedelta(seconds=-59), "due now"),
        (timedelta(minutes=40), "in 40 min"),
        (timedelta(hours=1, minutes=30), "in 1 h 30 min"),
    ],
)
def test_relative(delta, expected):
    assert relative(NOW + delta, NOW) == expected


def test_local_display():
    assert local_display(datetime(2026, 11, 30, 23, 0, tzinfo=UTC), CHI) == "Mon 11/30 5:00 PM CST"
    assert local_display(datetime(2026, 7, 1, 5, 5, tzinfo=UTC), CHI) == "Wed 7/1 12:05 AM CDT"


GOOD = {
    "case_id": "AUTH-2026-004512",
    "member_id": "M123456789",
    "level_of_care": "irf",
    "request_type": "initial",
    "received_at": "2026-03-02T14:05:00-06:00",
}


def test_api_accepts_single_object_and_canonicalizes():
    inputs, errors = api.validate_body(
        dict(GOOD, expedited=True, status="In review", liaison_email="liaison@example.org")
    )
    assert errors == []
    (inp,) = inputs
    assert inp.case_id == "2026004512" and inp.level_of_care == "IRF" and inp.status == "in_review"
    assert inp.expedited is True and inp.received_at.utcoffset() == timedelta(hours=-6)
    assert "expedited" in inp.provided and "member_name" not in inp.provided


def test_api_short_case_form_takes_the_received_year():
    inputs, errors = api.validate_body(dict(GOOD, case_id="Case #77"))
    assert not errors and inputs[0].case_id == "2026000077"


@pytest.mark.parametrize(
    ("patch", "field", "fragment"),
    [
        ({"case_id": "12345"}, "case_id", "case id"),
        ({"member_id": "123456789"}, "member_id", "M followed by 9 digits"),
        ({"level_of_care": "ICU"}, "level_of_care", "IRF, LTAC or SNF"),
        ({"request_type": "appeal"}, "request_type", "expected initial"),
        ({"received_at": "2026-03-02T14:05:00"}, "received_at", "offset"),
        ({"received_at": "yesterday"}, "received_at", "ISO 8601"),
        ({"status": "done"}, "status", "unknown status"),
        ({"expedited": "maybe"}, "expedited", "true or false"),
        ({"authorized_days": -1}, "authorized_days", "0 to 365"),
        ({"authorized_days": "3.5"}, "authorized_days", "whole number"),
        ({"last_covered_day": "03/09/2026"}, "last_covered_day", "ISO date"),
        ({"liaison_email": "nope"}, "liaison_email", "e-mail"),
        ({"member_name": "x" * 201}, "member_name", "longer than 200"),
        ({"extended_until": "2026-03-20T23:59:59-05:00"}, "extension_reason", "required"),
        ({"colour": "red"}, "colour", "unknown field"),
        ({"member_id": ""}, "member_id", "required"),
    ],
)
def test_api_field_errors(patch, field, fragment):
    inputs, errors = api.validate_body(dict(GOOD, **patch))
    assert inputs == []
    assert any(e.field == field and fragment in e.message for e in errors), errors


def test_api_list_reports_index_and_duplicates():
    body = [GOOD, dict(GOOD, member_id="bad"), dict(GOOD, case_id="2026004512")]
    inputs, errors = api.validate_body(body)
    assert inputs == []
    assert {(e.index, e.field) for e in errors} == {(1, "member_id"), (2, "case_id")}
    assert errors[0].as_dict()["index"] == 1


@pytest.mark.parametrize("body", [[], "x", 5, None])
def test_api_rejects_bad_shapes(body):
    inputs, errors = api.validate_body(body)
    assert inputs == [] and errors


def test_api_batch_limit():
    inputs, errors = api.validate_body([GOOD] * (api.MAX_BATCH + 1))
    assert errors and "at most" in errors[0].message
