"""Punctuation spoken into a phone: speech-to-text leaves "question mark", "comma" and "period" as words when
dictation punctuation is off ("...face to face in an irf question mark she's seventy nine"). Turned back into
marks, the sentence that asks can be found and the words no longer look like part of the question.

"period" is a word of the guidelines too ("benefit period", "a 30-day period"), so it is read as a full stop only
in a message with no punctuation of its own, and never after a word that makes it a noun.
"""

from __future__ import annotations

import re

_QUESTION_MARK = re.compile(r"\s*\bquestion mark\b[.,]?", re.IGNORECASE)
_EXCLAMATION = re.compile(r"\s*\bexclamation (?:point|mark)\b", re.IGNORECASE)
_COMMA = re.compile(r"\s+\bcomma\b(?=\s|$)", re.IGNORECASE)
_PERIOD = re.compile(r"(\S+)\s+(?:period|full stop)\b(?=\s|$)", re.IGNORECASE)
# Words after which "period" is the noun: "benefit period", "the same period", "a 60-day period".
_PERIOD_NOUN = frozenset(
    """
a an the this that same each any every new one first second third last next whole entire specified
benefit grace waiting review look-back lookback election enrollment enrolment notice time reporting payment
cost measurement transition trial compliance appeal coverage open initial annual extension
""".split()
)


def punctuate(text: str) -> str:
    """`text` with spoken punctuation turned into marks (see the module docstring)."""
    bare = not re.search(r"[.?!]", text)
    out = _QUESTION_MARK.sub("?", text)
    out = _EXCLAMATION.sub("!", out)
    out = _COMMA.sub(",", out)
    if bare:
        out = _PERIOD.sub(_full_stop, out)
    return out


def _full_stop(m: re.Match[str]) -> str:
    word = m.group(1)
    lowered = word.lower().strip(",;:")
    if lowered in _PERIOD_NOUN or lowered.endswith(("-day", "-week", "-month", "-year")) or lowered.isdigit():
        return m.group(0)
    return word + "."
