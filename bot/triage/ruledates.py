"""The rule stage's date grammar and the gating date (discharge, bed hold, deadline, LCD, admission)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import MONTHS, next_weekday_after, safe_date, weekday_index
from .prepare import _Ctx, _current_subject, _sentences, normalise
from .rules import Rules

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
    r"|(?P<mdy>\b(?P<mon>" + _MONTH_NAMES + r")\.?\s+(?P<mday>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<myear>\d{4}))?)"
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
    groups = m.groupdict()
    if groups["rel0"]:
        return ref
    if groups["rel2"]:
        return ref + timedelta(days=2)
    if groups["rel1"]:
        return ref + timedelta(days=1)
    if groups["relm1"]:
        return ref - timedelta(days=1)
    if groups["ago"]:
        return ref - timedelta(days=_count(groups["agon"]))
    if groups["inn"]:
        return ref + timedelta(days=_count(groups["innn"]))
    if groups["wd"]:
        if groups["wdm"]:
            y = int(groups["wdy"]) if groups["wdy"] else ref.year
            y = y + 2000 if y < 100 else y
            d = safe_date(y, int(groups["wdm"]), int(groups["wdd"]))
            if d:
                return d
        idx = weekday_index(groups["wdname"])
        return next_weekday_after(ref, idx) if idx is not None else None
    if groups["num"]:
        y = int(groups["ny"]) if groups["ny"] else ref.year
        y = y + 2000 if y < 100 else y
        return safe_date(y, int(groups["nm"]), int(groups["nd"]))
    if groups["mdy"]:
        mon = MONTHS.get(groups["mon"].lower()[:3])
        y = int(groups["myear"]) if groups["myear"] else ref.year
        return safe_date(y, mon, int(groups["mday"])) if mon else None
    if groups["dmy"]:
        mon = MONTHS.get(groups["dmon"].lower()[:3])
        y = int(groups["dyear"]) if groups["dyear"] else ref.year
        return safe_date(y, mon, int(groups["dday"])) if mon else None
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
        found = [(hit, i) for hit in _gating_in(seg.low, ref, rules, kinds)]
        if i == cur and cur == 0:
            subj = _current_subject(ctx)
            if subj:
                found += [(hit, None) for hit in _gating_in(normalise(subj, rules), ref, rules, kinds)]
        if found:
            hit, where = min(found, key=lambda f: f[0])
            ctx.sources["gating_date"] = (where, "body")
            return hit
    return None
