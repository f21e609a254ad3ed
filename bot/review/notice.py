"""Denial notice content (IDN, OD-16) for the PSC to check: the specific reasons in plain words (OD-15),
who decided (OD-03), reconsideration rights standard and expedited (OD-15, AP-03, AP-04) and the filing
deadline counted from the notice date by the existing clock (AP-02). A concurrent (continued-stay) denial
is an organization determination with the same rights (CS-01).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.cases import clocks
from bot.cases.timefmt import local_date_display
from bot.review.criteria import Catalog


@dataclass(frozen=True)
class DenialNotice:
    case_id: str
    title: str
    reasons: tuple[str, ...]
    decided_by: str
    decided_on: str
    rights: tuple[str, ...]
    filing_deadline: datetime
    filing_rule: str
    concurrent: bool

    def as_text(self, tz: ZoneInfo) -> str:
        """The same content as plain text to copy into the notice."""
        lines = [f"{self.title} — case {self.case_id}", "", "Why the request was denied:"]
        lines += [f"- {r}" for r in self.reasons]
        lines += ["", f"Reviewed and decided by {self.decided_by} on {self.decided_on}.", "", "Your rights:"]
        lines += [f"- {r}" for r in self.rights]
        return "\n".join(lines)


def plain_reason(label: str, citation: str) -> str:
    """A criterion label as a sentence a member can read, with the rule it comes from."""
    return f"The records we received do not show this Medicare requirement is met: {label} ({citation})."


def denial_notice(
    *,
    case_id: str,
    criteria_ids: Sequence[str],
    reasons_text: str | None,
    decided_by: str,
    decided_at: datetime,
    notice_date: date,
    catalog: Catalog,
    tz: ZoneInfo,
    concurrent: bool = False,
    denied_days: int | None = None,
) -> DenialNotice:
    reasons: list[str] = []
    for item_id in criteria_ids:
        item = catalog.item(item_id)
        if item is not None:
            reasons.append(plain_reason(item.label.lower(), item.citation))
    if reasons_text and reasons_text.strip():
        reasons.append(reasons_text.strip())
    deadline = clocks.reconsideration_filing_deadline(notice_date, tz)
    filing_by = local_date_display(deadline.due_at, tz)
    rights = [
        f"You may ask for a reconsideration (an appeal). File it by {filing_by}: "
        f"{deadline.rule.amount} calendar days from the date of this notice ({deadline.rule.fact}). "
        "A late request may be accepted for good cause.",
        "Standard reconsideration: ask in writing (unless the plan accepts verbal requests); the plan decides "
        "within 30 calendar days (AP-04).",
        "Expedited (fast) reconsideration: you or any physician may ask orally or in writing if waiting "
        "could seriously harm your life, health or ability to regain maximum function; the plan decides "
        "within 72 hours (AP-03, AP-04).",
        "The notice also describes the rest of the appeal process (OD-15).",
    ]
    if concurrent:
        what = f"{denied_days} more days" if denied_days else "more days"
        rights.insert(
            0,
            f"This decision denies {what} during a stay already under way. It is an "
            "organization determination with the same appeal rights (CS-01); hospital inpatients "
            "(IRF, LTCH) also have the QIO discharge-appeal rights.",
        )
    return DenialNotice(
        case_id=case_id,
        title="Notice of Denial of Medical Coverage (Integrated Denial Notice, CMS-10003-NDMCP)",
        reasons=tuple(reasons),
        decided_by=decided_by,
        decided_on=local_date_display(decided_at, tz),
        rights=tuple(rights),
        filing_deadline=deadline.due_at,
        filing_rule=deadline.rule.fact,
        concurrent=concurrent,
    )
