"""Validation of case input, shared by `POST /api/cases` and file import (pure: no I/O, no database).

A body is one case object or a list of them. Each object becomes a typed `CaseInput`, or every problem is
reported as a `FieldError(index, field, message)`; nothing is partially accepted.

Fields (JSON names; CSV headers are the same):

| field | required | format |
|---|---|---|
| case_id | yes | `2026004512`, `AUTH-2026-004512`, `Ref: 2026004512`, or `Case #4512` (year of received_at) |
| member_id | yes | `M` + 9 digits |
| level_of_care | yes | IRF, LTAC (LTACH, LTCH accepted), SNF |
| request_type | yes | initial, extension_concurrent, reconsideration |
| received_at | yes | ISO 8601 date-time WITH offset, e.g. `2026-03-02T14:05:00-06:00` or `...Z` |
| expedited | no (false) | true/false (CSV: true, false, yes, no, 1, 0) |
| status | no (new) | a workflow status (`in_review`, `In review`, …) |
| member_name, facility, liaison_name, liaison_phone, liaison_email | no | text |
| assigned_to_id, assigned_to_name | no | text (Teams user id and display name) |
| authorized_days | no | integer 0–365 |
| member_dob, last_covered_day, denial_notice_date | no | ISO date `2026-03-09` |
| extended_until + extension_reason | no, together | ISO date-time with offset + text; later than the original |
|   |   | deadline and at most 14 calendar days past it; never on a reconsideration (OD-05/OD-10) |
| demo | no (false) | boolean |

Export-only columns (`due_at`, `priority`, …, see READ_ONLY_FIELDS) are ignored so an export re-imports.
Only the fields present in an object are applied when it updates an existing case (`CaseInput.provided`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import clocks
from bot.cases.ids import parse_case_ref
from bot.cases.workflow import normalize_status

MAX_BATCH = 1000
LEVELS_OF_CARE = ("IRF", "LTAC", "SNF")
DEFAULT_TZ = "America/Chicago"  # callers pass the team time zone (settings.timezone)
REQUEST_TYPES = ("initial", "extension_concurrent", "reconsideration")
_LOC_ALIASES = {"IRF": "IRF", "LTAC": "LTAC", "LTACH": "LTAC", "LTCH": "LTAC", "SNF": "SNF"}
_RT_ALIASES = {
    "initial": "initial",
    "extension_concurrent": "extension_concurrent",
    "extension": "extension_concurrent",
    "concurrent": "extension_concurrent",
    "reconsideration": "reconsideration",
}
_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n", ""}
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,189}\.[^@\s]{1,63}$")
_MEMBER = re.compile(r"^M\d{9}$")

TEXT_LIMITS = {
    "member_name": 200,
    "facility": 200,
    "liaison_name": 200,
    "liaison_phone": 40,
    "liaison_email": 254,
    "assigned_to_id": 128,
    "assigned_to_name": 200,
    "extension_reason": 1000,
}
REQUIRED = ("case_id", "member_id", "level_of_care", "request_type", "received_at")
OPTIONAL = (
    "member_name",
    "member_dob",
    "facility",
    "liaison_name",
    "liaison_phone",
    "liaison_email",
    "expedited",
    "status",
    "assigned_to_id",
    "assigned_to_name",
    "authorized_days",
    "last_covered_day",
    "denial_notice_date",
    "extended_until",
    "extension_reason",
    "demo",
)
INPUT_FIELDS = REQUIRED + OPTIONAL
READ_ONLY_FIELDS = frozenset(
    {
        "due_at",
        "original_due_at",
        "due_rule",
        "priority",
        "is_open",
        "decided_at",
        "closed_at",
        "created_at",
        "updated_at",
        "due_local",
        "status_label",
    }
)


@dataclass(frozen=True)
class FieldError:
    index: int  # 0-based position in the body / data row
    field: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class CaseInput:
    case_id: str
    member_id: str
    level_of_care: str
    request_type: str
    received_at: datetime
    expedited: bool = False
    status: str = "new"
    member_name: str | None = None
    member_dob: date | None = None
    facility: str | None = None
    liaison_name: str | None = None
    liaison_phone: str | None = None
    liaison_email: str | None = None
    assigned_to_id: str | None = None
    assigned_to_name: str | None = None
    authorized_days: int | None = None
    last_covered_day: date | None = None
    denial_notice_date: date | None = None
    extended_until: datetime | None = None
    extension_reason: str | None = None
    demo: bool = False
    # Names of the fields the caller actually supplied (drives partial updates).
    provided: frozenset[str] = field(default=frozenset(), compare=False)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("expected an ISO 8601 date-time string with offset")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError("expected an ISO 8601 date-time like 2026-03-02T14:05:00-06:00") from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValueError("needs a UTC offset (e.g. -06:00 or Z)")
    return parsed


def _date(value: Any) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError("expected an ISO date like 2026-03-09")


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise ValueError("expected true or false")


def _int(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise ValueError("expected a whole number")
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        value = int(value)
    if not isinstance(value, int):
        raise ValueError("expected a whole number")
    if not low <= value <= high:
        raise ValueError(f"expected {low} to {high}")
    return value


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ValueError("expected text")
    out = str(value).strip()
    if len(out) > limit:
        raise ValueError(f"longer than {limit} characters")
    if any(ord(ch) < 32 and ch not in "\t" for ch in out):
        raise ValueError("contains control characters")
    return out


def validate_case(
    obj: Any, index: int = 0, tz: ZoneInfo | str = DEFAULT_TZ
) -> tuple[CaseInput | None, list[FieldError]]:
    """One object → (CaseInput, []) or (None, errors). `tz` is the team time zone the clocks count in."""
    errors: list[FieldError] = []

    def err(name: str, message: str) -> None:
        errors.append(FieldError(index, name, message))

    if not isinstance(obj, Mapping):
        err("", "expected an object with case fields")
        return None, errors
    values: dict[str, Any] = {}
    provided: set[str] = set()
    for key in obj:
        if not isinstance(key, str) or (key not in INPUT_FIELDS and key not in READ_ONLY_FIELDS):
            err(str(key), "unknown field")
    for name in REQUIRED:
        if _blank(obj.get(name)):
            err(name, "required")

    def take(name: str, parse) -> None:
        raw = obj.get(name)
        if name not in obj:
            return
        provided.add(name)
        if _blank(raw):
            values[name] = None
            return
        try:
            values[name] = parse(raw)
        except ValueError as exc:
            err(name, str(exc))

    take("received_at", _datetime)
    take(
        "member_id",
        lambda v: _check(
            _MEMBER.match(str(v).strip()) is not None and str(v).strip(), "expected M followed by 9 digits"
        ),
    )
    take("level_of_care", lambda v: _check(_LOC_ALIASES.get(str(v).strip().upper()), "expected IRF, LTAC or SNF"))
    take(
        "request_type",
        lambda v: _check(
            _RT_ALIASES.get(str(v).strip().lower()), "expected initial, extension_concurrent or reconsideration"
        ),
    )
    received = values.get("received_at")
    take(
        "case_id",
        lambda v: _check(
            parse_case_ref(str(v), received.year if received else None),
            "expected a case id like 2026004512 or AUTH-2026-004512",
        ),
    )
    take("expedited", _bool)
    take("demo", _bool)
    take("status", lambda v: _check(normalize_status(str(v)), "unknown status"))
    for name, limit in TEXT_LIMITS.items():
        take(name, lambda v, limit=limit: _text(v, limit))
    take("authorized_days", lambda v: _int(v, 0, 365))
    take("member_dob", _date)
    take("last_covered_day", _date)
    take("denial_notice_date", _date)
    take("extended_until", _datetime)
    if values.get("liaison_email") and not _EMAIL.match(values["liaison_email"]):
        err("liaison_email", "expected an e-mail address")
    if values.get("extended_until") and not values.get("extension_reason"):
        err("extension_reason", "required when extended_until is given")
    if values.get("extension_reason") and not values.get("extended_until"):
        err("extended_until", "required when extension_reason is given")
    if values.get("extended_until") and values.get("received_at") and values.get("request_type"):
        request_type, expedited = values["request_type"], bool(values.get("expedited"))
        original = clocks.due_for(request_type, expedited, values["received_at"], tz).due_at
        try:
            clocks.check_extended_until(
                original, values["extended_until"], tz, request_type=request_type, expedited=expedited
            )
        except clocks.ClockError as exc:
            err("extended_until", str(exc))
    if errors:
        return None, errors
    for name in ("expedited", "demo"):
        if values.get(name) is None:
            values.pop(name, None)
    if values.get("status") is None:
        values.pop("status", None)
    return CaseInput(**values, provided=frozenset(provided)), []


def _check(value: Any, message: str) -> Any:
    if not value:
        raise ValueError(message)
    return value


def validate_many(objs: list[Any], tz: ZoneInfo | str = DEFAULT_TZ) -> tuple[list[CaseInput], list[FieldError]]:
    """Validate every object; also flags the same case id twice in one batch."""
    cases: list[CaseInput] = []
    errors: list[FieldError] = []
    seen: dict[str, int] = {}
    for i, obj in enumerate(objs):
        inp, errs = validate_case(obj, i, tz)
        errors.extend(errs)
        if inp is not None:
            if inp.case_id in seen:
                errors.append(FieldError(i, "case_id", f"duplicate of item {seen[inp.case_id]} in this batch"))
            else:
                seen[inp.case_id] = i
                cases.append(inp)
    return (cases, []) if not errors else ([], errors)


def validate_body(body: Any, tz: ZoneInfo | str = DEFAULT_TZ) -> tuple[list[CaseInput], list[FieldError]]:
    """A `POST /api/cases` JSON body (one object or a list) → (inputs, []) or ([], errors)."""
    if isinstance(body, Mapping):
        return validate_many([body], tz)
    if isinstance(body, list):
        if not body:
            return [], [FieldError(0, "", "empty list")]
        if len(body) > MAX_BATCH:
            return [], [FieldError(0, "", f"at most {MAX_BATCH} cases per request")]
        return validate_many(body, tz)
    return [], [FieldError(0, "", "expected a case object or a list of case objects")]
