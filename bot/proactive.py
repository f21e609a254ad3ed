"""Proactive delivery to stored conversations (outside a user's turn), with typed outcomes."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from copy import copy
from typing import Any, Protocol

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.schema import Activity, ConversationReference

from bot.context import card_activity
from bot.storage.conversations import ConversationStore
from bot.transport.client import ConnectorTransport
from bot.transport.outcomes import Outcome, RecipientGone, Sent, raise_for_outcome

log = logging.getLogger(__name__)


class UnknownConversation(LookupError):
    """No active stored conversation with that key."""


class ConversationAdapter(Protocol):
    """What the sender needs of an adapter: CloudAdapter's `continue_conversation(reference, callback,
    bot_app_id=...)` (the test adapter has the same; BotAdapter's own takes `bot_id`). The keyword arguments
    stay untyped: botbuilder annotates their defaults `str = None`, which no precise protocol accepts."""

    def continue_conversation(
        self,
        reference: ConversationReference,
        callback: Callable[[TurnContext], Awaitable[None]],
        *args: Any,
        **kwargs: Any,
    ) -> Awaitable[Any]: ...


class ProactiveSender:
    """Sends to a stored conversation by key.

    With the pooled transport (the server and the CLI) each call is one POST with a typed outcome;
    a gone recipient marks the conversation inactive. Without it (conversation tests) the adapter's
    `continue_conversation` is used, always with `bot_app_id`, which production requires.
    """

    def __init__(
        self,
        conversations: ConversationStore,
        app_id: str,
        *,
        transport: ConnectorTransport | None = None,
        adapter: ConversationAdapter | None = None,
    ) -> None:
        if transport is None and adapter is None:
            raise ValueError("a transport or an adapter is required")
        self._conversations = conversations
        self._app_id = app_id
        self._transport = transport
        self._adapter = adapter

    async def _reference(self, conversation_key: str) -> ConversationReference:
        row = await self._conversations.get(conversation_key)
        if row is None or not row.active:
            raise UnknownConversation(conversation_key)
        return ConversationReference().deserialize(row.reference)

    async def deliver(
        self, conversation_key: str, activity: Activity, *, idempotency_key: str | None = None
    ) -> Outcome:
        """Send once and report what happened; never raises for connector failures."""
        reference = await self._reference(conversation_key)
        if self._transport is not None:
            from bot.transport.sdk import deliver

            outcome = await deliver(self._transport, reference, activity, idempotency_key=idempotency_key)
        else:
            outcome = await self._via_adapter(reference, activity)
        if isinstance(outcome, RecipientGone):
            await self._conversations.deactivate_key(conversation_key)
            log.info("conversation %s is gone (status %s); marked inactive", conversation_key, outcome.status)
        else:
            log.info("proactive send to %s: %s", conversation_key, type(outcome).__name__)
        return outcome

    async def _via_adapter(self, reference: ConversationReference, activity: Activity) -> Outcome:
        sent: dict[str, str | None] = {"id": None}

        async def callback(turn_context: TurnContext) -> None:
            response = await turn_context.send_activity(copy(activity))
            sent["id"] = response.id if response else None

        await self._continue(reference, callback)
        return Sent(sent["id"])

    async def _continue(
        self, reference: ConversationReference, callback: Callable[[TurnContext], Awaitable[None]]
    ) -> None:
        if self._adapter is None:  # __init__ requires a transport or an adapter; this path runs without a transport
            raise RuntimeError("no adapter to continue the conversation with")
        await self._adapter.continue_conversation(reference, callback, bot_app_id=self._app_id or None)

    async def update(self, conversation_key: str, activity_id: str, activity: Activity) -> Outcome:
        """Replace a message we sent earlier (e.g. an alert card after Acknowledge)."""
        reference = await self._reference(conversation_key)
        activity = TurnContext.apply_conversation_reference(copy(activity), reference, is_incoming=False)
        activity.id = activity_id
        if self._transport is not None:
            if reference.conversation is None:  # stored from a turn, which always names its conversation
                raise UnknownConversation(conversation_key)
            return await self._transport.update_activity(
                reference.service_url, reference.conversation.id, activity_id, activity
            )

        async def callback(turn_context: TurnContext) -> None:
            await turn_context.update_activity(activity)

        await self._continue(reference, callback)
        return Sent(activity_id)

    async def send(self, conversation_key: str, activity: Activity) -> str | None:
        """Send and return the activity id; raises a ConnectorError subclass when it was not delivered."""
        outcome = raise_for_outcome("proactive send", await self.deliver(conversation_key, activity))
        assert isinstance(outcome, Sent)  # a send that went through answers Sent (Fetched is for reads)
        return outcome.activity_id

    async def send_text(self, conversation_key: str, text: str) -> str | None:
        return await self.send(conversation_key, MessageFactory.text(text))

    async def send_card(self, conversation_key: str, card: dict, summary: str | None = None) -> str | None:
        return await self.send(conversation_key, card_activity(card, summary))
