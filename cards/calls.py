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

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import calls as call_records
from bot.cases import workflow
from cards.base import card, container, execute, heading, text
from cards.cases import VERB_CALL
from cards.p2p import PLAN_SPECIFIC

VERB_CALL_OPEN = VERB_CALL  # the case card's "Log call" button
VERB_CALL_FORM = "call.form"
VERB_CALL_SUBMIT = "call.submit"
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
    data = {"case_id": case.case_id, call_records.F_CARD: card_id}
    actions = [
        execute(label, VERB_CALL_FORM, {**data, call_records.F_TYPE: key})
        for key, label in call_records.CALL_TYPES.items()
    ]
    return card([heading("Log a call"), _case_line(case), text("What kind of call was it?", spacing="Small")], actions)


def _contact_section(case: Any, values, errors) -> list[dict]:
    defaults = dict(values or {})
    if not values:
        defaults.update(
            {
                call_records.F_NAME: getattr(case, "liaison_name", None) or "",
                call_records.F_FACILITY: getattr(case, "facility", None) or "",
                call_records.F_PHONE: getattr(case, "liaison_phone", None) or "",
            }
        )
    return [
        text("Contact", weight="Bolder", spacing="Medium"),
        *_text_input(
            call_records.F_NAME, "Contact name", defaults, errors, required=True, placeholder="e.g. Jordan Liaison"
        ),
        *_text_input(
            call_records.F_ROLE,
            "Role",
            defaults,
            errors,
            placeholder="e.g. hospital liaison, case manager",
            max_len=100,
        ),
        *_text_input(
            call_records.F_FACILITY, "Facility", defaults, errors, placeholder="e.g. Synthetic Rehab Hospital"
        ),
        *_text_input(
            call_records.F_PHONE,
            "Phone",
            defaults,
            errors,
            required=True,
            placeholder="555-555-0100",
            max_len=40,
            regex=call_records.PHONE_PATTERN,
            error=PHONE_ERROR,
        ),
        *_choice(
            call_records.F_OUTCOME, "Outcome", call_records.OUTCOMES, defaults, errors, required=True, expanded=True
        ),
    ]


def _type_section(case: Any, call_type: str, values, errors, now: datetime, tz: ZoneInfo) -> list[dict]:
    values = dict(values or {})
    out: list[dict] = []
    if call_type == "denial_notification":
        if not values.get(call_records.F_NOTICE) and getattr(case, "denial_notice_date", None):
            values[call_records.F_NOTICE] = case.denial_notice_date.isoformat()
        out.append(text("Denial", weight="Bolder", spacing="Medium"))
        if workflow.is_open(getattr(case, "status", "") or ""):
            # Ask before, not after: the case has no decision yet, so say why and let the PSC confirm.
            # Dark text on the warning style, not yellow text on white (unreadable).
            out.append(
                container([text(call_records.undecided_denial_text(case.status), size="Small")], style="warning")
            )
            out += _input(
                "Input.Toggle",
                call_records.F_CONFIRM,
                "Confirm",
                values,
                errors,
                title="Log it anyway: the MD has decided or a denial is planned",
                valueOn="true",
                valueOff="false",
            )
        out += [
            *_date(call_records.F_NOTICE, "Denial notice date", values, errors, required=True),
            *_choice(
                call_records.F_RIGHTS,
                "Appeal rights explained (if reached)",
                call_records.YES_NO,
                values,
                errors,
                expanded=True,
            ),
            *_choice(
                call_records.F_APPEAL,
                "Wants to appeal (if reached)",
                call_records.APPEAL_WISHES,
                values,
                errors,
                expanded=True,
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
                call_records.F_P2P,
                "Physician's response (if reached)",
                call_records.P2P_RESPONSES,
                values,
                errors,
                expanded=True,
            ),
            text("If accepted:", size="Small", subtle=True),
            *_text_input(
                call_records.F_PHYSICIAN, "Requesting physician", values, errors, placeholder="e.g. Dr. Synthetic"
            ),
            *_text_input(
                call_records.F_CALLBACK,
                "Callback number",
                values,
                errors,
                placeholder="555-555-0100",
                max_len=40,
                regex=call_records.PHONE_PATTERN,
                error=PHONE_ERROR,
            ),
        ]
        # Stacked, not side by side: three inputs in one row leave the date ~35 px wide in a 320 px column.
        for n in range(1, call_records.MAX_WINDOWS + 1):
            fd, fs, fe = call_records.window_fields(n)
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
                call_records.F_REQUESTED,
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
                        "items": _date(call_records.F_PROMISED_DATE, "Promised by: date (if reached)", values, errors),
                    },
                    {
                        "type": "Column",
                        "width": "stretch",
                        "items": _time(call_records.F_PROMISED_TIME, "time", values, errors),
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
        call_records.F_NOTES,
        "Notes" + (" (what was discussed)" if call_type in {"status_call", "extension_discussion"} else " (optional)"),
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
    label = call_records.CALL_TYPES.get(call_type, call_type)
    body: list[dict] = [heading(f"Log call: {label}"), _case_line(case)]
    fields = _contact_section(case, values, errors) + _type_section(case, call_type, values, errors, now, tz)
    if errors:
        # Each field shows its own error under it; the summary repeats only what no field shows.
        shown = _input_ids(fields)
        rest = sorted({msg for key, msg in errors.items() if key not in shown})
        summary = (
            "Please check the form: see the fields marked below."
            if len(rest) < len(errors)
            else "Please check the form."
        )
        body.append(
            container([text(" ".join([summary, *rest])[:600], color="Attention", weight="Bolder")], style="attention")
        )
    body += fields
    data = {"case_id": case.case_id, call_records.F_CARD: card_id, call_records.F_TYPE: call_type}
    return card(
        body,
        [
            execute("Save call", VERB_CALL_SUBMIT, data, style="positive", associated_inputs="auto"),
            execute("Change call type", VERB_CALL_FORM, {"case_id": case.case_id, call_records.F_CARD: card_id}),
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
