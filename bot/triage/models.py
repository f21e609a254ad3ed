"""Mail intake tables: every received message kept raw ("nothing lost") and per-mailbox checkpoints."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base, JSONType, UTCDateTime, utcnow

# Email.status values; the pipeline moves stored -> processing -> processed | quarantined.
STORED = "stored"
PROCESSING = "processing"
PROCESSED = "processed"
QUARANTINED = "quarantined"
STATUSES = (STORED, PROCESSING, PROCESSED, QUARANTINED)


class Email(Base):
    """One received message, stored before anything else looks at it. De-duplicated by content (sha256)."""

    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)  # "folder:<path>" | "imap:<host>/<folder>"
    source_uid: Mapped[str] = mapped_column(Text)  # IMAP "<uidvalidity>:<uid>" or a hash of the file name
    message_id: Mapped[str | None] = mapped_column(Text)  # header value, <= 998 chars, NULs stripped
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)  # as received, up to the store's size cap
    raw_truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    size: Mapped[int] = mapped_column(BigInteger)  # size as received (may exceed len(raw) when truncated)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)  # arrival (IMAP INTERNALDATE / file mtime)
    status: Mapped[str] = mapped_column(String(16), default=STORED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    quarantine_reason: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict | None] = mapped_column(JSONType)  # classification, written by the pipeline
    case_id: Mapped[str | None] = mapped_column(String(32))
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_emails_status_id", "status", "id"),
        Index("ix_emails_message_id", "message_id"),
        Index("ix_emails_received_at", "received_at"),
        Index("ix_emails_case_id", "case_id"),
    )


class MailCheckpoint(Base):
    """How far a mailbox has been read, plus a lease so one instance reads it at a time."""

    __tablename__ = "mail_checkpoints"

    source: Mapped[str] = mapped_column(String(512), primary_key=True)  # MailSource.key
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    lease_owner: Mapped[str | None] = mapped_column(String(128))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class FacilityEntry(Base):
    """Facility directory: a receiving facility's name → its level of care (filled from cases, editable)."""

    __tablename__ = "facility_directory"

    name_key: Mapped[str] = mapped_column(String(200), primary_key=True)  # bot.triage.sender.facility_key
    name: Mapped[str] = mapped_column(String(200))
    level_of_care: Mapped[str] = mapped_column(String(8))  # IRF | LTAC | SNF
    source: Mapped[str] = mapped_column(String(16), default="case")  # case | manual (manual is never overwritten)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
