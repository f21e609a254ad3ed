"""Install, help, who-am-I, mentions, unknown commands and tenants — as a user sees them."""

from sqlalchemy import select

from bot.storage.models import Conversation
from cards.base import escape_text
from cards.core import usage_shown
from tests.support.chat import SAM, card_texts, make_bot_added, make_message, only


async def test_install_in_personal_chat_sends_the_welcome_card_once(chat):
    welcome = only(await chat.install())
    assert "Hi, I'm pscbot" in welcome.shown
    assert "/help" in welcome.shown
    assert await chat.install() == []  # reinstall events for a known conversation stay quiet


async def test_help_lists_every_command(chat, bot):
    reply = only(await chat.say("/help"))
    personal = bot.commands.for_scope("personal")
    assert personal
    for command in personal:
        assert usage_shown(escape_text(command.usage)) in reply.shown
    channel_only = [c for c in bot.commands if "personal" not in c.scopes]
    for command in channel_only:
        assert usage_shown(escape_text(command.usage)) not in reply.shown


async def test_help_without_slash_and_with_mention_in_a_channel(chat):
    in_channel = chat.in_("channel")
    reply = only(await in_channel.say("<at>pscbot</at>  help "))
    assert "What I can do" in reply.shown


async def test_unknown_command_gets_a_help_hint(chat):
    reply = only(await chat.say("/frobnicate now"))
    assert "I don't know the command /frobnicate" in reply.shown
    assert "What I can do" in reply.shown


async def test_whoami_shows_name_role_tenant_and_scope(chat):
    reply = only(await chat.as_(SAM).say("whoami"))
    assert "Sam Coordinator" in reply.shown
    assert "coordinator" in reply.shown
    assert "tenant\uff0d0000" in reply.shown or "tenant-0000-synthetic" in reply.shown
    assert "personal" in reply.shown


async def test_free_text_is_answered(chat):
    reply = only(await chat.say("hello there, what can you do for me today?"))
    assert reply.card is not None and reply.shown


async def test_every_conversation_scope_is_remembered(chat, services, bot):
    await chat.say("/help")
    await chat.in_("groupChat").say("<at>pscbot</at> /help")
    await chat.in_("channel").say("<at>pscbot</at> /help")
    async with services.db.session() as s:
        rows = (await s.scalars(select(Conversation))).all()
    assert sorted(r.scope for r in rows) == ["channel", "groupChat", "personal"]
    channel = next(r for r in rows if r.scope == "channel")
    assert channel.team_id == "19:team@thread.tacv2" and channel.channel_id == "19:general@thread.tacv2"
    assert channel.reference["serviceUrl"] == "https://smba.example.invalid/amer/"
    assert all(r.tenant_id == "tenant-0000-synthetic" and r.active for r in rows)


async def test_channel_thread_replies_store_the_channel_not_the_thread(chat, services):
    message = make_message("<at>pscbot</at> help", scope="channel")
    message.conversation.id = "19:general@thread.tacv2;messageid=1700000000000"
    await services.test_adapter.process_activity(message, chat.bot.on_turn)
    row = await services.conversations.by_conversation_id("19:general@thread.tacv2")
    assert row is not None and row.reference["conversation"]["id"] == "19:general@thread.tacv2"


async def test_bot_removed_from_team_marks_conversation_inactive(chat, services):
    await services.test_adapter.process_activity(make_bot_added(scope="channel"), chat.bot.on_turn)
    welcome = services.test_adapter.activity_buffer.pop()
    assert "Hi, I'm pscbot" in card_texts(welcome.attachments[0].content)
    await services.test_adapter.process_activity(make_bot_added(scope="channel", removed=True), chat.bot.on_turn)
    row = await services.conversations.by_conversation_id("19:general@thread.tacv2")
    assert row is not None and row.active is False


async def test_uninstall_marks_personal_conversation_inactive(chat, services):
    await chat.install()
    from tests.support.chat import make_install

    await services.test_adapter.process_activity(make_install(action="remove"), chat.bot.on_turn)
    row = await services.conversations.by_conversation_id("a:personal-pat")
    assert row.active is False


async def test_tenant_outside_the_allow_list_gets_no_reply(chat, services, caplog):
    services.settings = services.settings.replace(allowed_tenants=("tenant-allowed",))
    chat.bot.services = services
    outsider = chat
    outsider.tenant = "tenant-other"
    assert await outsider.say("/help") == []
    assert "outside PSCBOT_ALLOWED_TENANTS" in caplog.text
    allowed = chat.in_("personal")
    allowed.tenant = "tenant-allowed"
    assert len(await allowed.say("/help")) == 1


async def test_unknown_card_verb_is_refused_politely(chat):
    response = await chat.invoke("does.not.exist", {"x": 1})
    assert response["statusCode"] == 200
    assert "not one I know" in card_texts(response["value"])


async def test_help_button_via_submit_fallback(chat):
    reply = only(await chat.submit({"pscbot_verb": "core.help"}))
    assert "What I can do" in reply.shown


async def test_teams_redelivery_of_the_same_message_is_answered_once(chat, services):
    message = make_message("/help")
    await services.test_adapter.process_activity(message, chat.bot.on_turn)
    await services.test_adapter.process_activity(message, chat.bot.on_turn)
    assert len(services.test_adapter.activity_buffer) == 1
