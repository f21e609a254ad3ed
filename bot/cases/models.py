"""Case tables: `cases` (one row per authorization case) and `case_events` (append-only timeline).

Indexes are chosen for the bot's hot paths at 100,000+ cases:
- `member_id` look-ups (`/case M123456789`);
- the team queue: cases awaiting a decision (`is_open`, kept in step with `status` by the service) in due
  order, optionally by level of care, so `ORDER BY due_at LIMIT 15` is an index range scan, not a sort;
- "my" queue: `assigned_to_id, is_open, due_at`;
- the timeline of one case, newest first: `case_events (case_id, at)`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base, JSONType, UTCDateTime, utcnow


class Case(Base):
    __tablename__ = "cases"

    # Canonical 10-digit `YYYYNNNNNN` (see bot.cases.ids).
    case_id: Mapped[str] = mapped_column(String(10), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(16))
    member_name: Mapped[str | None] = mapped_column(String(200))
    member_dob: Mapped[date | None] = mapped_column(Date)  # PHI: matched by /find, never shown in channels
    level_of_care: Mapped[str] = mapped_column(String(8))  # IRF | LTAC | SNF
    request_type: Mapped[str] = mapped_column(String(32))  # initial | extension_concurrent | reconsideration
    facility: Mapped[str | None] = mapped_column(String(200))
    liaison_name: Mapped[str | None] = mapped_column(String(200))
    liaison_phone: Mapped[str | None] = mapped_column(String(40))
    liaison_email: Mapped[str | None] = mapped_column(String(254))
    # hospital | facility | plan | physician | family (bot.triage.sender.ROLES); migration 0010
    liaison_role: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expedited: Mapped[bool] = mapped_column(Boolean, default=False)
    # The deadline in force (the extension's end once one is taken); the first one is kept in original_due_at.
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    original_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_rule: Mapped[str | None] = mapped_column(String(64))  # clocks rule name that set due_at
    status: Mapped[str] = mapped_column(String(24), default="new")
    # True while the decision clock runs (workflow.QUEUE_STATUSES); maintained with status.
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    # Stored for sorting; recomputed on every write and when read (see service.priority_for).
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    assigned_to_id: Mapped[str | None] = mapped_column(String(128))
    assigned_to_name: Mapped[str | None] = mapped_column(String(200))
    authorized_days: Mapped[int | None] = mapped_column(Integer)
    last_covered_day: Mapped[date | None] = mapped_column(Date)
    extended_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    denial_notice_date: Mapped[date | None] = mapped_column(Date)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_cases_member_id", "member_id"),
        # Covers every queue filter, so the capped count is an index-only scan.
        Index("ix_cases_queue", "is_open", "due_at", "expedited", "level_of_care", "assigned_to_id"),
        Index("ix_cases_is_open_level_of_care_due_at", "is_open", "level_of_care", "due_at"),
        Index("ix_cases_assigned_to_id_is_open_due_at", "assigned_to_id", "is_open", "due_at"),
        Index("ix_cases_status", "status"),
    )


class CaseEvent(Base):
    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[str | None] = mapped_column(String(128))
    actor_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict | None] = mapped_column(JSONType)

    __table_args__ = (Index("ix_case_events_case_id_at", "case_id", "at"),)
