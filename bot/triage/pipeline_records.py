"""The pipeline's records: per-pass statistics, the stored result JSON and why a message is quarantined."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32

from bot.triage.dates import parse_header_date
from bot.triage.result import TriageResult

HEADER_BYTES = 64 * 1024
UNPARSEABLE_FLAGS = frozenset({"empty", "no_headers"})


@dataclass
class PipelineStats:
    claimed: int = 0
    processed: int = 0
    quarantined: int = 0
    linked: int = 0
    cases_created: int = 0
    alerts: int = 0
    deferred: int = 0  # database trouble: left claimed for a later retry
    # (request type, priority, outcome) -> e-mails: what the edge reports as metrics.
    by_label: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def tally(self, result: TriageResult | None, outcome: str) -> None:
        request_type, priority = (
            (result.request_type, result.priority) if result is not None else ("unknown", "unknown")
        )
        label = (request_type, priority, outcome)
        self.by_label[label] = self.by_label.get(label, 0) + 1


def header_date(raw: bytes) -> datetime | None:
    """The Date header from the first 64 KiB, read defensively (never raises)."""
    try:
        head = BytesHeaderParser(policy=compat32).parsebytes(raw[:HEADER_BYTES])
        value = head.get("Date")
        dt = parse_header_date(str(value)) if value else None
        return dt if dt is not None and dt.tzinfo is not None else None
    except Exception:  # noqa: BLE001 - a header we cannot read is simply absent
        return None


def quarantine_reason(raw: bytes | None, result: TriageResult | None) -> str | None:
    """Why a message cannot be used (PHI-free), or None when it can."""
    if not raw or not raw.strip():
        return "empty message"
    if result is None:
        return "not triaged"
    if result.error:
        return f"triage failed: {result.error}"[:300]
    flags = set(result.flags)
    if "parse_error" in flags and result.request_type == "other" and flags & UNPARSEABLE_FLAGS:
        return "unparseable: " + ", ".join(sorted(flags & (UNPARSEABLE_FLAGS | {"parse_error"})))
    return None


def result_json(
    result: TriageResult,
    *,
    alert_id: int | None,
    case_id: str | None,
    case_created: bool,
    message_date: datetime | None,
) -> dict:
    return {
        "request_type": result.request_type,
        "level_of_care": result.level_of_care,
        "priority": result.priority,
        "case_id": result.case_id,
        "member_id": result.member_id,
        "expedited": bool(result.expedited),
        "reasons": list(result.reasons),
        "flags": list(result.flags),
        "gating_date": result.gating_date.isoformat() if result.gating_date else None,
        "confidence": None if result.confidence is None else round(result.confidence, 3),
        "needs_review": result.needs_review,
        "error": result.error,
        "linked_case_id": case_id,
        "case_created": case_created,
        "alert_id": alert_id,
        "message_date": message_date.isoformat() if message_date else None,
    }
