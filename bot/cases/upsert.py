"""Idempotent create-or-update of one case from a validated `CaseInput` (imports and `POST /api/cases`).

Imports and the API are the external source of truth: the status given is set without the workflow check
(the change is recorded on the timeline). Only the fields the caller supplied are applied to an existing case;
the clock is recomputed from the facts of the request, and a timeline event is written only when something
changed (field names only: never the values, which may be PHI).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import clocks, timeline
from bot.cases.api import INPUT_FIELDS, CaseInput
from bot.cases.derived import apply_status, case_priority
from bot.cases.extensions import check_extension
from bot.cases.models import Case

# Columns compared (and recorded on the timeline) by upsert: every input field but the key, in the API's
# documented order (bot.cases.api is the one list of what a case input carries).
_UPSERT_FIELDS = tuple(name for name in INPUT_FIELDS if name != "case_id")


@dataclass(frozen=True)
class UpsertResult:
    case: Case
    created: bool
    changed_fields: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return self.created or bool(self.changed_fields)


def upsert_in(
    s: AsyncSession,
    case: Case | None,
    inp: CaseInput,
    tz: ZoneInfo,
    actor_id: str | None,
    actor_name: str | None,
    now: datetime,
) -> UpsertResult:
    """Apply `inp` to `case` (None: create it) inside the caller's transaction."""
    created = case is None
    if created:
        case = Case(case_id=inp.case_id, status="new", is_open=True, demo=False, expedited=False, created_at=now)
        fields_ = _UPSERT_FIELDS
    else:
        fields_ = tuple(f for f in _UPSERT_FIELDS if f in inp.provided)
    changed: list[str] = []
    old_status = case.status
    announced = case.extended_until
    for name in fields_:
        new = getattr(inp, name)
        if name == "status" and new is None:
            continue
        if getattr(case, name) != new:
            setattr(case, name, new)
            changed.append(name)
    # Recompute the clock from the facts of the request.
    deadline = clocks.due_for(case.request_type, case.expedited, case.received_at, tz)
    if case.extended_until is not None:  # the rule `extend` applies, for a deadline given directly
        check_extension(case, deadline.due_at, announced, tz)
    if case.extended_until is not None:
        due, rule_name, original = case.extended_until, "extension", deadline.due_at
    else:
        due, rule_name, original = deadline.due_at, deadline.rule.name, None
    if case.due_at != due:
        if not created:
            changed.append("due_at")
        case.due_at = due
    case.due_rule, case.original_due_at = rule_name, original
    if created or "status" in changed:
        apply_status(case, case.status, now, tz)
    else:
        case.priority = case_priority(case, now)
    if created:
        s.add(case)
        timeline.add_event(
            s,
            case.case_id,
            "created",
            at=now,
            actor_id=actor_id,
            actor_name=actor_name,
            detail="Case created",
            data={"status": case.status, "due_at": case.due_at.isoformat(), "rule": case.due_rule},
        )
    elif changed:
        case.updated_at = now
        names = ", ".join(changed)
        data: dict[str, Any] = {"fields": changed}
        if "status" in changed:
            data.update({"from": old_status, "to": case.status})
        timeline.add_event(
            s,
            case.case_id,
            "updated",
            at=now,
            actor_id=actor_id,
            actor_name=actor_name,
            detail=f"Updated: {names}",
            data=data,
        )
    return UpsertResult(case, created, tuple(changed) if not created else ())
