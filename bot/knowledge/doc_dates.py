"""Dates in documents: ISO metadata values, `Effective:` lines and "took effect on <date>" phrases."""

from __future__ import annotations

import re
from datetime import date, datetime

_EFFECTIVE_LINE = re.compile(r"^\s*(?:\*\*)?effective(?: date)?(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.+)$", re.I | re.M)
_MONTHS = "january february march april may june july august september october november december".split()
_DATE_WORDS = re.compile(
    r"\b(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.I
)
_DATED_PHRASE = re.compile(
    r"\b(?:took effect|takes effect|effective|eff\.|starting|beginning|since)\s+(?:on\s+|for\s+\w+\s+on\s+)?"
    r"((?:" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)",
    re.I,
)


def _parse_date(text: str) -> str | None:
    iso = iso_date(text.strip())
    if iso:
        return iso
    m = _DATE_WORDS.search(text)
    if not m:
        return None
    month = [x[:3] for x in _MONTHS].index(m.group(1)[:3].lower()) + 1
    try:
        return date(int(m.group(3)), month, int(m.group(2))).isoformat()
    except ValueError:
        return None


def effective_line(text: str) -> str | None:
    m = _EFFECTIVE_LINE.search(text)
    return _parse_date(m.group(1)) if m else None


def section_effective_date(text: str) -> str | None:
    """A section's own date: an `Effective:` line, else the latest "took effect on <date>" it states."""
    line = effective_line(text)
    if line:
        return line
    dates = [d for d in (_parse_date(m.group(1)) for m in _DATED_PHRASE.finditer(text)) if d]
    return max(dates) if dates else None


def iso_date(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if text.lower() in {"null", "none", "n/a", "unknown"}:
        return None
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None
