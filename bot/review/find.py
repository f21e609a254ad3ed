"""Authorization status look-up for callers (`/find`): open or recently decided cases by member id, last
name with date of birth, or facility. Nothing here is logged."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select

from bot.cases.ids import normalize_member_id
from bot.cases.models import Case
from bot.storage.db import Database

LIMIT = 15
_DOB = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
USAGE = "Usage: /find <member id | last name + date of birth | facility>, e.g. /find M123456789"


@dataclass(frozen=True)
class Found:
    label: str = ""
    cases: list[Case] = field(default_factory=list)
    error: str | None = None


def _like_literal(text: str) -> str:
    """User text matched literally inside LIKE (no % or _ wildcards)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parse_dob(text: str) -> tuple[date | None, str]:
    """A date of birth (MM/DD/YYYY or YYYY-MM-DD) and the rest of the text."""
    m = _DOB.search(text)
    if not m:
        return None, text
    try:
        dob = date(int(m[3]), int(m[1]), int(m[2])) if m[3] else date(int(m[4]), int(m[5]), int(m[6]))
    except ValueError:
        return None, text
    return dob, (text[: m.start()] + text[m.end() :]).strip(" ,")


async def find_open_cases(db: Database, text: str) -> Found:
    text = " ".join((text or "").split())
    if len(text) < 2:
        return Found(error=USAGE)
    if len(text) > 120:
        return Found(error="That is too long to search for. " + USAGE)
    member = normalize_member_id(text)
    dob, rest = parse_dob(text)
    # Decided cases stay findable: callers ask about approved days too. Open ones come first.
    order = (Case.is_open.desc(), Case.due_at, Case.case_id)
    async with db.session() as s:
        if member:
            rows = await s.scalars(select(Case).where(Case.member_id == member).order_by(*order).limit(LIMIT))
            return Found(f"member {member}", list(rows))
        if dob is not None:
            if not rest:
                return Found(error="Add the member's last name with the date of birth. " + USAGE)
            last_name = func.lower(Case.member_name).like("%" + _like_literal(rest.lower()), escape="\\")
            rows = await s.scalars(select(Case).where(Case.member_dob == dob, last_name).order_by(*order).limit(LIMIT))
            return Found(f"{rest} born {dob.isoformat()}", list(rows))
        pattern = f"%{_like_literal(text.lower())}%"
        rows = await s.scalars(
            select(Case).where(or_(func.lower(Case.facility).like(pattern, escape="\\"))).order_by(*order).limit(LIMIT)
        )
        return Found(f"facility “{text}”", list(rows))
