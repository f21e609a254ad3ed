"""The priority rubric for a chosen request type: expedite, discharge notices, gating dates, reasons."""

from __future__ import annotations

from datetime import date, timedelta

from . import context, provenance
from .facts import _case_id, _level_of_care, _member_id
from .prepare import _Ctx, _current_subject, _sentences, normalise
from .result import TriageResult
from .ruledates import _KIND_LABEL, _dates_in, _gating, _when
from .rules import Rules


def _expedited(ctx: _Ctx) -> bool:
    rules, segs = ctx.rules, ctx.segs
    if ctx.current is None:
        return False
    negated = False
    for i in [*ctx.pointers, ctx.current]:
        hit, neg = _urgency(segs[i].low, rules)
        if hit:
            ctx.sources["expedited"] = (segs[i].index, "body")
            return True
        negated = negated or neg
    subj = _current_subject(ctx)
    if subj and not negated and _urgency(normalise(subj, rules), rules)[0]:  # the body wins over the subject
        ctx.sources["expedited"] = (None, "body")
        return True
    return False


def _urgency(low: str, rules: Rules) -> tuple[bool, bool]:
    """(urgency word asserted, urgency negated or only supposed).

    A word is asserted unless its context (context_rules.yaml: negated, hypothetical, historical, someone else)
    or the noun right after it ("urgent care", "stat labs") says otherwise; a sentence asking for the standard
    clock ("no rush, standard review") turns urgency off.
    """
    negated = False
    if not rules.expedite_words.search(low) and not rules.expedite_sentence_neg.search(low):
        return False, False
    for sent in _sentences(low):
        if rules.expedite_sentence_neg.search(sent):
            negated = True
            continue
        hits = [
            (m.start(), m.end())
            for m in rules.expedite_words.finditer(sent)
            if not rules.expedite_neg_after.search(sent[m.start() : m.end() + 30])
        ]
        for found in context.contexts(sent, hits, context.ASSERTION):
            if found:
                negated = True
                continue
            return True, negated
    return False, negated


# ------------------------------------------------------------------------------------------ discharge notice


def _discharge_happened(ctx: _Ctx) -> tuple[bool, date | None]:
    rules, segs = ctx.rules, ctx.segs
    seg = segs[ctx.current if ctx.current is not None else 0]
    ref = seg.date or ctx.today
    today = ctx.today
    dates: list[date] = []
    happened = planned = False
    for sent in _sentences(seg.low):
        if not rules.date_cues["discharge"].search(sent) and not any(rx.search(sent) for rx in rules.dc_happened):
            continue
        if ref is not None:
            dates.extend(_dates_in(sent, ref, rules))
        if rules.dc_planned.search(sent):
            planned = True
        elif rules.dc_happened.search(sent):
            happened = True
    d = min(dates) if dates else None
    if d is not None and today is not None:
        if d < today:
            return True, d
        if d > today:
            return False, d
    if planned:
        return False, d
    return happened, d


def _shadow_rubric(ctx: _Ctx, rtype: str) -> TriageResult:
    """The rubric as if the e-mail were ``rtype`` (for judge.second_look); leaves ``ctx`` as it was."""
    saved, current, sources = ctx.reasons, ctx.current, ctx.sources
    ctx.reasons, ctx.sources = [], {}
    shadow = TriageResult()
    try:
        _rubric(ctx, shadow, rtype)
        shadow.reasons = ctx.reasons
    finally:
        ctx.reasons, ctx.current, ctx.sources = saved, current, sources
    return shadow


_REQUEST_LABELS = {
    "p2p_request": "P2P requested",
    "appeal": "appeal filed",
    "new_request": "new request",
    "extension_request": "extension requested",
    "updated_clinicals": "updated clinicals",
    "status_inquiry": "status inquiry",
}


def _rubric(ctx: _Ctx, res: TriageResult, rtype: str) -> None:
    """Ids, level of care, expedited, gating date and the rubric's priority for the chosen request type."""
    res.case_id = _case_id(ctx)
    res.member_id = _member_id(ctx)
    if rtype == "other":
        res.priority = "low"
        return
    res.level_of_care = _level_of_care(ctx, rtype)
    if rtype == "discharge_notice":
        _discharge_notice_priority(ctx, res)
        return
    ctx.reasons.append(_REQUEST_LABELS[rtype])
    res.expedited = _expedited(ctx)
    gating = _gating(ctx, rtype)
    gate_date, gate_kind = gating if gating is not None else (None, "")
    if gate_date is not None:
        res.gating_date = gate_date
    _set_priority(ctx, res, rtype, gate_date)
    if gate_date is not None and ctx.today is not None:
        label = _KIND_LABEL[gate_kind]
        if gate_kind == "deadline" and rtype in {"p2p_request", "appeal"}:
            label = ("P2P " if rtype == "p2p_request" else "appeal ") + label
        source = provenance.elsewhere(ctx, "gating_date")
        ctx.reasons.append(f"{label} {_when(gate_date, ctx.today)}" + (f", in {source}" if source else ""))


def _discharge_notice_priority(ctx: _Ctx, res: TriageResult) -> None:
    """A discharge that already happened is low; a planned one is normal (no gating date either way)."""
    happened, d = _discharge_happened(ctx)
    res.gating_date = None
    if happened:
        res.priority = "low"
        ctx.reasons.append("discharge already happened" + (f" ({d.month}/{d.day})" if d else ""))
    else:
        res.priority = "normal"
        ctx.reasons.append("planned discharge" + (f" ({d.month}/{d.day})" if d else ""))


def _approved_routine(low: str, rules: Rules) -> bool:
    """An asserted "approved, routine" statement; "once the auth is approved" is hypothetical, not routine."""
    if not rules.approved_routine.search(low):
        return False
    for sent in _sentences(low):
        hits = [(m.start(), m.end()) for m in rules.approved_routine.finditer(sent)]
        if any(not found for found in context.contexts(sent, hits, ("negated", "hypothetical"))):
            return True
    return False


def _set_priority(ctx: _Ctx, res: TriageResult, rtype: str, gate_date: date | None) -> None:
    """The rubric's priority: expedite, then the gating date (today/overdue, tomorrow), then the request type."""
    rules, segs, today = ctx.rules, ctx.segs, ctx.today
    routine = (
        rtype == "updated_clinicals" and _approved_routine(segs[ctx.current].low, rules)
        if segs and ctx.current is not None
        else False
    )
    if res.expedited:
        res.priority = "urgent"
        ctx.reasons.insert(0, "expedited requested")
    elif gate_date is not None and today is not None and gate_date <= today:
        res.priority = "urgent"
    elif gate_date is not None and today is not None and gate_date == today + timedelta(days=1):
        res.priority = "high"
    elif rtype in {"p2p_request", "appeal"}:
        res.priority = "high"
    elif rtype == "updated_clinicals":
        res.priority = "normal" if routine else "high"
        if routine:
            ctx.reasons.append("approved, routine update")
    else:
        res.priority = "normal"
