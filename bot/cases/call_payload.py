"""The "Log call" form payload: call types and outcomes, server-side validation into typed input, deadlines.

Pure functions and dataclasses (no database); bot.cases.calls records what this module validated.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases import clocks

log = logging.getLogger(__name__)

CALL_TYPES: dict[str, str] = {
    "denial_notification": "Denial notification",
    "p2p_offer": "P2P offer",
    "clinicals_request": "Clinicals request",
    "status_call": "Status call",
    "extension_discussion": "Extension discussion",
}
OUTCOMES: dict[str, str] = {
    "reached": "Reached",
    "left_voicemail": "Left voicemail",
    "no_answer": "No answer",
    "wrong_number": "Wrong number",
    "callback_requested": "Callback requested",
}
UNANSWERED = frozenset({"no_answer", "left_voicemail", "wrong_number"})
YES_NO = {"yes": "Yes", "no": "No"}
APPEAL_WISHES = {
    "no": "No appeal",
    "standard": "Standard reconsideration",
    "expedited": "Expedited reconsideration",
}
P2P_RESPONSES = {"accepted": "Accepted", "declined": "Declined", "no_response": "No response"}
P2P_FROM_STATUSES = frozenset({"denied", "partially_approved"})
MAX_WINDOWS = 3
CARD_KIND_FORM = "call_form"
CARD_KIND_P2P = "p2p"

# Input ids shared by the form (cards/calls.py) and the parser.
F_CARD, F_CASE, F_TYPE = "card_id", "case_id", "call_type"
F_NAME, F_ROLE, F_FACILITY, F_PHONE = "contact_name", "contact_role", "contact_facility", "contact_phone"
F_OUTCOME, F_NOTES = "outcome", "notes"
F_NOTICE, F_RIGHTS, F_APPEAL = "notice_date", "rights_explained", "wants_appeal"
F_P2P, F_PHYSICIAN, F_CALLBACK = "p2p_response", "physician_name", "callback_phone"
F_REQUESTED, F_PROMISED_DATE, F_PROMISED_TIME = "requested_items", "promised_date", "promised_time"
# A denial call on a case with no decision yet is logged only when the coordinator confirms it.
F_CONFIRM = "confirm_undecided"


def window_fields(n: int) -> tuple[str, str, str]:
    return f"window{n}_date", f"window{n}_start", f"window{n}_end"


# North American numbers: 10 digits (optional +1/1) or a 7-digit local number as older records and test data
# hold them, common separators, optional extension. The form must accept what the bot itself stored.
PHONE_PATTERN = (
    r"^\s*((\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?)?\d{3}[\s.-]?\d{4}"
    r"(\s*(x|ext\.?)\s*\d{1,6})?\s*$"
)
_PHONE = re.compile(PHONE_PATTERN, re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
LIMITS = {F_NAME: 200, F_ROLE: 100, F_FACILITY: 200, F_NOTES: 2000, F_PHYSICIAN: 200, F_REQUESTED: 1000}


class CallValidationError(ValueError):
    """The submission is not valid; `errors` maps input id → a user-facing message. Nothing was saved."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class CardMismatch(ValueError):
    """The payload does not match the card instance we issued (unknown card, other case, kind or tenant)."""


@dataclass(frozen=True)
class AttemptRule:
    name: str = "clinicals_unanswered_3"
    call_types: frozenset[str] = frozenset({"clinicals_request"})
    outcomes: frozenset[str] = UNANSWERED
    threshold: int = 3


@dataclass(frozen=True)
class Contact:
    name: str
    role: str
    facility: str
    phone: str

    @property
    def key(self) -> str:
        return phone_key(self.phone)


@dataclass(frozen=True)
class DenialDetails:
    notice_date: date
    rights_explained: bool | None = None
    wants_appeal: str | None = None


@dataclass(frozen=True)
class Window:
    start: datetime  # UTC
    end: datetime


@dataclass(frozen=True)
class P2POfferDetails:
    response: str | None
    physician_name: str = ""
    callback_phone: str = ""
    windows: tuple[Window, ...] = ()


@dataclass(frozen=True)
class ClinicalsDetails:
    requested: str
    promised_by: datetime | None = None


@dataclass(frozen=True)
class CallInput:
    card_id: str
    case_id: str
    call_type: str
    outcome: str
    contact: Contact
    notes: str = ""
    denial: DenialDetails | None = None
    p2p: P2POfferDetails | None = None
    clinicals: ClinicalsDetails | None = None
    confirmed_undecided: bool = False  # the coordinator confirmed a denial call before the decision is recorded

    @property
    def reached(self) -> bool:
        return self.outcome == "reached"

    @property
    def p2p_accepted(self) -> bool:
        return self.p2p is not None and self.p2p.response == "accepted"

    def details(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.denial:
            out.update(
                notice_date=self.denial.notice_date.isoformat(),
                rights_explained=self.denial.rights_explained,
                wants_appeal=self.denial.wants_appeal,
            )
        if self.p2p:
            out.update(
                p2p_response=self.p2p.response,
                physician_name=self.p2p.physician_name or None,
                callback_phone=self.p2p.callback_phone or None,
                windows=[{"start": w.start.isoformat(), "end": w.end.isoformat()} for w in self.p2p.windows],
            )
        if self.clinicals:
            out.update(
                requested_items=self.clinicals.requested,
                promised_by=self.clinicals.promised_by.isoformat() if self.clinicals.promised_by else None,
            )
        return out


def phone_key(phone: str) -> str:
    digits = re.sub(r"\D", "", phone.split("x")[0].split("X")[0].split("ext")[0])
    return digits[-10:] if len(digits) >= 10 else digits


# ---- parsing -------------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.errors: dict[str, str] = {}

    def text(self, key: str, label: str, *, required: bool = True) -> str:
        value = self.data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.errors[key] = f"{label} is required"
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.errors[key] = f"{label} is not valid"
            return ""
        text = str(value).strip()
        limit = LIMITS.get(key, 200)
        if len(text) > limit:
            self.errors[key] = f"{label}: at most {limit} characters"
            return ""
        return text

    def choice(self, key: str, label: str, allowed: dict[str, str], *, required: bool = True) -> str | None:
        value = self.text(key, label, required=required)
        if not value:
            return None
        if value not in allowed:
            self.errors[key] = f"{label}: choose one of {', '.join(allowed.values())}"
            return None
        return value

    def phone(self, key: str, label: str, *, required: bool = True) -> str:
        value = self.text(key, label, required=required)
        if value and not _PHONE.match(value):
            self.errors[key] = f"{label}: enter a phone number, e.g. 312-555-0100 (x123 for an extension)"
            return ""
        return value

    def date(self, key: str, label: str, *, required: bool = True) -> date | None:
        value = self.text(key, label, required=required)
        if not value:
            return None
        try:
            if not _DATE.match(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.errors[key] = f"{label}: enter a date as YYYY-MM-DD"
            return None

    def time(self, key: str, label: str, *, required: bool = True) -> time | None:
        value = self.text(key, label, required=required)
        if not value:
            return None
        try:
            if not _TIME.match(value):
                raise ValueError
            return time.fromisoformat(value)
        except ValueError:
            self.errors[key] = f"{label}: enter a time as HH:MM"
            return None


def parse_call(data: dict[str, Any], *, now: datetime, tz: ZoneInfo) -> CallInput:
    """The typed submission, or CallValidationError with every problem found (not just the first)."""
    r = _Reader(data)
    card_id = r.text(F_CARD, "Form id")
    case_id = r.text(F_CASE, "Case")
    call_type = r.choice(F_TYPE, "Call type", CALL_TYPES)
    outcome = r.choice(F_OUTCOME, "Outcome", OUTCOMES)
    contact = Contact(
        r.text(F_NAME, "Contact name"),
        r.text(F_ROLE, "Role", required=False),
        r.text(F_FACILITY, "Facility", required=False),
        r.phone(F_PHONE, "Phone"),
    )
    notes = r.text(F_NOTES, "Notes", required=False)
    reached = outcome == "reached"
    local_today = now.astimezone(tz).date()
    denial = p2p = clinicals = None
    if call_type == "denial_notification":
        notice = r.date(F_NOTICE, "Denial notice date")
        if notice is not None and notice > local_today:
            r.errors[F_NOTICE] = "Denial notice date cannot be in the future"
        elif notice is not None and notice < date(2000, 1, 1):
            r.errors[F_NOTICE] = "Denial notice date is too far in the past"
        rights = r.choice(F_RIGHTS, "Appeal rights explained", YES_NO, required=reached)
        wants = r.choice(F_APPEAL, "Wants to appeal", APPEAL_WISHES, required=reached)
        if notice is not None:
            denial = DenialDetails(
                notice, None if rights is None or not reached else rights == "yes", wants if reached else None
            )
    elif call_type == "p2p_offer":
        response = r.choice(F_P2P, "Physician's response", P2P_RESPONSES, required=reached)
        response = response if reached else None
        accepted = response == "accepted"
        physician = r.text(F_PHYSICIAN, "Requesting physician", required=accepted)
        callback = r.phone(F_CALLBACK, "Callback number", required=accepted)
        windows = _windows(r, now, tz) if accepted else ()
        if accepted and not windows and not any(k.startswith("window") for k in r.errors):
            r.errors[window_fields(1)[0]] = "Give at least one availability window"
        p2p = P2POfferDetails(response, physician if accepted else "", callback if accepted else "", windows)
    elif call_type == "clinicals_request":
        requested = r.text(F_REQUESTED, "Clinicals requested")
        promised = None
        pdate = r.date(F_PROMISED_DATE, "Promised by (date)", required=reached)
        ptime = r.time(F_PROMISED_TIME, "Promised by (time)", required=reached)
        if pdate is not None and ptime is not None:
            promised = clocks.local_instant(pdate, ptime, tz)
            if promised < now - timedelta(minutes=5):
                r.errors[F_PROMISED_DATE] = "Promised-by time is in the past"
            elif promised > now + timedelta(days=30):
                r.errors[F_PROMISED_DATE] = "Promised-by time is more than 30 days away"
        elif (pdate is None) != (ptime is None) and F_PROMISED_DATE not in r.errors and F_PROMISED_TIME not in r.errors:
            missing = F_PROMISED_TIME if ptime is None else F_PROMISED_DATE
            r.errors[missing] = "Give both the date and the time"
        clinicals = ClinicalsDetails(requested, promised)
    elif call_type in {"status_call", "extension_discussion"} and reached and not notes:
        r.errors[F_NOTES] = "Say briefly what was discussed"
    if r.errors:
        raise CallValidationError(r.errors)
    assert call_type is not None and outcome is not None
    confirmed = str(data.get(F_CONFIRM) or "").strip().lower() == "true"
    return CallInput(card_id, case_id, call_type, outcome, contact, notes, denial, p2p, clinicals, confirmed)


def _windows(r: _Reader, now: datetime, tz: ZoneInfo) -> tuple[Window, ...]:
    out: list[Window] = []
    for n in range(1, MAX_WINDOWS + 1):
        fd, fs, fe = window_fields(n)
        if not any(str(r.data.get(k) or "").strip() for k in (fd, fs, fe)):
            continue
        day = r.date(fd, f"Window {n} date")
        start = r.time(fs, f"Window {n} from")
        end = r.time(fe, f"Window {n} to")
        if day is None or start is None or end is None:
            continue
        s, e = clocks.local_instant(day, start, tz), clocks.local_instant(day, end, tz)
        if e <= s:
            r.errors[fe] = f"Window {n} must end after it starts"
        elif e < now:
            r.errors[fd] = f"Window {n} is in the past"
        elif s > now + timedelta(days=30):
            r.errors[fd] = f"Window {n} is more than 30 days away"
        else:
            out.append(Window(s, e))
    return tuple(out)


# ---- deadlines -----------------------------------------------------------------------------------------


def compute_deadlines(inp: CallInput, called_at: datetime, tz: ZoneInfo) -> dict[str, dict[str, str]]:
    """Deadlines the call establishes, as {name: {due_at, rule, fact, description}} (UTC ISO)."""
    out: dict[str, dict[str, str]] = {}
    if inp.denial is not None:
        filing = clocks.reconsideration_filing_deadline(inp.denial.notice_date, tz)
        out["reconsideration_filing"] = {
            "due_at": filing.due_at.isoformat(),
            "rule": filing.rule.name,
            "fact": filing.rule.fact,
            "description": filing.rule.description,
        }
        if inp.denial.wants_appeal == "expedited":
            dec = clocks.reconsideration_decision_due(True, called_at, tz)
            out["expedited_reconsideration_decision"] = {
                "due_at": dec.due_at.isoformat(),
                "rule": dec.rule.name,
                "fact": f"{dec.rule.fact}, AP-03",
                "description": "Expedited reconsideration requested orally on this call: decided within 72 h",
            }
    if inp.clinicals is not None and inp.clinicals.promised_by is not None:
        out["clinicals_promised"] = {
            "due_at": inp.clinicals.promised_by.isoformat(),
            "rule": "promised_by",
            "fact": "CS-02",
            "description": "Clinicals promised by (plan-specific)",
        }
    return out


# ---- results -------------------------------------------------------------------------------------------
