"""Rubric-driven classification of a :class:`ParsedEmail` (TRIAGE_RUBRIC.md v1.1).

Engine only: every keyword and phrase comes from :mod:`bot.triage.rules` (``rules.yaml``).
Never logs message content. The stages, in order: text preparation (:mod:`.prepare`), current-message choice
(:mod:`.current`), the learned judgement (:mod:`.judge`), facts (:mod:`.facts`: ids, level of care), dates
(:mod:`.ruledates`) and the priority rubric (:mod:`.rubric`: expedite, discharge notices, gating dates).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import datetime

from . import judge, provenance
from .current import _choose_current, _other_kind
from .features import type_document
from .learned import TriageModels, load_models
from .parse import ParsedEmail, parse_message
from .prepare import _PREFIX, _Ctx, _prepare
from .result import TriageResult
from .rubric import _rubric, _shadow_rubric
from .rules import Rules, load_rules
from .sender import extract_sender, facility_key

__all__ = ["classify", "triage_bytes"]

log = logging.getLogger(__name__)


def classify(
    parsed: ParsedEmail,
    rules: Rules | None = None,
    models: TriageModels | bool | None = True,
    directory: Mapping[str, str] | None = None,
) -> TriageResult:
    """Label a parsed e-mail per the rubric.

    ``models``: True = the shipped learned models (request type, urgency net); None/False = rules only;
    or a :class:`TriageModels` (training uses this to evaluate candidates). ``directory``: facility key → level
    of care (bot.triage.directory), used only when the e-mail itself names no level of care.
    """
    rules = rules or load_rules()
    tm = load_models() if models is True else (models or None)
    res = TriageResult(flags=list(parsed.flags))
    segs = _prepare(parsed, rules)
    today = parsed.date.date() if parsed.date else None
    ctx = _Ctx(rules, parsed, today, segs)
    if today is None:
        res.flags.append("no_reference_date")
    _lookalike(ctx, res)

    other = _other_kind(ctx)
    if other:
        rtype = "other"
        ctx.current = 0
    else:
        rtype = _choose_current(ctx)
        if rtype == "other" and ctx.current is None:
            ctx.current = 0
    doc = type_document(ctx, rtype, other)
    res.features = doc
    if tm is not None:
        rtype, res.confidence = judge.request_type(tm, doc, rtype)
    if rtype == "other":
        ctx.reasons.append(other or "no actionable request")
    res.request_type = rtype
    try:
        _rubric(ctx, res, rtype)
        res.provenance = provenance.describe(ctx)
        res.thread = provenance.thread(ctx)
        if rtype != "other":
            ctx.reasons.extend(provenance.reasons(ctx))
        if rtype != "other" and segs:
            seg = segs[ctx.current or 0]
            top = seg.index == 0
            addr = parsed.from_addr if top else parsed.segments[seg.index].sender
            name = parsed.from_name if top else None
            res.sender = extract_sender(seg.body, seg.sig, name, addr or None, _PREFIX.sub("", parsed.subject))
    finally:
        res.reasons = ctx.reasons
    if directory and res.level_of_care is None and rtype != "other" and res.sender:
        for name in (res.sender.get("receiving_facility"), res.sender.get("facility")):
            level = directory.get(facility_key(name)) if name else None
            if level:
                res.level_of_care = level
                res.reasons.append("level of care from the facility directory")
                res.provenance["level_of_care"] = "the facility directory"
                break
    if tm is not None:
        judge.round_up(tm, res, doc)
        judge.second_look(tm, res, doc, lambda t: _shadow_rubric(ctx, t))
    return res


def _lookalike(ctx: _Ctx, res: TriageResult) -> None:
    addr = ctx.parsed.from_addr or ""
    if "@" not in addr:
        return
    dom = addr.rsplit("@", 1)[1].lower()

    def core(d: str) -> str:
        stem = d.rsplit(".", 1)[0] if "." in d else d
        return re.sub(r"[^a-z]", "", stem.replace("0", "o").replace("1", "l").replace("rn", "m"))

    for pd in ctx.rules.payer_domains:
        if dom != pd and core(dom) == core(pd):
            res.flags.append("lookalike_sender")
            return


def triage_bytes(
    raw: bytes,
    rules: Rules | None = None,
    *,
    received_at: datetime | None = None,
    models: TriageModels | bool | None = True,
    directory: Mapping[str, str] | None = None,
) -> TriageResult:
    """Parse and classify; never raises (an internal error gives other/low with ``error`` set)."""
    try:
        parsed = parse_message(raw, received_at=received_at)
        return classify(parsed, rules, models, directory)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"
        log.warning("triage failed: %s", type(exc).__name__)
        return TriageResult(
            request_type="other",
            priority="low",
            flags=["parse_error"],
            error=f"internal error: {type(exc).__name__}",
        )
