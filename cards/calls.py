"""Call-outcome and peer-to-peer cards (pure functions returning Adaptive Card 1.5 dicts).

Form design: **the call type is chosen first, then a form for that type only.** The case card's "Log call"
button (or `/log <case>`) posts a small picker with one button per call type; the button replaces the picker
with that type's form (same card id, so the form stays idempotent). Adaptive Cards 1.5 cannot show or hide
inputs by a ChoiceSet value, and sections hidden with Action.ToggleVisibility still take part in client-side
validation (a hidden `isRequired` input blocks Submit without showing why) and are easy to leave open with
stale answers. One form per type keeps every visible field relevant, lets `isRequired`/`regex` do real work
and keeps the payload small. Answers that depend on the outcome (appeal rights, P2P response, promise time
apply only when the liaison was reached) are marked "if reached" and checked on the server.

Verbs: `call.open` (case card button), `call.form` (picker → form), `call.submit`, `p2p.accept`,
`p2p.propose`, `p2p.decline`, `p2p.complete`, `p2p.ack`. Every action's data carries `case_id` and `card_id`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import calls as C
from bot.cases import timefmt, workflow
from bot.cases.p2p import STATUS_LABELS
from cards.base import card, container, execute, facts, heading, show_card, text
from cards.cases import VERB_CALL

VERB_CALL_OPEN = VERB_CALL  # the case card's "Log call" button
VERB_CALL_FORM = "call.form"
VERB_CALL_SUBMIT = "call.submit"
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
PHONE_ERROR = "Enter a 10-digit phone number, e.g. 555-555-0100"


def _choices(options: Mapping[str, str]) -> list[dict]:
    return [{"title": title, "value": value} for value, title in options.items()]


def _val(values: Mapping[str, Any] | None, key: str) -> str | None:
    if not values:
        return None
    value = values.get(key)
    return None if value is None else str(value)[:2000]


def _input(kind: str, key: str, label: str, values, errors, **extra: Any) -> list[dict]:
    block: dict[str, Any] = {"type": kind, "id": key, "label": label, **extra}
    value = _val(values, key)
    if value:
        block["value"] = value
    out = [block]
    if errors and key in errors:
        out.append(text(errors[key], color="Attention", size="Small", spacing="None"))
    return out


def _choice(
    key: str,
    label: str,
    options: Mapping[str, str],
    values,
    errors,
    *,
    required: bool = False,
    expanded: bool = False,
) -> list[dict]:
    extra: dict[str, Any] = {"choices": _choices(options), "style": "expanded" if expanded else "compact"}
    if required:
        extra.update(isRequired=True, errorMessage=f"Choose {label.lower()}")
    if not expanded:
        extra["placeholder"] = "Choose…"
    return _input("Input.ChoiceSet", key, label, values, errors, **extra)


def _text_input(
    key: str,
    label: str,
    values,
    errors,
    *,
    required: bool = False,
    placeholder: str | None = None,
    max_len: int = 200,
    regex: str | None = None,
    error: str | None = None,
    multiline: bool = False,
) -> list[dict]:
    extra: dict[str, Any] = {"maxLength": max_len}
    if placeholder:
        extra["placeholder"] = placeholder
    if required:
        extra["isRequired"] = True
    if regex:
        extra["regex"] = regex
    if required or regex:
        extra["errorMessage"] = error or f"{label} is required"
    if multiline:
        extra["isMultiline"] = True
    return _input("Input.Text", key, label, values, errors, **extra)


def _date(key: str, label: str, values, errors, *, required: bool = False) -> list[dict]:
    extra: dict[str, Any] = {}
    if required:
        extra.update(isRequired=True, errorMessage=f"{label} is required")
    return _input("Input.Date", key, label, values, errors, **extra)


def _time(key: str, label: str, values, errors, *, required: bool = False) -> list[dict]:
    extra: dict[str, Any] = {}
    if required:
        extra.update(isRequired=True, errorMessage=f"{label} is required")
    return _input("Input.Time", key, label, values, errors, **extra)


def _case_line(case: Any) -> dict:
    bits = [f"Case {case.case_id}", case.level_of_care, workflow.label(case.status or "")]
    if getattr(case, "facility", None):
        bits.append(case.facility)
    return text(" · ".join(b for b in bits if b), subtle=True, spacing="None")


# ---- picker and forms -----------------------------------------------------------------------------------


def call_picker_card(case: Any, card_id: str) -> dict:
    """Step 1: which kind of call? One button per type; each opens that type's form in place."""
    data = {"case_id": case.case_id, C.F_CARD: card_id}
    actions = [execute(label, VERB_CALL_FORM, {**data, C.F_TYPE: key}) for key, label in C.CALL_TYPES.items()]
    return card(
        [heading("Log a call"), _case_line(case), text("What kind of call was it?", spacing="Small")], actions
    )


def _contact_section(case: Any, values, errors) -> list[dict]:
    defaults = dict(values or {})
    if not values:
        defaults.update(
            {
                C.F_NAME: getattr(case, "liaison_name", None) or "",
                C.F_FACILITY: getattr(case, "facility", None) or "",
                C.F_PHONE: getattr(case, "liaison_phone", None) or "",
            }
        )
    return [
        text("Contact", weight="Bolder", spacing="Medium"),
        *_text_input(
            C.F_NAME, "Contact name", defaults, errors, required=True, placeholder="e.g. Jordan Liaison"
        ),
        *_text_input(
            C.F_ROLE, "Role", defaults, errors, placeholder="e.g. hospital liaison, case manager", max_len=100
        ),
        *_text_input(C.F_FACILITY, "Facility", defaults, errors, placeholder="e.g. Synthetic Rehab Hospital"),
        *_text_input(
            C.F_PHONE,
            "Phone",
            defaults,
            errors,
            required=True,
            placeholder="555-555-0100",
            max_len=40,
            regex=C.PHONE_PATTERN,
            error=PHONE_ERROR,
        ),
        *_choice(C.F_OUTCOME, "Outcome", C.OUTCOMES, defaults, errors, required=True, expanded=True),
    ]


def _type_section(case: Any, call_type: str, values, errors, now: datetime, tz: ZoneInfo) -> list[dict]:
    values = dict(values or {})
    out: list[dict] = []
    if call_type == "denial_notification":
        if not values.get(C.F_NOTICE) and getattr(case, "denial_notice_date", None):
            values[C.F_NOTICE] = case.denial_notice_date.isoformat()
        out.append(text("Denial", weight="Bolder", spacing="Medium"))
        if workflow.is_open(getattr(case, "status", "") or ""):
            # Ask before, not after: the case has no decision yet, so say why and let the PSC confirm.
            # Dark text on the warning style, not yellow text on white (unreadable).
            out.append(container([text(C.undecided_denial_text(case.status), size="Small")], style="warning"))
            out += _input("Input.Toggle", C.F_CONFIRM, "Confirm", values, errors,
                          title="Log it anyway: the MD has decided or a denial is planned",
                          valueOn="true", valueOff="false")
        out += [
            *_date(C.F_NOTICE, "Denial notice date", values, errors, required=True),
            *_choice(
                C.F_RIGHTS, "Appeal rights explained (if reached)", C.YES_NO, values, errors, expanded=True
            ),
            *_choice(
                C.F_APPEAL, "Wants to appeal (if reached)", C.APPEAL_WISHES, values, errors, expanded=True
            ),
            text(
                "Filing deadline: 65 calendar days from the notice date (60 for notices dated before "
                "1/1/2025), AP-02. An expedited request may be oral and starts a 72-hour clock (AP-03, "
                "AP-04).",
                size="Small",
                subtle=True,
            ),
        ]
    elif call_type == "p2p_offer":
        out += [
            text("P2P offer", weight="Bolder", spacing="Medium"),
            *_choice(
                C.F_P2P, "Physician's response (if reached)", C.P2P_RESPONSES, values, errors, expanded=True
            ),
            text("If accepted:", size="Small", subtle=True),
            *_text_input(
                C.F_PHYSICIAN, "Requesting physician", values, errors, placeholder="e.g. Dr. Synthetic"
            ),
            *_text_input(
                C.F_CALLBACK,
                "Callback number",
                values,
                errors,
                placeholder="555-555-0100",
                max_len=40,
                regex=C.PHONE_PATTERN,
                error=PHONE_ERROR,
            ),
        ]
        # Stacked, not side by side: three inputs in one row leave the date ~35 px wide in a 320 px column.
        for n in range(1, C.MAX_WINDOWS + 1):
            fd, fs, fe = C.window_fields(n)
            out.append(text(f"Availability {n}", weight="Bolder", size="Small", spacing="Medium"))
            out += _date(fd, "Date", values, errors)
            out.append(
                {
                    "type": "ColumnSet",
                    "spacing": "Small",
                    "columns": [
                        {"type": "Column", "width": "stretch", "items": _time(fs, "From", values, errors)},
                        {"type": "Column", "width": "stretch", "items": _time(fe, "To", values, errors)},
                    ],
                }
            )
        out.append(text(PLAN_SPECIFIC, size="Small", subtle=True))
    elif call_type == "clinicals_request":
        out += [
            text("Clinicals request", weight="Bolder", spacing="Medium"),
            *_text_input(
                C.F_REQUESTED,
                "Clinicals requested",
                values,
                errors,
                required=True,
                max_len=1000,
                multiline=True,
                placeholder="e.g. PT/OT notes with functional scores, progress notes",
            ),
            {
                "type": "ColumnSet",
                "columns": [
                    {
                        "type": "Column",
                        "width": "stretch",
                        "items": _date(C.F_PROMISED_DATE, "Promised by: date (if reached)", values, errors),
                    },
                    {
                        "type": "Column",
                        "width": "stretch",
                        "items": _time(C.F_PROMISED_TIME, "time", values, errors),
                    },
                ],
            },
            text(
                "You get a reminder if nothing arrives by then; an updated-clinicals e-mail closes it. "
                "Clinical-information deadlines are plan-specific (CS-02).",
                size="Small",
                subtle=True,
            ),
        ]
    out += _text_input(
        C.F_NOTES,
        "Notes"
        + (
            " (what was discussed)" if call_type in {"status_call", "extension_discussion"} else " (optional)"
        ),
        values,
        errors,
        max_len=2000,
        multiline=True,
    )
    return out


def call_form_card(
    case: Any,
    call_type: str,
    card_id: str,
    now: datetime,
    tz: ZoneInfo,
    *,
    values: Mapping[str, Any] | None = None,
    errors: Mapping[str, str] | None = None,
) -> dict:
    """Step 2: the form for one call type. With `errors` (server validation) the values are kept."""
    label = C.CALL_TYPES.get(call_type, call_type)
    body: list[dict] = [heading(f"Log call: {label}"), _case_line(case)]
    fields = _contact_section(case, values, errors) + _type_section(case, call_type, values, errors, now, tz)
    if errors:
        # Each field shows its own error under it; the summary repeats only what no field shows.
        shown = _input_ids(fields)
        rest = sorted({msg for key, msg in errors.items() if key not in shown})
        summary = ("Please check the form: see the fields marked below." if len(rest) < len(errors)
                   else "Please check the form.")
        body.append(container([text(" ".join([summary, *rest])[:600], color="Attention", weight="Bolder")],
                              style="attention"))
    body += fields
    data = {"case_id": case.case_id, C.F_CARD: card_id, C.F_TYPE: call_type}
    return card(
        body,
        [
            execute("Save call", VERB_CALL_SUBMIT, data, style="positive", associated_inputs="auto"),
            execute("Change call type", VERB_CALL_FORM, {"case_id": case.case_id, C.F_CARD: card_id}),
        ],
    )


def _input_ids(node: Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_input_ids(n) for n in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    own = {node["id"]} if str(node.get("type", "")).startswith("Input.") and "id" in node else set()
    return own.union(*(_input_ids(v) for v in node.values() if isinstance(v, list | dict)))


# ---- confirmation ---------------------------------------------------------------------------------------


def _deadline_rows(
    deadlines: Mapping[str, Mapping[str, str]] | None, now: datetime, tz: ZoneInfo
) -> list[tuple]:
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
        heading(f"Call logged: {C.CALL_TYPES.get(call.call_type, call.call_type)}"),
        text(
            f"Logged by {call.logged_by_name or call.logged_by_id} at "
            f"{timefmt.local_display(call.logged_at, tz, now=now)}",
            subtle=True,
            spacing="None",
        ),
        facts(
            [
                ("Case", call.case_id),
                ("Outcome", C.OUTCOMES.get(call.outcome, call.outcome)),
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
        rows.append(("Denial notice date", _date_text(details.get("notice_date"), tz, now)))
        if details.get("rights_explained") is not None:
            rows.append(("Appeal rights explained", "Yes" if details["rights_explained"] else "No"))
        if details.get("wants_appeal"):
            rows.append(
                ("Wants to appeal", C.APPEAL_WISHES.get(details["wants_appeal"], details["wants_appeal"]))
            )
    elif call.call_type == "p2p_offer" and details.get("p2p_response"):
        rows.append(
            ("Physician's response", C.P2P_RESPONSES.get(details["p2p_response"], details["p2p_response"]))
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
                f"P2P request: {STATUS_LABELS.get(p2p.status, p2p.status).lower()}. The plan's P2P window "
                f"closes {timefmt.local_display(p2p.window_closes_at, tz, now=now)}.",
                spacing="Small",
            )
        )
        # Echo what was chosen: the form is gone once submitted.
        body.append(facts([("Callback", p2p.callback_phone),
                           ("Available", _window_lines(p2p.windows or [], tz, now))]))
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


def p2p_slots(
    windows: Sequence[Mapping[str, str]], tz: ZoneInfo, now: datetime, per_window: int = 8
) -> list[dict]:
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


def _date_text(value: str | None, tz: ZoneInfo, now: datetime) -> str | None:
    """An ISO date from stored details in the cards' one date style."""
    try:
        return timefmt.date_display(date.fromisoformat(value), tz, now=now) if value else None
    except ValueError:
        return value


def _window_lines(windows: Sequence[Mapping[str, str]], tz: ZoneInfo, now: datetime | None = None) -> str:
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
    data = {"case_id": p2p.case_id, C.F_CARD: p2p.card_id, "p2p_id": p2p.id}
    status = STATUS_LABELS.get(p2p.status, p2p.status)
    body: list[dict] = [
        heading(f"Peer-to-peer request · case {p2p.case_id}"),
        text(
            f"{status}"
            + (f" · {case.level_of_care} · {case.facility}" if case is not None and case.facility else ""),
            weight="Bolder",
            spacing="None",
        ),
    ]
    if error:
        body.append(text(error, color="Attention", weight="Bolder"))
    rows = [
        ("Requesting physician", p2p.physician_name),
        ("Callback", p2p.callback_phone),
        ("Available", _window_lines(p2p.windows or [], tz, now)),
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
        rows.append(
            (
                "Decided by",
                f"{p2p.decided_by_name or p2p.decided_by_id} at {timefmt.local_display(p2p.decided_at, tz, now=now)}",
            )
        )
    if p2p.decision_note:
        rows.append(("Note", p2p.decision_note))
    body.append(facts(rows))
    body.append(text(PLAN_SPECIFIC + " Only a Medical Director can decide.", size="Small", subtle=True))
    actions: list[dict] = []
    if p2p.status in {"requested", "proposed"}:
        slots = p2p_slots(p2p.windows or [], tz, now)
        if p2p.proposed_at and p2p.proposed_at > now:
            slots.insert(
                0,
                {
                    "title": f"Proposed: {timefmt.local_display(p2p.proposed_at, tz, now=now)}",
                    "value": p2p.proposed_at.isoformat(),
                },
            )
        if slots:
            body.append(
                {
                    "type": "Input.ChoiceSet",
                    "id": P_SLOT,
                    "label": "Pick a time",
                    "style": "compact",
                    "placeholder": "Choose a time in the availability windows",
                    "choices": slots,
                }
            )
        body.append(
            {
                "type": "ColumnSet",
                "columns": [
                    {
                        "type": "Column",
                        "width": "stretch",
                        "items": [{"type": "Input.Date", "id": P_DATE, "label": "or enter a date"}],
                    },
                    {
                        "type": "Column",
                        "width": "stretch",
                        "items": [{"type": "Input.Time", "id": P_TIME, "label": "and time"}],
                    },
                ],
            }
        )
        actions.append(execute("Accept", VERB_P2P_ACCEPT, data, style="positive", associated_inputs="auto"))
        actions.append(
            show_card(
                "Propose another time",
                card(
                    [
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
                    ],
                    [execute("Send proposal", VERB_P2P_PROPOSE, data, associated_inputs="auto")],
                    full_width=False,
                ),
            )
        )
        actions.append(
            show_card(
                "Decline",
                card(
                    [
                        {
                            "type": "Input.Text",
                            "id": P_NOTE,
                            "label": "Reason (optional)",
                            "maxLength": 500,
                            "isMultiline": True,
                        },
                    ],
                    [
                        execute(
                            "Confirm decline",
                            VERB_P2P_DECLINE,
                            data,
                            style="destructive",
                            associated_inputs="auto",
                        )
                    ],
                    full_width=False,
                ),
            )
        )
    elif p2p.status == "scheduled":
        actions.append(execute("Mark completed", VERB_P2P_COMPLETE, data, style="positive"))
    return card(body, actions)


def p2p_outcome_card(p2p: Any, now: datetime, tz: ZoneInfo, *, acknowledged_by: str | None = None) -> dict:
    """To the coordinator who logged the offer: what the MD decided, with Acknowledge."""
    status = STATUS_LABELS.get(p2p.status, p2p.status)
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
                {"case_id": p2p.case_id, C.F_CARD: p2p.card_id, "p2p_id": p2p.id},
                style="positive",
            )
        ]
    return card(body, actions)


# ---- reminders -------------------------------------------------------------------------------------------


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
                ("Call type", C.CALL_TYPES.get(f.get("call_type") or "", f.get("call_type"))),
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
                ("Status", STATUS_LABELS.get(f.get("status"), f.get("status"))),
            ],
        )
        hint = "No time is agreed yet. The window is plan-specific (P2P-02, P2P-03)."
    return card([heading(title, color="Warning"), facts(rows), text(hint, size="Small", subtle=True)])
