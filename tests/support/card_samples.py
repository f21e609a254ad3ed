"""Every card the bot can send, built with representative synthetic inputs (including hostile text).

One function per cards module, listed in SAMPLE_SOURCES. To cover a new module, add a function
`<module>_samples() -> list[tuple[str, dict]]` (names prefixed with the module, e.g. "alerts.alert_urgent")
and append it to SAMPLE_SOURCES. Every cards module must have one (tests/unit/test_cards_render.py checks).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
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


def core_samples() -> list[Sample]:
    from bot.features import build_registries
    from bot.features.core import help_rows
    from cards import core

    commands, _ = build_registries()
    rows = help_rows(commands, "personal")
    hostile_rows = rows + [("/" + HOSTILE_SHORT, HOSTILE)]
    return [
        ("core.welcome", core.welcome_card("pscbot", rows)),
        ("core.welcome_hostile", core.welcome_card(HOSTILE_SHORT, hostile_rows)),
        ("core.welcome_no_commands", core.welcome_card("pscbot", [])),
        ("core.help", core.help_card(rows)),
        ("core.help_channel", core.help_card(help_rows(commands, "channel"))),
        ("core.help_hint", core.help_card(hostile_rows, hint=HOSTILE)),
        (
            "core.whoami",
            core.whoami_card(
                "Synthetic Coordinator",
                "29:synthetic-user",
                "00000000-0000-4000-8000-000000000001",
                ["coordinator"],
                "00000000-0000-4000-8000-0000000000aa",
                "personal",
                "a:synthetic",
            ),
        ),
        ("core.whoami_hostile", core.whoami_card(HOSTILE, HOSTILE_SHORT, None, [], None, "team", HOSTILE_SHORT)),
        ("core.fallback", core.fallback_card(rows)),
        ("core.error", core.error_card("The case service did not answer in time.", reference="ref-7f3a")),
        ("core.error_hostile", core.error_card(HOSTILE + LONG, reference=HOSTILE_SHORT, title=HOSTILE_SHORT)),
        ("core.notice", core.notice_card("Subscribed", "This channel now gets urgent alerts.", color="Good")),
        ("core.notice_hostile", core.notice_card(HOSTILE_SHORT, HOSTILE, color="Warning")),
    ]


def knowledge_samples() -> list[Sample]:
    from cards import knowledge

    def ref(title: str, snippet: str, citation: str = "42 CFR 422.582(b)", status: str = "confirmed"):
        return SimpleNamespace(title=title, snippet=snippet, heading="Heading", citation=citation, status=status)

    answer = SimpleNamespace(
        answered=True,
        answer="A reconsideration must be filed within 65 calendar days of the denial notice.",
        title="Reconsideration filing deadline",
        citation="42 CFR 422.582(b)",
        effective_date="2025-01-01",
        confidence=0.93,
        status="confirmed",
        source="https://example.org/appeals",
        answer_id="a1",
        fact_ids=["AP-02"],
        sections=[],
        related=[],
    )
    unverified = SimpleNamespace(
        **{
            **vars(answer),
            "status": "unverified",
            "source": "Team notes",
            "fact_ids": [],
            "answer": HOSTILE,
            "title": HOSTILE_SHORT,
        }
    )
    may_help = SimpleNamespace(
        answered=False,
        suggestions=True,
        answer="These passages may help.",
        answer_id="a2",
        related=[],
        sections=[
            ref("Reconsideration filing deadline", "Filed within 65 calendar days."),
            ref("Late filing", "Good cause allows a late filing.", "", "secondary"),
            ref(HOSTILE_SHORT, HOSTILE + LONG, HOSTILE_SHORT, "unverified"),
        ],
    )
    refusal = SimpleNamespace(
        answered=False,
        suggestions=False,
        answer="I couldn't find a confident answer.",
        answer_id=None,
        related=["Appeals", HOSTILE_SHORT],
        sections=[],
    )
    question = "how long does a member have to appeal?"
    return _knowledge_more() + [
        ("knowledge.answer", knowledge.answer_card(question, answer)),
        ("knowledge.answer_unverified_hostile", knowledge.answer_card(HOSTILE_SHORT, unverified)),
        ("knowledge.may_help", knowledge.may_help_card(question, may_help)),
        ("knowledge.refusal", knowledge.refusal_card(question, refusal)),
        ("knowledge.expert_question", knowledge.expert_question_card(7, question, "Synthetic Coordinator", NOW, TZ)),
        (
            "knowledge.expert_question_error",
            knowledge.expert_question_card(7, HOSTILE + LONG, HOSTILE_SHORT, NOW, TZ, error="Write an answer."),
        ),
        (
            "knowledge.expert_answered",
            knowledge.expert_answered_card(question, "65 calendar days.", "Dr. Synthetic", NOW, TZ, True),
        ),
        ("knowledge.expert_reply", knowledge.expert_reply_card(question, HOSTILE, HOSTILE_SHORT, False)),
        ("knowledge.expert_sent", knowledge.expert_sent_card(question)),
    ]


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


def alerts_samples() -> list[Sample]:
    from cards import alerts

    case = _fake_case(status="new", assigned_to_id=None, assigned_to_name=None)
    acked = _fake_alert(
        acknowledged_at=NOW,
        acknowledged_by_id="u1",
        acknowledged_by_name="Nurse One",
        claimed_at=NOW,
        claimed_by_id="u1",
        claimed_by_name="Nurse One",
    )
    hostile = _fake_alert(
        reasons=[HOSTILE, HOSTILE_SHORT, LONG],
        case_ref="2026009999",
        case_id=None,
        level_of_care=None,
        request_type="p2p_request",
        priority="high",
        acknowledged_at=NOW,
        acknowledged_by_name=HOSTILE_SHORT,
        acknowledged_by_id="u9",
    )
    items = [
        (
            _fake_alert(
                id=100 + i,
                priority="low" if i % 2 else "normal",
                request_type="discharge_notice" if i % 2 else "status_inquiry",
                reasons=[HOSTILE_SHORT if i == 3 else "planned discharge (12/02)"],
                case_id=None if i % 3 == 0 else "2026004512",
            ),
            None if i % 3 == 0 else case,
        )
        for i in range(30)
    ]
    return [
        ("alerts.alert_urgent", alerts.alert_card(_fake_alert(), case, NOW, TZ)),
        ("alerts.alert_acknowledged_claimed", alerts.alert_card(acked, _fake_case(), NOW, TZ)),
        ("alerts.alert_unlinked_hostile", alerts.alert_card(hostile, None, NOW, TZ, resent=True)),
        (
            "alerts.alert_closed_case",
            alerts.alert_card(_fake_alert(priority="normal"), _fake_case(status="closed"), NOW, TZ),
        ),
        ("alerts.escalation_no_mention", alerts.escalation_card(_fake_alert(), case, NOW, TZ, after_min=30)),
        ("alerts.escalation_hostile", alerts.escalation_card(hostile, None, NOW, TZ)),
        ("alerts.digest", alerts.digest_card(items[:4], NOW, TZ, since=NOW - timedelta(hours=5))),
        ("alerts.digest_many", alerts.digest_card(items, NOW, TZ)),
        ("alerts.digest_empty", alerts.digest_card([], NOW, TZ)),
    ]


def _call_samples() -> list[Sample]:
    """The call form, the P2P cards and the logged-call cards share their synthetic call and P2P."""
    from bot.cases.calls import Reminder
    from cards import call_log, calls
    from cards import p2p as p2p_cards

    denied = _fake_case(status="denied", denial_notice_date=date(2026, 11, 27), liaison_name=HOSTILE_SHORT)
    values = {
        "contact_name": HOSTILE_SHORT,
        "contact_phone": "12",
        "outcome": "reached",
        "notes": LONG,
        "notice_date": "2026-11-27",
        "rights_explained": "yes",
        "wants_appeal": "expedited",
        "window1_date": "2026-12-01",
        "window1_start": "14:00",
        "window1_end": "16:00",
    }
    errors = {"contact_phone": "Phone: enter a 10-digit phone number", "notice_date": HOSTILE_SHORT}
    deadlines = {
        "reconsideration_filing": {
            "due_at": "2027-02-01T05:59:59+00:00",
            "rule": "recon_filing_65d",
            "fact": "AP-02",
            "description": "x",
        },
        "expedited_reconsideration_decision": {
            "due_at": "2026-12-03T18:00:00+00:00",
            "rule": "recon_expedited",
            "fact": "AP-04",
            "description": "x",
        },
    }
    call = SimpleNamespace(
        case_id="2026004512",
        call_type="denial_notification",
        outcome="reached",
        contact_name="Synthetic Liaison",
        contact_role="liaison",
        contact_facility=HOSTILE_SHORT,
        contact_phone="555-555-0100",
        logged_by_name="Nurse One",
        logged_by_id="u1",
        logged_at=NOW,
        notes=HOSTILE,
        details={"notice_date": "2026-11-27", "rights_explained": True, "wants_appeal": "standard"},
        deadlines=deadlines,
    )
    clin = SimpleNamespace(
        **{
            **vars(call),
            "call_type": "clinicals_request",
            "outcome": "no_answer",
            "notes": None,
            "details": {"requested_items": HOSTILE},
            "deadlines": {},
        }
    )
    windows = [{"start": (NOW + timedelta(hours=20)).isoformat(), "end": (NOW + timedelta(hours=22)).isoformat()}]
    p2p = SimpleNamespace(
        id=7,
        case_id="2026004512",
        card_id="c" * 32,
        physician_name=HOSTILE_SHORT,
        callback_phone="555-555-0199",
        windows=windows,
        status="requested",
        proposed_at=None,
        scheduled_at=None,
        window_closes_at=NOW + timedelta(hours=30),
        decided_at=None,
        decided_by_name=None,
        decided_by_id=None,
        decision_note=None,
        requested_by_name="Nurse One",
        requested_by_id="u1",
    )
    scheduled = SimpleNamespace(
        **{
            **vars(p2p),
            "status": "scheduled",
            "scheduled_at": NOW + timedelta(hours=21),
            "decided_at": NOW,
            "decided_by_name": "Dr. Synthetic",
            "decision_note": HOSTILE,
        }
    )
    proposed = SimpleNamespace(
        **{
            **vars(p2p),
            "status": "proposed",
            "proposed_at": NOW + timedelta(hours=40),
            "decided_at": NOW,
            "decided_by_name": "Dr. Synthetic",
        }
    )
    declined = SimpleNamespace(**{**vars(p2p), "status": "declined", "decided_at": NOW, "decided_by_name": "Dr. X"})
    out: list[Sample] = [
        ("calls.call_picker", calls.call_picker_card(denied, "f" * 32)),
        ("call_log.call_confirmation", call_log.call_confirmation_card(call, NOW, TZ)),
        (
            "call_log.call_confirmation_p2p_escalated",
            call_log.call_confirmation_card(
                clin, NOW, TZ, p2p=p2p, notices=[HOSTILE_SHORT], attempts=3, threshold=3, escalated=True
            ),
        ),
        ("p2p.p2p_request", p2p_cards.p2p_request_card(p2p, denied, NOW, TZ)),
        (
            "p2p.p2p_request_proposed_error",
            p2p_cards.p2p_request_card(proposed, denied, NOW, TZ, error=HOSTILE_SHORT),
        ),
        ("p2p.p2p_request_scheduled", p2p_cards.p2p_request_card(scheduled, None, NOW, TZ)),
        ("p2p.p2p_request_declined", p2p_cards.p2p_request_card(declined, denied, NOW, TZ)),
        ("p2p.p2p_outcome", p2p_cards.p2p_outcome_card(scheduled, NOW, TZ)),
        ("p2p.p2p_outcome_ack", p2p_cards.p2p_outcome_card(declined, NOW, TZ, acknowledged_by=HOSTILE_SHORT)),
    ]
    for call_type in (
        "denial_notification",
        "p2p_offer",
        "clinicals_request",
        "status_call",
        "extension_discussion",
    ):
        out.append((f"calls.call_form_{call_type}", calls.call_form_card(denied, call_type, "f" * 32, NOW, TZ)))
    out.append(
        (
            "calls.call_form_errors",
            calls.call_form_card(denied, "p2p_offer", "f" * 32, NOW, TZ, values=values, errors=errors),
        )
    )
    for kind in ("clinicals_overdue", "attempts_escalation", "p2p_scheduled_soon", "p2p_window_closing"):
        reminder = Reminder(
            kind,
            1,
            "2026004512",
            ("conversation", "k"),
            NOW + timedelta(hours=1),
            {
                "contact": HOSTILE_SHORT,
                "requested": HOSTILE,
                "attempts": 3,
                "threshold": 3,
                "call_type": "clinicals_request",
                "physician": "Dr. Synthetic",
                "callback": "555-555-0199",
                "status": "requested",
            },
        )
        out.append((f"call_log.reminder_{kind}", call_log.reminder_card(reminder, NOW, TZ)))
    return out


def calls_samples() -> list[Sample]:
    return [sample for sample in _call_samples() if sample[0].startswith("calls.")]


def p2p_samples() -> list[Sample]:
    return [sample for sample in _call_samples() if sample[0].startswith("p2p.")]


def call_log_samples() -> list[Sample]:
    return [sample for sample in _call_samples() if sample[0].startswith("call_log.")]


def _knowledge_more() -> list[Sample]:
    from bot.knowledge.service import Answer
    from cards import knowledge

    asked = datetime(2026, 11, 30, 15, 5, tzinfo=UTC)
    answer = Answer(
        answered=True,
        answer="A member has 65 days from the date of the notice to request a reconsideration.",
        citation="42 CFR 422.582(b)",
        effective_date="2025-01-01",
        confidence=0.82,
        source="https://www.ecfr.gov/current/title-42/section-422.582",
        answer_id="ans-1",
        status="confirmed",
        title="Reconsideration filing",
    )
    hostile = Answer(
        answered=True,
        answer=HOSTILE + LONG,
        citation=HOSTILE_SHORT,
        effective_date=HOSTILE_SHORT,
        confidence=0.55,
        source=HOSTILE_SHORT,
        answer_id=HOSTILE_SHORT,
        status="secondary",
        title=HOSTILE_SHORT,
    )
    refusal = Answer(
        answered=False,
        answer="I could not find that in the guidelines.",
        confidence=0.2,
        related=["IRF admission criteria", "SNF 3-day stay", "LTAC criteria", "extra"],
    )
    hostile_refusal = Answer(
        answered=False, answer=HOSTILE, confidence=0.1, related=[HOSTILE_SHORT, HOSTILE + LONG], answer_id=HOSTILE_SHORT
    )
    return [
        ("knowledge.more_answer", knowledge.answer_card("How long to appeal?", answer)),
        ("knowledge.more_answer_hostile", knowledge.answer_card(HOSTILE + LONG, hostile)),
        ("knowledge.more_refusal", knowledge.refusal_card("What is the LTAC rule?", refusal)),
        ("knowledge.more_refusal_hostile", knowledge.refusal_card(HOSTILE, hostile_refusal)),
        (
            "knowledge.more_expert_question",
            knowledge.expert_question_card(7, "Does a SNF need a 3-day stay?", "Synthetic Coordinator", asked, TZ),
        ),
        (
            "knowledge.more_expert_question_hostile",
            knowledge.expert_question_card(7, HOSTILE + LONG, HOSTILE_SHORT, asked, TZ, error=HOSTILE),
        ),
        (
            "knowledge.more_expert_answered",
            knowledge.expert_answered_card(
                "Does a SNF need a 3-day stay?",
                "Not under this plan's waiver.",
                "Synthetic Expert",
                asked,
                TZ,
                saved_to_kb=True,
            ),
        ),
        (
            "knowledge.more_expert_answered_hostile",
            knowledge.expert_answered_card(HOSTILE, HOSTILE + LONG, HOSTILE_SHORT, asked, TZ, saved_to_kb=False),
        ),
        (
            "knowledge.more_expert_reply",
            knowledge.expert_reply_card(
                "Does a SNF need a 3-day stay?", "Not under this plan's waiver.", "Synthetic Expert", True
            ),
        ),
        (
            "knowledge.more_expert_reply_hostile",
            knowledge.expert_reply_card(HOSTILE, HOSTILE + LONG, HOSTILE_SHORT, False),
        ),
        ("knowledge.more_expert_sent", knowledge.expert_sent_card("Does a SNF need a 3-day stay?")),
        ("knowledge.more_expert_sent_hostile", knowledge.expert_sent_card(HOSTILE + LONG)),
    ]


def experts_samples() -> list[Sample]:
    from bot.knowledge.experts import PendingQuestion
    from cards import experts

    waiting = [
        PendingQuestion(
            1,
            "Can an LTCH (LTAC) admit straight from home after a vent wean?",
            "Synthetic Coordinator",
            NOW - timedelta(hours=3),
        ),
        PendingQuestion(2, HOSTILE, HOSTILE_SHORT, NOW - timedelta(days=400)),
    ]
    return [
        (
            "experts.expert_kept",
            experts.expert_kept_card(
                "Does the 3-hour rule count weekend therapy?", ["IRF coverage criteria", "IRF therapy intensity"]
            ),
        ),
        ("experts.expert_kept_hostile", experts.expert_kept_card(HOSTILE + LONG, [HOSTILE_SHORT])),
        ("experts.pending_questions", experts.pending_questions_card(waiting, 12, NOW, TZ, routed=False)),
        ("experts.pending_questions_none", experts.pending_questions_card([], 0, NOW, TZ, routed=True)),
    ]


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


SAMPLE_SOURCES: list[Callable[[], list[Sample]]] = [
    core_samples,
    cases_samples,
    alerts_samples,
    calls_samples,
    p2p_samples,
    call_log_samples,
    knowledge_samples,
    experts_samples,
    review_samples,
    review_outcome_samples,
]


def all_card_samples() -> list[Sample]:
    samples: list[Sample] = []
    for source in SAMPLE_SOURCES:
        samples.extend(source())  # a missing cards module is a failure, never a silent skip
    names = [name for name, _ in samples]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate card sample names: {sorted(duplicates)}")
    return samples
