"""Call log tables: `call_logs`, `p2p_requests`, `call_escalations` and `card_instances`.

* `call_logs`: one row per liaison call, unique on the form's `card_id`, so a double click, a Teams retry or a
  resubmission of the same form records once. Type-specific answers live in `details` (JSON), computed
  deadlines in `deadlines`. A clinicals request keeps its promise (`promised_by`), when it was reminded and
  when matching clinicals arrived (`closed_at`).
* `p2p_requests`: a peer-to-peer request created by an accepted P2P offer; decided by a Medical Director.
* `call_escalations`: "N unanswered attempts" escalations, unique per (case, contact, rule) so each
  escalates once.
* `card_instances`: every form/card instance we issued (card id → kind, case, tenant, user), so a submission
  can be checked against what we actually sent (tampered verb, case id or tenant).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base, JSONType, UTCDateTime, utcnow


class CardInstance(Base):
    __tablename__ = "card_instances"

    card_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # call_form | p2p
    case_id: Mapped[str] = mapped_column(String(10))
    tenant_id: Mapped[str | None] = mapped_column(String(64))
    issued_to_id: Mapped[str | None] = mapped_column(String(128))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CallLog(Base):
    __tablename__ = "call_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    card_id: Mapped[str] = mapped_column(String(64), unique=True)
    tenant_id: Mapped[str | None] = mapped_column(String(64))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id", ondelete="CASCADE"))
    call_type: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(32))
    contact_name: Mapped[str] = mapped_column(String(200))
    contact_role: Mapped[str | None] = mapped_column(String(100))
    contact_facility: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str] = mapped_column(String(40))
    contact_key: Mapped[str] = mapped_column(String(64))  # normalized phone digits: attempts are counted by it
    details: Mapped[dict | None] = mapped_column(JSONType)
    deadlines: Mapped[dict | None] = mapped_column(JSONType)
    notes: Mapped[str | None] = mapped_column(Text)
    logged_by_id: Mapped[str] = mapped_column(String(128))
    logged_by_name: Mapped[str | None] = mapped_column(String(200))
    logged_conversation_key: Mapped[str | None] = mapped_column(String(32))
    logged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # clinicals requests only
    promised_by: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_call_logs_case_id_contact_key", "case_id", "contact_key"),
        Index("ix_call_logs_open_clinicals", "call_type", "closed_at", "promised_by"),
    )


class P2PRequest(Base):
    __tablename__ = "p2p_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id", ondelete="CASCADE"))
    call_id: Mapped[int] = mapped_column(ForeignKey("call_logs.id", ondelete="CASCADE"), unique=True)
    tenant_id: Mapped[str | None] = mapped_column(String(64))
    card_id: Mapped[str] = mapped_column(String(64), unique=True)  # the MD card's instance id
    physician_name: Mapped[str] = mapped_column(String(200))
    callback_phone: Mapped[str] = mapped_column(String(40))
    windows: Mapped[list] = mapped_column(JSONType)  # [{"start": iso, "end": iso}] UTC
    status: Mapped[str] = mapped_column(String(16), default="requested")
    # requested | proposed | scheduled | declined | completed
    proposed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    window_closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[str | None] = mapped_column(String(128))
    decided_by_name: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    requested_by_id: Mapped[str] = mapped_column(String(128))
    requested_by_name: Mapped[str | None] = mapped_column(String(200))
    requester_conversation_key: Mapped[str | None] = mapped_column(String(32))
    md_conversation_key: Mapped[str | None] = mapped_column(String(32))
    md_activity_id: Mapped[str | None] = mapped_column(String(128))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    scheduled_reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    window_reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_p2p_requests_status", "status"),)


class CallEscalation(Base):
    __tablename__ = "call_escalations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id", ondelete="CASCADE"))
    contact_key: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer)
    last_call_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("case_id", "contact_key", "rule"),)
