"""Call log and P2P services on SQLite and PostgreSQL: idempotent records under concurrency, P2P decisions,
clinicals closing and reminders claimed once."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.audit.models import AuditEntry
from bot.cases import calls as C
from bot.cases.api import validate_case
from bot.cases.call_models import CallLog
from bot.cases.p2p import P2PError, P2PService
from bot.cases.service import CaseService
from tests.support.clock import FIXED_NOW, freeze_bot_clock

TZ = ZoneInfo("America/Chicago")
PAT = C.Actor("29:pat", "Pat Coordinator", "tenant-a", "k-pat")
MD = C.Actor("29:drlee", "Dr. Lee", "tenant-a", "k-md")
NOW = FIXED_NOW


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch) -> datetime:
    """The services' own "now" is the tests' NOW: "tomorrow" never depends on when the suite runs."""
    return freeze_bot_clock(monkeypatch)


async def _case(db, case_id="2026004512", status="denied"):
    inp, errors = validate_case(
        {
            "case_id": case_id,
            "member_id": "M123450001",
            "level_of_care": "IRF",
            "request_type": "initial",
            "received_at": (NOW - timedelta(days=2)).isoformat(),
            "status": status,
        }
    )
    assert not errors
    cases = CaseService(db, TZ)
    await cases.upsert(inp)
    return cases


def _payload(card_id: str, **kw) -> dict:
    return {
        "card_id": card_id,
        "case_id": "2026004512",
        "call_type": "denial_notification",
        "contact_name": "Jordan Liaison",
        "contact_phone": "555-555-0100",
        "outcome": "reached",
        "notice_date": "2026-01-05",
        "rights_explained": "yes",
        "wants_appeal": "no",
        **kw,
    }


def _tomorrow(hour: str) -> dict:
    day = (NOW.astimezone(TZ).date() + timedelta(days=1)).isoformat()
    return {"window1_date": day, "window1_start": hour, "window1_end": "23:00"}


async def test_concurrent_submissions_of_one_form_record_once(db):
    cases = await _case(db)
    svc = C.CallService(db, TZ, cases=cases)
    inp = C.parse_call(_payload("a" * 32), now=NOW, tz=TZ)
    results = await asyncio.gather(*(svc.record(inp, PAT) for _ in range(4)))
    assert sum(r.created for r in results) == 1
    assert len({r.call.id for r in results}) == 1
    async with db.session() as s:
        assert await s.scalar(select(func.count()).select_from(CallLog)) == 1
        assert (
            await s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "call.logged")) == 1
        )


async def test_same_form_for_another_case_or_tenant_is_refused(db):
    cases = await _case(db)
    await _case(db, "2026004513")
    svc = C.CallService(db, TZ, cases=cases)
    await svc.record(C.parse_call(_payload("b" * 32), now=NOW, tz=TZ), PAT)
    with pytest.raises(C.CardMismatch):
        await svc.record(C.parse_call(_payload("b" * 32, case_id="2026004513"), now=NOW, tz=TZ), PAT)
    with pytest.raises(C.CardMismatch):
        other = C.Actor("29:pat", "Pat", "tenant-b", None)
        await svc.record(C.parse_call(_payload("b" * 32), now=NOW, tz=TZ), other)


@pytest.mark.parametrize("notice, due", [(date(2024, 12, 31), date(2025, 3, 1)), (date(2025, 1, 1), date(2025, 3, 7))])
def test_filing_deadline_rule_change(notice, due):
    inp = C.parse_call(_payload("c" * 32, notice_date=notice.isoformat()), now=NOW, tz=TZ)
    out = C.compute_deadlines(inp, NOW, TZ)["reconsideration_filing"]
    assert datetime.fromisoformat(out["due_at"]).astimezone(TZ).date() == due


async def test_p2p_decisions_and_concurrent_accepts(db):
    cases = await _case(db)
    svc = C.CallService(db, TZ, cases=cases, p2p_window_hours=24)
    p2p_svc = P2PService(db, TZ, cases=cases)
    data = _payload(
        "d" * 32,
        call_type="p2p_offer",
        p2p_response="accepted",
        physician_name="Dr. Synthetic",
        callback_phone="555-555-0199",
        **_tomorrow("20:00"),
    )
    result = await svc.record(C.parse_call(data, now=NOW, tz=TZ), PAT)
    assert result.p2p is not None and (await cases.get("2026004512")).status == "p2p_requested"
    case = await cases.get("2026004512")
    assert result.p2p.window_closes_at == case.decided_at + timedelta(hours=24)
    when = datetime.fromisoformat(result.p2p.windows[0]["start"])
    outcomes = await asyncio.gather(
        *(p2p_svc.decide(result.p2p.id, "accept", MD, when=when) for _ in range(3)), return_exceptions=True
    )
    assert sum(1 for o in outcomes if not isinstance(o, Exception) and o.changed) == 1, outcomes
    assert (await cases.get("2026004512")).status == "p2p_scheduled"
    with pytest.raises(P2PError, match="already scheduled"):
        await p2p_svc.decide(result.p2p.id, "decline", MD)
    done = await p2p_svc.decide(result.p2p.id, "complete", MD)
    assert done.changed and (await cases.get("2026004512")).status == "p2p_completed"
    async with db.session() as s:
        actions = list(await s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions.count("p2p.accept") == 1 and actions.count("case.status_changed") == 3


async def test_reminders_are_claimed_once_and_clinicals_close(db):
    cases = await _case(db, status="pending_info")
    svc = C.CallService(db, TZ, cases=cases)
    day = (NOW.astimezone(TZ).date() + timedelta(days=1)).isoformat()
    data = _payload(
        "e" * 32, call_type="clinicals_request", requested_items="PT notes", promised_date=day, promised_time="09:00"
    )
    rec = await svc.record(C.parse_call(data, now=NOW, tz=TZ), PAT)
    later = rec.call.promised_by + timedelta(minutes=1)
    [reminder] = await svc.due_reminders(later)
    claims = await asyncio.gather(*(svc.claim_reminder(reminder, later) for _ in range(3)))
    assert sorted(claims) == [False, False, True]
    assert await svc.due_reminders(later) == []
    await svc.release_reminder(reminder)
    assert len(await svc.due_reminders(later)) == 1
    assert await svc.close_clinicals_requests("2026004512") == 1
    assert await svc.due_reminders(later) == []
