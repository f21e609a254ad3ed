"""Shared helpers for alert tests: a scripted fake sender, e-mail builders, fixed clocks."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.alerts.models import Alert, AlertDelivery
from bot.transport.outcomes import Sent

TZ = ZoneInfo("America/Chicago")
T0 = datetime(2026, 11, 12, 16, 0, tzinfo=UTC)  # Thu 11/12 10:00 CST


class FakeSender:
    """Records every call; `script` holds outcomes (or callables / exceptions) for the next send calls."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict, str]] = []  # (conversation_key, card, idempotency_key)
        self.updates: list[tuple[str, str, dict]] = []
        self.script: list = []
        self.update_script: list = []
        self._n = 0

    async def send_card(self, conversation_key: str, card: dict, *, idempotency_key: str):
        self.sent.append((conversation_key, card, idempotency_key))
        self._n += 1
        if self.script:
            item = self.script.pop(0)
            if isinstance(item, BaseException):
                raise item
            if callable(item):
                return await item(conversation_key, card, idempotency_key)
            return item
        return Sent(f"act-{self._n}")

    async def update_card(self, conversation_key: str, activity_id: str, card: dict):
        self.updates.append((conversation_key, activity_id, card))
        if self.update_script:
            return self.update_script.pop(0)
        return Sent(activity_id)

    def keys(self) -> list[str]:
        return [k for k, _, _ in self.sent]


def eml(subject: str, body: str, *, date: datetime = T0, sender: str = "liaison@hospital.example") -> bytes:
    return (
        f"From: Liaison <{sender}>\r\nTo: psc@plan.example\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(date.astimezone(TZ))}\r\n"
        f"Message-ID: <{abs(hash((subject, body)))}@x.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


URGENT_NEW = eml(
    "New IRF referral AUTH-2026-004512",
    "Please review new acute inpatient rehab referral for member M123456789, AUTH-2026-004512. "
    "Patient is ready for discharge today. Thank you.",
)
HIGH_P2P = eml(
    "P2P request Case #4513",
    "Requesting a peer to peer with your medical director for Case #4513, member M123456780, SNF. "
    "Dr. available after 3pm.",
)
LOW_DC = eml(
    "Discharge AUTH-2026-004514",
    "Member M123456781 discharged home yesterday from our skilled nursing facility. AUTH-2026-004514.",
)
NORMAL_NEW = eml(
    "SNF auth request AUTH-2026-004515",
    "New skilled nursing facility authorization request for member M123456782, AUTH-2026-004515. "
    "Anticipated discharge next week, no date yet.",
)


async def deliveries(db, **where) -> list[AlertDelivery]:
    async with db.session() as s:
        q = select(AlertDelivery).order_by(AlertDelivery.id)
        for k, v in where.items():
            q = q.where(getattr(AlertDelivery, k) == v)
        return list(await s.scalars(q))


async def alerts(db) -> list[Alert]:
    async with db.session() as s:
        return list(await s.scalars(select(Alert).order_by(Alert.id)))


async def drain(run: Callable, rounds: int = 20):
    """Call an async dispatch pass until it reports nothing to do."""
    for _ in range(rounds):
        stats = await run()
        if stats.idle:
            return
        await asyncio.sleep(0)


async def make_alert(
    db,
    *,
    priority="urgent",
    request_type="new_request",
    loc="IRF",
    case_id=None,
    now: datetime = T0,
    email_id=None,
    reasons=("new request", "discharge today (11/12)"),
):
    """Create an alert (and its outbox rows) straight from a TriageResult, linking/creating its case."""
    from bot.alerts.service import create_for_result
    from bot.triage.link import link_result
    from bot.triage.result import TriageResult

    result = TriageResult(
        request_type=request_type,
        level_of_care=loc,
        priority=priority,
        case_id=case_id,
        member_id="M123456789" if case_id else None,
        reasons=list(reasons),
    )
    async with db.session() as s:
        link = await link_result(s, result, email_id=email_id, received_at=now, tz=TZ, now=now)
        return await create_for_result(
            s, email_id=email_id, result=result, case=link.case, due_at=link.due_at, received_at=now, now=now
        )
