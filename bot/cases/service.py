"""Case services: look-up, queue, claim, status changes, extensions, idempotent upsert and the timeline.

Priority (derived, never typed in; `priority_for`):
* `low`    – the case is not awaiting a decision (status outside workflow.QUEUE_STATUSES);
* `urgent` – expedited, or due within 24 hours, or overdue;
* `high`   – due within 48 hours;
* `normal` – everything else.
The stored `priority` column is refreshed on every write; cards recompute it from `now` when shown.

Queue: only cases awaiting a decision (`is_open`), sorted by the deadline in force (`due_at`, which is the
extension's end once extended), then expedited first, then case id. Filters:
* `urgent`  – expedited or due within 24 h (overdue included);
* `today`   – due by the end of today in the team time zone (overdue included);
* `overdue` – due before now. `view="mine"` restricts to cases assigned to `user_id`; `view="team"` shows everyone's.

Imports and the API are the external source of truth: `upsert` sets the status it is given without the
workflow check (recording the change on the timeline); people change status through `change_status`, which
enforces the workflow and who may decide (bot.cases.deciders). Nothing here logs PHI or free text.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.audit.service import audit_add
from bot.cases import clocks, timeline, workflow
from bot.cases.api import CaseInput
from bot.cases.deciders import check_decider
from bot.cases.extensions import ExtensionError, check_extension, check_not_earlier
from bot.cases.ids import normalize_member_id, parse_case_ref
from bot.cases.models import Case, CaseEvent
from bot.storage.base import utcnow
from bot.storage.db import Database

log = logging.getLogger(__name__)

QUEUE_LIMIT = 15
# Totals above this are reported as QUEUE_COUNT_CAP + 1 ("more than 1,000"): a bounded count query.
QUEUE_COUNT_CAP = 1000
VIEWS = ("mine", "team")
FILTERS = ("urgent", "today", "overdue")
PRIORITIES = ("urgent", "high", "normal", "low")

# Columns compared (and recorded on the timeline) by upsert.
_UPSERT_FIELDS = (
    "member_id",
    "member_name",
    "member_dob",
    "level_of_care",
    "request_type",
    "facility",
    "liaison_name",
    "liaison_phone",
    "liaison_email",
    "received_at",
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
# Never copied into event data (PHI / contact details): only the field name is recorded.
_SENSITIVE = frozenset({"member_id", "member_name", "member_dob", "liaison_name", "liaison_phone", "liaison_email"})


class CaseError(ValueError):
    """A user-facing problem with a case operation."""


class CaseNotFound(CaseError):
    def __init__(self, case_id: str) -> None:
        self.case_id = case_id
        super().__init__(f"No case {case_id} found.")


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


@dataclass(frozen=True)
class Lookup:
    """What `/case <text>` found: kind is case | member | invalid."""

    kind: str
    query: str | None
    cases: list[Case] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimResult:
    case: Case
    changed: bool
    previous_id: str | None = None
    previous_name: str | None = None


@dataclass(frozen=True)
class UpsertResult:
    case: Case
    created: bool
    changed_fields: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return self.created or bool(self.changed_fields)


class CaseService:
    def __init__(self, db: Database, tz: ZoneInfo | str = "America/Chicago") -> None:
        self.db = db
        self.tz = tz if isinstance(tz, ZoneInfo) else ZoneInfo(str(tz))

    # ---- reads ---------------------------------------------------------------------------------

    async def get(self, case_id: str) -> Case | None:
        async with self.db.session() as s:
            return await s.get(Case, case_id)

    async def by_member(self, member_id: str, limit: int = 20) -> list[Case]:
        """Cases of one member: awaiting a decision first, then newest received."""
        async with self.db.session() as s:
            rows = await s.scalars(
                select(Case)
                .where(Case.member_id == member_id)
                .order_by(Case.is_open.desc(), Case.received_at.desc(), Case.case_id)
                .limit(limit)
            )
            return list(rows)

    async def lookup(self, text: str, *, now: datetime | None = None) -> Lookup:
        """Resolve `/case` text: a case reference (any accepted form) or a member id."""
        now = now or utcnow()
        raw = (text or "").strip()
        member = normalize_member_id(raw)
        if member:
            return Lookup("member", member, await self.by_member(member))
        case_id = parse_case_ref(raw, now.astimezone(self.tz).year)
        if case_id is None:
            return Lookup("invalid", None)
        case = await self.get(case_id)
        return Lookup("case", case_id, [case] if case else [])

    async def events(self, case_id: str, limit: int = 5) -> list[CaseEvent]:
        """The newest `limit` timeline events, newest first."""
        async with self.db.session() as s:
            rows = await s.scalars(
                select(CaseEvent)
                .where(CaseEvent.case_id == case_id)
                .order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
                .limit(limit)
            )
            return list(rows)

    async def get_with_events(self, case_id: str, limit: int = 5) -> tuple[Case | None, list[CaseEvent]]:
        """One round trip for the case card."""
        async with self.db.session() as s:
            case = await s.get(Case, case_id)
            if case is None:
                return None, []
            rows = await s.scalars(
                select(CaseEvent)
                .where(CaseEvent.case_id == case_id)
                .order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
                .limit(limit)
            )
            return case, list(rows)

    def _queue_where(self, view: str, user_id: str | None, flt: str | None, loc: str | None, now: datetime) -> list:
        if view not in VIEWS:
            raise CaseError(f"Unknown queue view '{view}'; use mine or team.")
        if flt is not None and flt not in FILTERS:
            raise CaseError(f"Unknown filter '{flt}'; use {', '.join(FILTERS)}.")
        conds: list = []
        if view == "mine":
            if not user_id:
                raise CaseError("The 'mine' queue needs a user.")
            conds.append(Case.assigned_to_id == user_id)
        conds.append(Case.is_open.is_(True))
        if loc:
            conds.append(Case.level_of_care == loc.upper())
        if flt == "overdue":
            conds.append(Case.due_at < now)
        elif flt == "today":
            conds.append(Case.due_at <= clocks.end_of_local_day(now.astimezone(self.tz).date(), self.tz))
        elif flt == "urgent":
            conds.append(or_(Case.expedited.is_(True), Case.due_at <= now + timedelta(hours=24)))
        return conds

    async def queue(
        self,
        view: str = "team",
        user_id: str | None = None,
        filter: str | None = None,
        loc: str | None = None,
        limit: int = QUEUE_LIMIT,
        *,
        now: datetime | None = None,
    ) -> tuple[list[Case], int]:
        """(first `limit` cases by due time then priority, total matching capped at QUEUE_COUNT_CAP + 1)."""
        now = now or utcnow()
        conds = self._queue_where(view, user_id, filter, loc, now)
        async with self.db.session() as s:
            rows = list(
                await s.scalars(
                    select(Case).where(*conds).order_by(Case.due_at, Case.expedited.desc(), Case.case_id).limit(limit)
                )
            )
            if len(rows) < limit:
                total = len(rows)
            else:
                capped = select(Case.case_id).where(*conds).limit(QUEUE_COUNT_CAP + 1).subquery()
                total = await s.scalar(select(func.count()).select_from(capped))
            return rows, int(total or 0)

    # ---- writes --------------------------------------------------------------------------------

    async def _locked(self, s: AsyncSession, case_id: str) -> Case:
        """The case row, locked for this transaction (concurrent claims/status changes serialize).

        PostgreSQL: SELECT … FOR UPDATE. SQLite has no row locks, so a no-op UPDATE takes the database
        write lock before the read (otherwise two read-then-write transactions collide with SQLITE_BUSY).
        """
        if self.db.is_sqlite:
            await s.execute(
                update(Case)
                .where(Case.case_id == case_id)
                .values(case_id=Case.case_id)
                .execution_options(synchronize_session=False)
            )
        case = await s.get(Case, case_id, with_for_update=not self.db.is_sqlite, populate_existing=True)
        if case is None:
            raise CaseNotFound(case_id)
        return case

    @staticmethod
    def _event(
        s: AsyncSession,
        case_id: str,
        kind: str,
        actor_id: str | None,
        actor_name: str | None,
        detail: str | None,
        data: dict | None,
        at: datetime,
    ) -> CaseEvent:
        return timeline.add_event(
            s, case_id, kind, at=at, actor_id=actor_id, actor_name=actor_name, detail=detail, data=data
        )

    async def add_event(
        self,
        case_id: str,
        kind: str,
        *,
        actor_id: str | None = None,
        actor_name: str | None = None,
        detail: str | None = None,
        data: dict | None = None,
        at: datetime | None = None,
    ) -> CaseEvent:
        at = at or utcnow()
        async with self.db.session() as s:
            if await s.get(Case, case_id) is None:
                raise CaseNotFound(case_id)
            ev = self._event(s, case_id, kind, actor_id, actor_name, detail, data, at)
        return ev

    async def claim(
        self, case_id: str, user_id: str, user_name: str | None, *, now: datetime | None = None
    ) -> ClaimResult:
        """Assign the case to the user. Idempotent: claiming your own case changes nothing."""
        now = now or utcnow()
        async with self.db.session() as s:
            case = await self._locked(s, case_id)
            if case.status in workflow.TERMINAL_STATUSES:
                raise CaseError(f"Case {case_id} is closed; it cannot be claimed.")
            if case.assigned_to_id == user_id:
                if user_name and case.assigned_to_name != user_name:
                    case.assigned_to_name = user_name
                return ClaimResult(case, False, user_id, case.assigned_to_name)
            prev_id, prev_name = case.assigned_to_id, case.assigned_to_name
            case.assigned_to_id, case.assigned_to_name = user_id, user_name
            case.updated_at = now
            detail = f"Claimed by {user_name or user_id}"
            if prev_id:
                detail += f" (from {prev_name or prev_id})"
            self._event(s, case_id, "claimed", user_id, user_name, detail, {"from": prev_id, "to": user_id}, now)
            audit_add(
                s,
                action="case.claimed",
                entity="case",
                entity_id=case_id,
                case_id=case_id,
                actor_id=user_id,
                actor_name=user_name,
                before={"assigned_to": prev_id},
                after={"assigned_to": user_id},
                at=now,
            )
            log.info("case claimed case=%s reassigned=%s", case_id, bool(prev_id))
            return ClaimResult(case, True, prev_id, prev_name)

    async def change_status(
        self,
        case_id: str,
        new_status: str,
        user_id: str | None,
        user_name: str | None,
        note: str | None = None,
        *,
        now: datetime | None = None,
        roles: Collection[str] | None = None,
    ) -> Case:
        """Move the case along the workflow; raises IllegalTransition, CaseNotFound or DecisionNotAllowed."""
        now = now or utcnow()
        status = workflow.normalize_status(new_status) or new_status
        note = (note or "").strip()[:1000] or None
        async with self.db.session() as s:
            case = await self._locked(s, case_id)
            old = case.status
            workflow.check_transition(old, status)
            check_decider(status, roles, note or "")  # the MD role; a denial's reasons (OD-03, OD-15)
            self._apply_status(case, status, now)
            detail = f"{workflow.label(old)} → {workflow.label(status)}" + (f": {note}" if note else "")
            event = self._event(
                s, case_id, "status", user_id, user_name, detail, {"from": old, "to": status, "note": note}, now
            )
            await s.flush()
            # The audit row commits (or not) with the change itself: no change without its trail.
            audit_add(
                s,
                action="case.status_changed",
                entity="case_event",
                entity_id=event.id,
                case_id=case_id,
                actor_id=user_id,
                actor_name=user_name,
                before={"status": old},
                after={"status": status, "note": note},
                at=now,
            )
            log.info("case status case=%s from=%s to=%s", case_id, old, status)
            return case

    def _apply_status(self, case: Case, status: str, now: datetime) -> None:
        case.status = status
        case.is_open = workflow.is_open(status)
        if status in workflow.DECISION_STATUSES and case.decided_at is None:
            case.decided_at = now
        if status == "denied" and case.denial_notice_date is None:
            # The notice goes out with the decision; the filing clock (AP-02) counts from it.
            case.denial_notice_date = now.astimezone(self.tz).date()
        if status == "closed":
            case.closed_at = now
        case.priority = case_priority(case, now)
        case.updated_at = now

    async def extend(
        self,
        case_id: str,
        days: int,
        reason: str,
        user_id: str | None,
        user_name: str | None,
        *,
        now: datetime | None = None,
    ) -> Case:
        """Extend the decision deadline by `days` from the ORIGINAL deadline (clocks.extend)."""
        now = now or utcnow()
        async with self.db.session() as s:
            case = await self._locked(s, case_id)
            if not case.is_open:
                raise CaseError(f"Case {case_id} is not awaiting a decision; nothing to extend.")
            original = case.original_due_at or case.due_at
            try:
                deadline = clocks.extend(
                    original, days, reason, self.tz, request_type=case.request_type, expedited=case.expedited
                )
                check_not_earlier(case_id, deadline.due_at, case.extended_until, self.tz)
            except (clocks.ClockError, ExtensionError) as exc:
                raise CaseError(str(exc)) from None
            case.original_due_at, case.extension_reason, case.updated_at = original, reason.strip(), now
            case.extended_until = case.due_at = deadline.due_at
            case.due_rule, case.priority = deadline.rule.name, case_priority(case, now)
            self._event(
                s,
                case_id,
                "extended",
                user_id,
                user_name,
                f"Deadline extended {days} d: {reason.strip()[:500]}",
                {
                    "days": days,
                    "due_at": deadline.due_at.isoformat(),
                    "rule": deadline.rule.name,
                    "fact": deadline.rule.fact,
                },
                now,
            )
            return case

    async def upsert(
        self, inp: CaseInput, *, actor_id: str | None = None, actor_name: str | None = None, now: datetime | None = None
    ) -> UpsertResult:
        """Create or update by case id; a timeline event only when something changed."""
        now = now or utcnow()
        async with self.db.session() as s:
            if self.db.is_sqlite:
                await s.execute(
                    update(Case)
                    .where(Case.case_id == inp.case_id)
                    .values(case_id=Case.case_id)
                    .execution_options(synchronize_session=False)
                )
            existing = await s.get(Case, inp.case_id, with_for_update=not self.db.is_sqlite)
            return self._upsert_in(s, existing, inp, actor_id, actor_name, now)

    async def upsert_many(
        self,
        inputs: Sequence[CaseInput],
        *,
        actor_id: str | None = None,
        actor_name: str | None = None,
        now: datetime | None = None,
        progress=None,
        chunk: int = 500,
    ) -> list[UpsertResult]:
        """Upsert a batch in ONE transaction (all or nothing); `progress(done, total)` after each chunk."""
        now = now or utcnow()
        results: list[UpsertResult] = []
        async with self.db.session() as s:
            for start in range(0, len(inputs), chunk):
                part = inputs[start : start + chunk]
                found = {
                    c.case_id: c
                    for c in await s.scalars(select(Case).where(Case.case_id.in_([i.case_id for i in part])))
                }
                for inp in part:
                    results.append(self._upsert_in(s, found.get(inp.case_id), inp, actor_id, actor_name, now))
                await s.flush()
                if progress:
                    progress(min(start + chunk, len(inputs)), len(inputs))
        return results

    def _upsert_in(
        self,
        s: AsyncSession,
        case: Case | None,
        inp: CaseInput,
        actor_id: str | None,
        actor_name: str | None,
        now: datetime,
    ) -> UpsertResult:
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
        deadline = clocks.due_for(case.request_type, case.expedited, case.received_at, self.tz)
        if case.extended_until is not None:  # the rule `extend` applies, for a deadline given directly
            check_extension(case, deadline.due_at, announced, self.tz)
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
            self._apply_status(case, case.status, now)
        else:
            case.priority = case_priority(case, now)
        if created:
            s.add(case)
            self._event(
                s,
                case.case_id,
                "created",
                actor_id,
                actor_name,
                "Case created",
                {"status": case.status, "due_at": case.due_at.isoformat(), "rule": case.due_rule},
                now,
            )
        elif changed:
            case.updated_at = now
            names = ", ".join(changed)
            data: dict[str, Any] = {"fields": changed}
            if "status" in changed:
                data.update({"from": old_status, "to": case.status})
            self._event(s, case.case_id, "updated", actor_id, actor_name, f"Updated: {names}", data, now)
        return UpsertResult(case, created, tuple(changed) if not created else ())
