"""Query analysis: a question -> weighted terms (typo-corrected, expanded, the asking clause weighted up)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge.index_stats import IndexStats
from bot.knowledge.text import Lexicon

_NUMERIC_INTENT = re.compile(
    r"\b(how (many|long|often|soon|fast|quickly|much|old)|when|deadline|timeframe|time frame|tat|within|w/in|"
    r"by what|what day|which day|days?|hours?|hrs?|hr|percent|pct|%|freq|frequency|max|maximum|min|minimum|"
    r"limit|threshold|due|window|timeline|turnaround|how\s+\w+\s+before)\b",
    re.I,
)
WH_WORDS = re.compile(r"\b(who|whom|when|how|why|which|where)\b")


@dataclass
class Query:
    raw_tokens: list[str]
    tokens: list[str]  # folded, stopword-free, typo-corrected
    terms: dict[str, float]  # term -> multiplier (1.0 core, <1 expanded)
    weights: dict[str, float]  # term -> multiplier * idf
    numeric: bool
    corrected: int = 0
    ask_terms: frozenset[str] = frozenset()  # core terms of the question clause(s); all terms if one clause
    wh: frozenset[str] = frozenset()  # question words asked (who, when, how...), matched against headings

    def is_core(self, term: str) -> bool:
        return self.terms[term] >= 0.99

    @property
    def core_weight(self) -> float:
        return sum(w for t, w in self.weights.items() if self.is_core(t)) or 1e-9


# Words that state what kind of answer is wanted rather than what it is about: they help pick sentences
# but are not required for a section to count as on-topic.
GENERIC = frozenset(
    {
        "maximum",
        "minimum",
        "max",
        "min",
        "limit",
        "requir",
        "requirement",
        "rule",
        "regul",
        "criteria",
        "criterion",
        "polic",
        "policy",
        "allow",
        "mean",
        "definit",
        "defin",
        "differ",
        "differenc",
        "explain",
        "happen",
        "next",
        "usual",
        "typical",
        "general",
        "specific",
        "exactly",
        "correct",
        "right",
        "true",
        "okay",
        "fine",
        "possibl",
        "option",
        "includ",
        "contain",
        "apply",
        "appli",
        "involv",
        "consider",
        "regard",
        "situat",
        "scenario",
        "case",
    }
)
_ASK_START = re.compile(
    r"^(what|when|where|who|whom|which|why|how|is|are|can|could|does|do|did|should|must|"
    r"will|would|may|has|have|any)\b",
    re.I,
)


def _clauses(question: str) -> list[tuple[str, bool]]:
    """(clause, is_the_ask) for scenario-style questions: context sentences vs the actual question."""
    parts = [p.strip() for p in re.split(r"(?<=[.?!])\s+", question.strip()) if p.strip()]
    if len(parts) <= 1:
        return [(question, True)]
    asks = [p.endswith("?") or bool(_ASK_START.match(p)) for p in parts]
    if not any(asks):
        asks[-1] = True
    return list(zip(parts, asks, strict=True))


def analyse(question: str, lex: Lexicon, stats: IndexStats) -> Query:
    base: list[str] = []
    tokens: list[str] = []
    context_only: set[str] = set()
    corrected = 0
    clauses = _clauses(question)
    ask_tokens: set[str] = set()
    for clause, is_ask in clauses:
        b = lex.base_tokens(clause)
        fixed = [stats.correct(t) for t in b]
        corrected += sum(1 for x, y in zip(b, fixed, strict=True) if x != y)
        base.extend(b)
        qt = lex.query_tokens(fixed)
        for t in qt:
            if t not in tokens:
                tokens.append(t)
            if is_ask:
                ask_tokens.add(t)
    if len(clauses) > 1:
        context_only = {t for t in tokens if t not in ask_tokens}
    terms = lex.expand(tokens)
    for t in list(terms):
        if t in GENERIC and terms[t] >= 1.0:
            terms[t] = 0.45
        elif t in context_only and terms[t] >= 1.0:
            terms[t] = 0.999  # still core, weighted down below
    weights = {}
    for t, m in terms.items():
        w = m * stats.idf(t)
        if t in context_only:
            w *= 0.4
        weights[t] = w
    asks = frozenset(t for t in terms if terms[t] >= 0.99 and (t in ask_tokens or len(clauses) == 1))
    wh = frozenset(w for w in WH_WORDS.findall(question.lower()))
    return Query(base, tokens, terms, weights, bool(_NUMERIC_INTENT.search(question)), corrected, asks, wh)
