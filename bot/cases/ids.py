"""Case and member identifiers (TRIAGE_RUBRIC §3 and §4).

A case id is canonical as the 10-digit string `YYYYNNNNNN`. Accepted written forms (case-insensitive,
spaces tolerated):

| written            | canonical                                            |
|--------------------|------------------------------------------------------|
| `2026004512`       | as written                                           |
| `AUTH-2026-004512` | year + 6-digit number                                |
| `Case #4512`       | `year` argument + number left-padded to 6 digits     |
| `Ref: 2026004512`  | as written                                           |
"""

from __future__ import annotations

import re

_AUTH = re.compile(r"^AUTH\s*-?\s*(\d{4})\s*-?\s*(\d{6})$", re.I)
_CASE = re.compile(r"^(?:CASE\s*)?#\s*(\d{1,6})$|^CASE\s*#?\s*(\d{1,6})$", re.I)
_REF = re.compile(r"^(?:REF\s*:?\s*#?\s*)?(\d{10})$", re.I)
_MEMBER = re.compile(r"^M\d{9}$")


def parse_case_ref(text: str | None, year: int | None = None) -> str | None:
    """The canonical case id written in `text` (the whole text is the reference), or None.

    `year` completes the short `Case #4512` form; without it that form is rejected.
    """
    if not text:
        return None
    value = " ".join(str(text).split()).strip()
    # Collapse spaces inside a bare digit run ("2026 004512").
    if re.fullmatch(r"[\d ]{10,13}", value):
        value = value.replace(" ", "")
    if m := _REF.match(value):
        return m.group(1)
    if m := _AUTH.match(value):
        return m.group(1) + m.group(2)
    if m := _CASE.match(value):
        if year is None or not 1000 <= int(year) <= 9999:
            return None
        return f"{int(year):04d}{int(m.group(1) or m.group(2)):06d}"
    return None


def looks_like_member_id(text: str | None) -> bool:
    """`M` followed by exactly 9 digits, as written (TRIAGE_RUBRIC §4)."""
    return bool(text) and bool(_MEMBER.match(str(text).strip()))


def normalize_member_id(text: str | None) -> str | None:
    """The member id with surrounding spaces removed, or None when it is not one (`m123…` is accepted)."""
    if not text:
        return None
    value = str(text).strip()
    if value[:1] == "m":
        value = "M" + value[1:]
    return value if _MEMBER.match(value) else None
