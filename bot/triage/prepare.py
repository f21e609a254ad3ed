"""Text preparation for the rule stage: normalised segments (disclaimers, signatures, typos) and the context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .limits import DEFAULT_LIMITS, Limits
from .parse import ParsedEmail
from .rules import Rules

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
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
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
    low_without_subject: str  # normalised text without the quoted 'Subject:' line (used to find the request)
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
    # where each fact was found: field -> (segment index, or None for the subject; 'body' | 'signature')
    sources: dict[str, tuple[int | None, str]] = field(default_factory=dict)
    # each segment's author role, read from its signature once (provenance.role_of fills it on first use)
    roles: dict[int, str | None] = field(default_factory=dict)


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
        sent_start = max(b.rfind(". ", 0, cut) + 2, line_start) if b.rfind(". ", line_start, cut) >= 0 else line_start
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
            raw_text = raw_text[: limits.classify_head_chars] + "\n[...]\n" + raw_text[-limits.classify_tail_chars :]
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
        low_without_subject = (
            normalise(_SUBJ_LINE.sub("", text, count=1), rules) if text.startswith("Subject:") else low
        )
        out.append(_Seg(i, s.kind, d, text, body, sig, low, low_without_subject, s.subject, payer, words))
    return out


def _sentences(low: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(low) if s and s.strip()]


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
