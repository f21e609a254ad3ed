"""Card samples of cards.review and cards.review_outcome."""

from __future__ import annotations

from datetime import date

from tests.support.sample_inputs import (
    HOSTILE,
    HOSTILE_SHORT,
    NOW,
    TZ,
    Sample,
    _fake_case,
    _fake_review,
)


def review_samples() -> list[Sample]:
    from bot.review.criteria import catalog_for
    from bot.review.draft import draft
    from cards import review

    catalog = catalog_for()
    case = _fake_case(status="sent_to_md")
    items = catalog.for_level("IRF")
    drafted = _fake_review()
    cs = _fake_review(kind="continued_stay", level_of_care="SNF", current_days=10, requested_days=7)
    with_md = _fake_review(status="with_md")
    decided = _fake_review(status="decided", decision="denied", decided_by_name="Dr. Synthetic")
    return [
        (
            "review.review_draft",
            review.review_card(
                case,
                drafted,
                items,
                NOW,
                TZ,
                drafted=draft(items, drafted.findings),
                md_targets=[("md_channel", "Medical Director channel"), ("conv:k", HOSTILE_SHORT)],
                notice=HOSTILE_SHORT,
                errors={"irf.intensity": HOSTILE_SHORT},
            ),
        ),
        (
            "review.review_continued_stay",
            review.review_card(
                _fake_case(
                    level_of_care="SNF", status="approved", authorized_days=10, last_covered_day=date(2026, 12, 9)
                ),
                cs,
                catalog.for_level("SNF", "continued_stay"),
                NOW,
                TZ,
            ),
        ),
        ("review.review_sent", review.review_card(case, with_md, items, NOW, TZ)),
        ("review.md", review.md_card(case, with_md, items, NOW, TZ)),
        ("review.md_error", review.md_card(case, with_md, catalog.for_level("LTAC"), NOW, TZ, error=HOSTILE)),
        ("review.md_decided", review.md_card(case, decided, items, NOW, TZ)),
    ]


def review_outcome_samples() -> list[Sample]:
    from bot.review.criteria import catalog_for
    from bot.review.notice import denial_notice
    from cards import review_outcome as ro

    case = _fake_case(status="denied", authorized_days=10, last_covered_day=date(2026, 12, 9))
    denied = _fake_review(
        status="decided",
        decision="denied",
        decided_by_name=HOSTILE_SHORT,
        decided_at=NOW,
        decision_reasons=HOSTILE,
        decision_criteria=["irf.intensity"],
        notice_date=NOW.date(),
    )
    approved = _fake_review(
        status="decided",
        decision="approved",
        decided_by_name="Dr. Synthetic",
        decided_at=NOW,
        approved_days=7,
        next_review_date=date(2026, 12, 16),
        kind="continued_stay",
    )
    notice = denial_notice(
        case_id=case.case_id,
        criteria_ids=["irf.intensity"],
        reasons_text=HOSTILE,
        decided_by="Dr. Synthetic",
        decided_at=NOW,
        notice_date=NOW.date(),
        catalog=catalog_for(),
        tz=TZ,
        concurrent=True,
        denied_days=3,
    )
    open_case = _fake_case(member_name=HOSTILE_SHORT, is_open=True)
    case.is_open = False
    return [
        ("review_outcome.decision_denied", ro.decision_card(case, denied, NOW, TZ, notice=notice)),
        ("review_outcome.decision_approved", ro.decision_card(case, approved, NOW, TZ)),
        ("review_outcome.md_queue", ro.md_queue_card([(_fake_review(status="with_md"), open_case)], NOW, TZ)),
        ("review_outcome.md_queue_empty", ro.md_queue_card([], NOW, TZ)),
        ("review_outcome.find_personal", ro.find_card("member M123456789", [open_case, case], NOW, TZ, personal=True)),
        ("review_outcome.find_channel", ro.find_card(HOSTILE_SHORT, [open_case], NOW, TZ, personal=False)),
        ("review_outcome.find_none", ro.find_card("facility x", [], NOW, TZ, personal=True)),
    ]
