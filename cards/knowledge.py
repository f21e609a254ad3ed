"""Knowledge-base cards: answers, honest refusals, the expert's question form and the expert's reply."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from cards.base import card, container, execute, facts, heading, open_url, text

QUESTION_LIMIT = 1000
STATUS_NOTES = {
    "secondary": "Based on secondary sources only; re-check against eCFR or CMS before relying on it.",
    "unconfirmed": "Unconfirmed or plan-specific: check your plan's policy.",
    "unverified": "Unverified document (uploaded without review metadata): confirm before relying on it.",
}
MAY_HELP_LIMIT = 3


def confidence_label(confidence: float) -> str:
    if confidence >= 0.75:
        return f"high ({confidence:.2f})"
    if confidence >= 0.5:
        return f"medium ({confidence:.2f})"
    return f"low ({confidence:.2f})"


def _expert_action(question: str, answer_id: str | None) -> dict:
    return execute(
        "Ask an expert", "kb.ask_expert", {"question": question[:QUESTION_LIMIT], "answer_id": answer_id or ""}
    )


def answer_card(question: str, answer: Any) -> dict:
    """An answered question: the passage, its citation, effective date, confidence and feedback buttons."""
    body = [
        text(answer.title or "From the guidelines", weight="Bolder", size="Medium"),
        text(answer.answer),
    ]
    note = STATUS_NOTES.get(getattr(answer, "status", ""))
    if note:
        body.append(text(note, color="Warning", size="Small"))
    rows = [
        ("Citation", answer.citation or "—"),
        ("Effective", answer.effective_date or "not stated"),
        ("Confidence", confidence_label(answer.confidence)),
    ]
    if getattr(answer, "fact_ids", None):
        rows.append(("Facts", ", ".join(answer.fact_ids)))
    body.append(facts(rows))
    if not str(answer.source).startswith("https://") and answer.source:
        body.append(text(f"Source: {answer.source}", subtle=True, size="Small"))
    actions = [
        execute("Helpful", "kb.feedback", {"answer_id": answer.answer_id or "", "helpful": True}),
        execute("Not helpful", "kb.feedback", {"answer_id": answer.answer_id or "", "helpful": False}),
        _expert_action(question, answer.answer_id),
    ]
    if str(answer.source).startswith("https://"):
        actions.insert(0, open_url("Open source", answer.source))
    return card(body, actions)


def refusal_card(question: str, answer: Any) -> dict:
    """Below the confidence threshold: say so, show related articles, offer an expert."""
    body = [
        heading("I'm not sure about that one"),
        text(answer.answer),
    ]
    if answer.related:
        body.append(text("Related articles", weight="Bolder", spacing="Medium"))
        body.append(container([text("• " + title, spacing="None") for title in answer.related[:3]]))
    return card(body, [_expert_action(question, answer.answer_id)])


def may_help_card(question: str, answer: Any) -> dict:
    """Below the confidence threshold but on topic: the best passages (title, citation, one sentence)."""
    body = [heading("These may help"), text(answer.answer, subtle=True)]
    for ref in answer.sections[:MAY_HELP_LIMIT]:
        body.append(
            container(
                [
                    text(ref.title, weight="Bolder"),
                    text(ref.snippet or ref.heading, spacing="Small"),
                    text(
                        " · ".join(x for x in [ref.citation or "no citation", STATUS_NOTES.get(ref.status, "")] if x),
                        subtle=True,
                        size="Small",
                        spacing="None",
                    ),
                ],
                separator=True,
                spacing="Medium",
            )
        )
    return card(body, [_expert_action(question, answer.answer_id)])


def expert_question_card(
    question_id: int, question: str, asker_name: str, asked_at: datetime, tz, *, error: str | None = None
) -> dict:
    """Posted to the experts conversation: the question and a form to answer it."""
    body = [
        heading("A coordinator asks"),
        text(question),
        text(f"Asked by {asker_name} · {asked_at.astimezone(tz):%a %m/%d %I:%M %p %Z}", subtle=True, size="Small"),
    ]
    if error:
        body.append(text(error, color="Attention"))
    body.extend(
        [
            {
                "type": "Input.Text",
                "id": "answer",
                "label": "Your answer",
                "isMultiline": True,
                "isRequired": True,
                "maxLength": 2000,
                "errorMessage": "Write an answer before sending.",
            },
            {"type": "Input.Text", "id": "citation", "label": "Citation (optional)", "maxLength": 200},
            {
                "type": "Input.Toggle",
                "id": "save_to_kb",
                "title": "Save to knowledge base",
                "value": "false",
                "valueOn": "true",
                "valueOff": "false",
            },
        ]
    )
    return card(
        body,
        [
            execute(
                "Send answer",
                "kb.expert_answer",
                {"question_id": question_id},
                style="positive",
                associated_inputs="auto",
            )
        ],
    )


def expert_answered_card(
    question: str, answer: str, expert_name: str, answered_at: datetime, tz, saved_to_kb: bool
) -> dict:
    """What the experts conversation sees once the question is answered."""
    saved = " · saved to the knowledge base" if saved_to_kb else ""
    return card(
        [
            heading("Answered"),
            text(question, subtle=True),
            text(answer),
            text(
                f"Answered by {expert_name} · {answered_at.astimezone(tz):%a %m/%d %I:%M %p %Z}{saved}",
                subtle=True,
                size="Small",
            ),
        ]
    )


def expert_reply_card(question: str, answer: str, expert_name: str, saved_to_kb: bool) -> dict:
    """Sent to the coordinator who asked."""
    body = [
        heading("An expert answered your question"),
        text(question, subtle=True),
        text(answer),
        text(
            f"From {expert_name}" + (" · now in the knowledge base" if saved_to_kb else ""), subtle=True, size="Small"
        ),
    ]
    return card(body)


def expert_sent_card(question: str) -> dict:
    return card(
        [
            heading("Sent to the experts"),
            text(question, subtle=True),
            text("You'll get the answer here as soon as someone replies."),
        ]
    )
