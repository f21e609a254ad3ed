"""Escalation fires once after N minutes with the right @mention; the digest collects lower items once."""

from __future__ import annotations

from datetime import timedelta

from bot.alerts.digest import build_digests
from bot.alerts.dispatcher import DispatchPolicy
from bot.alerts.escalation import escalate_due
from bot.alerts.subscriptions import SubscriptionService, User
from bot.cases.service import CaseService
from bot.features.alert_delivery import CardAlertService as AlertService
from bot.features.alert_delivery import dispatch_once
from tests.unit.alerts.helpers import T0, TZ, FakeSender, alerts, deliveries, make_alert

POLICY = DispatchPolicy(lease_s=60, send_timeout_s=5)


def mentions(card):
    return card.get("msteams", {}).get("entities", [])


async def test_escalation_once_after_n_minutes_mentions_on_call(db):
    subs = SubscriptionService(db)
    await subs.subscribe("chan", "high", None, User("u1"), on_call=User("aad-oncall", "On Call Nurse"))
    await subs.subscribe("chat", "urgent", None, User("u1"))
    alert = await make_alert(db, priority="urgent")
    await make_alert(db, priority="high", request_type="p2p_request")  # high never escalates
    sender = FakeSender()
    await dispatch_once(db, sender, "d", now=T0, policy=POLICY, tz=TZ, escalate_after_min=30)
    assert await escalate_due(db, after_min=30, now=T0 + timedelta(minutes=29)) == 0
    assert await escalate_due(db, after_min=30, now=T0 + timedelta(minutes=30)) == 1
    assert await escalate_due(db, after_min=30, now=T0 + timedelta(minutes=31)) == 0  # once only
    esc = await deliveries(db, kind="escalation")
    assert sorted(d.conversation_key for d in esc) == ["chan", "chat"] and {d.alert_id for d in esc} == {alert.id}
    sender.sent.clear()
    await dispatch_once(db, sender, "d", now=T0 + timedelta(minutes=31), policy=POLICY, tz=TZ, escalate_after_min=30)
    cards = {k: c for k, c, _ in sender.sent}
    assert set(cards) == {"chan", "chat"}
    [m] = mentions(cards["chan"])
    assert m == {
        "type": "mention",
        "text": "<at>On Call Nurse</at>",
        "mentioned": {"id": "aad-oncall", "name": "On Call Nurse"},
    }
    assert "<at>On Call Nurse</at>" in str(cards["chan"]["body"])
    assert mentions(cards["chat"]) == []  # no assignee, no on-call: a plain call to anyone
    assert "not acknowledged for 30 min" in str(cards["chat"])


async def test_escalation_mentions_assignee_and_skips_acknowledged(db):
    await SubscriptionService(db).subscribe("chan", "high", None, User("u1"), on_call=User("oc", "On Call"))
    a1 = await make_alert(db, priority="urgent", case_id="2026004512")
    a2 = await make_alert(db, priority="urgent", case_id="2026004513")
    await CaseService(db, TZ).claim("2026004512", "aad-owner", "Case <at>Owner</at>", now=T0)
    await AlertService(db, TZ).acknowledge(a2.id, User("u2", "Quick"), now=T0 + timedelta(minutes=5))
    assert await escalate_due(db, after_min=30, now=T0 + timedelta(hours=1)) == 1
    sender = FakeSender()
    await dispatch_once(db, sender, "d", now=T0 + timedelta(hours=1), policy=POLICY, tz=TZ)
    esc = [c for _, c, _ in sender.sent if "ESCALATION" in str(c)]
    assert len(esc) == 1
    [m] = mentions(esc[0])
    assert m["mentioned"]["id"] == "aad-owner"
    assert "<at>Owner</at>" not in str(esc[0])  # the name itself is escaped inside the mention
    assert m["text"].startswith("<at>") and m["text"].endswith("</at>")
    assert [a.escalated_at is not None for a in await alerts(db)] == [True, False]
    assert a1.id


async def test_escalation_skipped_when_case_decided(db):
    await SubscriptionService(db).subscribe("chan", "high", None, User("u1"))
    await make_alert(db, priority="urgent", case_id="2026004512")
    cases = CaseService(db, TZ)
    await cases.change_status("2026004512", "in_review", "u", "U", now=T0)
    await cases.change_status("2026004512", "sent_to_md", "u", "U", now=T0)
    await cases.change_status("2026004512", "approved", "u", "U", now=T0, roles=("medical_director",))
    assert await escalate_due(db, after_min=30, now=T0 + timedelta(hours=1)) == 0
    assert await deliveries(db, kind="escalation") == []
    [a] = await alerts(db)
    assert a.escalated_at is not None  # settled: never escalates later either


async def test_digest_collects_low_items_once_per_conversation(db):
    subs = SubscriptionService(db)
    await subs.subscribe("all-chan", "all", None, User("u1"))
    await subs.subscribe("high-chan", "high", None, User("u1"))
    await subs.subscribe("snf-only", "all", ["SNF"], User("u1"))
    low = await make_alert(
        db,
        priority="low",
        request_type="discharge_notice",
        loc="IRF",
        reasons=["discharge already happened (11/11)"],
    )
    normal = await make_alert(db, priority="normal", request_type="status_inquiry", loc="IRF")
    urgent = await make_alert(db, priority="urgent")
    assert await make_alert(db, priority="low", request_type="other", loc=None) is None  # spam: nothing
    assert await build_digests(db, now=T0 + timedelta(hours=1)) == 2  # snf-only wants none of these
    assert await build_digests(db, now=T0 + timedelta(hours=1)) == 0  # nothing twice
    sender = FakeSender()
    await dispatch_once(db, sender, "d", now=T0 + timedelta(hours=1), policy=POLICY, tz=TZ)
    digests = {k: c for k, c, _ in sender.sent if "Triage digest" in str(c)}
    assert set(digests) == {"all-chan", "high-chan"}
    assert "2 e-mails" in str(digests["all-chan"]) and "1 e-mail " in str(digests["high-chan"])
    rows = await deliveries(db, kind="digest")
    assert {r.status for r in rows} == {"sent"}
    assert sorted((r.conversation_key, r.alert_id) for r in rows) == sorted(
        [("all-chan", low.id), ("all-chan", normal.id), ("high-chan", low.id)]
    )
    got = {a.id: a for a in await alerts(db)}
    assert got[low.id].digest_sent_at is not None and got[urgent.id].digest_sent_at is None
    # Next digest lists only what arrived since.
    later = await make_alert(
        db, priority="low", request_type="discharge_notice", loc="SNF", now=T0 + timedelta(hours=2)
    )
    assert await build_digests(db, now=T0 + timedelta(hours=3)) == 3
    sender.sent.clear()
    await dispatch_once(db, sender, "d", now=T0 + timedelta(hours=3), policy=POLICY, tz=TZ)
    assert len(sender.sent) == 3 and all("1 e-mail " in str(c) for _, c, _ in sender.sent)
    assert "since" in str(dict((k, c) for k, c, _ in sender.sent)["all-chan"])
    assert later.id


async def test_digest_for_unsubscribed_conversation_is_dropped(db):
    subs = SubscriptionService(db)
    await subs.subscribe("c", "all", None, User("u1"))
    await make_alert(db, priority="low", request_type="discharge_notice")
    await subs.unsubscribe("c")
    assert await build_digests(db, now=T0) == 0
    [row] = await deliveries(db, kind="digest")
    assert row.status == "dead" and "unsubscribed" in row.last_error
