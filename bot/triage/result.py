"""Triage result type."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class TriageResult:
    request_type: str = "other"
    level_of_care: str | None = None
    priority: str = "low"
    case_id: str | None = None
    member_id: str | None = None
    expedited: bool = False
    reasons: list[str] = field(default_factory=list)  # short, PHI-free strings ("discharge today (11/12)")
    gating_date: date | None = None
    flags: list[str] = field(default_factory=list)  # parse/classify flags (parse_error, body_truncated, ...)
    error: str | None = None  # set when triage failed internally (result is then other/low)
    confidence: float | None = None  # the request-type model's probability for request_type (None: rules only)
    needs_review: bool = False  # judgement below confidence: priority was rounded up, a human should look
    # who is asking (name, role, phone, facility, patient): PHI, kept out of repr and logs
    sender: dict | None = field(default=None, repr=False)
    # where each fact was found ("level_of_care": "the subject") and the thread's messages (kind, date, role);
    # PHI-free labels, no text
    provenance: dict[str, str] = field(default_factory=dict)
    thread: list[dict] = field(default_factory=list)
    features: dict | None = field(default=None, repr=False)  # model input document (training capture only)

    def to_json_dict(self, file: str) -> dict:
        """The evaluation record: exactly the keys of the labelled corpora (plus reasons and error)."""
        return {
            "file": str(file),
            "request_type": self.request_type,
            "level_of_care": self.level_of_care,
            "priority": self.priority,
            "case_id": self.case_id,
            "member_id": self.member_id,
            "expedited": bool(self.expedited),
            "reasons": list(self.reasons),
            "confidence": None if self.confidence is None else round(self.confidence, 3),
            "needs_review": self.needs_review,
            "error": self.error,
        }
