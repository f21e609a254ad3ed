"""Rubric-driven classification of a :class:`ParsedEmail` (TRIAGE_RUBRIC.md v1.1).

Engine only: every keyword and phrase comes from :mod:`bot.triage.rules` (``rules.yaml``).
Never logs message content.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from . import judge
from .dates import MONTHS, next_weekday_after, safe_date, weekday_index
from .features import type_document
from .learned import TriageModels, load_models
from .limits import DEFAULT_LIMITS, Limits
from .parse import ParsedEmail, parse_message
from .result import TriageResult
from .rules import REQUEST_TYPES, Rules, load_rules
from .sender import extract_sender, facility_key

log = logging.getLogger(__name__)

# ------------------------------------------------------------------------------------------ text preparation

_WORD = re.compile(r"[a-z][a-z']{4,}")
_SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Za-z(])|\n+")
_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw)\s*:", re.I)
_FWD_PREFIX = re.compile(r"^\s*(?:fw|fwd|wg|tr)\s*:", re.I)


def _edit1(a: str, b: str) -> bool:
    """True when a and b are within one insert/delete/substitute/transpose."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or a == b:
        return a == b
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def normalise(text: str, rules: Rules) -> str:
    """Lower-case, apply whole-word replacements and one-edit typo correction of key words."""
    low = text.lower()
    if rules.replace_re is not None:
        low = rules.replace_re.sub(lambda m: rules.replace.get(m.group(1), m.group(1)), low)
    cache = rules._fuzzy_cache
    targets = rules.fuzzy_targets
    exempt = rules.fuzzy_exempt

    def fix(m: re.Match) -> str:
        w = m.group(0)
        hit = cache.get(w)
        if hit is None:
            hit = w
            if w not in exempt and w not in targets:
                for t in targets:
                    if abs(len(t) - len(w)) <= 1 and t[0] == w[0] and _edit1(w, t):
                        hit = t
                        break
            if len(cache) < 50_000:
                cache[w] = hit
        return hit

    return (rules._word_re or _WORD).sub(fix, low)


@dataclass
class _Seg:
    index: int
    kind: str
    date: date | None
    text: str  # cleaned (disclaimers removed), original case
    body: str  # text before the sign-off
    sig: str  # sign-off and below
    low: str  # normalised full text
    low_main: str  # normalised text without the quoted 'Subject:' line (used to find the request)
    subject: str
    payer: bool
    words: int  # words in the body without greeting


@dataclass
class _Ctx:
    rules: Rules
    parsed: ParsedEmail
    today: date | None
    segs: list[_Seg]
    current: int | None = None
    pointers: list[int] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


def _strip_disclaimers(text: str, rules: Rules) -> str:
    if not text:
        return text
    low_all = text.lower()
    if not rules.disclaimer.search(low_all) and not rules.injection.search(low_all):
        return text
    blocks = re.split(r"\n\s*\n", text)
    keep = []
    for b in blocks:
        low = b.lower()
        if rules.injection.search(low):
            continue  # text aimed at a classifier is not part of the request
        m = rules.disclaimer.leftmost(low)
        cut = m.start() if m else None
        if cut is None:
            keep.append(b)
            continue
        # drop from the start of the line holding the marker (the disclaimer's sentence and the rest)
        line_start = b.rfind("\n", 0, cut) + 1
        sent_start = (
            max(b.rfind(". ", 0, cut) + 2, line_start) if b.rfind(". ", line_start, cut) >= 0 else line_start
        )
        head = b[:sent_start].rstrip()
        if head:
            keep.append(head)
        # the disclaimer is prose; structured lines after it ("Referral ID: 88231") are content again
        rest = b[sent_start:].split("\n")
        for k, ln in enumerate(rest[1:], 1):
            if _FIELD_LINE.match(ln):
                tail = "\n".join(rest[k:]).strip()
                if tail:
                    keep.append(_strip_disclaimers(tail, rules))
                break
    return "\n\n".join(keep)


_FIELD_LINE = re.compile(r"^\s*[A-Za-z][\w /#&().-]{0,30}:\s*\S")


_SUBJ_LINE = re.compile(r"^Subject:[^\n]*\n?")


def _unwrap(text: str) -> str:
    """Join hard-wrapped plain-text lines (a long line continued by a lower-case/digit start)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for ln in lines[1:]:
        prev = out[-1]
        if (
            len(prev) >= 50
            and prev[-1:] not in {"", " ", ".", "!", "?", ":", ";"}
            and ln[:1]
            and (ln[0].islower() or ln[0].isdigit() or ln[0] in "(#")
        ):
            out[-1] = prev + " " + ln
        else:
            out.append(ln)
    return "\n".join(out)


def _split_signature(text: str, rules: Rules) -> tuple[str, str]:
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i > 0 and len(ln) < 60 and rules.signoff.match(ln):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return text, ""


def _prepare(parsed: ParsedEmail, rules: Rules, limits: Limits = DEFAULT_LIMITS) -> list[_Seg]:
    out: list[_Seg] = []
    prev_date = parsed.date.date() if parsed.date else None
    for i, s in enumerate(parsed.segments):
        d = s.date.date() if s.date is not None else prev_date
        if s.date is not None:
            prev_date = d
        raw_text = s.text
        if len(raw_text) > limits.classify_head_chars + limits.classify_tail_chars:
            raw_text = (
                raw_text[: limits.classify_head_chars] + "\n[...]\n" + raw_text[-limits.classify_tail_chars :]
            )
        text = _unwrap(_strip_disclaimers(raw_text, rules))
        body, sig = _split_signature(text, rules)
        low = normalise(text, rules)
        sender_dom = s.sender.rsplit("@", 1)[-1] if "@" in s.sender else ""
        payer = i > 0 and bool(sender_dom in rules.payer_domains or rules.payer_markers.search(text.lower()))
        lines = [
            ln
            for ln in body.split("\n")
            if ln.strip() and not rules.greeting.match(ln) and not ln.lower().startswith("subject:")
        ]
        words = sum(len(ln.split()) for ln in lines)
        low_main = normalise(_SUBJ_LINE.sub("", text, count=1), rules) if text.startswith("Subject:") else low
        out.append(_Seg(i, s.kind, d, text, body, sig, low, low_main, s.subject, payer, words))
    return out


# ------------------------------------------------------------------------------------------ request type


def _first_type(low: str, rules: Rules) -> str | None:
    """The first request type (rubric precedence) whose patterns match (memoised per rules object)."""
    cache = rules._type_cache
    hit = cache.get(low)
    if hit is not None:
        return hit or None
    found = None
    for name in REQUEST_TYPES:
        tr = rules.types[name]
        if tr.any.search(low) and not tr.unless.search(low):
            found = name
            break
    if len(cache) > 64:
        cache.clear()
    cache[low] = found or ""
    return found


def _is_pointer(seg: _Seg, rules: Rules) -> bool:
    if seg.words == 0:
        return True
    return seg.words <= 40


def _other_kind(ctx: _Ctx) -> str | None:
    """auto-reply / bulk / spam detection (only for e-mail without a request from a real sender)."""
    rules, parsed = ctx.rules, ctx.parsed
    subj = parsed.subject
    if rules.auto_reply_subject.search(subj.lower()):
        return "auto-reply"
    for h, rx in rules.auto_reply_headers.items():
        if h in parsed.auto_headers and rx.search(parsed.auto_headers[h]):
            return "auto-reply"
    top_raw = (parsed.segments[0].text if parsed.segments else "").lower()
    top_low = ctx.segs[0].low if ctx.segs else ""
    has_type = _first_type(top_low, rules) is not None
    if not has_type and ctx.segs and _is_pointer(ctx.segs[0], rules):
        # "FYI" on top of a forwarded newsletter / auto-reply / spam: judge the forwarded message
        for seg in ctx.segs[1:]:
            if seg.payer or seg.words == 0:
                continue
            top_raw = top_raw + "\n" + seg.text.lower()
            has_type = _first_type(seg.low_main, rules) is not None
            break
    if not has_type and rules.auto_reply_body.search(top_raw):
        return "auto-reply"
    has_ids = bool(_find_case_candidates(ctx, top_raw + "\n" + subj)) or bool(
        rules.member_re.search(parsed.segments[0].text if parsed.segments else "")
    )
    if has_ids or rules.request_markers.search(top_raw):
        return None
    bulk = any(
        h in parsed.auto_headers and rx.search(parsed.auto_headers[h]) for h, rx in rules.bulk_headers.items()
    )
    if bulk or rules.bulk_body.search(top_raw):
        return "newsletter/bulk"
    if rules.spam_body.search(top_raw) or rules.spam_body.search(subj.lower()):
        return "spam"
    return None


def _choose_current(ctx: _Ctx) -> str:
    """Find the current request segment; returns its request type (or 'other')."""
    rules, segs = ctx.rules, ctx.segs
    if not segs:
        return "other"
    t = _first_type(segs[0].low, rules)
    if t:
        ctx.current = 0
        if _is_pointer(segs[0], rules) and rules.pointer.search(segs[0].low):
            # "Forwarding the new referral below": the message below carries the details of the same ask
            for seg in segs[1:]:
                if seg.payer:
                    break
                below = _first_type(seg.low_main, rules)
                if below:
                    if below == t:
                        ctx.pointers = [i for i in range(seg.index)]
                        ctx.current = seg.index
                    break
        return t
    forward_below = len(segs) > 1 and (
        segs[1].kind == "forwarded" or bool(_FWD_PREFIX.match(ctx.parsed.subject))
    )
    if not _is_pointer(segs[0], rules) and not forward_below:
        # a long body naming no request: the sender's own subject (not a reply's) may still carry it
        subj = ctx.parsed.subject
        if subj and not _REPLY_PREFIX.match(subj) and not _FWD_PREFIX.match(subj):
            t = _first_type(normalise(subj, rules), rules)
            if t:
                ctx.current = 0
                return t
        return "other"
    ctx.pointers.append(0)
    for seg in segs[1:]:
        if seg.payer:
            # a reply to our own message: what is below it was handled before
            if seg.index == 1 and segs[0].kind == "top" and seg.kind == "quoted":
                break
            continue
        t = _first_type(seg.low_main, rules)
        if t:
            ctx.current = seg.index
            return t
        if seg.words > 40:
            break
        ctx.pointers.append(seg.index)
    # nothing in the bodies: a forwarded message's own subject, then the e-mail's subject
    for seg in segs[1:]:
        if seg.payer or seg.index not in ctx.pointers or not seg.subject:
            continue
        t = _first_type(normalise(_PREFIX.sub("", seg.subject), rules), rules)
        if t:
            ctx.current = seg.index
            ctx.pointers = [i for i in ctx.pointers if i < seg.index]
            return t
    if _REPLY_PREFIX.match(ctx.parsed.subject) and segs[0].words > 0:
        return "other"  # a reply's subject was written by whoever we reply to
    subj = normalise(_PREFIX.sub("", ctx.parsed.subject), rules)
    t = _first_type(subj, rules)
    if t:
        below = next((s for s in segs[1:] if not s.payer and s.words > 0), None)
        if below is not None and _is_pointer(segs[0], rules):
            # "see below" over the message the subject names: that message is the current request, so its
            # urgency words and dates count (the rubric's "points elsewhere")
            ctx.current = below.index
            ctx.pointers = list(range(below.index))
        else:
            ctx.current = 0
            ctx.pointers = []
        return t
    return "other"


def _current_subject(ctx: _Ctx) -> str:
    """The subject that belongs to the current request's message ('' if it is someone else's)."""
    if ctx.current is None:
        return ""
    seg = ctx.segs[ctx.current]
    if seg.subject:
        return seg.subject
    subj = ctx.parsed.subject
    if ctx.current == 0:
        return "" if _REPLY_PREFIX.match(subj) or _FWD_PREFIX.match(subj) else subj
    if _FWD_PREFIX.match(subj) or _REPLY_PREFIX.match(subj):
        return _PREFIX.sub("", subj)
    return ""


# ------------------------------------------------------------------------------------------ ids


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
            stale = bool(
                rules.id_stale_context.search(ctx_before) or rules.id_stale_context.search(ctx_after)
            )
            out.append((m.start(), cid, stale))
    out.sort()
    return out


def _ordered_texts(ctx: _Ctx) -> list[str]:
    """Texts in the order ids / level of care are looked for: current request, pointers, subject, rest."""
    segs = ctx.segs
    order: list[str] = []
    cur = ctx.current if ctx.current is not None else 0
    if segs:
        order.append(segs[cur].text)
    for i in ctx.pointers:
        order.append(segs[i].text)
    order.append(ctx.parsed.subject)
    rest = [s for s in segs if s.index != cur and s.index not in ctx.pointers]
    order.extend(s.text for s in rest if not s.payer)
    order.extend(s.text for s in rest if s.payer)
    return order


def _case_id(ctx: _Ctx) -> str | None:
    stale_pick = None
    for text in _ordered_texts(ctx):
        cands = _find_case_candidates(ctx, text)
        fresh = [c for c in cands if not c[2]]
        if fresh:
            return fresh[0][1]
        if cands and stale_pick is None:
            stale_pick = cands[0][1]
    return stale_pick


def _member_id(ctx: _Ctx) -> str | None:
    for text in _ordered_texts(ctx):
        m = ctx.rules.member_re.search(text)
        if m:
            return m.group(0)
    return None


# ------------------------------------------------------------------------------------------ level of care


def _loc_mentions(text: str, rules: Rules, request_type: str) -> list[tuple[int, str, int]]:
    """(tier, level, position): tier 0 = requested, 1 = fallback / not requested."""
    low = text.lower()
    found: list[tuple[int, str]] = []
    for lv, lr in rules.levels.items():
        if lr.acronym_re is not None:
            for m in lr.acronym_re.finditer(text):
                if rules.acronym_exclude_before.search(low[max(0, m.start() - 12) : m.start()]):
                    continue
                found.append((m.start(), lv))
        for m in lr.phrases.finditer(low):
            found.append((m.start(), lv))
    out = []
    about_denial = request_type in {"p2p_request", "appeal", "status_inquiry"}
    for pos, lv in found:
        before = low[max(0, pos - 40) : pos]
        after = low[pos : pos + 60]
        after = after[re.match(r"[\w\s-]*?(?=\W|$)", after).end() if re.match(r"\w+", after) else 0 :]
        tier = 0
        if rules.loc_fallback_before.search(before) or rules.loc_fallback_after.search(after):
            tier = 1
        elif not about_denial and (
            rules.loc_not_requested_before.search(before) or rules.loc_not_requested_after.search(after)
        ):
            tier = 1
        elif request_type == "new_request" and rules.loc_not_requested_before_new.search(before):
            tier = 1
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
    groups.extend((0, segs[i].body) for i in ctx.pointers)
    groups.append((0, _current_subject(ctx) or _PREFIX.sub("", ctx.parsed.subject)))
    groups.append((1, cur.sig))
    groups.extend((1, segs[i].sig) for i in ctx.pointers)
    rest = [s for s in segs if s.index != cur.index and s.index not in ctx.pointers]
    groups.extend((2, s.text) for s in rest if not s.payer)
    groups.extend((3, s.text) for s in rest if s.payer)
    best = None
    for gi, (block, text) in enumerate(groups):
        if (
            best is not None
            and best[0][0] == 0
            and (best[0][1] < block or best[0][2] == 0 and best[0][1] == block)
        ):
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
    return best[1] if best else None


# ------------------------------------------------------------------------------------------ dates

_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri)"
# "the window closed two days ago": counts written as words resolve like digits
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "couple of": 2}
_NUM_WORDS = "|".join(sorted(_NUMBERS, key=len, reverse=True))


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


_DATE_RX = re.compile(
    r"(?P<rel0>\b(?:later today|today|tonight|this (?:morning|afternoon|evening)|eod|end of (?:the )?day|cob|"
    r"close of business|this am|this pm)\b"
    # "bed held until 3pm": a deadline hour with no day named near it is that message's own day
    r"|\b(?:until|till|til|by|before)\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon)(?![^.\n]{0,25}"
    r"(?:tomorrow|\d{1,2}/\d|\b(?:on|next|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"\w*\b)))"
    r"|(?P<rel2>\bday after tomorrow\b)"
    r"|(?P<rel1>\btomorrow\b)"
    r"|(?P<relm1>\byesterday\b|\blast night\b)"
    r"|(?P<ago>\b(?P<agon>\d{1,2}|" + _NUM_WORDS + r") days? ago\b)"
    r"|(?P<inn>\bin (?P<innn>\d{1,2}|" + _NUM_WORDS + r") days\b)"
    r"|(?P<wd>\b(?:(?:next|this|on|coming)\s+)?(?P<wdname>" + _WD + r"|sat(?:urday)?|sun(?:day)?)\b\.?"
    r"(?:,?\s*(?P<wdm>\d{1,2})[/-](?P<wdd>\d{1,2})(?:[/-](?P<wdy>\d{4}|\d{2}))?(?![\d/]))?)"
    r"|(?P<num>(?<![\d/.:$#-])(?P<nm>\d{1,2})[/-](?P<nd>\d{1,2})(?:[/-](?P<ny>\d{4}|\d{2}))?(?![\d/]|\s*(?:am|pm)\b|:\d))"
    r"|(?P<mdy>\b(?P<mon>"
    + _MONTH_NAMES
    + r")\.?\s+(?P<mday>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<myear>\d{4}))?)"
    r"|(?P<dmy>\b(?P<dday>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmon>"
    + _MONTH_NAMES
    + r")\b(?:,?\s+(?P<dyear>\d{4}))?)",
    re.I,
)


# A fast superset of _DATE_RX: every date expression contains one of these (used to skip sentences).
_DATE_HINT = re.compile(
    r"\d{1,2}[/-]\d{1,2}|today|tonight|tomorrow|yesterday|ago\b|eod|cob|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec|this |later|end of|close of|last night|in \w|\d ?[ap]\.?m|noon"
)


def _resolve(m: re.Match, ref: date) -> date | None:
    g = m.groupdict()
    if g["rel0"]:
        return ref
    if g["rel2"]:
        return ref + timedelta(days=2)
    if g["rel1"]:
        return ref + timedelta(days=1)
    if g["relm1"]:
        return ref - timedelta(days=1)
    if g["ago"]:
        return ref - timedelta(days=_count(g["agon"]))
    if g["inn"]:
        return ref + timedelta(days=_count(g["innn"]))
    if g["wd"]:
        if g["wdm"]:
            y = int(g["wdy"]) if g["wdy"] else ref.year
            y = y + 2000 if y < 100 else y
            d = safe_date(y, int(g["wdm"]), int(g["wdd"]))
            if d:
                return d
        idx = weekday_index(g["wdname"])
        return next_weekday_after(ref, idx) if idx is not None else None
    if g["num"]:
        y = int(g["ny"]) if g["ny"] else ref.year
        y = y + 2000 if y < 100 else y
        return safe_date(y, int(g["nm"]), int(g["nd"]))
    if g["mdy"]:
        mon = MONTHS.get(g["mon"].lower()[:3])
        y = int(g["myear"]) if g["myear"] else ref.year
        return safe_date(y, mon, int(g["mday"])) if mon else None
    if g["dmy"]:
        mon = MONTHS.get(g["dmon"].lower()[:3])
        y = int(g["dyear"]) if g["dyear"] else ref.year
        return safe_date(y, mon, int(g["dday"])) if mon else None
    return None


_CUE_ORDER = ("lcd", "deadline", "bed", "admission", "discharge")


def _dates_in(sentence: str, ref: date, rules: Rules, after: int = 0) -> list[date]:
    out = []
    for m in _DATE_RX.finditer(sentence, after):
        before = sentence[max(0, m.start() - 30) : m.start()]
        if rules.non_gating_before.search(before):
            continue
        d = _resolve(m, ref)
        if d is None or abs((d - ref).days) > 200:
            continue
        out.append(d)
    return out


def _sentences(low: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(low) if s and s.strip()]


def _gating_in(low: str, ref: date, rules: Rules, kinds: tuple[str, ...]) -> list[tuple[date, str]]:
    found: list[tuple[date, str]] = []
    if not any(rules.date_cues[k].search(low) for k in kinds):
        return found  # no gating cue anywhere in this text
    starts = [m.start() for m in _DATE_HINT.finditer(low)]
    if not starts:
        return found
    pos = 0
    k = 0
    prev_kind: str | None = None
    for sent in _sentences(low):
        off = low.find(sent, pos)
        if off < 0:
            off = pos
        end = off + len(sent)
        pos = end
        while k < len(starts) and starts[k] < off:
            k += 1
        if k >= len(starts):
            break
        if starts[k] >= end:
            continue  # no date expression in this sentence
        if len(sent) > 2000:
            sent = sent[:2000]
        kind = None
        for cue in _CUE_ORDER:
            if cue in kinds and rules.date_cues[cue].search(sent):
                kind = cue
                break
        ch = rules.date_change.search(sent)
        if kind is None and ch is not None and prev_kind is not None:
            kind = prev_kind  # "DC was planned for Friday. It has been moved to Monday."
        if kind is None:
            prev_kind = None
            continue
        prev_kind = kind
        if kind == "discharge" and rules.non_gating_sentence.search(sent):
            continue
        for d in _dates_in(sent, ref, rules, ch.end() if ch else 0):
            if kind == "admission" and d < ref:
                continue  # a past "admission date" is the acute stay's, not the requested one
            found.append((d, kind + ("!" if ch else "")))
    # "DC moved to Monday": a changed date replaces the other dates of its kind
    changed = {k[:-1] for _, k in found if k.endswith("!")}
    if changed:
        found = [(d, k[:-1]) for d, k in found if k.endswith("!") or k not in changed]
    return found


_KIND_LABEL = {
    "discharge": "discharge",
    "bed": "bed offer/hold expires",
    "deadline": "deadline",
    "lcd": "LCD",
    "admission": "admission date",
}


def _when(d: date, today: date) -> str:
    delta = (d - today).days
    if delta > 1:
        return f"{d.month}/{d.day}"
    word = "today" if delta == 0 else "tomorrow" if delta == 1 else "overdue"
    return f"{word} ({d.month}/{d.day})"


def _gating(ctx: _Ctx, request_type: str) -> tuple[date, str] | None:
    rules, segs = ctx.rules, ctx.segs
    if ctx.today is None or not segs:
        return None
    if request_type == "extension_request":
        kinds: tuple[str, ...] = ("lcd",)
    elif request_type in {"p2p_request", "appeal"}:
        kinds = ("deadline", "bed", "discharge", "admission", "lcd")
    else:
        kinds = ("discharge", "bed", "deadline", "admission", "lcd")
    cur = ctx.current if ctx.current is not None else 0
    order = list(ctx.pointers) + [cur]
    order += [s.index for s in segs if s.index > cur and s.index not in ctx.pointers]
    for i in order:
        seg = segs[i]
        if seg.payer and request_type != "extension_request":
            continue
        ref = seg.date or ctx.today
        found = _gating_in(seg.low, ref, rules, kinds)
        if i == cur and cur == 0:
            subj = _current_subject(ctx)
            if subj:
                found += _gating_in(normalise(subj, rules), ref, rules, kinds)
        if found:
            return min(found)
    return None


# ------------------------------------------------------------------------------------------ expedite


def _expedited(ctx: _Ctx) -> bool:
    rules, segs = ctx.rules, ctx.segs
    if ctx.current is None:
        return False
    texts = [segs[i].low for i in ctx.pointers] + [segs[ctx.current].low]
    negated = False
    for low in texts:
        hit, neg = _urgency(low, rules)
        if hit:
            return True
        negated = negated or neg
    subj = _current_subject(ctx)
    if subj and not negated:  # the body wins over the subject ("URGENT" / "not urgent")
        return _urgency(normalise(subj, rules), rules)[0]
    return False


def _urgency(low: str, rules: Rules) -> tuple[bool, bool]:
    """(un-negated urgency word found, negated urgency found)."""
    negated = False
    if not rules.expedite_words.search(low) and not rules.expedite_sentence_neg.search(low):
        return False, False
    for sent in _sentences(low):
        if rules.expedite_sentence_neg.search(sent):
            negated = True
            continue
        for m in rules.expedite_words.finditer(sent):
            before = sent[max(0, m.start() - 40) : m.start()]
            after = sent[m.start() : m.end() + 30]
            if rules.expedite_neg_before.search(before) or rules.expedite_neg_after.search(after):
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
        if not rules.date_cues["discharge"].search(sent) and not any(
            rx.search(sent) for rx in rules.dc_happened
        ):
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


# ------------------------------------------------------------------------------------------ main


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
                break
    if tm is not None:
        judge.round_up(tm, res, doc)
        judge.second_look(tm, res, doc, lambda t: _shadow_rubric(ctx, t))
    return res


def _shadow_rubric(ctx: _Ctx, rtype: str) -> TriageResult:
    """The rubric as if the e-mail were ``rtype`` (for judge.second_look); leaves ``ctx`` as it was."""
    saved, current = ctx.reasons, ctx.current
    ctx.reasons = []
    shadow = TriageResult()
    try:
        _rubric(ctx, shadow, rtype)
        shadow.reasons = ctx.reasons
    finally:
        ctx.reasons, ctx.current = saved, current
    return shadow


def _rubric(ctx: _Ctx, res: TriageResult, rtype: str) -> None:
    """Ids, level of care, expedited, gating date and the rubric's priority for the chosen request type."""
    rules, segs, today = ctx.rules, ctx.segs, ctx.today
    res.case_id = _case_id(ctx)
    res.member_id = _member_id(ctx)
    if rtype == "other":
        res.priority = "low"
        return
    res.level_of_care = _level_of_care(ctx, rtype)

    if rtype == "discharge_notice":
        happened, d = _discharge_happened(ctx)
        res.gating_date = None
        if happened:
            res.priority = "low"
            ctx.reasons.append("discharge already happened" + (f" ({d.month}/{d.day})" if d else ""))
        else:
            res.priority = "normal"
            ctx.reasons.append("planned discharge" + (f" ({d.month}/{d.day})" if d else ""))
        return

    label = {
        "p2p_request": "P2P requested",
        "appeal": "appeal filed",
        "new_request": "new request",
        "extension_request": "extension requested",
        "updated_clinicals": "updated clinicals",
        "status_inquiry": "status inquiry",
    }[rtype]
    ctx.reasons.append(label)
    res.expedited = _expedited(ctx)
    g = _gating(ctx, rtype)
    if g is not None:
        res.gating_date = g[0]
    routine = (
        rtype == "updated_clinicals" and rules.approved_routine.search(segs[ctx.current].low)
        if segs and ctx.current is not None
        else False
    )

    if res.expedited:
        res.priority = "urgent"
        ctx.reasons.insert(0, "expedited requested")
    elif g is not None and today is not None and g[0] <= today:
        res.priority = "urgent"
    elif g is not None and today is not None and g[0] == today + timedelta(days=1):
        res.priority = "high"
    elif rtype in {"p2p_request", "appeal"}:
        res.priority = "high"
    elif rtype == "updated_clinicals":
        res.priority = "normal" if routine else "high"
        if routine:
            ctx.reasons.append("approved, routine update")
    else:
        res.priority = "normal"
    if g is not None and today is not None:
        label = _KIND_LABEL[g[1]]
        if g[1] == "deadline" and rtype in {"p2p_request", "appeal"}:
            label = ("P2P " if rtype == "p2p_request" else "appeal ") + label
        ctx.reasons.append(f"{label} {_when(g[0], today)}")


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
