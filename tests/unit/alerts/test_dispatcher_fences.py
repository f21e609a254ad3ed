"""Dispatcher leases and fences: a crash delays an alert by about a minute, "re-sent" only when an earlier
copy is in doubt, and a stale claim cannot record an outcome over the new owner's claim."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.alerts.dispatcher import DispatchPolicy
from bot.alerts.subscriptions import SubscriptionService, User
from bot.config import Settings
from bot.features.alert_delivery import dispatch_once
from bot.transport.outcomes import Failed, Sent
from tests.unit.alerts.helpers import T0, TZ, FakeSender, deliveries, make_alert

RESENT = "Re-sent after a delivery interruption"


async def one_subscriber(db):
    await SubscriptionService(db).subscribe("a", "high", None, User("u1"))
    return await make_alert(db)


def test_the_running_bot_derives_its_lease_from_the_transport_settings():
    from bot.jobs import dispatch_policy

    policy = dispatch_policy(Settings(http_timeout_s=10.0, http_max_attempts=3))
    assert policy.send_timeout_s == 30.0 and 30.0 < policy.lease_s <= 60.0


def test_lease_is_what_a_send_can_take():
    defaults = Settings()
    policy = DispatchPolicy.for_transport(defaults.http_timeout_s, defaults.http_max_attempts)
    assert policy.send_timeout_s == defaults.http_timeout_s * defaults.http_max_attempts
    assert policy.send_timeout_s < policy.lease_s <= policy.send_timeout_s + 30
    assert DispatchPolicy().lease_s <= 90  # the default policy is no longer a five-minute lease


async def test_crashed_in_flight_alert_is_resent_about_a_minute_later(db):
    await one_subscriber(db)
    policy = DispatchPolicy.for_transport(15, 4)

    async def post_then_die(key, card, idem):
        raise asyncio.CancelledError  # the process died after handing the POST over

    crashed = FakeSender()
    crashed.script = [post_then_die]
    with pytest.raises(asyncio.CancelledError):
        await dispatch_once(db, crashed, "crashed", now=T0, policy=policy, tz=TZ)
    fresh = FakeSender()
    stats = await dispatch_once(db, fresh, "restarted", now=T0 + timedelta(seconds=90), policy=policy, tz=TZ)
    assert stats.sent == 1
    [row] = await deliveries(db)
    assert (row.status, row.resends) == ("sent", 1)
    assert RESENT in str(fresh.sent[0][1])  # the at-least-once note stays for a real in-doubt copy


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_definite_5xx_answer_is_not_followed_by_a_resent_note(db, status):
    await one_subscriber(db)
    sender = FakeSender()
    # The transport flags a POST's 5xx as in doubt; the connector did answer, so nothing was accepted.
    sender.script = [Failed(status, "unavailable", in_doubt=True)]
    policy = DispatchPolicy(lease_s=60, send_timeout_s=5, base_backoff_s=10)
    first = await dispatch_once(db, sender, "d", now=T0, policy=policy, tz=TZ)
    assert (first.retried, first.in_doubt) == (1, 0)
    await dispatch_once(db, sender, "d", now=T0 + timedelta(minutes=1), policy=policy, tz=TZ)
    [row] = await deliveries(db)
    assert (row.status, row.resends, row.failures) == ("sent", 0, 1)
    assert RESENT not in str(sender.sent[1][1])


async def test_timeout_after_sending_is_followed_by_a_resent_note(db):
    await one_subscriber(db)
    sender = FakeSender()
    sender.script = [Failed(None, "timeout", in_doubt=True)]
    policy = DispatchPolicy(lease_s=60, send_timeout_s=5, base_backoff_s=10)
    await dispatch_once(db, sender, "d", now=T0, policy=policy, tz=TZ)
    await dispatch_once(db, sender, "d", now=T0 + timedelta(minutes=1), policy=policy, tz=TZ)
    [row] = await deliveries(db)
    assert (row.status, row.resends) == ("sent", 1)
    assert RESENT in str(sender.sent[1][1])


async def test_stale_claim_cannot_record_over_the_new_owner(db):
    """The old owner's send finishes while the new owner still holds the row in flight: the claim-token fence
    (not only the status check) must keep the stale outcome out."""
    await one_subscriber(db)
    policy = DispatchPolicy(lease_s=60, send_timeout_s=30)
    stale_posted, stale_go = asyncio.Event(), asyncio.Event()
    new_posted, new_go = asyncio.Event(), asyncio.Event()

    async def stale_send(key, card, idem):
        stale_posted.set()
        await stale_go.wait()
        return Sent("stale-activity")

    async def new_send(key, card, idem):
        new_posted.set()
        await new_go.wait()
        return Sent("new-activity")

    stale, fresh = FakeSender(), FakeSender()
    stale.script, fresh.script = [stale_send], [new_send]
    stale_task = asyncio.create_task(dispatch_once(db, stale, "stale", now=T0, policy=policy, tz=TZ))
    await asyncio.wait_for(stale_posted.wait(), 10)
    new_task = asyncio.create_task(
        dispatch_once(db, fresh, "new", now=T0 + timedelta(seconds=61), policy=policy, tz=TZ)
    )
    await asyncio.wait_for(new_posted.wait(), 10)
    stale_go.set()
    stale_stats = await stale_task
    assert stale_stats.lost_claims == 1 and stale_stats.sent == 0
    [row] = await deliveries(db)
    assert (row.status, row.claimed_by, row.activity_id) == ("in_flight", "new", None)
    new_go.set()
    assert (await new_task).sent == 1
    [row] = await deliveries(db)
    assert (row.status, row.activity_id) == ("sent", "new-activity")
