"""Text normalisation shared by indexing and querying.

One pipeline turns both article text and questions into tokens:

    lowercase/NFKC -> contractions -> chat shorthand (w/, d/c, b4, %...) -> [a-z0-9]+ tokens
    -> word rewrites (hr->hour, pt->patient, auth->authorization...) -> number words to digits
    -> light stemming
    -> (queries only: typo correction against the index vocabulary)
    -> synonym phrases folded into concept tokens

Because articles go through the same folding, "AIR", "acute inpatient rehab" and "IRF" all become the concept
token ``irf`` on both sides, and the full-text index (FTS5 or tsvector) only ever sees plain [a-z0-9_] tokens.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

SYNONYMS_FILE = Path(__file__).with_name("synonyms.yaml")
# Bump when tokenising/stemming changes in a way that needs the index rebuilt.
PIPELINE_VERSION = "3"

STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are aren as at be because been being below between
    both but by can cannot could did do does doing don down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just let me more most my
    myself no nor of off on once only or other our ours ourselves out over own same she should so some
    such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with you your yours yourself yourselves would
    also may might must shall us ok okay pls please plz thanks thank thx hi hey hello question questions quick
    wondering wonder know tell need needs needed want wants get gets got getting go going still thing things
    anyone someone somebody anybody ever actually really like just yes yeah yep whats what's is there any way
    even much many often long soon per via etc e g ie eg vs one's kind sort lot lots something anything
    whether make makes made let lets say says said use used using able tho though ask asking asked
    im ive id youre theyre dont doesnt isnt arent cant wont didnt one goes went come comes
    besides else apart aside
    now ago anymore already currently recently right away yet soon okay whose instead rather versus
    """.split()
)

NUMBER_WORDS = {
    "zero": "0",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
}
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_ORDINAL_WORDS = {"1st": "first", "2nd": "second", "3rd": "third"}
_CONTRACTIONS = [
    (re.compile(r"\bcan['’]?t\b"), "can not"),
    (re.compile(r"\bwon['’]t\b"), "will not"),
    (re.compile(r"\bshan['’]t\b"), "shall not"),
    (re.compile(r"n['’]t\b"), " not"),
    (re.compile(r"['’](?:s|re|m|ll|ve|d)\b"), ""),
]
_UNIT_SPLIT = re.compile(
    r"\b(\d+)(hrs?|hours?|h|days?|d|wks?|weeks?|mins?|minutes?|yrs?|years?|mo|months?|x|pm|am|th|st|nd|rd)\b"
)
_TOKEN = re.compile(r"[a-z0-9]+")
_DURATION = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|sixty)"
    r"(?:\s*[-–]\s*\d+)?[\s-]+(?:calendar |business |working |consecutive )?"
    r"(?:days?|hours?|weeks?|months?|midnights?)\b",
    re.I,
)
_PROTECTED = frozenset({"this", "his", "was", "has", "does", "is", "us", "as", "its", "plus", "bus", "news"})


def stem(word: str) -> str:
    """A light, deterministic suffix stripper (plural, -ing, -ed, -ation, -ly, final e)."""
    w = word
    if len(w) <= 3 or w.isdigit() or w in _PROTECTED:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    suffix = "ing" if w.endswith("ing") and len(w) > 5 else "ed" if w.endswith("ed") and len(w) > 4 else ""
    if suffix:
        stripped = w[: -len(suffix)]
        undoubled = _undouble(stripped)
        w = undoubled
        if undoubled == stripped and len(w) == 3 and _cvc(w):
            w += "e"  # filing/filed -> file, rated -> rate (as the bare word stems)
    if w.endswith("ation") and len(w) > 7:
        w = w[:-5]
    elif w.endswith("ly") and len(w) > 5 and w not in _LY_WORDS:
        w = w[:-2]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


_LY_WORDS = frozenset(
    {
        "family",
        "supply",
        "reply",
        "assembly",
        "anomaly",
        "multiply",
        "comply",
        "italy",
        "apply",
        "rely",
        "july",
        "belly",
        "bully",
        "holy",
        "early",
        "only",
        "ally",
        "fly",
    }
)


def _cvc(w: str) -> bool:
    v = "aeiou"
    return w[-1] not in v + "wxy" and w[-2] in v and w[-3] not in v


def _undouble(w: str) -> str:
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz" and w[-1] not in "aeiou":
        return w[:-1]
    return w


def _prepare(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    for rx, repl in _CONTRACTIONS:
        text = rx.sub(repl, text)
    return text


ABBREVIATION_MAX = 5


SENTENCE_MEMO = 20_000


@dataclass
class Lexicon:
    """Synonyms, shorthand and word rewrites loaded from `synonyms.yaml`."""

    shorthand: list[tuple[re.Pattern, str]] = field(default_factory=list)
    words: dict[str, list[str]] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # first token -> ...
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    related: dict[str, list[str]] = field(default_factory=dict)
    concepts: set[str] = field(default_factory=set)
    phrase_vocab: set[str] = field(default_factory=set)
    spelled: dict[str, str] = field(default_factory=dict)  # concept -> its first multi-word phrase
    version: str = ""
    # Index token sets of passage sentences, memoised (`sentence_token_set`): the same few passages' sentences
    # are scored several times per question, and tokenising them was ~2.5 ms an ask.
    _sentence_tokens: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    # ---- tokenising -------------------------------------------------------------------------------------
    def sentence_token_set(self, sentence: str) -> frozenset[str]:
        """`index_tokens` of a passage sentence as a set, memoised (bounded: cleared when it grows past
        SENTENCE_MEMO entries)."""
        got = self._sentence_tokens.get(sentence)
        if got is None:
            if len(self._sentence_tokens) >= SENTENCE_MEMO:
                self._sentence_tokens.clear()
            got = self._sentence_tokens[sentence] = frozenset(self.index_tokens(sentence))
        return got

    def base_tokens(self, text: str) -> list[str]:
        """Tokens after shorthand, word rewrites, number words and stemming (no folding, stopwords kept)."""
        text = _prepare(text)
        for rx, repl in self.shorthand:
            text = rx.sub(repl, text)
        text = _UNIT_SPLIT.sub(r"\1 \2", text)
        out: list[str] = []
        for tok in _TOKEN.findall(text):
            for t in self.words.get(tok, (tok,)):
                m = _ORDINAL.match(t)
                if m:
                    t = _ORDINAL_WORDS.get(t, m.group(1))
                t = NUMBER_WORDS.get(t, t)
                out.append(t if t in STOPWORDS else stem(t))
        return out

    def fold(self, tokens: list[str], keep_parts: bool = False) -> list[str]:
        """Replace the longest synonym phrase at each position by its concept token.

        With `keep_parts` (used for indexed text) the phrase's own tokens stay in front of the concept token,
        so a question that only uses some of the words still matches.
        """
        out: list[str] = []
        i, n = 0, len(tokens)
        while i < n:
            best: tuple[int, str] | None = None
            for phrase, concept in self.phrases.get(tokens[i], ()):
                k = len(phrase)
                if k <= n - i and tuple(tokens[i : i + k]) == phrase:
                    best = (k, concept)
                    break  # phrases are sorted longest first
            if best:
                if keep_parts and (best[0] > 1 or tokens[i] != best[1]):
                    out.extend(tokens[i : i + best[0]])
                out.append(best[1])
                i += best[0]
            else:
                out.append(tokens[i])
                i += 1
        return out

    def index_tokens(self, text: str) -> list[str]:
        """Tokens stored in the full-text index: phrase words plus concept tokens, stopwords dropped.

        A stated duration ("within 30 calendar days", "72 hours") also indexes the `tat` (timeframe) concept,
        so "is there a time limit / what is the TAT" questions reach the sentences that give one."""
        toks = [t for t in self.fold(self.base_tokens(text), keep_parts=True) if t not in STOPWORDS]
        if "tat" in self.concepts and _DURATION.search(text):
            toks.append("tat")
        return toks

    def query_tokens(self, tokens: list[str]) -> list[str]:
        """Query terms from base tokens: phrases folded to their concept, stopwords dropped, order kept."""
        out: list[str] = []
        for t in self.fold(tokens):
            if t not in STOPWORDS and t not in out:
                out.append(t)
        return out

    def spell_out(self, text: str) -> str:
        """The text plus the spelled-out phrase of each concept it names by abbreviation ("ALOS" -> "length of
        stay"), so a sentence-embedding model that never saw the team's shorthand still gets the meaning."""
        low = _prepare(text)
        # Only short words (abbreviations such as ALOS, LTACH, OD); a full word like "expedited" is left alone.
        short = [t for t in _TOKEN.findall(low) if len(t) <= ABBREVIATION_MAX and t.isalpha()]
        concepts = [c for t in short for c in self.fold(self.base_tokens(t))]
        extra = [self.spelled[c] for c in dict.fromkeys(concepts) if c in self.spelled and self.spelled[c] not in low]
        return f"{text} ({'; '.join(extra)})" if extra else text

    def index_string(self, text: str) -> str:
        return " ".join(self.index_tokens(text))

    def expand(self, tokens: list[str]) -> dict[str, float]:
        """Query term weights multipliers: the tokens themselves (1.0), ambiguous and related terms (0.5)."""
        terms: dict[str, float] = {}
        for t in tokens:
            terms[t] = max(terms.get(t, 0.0), 1.0)
        for t in list(terms):
            for c in self.ambiguous.get(t, ()):
                terms[c] = max(terms.get(c, 0.0), 0.9)
        for t in list(terms):
            for r in self.related.get(t, ()):
                for rt in self.query_tokens(self.base_tokens(r)) if r not in self.concepts else [r]:
                    terms.setdefault(rt, 0.4)
        return terms


def _compile_shorthand(key: str) -> re.Pattern:
    if key.startswith("re:"):
        return re.compile(key[3:])
    esc = re.escape(key.lower())
    left = r"(?<![a-z0-9])" if key[0].isalnum() else ""
    right = r"(?![a-z0-9])" if key[-1].isalnum() else ""
    return re.compile(left + esc + right)


# Context rules that must run before the word rewrites ("PT/OT" is therapy, "pt" alone is a patient).
_BUILTIN_SHORTHAND = [
    (re.compile(r"\bpt\s*(/|,|or|and|&)\s*ot\b"), "physical therapy or occupational therapy"),
    (re.compile(r"\bot\s*(/|,|or|and|&)\s*pt\b"), "occupational therapy or physical therapy"),
    (
        re.compile(
            r"\bpt\b(?=\s*(?:/|,)?\s*(?:eval|evaluation|evals|therapist|minutes|mins|sessions?|visits?|notes?)\b)"
        ),
        "physical therapy",
    ),
    (
        re.compile(r"\b(?:pt|ot|slp|st)\s+(?:and|or|&|/)\s+(?:slp|st)\b"),
        "physical therapy occupational therapy slp",
    ),
]


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    p = Path(path) if path else SYNONYMS_FILE
    raw_bytes = p.read_bytes()
    data = yaml.safe_load(raw_bytes) or {}
    lex = Lexicon()
    lex.version = hashlib.sha256(PIPELINE_VERSION.encode() + raw_bytes).hexdigest()[:16]
    lex.shorthand = list(_BUILTIN_SHORTHAND)
    # Longer keys first so "d/c'd" wins over "d/c".
    for key in sorted((data.get("shorthand") or {}), key=len, reverse=True):
        lex.shorthand.append((_compile_shorthand(str(key)), str(data["shorthand"][key])))
    for key, val in (data.get("words") or {}).items():
        lex.words[str(key).lower()] = _TOKEN.findall(str(val).lower())
    lex.concepts = {str(c) for c in (data.get("concepts") or {})}
    entries: list[tuple[tuple[str, ...], str]] = []
    for concept, phrases in (data.get("concepts") or {}).items():
        spelled = next((str(x) for x in (phrases or []) if len(str(x).split()) > 1), None)
        if spelled:
            lex.spelled[str(concept)] = spelled.lower()
        for phrase in [concept, *(phrases or [])]:
            toks = tuple(lex.base_tokens(str(phrase)))
            if toks:
                entries.append((toks, str(concept)))
                lex.phrase_vocab.update(toks)
    entries.sort(key=lambda e: -len(e[0]))
    for toks, concept in entries:
        lex.phrases.setdefault(toks[0], []).append((toks, concept))
    for key, concepts in (data.get("ambiguous") or {}).items():
        for t in lex.fold(lex.base_tokens(str(key))):
            lex.ambiguous[t] = [str(c) for c in concepts]
    for key, vals in (data.get("related") or {}).items():
        k = str(key) if str(key) in lex.concepts else " ".join(lex.fold(lex.base_tokens(str(key))))
        lex.related[k] = [str(v) for v in vals]
    return lex


def has_number(text: str) -> bool:
    return bool(re.search(r"\d", text)) or any(
        w in NUMBER_WORDS for w in re.findall(r"[a-z]+", text.lower()) if w not in {"once", "single", "double"}
    )


def question_hash(question: str) -> str:
    return hashlib.sha256(" ".join(question.lower().split()).encode()).hexdigest()
