"""Full turns through botbuilder's CloudAdapter reach the mock connector through the transport."""

from __future__ import annotations

from datetime import UTC

import pytest
from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsInfo
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationParameters

from bot.config import Settings
from bot.transport import (
    ConnectorTransport,
    Pacer,
    RecipientGoneError,
    TransportConnectorClient,
    create_adapter_auth,
)
from bot.transport.client import USER_AGENT
from tests.support.mock_connector import Reply

from .conftest import fast_policy


class Bot(ActivityHandler):
    def __init__(self) -> None:
        self.members = None
        self.errors: list[Exception] = []

    async def on_message_activity(self, turn_context: TurnContext):
        text = (turn_context.activity.text or "").strip()
        if text == "/members":
            self.members = await TeamsInfo.get_members(turn_context)
            return
        if text == "/edit":
            sent = await turn_context.send_activity(MessageFactory.text("first"))
            update = MessageFactory.text("second")
            update.id = sent.id
            await turn_context.update_activity(update)
            await turn_context.delete_activity(sent.id)
            return
        try:
            await turn_context.send_activity(MessageFactory.text(f"you said {len(text)} chars"))
        except RecipientGoneError as exc:
            self.errors.append(exc)


def inbound(service_url: str, text: str, conv: str = "a:synthetic-personal-chat") -> Activity:
    return Activity().deserialize(
        {
            "type": "message",
            "id": "1700000000001",
            "channelId": "msteams",
            "serviceUrl": service_url,
            "from": {"id": "29:synthetic-user", "name": "Synthetic User"},
            "recipient": {"id": "28:synthetic-bot", "name": "pscbot"},
            "conversation": {"id": conv, "conversationType": "personal", "tenantId": "tenant-synthetic"},
            "channelData": {"tenant": {"id": "tenant-synthetic"}},
            "text": text,
        }
    )


@pytest.fixture
async def adapter_parts(mock):
    settings = Settings()
    transport = ConnectorTransport.from_settings(settings, retry=fast_policy(), pacer=Pacer(app_rate_per_s=0))
    async with transport:
        yield CloudAdapter(create_adapter_auth(settings, transport)), Bot(), transport


async def test_turn_reply_goes_through_the_transport(mock, adapter_parts):
    adapter, bot, _ = adapter_parts
    await adapter.process_activity("", inbound(mock.url, "hello"), bot.on_turn)
    [rec] = mock.requests
    assert rec.method == "POST"
    assert rec.conversation_id == "a:synthetic-personal-chat" and rec.activity_id == "1700000000001"
    assert rec.headers["User-Agent"] == USER_AGENT
    assert rec.authorization is None
    assert rec.body["text"] == "you said 5 chars"
    assert rec.body["replyToId"] == "1700000000001"
    assert rec.body["from"]["id"] == "28:synthetic-bot"
    assert rec.body["conversation"]["id"] == "a:synthetic-personal-chat"


async def test_many_turns_share_one_connection_and_one_client(mock, adapter_parts):
    adapter, bot, _ = adapter_parts
    clients = set()

    async def logic(ctx: TurnContext):
        clients.add(id(ctx.turn_state[adapter.BOT_CONNECTOR_CLIENT_KEY]))
        await bot.on_turn(ctx)

    for i in range(30):
        await adapter.process_activity("", inbound(mock.url, f"turn {i}", conv=f"conv-{i}"), logic)
    assert len(mock.activities) == 30
    assert mock.connections == 1
    assert len(clients) == 1


async def test_update_delete_and_members_through_turn_context(mock, adapter_parts):
    adapter, bot, _ = adapter_parts
    await adapter.process_activity("", inbound(mock.url, "/edit"), bot.on_turn)
    assert [r.method for r in mock.requests] == ["POST", "PUT", "DELETE"]
    assert mock.requests[1].body["text"] == "second"
    assert mock.requests[1].activity_id == mock.requests[2].activity_id
    await adapter.process_activity("", inbound(mock.url, "/members"), bot.on_turn)
    assert [m.id for m in bot.members] == ["29:mock-user-1", "29:mock-user-2"]
    assert bot.members[0].user_principal_name == "user1@example.test"  # Teams fields survive


async def test_final_failure_raises_a_clear_error_in_the_turn(mock, adapter_parts):
    adapter, bot, _ = adapter_parts
    mock.script(Reply.not_in_roster())
    await adapter.process_activity("", inbound(mock.url, "hello"), bot.on_turn)
    [err] = bot.errors
    assert err.outcome.code == "BotNotInConversationRoster" and err.status == 403
    assert len(mock.received("POST")) == 1


async def test_proactive_and_create_conversation(mock, adapter_parts):
    adapter, _, transport = adapter_parts
    reference = TurnContext.get_conversation_reference(inbound(mock.url, "x"))
    seen = []

    async def proactive(ctx: TurnContext):
        seen.append(type(ctx.turn_state[adapter.BOT_CONNECTOR_CLIENT_KEY]))
        await ctx.send_activity(MessageFactory.text("proactive"))

    await adapter.continue_conversation(reference, proactive, bot_app_id="")
    assert seen == [TransportConnectorClient]
    assert mock.activities[-1]["text"] == "proactive"

    created = []

    async def on_created(ctx: TurnContext):
        created.append(ctx.activity.conversation.id)

    params = ConversationParameters(
        is_group=False, members=[ChannelAccount(id="29:synthetic-user")], tenant_id="tenant-synthetic"
    )
    await adapter.create_conversation("", on_created, params, "msteams", mock.url)
    assert created and created[0].startswith("mock-conv-")
    assert transport.started


async def test_user_token_client_is_lazy(adapter_parts):
    adapter, _, _ = adapter_parts
    from botframework.connector.auth import ClaimsIdentity

    auth = adapter.bot_framework_authentication
    a = await auth.create_user_token_client(ClaimsIdentity({}, True))
    b = await auth.create_user_token_client(ClaimsIdentity({}, True))
    assert a is b and a._inner is None


def test_wire_serialization_matches_msrest():
    from datetime import datetime

    from botbuilder.core import CardFactory
    from botbuilder.schema import Mention

    from bot.transport.wire import to_wire

    card = CardFactory.adaptive_card(
        {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "x"}]}
    )
    act = MessageFactory.attachment(card)
    act.text = "<at>Bot</at> hi"
    act.entities = [Mention(mentioned=ChannelAccount(id="28:b", name="Bot"), text="<at>Bot</at>")]
    act.timestamp = datetime(2026, 11, 28, 13, 0, 0, 123000, tzinfo=UTC)
    act.channel_data = {"notification": {"alert": True}}
    act.conversation = inbound("https://x/", "y").conversation
    assert to_wire(act) == act.serialize()


async def test_deliver_returns_typed_outcomes_for_a_stored_reference(mock, adapter_parts):
    from bot.transport import RecipientGone, Sent, deliver

    _, _, transport = adapter_parts
    reference = TurnContext.get_conversation_reference(inbound(mock.url, "x", conv="19:channel@thread.tacv2"))
    out = await deliver(transport, reference, MessageFactory.text("alert"), idempotency_key="alert-1:conv-1")
    assert isinstance(out, Sent) and out.activity_id
    [rec] = mock.requests
    assert rec.path.endswith("/activities") and rec.conversation_id == "19:channel@thread.tacv2"
    assert rec.body["from"]["id"] == "28:synthetic-bot" and "replyToId" not in rec.body
    mock.script(Reply.blocked())
    gone = await deliver(transport, reference, MessageFactory.text("alert"))
    assert gone == RecipientGone(403, "MessageWritesBlocked")
