"""Issue 14, item 5: with nothing routed yet, an expert question is kept, and whoever installs can route it."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.knowledge import experts as experts_queue
from tests.support.chat import DR_LEE, PAT, SAM, actions_of, card_texts, only
from tests.support.template_db import settings_on_copy

QUESTION = "Does our plan let the liaison fax the P2P request after hours to the weekend line?"


def button(card, title):
    return next(a for a in actions_of(card) if a["title"] == title)


async def test_ask_an_expert_with_no_experts_channel_keeps_the_question(chat, services):
    await chat.install()  # Pat installs this development bot, so Pat may route it
    not_sure = only(await chat.say(QUESTION))
    # Below the confidence threshold: the passages found ("These may help") or, with nothing on topic, the
    # related articles the refusal text promises. Either way the experts are offered.
    if "These may help" in not_sure.shown:
        assert "Ask an expert" in not_sure.shown and len(not_sure.card["body"]) > 2
    else:
        assert "I'm not sure" in not_sure.shown and "Related articles" in not_sure.shown

    kept = card_texts((await chat.invoke("kb.ask_expert", button(not_sure.card, "Ask an expert")["data"]))["value"])
    assert "Kept for the experts" in kept and QUESTION in kept and "/experts here" in kept
    assert await experts_queue.count_pending(services.db) == 1

    pending = only(await chat.say("/experts pending")).shown
    assert "Expert queue: 1 waiting" in pending and QUESTION in pending and "Pat Coordinator" in pending
    assert "Only an admin" in only(await chat.as_(SAM).say("/experts pending")).shown  # PHI stays with admins

    # Pat (the first user) routes the experts channel: the kept question is posted there, nothing is lost.
    routed = await chat.as_(PAT).in_("channel").say("<at>pscbot</at> /experts here")
    assert "Experts channel set" in routed[0].shown
    posted = [r for r in chat.history if r.card and "A coordinator asks" in r.shown]
    assert len(posted) == 1 and QUESTION in posted[0].shown
    assert await experts_queue.count_pending(services.db) == 0
    assert "nothing waiting" in only(await chat.say("/experts pending")).shown

    # The expert's answer reaches Pat as it would for a question posted right away.
    answer = dict(button(posted[0].card, "Send answer")["data"], answer="Yes: fax to the weekend UM line.")
    await chat.as_(DR_LEE).in_("channel").invoke("kb.expert_answer", answer)
    assert any("An expert answered your question" in r.shown for r in chat.history)


async def test_a_later_user_cannot_route_a_development_bot(chat):
    await chat.install()
    refused = only(await chat.as_(SAM).in_("channel").say("<at>pscbot</at> /experts here")).shown
    assert "Only an admin or team lead can choose the experts channel." in refused


@pytest.fixture
def production_settings(tmp_path, template_db) -> Settings:
    return settings_on_copy(
        template_db,
        tmp_path,
        {
            "PSCBOT_ENV": "production",
            "PSCBOT_ALLOW_SQLITE": "true",
            "MicrosoftAppId": "00000000-0000-4000-8000-000000000001",
            "MicrosoftAppPassword": "synthetic-not-a-secret",
        },
        name="prod.db",
    )


async def test_production_names_the_admins_setting(production_settings, tmp_path):
    from bot.storage.db import Database
    from bot.wiring import build_bot, build_services
    from tests.support.chat import Chat, TeamsTestAdapter

    db = Database(production_settings.database_url)
    adapter = TeamsTestAdapter()
    services = build_services(production_settings, db, adapter)
    try:
        chat = Chat(build_bot(services), adapter)
        refused = only(await chat.in_("channel").say("<at>pscbot</at> /experts here")).shown
        assert "set PSCBOT_ADMINS" in refused
    finally:
        await services.knowledge.close()
        await db.dispose()
