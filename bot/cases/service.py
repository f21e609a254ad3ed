"""Case writes: claim, status changes, extensions, idempotent upsert and the timeline (reads in bot.cases.reads).

People change status through `change_status`, which enforces the workflow and who may decide
(bot.cases.deciders); imports and the API go through `upsert` (bot.cases.upsert). Priority and the other derived
fields are set by bot.cases.derived. Nothing here logs PHI or free text.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.audit.service import audit_add
from bot.cases import clocks, timeline, workflow
from bot.cases.api import CaseInput
from bot.cases.deciders import check_decider
from bot.cases.derived import PRIORITIES, apply_status, case_priority, priority_for
from bot.cases.errors import CaseError, CaseNotFound
from bot.cases.extensions import ExtensionError, check_not_earlier
from bot.cases.models import Case, CaseEvent
from bot.cases.reads import FILTERS, QUEUE_COUNT_CAP, QUEUE_LIMIT, VIEWS, CaseReads, Lookup
from bot.cases.upsert import UpsertResult, upsert_in
from bot.storage.base import utcnow

# Names other modules and tests import from here (the service's public surface before the split).
__all__ = [
    "FILTERS",
    "PRIORITIES",
    "QUEUE_COUNT_CAP",
    "QUEUE_LIMIT",
    "VIEWS",
    "CaseError",
    "CaseNotFound",
    "CaseService",
    "ClaimResult",
    "Lookup",
    "UpsertResult",
    "case_priority",
    "priority_for",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClaimResult:
    case: Case
    changed: bool
    previous_id: str | None = None
    previous_name: str | None = None


class CaseService(CaseReads):
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
            apply_status(case, status, now, self.tz)
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
            return upsert_in(s, existing, inp, self.tz, actor_id, actor_name, now)

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
                    results.append(upsert_in(s, found.get(inp.case_id), inp, self.tz, actor_id, actor_name, now))
                await s.flush()
                if progress:
                    progress(min(start + chunk, len(inputs)), len(inputs))
        return results
