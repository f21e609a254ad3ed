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
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, or_, select, update

from bot.alerts.models import (
    BUNDLED,
    DEAD,
    GONE,
    IN_FLIGHT,
    PENDING,
    QUEUED,
    SENT,
    Alert,
    AlertDelivery,
    Subscription,
)
from bot.alerts.rendering import AlertCards
from bot.alerts.sender import AlertSender
from bot.cases.models import Case
from bot.outcomes import Failed, RecipientGone, Sent, Throttled, TooLarge
from bot.storage.base import utcnow
from bot.storage.db import Database

log = logging.getLogger(__name__)

IN_DOUBT_EXPIRED = "in doubt: claim expired before the outcome was recorded"


# A crashed dispatcher's in-flight rows wait out the lease before anyone re-sends them, so the lease is
# what one send can really take (the transport's per-request timeout x its attempts) plus a little slack.
LEASE_SLACK_S = 15.0


@dataclass(frozen=True)
class DispatchPolicy:
    lease_s: float = 60.0 + LEASE_SLACK_S
    send_timeout_s: float = 60.0  # 15 s per request x 4 attempts (PSCBOT_HTTP_TIMEOUT_S, _MAX_ATTEMPTS)
    max_failures: int = 6
    base_backoff_s: float = 15.0
    max_backoff_s: float = 1800.0
    throttle_default_s: float = 30.0
    concurrency: int = 4
    max_update_failures: int = 5

    def __post_init__(self) -> None:
        if self.send_timeout_s >= self.lease_s:
            raise ValueError("send_timeout_s must be shorter than lease_s")

    @classmethod
    def for_transport(cls, timeout_s: float, attempts: int, **overrides) -> DispatchPolicy:
        """Send timeout = request timeout x attempts; the lease only adds slack for recording the outcome."""
        send_timeout = max(1.0, float(timeout_s)) * max(1, int(attempts))
        return cls(send_timeout_s=send_timeout, lease_s=send_timeout + LEASE_SLACK_S, **overrides)

    def backoff(self, failures: int) -> float:
        return min(self.max_backoff_s, self.base_backoff_s * (2 ** max(0, failures - 1)))


@dataclass
class DispatchStats:
    claimed: int = 0
    sent: int = 0
    throttled: int = 0
    retried: int = 0
    dead: int = 0
    gone: int = 0
    in_doubt: int = 0
    lost_claims: int = 0
    updates: int = 0
    updates_failed: int = 0
    gone_conversations: list[str] = field(default_factory=list)

    @property
    def idle(self) -> bool:
        return self.claimed == 0 and self.updates == 0 and self.updates_failed == 0


@dataclass(frozen=True)
class _Claimed:
    id: int
    alert_id: int
    conversation_key: str
    kind: str
    resends: int
    failures: int
    payload: dict | None
    token: str
    activity_id: str | None = None
    requested_at: datetime | None = None


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

    # ---- claim ---------------------------------------------------------------------------------

    async def _claim(self, now: datetime, batch: int) -> list[_Claimed]:
        token = uuid.uuid4().hex
        D = AlertDelivery
        expired = and_(D.status == IN_FLIGHT, D.claimed_until < now)
        due = or_(and_(D.status == PENDING, D.next_attempt_at <= now), expired)
        # Most urgent first (escalations, then urgent / high alerts, digests last), then oldest due.
        rank = case(
            (D.kind == "escalation", 0),
            (Alert.priority == "urgent", 1),
            (Alert.priority == "high", 2),
            (D.kind == "digest", 9),
            else_=5,
        )
        cand = (
            select(D.id)
            .join(Alert, Alert.id == D.alert_id)
            .where(due)
            .order_by(rank, D.next_attempt_at, D.id)
            .limit(batch)
        )
        if self.db.is_postgres:
            cand = cand.with_for_update(of=D, skip_locked=True)
        was_in_flight = D.status == IN_FLIGHT
        stmt = (
            update(D)
            .where(D.id.in_(cand.scalar_subquery()))
            .values(
                resends=D.resends + case((was_in_flight, 1), else_=0),
                failures=D.failures + case((was_in_flight, 1), else_=0),
                last_error=case((was_in_flight, IN_DOUBT_EXPIRED), else_=D.last_error),
                status=IN_FLIGHT,
                claimed_by=self.owner,
                claim_token=token,
                claimed_until=now + timedelta(seconds=self.policy.lease_s),
                attempts=D.attempts + 1,
            )
            .returning(D.id, D.alert_id, D.conversation_key, D.kind, D.resends, D.failures, D.payload)
            .execution_options(synchronize_session=False)
        )
        async with self.db.session() as s:
            rows = (await s.execute(stmt)).all()
        return sorted(
            (_Claimed(r[0], r[1], r[2], r[3], r[4], r[5], r[6], token) for r in rows), key=lambda c: c.id
        )

    async def _claim_updates(self, now: datetime, batch: int) -> list[_Claimed]:
        token = uuid.uuid4().hex
        D = AlertDelivery
        due = and_(
            D.status == SENT,
            D.activity_id.is_not(None),
            D.update_requested_at.is_not(None),
            or_(D.update_done_at.is_(None), D.update_done_at < D.update_requested_at),
            D.update_next_at <= now,
            or_(D.update_claimed_until.is_(None), D.update_claimed_until < now),
        )
        cand = select(D.id).where(due).order_by(D.update_next_at, D.id).limit(batch)
        if self.db.is_postgres:
            cand = cand.with_for_update(skip_locked=True)
        stmt = (
            update(D)
            .where(D.id.in_(cand.scalar_subquery()))
            .values(update_token=token, update_claimed_until=now + timedelta(seconds=self.policy.lease_s))
            .returning(
                D.id,
                D.alert_id,
                D.conversation_key,
                D.kind,
                D.resends,
                D.update_failures,
                D.payload,
                D.activity_id,
                D.update_requested_at,
            )
            .execution_options(synchronize_session=False)
        )
        async with self.db.session() as s:
            rows = (await s.execute(stmt)).all()
        return sorted(
            (_Claimed(r[0], r[1], r[2], r[3], r[4], r[5], r[6], token, r[7], r[8]) for r in rows),
            key=lambda c: c.id,
        )

    # ---- cards ---------------------------------------------------------------------------------

    async def _cards(self, rows: list[_Claimed], now: datetime) -> dict[int, dict | None]:
        alert_ids = {r.alert_id for r in rows}
        for r in rows:
            if r.kind == "digest" and r.payload:
                alert_ids.update(int(i) for i in r.payload.get("alert_ids", []))
        async with self.db.session() as s:
            alerts = {a.id: a for a in await s.scalars(select(Alert).where(Alert.id.in_(alert_ids)))}
            case_ids = {a.case_id for a in alerts.values() if a.case_id}
            cases = (
                {c.case_id: c for c in await s.scalars(select(Case).where(Case.case_id.in_(case_ids)))}
                if case_ids
                else {}
            )
            keys = {r.conversation_key for r in rows if r.kind == "escalation"}
            subs = (
                {
                    x.conversation_key: x
                    for x in await s.scalars(
                        select(Subscription).where(Subscription.conversation_key.in_(keys))
                    )
                }
                if keys
                else {}
            )
        out: dict[int, dict | None] = {}
        for r in rows:
            alert = alerts.get(r.alert_id)
            if alert is None:
                out[r.id] = None
                continue
            case_ = cases.get(alert.case_id) if alert.case_id else None
            if r.kind == "alert":
                out[r.id] = self.render.alert(alert, case_, now, self.tz, resent=r.resends > 0)
            elif r.kind == "escalation":
                mention = None
                if case_ is not None and case_.assigned_to_id:
                    mention = (case_.assigned_to_id, case_.assigned_to_name)
                elif (sub := subs.get(r.conversation_key)) is not None and sub.on_call_user_id:
                    mention = (sub.on_call_user_id, sub.on_call_user_name)
                out[r.id] = self.render.escalation(
                    alert, case_, now, self.tz, mention=mention, after_min=self.escalate_after_min
                )
            else:
                ids = [int(i) for i in (r.payload or {}).get("alert_ids", [])] or [r.alert_id]
                items = [
                    (alerts[i], cases.get(alerts[i].case_id) if alerts[i].case_id else None)
                    for i in ids
                    if i in alerts
                ]
                since = (r.payload or {}).get("since")
                out[r.id] = self.render.digest(
                    items, now, self.tz, since=datetime.fromisoformat(since) if since else None
                )
        return out

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

    async def _record(self, row: _Claimed, outcome: object, now: datetime, stats: DispatchStats) -> None:
        D = AlertDelivery
        mine = and_(D.id == row.id, D.claim_token == row.token, D.status == IN_FLIGHT)
        release = dict(claimed_by=None, claimed_until=None, claim_token=None)
        gone_key = None
        async with self.db.session() as s:
            if isinstance(outcome, Sent):
                res = await s.execute(
                    update(D)
                    .where(mine)
                    .values(
                        status=SENT, activity_id=outcome.activity_id, sent_at=now, last_error=None, **release
                    )
                )
                if res.rowcount == 1 and row.kind == "digest":
                    await s.execute(
                        update(D)
                        .where(D.bundle_id == row.id, D.status == BUNDLED)
                        .values(status=SENT, sent_at=now)
                    )
                    ids = [int(i) for i in (row.payload or {}).get("alert_ids", [])]
                    if ids:
                        await s.execute(
                            update(Alert)
                            .where(Alert.id.in_(ids), Alert.digest_sent_at.is_(None))
                            .values(digest_sent_at=now)
                        )
                kind = "sent"
            elif isinstance(outcome, Throttled):
                wait = (
                    outcome.retry_after if outcome.retry_after is not None else self.policy.throttle_default_s
                )
                res = await s.execute(
                    update(D)
                    .where(mine)
                    .values(
                        status=PENDING,
                        next_attempt_at=now + timedelta(seconds=max(0.0, wait)),
                        last_error="throttled (429)",
                        **release,
                    )
                )
                kind = "throttled"
            elif isinstance(outcome, RecipientGone):
                res = await s.execute(
                    update(D)
                    .where(mine)
                    .values(
                        status=GONE,
                        last_error=f"recipient gone ({outcome.status} {outcome.code or ''})".strip()[:300],
                        **release,
                    )
                )
                if res.rowcount == 1:
                    gone_key = row.conversation_key
                    await _mark_conversation_gone(s, gone_key)
                kind = "gone"
            elif isinstance(outcome, TooLarge):
                res = await s.execute(
                    update(D).where(mine).values(status=DEAD, last_error="too large (413)", **release)
                )
                kind = "dead"
            else:
                failed = outcome if isinstance(outcome, Failed) else Failed(None, "unexpected outcome")
                if failed.status is not None:
                    # The connector answered (5xx, 412...): a definite "not accepted", so the next copy
                    # is the first one the user sees and must not say "re-sent".
                    failed = Failed(failed.status, failed.reason, in_doubt=False, attempts=failed.attempts)
                failures = row.failures + 1
                dead = failures >= self.policy.max_failures
                note = ("in doubt: " if failed.in_doubt else "") + f"{failed.status or '-'} {failed.reason}"
                values = dict(failures=failures, last_error=note[:300], **release)
                if failed.in_doubt:
                    values["resends"] = D.resends + 1
                if dead:
                    values["status"] = DEAD
                else:
                    values.update(
                        status=PENDING, next_attempt_at=now + timedelta(seconds=self.policy.backoff(failures))
                    )
                res = await s.execute(update(D).where(mine).values(**values))
                kind = "dead" if dead else "retried"
                if failed.in_doubt and res.rowcount == 1:
                    stats.in_doubt += 1
            if res.rowcount == 1 and row.kind == "digest" and kind == "dead":
                await s.execute(
                    update(D)
                    .where(D.bundle_id == row.id, D.status == BUNDLED)
                    .values(status=DEAD, last_error="digest dead-lettered")
                )
        if res.rowcount != 1:
            stats.lost_claims += 1
            log.warning("delivery %s: claim lost before recording (%s)", row.id, kind)
            return
        setattr(stats, kind, getattr(stats, kind) + 1)
        log.info("delivery %s alert=%s kind=%s -> %s", row.id, row.alert_id, row.kind, kind)
        if gone_key is not None and gone_key not in stats.gone_conversations:
            stats.gone_conversations.append(gone_key)
            await self._notify_gone(gone_key)

    async def _notify_gone(self, key: str) -> None:
        if self.on_gone is None:
            return
        try:
            result = self.on_gone(key)
            if inspect.isawaitable(result):
                await result
        except Exception as exc:  # noqa: BLE001
            log.warning("on_gone callback for conversation %s raised %s", key, type(exc).__name__)

    async def _record_update(
        self, row: _Claimed, outcome: object, now: datetime, stats: DispatchStats
    ) -> None:
        D = AlertDelivery
        mine = and_(D.id == row.id, D.update_token == row.token)
        release = dict(update_claimed_until=None, update_token=None)
        gone_key = None
        async with self.db.session() as s:
            if isinstance(outcome, Sent):
                res = await s.execute(
                    update(D)
                    .where(mine)
                    .values(update_done_at=row.requested_at, update_failures=0, **release)
                )
                ok = True
            elif isinstance(outcome, Throttled):
                wait = (
                    outcome.retry_after if outcome.retry_after is not None else self.policy.throttle_default_s
                )
                res = await s.execute(
                    update(D)
                    .where(mine)
                    .values(update_next_at=now + timedelta(seconds=max(0.0, wait)), **release)
                )
                ok = False
            elif isinstance(outcome, RecipientGone):
                res = await s.execute(
                    update(D)
                    .where(mine)
                    .values(
                        status=GONE,
                        update_done_at=row.requested_at,
                        last_error="recipient gone on update",
                        **release,
                    )
                )
                if res.rowcount == 1:
                    gone_key = row.conversation_key
                    await _mark_conversation_gone(s, gone_key)
                ok = False
            else:
                failures = row.failures + 1
                give_up = isinstance(outcome, TooLarge) or failures >= self.policy.max_update_failures
                values: dict = dict(update_failures=failures, **release)
                if give_up:
                    values.update(update_done_at=row.requested_at, last_error="card update abandoned")
                else:
                    values["update_next_at"] = now + timedelta(seconds=self.policy.backoff(failures))
                res = await s.execute(update(D).where(mine).values(**values))
                ok = False
        if res.rowcount == 1:
            if ok:
                stats.updates += 1
            else:
                stats.updates_failed += 1
        if gone_key is not None and gone_key not in stats.gone_conversations:
            stats.gone_conversations.append(gone_key)
            await self._notify_gone(gone_key)

    async def dispatch_once(self, now: datetime | None = None, batch: int = 20) -> DispatchStats:
        """One pass: claim due deliveries and owed card updates, send them, record the outcomes."""
        clock = (lambda: now) if now is not None else utcnow
        start = clock()
        stats = DispatchStats()
        rows = await self._claim(start, batch)
        stats.claimed = len(rows)
        sem = asyncio.Semaphore(max(1, self.policy.concurrency))
        if rows:
            # A row in doubt too many times is dead-lettered rather than posted again.
            send_rows = []
            for r in rows:
                if r.failures >= self.policy.max_failures:
                    await self._record(
                        r, Failed(None, "in doubt too many times", in_doubt=False), clock(), stats
                    )
                else:
                    send_rows.append(r)
            cards = await self._cards(send_rows, start)

            async def one(r: _Claimed) -> None:
                if r.conversation_key in stats.gone_conversations:
                    # 403/404 earlier in this pass: the rest of this conversation's batch is not posted.
                    await self._record(r, RecipientGone(0, "gone earlier in this pass"), clock(), stats)
                    return
                card_doc = cards.get(r.id)
                if card_doc is None:
                    await self._record(r, TooLarge(0), clock(), stats)  # its alert vanished: dead
                    return
                async with sem:
                    outcome = await self._call(
                        self.sender.send_card(
                            r.conversation_key, card_doc, idempotency_key=idempotency_key(r.id)
                        )
                    )
                await self._record(r, outcome, clock(), stats)

            await _in_conversation_order(send_rows, one)
        updates = await self._claim_updates(start, batch)
        if updates:
            cards = await self._cards(updates, start)

            async def upd(r: _Claimed) -> None:
                card_doc = cards.get(r.id)
                if card_doc is None:
                    await self._record_update(r, TooLarge(0), clock(), stats)
                    return
                async with sem:
                    outcome = await self._call(
                        self.sender.update_card(r.conversation_key, r.activity_id, card_doc)
                    )
                await self._record_update(r, outcome, clock(), stats)

            await _in_conversation_order(updates, upd)
        if not stats.idle:
            log.info(
                "dispatch owner=%s claimed=%d sent=%d throttled=%d retried=%d dead=%d gone=%d "
                "in_doubt=%d updates=%d",
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

    async def dead_letters(self, limit: int = 50) -> list[AlertDelivery]:
        async with self.db.session() as s:
            return list(
                await s.scalars(
                    select(AlertDelivery)
                    .where(AlertDelivery.status == DEAD)
                    .order_by(AlertDelivery.id.desc())
                    .limit(limit)
                )
            )


async def _in_conversation_order(rows: list[_Claimed], fn: Callable[[_Claimed], Awaitable[None]]) -> None:
    """Rows of one conversation go one after another (in id order); conversations run side by side."""
    by_key: dict[str, list[_Claimed]] = {}
    for r in rows:
        by_key.setdefault(r.conversation_key, []).append(r)

    async def lane(items: list[_Claimed]) -> None:
        for item in items:
            await fn(item)

    await asyncio.gather(*(lane(items) for items in by_key.values()))


async def _mark_conversation_gone(s, key: str) -> None:
    """In the recording transaction: deactivate the subscription, give up the conversation's waiting rows."""
    D = AlertDelivery
    await s.execute(
        update(Subscription)
        .where(Subscription.conversation_key == key, Subscription.active.is_(True))
        .values(active=False, updated_at=utcnow())
    )
    await s.execute(
        update(D)
        .where(D.conversation_key == key, D.status.in_((PENDING, QUEUED, BUNDLED)))
        .values(status=GONE, last_error="conversation gone")
    )
    await s.execute(
        update(D)
        .where(D.conversation_key == key, D.status == SENT, D.update_requested_at.is_not(None))
        .values(update_done_at=D.update_requested_at)
    )


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
    return await Dispatcher(
        db, sender, owner, cards=cards, tz=tz, policy=policy, on_gone=on_gone, escalate_after_min=escalate_after_min
    ).dispatch_once(now, batch)
