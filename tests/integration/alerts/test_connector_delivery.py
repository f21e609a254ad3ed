"""The dispatcher over the real ConnectorTransport against the mock Bot Connector: 429 (Retry-After), 503,
403; restarts (a new dispatcher instance per pass); a kill between posting and recording; card updates in
place; and two dispatchers with two engines working the same outbox at once."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import pytest

from bot.alerts.dispatcher import DispatchPolicy
from bot.alerts.models import AlertDelivery
from bot.alerts.subscriptions import SubscriptionService, User
from bot.features.alert_delivery import CardAlertService as AlertService
from bot.features.alert_delivery import CardDispatcher as Dispatcher
from bot.storage.db import Database
from bot.transport.client import ConnectorTransport
from bot.transport.retry import RetryPolicy
from tests.support.mock_connector import MockConnector, Reply
from tests.support.transport_sender import TransportSender
from tests.unit.alerts.helpers import T0, TZ, deliveries, make_alert

POLICY = DispatchPolicy(
    lease_s=60,
    send_timeout_s=10,
    max_failures=5,
    base_backoff_s=5,
    max_backoff_s=60,
    throttle_default_s=5,
    concurrency=4,
)


async def _no_sleep(_delay: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
async def mock():
    async with MockConnector() as m:
        yield m


@pytest.fixture
async def transport():
    # One attempt per call: 429s come back as Throttled so the dispatcher's own rescheduling is exercised.
    t = ConnectorTransport(retry=RetryPolicy(max_attempts=1, jitter=lambda: 0.0), sleep=_no_sleep)
    async with t:
        yield t


def alert_ids_posted(mock, conversation_id: str) -> list[int]:
    out = []
    for r in mock.requests:
        if r.method == "POST" and r.conversation_id == conversation_id and r.status == 200:
            content = r.body["attachments"][0]["content"]
            out.append(next(a["data"]["alert_id"] for a in content["actions"]))
    return out


async def subscribe(db, keys):
    svc = SubscriptionService(db)
    for k in keys:
        await svc.subscribe(k, "high", None, User("u1"))


async def run_until_idle(db, sender, start, *, step=timedelta(seconds=6), rounds=30, on_gone=None):
    now = start
    for i in range(rounds):
        # A fresh Dispatcher per pass: restarts must not matter.
        stats = await Dispatcher(db, sender, f"proc-{i}", tz=TZ, policy=POLICY, on_gone=on_gone).dispatch_once(now)
        async with db.session() as s:
            from sqlalchemy import func, select

            waiting = await s.scalar(
                select(func.count())
                .select_from(AlertDelivery)
                .where(AlertDelivery.status.in_(("pending", "in_flight")))
            )
        if not waiting and stats.idle:
            return now
        now += step
    raise AssertionError("outbox did not drain")


async def test_exactly_once_per_subscription_despite_429_503_403(db, mock, transport):
    await subscribe(db, ["a", "b", "c"])
    alerts = [await make_alert(db, priority="urgent") for _ in range(3)]
    addresses = {k: (mock.url, f"conv-{k}") for k in "abc"}
    sender = TransportSender(transport, addresses)
    mock.script(
        Reply.throttled(retry_after="2", match="conv-a"),
        Reply.throttled(retry_after="2", match="conv-a"),
        Reply.unavailable(503, match="conv-b"),
        Reply.not_in_roster(match="conv-c"),
    )
    gone = []
    await run_until_idle(db, sender, T0, on_gone=gone.append)
    want = sorted(a.id for a in alerts)
    assert sorted(alert_ids_posted(mock, "conv-a")) == want
    assert sorted(alert_ids_posted(mock, "conv-b")) == want
    assert alert_ids_posted(mock, "conv-c") == []
    assert len(mock.received("POST", "conv-c")) == 1  # after the 403 nothing more is tried there
    assert gone == ["c"]
    rows = await deliveries(db)
    by_key = Counter((r.conversation_key, r.status) for r in rows)
    assert by_key == Counter({("a", "sent"): 3, ("b", "sent"): 3, ("c", "gone"): 3})
    a_rows = [r for r in rows if r.conversation_key == "a"]
    assert sum(r.failures for r in a_rows) == 0 and sum(r.attempts for r in a_rows) == 5  # 2 x 429 not failures
    # The 503 was a definite answer: the copy that got through is the first, not a "re-sent" one.
    assert sum(r.resends for r in rows if r.conversation_key == "b") == 0
    assert not any("Re-sent" in str(r.body) for r in mock.received("POST", "conv-b"))
    [sub_c] = await SubscriptionService(db).list_for("c")
    assert not sub_c.active
    # Acknowledge: every sent card is updated in place (PUT to the recorded activity id).
    res = await AlertService(db, TZ).acknowledge(alerts[0].id, User("aad-1", "Nurse One"), now=T0)
    assert sorted(k for k, _ in res.targets) == ["a", "b"]
    await run_until_idle(db, sender, T0 + timedelta(minutes=5))
    puts = mock.received("PUT")
    assert sorted((p.conversation_id, p.activity_id) for p in puts) == sorted(
        (f"conv-{k}", act) for k, act in res.targets
    )
    assert all("Acknowledged by Nurse One" in str(p.body) for p in puts)


async def test_transport_retries_429_itself_within_budget(db, mock):
    await subscribe(db, ["a"])
    await make_alert(db, priority="urgent")
    t = ConnectorTransport(retry=RetryPolicy(max_attempts=4, jitter=lambda: 0.0), sleep=_no_sleep)
    async with t:
        mock.script(Reply.throttled(retry_after="1"), Reply.throttled(retry_after="1"))
        sender = TransportSender(t, {"a": (mock.url, "conv-a")})
        stats = await Dispatcher(db, sender, "p", tz=TZ, policy=POLICY).dispatch_once(T0)
    assert stats.sent == 1 and len(alert_ids_posted(mock, "conv-a")) == 1
    [row] = await deliveries(db)
    assert row.attempts == 1 and row.status == "sent"


async def test_killed_after_post_before_record_resends_once(db, mock, transport):
    """The real POST reaches the connector, then the worker dies. Policy: at-least-once – the next
    dispatcher re-sends after the lease, so the connector sees exactly two copies of that one delivery,
    the second marked as a re-send; every other delivery exactly one."""
    await subscribe(db, ["a"])
    first, second = await make_alert(db, priority="urgent"), await make_alert(db, priority="urgent")
    real = TransportSender(transport, {"a": (mock.url, "conv-a")})

    class DiesAfterPost:
        async def send_card(self, key, card, *, idempotency_key):
            await real.send_card(key, card, idempotency_key=idempotency_key)
            raise asyncio.CancelledError

        async def update_card(self, key, activity_id, card):  # pragma: no cover - not reached
            raise AssertionError

    with pytest.raises(asyncio.CancelledError):
        await Dispatcher(
            db,
            DiesAfterPost(),
            "doomed",
            tz=TZ,
            policy=DispatchPolicy(lease_s=60, send_timeout_s=10, concurrency=1),
        ).dispatch_once(T0, batch=1)
    assert alert_ids_posted(mock, "conv-a") == [first.id]
    await run_until_idle(db, real, T0 + timedelta(seconds=61))
    assert Counter(alert_ids_posted(mock, "conv-a")) == Counter({first.id: 2, second.id: 1})
    resent = [r.body for r in mock.requests if r.method == "POST"][-2:]
    assert sum("Re-sent after a delivery interruption" in str(b) for b in resent) == 1
    assert len(set(real.keys)) == 2  # the re-send used the same idempotency key as the lost one


async def test_two_dispatchers_two_engines_concurrently(db, mock, transport, request):
    """Two processes (two engines, two owners) interleave on one outbox: every delivery is posted once."""
    await subscribe(db, ["a", "b"])
    alerts = [await make_alert(db, priority="urgent") for _ in range(20)]
    other = Database(db.url)
    try:
        mock.delay_s = 0.002
        sender = TransportSender(transport, {"a": (mock.url, "conv-a"), "b": (mock.url, "conv-b")})
        claimed = Counter()

        async def worker(database, owner):
            d = Dispatcher(database, sender, owner, tz=TZ, policy=POLICY)
            for _ in range(40):
                stats = await d.dispatch_once(T0, batch=3)
                claimed[owner] += stats.claimed
                if stats.idle:
                    await asyncio.sleep(0)  # let the other worker record; done when a second pass is idle too
                    if (await d.dispatch_once(T0, batch=3)).idle:
                        return
                await asyncio.sleep(0)

        await asyncio.gather(worker(db, "proc-1"), worker(other, "proc-2"))
    finally:
        await other.dispose()
    want = sorted(a.id for a in alerts)
    assert sorted(alert_ids_posted(mock, "conv-a")) == want
    assert sorted(alert_ids_posted(mock, "conv-b")) == want
    assert claimed["proc-1"] + claimed["proc-2"] == 40
    if db.is_postgres:
        assert claimed["proc-1"] > 0 and claimed["proc-2"] > 0
    assert {r.status for r in await deliveries(db)} == {"sent"}
