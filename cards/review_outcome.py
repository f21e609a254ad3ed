"""After the determination: the PSC's decision card (with the denial notice content to check and copy), the
MD queue and the authorization-status look-up (`/find`) (pure functions).

Privacy: `/find` shows member initials in channels and group chats, the full name only in personal chat.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import timefmt, workflow
from cards.base import card, execute, facts, heading, text
from cards.cases import VERB_OPEN

VERB_LOG_DENIAL = "review.log_denial"
VERB_OPEN_REVIEW = "review.open"
DECISION_LABELS = {"approved": "Approved", "partially_approved": "Partially approved", "denied": "Denied"}
DECISION_COLORS = {"approved": "Good", "partially_approved": "Warning", "denied": "Attention"}


def decision_card(case: Any, review: Any, now: datetime, tz: ZoneInfo, *, notice: Any = None) -> dict:
    """The outcome for the PSC who sent the review; a denial carries the IDN content and the call task."""
    label = DECISION_LABELS.get(review.decision, review.decision)
    body = [
        heading(f"{label}: case {case.case_id} · {case.level_of_care}", color=DECISION_COLORS.get(review.decision)),
        facts(
            [
                ("Decided by", review.decided_by_name or review.decided_by_id),
                ("When", timefmt.local_display(review.decided_at, tz) if review.decided_at else None),
                ("Review", "Continued stay (more days)" if review.kind == "continued_stay" else "Initial"),
                ("Days approved", review.approved_days),
                ("Authorized days in total", case.authorized_days),
                ("Last covered day", case.last_covered_day),
                ("Next review", review.next_review_date),
            ]
        ),
    ]
    if review.decision_reasons:
        body.append(text(f"MD's reasons: {review.decision_reasons}", size="Small"))
    actions = [execute("Open case", VERB_OPEN, {"case_id": case.case_id})]
    if notice is not None:
        body += [
            text(notice.title, weight="Bolder", spacing="Medium"),
            text("Check this content before the notice goes out.", size="Small", subtle=True, spacing="None"),
            text("Why the request was denied", weight="Bolder", size="Small"),
            *[text(f"• {r}", size="Small", spacing="None") for r in notice.reasons],
            text("Rights", weight="Bolder", size="Small"),
            *[text(f"• {r}", size="Small", spacing="None") for r in notice.rights],
            facts(
                [
                    (
                        "Reconsideration filing deadline",
                        f"{timefmt.local_date_display(notice.filing_deadline, tz)} ({notice.filing_rule})",
                    )
                ]
            ),
            {
                "type": "Input.Text",
                "id": "notice_text",
                "label": "Text to copy",
                "isMultiline": True,
                "value": notice.as_text(tz)[:4000],
            },
            text("Next: call the liaison with the denial and the appeal rights.", size="Small", weight="Bolder"),
        ]
        actions.insert(0, execute("Log denial call", VERB_LOG_DENIAL, {"case_id": case.case_id}, style="positive"))
    return card(body, actions)


def md_queue_card(rows: Sequence[tuple[Any, Any]], now: datetime, tz: ZoneInfo) -> dict:
    """Reviews waiting for a determination, by due time; each opens its MD card."""
    if not rows:
        return card([heading("MD queue"), text("No reviews are waiting for a determination.")])
    body = [
        heading("MD queue"),
        text(
            f"{len(rows)} review{'s' if len(rows) != 1 else ''} waiting for a determination · by due time",
            size="Small",
            subtle=True,
            spacing="None",
        ),
    ]
    for review, case in rows:
        kind = "more days" if review.kind == "continued_stay" else "initial"
        body.append(
            {
                "type": "ColumnSet",
                "separator": True,
                "spacing": "Small",
                "columns": [
                    {
                        "type": "Column",
                        "width": "stretch",
                        "items": [
                            text(f"{case.case_id} · {case.level_of_care} · {kind}", weight="Bolder", size="Small"),
                            text(
                                f"Due {timefmt.due_text(case.due_at, now, tz)} · from {review.sent_by_name or '—'}",
                                size="Small",
                                subtle=True,
                                spacing="None",
                            ),
                        ],
                    },
                    {
                        "type": "Column",
                        "width": "auto",
                        "verticalContentAlignment": "Center",
                        "items": [
                            {
                                "type": "ActionSet",
                                "actions": [
                                    execute("Open", VERB_OPEN_REVIEW, {"case_id": case.case_id, "review_id": review.id})
                                ],
                            }
                        ],
                    },
                ],
            }
        )
    return card(body)


def initials(name: str | None) -> str:
    parts = [p for p in (name or "").replace(",", " ").split() if p[:1].isalpha()]
    return "".join(f"{p[0].upper()}." for p in parts[:3]) or "—"


def find_card(query_label: str, cases: Sequence[Any], now: datetime, tz: ZoneInfo, *, personal: bool) -> dict:
    """Open cases matching a caller's question, with their authorization status."""
    if not cases:
        return card([heading("Authorization status"), text(f"No open case matches {query_label}.")])
    body = [
        heading("Authorization status"),
        text(
            f"{len(cases)} match{'es' if len(cases) != 1 else ''} for {query_label}"
            + ("" if personal else " · names shown as initials here; full names in personal chat"),
            size="Small",
            subtle=True,
            spacing="None",
        ),
    ]
    for case in list(cases)[:15]:
        who = case.member_name if personal else initials(case.member_name)
        status = workflow.label(case.status)
        line = f"{case.case_id} · {who or '—'} · {case.level_of_care} · {status}"
        detail = (
            f"Due {timefmt.due_text(case.due_at, now, tz)}"
            if case.is_open
            else f"Authorized days: {case.authorized_days if case.authorized_days is not None else '—'}"
            + (f" · last covered {case.last_covered_day}" if case.last_covered_day else "")
        )
        detail += f" · {case.facility or '—'}"
        body.append(
            {
                "type": "ColumnSet",
                "separator": True,
                "spacing": "Small",
                "columns": [
                    {
                        "type": "Column",
                        "width": "stretch",
                        "items": [
                            text(line, weight="Bolder", size="Small"),
                            text(detail, size="Small", subtle=True, spacing="None"),
                        ],
                    },
                    {
                        "type": "Column",
                        "width": "auto",
                        "verticalContentAlignment": "Center",
                        "items": [
                            {"type": "ActionSet", "actions": [execute("Open", VERB_OPEN, {"case_id": case.case_id})]}
                        ],
                    },
                ],
            }
        )
    return card(body)


__all__ = ["decision_card", "md_queue_card", "find_card", "initials"]
