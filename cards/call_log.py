"""What a logged call produced: the confirmation card (deadlines it started, P2P it raised) and the reminders
that follow it (clinicals overdue, liaison unreachable, P2P soon or closing)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import calls as call_records
from bot.cases import timefmt
from cards.base import card, facts, heading, text
from cards.p2p import PLAN_SPECIFIC, date_text, status_label, window_lines


def _deadline_rows(deadlines: Mapping[str, Mapping[str, str]] | None, now: datetime, tz: ZoneInfo) -> list[tuple]:
    names = {
        "reconsideration_filing": "Reconsideration filing deadline",
        "expedited_reconsideration_decision": "Expedited reconsideration decision due",
        "clinicals_promised": "Clinicals promised by",
    }
    rows = []
    for key, item in (deadlines or {}).items():
        due = datetime.fromisoformat(item["due_at"])
        rows.append((names.get(key, key), f"{timefmt.due_text(due, now, tz)} · {item.get('fact', '')}"))
    return rows


def call_confirmation_card(
    call: Any,
    now: datetime,
    tz: ZoneInfo,
    *,
    p2p: Any = None,
    notices: Sequence[str] = (),
    attempts: int = 0,
    threshold: int | None = None,
    escalated: bool = False,
) -> dict:
    """The form, replaced: who logged what, when, and the deadlines the call set."""
    body = [
        heading(f"Call logged: {call_records.CALL_TYPES.get(call.call_type, call.call_type)}"),
        text(
            f"Logged by {call.logged_by_name or call.logged_by_id} at "
            f"{timefmt.local_display(call.logged_at, tz, now=now)}",
            subtle=True,
            spacing="None",
        ),
        facts(
            [
                ("Case", call.case_id),
                ("Outcome", call_records.OUTCOMES.get(call.outcome, call.outcome)),
                (
                    "Contact",
                    " · ".join(x for x in (call.contact_name, call.contact_role, call.contact_facility) if x),
                ),
                ("Phone", call.contact_phone),
            ]
        ),
    ]
    details = call.details or {}
    rows: list[tuple] = []
    if call.call_type == "denial_notification":
        rows.append(("Denial notice date", date_text(details.get("notice_date"), tz, now)))
        if details.get("rights_explained") is not None:
            rows.append(("Appeal rights explained", "Yes" if details["rights_explained"] else "No"))
        if details.get("wants_appeal"):
            rows.append(
                ("Wants to appeal", call_records.APPEAL_WISHES.get(details["wants_appeal"], details["wants_appeal"]))
            )
    elif call.call_type == "p2p_offer" and details.get("p2p_response"):
        rows.append(
            ("Physician's response", call_records.P2P_RESPONSES.get(details["p2p_response"], details["p2p_response"]))
        )
        if details.get("physician_name"):
            rows.append(("Requesting physician", details["physician_name"]))
    elif call.call_type == "clinicals_request":
        rows.append(("Clinicals requested", details.get("requested_items")))
    rows += _deadline_rows(call.deadlines, now, tz)
    if rows:
        body.append(facts(rows))
    if details.get("wants_appeal") == "standard":
        body.append(
            text(
                "A standard reconsideration request must be in writing unless the plan accepts verbal "
                "requests (AP-03); its 30-day clock (AP-04) starts when the request is received.",
                size="Small",
                subtle=True,
            )
        )
    if p2p is not None:
        body.append(
            text(
                f"P2P request: {(status_label(p2p.status) or '').lower()}. The plan's P2P window "
                f"closes {timefmt.local_display(p2p.window_closes_at, tz, now=now)}.",
                spacing="Small",
            )
        )
        # Echo what was chosen: the form is gone once submitted.
        body.append(facts([("Callback", p2p.callback_phone), ("Available", window_lines(p2p.windows or [], tz, now))]))
        body.append(text(PLAN_SPECIFIC, size="Small", subtle=True))
    if threshold and attempts:
        line = f"Unanswered attempts to this contact: {attempts} of {threshold}."
        if escalated:
            line += " Escalated to the team lead."
        body.append(text(line, color="Warning" if escalated else None, spacing="Small"))
    for notice in notices:
        body.append(text(notice, color="Attention", spacing="Small"))
    if call.notes:
        body.append(text(f"Notes: {call.notes}", size="Small", wrap=True))
    return card(body)


# ---- P2P --------------------------------------------------------------------------------------------------


def reminder_card(reminder: Any, now: datetime, tz: ZoneInfo) -> dict:
    f = reminder.facts or {}
    due = timefmt.due_text(reminder.due_at, now, tz) if reminder.due_at else "—"
    if reminder.kind == "clinicals_overdue":
        title, rows = (
            f"Clinicals not received · case {reminder.case_id}",
            [
                ("Promised by", due),
                ("Requested", f.get("requested")),
                ("From", f.get("contact")),
                ("Facility", f.get("facility")),
            ],
        )
        hint = "Call the liaison again or log the outcome with /log " + reminder.case_id
    elif reminder.kind == "attempts_escalation":
        title, rows = (
            f"Liaison unreachable · case {reminder.case_id}",
            [
                ("Unanswered attempts", f"{f.get('attempts')} (rule: {f.get('threshold')})"),
                ("Call type", call_records.CALL_TYPES.get(f.get("call_type") or "", f.get("call_type"))),
                ("Contact", f.get("contact")),
                ("Facility", f.get("facility")),
                ("Last attempt by", f.get("logged_by")),
            ],
        )
        hint = "The coordinator could not reach the facility. Please help follow up."
    elif reminder.kind == "p2p_scheduled_soon":
        title, rows = (
            f"P2P soon · case {reminder.case_id}",
            [
                ("Scheduled", due),
                ("Requesting physician", f.get("physician")),
                ("Callback", f.get("callback")),
            ],
        )
        hint = "P2P rules are plan-specific (P2P-02, P2P-03)."
    else:
        title, rows = (
            f"P2P window closing · case {reminder.case_id}",
            [
                ("Window closes", due),
                ("Requesting physician", f.get("physician")),
                ("Callback", f.get("callback")),
                ("Status", status_label(f.get("status"))),
            ],
        )
        hint = "No time is agreed yet. The window is plan-specific (P2P-02, P2P-03)."
    return card([heading(title, color="Warning"), facts(rows), text(hint, size="Small", subtle=True)])
