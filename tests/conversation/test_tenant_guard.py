"""The tenant allow-list refuses every kind of activity from outside (messages, card actions, installs, the bot
being added to a team), and a malformed tenant shape counts as an unknown tenant instead of failing the turn."""

from __future__ import annotations

import pytest

from tests.support.chat import (
    TENANT,
    make_bot_added,
    make_install,
    make_invoke,
    make_message,
)

OUTSIDER = "tenant-9999-outside"

KINDS = {
    "message": lambda tenant: make_message("/help", tenant=tenant),
    "card action": lambda tenant: make_invoke("does.not.exist", {"x": 1}, tenant=tenant),
    "install": lambda tenant: make_install(tenant=tenant),
    "bot added to a team": lambda tenant: make_bot_added(tenant=tenant),
}


async def run(chat, activity):
    chat.adapter.activity_buffer.clear()
    await chat.adapter.process_activity(activity, chat.bot.on_turn)
    sent = list(chat.adapter.activity_buffer)
    chat.adapter.activity_buffer.clear()
    return sent


def allow_only(chat, services, *tenants):
    services.settings = services.settings.replace(allowed_tenants=tenants)
    chat.bot.services = services


@pytest.mark.parametrize("kind", list(KINDS))
async def test_allowed_tenant_is_answered_and_remembered(chat, services, kind):
    allow_only(chat, services, TENANT)
    activity = KINDS[kind](TENANT)
    assert await run(chat, activity) != []
    assert await services.conversations.by_conversation_id(activity.conversation.id) is not None


@pytest.mark.parametrize("kind", list(KINDS))
async def test_tenant_outside_the_allow_list_is_refused(chat, services, kind, caplog):
    allow_only(chat, services, TENANT)
    activity = KINDS[kind](OUTSIDER)
    assert await run(chat, activity) == []  # no reply, no invoke response, no welcome card
    assert await services.conversations.by_conversation_id(activity.conversation.id) is None
    assert "outside PSCBOT_ALLOWED_TENANTS" in caplog.text


MALFORMED = {
    "tenant is a string": "tenant-0000-synthetic",
    "tenant is a list": [{"id": TENANT}],
    "tenant id is a number": {"id": 42},
    "tenant missing": None,
}


def with_tenant_shape(activity, shape):
    activity.conversation.tenant_id = None
    activity.channel_data = {**activity.channel_data, "tenant": shape}
    if shape is None:
        del activity.channel_data["tenant"]
    return activity


@pytest.mark.parametrize("shape", list(MALFORMED))
@pytest.mark.parametrize("kind", list(KINDS))
async def test_malformed_tenant_is_unknown_and_refused(chat, services, kind, shape):
    allow_only(chat, services, TENANT)
    activity = with_tenant_shape(KINDS[kind](TENANT), MALFORMED[shape])
    assert await run(chat, activity) == []
    assert await services.conversations.by_conversation_id(activity.conversation.id) is None


@pytest.mark.parametrize("shape", list(MALFORMED))
async def test_malformed_tenant_without_an_allow_list_still_gets_an_answer(chat, services, shape):
    activity = with_tenant_shape(make_message("/help", tenant=TENANT), MALFORMED[shape])
    activity.channel_data["team"] = "not-an-object"
    [reply] = [a for a in await run(chat, activity) if a.type == "message"]
    assert reply.attachments  # the help card, not an error card
    assert "couldn't finish" not in str(reply.attachments[0].content)
