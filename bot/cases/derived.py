"""Fields derived from a case's status and clock: priority, open/decided/closed stamps.

Priority (derived, never typed in; `priority_for`):
* `low`    – the case is not awaiting a decision (status outside workflow.QUEUE_STATUSES);
* `urgent` – expedited, or due within 24 hours, or overdue;
* `high`   – due within 48 hours;
* `normal` – everything else.
The stored `priority` column is refreshed on every write; cards recompute it from `now` when shown.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.cases import workflow
from bot.cases.models import Case

PRIORITIES = ("urgent", "high", "normal", "low")


def priority_for(expedited: bool, due_at: datetime, now: datetime, *, status: str = "new") -> str:
    if not workflow.is_open(status):
        return "low"
    left = due_at - now
    if expedited or left <= timedelta(hours=24):
        return "urgent"
    if left <= timedelta(hours=48):
        return "high"
    return "normal"


def case_priority(case: Case, now: datetime) -> str:
    return priority_for(case.expedited, case.due_at, now, status=case.status)


def apply_status(case: Case, status: str, now: datetime, tz: ZoneInfo) -> None:
    """Set the status and everything that follows from it (open flag, decision/closing stamps, priority)."""
    case.status = status
    case.is_open = workflow.is_open(status)
    if status in workflow.DECISION_STATUSES and case.decided_at is None:
        case.decided_at = now
    if status == "denied" and case.denial_notice_date is None:
        # The notice goes out with the decision; the filing clock (AP-02) counts from it.
        case.denial_notice_date = now.astimezone(tz).date()
    if status == "closed":
        case.closed_at = now
    case.priority = case_priority(case, now)
    case.updated_at = now
