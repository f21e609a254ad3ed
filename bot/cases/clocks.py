"""Regulatory clocks: ONE table of rules, each with its duration, unit and FACTS.md citation.

How deadlines are counted (FACTS.md gives the durations but is silent on the counting convention, so this
module decides, and applies it to every rule):

* **Hour rules** (expedited OD 72 h, OD-09/OD-06; expedited reconsideration 72 h, AP-04) run in real
  elapsed time from the instant the request was received: `received_at + 72 h`. Across a DST change that
  is still 72 real hours, so the local wall-clock time of the deadline moves by an hour.
* **Calendar-day rules** ("no later than N calendar days after the request is received", OD-04/OD-06/AP-04;
  "within N calendar days of the date on the denial notice", AP-02) count whole local dates in the team
  time zone (`settings.timezone`, default America/Chicago). The day of receipt (or the notice date) is
  day 0, and the deadline is the **end of day N: 23:59:59 local time**. So a standard request received at
  00:01 or at 23:59 on Monday 2026-03-02 is due Monday 2026-03-09 23:59:59 local, whatever the DST state.
  Weekends and holidays count (calendar days, not business days).
* **Which rule applies by date** (7 vs 14 days, OD-06 vs OD-04; 65 vs 60 days, AP-02) is decided by the
  local date of receipt (or the notice date) in the team time zone: received on/after 2026-01-01 → 7 days.
* **Extensions** (OD-05 standard, OD-10 expedited: up to 14 calendar days, with a recorded reason) add
  up to 14 local calendar dates to the *original* deadline, keeping its local wall-clock time (so a
  standard deadline stays at 23:59:59; an expedited one keeps its hour). Repeated extensions may not
  exceed 14 days in total from the original deadline. Whether the extension still applies on top of the
  7-day standard of CMS-0057-F is unconfirmed (OD-08); the bot allows it and cites OD-08 on the rule.
  FACTS.md has no extension rule for reconsiderations, so `extend` refuses them. Paths that receive the
  extended deadline itself (import, `POST /api/cases`) apply the same rule (`check_extended_until`), and a
  later, shorter extension never pulls an announced deadline earlier.
* If a local wall-clock time does not exist (spring-forward gap) or occurs twice (fall-back), the
  **earlier** instant is used: a deadline is never pushed later by DST.
* All instants are stored in UTC; only counting and display use the team time zone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

OD_REQUEST_TYPES = frozenset({"initial", "extension_concurrent"})
REQUEST_TYPES = ("initial", "extension_concurrent", "reconsideration")
END_OF_DAY = time(23, 59, 59)
MAX_EXTENSION_DAYS = 14
OD_7_DAY_FROM = date(2026, 1, 1)  # OD-06
FILING_65_DAY_FROM = date(2025, 1, 1)  # AP-02


class ClockError(ValueError):
    """A clock request that the rules do not allow (user-facing message)."""


@dataclass(frozen=True)
class Ctx:
    """What a rule looks at: the clock kind and the facts of the request."""

    kind: str  # decision | extension | filing
    request_type: str | None = None
    expedited: bool = False
    start_local_date: date | None = None


def _start(ctx: Ctx) -> date:
    """The local start date a dated rule compares (decision and filing clocks always have one)."""
    if ctx.start_local_date is None:
        raise ClockError(f"a {ctx.kind} clock needs its start date")
    return ctx.start_local_date


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    applies: Callable[[Ctx], bool]
    amount: int
    unit: str  # "hours" | "calendar_days"
    fact: str  # FACTS.md ids
    description: str

    @property
    def duration_text(self) -> str:
        return f"{self.amount} hours" if self.unit == "hours" else f"{self.amount} calendar days"


def _od(c: Ctx) -> bool:
    return c.request_type in OD_REQUEST_TYPES


# The table. First matching row of the requested kind wins.
RULES: tuple[Rule, ...] = (
    Rule(
        "od_expedited",
        "decision",
        lambda c: _od(c) and c.expedited,
        72,
        "hours",
        "OD-09, OD-06",
        "Expedited organization determination: 72 hours from receipt",
    ),
    Rule(
        "od_standard_7d",
        "decision",
        lambda c: _od(c) and not c.expedited and _start(c) >= OD_7_DAY_FROM,
        7,
        "calendar_days",
        "OD-06",
        "Standard pre-service OD received on/after 2026-01-01: 7 calendar days (CMS-0057-F)",
    ),
    Rule(
        "od_standard_14d",
        "decision",
        lambda c: _od(c) and not c.expedited and _start(c) < OD_7_DAY_FROM,
        14,
        "calendar_days",
        "OD-04",
        "Standard pre-service OD received before 2026-01-01: 14 calendar days",
    ),
    Rule(
        "recon_expedited",
        "decision",
        lambda c: c.request_type == "reconsideration" and c.expedited,
        72,
        "hours",
        "AP-04",
        "Expedited pre-service reconsideration: 72 hours",
    ),
    Rule(
        "recon_standard",
        "decision",
        lambda c: c.request_type == "reconsideration" and not c.expedited,
        30,
        "calendar_days",
        "AP-04",
        "Standard pre-service reconsideration: 30 calendar days",
    ),
    Rule(
        "od_extension_standard",
        "extension",
        lambda c: _od(c) and not c.expedited,
        MAX_EXTENSION_DAYS,
        "calendar_days",
        "OD-05, OD-08",
        "Standard OD extension: up to 14 calendar days, reason recorded and written notice",
    ),
    Rule(
        "od_extension_expedited",
        "extension",
        lambda c: _od(c) and c.expedited,
        MAX_EXTENSION_DAYS,
        "calendar_days",
        "OD-10",
        "Expedited OD extension: up to 14 calendar days, reason recorded and written notice",
    ),
    Rule(
        "recon_filing_65d",
        "filing",
        lambda c: _start(c) >= FILING_65_DAY_FROM,
        65,
        "calendar_days",
        "AP-02",
        "Reconsideration filing: 65 calendar days from the denial notice date",
    ),
    Rule(
        "recon_filing_60d",
        "filing",
        lambda c: _start(c) < FILING_65_DAY_FROM,
        60,
        "calendar_days",
        "AP-02",
        "Reconsideration filing (notice before 2025-01-01): 60 calendar days from the notice date",
    ),
)
RULES_BY_NAME = {r.name: r for r in RULES}


@dataclass(frozen=True)
class Deadline:
    due_at: datetime  # UTC
    rule: Rule

    def local(self, tz: ZoneInfo) -> datetime:
        return self.due_at.astimezone(tz)


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ClockError(f"{name} must carry a time zone offset")


def _zone(tz: ZoneInfo | str) -> ZoneInfo:
    return tz if isinstance(tz, ZoneInfo) else ZoneInfo(str(tz))


def local_instant(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of `day` at wall-clock `wall` in `tz`; the earlier one for DST gaps and folds."""
    candidates = []
    for fold in (0, 1):
        local = datetime.combine(day, wall, tzinfo=tz).replace(fold=fold)
        utc = local.astimezone(UTC)
        # A gap time does not round-trip; its two folds map to instants on either side of the gap.
        candidates.append(utc)
    return min(candidates)


def end_of_local_day(day: date, tz: ZoneInfo | str) -> datetime:
    return local_instant(day, END_OF_DAY, _zone(tz))


def _find(ctx: Ctx) -> Rule:
    for rule in RULES:
        if rule.kind == ctx.kind and rule.applies(ctx):
            return rule
    raise ClockError(f"no {ctx.kind} rule for request type {ctx.request_type!r}")


def _apply(rule: Rule, start: datetime, start_date: date, tz: ZoneInfo) -> datetime:
    if rule.unit == "hours":
        return start.astimezone(UTC) + timedelta(hours=rule.amount)
    return end_of_local_day(start_date + timedelta(days=rule.amount), tz)


def rule_for(request_type: str, expedited: bool, received_at: datetime, tz: ZoneInfo | str) -> Rule:
    zone = _zone(tz)
    _require_aware(received_at, "received_at")
    if request_type not in REQUEST_TYPES:
        raise ClockError(f"unknown request type {request_type!r}; expected one of {', '.join(REQUEST_TYPES)}")
    return _find(Ctx("decision", request_type, bool(expedited), received_at.astimezone(zone).date()))


def due_for(request_type: str, expedited: bool, received_at: datetime, tz: ZoneInfo | str) -> Deadline:
    """The decision deadline for a request (OD or reconsideration) received at `received_at`."""
    zone = _zone(tz)
    rule = rule_for(request_type, expedited, received_at, zone)
    return Deadline(_apply(rule, received_at, received_at.astimezone(zone).date(), zone), rule)


def reconsideration_decision_due(expedited: bool, received_at: datetime, tz: ZoneInfo | str) -> Deadline:
    """When the plan must decide a pre-service reconsideration received at `received_at` (AP-04)."""
    return due_for("reconsideration", expedited, received_at, tz)


def reconsideration_filing_deadline(notice_date: date, tz: ZoneInfo | str) -> Deadline:
    """Last moment to file a reconsideration: end of day notice_date + 65 (60 before 2025) days (AP-02)."""
    zone = _zone(tz)
    if isinstance(notice_date, datetime):
        notice_date = notice_date.astimezone(zone).date()
    rule = _find(Ctx("filing", start_local_date=notice_date))
    return Deadline(end_of_local_day(notice_date + timedelta(days=rule.amount), zone), rule)


def extend(
    original_due_at: datetime,
    days: int,
    reason: str,
    tz: ZoneInfo | str,
    *,
    request_type: str = "initial",
    expedited: bool = False,
) -> Deadline:
    """The extended deadline: `days` (1–14) local calendar days after the ORIGINAL deadline, same wall clock.

    A reason is required (OD-05/OD-10 require written notice of it). Reconsiderations cannot be extended
    here (no FACTS.md rule).
    """
    zone = _zone(tz)
    _require_aware(original_due_at, "original_due_at")
    if request_type == "reconsideration":
        raise ClockError(
            "Reconsiderations cannot be extended here: the extension rule covers decisions "
            "on requests (OD-05, OD-10), not reconsiderations."
        )
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_EXTENSION_DAYS:
        raise ClockError(f"An extension is 1 to {MAX_EXTENSION_DAYS} calendar days.")
    if not reason or not str(reason).strip():
        raise ClockError("An extension needs a reason (it goes on the written notice).")
    rule = _find(Ctx("extension", request_type, bool(expedited)))
    local = original_due_at.astimezone(zone)
    wall = local.timetz().replace(tzinfo=None)
    return Deadline(local_instant(local.date() + timedelta(days=days), wall, zone), rule)


def check_extended_until(
    original_due_at: datetime,
    extended_until: datetime,
    tz: ZoneInfo | str,
    *,
    request_type: str = "initial",
    expedited: bool = False,
) -> None:
    """The rule `extend` applies, for paths that receive the extended deadline itself (import, API): after
    the original deadline and at most MAX_EXTENSION_DAYS calendar days past it (OD-05, OD-10); never on a
    reconsideration. Raises ClockError with a message fit for a per-row / per-field report."""
    _require_aware(extended_until, "extended_until")
    latest = extend(
        original_due_at, MAX_EXTENSION_DAYS, "limit", tz, request_type=request_type, expedited=expedited
    ).due_at
    zone = _zone(tz)
    original_local = f"{original_due_at.astimezone(zone):%Y-%m-%d %H:%M %Z}"
    if extended_until <= original_due_at:
        raise ClockError(f"must be later than the original deadline ({original_local})")
    if extended_until > latest:
        raise ClockError(
            f"an extension is at most {MAX_EXTENSION_DAYS} calendar days (OD-05, OD-10): the "
            f"original deadline is {original_local}, so the latest is "
            f"{latest.astimezone(zone):%Y-%m-%d %H:%M %Z}"
        )
