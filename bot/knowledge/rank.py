"""Pure ranking code: index statistics, typo correction, query analysis, section re-ranking, sentence choice,
confidence and curated-question matching. No database access; `service.py` feeds it rows."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from bot.knowledge.text import STOPWORDS, Lexicon, has_number, split_sentences

# Re-ranking and confidence constants (calibrated on the project's own scenario set, see bench/kb_eval.py).
K1, B = 1.2, 0.75
CURATED_MIN_SIMILARITY = 0.72
_NUMERIC_INTENT = re.compile(
    r"\b(how (many|long|often|soon|fast|quickly|much|old)|when|deadline|timeframe|time frame|tat|within|w/in|"
    r"by what|what day|which day|days?|hours?|hrs?|hr|percent|pct|%|freq|frequency|max|maximum|min|minimum|"
    r"limit|threshold|due|window|timeline|turnaround|how\s+\w+\s+before)\b",
    re.I,
)
_NEGATION_INTENT = re.compile(r"\b(count|counts|apply|applies|required|require|need|allowed|ok|okay|can)\b", re.I)


@dataclass
class IndexStats:
    """Document frequencies and vocabulary of the indexed sections; built once per KB version."""

    n: int = 0
    avg_len: float = 1.0
    df: dict[str, int] = field(default_factory=dict)
    vocab: set[str] = field(default_factory=set)
    deletes: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, rows: list[tuple[str, str]], lex: Lexicon) -> IndexStats:
        df: Counter[str] = Counter()
        total = 0
        for head, body in rows:
            toks = body.split()
            total += len(toks)
            df.update(set(toks) | set(head.split()))
        stats = cls(n=len(rows), avg_len=(total / len(rows)) if rows else 1.0, df=dict(df))
        vocab = {t for t in df if not t.isdigit()} | lex.phrase_vocab | lex.concepts
        vocab |= {t for outs in lex.words.values() for t in outs}
        stats.vocab = {t for t in vocab if t not in STOPWORDS}
        deletes: dict[str, list[str]] = {}
        for word in stats.vocab:
            if len(word) < 4 or not word.isalpha():
                continue
            for d in _deletes1(word):
                deletes.setdefault(d, []).append(word)
        stats.deletes = deletes
        return stats

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1.0 + (self.n - df + 0.5) / (df + 0.5))

    def max_idf(self) -> float:
        return math.log(1.0 + (self.n + 0.5) / 0.5)

    def correct(self, token: str) -> str:
        """Closest vocabulary word within edit distance 1 (2 for long words), most frequent first."""
        if (token in self.vocab or token in STOPWORDS or not token.isalpha() or len(token) < 4):
            return token
        candidates: set[str] = set()
        for d in [token, *_deletes1(token)]:
            candidates.update(self.deletes.get(d, ()))
        if token in self.deletes:
            candidates.update(self.deletes[token])
        best, best_key = token, None
        limit = 2 if len(token) >= 8 else 1
        for cand in candidates:
            if len(token) == 4 and len(cand) != 5:
                continue  # short words: only a missing letter ("jimo"), never a swap ("game" -> "name")
            dist = _damerau(token, cand)
            if dist > limit:
                continue
            key = (dist, -self.df.get(cand, 0), cand)
            if best_key is None or key < best_key:
                best, best_key = cand, key
        return best


def _deletes1(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _damerau(a: str, b: str) -> int:
    la, lb = len(a), len(b)
    if abs(la - lb) > 2:
        return 3
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]


@dataclass
class Query:
    raw_tokens: list[str]
    tokens: list[str]  # folded, stopword-free, typo-corrected
    terms: dict[str, float]  # term -> multiplier (1.0 core, <1 expanded)
    weights: dict[str, float]  # term -> multiplier * idf
    numeric: bool
    corrected: int = 0

    @property
    def core_weight(self) -> float:
        return sum(w for t, w in self.weights.items() if self.terms[t] >= 1.0) or 1e-9


def analyse(question: str, lex: Lexicon, stats: IndexStats) -> Query:
    base = lex.base_tokens(question)
    fixed = [stats.correct(t) for t in base]
    corrected = sum(1 for a, b in zip(base, fixed, strict=True) if a != b)
    tokens = lex.query_tokens(fixed)
    terms = lex.expand(tokens)
    weights = {t: m * stats.idf(t) for t, m in terms.items()}
    return Query(base, tokens, terms, weights, bool(_NUMERIC_INTENT.search(question)), corrected)


@dataclass
class Candidate:
    section_id: int
    document_id: int
    title: str
    heading_path: list[str]
    text: str
    citation: str
    search_head: str
    search_text: str
    doc_status: str
    effective_date: str | None
    sources: list[str]
    path: str
    engine_score: float = 0.0
    score: float = 0.0
    coverage: float = 0.0
    matched_weight: float = 0.0


def score_candidates(query: Query, cands: list[Candidate], stats: IndexStats) -> list[Candidate]:
    core = query.core_weight
    for c in cands:
        body = c.search_text.split()
        tf = Counter(body)
        head = set(c.search_head.split())
        norm = K1 * (1 - B + B * len(body) / max(stats.avg_len, 1.0))
        bm = head_w = covered = 0.0
        for t, w in query.weights.items():
            f = tf.get(t, 0)
            if f:
                bm += w * f * (K1 + 1) / (f + norm)
            if t in head:
                head_w += w
            if (f or t in head) and query.terms[t] >= 1.0:
                covered += w
        c.coverage = covered / core
        c.matched_weight = covered
        c.score = c.coverage + 0.35 * min(1.0, bm / core) + 0.2 * min(1.0, head_w / core)
    cands.sort(key=lambda c: (-c.score, -c.engine_score, c.section_id))
    return cands


def confidence(query: Query, best: Candidate | None, stats: IndexStats) -> float:
    """Calibrated in [0, 1]: share of the question's informative weight the best section covers, damped when
    only one low-information term matched. Unknown words carry the maximum weight, so off-topic questions
    ("reset my password") cover little."""
    if best is None or not query.weights:
        return 0.0
    cov = best.coverage
    # Absolute evidence: at least ~2 informative terms should match before we are sure.
    strong = min(1.0, best.matched_weight / (1.6 * stats.max_idf() * 0.5 + 1e-9))
    conf = cov * (0.55 + 0.45 * strong)
    if query.corrected:
        conf *= 0.97
    return round(max(0.0, min(1.0, conf)), 3)


def pick_sentences(query: Query, cand: Candidate, lex: Lexicon, max_sentences: int = 3,
                   max_chars: int = 700) -> str:
    sentences = split_sentences(cand.text)
    if not sentences:
        return cand.text[:max_chars]
    scored: list[tuple[float, int, str]] = []
    for i, sent in enumerate(sentences):
        toks = set(lex.index_tokens(sent))
        s = sum(w for t, w in query.weights.items() if t in toks)
        if query.numeric and has_number(sent):
            s += 0.25 * query.core_weight
        s += 0.02 * query.core_weight * (1.0 if i == 0 else 0.0)
        scored.append((s, i, sent))
    ranked = sorted(scored, key=lambda x: (-x[0], x[1]))
    top = ranked[0][0]
    if top <= 0:
        chosen = [0]
    else:
        chosen = [ranked[0][1]]
        for s, i, _ in ranked[1:]:
            if len(chosen) >= max_sentences:
                break
            if s >= 0.55 * top:
                chosen.append(i)
    chosen.sort()
    out: list[str] = []
    size = 0
    for i in chosen:
        sent = sentences[i].lstrip("-*• ").strip()
        if out and size + len(sent) > max_chars:
            break
        out.append(sent)
        size += len(sent) + 1
    return " ".join(_finish(s) for s in out)


def _finish(sentence: str) -> str:
    return sentence if sentence.endswith((".", "!", "?", ":", ";", ")")) else sentence + "."


# ---- curated pairs ---------------------------------------------------------------------------------------------
@dataclass
class CuratedForm:
    curated_id: int
    token_sets: list[frozenset[str]]


def curated_similarity(query: Query, form: CuratedForm, stats: IndexStats) -> float:
    q = set(query.tokens)
    if not q:
        return 0.0
    best = 0.0
    maxw = stats.max_idf()
    for ts in form.token_sets:
        if not ts:
            continue
        def w(t: str) -> float:
            return stats.idf(t) if t in stats.df else maxw
        inter = sum(w(t) for t in q & ts)
        denom = max(sum(w(t) for t in q), sum(w(t) for t in ts))
        best = max(best, inter / denom if denom else 0.0)
    return best
