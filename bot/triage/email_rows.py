"""What the email store hands out: a stored row (`EmailRow`) and a quarantine listing entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import RowMapping

from bot.triage.models import Email


@dataclass(frozen=True)
class EmailRow:
    id: int
    source: str
    source_uid: str
    message_id: str | None
    sha256: str
    raw: bytes
    raw_truncated: bool
    size: int
    received_at: datetime
    status: str
    attempts: int
    quarantine_reason: str | None
    result: dict | None
    case_id: str | None
    processed_at: datetime | None
    claimed_by: str | None
    claimed_until: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class QuarantinedEmail:
    """A quarantine listing entry: no raw bytes, nothing but ids, times and the (PHI-free) reason."""

    id: int
    source: str
    received_at: datetime
    size: int
    attempts: int
    reason: str | None
    created_at: datetime


ROW_COLUMNS = [getattr(Email, f) for f in EmailRow.__dataclass_fields__]


def email_row(mapping: RowMapping) -> EmailRow:
    return EmailRow(**{f: mapping[f] for f in EmailRow.__dataclass_fields__})
