"""A dollar figure the knowledge base states for other years does not answer a question about another year."""

from __future__ import annotations

from bot.knowledge import years
from bot.knowledge.cli import format_answer
from tests.unit.knowledge.helpers import answering_from

COINSURANCE = "The daily coinsurance for days 21-100 was $209.50 in 2025 and is $217 in 2026. CMS publishes it yearly."


def test_amounts_for_other_years_only():
    assert years.other_years_only("What will the coinsurance be in 2031?", COINSURANCE) == ([2031], [2025, 2026])
    assert years.other_years_only("What is the coinsurance in 2026?", COINSURANCE) is None
    assert years.other_years_only("What is the daily coinsurance?", COINSURANCE) is None  # no year asked
    # Years without a dollar amount are dates, not figures: "since 2025" still answers a question about 2027.
    assert years.other_years_only("Is it still 65 days in 2027?", "65 days since January 1, 2025.") is None
    assert years.note([2031], [2025, 2026]) == "The knowledge base gives this figure for 2025 and 2026, not for 2031. "


ARTICLE = """---
title: Synthetic daily coinsurance
status: confirmed
effective_date: 2025-01-01
---
# Synthetic daily coinsurance

## Daily coinsurance amounts
The synthetic daily coinsurance for days 21-100 was $209.50 in 2025 and is $217 in 2026.
"""


async def test_a_question_about_another_year_gets_these_may_help_with_the_years_we_have(db, tmp_path):
    service = await answering_from(db, tmp_path, ARTICLE)

    later = await service.ask("What will the synthetic daily coinsurance for days 21-100 be in 2031?")
    assert not later.answered and later.suggestions
    assert later.answer.startswith("The knowledge base gives this figure for 2025 and 2026, not for 2031.")

    now = await service.ask("What is the synthetic daily coinsurance for days 21-100 in 2026?")
    assert now.answered and "$217 in 2026" in now.answer


async def test_pscbot_ask_says_a_held_back_reply_is_not_answered_whatever_its_confidence(db, tmp_path):
    service = await answering_from(db, tmp_path, ARTICLE)
    held_back = format_answer(
        await service.ask("What will the synthetic daily coinsurance for days 21-100 be in 2031?")
    )
    assert held_back.splitlines()[0].startswith("The knowledge base gives this figure for 2025 and 2026")
    assert held_back.splitlines()[-1].endswith("(not answered)")
    answered = format_answer(await service.ask("What is the synthetic daily coinsurance for days 21-100 in 2026?"))
    assert answered.splitlines()[-1].startswith("Confidence: ") and "not answered" not in answered
