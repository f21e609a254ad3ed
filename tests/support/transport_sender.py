"""An AlertSender over the real ConnectorTransport: conversation_key → (service_url, conversation_id).

The shape of the edge's sender (the edge resolves the stored conversation reference instead of a dict).
The idempotency key is NOT handed to the transport: with a key the transport treats the POST as idempotent
and re-POSTs it after a 5xx or a timeout, which the Bot Connector would turn into a duplicate message. The
delivery row decides about re-sends (bot.alerts.dispatcher in-doubt policy).
"""

from __future__ import annotations

from bot.transport.client import ConnectorTransport
from bot.transport.outcomes import Outcome
from cards.base import attachment


def card_activity(card: dict) -> dict:
    return {"type": "message", "attachments": [attachment(card)]}


class TransportSender:
    def __init__(self, transport: ConnectorTransport, addresses: dict[str, tuple[str, str]]) -> None:
        self.transport = transport
        self.addresses = addresses
        self.keys: list[str] = []

    async def send_card(self, conversation_key: str, card: dict, *, idempotency_key: str) -> Outcome:
        service_url, conversation_id = self.addresses[conversation_key]
        self.keys.append(idempotency_key)
        return await self.transport.send_to_conversation(service_url, conversation_id, card_activity(card))

    async def update_card(self, conversation_key: str, activity_id: str, card: dict) -> Outcome:
        service_url, conversation_id = self.addresses[conversation_key]
        activity = {**card_activity(card), "id": activity_id}
        return await self.transport.update_activity(service_url, conversation_id, activity_id, activity)
