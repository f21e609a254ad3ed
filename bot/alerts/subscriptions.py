"""Alert subscriptions: which conversation wants which alerts.

A subscription is keyed by `conversation_key` (bot.storage.conversations.conversation_key) and has

* a threshold – what is alerted individually, and what goes in the digest:

  | threshold | individual alert card | digest (settings.digest_cron) |
  |-----------|-----------------------|-------------------------------|
  | urgent    | urgent                | low                           |
  | high      | urgent, high          | low                           |
  | all       | urgent, high          | normal, low                   |

  (`normal` work – standard new requests, extensions, status questions – is the team's routine queue; only
  an `all` subscription hears about it, batched.) Triage results of request type `other` (newsletters,
  out-of-office, spam) never produce an alert or a digest line.
* a level-of-care filter: a set of IRF / LTAC / SNF, or None for all. An item whose level of care is unknown
  (neither the e-mail nor its linked case names one) reaches every subscription: a missed urgent alert costs
  more than an extra card.
* an optional on-call person (Teams user id + name), @mentioned on escalations when the case has no assignee.

Subscribing again updates the row in place (upsert) and re-activates it; unsubscribing deactivates it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.alerts.models import THRESHOLDS, Subscription
from bot.storage.base import utcnow
from bot.storage.db import Database, rowcount

log = logging.getLogger(__name__)

LEVELS_OF_CARE = ("IRF", "LTAC", "SNF")
LOC_ALIASES = {"IRF": "IRF", "AIR": "IRF", "LTAC": "LTAC", "LTACH": "LTAC", "LTCH": "LTAC", "SNF": "SNF"}
INDIVIDUAL = {
    "urgent": frozenset({"urgent"}),
    "high": frozenset({"urgent", "high"}),
    "all": frozenset({"urgent", "high"}),
}
DIGEST = {"urgent": frozenset({"low"}), "high": frozenset({"low"}), "all": frozenset({"normal", "low"})}
NO_ALERT_TYPES = frozenset({"other"})


class SubscriptionError(ValueError):
    """A user-facing problem with subscription input."""


@dataclass(frozen=True)
class User:
    """Who acts (Teams AAD object id / display name). Names are shown on cards, never logged."""

    id: str | None
    name: str | None = None


def normalize_threshold(value: str | None) -> str:
    key = (value or "").strip().lower()
    if key in THRESHOLDS:
        return key
    if key in {"any", "everything", "normal", "low"}:
        return "all"
    raise SubscriptionError(f"Unknown threshold '{value}'; use urgent, high or all.")


def normalize_locs(locs: str | Iterable[str] | None) -> list[str] | None:
    """None / empty / 'all' → None (every level of care); otherwise a sorted list of IRF, LTAC, SNF."""
    if locs is None:
        return None
    items = locs.replace(",", " ").split() if isinstance(locs, str) else list(locs)
    out: set[str] = set()
    for item in items:
        if item is None:
            continue
        key = str(item).strip().upper()
        if not key:
            continue
        if key in {"ALL", "ANY", "*"}:
            return None
        if key not in LOC_ALIASES:
            raise SubscriptionError(f"Unknown level of care '{item}'; use IRF, LTAC or SNF.")
        out.add(LOC_ALIASES[key])
    return sorted(out) or None


def loc_matches(sub_locs: list[str] | None, loc: str | None) -> bool:
    return not sub_locs or loc is None or loc in sub_locs


def wants(sub: Subscription, priority: str, loc: str | None, request_type: str | None = None) -> str | None:
    """'alert', 'digest' or None: how this subscription wants an item of this priority and level of care."""
    if not sub.active or request_type in NO_ALERT_TYPES or not loc_matches(sub.levels_of_care, loc):
        return None
    if priority in INDIVIDUAL.get(sub.threshold, ()):
        return "alert"
    if priority in DIGEST.get(sub.threshold, ()):
        return "digest"
    return None


class SubscriptionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def subscribe(
        self,
        conversation_key: str,
        threshold: str = "high",
        locs: str | Iterable[str] | None = None,
        user: User | None = None,
        *,
        on_call: User | None = None,
    ) -> Subscription:
        """Create or update the conversation's subscription (re-activating it)."""
        if not conversation_key:
            raise SubscriptionError("A subscription needs a conversation.")
        thr = normalize_threshold(threshold)
        levels = normalize_locs(locs)
        user = user or User(None)
        for attempt in (1, 2):
            try:
                async with self.db.session() as s:
                    row = await s.scalar(select(Subscription).where(Subscription.conversation_key == conversation_key))
                    now = utcnow()
                    if row is None:
                        row = Subscription(
                            conversation_key=conversation_key,
                            created_at=now,
                            created_by_id=user.id,
                            created_by_name=user.name,
                        )
                        s.add(row)
                    row.threshold, row.levels_of_care, row.active, row.updated_at = thr, levels, True, now
                    if on_call is not None:
                        row.on_call_user_id, row.on_call_user_name = on_call.id, on_call.name
                    await s.flush()
                log.info(
                    "subscription conversation=%s threshold=%s locs=%d",
                    conversation_key,
                    thr,
                    len(levels or ()),
                )
                return row
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def set_on_call(self, conversation_key: str, on_call: User | None) -> bool:
        async with self.db.session() as s:
            res = await s.execute(
                update(Subscription)
                .where(Subscription.conversation_key == conversation_key)
                .values(
                    on_call_user_id=on_call.id if on_call else None,
                    on_call_user_name=on_call.name if on_call else None,
                    updated_at=utcnow(),
                )
            )
        return rowcount(res) == 1

    async def unsubscribe(self, conversation_key: str) -> bool:
        """Deactivate; True when there was an active subscription."""
        async with self.db.session() as s:
            res = await s.execute(
                update(Subscription)
                .where(Subscription.conversation_key == conversation_key, Subscription.active.is_(True))
                .values(active=False, updated_at=utcnow())
            )
        log.info("unsubscribe conversation=%s changed=%s", conversation_key, rowcount(res) == 1)
        return rowcount(res) == 1

    async def deactivate_conversation(self, conversation_key: str) -> None:
        """The conversation is gone (403/404): stop alerting it."""
        await self.unsubscribe(conversation_key)

    async def list_for(self, conversation_key: str) -> list[Subscription]:
        """The conversation's subscription (active or not) as a list (zero or one row)."""
        async with self.db.session() as s:
            return list(await s.scalars(select(Subscription).where(Subscription.conversation_key == conversation_key)))

    async def active(self) -> list[Subscription]:
        async with self.db.session() as s:
            return list(
                await s.scalars(select(Subscription).where(Subscription.active.is_(True)).order_by(Subscription.id))
            )

    async def matching(
        self, priority: str, loc: str | None, request_type: str | None = None, kind: str = "alert"
    ) -> list[Subscription]:
        """Active subscriptions that want an item individually (`kind='alert'`) or in the digest."""
        return [s for s in await self.active() if wants(s, priority, loc, request_type) == kind]
