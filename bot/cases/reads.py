"""Case reads: look-up by case reference or member, the timeline, and the decision queue.

Queue: only cases awaiting a decision (`is_open`), sorted by the deadline in force (`due_at`, which is the
extension's end once extended), then expedited first, then case id. Filters:
* `urgent`  – expedited or due within 24 h (overdue included);
* `today`   – due by the end of today in the team time zone (overdue included);
* `overdue` – due before now. `view="mine"` restricts to cases assigned to `user_id`; `view="team"` shows everyone's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from bot.cases import clocks
from bot.cases.errors import CaseError
from bot.cases.ids import normalize_member_id, parse_case_ref
from bot.cases.models import Case, CaseEvent
from bot.storage.base import utcnow
from bot.storage.db import Database

QUEUE_LIMIT = 15
# Totals above this are reported as QUEUE_COUNT_CAP + 1 ("more than 1,000"): a bounded count query.
QUEUE_COUNT_CAP = 1000
VIEWS = ("mine", "team")
FILTERS = ("urgent", "today", "overdue")


@dataclass(frozen=True)
class Lookup:
    """What `/case <text>` found: kind is case | member | invalid."""

    kind: str
    query: str | None
    cases: list[Case] = field(default_factory=list)


class CaseReads:
    """The read side of CaseService (which adds the writes)."""

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
