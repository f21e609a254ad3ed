"""Learned judgement on top of the rule stage: request type with a confidence, and rounding priority up.

The priority itself stays the rubric (rubric._rubric). This module only (1) lets the calibrated request-type
model choose the type, and (2) rounds priority UP when the evidence is below confidence: an uncertain type is
at least ``high``; urgency the urgency model sees but no rubric rule fired becomes ``urgent``. Both mark the
result ``needs_review`` with a PHI-free reason the alert card shows.

The urgency net speaks only where the rubric has no date to go on: when the rubric found a gating date, that date
decides (the clock is explicit); and the thread must hold some date that falls today, tomorrow or earlier (from
``reldates``), since urgency with no near date at all is not what the rubric calls urgent.
"""

from __future__ import annotations

import re

from .features import urgency_document
from .learned import TriageModels
from .result import TriageResult

RANK = {"low": 0, "normal": 1, "high": 2, "urgent": 3}
NO_GATE_TYPES = {"other", "discharge_notice"}  # the rubric never makes these high/urgent when the type is sure
_NEAR_DATE = re.compile(r"\b(?:relpast|reltoday|reltomorrow)\b")


def request_type(tm: TriageModels, doc: dict[str, str], rule_type: str) -> tuple[str, float]:
    """The model's most probable type and its probability."""
    p = tm.request_type.proba(doc)
    best = max(p, key=p.__getitem__)
    return best, p[best]


def urgency_probability(tm: TriageModels, doc: dict[str, str], res: TriageResult) -> float:
    if tm.urgent is None:
        return 0.0
    udoc = urgency_document(doc, res.request_type, res.priority, res.expedited, res.gating_date)
    return tm.urgent.proba(udoc).get("1", 0.0)


def round_up(tm: TriageModels, res: TriageResult, doc: dict[str, str]) -> None:
    """Raise priority where the judgement is unsure (never lowers it)."""
    t_type = tm.thresholds.get("type_confidence", 0.0)
    type_unsure = res.confidence is not None and res.confidence < t_type
    if type_unsure and RANK[res.priority] < RANK["high"]:
        res.priority = "high"
        res.needs_review = True
        res.reasons.append(f"request type uncertain ({res.confidence:.0%}): needs a human look")
    if res.priority == "urgent" or (res.request_type in NO_GATE_TYPES and not type_unsure):
        return
    if res.gating_date is not None or not _NEAR_DATE.search(doc.get("dated", "")):
        return
    p = urgency_probability(tm, doc, res)
    if p >= tm.thresholds.get("urgent", 1.1):
        res.priority = "urgent"
        res.needs_review = True
        res.reasons.append(f"likely urgent ({p:.0%}) though no rule fired: needs a human look")


def second_look(tm: TriageModels, res: TriageResult, doc: dict[str, str], rubric) -> None:
    """An e-mail read as other/discharge notice without much confidence: if the runner-up actionable type's
    rubric says urgent (expedite asked, gating date today or past), round up; a missed clock costs more than a
    look. ``rubric(type)`` returns the rule stage's result for that type."""
    t_alt = tm.thresholds.get("second_look", 0.0)
    if res.priority == "urgent" or res.request_type not in NO_GATE_TYPES or res.confidence is None:
        return
    if res.confidence >= t_alt:
        return
    p = tm.request_type.proba(doc)
    runner = max((t for t in p if t not in NO_GATE_TYPES), key=p.__getitem__, default=None)
    if runner is None:
        return
    alt = rubric(runner)
    if alt.priority != "urgent":
        return
    why = "expedite asked" if alt.expedited else alt.reasons[-1] if alt.reasons else "urgent"
    res.priority = "urgent"
    res.needs_review = True
    res.reasons.append(f"could be {runner.replace('_', ' ')} ({p[runner]:.0%}), {why}: needs a human look")
