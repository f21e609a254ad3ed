"""Sentences: a guideline section's (split_sentences) and the cutting they share with a question's
(hybrid.question_sentences): cut at a sentence end unless the stop belongs to an abbreviation."""

from __future__ import annotations

import re
from collections.abc import Callable

_ABBREV = frozenset(
    "e.g i.e ch no nos vs etc dr mr ms mrs fig sec jan feb mar apr jun jul aug sep sept oct nov dec approx "
    "u.s st inc co corp pub est cf al".split()
)
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9§])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a section: lines (list items, paragraphs) first, then sentence punctuation."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(split_line(line.strip(), _SENT_END, _section_goes_on))
    return [s for s in out if s]


def split_line(line: str, end: re.Pattern[str], goes_on: Callable[[str], bool]) -> list[str]:
    """The sentences of one line: it is cut where `end` matches, unless `goes_on(text before the match, from
    the last cut)` says the stop belongs to an abbreviation."""
    out: list[str] = []
    start = 0
    for m in end.finditer(line):
        if goes_on(line[start : m.start()]):
            continue
        out.append(line[start : m.start()].strip())
        start = m.end()
    out.append(line[start:].strip())
    return [s for s in out if s]


def _last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1].lower() if text.split() else ""


def _section_goes_on(before: str) -> bool:
    last = _last_word(before.rstrip(".!?\"')]"))
    return last in _ABBREV or (len(last) == 1 and last.isalpha()) or last.endswith(("e.g", "i.e"))


def goes_on_after(before: str, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop ending `before` is an abbreviation's (one of `abbreviations`, or a single letter)."""
    if not before.endswith(".") or len(before) < 2 or before.endswith(".."):
        return False
    last = _last_word(before[:-1])
    return last in abbreviations or (len(last) == 1 and last.isalpha())
