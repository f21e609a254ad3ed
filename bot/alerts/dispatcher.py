"""The outbox dispatcher: sends due `alert_deliveries` rows through an AlertSender, exactly once per row
as far as the Bot Connector allows, and records every outcome.

One pass (`dispatch_once`):

1. **Claim** up to `batch` due rows in ONE atomic statement: `UPDATE … WHERE id IN (SELECT … FOR UPDATE
   SKIP LOCKED LIMIT n) RETURNING …` on PostgreSQL (several instances share the outbox; each row goes to
   one of them), the same statement under SQLite's single-writer lock. A claimed row is `in_flight` with
   `claimed_by` = owner, a fresh `claim_token`, `claimed_until` = now + lease, and `attempts` + 1 – all
   committed BEFORE anything is sent. Most urgent first: escalations, urgent, high, other alerts, digests.
2. **Send** the card (built fresh at send time, so an alert acknowledged before it went out arrives
   acknowledged) with `idempotency_key = pscbot-alert-<delivery id>`, bounded by `send_timeout_s`
   (which must be shorter than the lease, so a live dispatcher always records before its claim expires).
3. **Record** the outcome in a conditional update (`WHERE claim_token = mine AND status = 'in_flight'`;
   a dispatcher that lost its claim records nothing):
   * Sent → `sent` + activity_id (kept to update the card in place);
   * Throttled(retry_after) → `pending` at now + retry_after (default `throttle_default_s`); not a failure;
   * RecipientGone (403/404) → `gone`; every subscription of that conversation is deactivated, its other
     waiting rows become `gone`, and `on_gone(conversation_key)` is called (the edge marks the stored
     conversation inactive);
   * TooLarge (413) → `dead` (a smaller card will not appear by retrying);
   * Failed → `pending` with exponential backoff (`base_backoff_s` · 2^(failures-1), capped), `dead` after
     `max_failures` failures.

Modules: claims.py (step 1), this file (step 2, and the pass itself), verdicts.py + recording.py (step 3),
policy.py (limits and counters). Cards come from the `AlertCards` the edge hands in (bot.alerts.rendering).

Card updates (Acknowledge / Claim) ride on sent rows (`update_requested_at` > `update_done_at`) and go
through `AlertSender.update_card` (PUT, idempotent) with the same claim / record / backoff pattern.

IN-DOUBT POLICY (the decision this module makes)
-----------------------------------------------
A delivery is *in doubt* when the card may or may not have been posted: the process died (or lost the
database) between handing the POST to the connector and recording the outcome, so the row is still
`in_flight` after `claimed_until`; or the sender returned `Failed(in_doubt=True)` with no HTTP answer
(timeout after the request was written, a dropped connection), raised, or exceeded `send_timeout_s`. An
HTTP answer (429, 5xx, other 4xx) is a definite "not accepted": the next copy is not marked as re-sent.
The lease is `send_timeout_s` plus a little slack (`DispatchPolicy.for_transport`), so after a crash an
alert waits about a minute, not five, before another instance re-sends it.

The Bot Connector offers no way to ask "does an activity with this key exist" and does not de-duplicate
POSTs, so the choice is between at-most-once (maybe lose an urgent alert) and at-least-once (maybe show it
twice). For clinical alerts a duplicate is the cheaper mistake, so the policy is **AT-LEAST-ONCE**:
an in-doubt row is re-sent with the SAME idempotency key (a sender that can de-duplicate on it may), its
`resends` counter goes up, the re-sent card says "Re-sent after a delivery interruption; if you already
have this alert, ignore this copy", and each in-doubt occurrence counts as a failure toward the dead letter
so a message that keeps killing its dispatcher cannot loop forever. An expired in_flight row is picked up
by the next claim of ANY dispatcher instance (a restart or another instance), no operator action needed.

Exact windows:
* DUPLICATE: only if the connector accepted the POST and the `sent` outcome was never committed – the
  process died, the database was unreachable until the lease ran out, or the transport reported an in-doubt
  failure after the connector had in fact created the activity. At most one extra copy per in-doubt event,
  at most `max_failures` in all. Nothing else re-posts: 429 is "not accepted" by definition, other 4xx are
  final, and a dispatcher that lost its claim cannot overwrite the new owner's record. The only other way
  to get two copies is a send that outlives `lease_s` (prevented by `send_timeout_s < lease_s`).
* LOSS: a row is never silently dropped while `pending`/`in_flight`. An alert is not delivered to a
  conversation only when the row ends `dead` (TooLarge, or `max_failures` failures/in-doubt events: visible
  with `last_error`, and `dead_letters()` lists them) or `gone` (the bot was removed). Rows are created in
  the same transaction as the alert, so an alert never exists without its outbox rows.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.alerts.claims import IN_DOUBT_EXPIRED, Claimed, claim_deliveries, claim_updates
from bot.alerts.models import DEAD, Alert, AlertDelivery, Subscription
from bot.alerts.policy import LEASE_SLACK_S, DispatchPolicy, DispatchStats
from bot.alerts.recording import record
from bot.alerts.rendering import AlertCards
from bot.alerts.sender import AlertSender
from bot.alerts.verdicts import delivery_verdict, update_verdict
from bot.cases.models import Case
from bot.outcomes import Failed, RecipientGone, TooLarge
from bot.storage.base import utcnow
from bot.storage.db import Database

__all__ = [
    "IN_DOUBT_EXPIRED",
    "LEASE_SLACK_S",
    "DispatchPolicy",
    "DispatchStats",
    "Dispatcher",
    "dispatch_once",
    "idempotency_key",
]

log = logging.getLogger(__name__)

OnGone = Callable[[str], Awaitable[None] | None]


def idempotency_key(delivery_id: int) -> str:
    return f"pscbot-alert-{delivery_id}"


class Dispatcher:
    """Holds what one process needs to dispatch; `dispatch_once` below is the functional entry point."""

    def __init__(
        self,
        db: Database,
        sender: AlertSender,
        owner: str,
        *,
        cards: AlertCards,
        tz: ZoneInfo | str = "America/Chicago",
        policy: DispatchPolicy | None = None,
        on_gone: OnGone | None = None,
        escalate_after_min: int | None = None,
    ) -> None:
        self.db = db
        self.sender = sender
        self.render = cards
        self.owner = owner
        self.tz = tz if isinstance(tz, ZoneInfo) else ZoneInfo(str(tz))
        self.policy = policy or DispatchPolicy()
        self.on_gone = on_gone
        self.escalate_after_min = escalate_after_min

    # ---- cards ---------------------------------------------------------------------------------

    async def _cards(self, rows: list[Claimed], now: datetime) -> dict[int, dict | None]:
        """Each row's card, built now (None when its alert no longer exists)."""
        alert_ids = {r.alert_id for r in rows}
        for r in rows:
            if r.kind == "digest" and r.payload:
                alert_ids.update(int(i) for i in r.payload.get("alert_ids", []))
        escalation_keys = {r.conversation_key for r in rows if r.kind == "escalation"}
        async with self.db.session() as s:
            alerts = {a.id: a for a in await s.scalars(select(Alert).where(Alert.id.in_(alert_ids)))}
            case_ids = {a.case_id for a in alerts.values() if a.case_id}
            cases = {}
            if case_ids:
                cases = {c.case_id: c for c in await s.scalars(select(Case).where(Case.case_id.in_(case_ids)))}
            subscriptions = {}
            if escalation_keys:
                query = select(Subscription).where(Subscription.conversation_key.in_(escalation_keys))
                subscriptions = {sub.conversation_key: sub for sub in await s.scalars(query)}
        return {r.id: self._card(r, alerts, cases, subscriptions, now) for r in rows}

    def _card(self, row: Claimed, alerts: dict, cases: dict, subscriptions: dict, now: datetime) -> dict | None:
        alert = alerts.get(row.alert_id)
        if alert is None:
            return None
        case_ = cases.get(alert.case_id) if alert.case_id else None
        if row.kind == "alert":
            return self.render.alert(alert, case_, now, self.tz, resent=row.resends > 0)
        if row.kind == "escalation":
            mention = None
            if case_ is not None and case_.assigned_to_id:
                mention = (case_.assigned_to_id, case_.assigned_to_name)
            elif (sub := subscriptions.get(row.conversation_key)) is not None and sub.on_call_user_id:
                mention = (sub.on_call_user_id, sub.on_call_user_name)
            return self.render.escalation(
                alert, case_, now, self.tz, mention=mention, after_min=self.escalate_after_min
            )
        ids = [int(i) for i in (row.payload or {}).get("alert_ids", [])] or [row.alert_id]
        items = [(alerts[i], cases.get(alerts[i].case_id) if alerts[i].case_id else None) for i in ids if i in alerts]
        since = (row.payload or {}).get("since")
        return self.render.digest(items, now, self.tz, since=datetime.fromisoformat(since) if since else None)

    # ---- send + record -------------------------------------------------------------------------

    async def _call(self, coro: Awaitable) -> object:
        try:
            return await asyncio.wait_for(coro, self.policy.send_timeout_s)
        except TimeoutError:
            return Failed(None, "send timeout", in_doubt=True)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - a sender bug must not lose the row
            log.warning("alert sender raised %s", type(exc).__name__)
            return Failed(None, f"sender raised {type(exc).__name__}", in_doubt=True)

    async def _record(
        self, row: Claimed, outcome: object, now: datetime, stats: DispatchStats, *, card_update: bool = False
    ) -> None:
        """One path for deliveries and card updates: judge the outcome, record it if still ours, count it."""
        judge = update_verdict if card_update else delivery_verdict
        verdict = judge(row, outcome, now, self.policy)
        if not await record(self.db, row, verdict, now, card_update=card_update):
            if not card_update:
                stats.lost_claims += 1
                log.warning("delivery %s: claim lost before recording (%s)", row.id, verdict.counts)
            return
        if verdict.in_doubt:
            stats.in_doubt += 1
        setattr(stats, verdict.counts, getattr(stats, verdict.counts) + 1)
        if not card_update:
            log.info("delivery %s alert=%s kind=%s -> %s", row.id, row.alert_id, row.kind, verdict.counts)
        if verdict.gone and row.conversation_key not in stats.gone_conversations:
            stats.gone_conversations.append(row.conversation_key)
            await self._notify_gone(row.conversation_key)

    async def _notify_gone(self, key: str) -> None:
        if self.on_gone is None:
            return
        try:
            result = self.on_gone(key)
            if inspect.isawaitable(result):
                await result
        except Exception as exc:  # noqa: BLE001
            log.warning("on_gone callback for conversation %s raised %s", key, type(exc).__name__)

    # ---- one pass ------------------------------------------------------------------------------

    async def dispatch_once(self, now: datetime | None = None, batch: int = 20) -> DispatchStats:
        """One pass: claim due deliveries and owed card updates, send them, record the outcomes."""
        clock = (lambda: now) if now is not None else utcnow
        start = clock()
        stats = DispatchStats()
        sem = asyncio.Semaphore(max(1, self.policy.concurrency))
        rows = await claim_deliveries(self.db, self.owner, self.policy.lease_s, start, batch)
        stats.claimed = len(rows)
        if rows:
            await self._deliver(rows, start, clock, stats, sem)
        updates = await claim_updates(self.db, self.policy.lease_s, start, batch)
        if updates:
            await self._update(updates, start, clock, stats, sem)
        if not stats.idle:
            log.info(
                "dispatch owner=%s claimed=%d sent=%d throttled=%d retried=%d dead=%d gone=%d in_doubt=%d updates=%d",
                self.owner,
                stats.claimed,
                stats.sent,
                stats.throttled,
                stats.retried,
                stats.dead,
                stats.gone,
                stats.in_doubt,
                stats.updates,
            )
        return stats

    async def _deliver(
        self, rows: list[Claimed], start: datetime, clock: Callable[[], datetime], stats: DispatchStats, sem
    ) -> None:
        # A row in doubt too many times is dead-lettered rather than posted again.
        send_rows = []
        for r in rows:
            if r.failures >= self.policy.max_failures:
                await self._record(r, Failed(None, "in doubt too many times", in_doubt=False), clock(), stats)
            else:
                send_rows.append(r)
        cards = await self._cards(send_rows, start)

        async def one(r: Claimed) -> None:
            if r.conversation_key in stats.gone_conversations:
                # 403/404 earlier in this pass: the rest of this conversation's batch is not posted.
                await self._record(r, RecipientGone(0, "gone earlier in this pass"), clock(), stats)
                return
            card_doc = cards.get(r.id)
            if card_doc is None:
                await self._record(r, TooLarge(0), clock(), stats)  # its alert vanished: dead
                return
            async with sem:
                sending = self.sender.send_card(r.conversation_key, card_doc, idempotency_key=idempotency_key(r.id))
                outcome = await self._call(sending)
            await self._record(r, outcome, clock(), stats)

        await _in_conversation_order(send_rows, one)

    async def _update(
        self, rows: list[Claimed], start: datetime, clock: Callable[[], datetime], stats: DispatchStats, sem
    ) -> None:
        cards = await self._cards(rows, start)

        async def one(r: Claimed) -> None:
            card_doc = cards.get(r.id)
            activity_id = r.activity_id
            assert activity_id is not None  # update claims hand out only sent cards, which have an activity id
            if card_doc is None:
                await self._record(r, TooLarge(0), clock(), stats, card_update=True)
                return
            async with sem:
                outcome = await self._call(self.sender.update_card(r.conversation_key, activity_id, card_doc))
            await self._record(r, outcome, clock(), stats, card_update=True)

        await _in_conversation_order(rows, one)

    async def dead_letters(self, limit: int = 50) -> list[AlertDelivery]:
        async with self.db.session() as s:
            query = select(AlertDelivery).where(AlertDelivery.status == DEAD).order_by(AlertDelivery.id.desc())
            return list(await s.scalars(query.limit(limit)))


async def _in_conversation_order(rows: list[Claimed], fn: Callable[[Claimed], Awaitable[None]]) -> None:
    """Rows of one conversation go one after another (in id order); conversations run side by side."""
    by_key: dict[str, list[Claimed]] = {}
    for r in rows:
        by_key.setdefault(r.conversation_key, []).append(r)

    async def lane(items: list[Claimed]) -> None:
        for item in items:
            await fn(item)

    await asyncio.gather(*(lane(items) for items in by_key.values()))


async def dispatch_once(
    db: Database,
    sender: AlertSender,
    owner: str,
    now: datetime | None = None,
    batch: int = 20,
    *,
    cards: AlertCards,
    tz: ZoneInfo | str = "America/Chicago",
    policy: DispatchPolicy | None = None,
    on_gone: OnGone | None = None,
    escalate_after_min: int | None = None,
) -> DispatchStats:
    """One dispatcher pass (see the module docstring); safe to run from many processes at once."""
    dispatcher = Dispatcher(
        db, sender, owner, cards=cards, tz=tz, policy=policy, on_gone=on_gone, escalate_after_min=escalate_after_min
    )
    return await dispatcher.dispatch_once(now, batch)
