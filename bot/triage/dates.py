"""Date helpers: header dates, loose quoted-header dates and date expressions inside text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_WEEKDAY_RE = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday|s)?|thu(?:r(?:s(?:day)?)?)?|thursday|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)"
)


def parse_header_date(value: str | None) -> datetime | None:
    """RFC 5322 date -> aware datetime (naive '-0000' is read as UTC); None when invalid."""
    if not value:
        return None
    try:
        dt = parsedate_to_datetime(value.strip()[:200])
    except Exception:  # noqa: BLE001 - any garbage
        dt = None
    if dt is None:
        return parse_loose_datetime(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        if not (1970 <= dt.year <= 2200):
            return None
        dt.utcoffset()
    except Exception:  # noqa: BLE001
        return None
    return dt


_LOOSE_MDY = re.compile(r"(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I)
_LOOSE_DMY = re.compile(r"(?P<day>\d{1,2})\s+(?P<mon>" + _MONTH_RE + r")\.?,?\s+(?P<year>\d{4})", re.I)
_LOOSE_NUM = re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b")
_LOOSE_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_TIME = re.compile(r"\b(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?", re.I)


def parse_loose_datetime(value: str) -> datetime | None:
    """Dates as mail clients write them in quoted headers ('Monday, November 23, 2026 12:43 PM',
    'Sat, Nov 7, 2026 at 7:21 AM', '11/23/2026 9:15 AM'). Naive result (only the calendar date matters)."""
    if not value:
        return None
    value = value[:300]
    y = mo = d = None
    m = _LOOSE_MDY.search(value) or _LOOSE_DMY.search(value)
    if m:
        mo = MONTHS.get(m.group("mon").lower()[:3]) or MONTHS.get(m.group("mon").lower()[:4])
        d, y = int(m.group("day")), int(m.group("year"))
    else:
        m = _LOOSE_NUM.search(value)
        if m:
            mo, d, y = int(m.group("m")), int(m.group("d")), int(m.group("y"))
            if y < 100:
                y += 2000
        else:
            m = _LOOSE_ISO.search(value)
            if m:
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (y and mo and d):
        return None
    hh = mi = 0
    t = _TIME.search(value, m.end()) if m else None
    if t:
        hh, mi = int(t.group("h")), int(t.group("mi"))
        ampm = (t.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
    try:
        return datetime(y, mo, d, min(hh, 23), min(mi, 59))
    except ValueError:
        try:
            return datetime(y, mo, d)
        except ValueError:
            return None


def local_date(dt: datetime | None) -> date | None:
    """Calendar date in the datetime's own offset ('today' of the message)."""
    return dt.date() if dt is not None else None


def next_weekday_after(ref: date, weekday: int) -> date:
    """The next given weekday strictly after ``ref``."""
    delta = (weekday - ref.weekday()) % 7
    return ref + timedelta(days=delta or 7)


def weekday_index(word: str) -> int | None:
    w = word.lower()
    if w.startswith("thur") or w.startswith("thu"):
        return 3
    if w.startswith("tue"):
        return 1
    return WEEKDAYS.get(w[:3])


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
