"""Proactive delivery to stored conversations (outside a user's turn)."""

from __future__ import annotations

import logging

from botbuilder.core import BotAdapter, CardFactory, MessageFactory, TurnContext
from botbuilder.schema import Activity, ConversationReference

from bot.storage.conversations import ConversationStore

log = logging.getLogger(__name__)


class UnknownConversation(LookupError):
    """No active stored conversation with that key."""


class ProactiveSender:
    def __init__(self, adapter: BotAdapter, conversations: ConversationStore, app_id: str) -> None:
        self._adapter = adapter
        self._conversations = conversations
        self._app_id = app_id

    async def send(self, conversation_key: str, activity: Activity) -> str | None:
        """Send `activity` to a stored conversation; returns the sent activity id (to update it later)."""
        row = await self._conversations.get(conversation_key)
        if row is None or not row.active:
            raise UnknownConversation(conversation_key)
        reference = ConversationReference().deserialize(row.reference)
        sent: dict[str, str | None] = {"id": None}

        async def callback(turn_context: TurnContext) -> None:
            response = await turn_context.send_activity(activity)
            sent["id"] = response.id if response else None

        # bot_app_id is required by the Bot Connector in production even though local tests pass without it.
        await self._adapter.continue_conversation(reference, callback, bot_app_id=self._app_id or None)
        log.info("proactive message sent to conversation %s", conversation_key)
        return sent["id"]

    async def send_text(self, conversation_key: str, text: str) -> str | None:
        return await self.send(conversation_key, MessageFactory.text(text))

    async def send_card(self, conversation_key: str, card: dict, summary: str | None = None) -> str | None:
        activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
        if summary:
            activity.summary = summary
        return await self.send(conversation_key, activity)
