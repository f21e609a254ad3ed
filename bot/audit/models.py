"""`audit_log`: one row per recorded outcome, status change, P2P decision or acknowledgement.

Append-only: the migration (0007) adds database triggers that refuse UPDATE and DELETE on SQLite
(`RAISE(ABORT, ...)`) and on PostgreSQL (a PL/pgSQL trigger function that raises), so even the table owner
cannot rewrite history through ordinary statements. No foreign key to `cases`: the trail outlives the case.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base, JSONType, UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[str | None] = mapped_column(String(128))
    actor_name: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str | None] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict | None] = mapped_column(JSONType)
    after: Mapped[dict | None] = mapped_column(JSONType)

    __table_args__ = (Index("ix_audit_log_case_id_at", "case_id", "at"),)
