"""Card samples of cards.cases."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

from tests.support.sample_inputs import (
    HOSTILE,
    HOSTILE_SHORT,
    LONG,
    NOW,
    TZ,
    Sample,
    _events,
    _fake_case,
)


def cases_samples() -> list[Sample]:
    from bot.cases import workflow
    from cards import cases

    out: list[Sample] = []
    for status in workflow.STATUSES:
        extra = {}
        if status in ("denied", "partially_approved", "p2p_requested", "p2p_scheduled", "p2p_completed"):
            extra["denial_notice_date"] = date(2026, 11, 27)
        if status in ("approved", "partially_approved"):
            extra.update(authorized_days=10, last_covered_day=date(2026, 12, 10))
        case = _fake_case(status=status, **extra)
        out.append((f"cases.case_{status}", cases.case_card(case, _events(2), NOW, TZ, viewer_id="u2")))
    out += [
        (
            "cases.case_own_unassigned_no_events",
            cases.case_card(_fake_case(assigned_to_id=None, assigned_to_name=None, member_name=None), [], NOW, TZ),
        ),
        ("cases.case_own", cases.case_card(_fake_case(), _events(7), NOW, TZ, viewer_id="u1")),
        (
            "cases.case_urgent_expedited_extended_demo",
            cases.case_card(
                _fake_case(
                    expedited=True,
                    due_at=NOW + timedelta(minutes=30),
                    demo=True,
                    original_due_at=NOW - timedelta(days=1),
                    extended_until=NOW + timedelta(days=1),
                    extension_reason="Awaiting clinicals",
                    level_of_care="LTAC",
                    request_type="extension_concurrent",
                ),
                _events(1),
                NOW,
                TZ,
            ),
        ),
        (
            "cases.case_overdue",
            cases.case_card(
                _fake_case(due_at=NOW - timedelta(hours=3), level_of_care="SNF", request_type="reconsideration"),
                [],
                NOW,
                TZ,
            ),
        ),
        (
            "cases.case_hostile",
            cases.case_card(
                _fake_case(
                    member_name=HOSTILE,
                    facility=HOSTILE_SHORT,
                    liaison_name=HOSTILE_SHORT,
                    liaison_email="x@example.invalid",
                    assigned_to_name=HOSTILE_SHORT,
                    original_due_at=NOW - timedelta(days=1),
                    extended_until=NOW,
                    extension_reason=HOSTILE + LONG,
                ),
                [SimpleNamespace(at=NOW, actor_name=HOSTILE_SHORT, actor_id="u9", detail=HOSTILE, kind="note")],
                NOW,
                TZ,
                viewer_id="u2",
            ),
        ),
    ]
    many = [
        _fake_case(
            case_id=f"20260045{i:02d}",
            due_at=NOW + timedelta(hours=i - 3),
            expedited=i % 4 == 0,
            facility=HOSTILE_SHORT if i == 5 else "Synthetic LTAC",
            assigned_to_id=None if i % 3 == 0 else "u1",
        )
        for i in range(20)
    ]
    out += [
        ("cases.queue", cases.queue_card(many[:4], 4, "My queue", NOW, TZ)),
        ("cases.queue_one", cases.queue_card(many[:1], 1, "Team queue", NOW, TZ)),
        ("cases.queue_more", cases.queue_card(many, 42, "Team queue", NOW, TZ)),
        ("cases.queue_hostile_title", cases.queue_card(many[4:7], 3, HOSTILE_SHORT, NOW, TZ)),
        ("cases.empty_queue", cases.empty_queue_card("My queue")),
        ("cases.empty_queue_hint", cases.empty_queue_card(HOSTILE_SHORT, hint=HOSTILE)),
        ("cases.case_list", cases.case_list_card("M123456789", many[:3], NOW, TZ)),
        ("cases.case_list_many", cases.case_list_card(HOSTILE_SHORT, many, NOW, TZ)),
    ]
    return out
