"""Link a triage result to its case: find it, or create it when the e-mail is a request that opens one.

Rules (no botbuilder, no e-mail text stored or logged; only ids, types and priorities):

* The case id the e-mail names (`TriageResult.case_id`, canonical) is looked up. If the case is on file it is
  linked: a timeline event `email` records the e-mail id, request type and triage priority.
  `updated_clinicals` on a case that is `pending_info` moves it back to `in_review` (the awaited clinicals
  arrived), with a `status` event.
* If it is not on file and the e-mail opens a case – `new_request` (→ `initial`), `extension_request`
  (→ `extension_concurrent`) or `appeal` (→ `reconsideration`) – and the e-mail names the case id, the
  member id and the level of care (the case table needs all three), the case is created: status `new`,
  expedited as triaged, `received_at` = the message time (below), `due_at` from the regulatory clock
  (bot.cases.clocks.due_for), timeline event `created`.
* Who is asking (sender name, role, phone, e-mail, facility, patient name; `TriageResult.sender`) fills the
  case's empty fields, on creation and on every later e-mail; the event records which fields, not values.
* Otherwise nothing is linked (no case id, a follow-up about a case we do not hold, or a request lacking a
  member id / level of care): the alert still goes out, carrying the case reference the e-mail gave.

Message time: the `Date:` header when it is plausible – not later than the mailbox arrival time (plus five
minutes of clock skew) and not more than three days before it – else the arrival time. A forged or broken
Date header therefore cannot move a regulatory clock by more than that window, and only earlier (stricter).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import clocks, timeline, workflow
from bot.cases.calls import close_clinicals_requests
from bot.cases.derived import case_priority
from bot.cases.models import Case
from bot.triage import directory
from bot.triage.result import TriageResult

log = logging.getLogger(__name__)

CREATING_TYPES = {
    "new_request": "initial",
    "extension_request": "extension_concurrent",
    "appeal": "reconsideration",
}
DATE_SKEW_AHEAD = timedelta(minutes=5)
DATE_MAX_BEHIND = timedelta(days=3)
LEVELS = ("IRF", "LTAC", "SNF")


@dataclass(frozen=True)
class LinkResult:
    case: Case | None
    created: bool = False
    status_changed: bool = False
    due_at: datetime | None = None  # the case's deadline, or the clock a creating request would start


def message_time(message_date: datetime | None, arrived_at: datetime) -> datetime:
    """The request's received time for the clock (see module docstring)."""
    if message_date is None or message_date.tzinfo is None:
        return arrived_at
    if arrived_at - DATE_MAX_BEHIND <= message_date <= arrived_at + DATE_SKEW_AHEAD:
        return min(message_date, arrived_at)
    return arrived_at


def clock_due(result: TriageResult, received_at: datetime, tz: ZoneInfo) -> datetime | None:
    """The deadline a request of this type would start (None for follow-ups, which start no clock)."""
    rtype = CREATING_TYPES.get(result.request_type)
    if rtype is None:
        return None
    return clocks.due_for(rtype, bool(result.expedited), received_at, tz).due_at


# Case column ← key of TriageResult.sender (bot.triage.sender). PHI: written to the case, never logged.
SENDER_FIELDS = {
    "member_name": "patient_name",
    "facility": "facility",
    "liaison_name": "name",
    "liaison_phone": "phone",
    "liaison_email": "email",
    "liaison_role": "role",
}
_SENDER_LIMITS = {
    "member_name": 200,
    "facility": 200,
    "liaison_name": 200,
    "liaison_phone": 40,
    "liaison_email": 254,
    "liaison_role": 64,
}


def fill_sender(case: Case, result: TriageResult) -> list[str]:
    """Copy who-is-asking into the case's empty fields (never overwrites what a person entered); returns them."""
    info = result.sender or {}
    filled = []
    for col, key in SENDER_FIELDS.items():
        value = info.get(key)
        if value and not getattr(case, col, None):
            setattr(case, col, str(value)[: _SENDER_LIMITS[col]])
            filled.append(col)
    return filled


async def _remember_facility(s: AsyncSession, case: Case, result: TriageResult, now: datetime) -> None:
    """Teach the facility directory the receiving facility's level of care (never a referring hospital's)."""
    info = result.sender or {}
    name = info.get("receiving_facility") or (info.get("facility") if info.get("role_kind") == "facility" else None)
    level = result.level_of_care or case.level_of_care
    if name and level in LEVELS and "facility directory" not in " ".join(result.reasons):
        await directory.remember(s, name, level, now=now)


def _event(s: AsyncSession, case_id: str, kind: str, detail: str, data: dict, at: datetime) -> None:
    timeline.add_event(
        s,
        case_id,
        kind,
        at=at,
        actor_id=None,
        actor_name="E-mail triage",
        detail=detail,
        data=data,
    )


async def link_result(
    s: AsyncSession,
    result: TriageResult,
    *,
    email_id: int | None,
    received_at: datetime,
    tz: ZoneInfo,
    now: datetime,
    lock: bool = False,
) -> LinkResult:
    """Find or create the case for `result` inside the caller's transaction (see module docstring)."""
    if result.request_type == "other" or not result.case_id:
        return LinkResult(None, due_at=clock_due(result, received_at, tz) if result.request_type != "other" else None)
    case = await s.get(Case, result.case_id, with_for_update=lock)
    if case is not None:
        return await _link_existing(s, case, result, email_id, now)
    created = await _create_case(s, result, email_id, received_at, tz, now)
    return created or LinkResult(None, due_at=clock_due(result, received_at, tz))


def _timeline_label(result: TriageResult) -> str:
    # Timeline text in plain words; the cards own the display labels (cards.base.TYPE_LABELS).
    return result.request_type.replace("_", " ")


def _event_data(result: TriageResult, email_id: int | None) -> dict:
    return {"email_id": email_id, "request_type": result.request_type, "priority": result.priority}


async def _link_existing(
    s: AsyncSession, case: Case, result: TriageResult, email_id: int | None, now: datetime
) -> LinkResult:
    """The e-mail goes on the case's timeline; updated clinicals move a case waiting for them back to review."""
    filled = fill_sender(case, result)
    await _remember_facility(s, case, result, now)
    _event(
        s,
        case.case_id,
        "email",
        f"E-mail: {_timeline_label(result)} ({result.priority})",
        {**_event_data(result, email_id), "filled": filled},
        now,
    )
    changed = False
    if result.request_type == "updated_clinicals" and case.status == "pending_info":
        _resume_review(s, case, email_id, now)
        changed = True
    if result.request_type == "updated_clinicals":
        await close_clinicals_requests(s, case.case_id, now)
    log.info("email %s linked to case %s status_changed=%s", email_id, case.case_id, changed)
    return LinkResult(case, False, changed, case.due_at)


def _resume_review(s: AsyncSession, case: Case, email_id: int | None, now: datetime) -> None:
    """pending_info -> in_review: the clinicals the case was waiting for arrived."""
    old = case.status
    workflow.check_transition(old, "in_review")
    case.status, case.is_open = "in_review", workflow.is_open("in_review")
    case.priority = case_priority(case, now)
    case.updated_at = now
    _event(
        s,
        case.case_id,
        "status",
        f"{workflow.label(old)} → {workflow.label('in_review')}: updated clinicals received",
        {"from": old, "to": "in_review", "email_id": email_id},
        now,
    )


async def _create_case(
    s: AsyncSession, result: TriageResult, email_id: int | None, received_at: datetime, tz: ZoneInfo, now: datetime
) -> LinkResult | None:
    """A new case from a request e-mail that names its member and level of care; None when it cannot."""
    rtype = CREATING_TYPES.get(result.request_type)
    loc = result.level_of_care if result.level_of_care in LEVELS else None
    if rtype is None or not result.member_id or loc is None or not result.case_id:
        return None
    deadline = clocks.due_for(rtype, bool(result.expedited), received_at, tz)
    case = Case(
        case_id=result.case_id,
        member_id=result.member_id,
        level_of_care=loc,
        request_type=rtype,
        received_at=received_at,
        expedited=bool(result.expedited),
        due_at=deadline.due_at,
        original_due_at=None,
        due_rule=deadline.rule.name,
        status="new",
        is_open=True,
        demo=False,
        created_at=now,
        updated_at=now,
    )
    fill_sender(case, result)
    await _remember_facility(s, case, result, now)
    case.priority = case_priority(case, now)
    s.add(case)
    await s.flush()
    _event(
        s,
        case.case_id,
        "created",
        f"Case created from e-mail: {_timeline_label(result)}",
        {
            **_event_data(result, email_id),
            "status": "new",
            "due_at": deadline.due_at.isoformat(),
            "rule": deadline.rule.name,
        },
        now,
    )
    log.info("email %s created case %s rule=%s", email_id, case.case_id, deadline.rule.name)
    return LinkResult(case, True, False, deadline.due_at)


async def find_case(s: AsyncSession, case_id: str | None) -> Case | None:
    if not case_id:
        return None
    return await s.scalar(select(Case).where(Case.case_id == case_id))
