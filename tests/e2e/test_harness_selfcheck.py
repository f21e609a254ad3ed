"""Self-check of the Playground harness against the stand-in bot (tests/e2e/standin_bot.py).

One Playground run walks through every harness feature the real bot's e2e tests rely on; screenshots of each
step land in ``test-output/e2e/test_harness_selfcheck/``.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.standin_bot import CARD_TITLE, WELCOME

pytestmark = pytest.mark.e2e


@pytest.fixture
def bot_endpoint(standin_bot):
    return standin_bot.endpoint


async def _received(server, predicate, timeout: float = 10.0) -> dict:
    """The first activity the stand-in received that matches ``predicate`` (polls its /_test/received)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        for activity in await asyncio.to_thread(server.get_json, "/_test/received"):
            if predicate(activity):
                return activity
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("stand-in bot did not receive the expected activity")
        await asyncio.sleep(0.2)


async def test_harness_selfcheck(playground, standin_bot):
    pg = playground

    # 1. install event -> welcome in the personal chat
    await pg.wait_for_text(WELCOME)
    install = await _received(standin_bot, lambda a: a["type"] == "installationUpdate")
    assert install["serviceUrl"] == pg.connector_url
    assert install["conversation"]["id"] == pg.personal_conversation_id
    assert install["conversation"]["conversationType"] == "personal"
    assert install["recipient"] == {"id": pg.bot_id, "name": pg.bot_name}
    assert any("installationUpdate 200" in line for line in await pg.activity_log())
    await pg.screenshot("welcome")

    # 2. personal message is echoed
    await pg.send_personal("hello from the harness")
    await pg.wait_for_text("Echo: hello from the harness")
    await pg.wait_for_log("message 201 Echo: hello from the harness")
    await pg.screenshot("echo")

    # 3. card renders; Action.Submit carries the input value, Action.Execute arrives as an invoke
    await pg.send_personal("card")
    card = await pg.wait_for_card(CARD_TITLE)
    await pg.screenshot("card")
    await pg.fill_card_input(card, "Type a note", "synthetic note")
    await pg.click_card_button(card, "Submit it")
    submit = await _received(standin_bot, lambda a: a["type"] == "message" and a.get("value"))
    assert submit["value"] == {"action": "submit", "source": "standin", "note": "synthetic note"}
    await pg.wait_for_text('Got submit: {"action": "submit", "note": "synthetic note", "source": "standin"}')
    await pg.click_card_button(card, "Execute it")
    invoke = await _received(standin_bot, lambda a: a["type"] == "invoke")
    assert invoke["name"] == "adaptiveCard/action"
    assert invoke["value"]["action"]["verb"] == "standin.execute"
    assert invoke["value"]["action"]["data"] == {"action": "execute", "source": "standin"}
    assert await pg.card_invoke_message(card) == "Execute received"
    await pg.wait_for_text('Got execute: {"action": "execute", "source": "standin"}')
    await pg.screenshot("card-actions")

    # 4. @mention post in General reaches the bot as "<at>Bot</at> text" and is answered in the thread
    await pg.open_channel("General")
    await pg.wait_for_text(WELCOME)  # channel install -> welcome post
    await pg.post_in_channel_with_mention("status please")
    post = await _received(standin_bot, lambda a: a["type"] == "message" and "status please" in (a.get("text") or ""))
    assert post["text"] == f"<at>{pg.bot_name}</at> status please"
    assert post["conversation"]["conversationType"] == "channel"
    assert post["conversation"]["id"].startswith(f"{pg.channel_conversation_id};messageid=")
    assert {
        "type": "mention",
        "mentioned": {"id": pg.bot_id, "name": pg.bot_name},
        "text": f"<at>{pg.bot_name}</at>",
    } in post["entities"]
    await pg.wait_for_text("Echo: PSC Bot status please")  # <at> is rendered as the mention pill
    await pg.screenshot("channel-mention")

    # 4b. an @mention reply in that thread arrives in the same conversation (the thread's id)
    await pg.reply_in_thread("status please", "and a follow-up")
    reply = await _received(standin_bot, lambda a: "and a follow-up" in (a.get("text") or ""))
    assert reply["text"] == f"<at>{pg.bot_name}</at> and a follow-up"
    assert reply["conversation"]["id"] == post["conversation"]["id"]
    await pg.wait_for_text("Echo: PSC Bot and a follow-up")
    await pg.screenshot("thread-reply")

    # 5. proactive message to the stored personal reference shows up in the personal chat
    result = await asyncio.to_thread(
        standin_bot.post_json,
        "/_test/proactive",
        {"text": "Proactive hello", "conversation_id": pg.personal_conversation_id},
    )
    assert result["connector_status"] == 201
    await pg.open_personal_chat()
    await pg.wait_for_text("Proactive hello")
    await pg.screenshot("proactive")

    # 6. "Mock an Activity" -> "Add user" reaches the bot as conversationUpdate/membersAdded
    await pg.mock_activity("Add user")
    added = await _received(
        standin_bot,
        lambda a: (
            a["type"] == "conversationUpdate"
            and a.get("membersAdded")
            and a["conversation"]["id"] == pg.personal_conversation_id
            and all(m["id"] != pg.bot_id for m in a["membersAdded"])
        ),
    )
    assert added["membersAdded"][0]["id"] == pg.config["currentUser"]["id"]
    assert any(line.endswith("conversationUpdate 200") for line in (await pg.activity_log())[-3:])
