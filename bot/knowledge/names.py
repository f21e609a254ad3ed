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

from bot.knowledge import hybrid
from bot.knowledge.sentences import split_sentences

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
# A question longer than this is a case story even when it is one sentence ("Regarding Mrs. Octavia Renfrew, 72,
# whose acute stay at Fennwick Regional ..., kindly confirm ..."): only the names it asks about count.
STORY_WORDS = 30
# A title before a name makes it a person's (the patient's, a caller's): never something a guideline names.
HONORIFICS = frozenset("mr mrs ms miss mister dr".split())
# A question's opening verb: the name right after it is the question's subject.
_OPENING = r"(?:does|do|did|will|would|can|could|is|are|was|should|must|may|has|have)"
_WH = r"(?:what|when|how|why|where|which|who)"


def names(sentence: str) -> list[str]:
    """Runs of capitalised words, less the first word of a sentence, of a quotation or of a clause after a colon,
    and less calendar words."""
    out: list[str] = []
    for part in split_sentences(sentence) or [sentence]:
        for m in _NAME.finditer(part):
            words = m.group(1).split(" ")
            before = part[: m.start()].rstrip()
            previous = before.rsplit(None, 1)[-1].rstrip(".").lower() if before else ""
            if previous in HONORIFICS:
                continue  # a person
            if not before or before[-1] in ":\"“'‘(":
                words = words[1:]
            titled = [k for k, w in enumerate(words) if w.lower() in HONORIFICS]
            words = words[: titled[0]] if titled else words  # from a title on, a person
            stripped = (_POSSESSIVE.sub("", w) for w in words)
            name = " ".join(w for w in stripped if w.lower() not in CALENDAR)
            if len(name) >= 3 and name not in out:
                out.append(name)
    return out


def asked_about(sentence: str) -> list[str]:
    """The names a sentence asks something of: possessive ("Lakeview Pines' star rating") or the subject after
    the question's opening verb ("Does Texas Medicaid pay ...", "will Aetna cover ..."). In a case story a name
    anywhere else is where the patient is or who called ("can she go to Aspen Terrace?", "help me answer
    DeShawn"), and the rule asked for holds there as anywhere."""
    out: list[str] = []
    for name in names(sentence):
        pattern = re.escape(name).replace(r"\ ", r"\s+")
        if re.search(rf"{pattern}(?:['’]s|(?<=s)['’])(?!\w)", sentence) or re.search(
            rf"(?:^|[,;:]\s*|\b(?:and|so|but)\s+)(?:{_WH}\s+(?:\w+\s+)?)?{_OPENING}\s+{pattern}\b",
            sentence,
            re.IGNORECASE,
        ):
            out.append(name)
    return out


def in_question(question: str, known: Callable[[str], bool]) -> list[str]:
    """The unknown names of a question, read in the sentence that asks alone (hybrid.asking_sentence): the
    sentence searched with it for what "that" refers to is context, and the facility or hospital it names is not
    what the question is about."""
    asking = hybrid.asking_sentence(question)
    story = asking is not None or len(question.split()) > STORY_WORDS
    return unknown(asking or question, known, story)


def unknown(asking: str, known: Callable[[str], bool], story: bool = False) -> list[str]:
    """The names in the asking sentence (in a case story, those it asks about) with a word for which
    `known(word)` is false."""
    candidates = asked_about(asking) if story else names(asking)
    return [n for n in candidates if not all(known(w) for w in n.split(" "))]


def note(missing: list[str]) -> str:
    return f"The knowledge base does not mention {' or '.join(missing)}. "
