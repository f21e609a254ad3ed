"""Card samples of cards.knowledge and cards.experts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from tests.support.sample_inputs import (
    HOSTILE,
    HOSTILE_SHORT,
    LONG,
    NOW,
    TZ,
    Sample,
)


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
