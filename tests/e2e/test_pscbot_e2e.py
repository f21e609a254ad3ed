"""pscbot itself in the Microsoft 365 Agents Playground, as a newcomer would meet it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.storage.conversations import conversation_key
from tests.e2e.playground import REPO_ROOT

pytestmark = pytest.mark.e2e


@pytest.fixture
def bot_env(tmp_path) -> dict[str, str]:
    return {
        "DATABASE_URL": f"sqlite:///{tmp_path}/e2e.db",
        "PSCBOT_BOT_NAME": "PSC Bot",  # the name the Playground config gives the bot
        "PSCBOT_ENV": "development",
        "PSCBOT_INBOX_DIR": str(tmp_path / "inbox"),
        "PSCBOT_LOG_LEVEL": "INFO",
    }


@pytest.fixture
def bot_endpoint(bot_server, bot_env):
    server = bot_server([sys.executable, "-m", "bot", "serve", "--port", "{port}"], env=bot_env)
    return server.endpoint


def pscbot_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=REPO_ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_welcome_help_channel_mention_and_proactive_notify(playground, bot_env):
    # 1. Installing the app in the personal chat yields the welcome card.
    welcome = await playground.wait_for_card("Hi, I'm PSC Bot")
    assert await welcome.get_by_text("/help").count() >= 1
    await playground.screenshot("welcome-card")

    # 2. /help in the personal chat yields the help card.
    await playground.send_personal("/help")
    await playground.wait_for_card("What I can do")
    await playground.screenshot("help-card")

    # 3. A message with an @mention in the team channel is answered there.
    await playground.open_channel("General")
    await playground.post_in_channel_with_mention("whoami")
    who = await playground.wait_for_card("Who you are to me")
    assert await who.get_by_text("channel", exact=False).count() >= 1
    await playground.screenshot("channel-mention-answered")

    # 4. `pscbot notify` from outside a turn reaches the stored personal conversation.
    await playground.open_personal_chat()
    key = conversation_key(playground.personal_conversation_id)
    result = pscbot_cli(bot_env, "notify", "--conversation", key, "--text", "Proactive check from the CLI")
    assert result.returncode == 0, result.stderr
    await playground.wait_for_text("Proactive check from the CLI")
    await playground.screenshot("proactive-notify")


async def test_guideline_question_in_personal_chat_gets_a_cited_answer(playground):
    await playground.wait_for_card("Hi, I'm PSC Bot")
    await playground.send_personal("how long is the expedited organization determination timeframe?")
    await playground.wait_for_card("Citation")
    await playground.wait_for_text("72 hours")
    await playground.screenshot("answer-card")


async def test_case_card_for_a_demo_case_and_claim_updates_it_in_place(playground):
    await playground.wait_for_card("Hi, I'm PSC Bot")
    await playground.send_personal("/case 2026900004")
    card = await playground.wait_for_card("DEMO DATA")
    await playground.wait_for_text("Unassigned")
    await playground.screenshot("case-card")
    await playground.click_card_button(card, "Claim")
    await playground.wait_for_text(f"{playground.user_name} (you)")
    await playground.wait_for_text(f"Claimed by {playground.user_name}")
    await playground.screenshot("case-claimed-in-place")
    assert len(await playground.page.locator(".ac-adaptiveCard", has_text="2026900004").all()) == 1
