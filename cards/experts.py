"""The pending expert queue as coordinators and admins see it (pure builders)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import timefmt
from cards.base import card, container, heading, text


def expert_kept_card(question: str, related: Sequence[str] = ()) -> dict:
    """Ask an expert with no experts conversation yet: the question is kept, and the asker is told so."""
    body = [
        heading("Kept for the experts"),
        text(question, subtle=True),
        text(
            "No experts channel is set up yet, so your question is kept in the expert queue. It is posted "
            "there as soon as an admin or team lead types /experts here in the experts' channel, and the "
            "answer comes back to you here."
        ),
    ]
    if related:
        body.append(text("Meanwhile, these articles may help", weight="Bolder", spacing="Medium"))
        body.append(container([text("• " + title, spacing="None") for title in related[:3]]))
    body.append(text("Admins: /experts pending lists what is waiting.", subtle=True, size="Small"))
    return card(body)


def pending_questions_card(questions: Sequence[Any], total: int, now: datetime, tz: ZoneInfo, *, routed: bool) -> dict:
    """`/experts pending`: what waits for an experts channel, oldest first."""
    body = [heading(f"Expert queue: {total} waiting" if total else "Expert queue: nothing waiting")]
    for q in questions:
        asker = q.asker_name or "a coordinator"
        body.append(
            container(
                [
                    text(q.question[:300]),
                    text(
                        f"{asker} · {timefmt.local_display(q.created_at, tz, now=now)}",
                        subtle=True,
                        size="Small",
                        spacing="None",
                    ),
                ],
                separator=True,
                spacing="Small",
            )
        )
    if total > len(questions):
        body.append(text(f"and {total - len(questions)} more", subtle=True, size="Small"))
    hint = (
        "Questions are posted to the experts channel as they come."
        if routed
        else "Type /experts here in the channel or group chat where experts should answer: every question "
        "waiting here is posted there."
    )
    body.append(text(hint, subtle=True, size="Small", spacing="Medium"))
    return card(body)
