"""Names the knowledge base never mentions: a question that asks about a named facility, payer, state or product
("Does Texas Medicaid pay after day 100?", "What is Lakeview Pines' star rating?") is not answered by passages
that never name it, however close their topic. Such an answer becomes "These may help", saying which name the
knowledge base does not mention. Pure: the caller says which words the knowledge base knows.

Only the asking sentence of a case story is read: the story around it names patients' conditions ("s/p
Whipple", "Guillain-Barré") that no guideline needs to mention for the question to be answerable.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.knowledge.text import split_sentences

# A capitalised word (not all capitals: abbreviations are the lexicon's business), possessive dropped; a run of
# them ("Desert Palms Care Center", "Texas Medicaid") is one name.
_WORD = r"[A-Z][a-z][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_NAME = re.compile(rf"(?<![\w'’-])({_WORD}(?: {_WORD})*)")
_POSSESSIVE = re.compile(r"['’]s$")
# Capitalised because of the calendar, not because they name something the guidelines should know.
CALENDAR = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split()
)


def names(sentence: str) -> list[str]:
    """Runs of capitalised words, less the first word of a sentence, of a quotation or of a clause after a colon,
    and less calendar words."""
    out: list[str] = []
    for part in split_sentences(sentence) or [sentence]:
        for m in _NAME.finditer(part):
            words = m.group(1).split(" ")
            before = part[: m.start()].rstrip()
            if not before or before[-1] in ":\"“'‘(":
                words = words[1:]
            stripped = (_POSSESSIVE.sub("", w) for w in words)
            name = " ".join(w for w in stripped if w.lower() not in CALENDAR)
            if len(name) >= 3 and name not in out:
                out.append(name)
    return out


def unknown(asking: str, known: Callable[[str], bool]) -> list[str]:
    """The names in the asking sentence with a word for which `known(word)` is false."""
    return [n for n in names(asking) if not all(known(w) for w in n.split(" "))]


def note(missing: list[str]) -> str:
    return f"The knowledge base does not mention {' or '.join(missing)}. "
