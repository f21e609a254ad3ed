"""Synthetic inputs for the card samples: hostile text, the clock, and fake case/alert/review records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

Sample = tuple[str, dict]

# Text an e-mail, a member record or a user could put in front of us. None of it may survive as
# markup, a mention, a link or a template expression.
HOSTILE = (
    "**bold** _it_ `code` ~~gone~~ [click me](javascript:alert(1)) <at>Everyone</at> "
    "${user.name} {{secret}} <script>alert(1)</script> | a | b | \\*esc\\* "
    "![img](https://evil.example/x.png) data:text/html,hi mailto:x@example.invalid "
    "\u202egnp.exe\u202c zero\u200bwidth \n# Heading\n> quote\n1. list"
)
HOSTILE_SHORT = "[x](javascript:alert(1)) <at>All</at> ${a}"
LONG = "Synthetic clinical note. " * 200  # longer than the escape limit

TZ = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)


def _fake_case(**kw) -> SimpleNamespace:
    base = dict(
        case_id="2026004512",
        member_id="M123456789",
        member_name="Synthetic Person",
        level_of_care="IRF",
        request_type="initial",
        facility="Synthetic Rehab Hospital",
        liaison_name="Synthetic Liaison",
        liaison_phone="555-0100",
        liaison_email="liaison@example.org",
        received_at=NOW - timedelta(days=2),
        expedited=False,
        due_at=NOW + timedelta(hours=5),
        original_due_at=None,
        extended_until=None,
        extension_reason=None,
        status="in_review",
        assigned_to_id="u1",
        assigned_to_name="Nurse One",
        authorized_days=None,
        last_covered_day=None,
        denial_notice_date=None,
        demo=False,
    )
    base.update(kw)
    return SimpleNamespace(**base)


def _events(n: int, detail: str = "Status changed to In review") -> list[SimpleNamespace]:
    return [
        SimpleNamespace(
            at=NOW - timedelta(hours=i), actor_name="Nurse One", actor_id="u1", detail=detail, kind="status"
        )
        for i in range(n)
    ]


def _fake_alert(**kw) -> SimpleNamespace:
    base = dict(
        id=41,
        email_id=7,
        case_id="2026004512",
        case_ref="2026004512",
        priority="urgent",
        request_type="new_request",
        level_of_care="IRF",
        expedited=False,
        reasons=["new request", "discharge today (11/30)"],
        due_at=NOW + timedelta(hours=5),
        received_at=NOW - timedelta(minutes=20),
        created_at=NOW - timedelta(minutes=19),
        acknowledged_at=None,
        acknowledged_by_id=None,
        acknowledged_by_name=None,
        claimed_at=None,
        claimed_by_id=None,
        claimed_by_name=None,
        escalated_at=None,
        digest_sent_at=None,
    )
    base.update(kw)
    return SimpleNamespace(**base)


def _fake_review(**kw) -> SimpleNamespace:
    base = dict(
        id=7,
        case_id="2026004512",
        kind="initial",
        level_of_care="IRF",
        criteria_version="irf@2026.1,ma@2026.1",
        status="draft",
        version=3,
        findings={
            "irf.intensity": {"finding": "not_met", "note": HOSTILE_SHORT, "page": "14"},
            "irf.disciplines": {"finding": "met", "note": "", "page": ""},
        },
        documents_received=HOSTILE,
        documents_missing="Therapy notes",
        summary=LONG,
        recommendation="does_not_meet",
        recommendation_text=HOSTILE_SHORT,
        current_days=None,
        requested_days=None,
        sent_by_id="u1",
        sent_by_name="Nurse One",
        decision=None,
        decided_by_id=None,
        decided_by_name=None,
        decided_at=None,
        decision_reasons=None,
        decision_criteria=None,
        approved_days=None,
        next_review_date=None,
        notice_date=None,
    )
    base.update(kw)
    return SimpleNamespace(**base)
