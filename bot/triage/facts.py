"""Fact extraction: case id, member id and level of care, looked for in the current request first."""

from __future__ import annotations

import re

from . import context
from .prepare import _PREFIX, _Ctx, _current_subject
from .rules import Rules


def _find_case_candidates(ctx: _Ctx, text: str) -> list[tuple[int, str, bool]]:
    """(position, canonical case id, stale) for every case-id mention in ``text``."""
    rules = ctx.rules
    out = []
    low = text.lower()
    year = ctx.parsed.date.year if ctx.parsed.date else None
    for kind, rx in rules.case_patterns:
        for m in rx.finditer(low):
            line_start = low.rfind("\n", 0, m.start()) + 1
            before = low[max(line_start, m.start() - 30) : m.start()]
            if rules.id_excluded_before.search(before):
                continue
            if kind == "split":
                cid = m.group(1) + m.group(2)
            elif kind == "full":
                cid = m.group(1)
            else:
                if year is None:
                    continue
                cid = f"{year:04d}{int(m.group(1)):06d}"
            ctx_before = re.split(r"[.;!?]\s", low[max(line_start, m.start() - 40) : m.start()])[-1]
            line_end = low.find("\n", m.end())
            ctx_after = low[m.end() : min(m.end() + 25, line_end if line_end >= 0 else len(low))]
            stale = bool(rules.id_stale_context.search(ctx_before) or rules.id_stale_context.search(ctx_after))
            out.append((m.start(), cid, stale))
    out.sort()
    return out


def _ordered_texts(ctx: _Ctx) -> list[tuple[int | None, str]]:
    """(segment index, or None for the subject; text) in the order ids are looked for: current request,
    pointers, subject, the rest (plan messages last)."""
    segs = ctx.segs
    order: list[tuple[int | None, str]] = []
    cur = ctx.current if ctx.current is not None else 0
    if segs:
        order.append((segs[cur].index, segs[cur].text))
    for i in ctx.pointers:
        order.append((segs[i].index, segs[i].text))
    order.append((None, ctx.parsed.subject))
    rest = [s for s in segs if s.index != cur and s.index not in ctx.pointers]
    order.extend((s.index, s.text) for s in rest if not s.payer)
    order.extend((s.index, s.text) for s in rest if s.payer)
    return order


def _case_id(ctx: _Ctx) -> str | None:
    stale_pick: tuple[int | None, str] | None = None
    for where, text in _ordered_texts(ctx):
        cands = _find_case_candidates(ctx, text)
        fresh = [c for c in cands if not c[2]]
        if fresh:
            ctx.sources["case_id"] = (where, "body")
            return fresh[0][1]
        if cands and stale_pick is None:
            stale_pick = (where, cands[0][1])
    if stale_pick is None:
        return None
    ctx.sources["case_id"] = (stale_pick[0], "body")
    return stale_pick[1]


def _member_id(ctx: _Ctx) -> str | None:
    for where, text in _ordered_texts(ctx):
        m = ctx.rules.member_re.search(text)
        if m:
            ctx.sources["member_id"] = (where, "body")
            return m.group(0)
    return None


# ------------------------------------------------------------------------------------------ level of care


# context categories (context_rules.yaml) that make a level-of-care mention not the requested setting:
# "SNF as a fallback" / "IRF or SNF" (alternative) always; "denied IRF", "prior LTACH stay", "discharged from our
# SNF" only when the request is not about that denial (a P2P or appeal is about the denied setting)
_LOC_ALTERNATIVE = ("alternative",)
_LOC_NOT_REQUESTED = ("negated", "historical", "not_requested", "other_person")


def _sentence_bounds(low: str, pos: int) -> tuple[int, int]:
    start = max(low.rfind(". ", 0, pos) + 1, low.rfind("\n", 0, pos) + 1, low.rfind("; ", 0, pos) + 1)
    ends = [i for i in (low.find(". ", pos), low.find("\n", pos), low.find("; ", pos)) if i >= 0]
    return start, min(ends) if ends else len(low)


def _loc_mentions(text: str, rules: Rules, request_type: str) -> list[tuple[int, str, int]]:
    """(tier, level, position): tier 0 = requested, 1 = fallback / not requested."""
    low = text.lower()
    found: list[tuple[int, int, str]] = []
    for lv, lr in rules.levels.items():
        if lr.acronym_re is not None:
            for m in lr.acronym_re.finditer(text):
                if rules.acronym_exclude_before.search(low[max(0, m.start() - 12) : m.start()]):
                    continue
                found.append((m.start(), m.end(), lv))
        for m in lr.phrases.finditer(low):
            found.append((m.start(), m.end(), lv))
    by_sentence: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for mention in found:
        by_sentence.setdefault(_sentence_bounds(low, mention[0]), []).append(mention)
    out = []
    about_denial = request_type in {"p2p_request", "appeal", "status_inquiry"}
    demoting = _LOC_ALTERNATIVE if about_denial else _LOC_ALTERNATIVE + _LOC_NOT_REQUESTED
    for (s0, s1), mentions in by_sentence.items():
        found_ctx = context.contexts(low[s0:s1], [(a - s0, b - s0) for a, b, _ in mentions], demoting)
        for (pos, _end, lv), cats in zip(mentions, found_ctx, strict=True):
            tier = 1 if cats else 0
            if not tier and request_type == "new_request":
                before = low[max(0, pos - 40) : pos]
                tier = 1 if rules.loc_not_requested_before_new.search(before) else 0
            out.append((tier, lv, pos))
    return out


def _level_of_care(ctx: _Ctx, request_type: str) -> str | None:
    """The setting the current request is about.

    Ranking: a setting the request is for beats one that is denied/prior/a fallback; then the current
    request's own text (body, pointer comments, subject) beats its signature, which beats older messages;
    inside the request's own text a mention in a request sentence ("requesting SNF placement") beats an
    incidental one ("needs skilled nursing for wound care"); then the earliest mention.
    """
    rules, segs = ctx.rules, ctx.segs
    if request_type == "other" or not segs:
        return None
    cur = segs[ctx.current if ctx.current is not None else 0]
    groups: list[tuple[int, str]] = [(0, cur.body)]
    origins: list[tuple[int | None, str]] = [(cur.index, "body")]
    groups.extend((0, segs[i].body) for i in ctx.pointers)
    origins.extend((i, "body") for i in ctx.pointers)
    groups.append((0, _current_subject(ctx) or _PREFIX.sub("", ctx.parsed.subject)))
    origins.append((None, "body"))
    groups.append((1, cur.sig))
    origins.append((cur.index, "signature"))
    groups.extend((1, segs[i].sig) for i in ctx.pointers)
    origins.extend((i, "signature") for i in ctx.pointers)
    rest = [s for s in segs if s.index != cur.index and s.index not in ctx.pointers]
    for payer in (False, True):
        groups.extend((2 + payer, s.text) for s in rest if s.payer == payer)
        origins.extend((s.index, "body") for s in rest if s.payer == payer)
    best = None
    for gi, (block, text) in enumerate(groups):
        if best is not None and best[0][0] == 0 and (best[0][1] < block or best[0][2] == 0 and best[0][1] == block):
            break  # nothing later can rank higher
        if not text:
            continue
        for demoted, lv, pos in _loc_mentions(text, rules, request_type):
            incidental = 0
            if block == 0:
                start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
                end_candidates = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
                sentence = text[start : min(end_candidates) if end_candidates else len(text)].lower()
                incidental = 0 if rules.loc_request_context.search(sentence) else 1
            key = (demoted, block, incidental, gi, pos)
            if best is None or key < best[0]:
                best = (key, lv)
    if best is None:
        return None
    ctx.sources["level_of_care"] = origins[best[0][3]]
    return best[1]
