"""Findings and the drafted recommendation: pure functions over a checklist and the PSC's answers.

The draft is a starting point the PSC edits, never the decision: only coverage items can make a request
"does not meet"; payment items (LTCH site-neutral) and reminders do not (LTCH-14). An item not documented
asks for more information before anyone judges it (MA-06: decide on this member's own records).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.review.criteria import Criterion

MET, NOT_MET, NOT_DOCUMENTED = "met", "not_met", "not_documented"
FINDINGS = {MET: "Met", NOT_MET: "Not met", NOT_DOCUMENTED: "Not documented"}
RECOMMENDATIONS = {
    "meets": "Meets criteria",
    "does_not_meet": "Does not meet criteria",
    "need_info": "Need more information",
}
NOTE_MAX, PAGE_MAX = 500, 40


class ReviewInputError(ValueError):
    """A review form value that does not fit; `errors` maps field → message."""

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or {}


@dataclass(frozen=True)
class Draft:
    recommendation: str
    text: str
    not_met: tuple[str, ...]
    undocumented: tuple[str, ...]
    unanswered: tuple[str, ...]


def clean_findings(items: Sequence[Criterion], raw: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Validate {item id: {finding, note, page}}; unknown items and bad values are refused, not dropped."""
    known = {c.id for c in items}
    out: dict[str, dict[str, str]] = {}
    errors: dict[str, str] = {}
    for item_id, entry in raw.items():
        if item_id not in known:
            errors[item_id] = "not a criterion of this review"
            continue
        entry = entry if isinstance(entry, Mapping) else {}
        finding = str(entry.get("finding") or "").strip()
        note = str(entry.get("note") or "").strip()
        page = str(entry.get("page") or "").strip()
        if finding and finding not in FINDINGS:
            errors[item_id] = f"finding must be one of {', '.join(FINDINGS.values())}"
        elif len(note) > NOTE_MAX:
            errors[item_id] = f"evidence note: at most {NOTE_MAX} characters"
        elif len(page) > PAGE_MAX:
            errors[item_id] = f"record page: at most {PAGE_MAX} characters"
        elif finding or note or page:
            out[item_id] = {"finding": finding, "note": note, "page": page}
    if errors:
        raise ReviewInputError(
            "Some findings could not be saved: " + "; ".join(f"{k}: {v}" for k, v in sorted(errors.items())), errors
        )
    return out


def draft(items: Sequence[Criterion], findings: Mapping[str, Mapping[str, str]]) -> Draft:
    """The recommendation the findings point to, with a short text naming the items that drive it."""
    coverage = [c for c in items if c.affects == "coverage"]

    def having(value: str) -> list[Criterion]:
        return [c for c in coverage if (findings.get(c.id) or {}).get("finding") == value]

    not_met, undocumented = having(NOT_MET), having(NOT_DOCUMENTED)
    unanswered = [c for c in coverage if not (findings.get(c.id) or {}).get("finding")]
    lines: list[str] = []
    if not_met:
        recommendation = "does_not_meet"
        lines.append("Not met: " + "; ".join(f"{c.label} ({c.citation})" for c in not_met) + ".")
    elif undocumented or unanswered:
        recommendation = "need_info"
    else:
        recommendation = "meets"
        lines.append("All coverage criteria are met in the records reviewed.")
    if undocumented:
        lines.append("Not documented: " + "; ".join(c.label for c in undocumented) + ".")
    if unanswered:
        lines.append(f"{len(unanswered)} criteria not yet reviewed.")
    return Draft(
        recommendation,
        " ".join(lines),
        tuple(c.id for c in not_met),
        tuple(c.id for c in undocumented),
        tuple(c.id for c in unanswered),
    )
