"""Dispatcher outcomes with a fake sender: sent, 429, 403/404, 413, failures → dead letter, in doubt
(killed between posting and recording), acknowledge / claim card updates, lost claims."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.alerts.dispatcher import DispatchPolicy, idempotency_key
from bot.alerts.subscriptions import SubscriptionService, User
from bot.cases.service import CaseError
from bot.features.alert_delivery import CardAlertService as AlertService
from bot.features.alert_delivery import CardDispatcher as Dispatcher
from bot.features.alert_delivery import dispatch_once
from bot.transport.outcomes import Failed, RecipientGone, Sent, Throttled, TooLarge
from tests.unit.alerts.helpers import T0, TZ, FakeSender, deliveries, make_alert

POLICY = DispatchPolicy(
    lease_s=60, send_timeout_s=5, max_failures=3, base_backoff_s=10, max_backoff_s=100, throttle_default_s=7
)


async def setup(db, keys=("a", "b"), threshold="high", **alert_kw):
    svc = SubscriptionService(db)
    for k in keys:
        await svc.subscribe(k, threshold, None, User("u1"))
    return await make_alert(db, **alert_kw)


def run(db, sender, owner="d1", **kw):
    kw.setdefault("policy", POLICY)
    kw.setdefault("tz", TZ)
    return dispatch_once(db, sender, owner, **kw)


async def test_sent_records_activity_and_is_exactly_once(db):
    alert = await setup(db)
    sender = FakeSender()
    stats = await run(db, sender, now=T0)
    assert stats.claimed == 2 and stats.sent == 2
    rows = await deliveries(db, alert_id=alert.id)
    assert [(r.status, r.attempts, r.activity_id is not None) for r in rows] == [("sent", 1, True)] * 2
    assert sorted(sender.keys()) == ["a", "b"]
    assert sender.sent[0][2] == idempotency_key(rows[0].id)
    card = sender.sent[0][1]
    assert card["type"] == "AdaptiveCard" and "Acknowledge" in str(card)
    # Later passes and other dispatchers find nothing.
    assert (await run(db, sender, "d2", now=T0 + timedelta(hours=1))).claimed == 0
    assert len(sender.sent) == 2


async def test_throttled_is_rescheduled_without_counting_a_failure(db):
    alert = await setup(db, keys=("a",))
    sender = FakeSender()
    sender.script = [Throttled(12.0), Throttled(None)]
    await run(db, sender, now=T0)
    [row] = await deliveries(db, alert_id=alert.id)
    assert (row.status, row.failures, row.next_attempt_at) == ("pending", 0, T0 + timedelta(seconds=12))
    assert (await run(db, sender, now=T0 + timedelta(seconds=11))).claimed == 0  # not yet due
    await run(db, sender, now=T0 + timedelta(seconds=12))
    [row] = await deliveries(db, alert_id=alert.id)
    assert row.next_attempt_at == T0 + timedelta(seconds=19) and row.failures == 0  # default 7 s
    await run(db, sender, now=T0 + timedelta(seconds=19))
    [row] = await deliveries(db, alert_id=alert.id)
    assert (row.status, row.attempts, row.failures) == ("sent", 3, 0)


async def test_recipient_gone_deactivates_conversation(db):
    alert = await setup(db, keys=("a", "b"))
    await make_alert(db, priority="high", request_type="p2p_request")  # a second pending row for "a" and "b"
    gone: list[str] = []

    async def on_gone(key):
        gone.append(key)

    async def by_key(key, card, idem):
        return RecipientGone(403, "BotNotInConversationRoster") if key == "a" else Sent("x-" + idem)

    sender = FakeSender()
    sender.script = [by_key] * 10
    stats = await run(db, sender, now=T0, on_gone=on_gone, batch=1)
    assert stats.gone == 1 and gone == ["a"]
    [sub_a] = await SubscriptionService(db).list_for("a")
    assert not sub_a.active
    rows = await deliveries(db, conversation_key="a")
    assert {r.status for r in rows} == {"gone"}  # the waiting row for "a" is given up too
    await run(db, sender, now=T0, on_gone=on_gone)
    assert [r.status for r in await deliveries(db, conversation_key="b")] == ["sent", "sent"]
    assert gone == ["a"]
    # New alerts no longer go to "a".
    await make_alert(db, priority="urgent")
    assert all(r.conversation_key == "b" for r in await deliveries(db, status="pending"))
    assert alert.id


async def test_too_large_is_dead(db):
    await setup(db, keys=("a",))
    sender = FakeSender()
    sender.script = [TooLarge()]
    stats = await run(db, sender, now=T0)
    [row] = await deliveries(db)
    assert stats.dead == 1 and row.status == "dead" and "413" in row.last_error


async def test_failures_back_off_then_dead_letter(db):
    await setup(db, keys=("a",))
    sender = FakeSender()
    sender.script = [Failed(502, "bad gateway")] * 3
    now = T0
    await run(db, sender, now=now)
    [row] = await deliveries(db)
    assert (row.status, row.failures, row.next_attempt_at) == ("pending", 1, now + timedelta(seconds=10))
    now += timedelta(seconds=10)
    await run(db, sender, now=now)
    [row] = await deliveries(db)
    assert row.next_attempt_at == now + timedelta(seconds=20)
    now += timedelta(seconds=20)
    stats = await run(db, sender, now=now)
    [row] = await deliveries(db)
    assert stats.dead == 1 and (row.status, row.failures, row.attempts) == ("dead", 3, 3)
    assert [d.id for d in await Dispatcher(db, sender, "x").dead_letters()] == [row.id]


async def test_sender_exception_is_in_doubt_and_resent_once_with_same_key(db):
    await setup(db, keys=("a",))
    sender = FakeSender()
    sender.script = [RuntimeError("bug")]
    stats = await run(db, sender, now=T0)
    [row] = await deliveries(db)
    assert stats.in_doubt == 1 and row.status == "pending" and row.resends == 1
    await run(db, sender, now=T0 + timedelta(minutes=1))
    [row] = await deliveries(db)
    assert row.status == "sent" and len(sender.sent) == 2
    assert sender.sent[0][2] == sender.sent[1][2]  # same idempotency key
    assert "Re-sent after a delivery interruption" in str(sender.sent[1][1])


async def test_killed_between_posting_and_recording(db):
    """The sender posts, then the process dies before the outcome is recorded: the row stays in_flight.
    Policy: once the claim expires, the next dispatcher (a new instance) re-sends it ONCE (same idempotency
    key, card marked as a re-send); no further copies after that."""
    await setup(db, keys=("a",))
    posted: list[str] = []

    async def post_then_die(key, card, idem):
        posted.append(idem)  # the connector accepted the activity...
        raise asyncio.CancelledError  # ...and the worker was killed before recording

    sender = FakeSender()
    sender.script = [post_then_die]
    with pytest.raises(asyncio.CancelledError):
        await run(db, sender, "old-process", now=T0)
    [row] = await deliveries(db)
    assert row.status == "in_flight" and row.claimed_by == "old-process"
    # Before the lease ends nobody touches it (the old process might still record).
    fresh = FakeSender()
    assert (await run(db, fresh, "new-process", now=T0 + timedelta(seconds=59))).claimed == 0
    # After the lease: in doubt → re-sent once.
    stats = await run(db, fresh, "new-process", now=T0 + timedelta(seconds=61))
    [row] = await deliveries(db)
    assert stats.claimed == 1 and stats.sent == 1
    assert (row.status, row.resends, row.attempts, row.failures) == ("sent", 1, 2, 1)
    assert posted == [fresh.sent[0][2]]
    assert "Re-sent" in str(fresh.sent[0][1])
    assert (await run(db, fresh, "third", now=T0 + timedelta(hours=2))).claimed == 0
    assert len(posted) + len(fresh.sent) == 2  # exactly one duplicate at most


async def test_in_doubt_too_many_times_is_dead_lettered(db):
    await setup(db, keys=("a",))

    async def die(key, card, idem):
        raise asyncio.CancelledError

    now = T0
    for _ in range(3):
        sender = FakeSender()
        sender.script = [die]
        with pytest.raises(asyncio.CancelledError):
            await run(db, sender, now=now)
        now += timedelta(seconds=61)
    sender = FakeSender()
    stats = await run(db, sender, now=now)
    [row] = await deliveries(db)
    assert row.status == "dead" and stats.dead == 1 and sender.sent == []


async def test_lost_claim_records_nothing(db):
    await setup(db, keys=("a",))
    slow_release, slow_posted = asyncio.Event(), asyncio.Event()

    async def slow(key, card, idem):
        slow_posted.set()
        await slow_release.wait()
        return Sent("late")

    slow_sender = FakeSender()
    slow_sender.script = [slow]
    policy = DispatchPolicy(lease_s=60, send_timeout_s=30)
    task = asyncio.create_task(dispatch_once(db, slow_sender, "slow", now=T0, policy=policy, tz=TZ))
    await asyncio.wait_for(slow_posted.wait(), 10)
    # Pretend the lease ran out (a clock far ahead): another dispatcher takes the row over.
    other = FakeSender()
    await dispatch_once(db, other, "other", now=T0 + timedelta(seconds=61), policy=policy, tz=TZ)
    slow_release.set()
    stats = await task
    assert stats.lost_claims == 1
    [row] = await deliveries(db)
    assert row.status == "sent" and row.activity_id == "act-1" and row.claimed_by is None


async def test_acknowledge_and_claim_update_cards_everywhere(db):
    alert = await setup(db, keys=("a", "b"), case_id="2026004512")
    sender = FakeSender()
    await run(db, sender, now=T0)
    svc = AlertService(db, TZ)
    res = await svc.acknowledge(alert.id, User("aad-7", "Nurse Seven"), now=T0 + timedelta(minutes=3))
    assert res.changed and sorted(k for k, _ in res.targets) == ["a", "b"]
    assert "Acknowledged by Nurse Seven" in str(res.card) and '"Acknowledge"' not in str(res.card)
    again = await svc.acknowledge(alert.id, User("aad-8", "Someone Else"), now=T0 + timedelta(minutes=4))
    assert not again.changed and again.alert.acknowledged_by_id == "aad-7" and again.targets == res.targets
    stats = await run(db, sender, now=T0 + timedelta(minutes=3))
    assert stats.updates == 2 and len(sender.updates) == 2
    assert {(k, a) for k, a, _ in sender.updates} == set(res.targets)
    assert all("Acknowledged by" in str(card) for _, _, card in sender.updates)
    assert (await run(db, sender, now=T0 + timedelta(minutes=5))).updates == 0  # nothing owed
    # Claim: CaseService.claim, idempotent, cards updated again.
    c = await svc.claim(alert.id, User("aad-7", "Nurse Seven"), now=T0 + timedelta(minutes=6))
    assert c.changed and c.case.assigned_to_id == "aad-7" and "Claimed by Nurse Seven" in str(c.card)
    c2 = await svc.claim(alert.id, User("aad-7", "Nurse Seven"), now=T0 + timedelta(minutes=7))
    assert not c2.changed
    await run(db, sender, now=T0 + timedelta(minutes=6))
    assert len(sender.updates) == 4


async def test_update_retries_and_claim_without_case(db):
    alert = await setup(db, keys=("a",))
    sender = FakeSender()
    await run(db, sender, now=T0)
    svc = AlertService(db, TZ)
    with pytest.raises(CaseError):
        await svc.claim(alert.id, User("u"), now=T0)
    sender.update_script = [Failed(503, "unavailable"), Throttled(3.0)]
    await svc.acknowledge(alert.id, User("u", "U"), now=T0)
    s1 = await run(db, sender, now=T0)
    assert s1.updates_failed == 1
    assert (await run(db, sender, now=T0 + timedelta(seconds=5))).updates == 0  # backoff 10 s
    await run(db, sender, now=T0 + timedelta(seconds=10))  # throttled 3 s
    s3 = await run(db, sender, now=T0 + timedelta(seconds=13))
    assert s3.updates == 1 and len(sender.updates) == 3


async def test_card_built_at_send_time_shows_acknowledgement(db):
    alert = await setup(db, keys=("a",))
    await AlertService(db, TZ).acknowledge(alert.id, User("u", "Early Bird"), now=T0)
    sender = FakeSender()
    await run(db, sender, now=T0)
    assert "Acknowledged by Early Bird" in str(sender.sent[0][1])


async def test_outbox_counts_and_requeue_dead(db):
    from bot.alerts import outbox

    await setup(db, keys=("a",))
    sender = FakeSender()
    sender.script = [TooLarge()]
    await run(db, sender, now=T0)
    counts = await outbox.counts(db)
    assert counts["dead"] == 1 and counts["pending"] == 0
    [row] = await outbox.dead_letters(db)
    assert await outbox.requeue(db, row.id, now=T0) is True
    assert await outbox.requeue(db, row.id, now=T0) is False
    await run(db, sender, now=T0)
    assert (await outbox.counts(db))["sent"] == 1


async def test_most_urgent_rows_are_claimed_first(db):
    await SubscriptionService(db).subscribe("a", "all", None, User("u1"))
    high = await make_alert(db, priority="high", request_type="p2p_request")
    urgent = await make_alert(db, priority="urgent")
    sender = FakeSender()
    await run(db, sender, now=T0, batch=1)
    [(_, card, _)] = sender.sent
    assert card["actions"][0]["data"]["alert_id"] == urgent.id
    await run(db, sender, now=T0, batch=1)
    assert sender.sent[1][1]["actions"][0]["data"]["alert_id"] == high.id
