"""The `AlertSender` protocol: how the dispatcher reaches Teams without knowing about botbuilder.

The edge implements it (conversation_key → stored reference / service URL → ConnectorTransport) and returns
the typed delivery outcomes (bot.outcomes): Sent(activity_id) / Throttled(retry_after) /
RecipientGone / TooLarge / Failed(in_doubt=...). A sender should not raise; if it does, the dispatcher
treats the exception as `Failed(in_doubt=True)` (it cannot know whether the post went through).

`idempotency_key` is stable for one delivery row across every retry and re-send
(`pscbot-alert-<delivery id>`). The Bot Connector does not de-duplicate on it, so a sender that can check
(e.g. a per-process cache of keys it already posted, or a future connector feature) may use it; the
dispatcher's in-doubt policy (bot.alerts.dispatcher) does not depend on it.

Edge implementers: do NOT forward the key to `ConnectorTransport.send_to_conversation(idempotency_key=...)`.
With a key the transport treats the POST as idempotent and re-POSTs it after a 5xx or a timeout inside one
call, which the Bot Connector turns into a duplicate message that no delivery row knows about. Without it,
the transport returns `Failed(in_doubt=True)` and the dispatcher decides (tests/support/transport_sender.py
is the reference shape). `update_card` is a PUT and may be retried freely.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from bot.outcomes import Outcome


@runtime_checkable
class AlertSender(Protocol):
    async def send_card(self, conversation_key: str, card: dict, *, idempotency_key: str) -> Outcome:
        """Post a new message carrying the Adaptive Card; Sent.activity_id is kept to update it later."""
        ...

    async def update_card(self, conversation_key: str, activity_id: str, card: dict) -> Outcome:
        """Replace the card of a message sent earlier (PUT: idempotent)."""
        ...
