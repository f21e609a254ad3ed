"""The kind of answer a question asks for, and whether a passage states one: a question that asks for a time
limit ("By when must the DENC go out?", "std recon TAT?") is not answered by a passage that gives no time, and a
question that asks for a dollar figure ("What's the amount in controversy this year?") not by one that gives no
amount, however close their topic.

Used three times (service.py): among the top passages, one that states the kind of answer asked for is preferred
(stated.by_stated_fact); in a long passage, the sentence that states it joins the answer (compose.compose); and an
answer that still states none becomes "These may help", saying so. Pure.

Each kind is a small table of cues, not a list of questions: what asks for it, what states it. The cues are
read in the asking sentence only (the story around it mentions dates and days that are context, not the ask).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|twenty|thirty|forty(?:-eight)?|sixty(?:-five)?|seventy-two|ninety|hundred)"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)


@dataclass(frozen=True)
class Kind:
    name: str
    direct: re.Pattern[str]  # asks for this kind wherever it stands ("by when", "how much does it cost")
    # Asks for it as what a wh-question or a short fragment asks for ("what's the deadline", "TAT?"); None: only
    # the direct cues ask for it.
    nouns: str | None
    states: re.Pattern[str]  # in a passage: this kind of answer is given
    missing: str  # the reason shown first on "These may help"


# A span of time (a turnaround, "within 72 hours") or a clock deadline ("by noon of the day before").
_SPAN = (
    rf"\b{_NUMBER}[\s-]+(?:(?:calendar|business|working|consecutive|full)[\s-]+)?"
    r"(?:minutes?|hours?|hrs?|days?|weeks?|months?|years?)\b"
    r"|\b(?:noon|midnight|close of business|immediately|same (?:calendar )?day|day (?:of|before|after))\b"
    r"|\b(?:daily|weekly|monthly|annually)\b"
)
_DATE = rf"\b{_MONTH}\.? \d{{1,2}},? \d{{4}}\b"

# The reason shown first on "These may help", shared by the kinds that ask for the same thing in two ways.
_NO_TIME = "The passages found give no time frame for this. "
_NO_DOLLARS = "The passages found give no dollar amount for this. "

# "By when", a deadline, a due date: a calendar date answers it ("by January 1, 2027") as a span does.
DEADLINE = Kind(
    "deadline",
    re.compile(r"\b(?:by when|due (?:date|by)|when (?:is|are|'s) [^?]*\bdue)\b", re.IGNORECASE),
    r"deadlines?|due dates?",
    re.compile(f"{_SPAN}|{_DATE}", re.IGNORECASE),
    _NO_TIME,
)

# A turnaround, how long, how soon: a span, not the date a rule took effect ("std OD TAT 2026" is not answered by
# "from January 1, 2026, concurrent decisions are ODs").
TIME = Kind(
    "time",
    re.compile(
        r"\b(?:how (?:soon|quickly|fast|long)|how much time|within how many"
        r"|how many (?:more )?(?:calendar |business |working )?(?:days|hours|hrs|weeks|months))\b",
        re.IGNORECASE,
    ),
    r"time ?frames?|time limits?|turn-?around(?: times?)?|tat|timelines?",
    re.compile(_SPAN, re.IGNORECASE),
    _NO_TIME,
)

# Asked in dollars ("the dollar amount", "in dollars", "$"): a dollar figure answers it, not a formula or a share.
DOLLARS = Kind(
    "dollars",
    re.compile(r"\bin dollars\b|\bdollar (?:amount|figure|value)s?\b|\bhow many dollars\b|\$", re.IGNORECASE),
    None,
    re.compile(r"\$\s?\d|\b\d[\d,.]*\s?dollars\b", re.IGNORECASE),
    _NO_DOLLARS,
)

# What a stay or a service costs or pays: a dollar figure, a share ("20 %") or how it is worked out ("the lesser
# of ...") answers it.
AMOUNT = Kind(
    "amount",
    re.compile(
        r"\bhow much (?:\w+ ){0,6}?(?:pay|paid|cost|costs|owe|charge|charged|reimburse|reimbursed)\b",
        re.IGNORECASE,
    ),
    r"coinsurance|co-?pay(?:ment)?s?|deductibles?|per[ -]diem(?: amount| rate)?|amount in controversy"
    r"|amount-in-controversy(?: threshold)?|payment (?:amount|rate)s?",
    re.compile(
        r"\$\s?\d|\b\d+(?:\.\d+)?\s?(?:%|percent\b)|\bdollars?\b|\blesser of\b|\bno (?:coinsurance|copay(?:ment)?)\b",
        re.IGNORECASE,
    ),
    _NO_DOLLARS,
)

# A share: "what percentage", "what %" is answered by a percentage.
PERCENT = Kind(
    "percent",
    re.compile(
        r"\b(?:what|which|how much of a|how big a|how high a) (?:\w+ ){0,2}?(?:percent(?:age)?|%|share)", re.IGNORECASE
    ),
    r"percent(?:age)?s?",
    re.compile(r"\d\s?%|\bpercent\b|\b(?:half|one[- ]third|two[- ]thirds|a quarter)\b", re.IGNORECASE),
    "The passages found give no percentage for this. ",
)

# A phone or fax number, an e-mail address: the guidelines give rules, not a directory.
CONTACT = Kind(
    "contact",
    re.compile(r"\b(?:phone|fax|telephone) ?(?:numbers?|#|lines?)|\be-?mail address(?:es)?\b", re.IGNORECASE),
    None,  # "by phone" is how, not a number
    re.compile(r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b1-8\d\d-|[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE),
    "The passages found give no phone or fax number for this. ",
)

# A billing or diagnosis code: an answer names one ("I69.351", revenue code 0118, HCPCS G0151, item GG0130A).
CODE = Kind(
    "code",
    re.compile(
        r"\b(?:icd-?10(?:-cm)?|revenue|hcpcs|cpt|item|diagnosis|billing|cmg|drg|ms-drg|hipps)(?: \w+)? codes?\b"
        r"|\b(?:what|which) (?:[\w-]+ ){0,3}?codes?\b(?! of federal)",
        re.IGNORECASE,
    ),
    None,
    re.compile(r"\b[A-TV-Z]\d{2}\.\d{1,4}[A-Z]?\b|\b0\d{3}\b|\b[A-Z]\d{4}\b|\bGG\d{4}[A-Z]?\b|\b\d{5}\b"),
    "The passages found give no code for this. ",
)

KINDS = (DEADLINE, TIME, DOLLARS, AMOUNT, PERCENT, CONTACT, CODE)


# A yes/no question mentions a deadline or a copay without asking for one ("Does she have any other option after
# missing the QIO deadline?", "Is the copay waived?").
_YES_NO = re.compile(
    r"^(?:does|do|did|is|are|was|were|can|could|should|would|will|may|must|has|have|had|am)\b", re.IGNORECASE
)
_SHORT_WORDS = 8  # "expedited recon TAT?", "snf copay days 21-100 in 2026?": a fragment asks for what it names


def asking_part(text: str) -> str:
    """The last sentence with a question mark (a story's context mentions deadlines it does not ask about), else
    the whole text (a chat fragment without one)."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text.strip()) if "?" in p]
    return parts[-1] if parts else text.strip()


@cache
def _noun_patterns(nouns: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The nouns anywhere; the nouns as what a "what is the ..." question asks for."""
    named = r"\b(?:" + nouns + r")\b"
    wh = r"\bwhat(?:'s|s| is| are| was| will| would)?\s+(?:the\s+)?(?:[\w/-]+\s+){0,5}?(?:" + nouns + r")\b"
    return re.compile(named, re.IGNORECASE), re.compile(wh, re.IGNORECASE)


def asked(text: str) -> Kind | None:
    """The kind of answer `text`'s asking sentence wants, if it wants one of KINDS (the first that matches)."""
    sentence = asking_part(text)
    fragment = len(sentence.split()) <= _SHORT_WORDS and not _YES_NO.match(sentence)
    for kind in KINDS:
        if kind.direct.search(sentence):
            return kind
        if kind.nouns is None:
            continue
        named, wh = _noun_patterns(kind.nouns)
        if named.search(sentence) and (fragment or wh.search(sentence)):
            return kind
    return None


def states(kind: Kind | None, text: str) -> bool:
    """Whether `text` gives an answer of `kind` (always true when no kind is asked)."""
    return kind is None or bool(kind.states.search(text))
