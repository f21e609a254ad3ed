"""Synthetic demo cases (development only; the edge gates it on settings.demo_data and not production).

Every demo case is clearly marked: case ids 2026900001–2026900012, member ids M9000000NN, names
"Demo Patient A…", facilities "Demo …", liaison phones in the fictional 555-01xx range (10 digits:
312-555-01xx, which the call form accepts), `demo=True`.
Deadlines are relative to `now` (some overdue, some due today, some next week).

`load_demo` is idempotent: it only creates the demo cases that do not exist yet and never touches
existing rows, so restarts add no events. `delete_demo` removes them all.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select

from bot.cases import timeline
from bot.cases.api import CaseInput
from bot.cases.models import Case, CaseEvent
from bot.cases.service import CaseService
from bot.storage.base import utcnow
from bot.storage.db import Database

DEMO_PREFIX = "2026900"
DEMO_ACTOR = "Demo Coordinator"

# (suffix, loc, request_type, expedited, received_ago, status, assignee, facility, events)
# received_ago: timedelta before now. Standard 7-day clock: 9 d ago -> overdue ~2 d; 7 d ago -> due tonight.
_SPECS = [
    (
        "01",
        "IRF",
        "initial",
        True,
        timedelta(hours=70),
        "in_review",
        "demo-user-1",
        "Demo Rehab Hospital",
        ["Clinicals received", "Therapy evals reviewed"],
    ),
    (
        "02",
        "LTAC",
        "initial",
        True,
        timedelta(hours=75),
        "sent_to_md",
        "demo-user-2",
        "Demo Long-Term Acute Care",
        ["Sent to MD for review"],
    ),
    (
        "03",
        "SNF",
        "initial",
        False,
        timedelta(days=9),
        "pending_info",
        None,
        "Demo Skilled Nursing Center",
        ["Requested updated PT/OT notes"],
    ),
    ("04", "IRF", "extension_concurrent", False, timedelta(days=7, hours=2), "new", None, "Demo Rehab Hospital", []),
    (
        "05",
        "SNF",
        "extension_concurrent",
        False,
        timedelta(days=6),
        "in_review",
        "demo-user-1",
        "Demo Skilled Nursing Center",
        ["Weekly update reviewed"],
    ),
    ("06", "LTAC", "initial", False, timedelta(days=5), "new", None, "Demo Long-Term Acute Care", []),
    ("07", "IRF", "initial", False, timedelta(hours=3), "new", None, "Demo Rehab Institute", []),
    ("08", "SNF", "initial", False, timedelta(hours=1), "new", None, "Demo Skilled Nursing Center", []),
    (
        "09",
        "IRF",
        "reconsideration",
        False,
        timedelta(days=3),
        "in_review",
        "demo-user-2",
        "Demo Rehab Institute",
        ["Reconsideration request logged"],
    ),
    (
        "10",
        "LTAC",
        "initial",
        False,
        timedelta(days=12),
        "denied",
        "demo-user-1",
        "Demo Long-Term Acute Care",
        ["MD decision: denied", "Denial notice sent"],
    ),
    (
        "11",
        "SNF",
        "initial",
        False,
        timedelta(days=15),
        "approved",
        "demo-user-2",
        "Demo Skilled Nursing Center",
        ["Approved 14 days"],
    ),
    (
        "12",
        "IRF",
        "extension_concurrent",
        True,
        timedelta(hours=20),
        "pending_info",
        "demo-user-1",
        "Demo Rehab Hospital",
        ["Asked liaison for current nursing notes"],
    ),
]
DEMO_CASE_IDS = tuple(DEMO_PREFIX + s[0].rjust(3, "0") for s in _SPECS)
_NAMES = {"demo-user-1": "Demo Coordinator One", "demo-user-2": "Demo Coordinator Two"}


def demo_inputs(now: datetime) -> list[CaseInput]:
    out = []
    for i, (suffix, loc, rtype, exp, ago, status, who, facility, _ev) in enumerate(_SPECS):
        letter = chr(ord("A") + i)
        out.append(
            CaseInput(
                case_id=DEMO_PREFIX + suffix.rjust(3, "0"),
                member_id=f"M9000000{suffix}",
                member_name=f"Demo Patient {letter}",
                member_dob=date(1940 + i, 1 + i % 12, 10 + i),
                level_of_care=loc,
                request_type=rtype,
                received_at=now - ago,
                expedited=exp,
                status=status,
                facility=facility,
                liaison_name=f"Demo Liaison {letter}",
                liaison_phone=f"312-555-01{suffix}",
                liaison_email=f"liaison{suffix}@example.org",
                assigned_to_id=who,
                assigned_to_name=_NAMES.get(who),
                authorized_days=14 if status == "approved" else None,
                demo=True,
            )
        )
    return out


async def load_demo(db: Database, tz: ZoneInfo | str, now: datetime | None = None) -> int:
    """Create the missing demo cases (with a few timeline events); returns how many were created."""
    now = now or utcnow()
    async with db.session() as s:
        existing = set(await s.scalars(select(Case.case_id).where(Case.case_id.in_(DEMO_CASE_IDS))))
    missing = [inp for inp in demo_inputs(now) if inp.case_id not in existing]
    if not missing:
        return 0
    service = CaseService(db, tz)
    created_at = {inp.case_id: inp.received_at for inp in missing}
    await service.upsert_many(missing, actor_name=DEMO_ACTOR, now=now)
    specs = {DEMO_PREFIX + s[0].rjust(3, "0"): s for s in _SPECS}
    async with db.session() as s:
        for case_id in created_at:
            spec = specs[case_id]
            events = spec[8]
            start = created_at[case_id]
            step = (now - start) / (len(events) + 1)
            for n, detail in enumerate(events, 1):
                timeline.add_event(
                    s,
                    case_id,
                    "note",
                    at=start + step * n,
                    actor_id=spec[6] or "demo",
                    actor_name=_NAMES.get(spec[6], DEMO_ACTOR),
                    detail=detail,
                    data={"demo": True},
                )
    return len(missing)


async def delete_demo(db: Database) -> int:
    async with db.session() as s:
        ids = list(await s.scalars(select(Case.case_id).where(Case.demo.is_(True))))
        if ids:
            await s.execute(delete(CaseEvent).where(CaseEvent.case_id.in_(ids)))
            await s.execute(delete(Case).where(Case.case_id.in_(ids)))
    return len(ids)
