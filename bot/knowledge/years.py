"""Year-specific figures: a dollar amount the knowledge base states for other years is not the answer to a
question about a given year ("What will the SNF coinsurance be in 2027?" answered with the 2025 and 2026
amounts). Such an answer becomes "These may help", saying which years the knowledge base has. Pure."""

from __future__ import annotations

import re

from bot.knowledge.sentences import split_sentences

_YEAR = re.compile(r"\b(20\d{2})\b")
_AMOUNT = re.compile(r"\$\s?\d")


def figure_years(text: str) -> set[int]:
    """The years named in the sentences of `text` that state a dollar amount."""
    sentences = split_sentences(text) or [text]
    return {int(y) for s in sentences if _AMOUNT.search(s) for y in _YEAR.findall(s)}


def other_years_only(question: str, answer: str) -> tuple[list[int], list[int]] | None:
    """(years asked, years the answer's amounts are for) when the question names a year and every dollar amount
    in the answer is for another year; None otherwise (no year asked, no amount, or the asked year is there)."""
    asked = {int(y) for y in _YEAR.findall(question)}
    stated = figure_years(answer)
    if not asked or not stated or asked & stated:
        return None
    return sorted(asked), sorted(stated)


def note(asked: list[int], stated: list[int]) -> str:
    def years(ys: list[int]) -> str:
        return " and ".join(str(y) for y in ys)

    return f"The knowledge base gives this figure for {years(stated)}, not for {years(asked)}. "
