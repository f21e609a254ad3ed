"""Peer-to-peer (P2P) cards: the request the Medical Directors decide on, and the decision the coordinator sees.

Verbs: `p2p.accept`, `p2p.propose`, `p2p.decline`, `p2p.complete`, `p2p.ack`; every action's data carries
`case_id`, `card_id` and `p2p_id`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import calls as call_records
from bot.cases import timefmt
from bot.cases.p2p import STATUS_LABELS
from cards.base import card, execute, facts, heading, show_card, text

VERB_P2P_ACCEPT = "p2p.accept"
VERB_P2P_PROPOSE = "p2p.propose"
VERB_P2P_DECLINE = "p2p.decline"
VERB_P2P_COMPLETE = "p2p.complete"
VERB_P2P_ACK = "p2p.ack"
P_SLOT, P_DATE, P_TIME = "p2p_slot", "p2p_date", "p2p_time"
P_PROPOSE_DATE, P_PROPOSE_TIME, P_NOTE = "propose_date", "propose_time", "decision_note"
PLAN_SPECIFIC = (
    "P2P rules are plan-specific: no Medicare Advantage regulation requires or governs a P2P "
    "(P2P-02). Under one plan's policy a P2P after the decision is informational only and new "
    "information goes in as a reconsideration (P2P-03)."
)


def status_label(status: str | None) -> str | None:
    """The P2P status in words (unknown values shown as they are)."""
    return STATUS_LABELS.get(status, status) if status is not None else None


def p2p_slots(windows: Sequence[Mapping[str, str]], tz: ZoneInfo, now: datetime, per_window: int = 8) -> list[dict]:
    """Choices every 30 minutes inside each availability window (future ones only)."""
    out = []
    for w in windows:
        start, end = datetime.fromisoformat(w["start"]), datetime.fromisoformat(w["end"])
        t = start
        count = 0
        while t < end and count < per_window:
            if t > now:
                out.append({"title": timefmt.local_display(t, tz, now=now), "value": t.isoformat()})
                count += 1
            t += timedelta(minutes=30)
    return out


def date_text(value: str | None, tz: ZoneInfo, now: datetime) -> str | None:
    """An ISO date from stored details in the cards' one date style."""
    try:
        return timefmt.date_display(date.fromisoformat(value), tz, now=now) if value else None
    except ValueError:
        return value


def window_lines(windows: Sequence[Mapping[str, str]], tz: ZoneInfo, now: datetime | None = None) -> str:
    parts = []
    for w in windows:
        start, end = datetime.fromisoformat(w["start"]), datetime.fromisoformat(w["end"])
        local_end = end.astimezone(tz)
        parts.append(
            f"{timefmt.local_display(start, tz, now=now)}–{local_end.hour % 12 or 12}:{local_end.minute:02d} "
            f"{'AM' if local_end.hour < 12 else 'PM'}"
        )
    return "; ".join(parts) or "—"


def p2p_request_card(p2p: Any, case: Any, now: datetime, tz: ZoneInfo, *, error: str | None = None) -> dict:
    """The card in the MD conversation: Accept / Propose another time / Decline, or the decision taken."""
    data = {"case_id": p2p.case_id, call_records.F_CARD: p2p.card_id, "p2p_id": p2p.id}
    status = status_label(p2p.status)
    where = f" · {case.level_of_care} · {case.facility}" if case is not None and case.facility else ""
    body: list[dict] = [
        heading(f"Peer-to-peer request · case {p2p.case_id}"),
        text(f"{status}{where}", weight="Bolder", spacing="None"),
    ]
    if error:
        body.append(text(error, color="Attention", weight="Bolder"))
    body.append(facts(_request_rows(p2p, now, tz)))
    body.append(text(PLAN_SPECIFIC + " Only a Medical Director can decide.", size="Small", subtle=True))
    actions: list[dict] = []
    if p2p.status in {"requested", "proposed"}:
        body += _time_inputs(p2p, now, tz)
        actions += _decision_actions(data)
    elif p2p.status == "scheduled":
        actions.append(execute("Mark completed", VERB_P2P_COMPLETE, data, style="positive"))
    return card(body, actions)


def _request_rows(p2p: Any, now: datetime, tz: ZoneInfo) -> list[tuple[str, str | None]]:
    rows = [
        ("Requesting physician", p2p.physician_name),
        ("Callback", p2p.callback_phone),
        ("Available", window_lines(p2p.windows or [], tz, now)),
        ("Requested by", f"{p2p.requested_by_name or p2p.requested_by_id}"),
        (
            "P2P window closes",
            timefmt.due_text(p2p.window_closes_at, now, tz) if p2p.window_closes_at else None,
        ),
    ]
    if p2p.proposed_at:
        rows.append(("Proposed time", timefmt.local_display(p2p.proposed_at, tz, now=now)))
    if p2p.scheduled_at:
        rows.append(("Scheduled", timefmt.due_text(p2p.scheduled_at, now, tz)))
    if p2p.decided_at:
        decided_at = timefmt.local_display(p2p.decided_at, tz, now=now)
        rows.append(("Decided by", f"{p2p.decided_by_name or p2p.decided_by_id} at {decided_at}"))
    if p2p.decision_note:
        rows.append(("Note", p2p.decision_note))
    return rows


def _time_inputs(p2p: Any, now: datetime, tz: ZoneInfo) -> list[dict]:
    """The time the MD accepts: a slot in the availability windows (or the pending proposal), or any date/time."""
    out: list[dict] = []
    slots = p2p_slots(p2p.windows or [], tz, now)
    if p2p.proposed_at and p2p.proposed_at > now:
        proposed = {
            "title": f"Proposed: {timefmt.local_display(p2p.proposed_at, tz, now=now)}",
            "value": p2p.proposed_at.isoformat(),
        }
        slots.insert(0, proposed)
    if slots:
        out.append(
            {
                "type": "Input.ChoiceSet",
                "id": P_SLOT,
                "label": "Pick a time",
                "style": "compact",
                "placeholder": "Choose a time in the availability windows",
                "choices": slots,
            }
        )
    date_input = {"type": "Input.Date", "id": P_DATE, "label": "or enter a date"}
    time_input = {"type": "Input.Time", "id": P_TIME, "label": "and time"}
    out.append(
        {
            "type": "ColumnSet",
            "columns": [
                {"type": "Column", "width": "stretch", "items": [date_input]},
                {"type": "Column", "width": "stretch", "items": [time_input]},
            ],
        }
    )
    return out


def _decision_actions(data: dict) -> list[dict]:
    """Accept (with the time above), Propose another time, Decline (with an optional reason)."""
    propose_inputs = [
        {
            "type": "Input.Date",
            "id": P_PROPOSE_DATE,
            "label": "Date",
            "isRequired": True,
            "errorMessage": "Date is required",
        },
        {
            "type": "Input.Time",
            "id": P_PROPOSE_TIME,
            "label": "Time",
            "isRequired": True,
            "errorMessage": "Time is required",
        },
    ]
    propose = card(
        propose_inputs,
        [execute("Send proposal", VERB_P2P_PROPOSE, data, associated_inputs="auto")],
        full_width=False,
    )
    reason = {"type": "Input.Text", "id": P_NOTE, "label": "Reason (optional)", "maxLength": 500, "isMultiline": True}
    decline = card(
        [reason],
        [execute("Confirm decline", VERB_P2P_DECLINE, data, style="destructive", associated_inputs="auto")],
        full_width=False,
    )
    return [
        execute("Accept", VERB_P2P_ACCEPT, data, style="positive", associated_inputs="auto"),
        show_card("Propose another time", propose),
        show_card("Decline", decline),
    ]


def p2p_outcome_card(p2p: Any, now: datetime, tz: ZoneInfo, *, acknowledged_by: str | None = None) -> dict:
    """To the coordinator who logged the offer: what the MD decided, with Acknowledge."""
    status = status_label(p2p.status) or ""
    body = [
        heading(
            f"P2P {status.lower()} · case {p2p.case_id}",
            color=None if p2p.status in {"scheduled", "completed"} else "Warning",
        ),
        facts(
            [
                ("Decided by", p2p.decided_by_name or p2p.decided_by_id),
                ("Scheduled", timefmt.local_display(p2p.scheduled_at, tz, now=now) if p2p.scheduled_at else None),
                ("Proposed time", timefmt.local_display(p2p.proposed_at, tz, now=now) if p2p.proposed_at else None),
                ("Requesting physician", p2p.physician_name),
                ("Callback", p2p.callback_phone),
                ("Note", p2p.decision_note),
            ]
        ),
    ]
    if p2p.status == "proposed":
        body.append(
            text(
                "Confirm the proposed time with the physician's office; the MD then accepts it.",
                spacing="Small",
            )
        )
    elif p2p.status == "scheduled":
        body.append(text("Let the physician's office know the time.", spacing="Small"))
    elif p2p.status == "declined":
        body.append(text("New clinical information goes in as a reconsideration (P2P-03).", spacing="Small"))
    actions = None
    if acknowledged_by:
        body.append(text(f"Acknowledged by {acknowledged_by}", subtle=True))
    else:
        actions = [
            execute(
                "Acknowledge",
                VERB_P2P_ACK,
                {"case_id": p2p.case_id, call_records.F_CARD: p2p.card_id, "p2p_id": p2p.id},
                style="positive",
            )
        ]
    return card(body, actions)


# ---- reminders -------------------------------------------------------------------------------------------
