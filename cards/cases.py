"""Case cards: the case card, queue card, member case list, empty queue and error cards (pure functions).

Every value that comes from case data is escaped (cards.base.escape_text). PHI is kept minimal: the
member name and id appear only on the single-case card (coordinators need them there); queue and list
rows show case id, level of care, facility, status and due time.

Verbs (every action's data carries `case_id`):
* `case.open`   – open the case card (queue rows, member list rows);
* `case.claim`  – claim the case;
* `case.status` – change status; inputs `status` (ChoiceSet of allowed next statuses) and `note`;
* `call.open`   – log a call (bot/features/calls.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import clocks, timefmt, workflow
from bot.cases.derived import case_priority
from bot.cases.reads import QUEUE_COUNT_CAP
from cards.base import PRIORITY_COLORS, PRIORITY_LABELS, card, container, execute, facts, heading, show_card, text

VERB_OPEN = "case.open"
VERB_CLAIM = "case.claim"
VERB_STATUS = "case.status"
VERB_CALL = "call.open"
STATUS_INPUT = "status"
NOTE_INPUT = "note"
QUEUE_ROWS = 15

LOC_LABELS = {"IRF": "IRF", "LTAC": "LTAC", "SNF": "SNF"}
REQUEST_LABELS = {
    "initial": "Initial",
    "extension_concurrent": "Extension / concurrent",
    "reconsideration": "Reconsideration",
}


def _assignee(case: Any, viewer_id: str | None) -> str:
    if not case.assigned_to_id:
        return "Unassigned"
    name = case.assigned_to_name or case.assigned_to_id
    return f"{name} (you)" if viewer_id and case.assigned_to_id == viewer_id else name


def _priority_block(priority: str, case: Any) -> dict:
    bits = [PRIORITY_LABELS.get(priority, priority).upper()]
    if case.expedited:
        bits.append("Expedited")
    bits.append(workflow.label(case.status))
    if getattr(case, "demo", False):
        bits.append("DEMO DATA")
    return text(" · ".join(bits), weight="Bolder", color=PRIORITY_COLORS.get(priority), spacing="None")


def status_form(case: Any) -> dict | None:
    """The Action.ShowCard to change status, or None when no move is allowed."""
    allowed = workflow.allowed_next(case.status)
    if not allowed:
        return None
    inner = card(
        [
            {
                "type": "Input.ChoiceSet",
                "id": STATUS_INPUT,
                "label": "New status",
                "isRequired": True,
                "errorMessage": "Choose a status",
                "style": "compact",
                "value": allowed[0],
                "choices": [{"title": workflow.label(s), "value": s} for s in allowed],
            },
            {
                "type": "Input.Text",
                "id": NOTE_INPUT,
                "label": "Note (optional)",
                "isMultiline": True,
                "maxLength": 1000,
                "placeholder": "e.g. clinicals received from liaison",
            },
        ],
        [execute("Save status", VERB_STATUS, {"case_id": case.case_id}, style="positive", associated_inputs="auto")],
        full_width=False,
    )
    return show_card("Change status", inner)


def _event_line(ev: Any, tz: ZoneInfo) -> dict:
    who = ev.actor_name or ev.actor_id or "system"
    line = f"{timefmt.local_display(ev.at, tz)} · {who} · {ev.detail or ev.kind}"
    return text(line, size="Small", subtle=True, spacing="Small")


def case_card(case: Any, events: Sequence[Any], now: datetime, tz: ZoneInfo, viewer_id: str | None = None) -> dict:
    """The full case: status, priority, deadline, request facts, assignee, last 5 events and actions."""
    priority = case_priority(case, now)
    open_ = workflow.is_open(case.status)
    due = timefmt.due_text(case.due_at, now, tz) if open_ else timefmt.local_display(case.due_at, tz, now=now)
    rows: list[tuple[str, Any]] = [
        ("Status", workflow.label(case.status)),
        ("Priority", PRIORITY_LABELS.get(priority, priority) + (" (expedited)" if case.expedited else "")),
        ("Decision due", due),
    ]
    if case.extended_until is not None and case.original_due_at is not None:
        rows.append(
            (
                "Extended",
                f"from {timefmt.local_display(case.original_due_at, tz, now=now)}: "
                f"{case.extension_reason or ''}".rstrip(": "),
            )
        )
    rows += [
        ("Level of care", LOC_LABELS.get(case.level_of_care, case.level_of_care)),
        ("Request", REQUEST_LABELS.get(case.request_type, case.request_type)),
        ("Member", f"{case.member_name or '—'} · {case.member_id}"),
        ("Facility", case.facility),
        ("Liaison", " · ".join(x for x in (case.liaison_name, case.liaison_phone, case.liaison_email) if x)),
        ("Received", timefmt.local_display(case.received_at, tz, now=now)),
        ("Assigned to", _assignee(case, viewer_id)),
    ]
    if case.authorized_days is not None:
        rows.append(("Authorized days", case.authorized_days))
    if case.last_covered_day is not None:
        rows.append(("Covered through", timefmt.date_display(case.last_covered_day, tz, now=now)))
    appealable = ("denied", "partially_approved", "p2p_requested", "p2p_scheduled", "p2p_completed")
    if case.denial_notice_date is not None and case.status in appealable:
        filing = clocks.reconsideration_filing_deadline(case.denial_notice_date, tz)
        rows.append(("Appeal by", f"{timefmt.due_text(filing.due_at, now, tz)} [{filing.rule.fact}]"))
    body = [
        heading(f"Case {case.case_id}", color=PRIORITY_COLORS.get(priority)),
        _priority_block(priority, case),
        facts(rows),
    ]
    if events:
        body.append(
            container(
                [text("Recent activity", weight="Bolder", size="Small")]
                + [_event_line(ev, tz) for ev in list(events)[:5]],
                separator=True,
            )
        )
    actions: list[dict] = []
    if case.status not in workflow.TERMINAL_STATUSES and (not viewer_id or case.assigned_to_id != viewer_id):
        actions.append(execute("Claim", VERB_CLAIM, {"case_id": case.case_id}, style="positive"))
    form = status_form(case)
    if form:
        actions.append(form)
    actions.append(execute("Log call", VERB_CALL, {"case_id": case.case_id}))
    return card(body, actions)


def _row(case: Any, now: datetime, tz: ZoneInfo) -> dict:
    priority = case_priority(case, now)
    title = (
        f"{case.case_id} · {LOC_LABELS.get(case.level_of_care, case.level_of_care)} · "
        f"{workflow.label(case.status)}" + (" · Expedited" if case.expedited else "")
    )
    sub = f"Due {timefmt.due_text(case.due_at, now, tz)}"
    if case.facility:
        sub += f" · {case.facility}"
    sub += f" · {case.assigned_to_name or case.assigned_to_id or 'Unassigned'}"
    return {
        "type": "ColumnSet",
        "separator": True,
        "spacing": "Small",
        "columns": [
            {
                "type": "Column",
                "width": "auto",
                "verticalContentAlignment": "Center",
                "items": [
                    text(
                        PRIORITY_LABELS.get(priority, priority),
                        weight="Bolder",
                        size="Small",
                        color=PRIORITY_COLORS.get(priority),
                    )
                ],
            },
            {
                "type": "Column",
                "width": "stretch",
                "items": [
                    text(title, weight="Bolder", size="Small"),
                    text(sub, size="Small", subtle=True, spacing="None"),
                ],
            },
            {
                "type": "Column",
                "width": "auto",
                "verticalContentAlignment": "Center",
                "items": [{"type": "ActionSet", "actions": [execute("Open", VERB_OPEN, {"case_id": case.case_id})]}],
            },
        ],
    }


def queue_card(cases: Sequence[Any], total: int, title: str, now: datetime, tz: ZoneInfo) -> dict:
    """Up to 15 compact rows sorted as given, with "and N more" when `total` is larger.

    A `total` above service.QUEUE_COUNT_CAP (the capped count) is shown as "more than 1,000".
    """
    shown = list(cases)[:QUEUE_ROWS]
    capped = total > QUEUE_COUNT_CAP
    count = f"More than {QUEUE_COUNT_CAP:,} cases" if capped else f"{total} case{'s' if total != 1 else ''}"
    body = [
        heading(title),
        text(
            f"{count} awaiting a decision · sorted by due time · {timefmt.local_display(now, tz, now=now)}",
            size="Small",
            subtle=True,
            spacing="None",
        ),
    ]
    body += [_row(c, now, tz) for c in shown]
    if capped:
        body.append(text(f"and {QUEUE_COUNT_CAP - len(shown):,}+ more", subtle=True, spacing="Small"))
    elif total > len(shown):
        body.append(text(f"and {total - len(shown)} more", subtle=True, spacing="Small"))
    return card(body)


def empty_queue_card(title: str, hint: str | None = None) -> dict:
    body = [heading(title), text("No cases awaiting a decision match this view.")]
    if hint:
        body.append(text(hint, subtle=True, size="Small"))
    return card(body)


def case_list_card(member_id: str, cases: Sequence[Any], now: datetime, tz: ZoneInfo) -> dict:
    """Several cases for one member id: pick one to open."""
    body = [
        heading(f"Cases for member {member_id}"),
        text(
            f"{len(cases)} case{'s' if len(cases) != 1 else ''} · open one for details",
            size="Small",
            subtle=True,
            spacing="None",
        ),
    ]
    body += [_row(c, now, tz) for c in list(cases)[:QUEUE_ROWS]]
    if len(cases) > QUEUE_ROWS:
        body.append(text(f"and {len(cases) - QUEUE_ROWS} more", subtle=True, spacing="Small"))
    return card(body)


__all__ = [
    "case_card",
    "queue_card",
    "empty_queue_card",
    "case_list_card",
    "status_form",
    "VERB_OPEN",
    "VERB_CLAIM",
    "VERB_STATUS",
    "VERB_CALL",
    "STATUS_INPUT",
    "NOTE_INPUT",
]
