"""Pure ranking code: index statistics, typo correction, query analysis, section re-ranking, sentence choice,
confidence and curated-question matching. No database access; `service.py` feeds it rows."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from bot.knowledge.text import STOPWORDS, Lexicon, has_number, split_sentences, stem

# Re-ranking and confidence constants (calibrated on the project's own scenario set, see bench/kb_eval.py).
K1, B = 1.2, 0.75
CURATED_MIN_SIMILARITY = 0.72
_NUMERIC_INTENT = re.compile(
    r"\b(how (many|long|often|soon|fast|quickly|much|old)|when|deadline|timeframe|time frame|tat|within|w/in|"
    r"by what|what day|which day|days?|hours?|hrs?|hr|percent|pct|%|freq|frequency|max|maximum|min|minimum|"
    r"limit|threshold|due|window|timeline|turnaround|how\s+\w+\s+before)\b",
    re.I,
)
_WH = re.compile(r"\b(who|whom|when|how|why|which|where)\b")
_YEAR = re.compile(r"^(19|20)\d\d$")
_NEGATION_INTENT = re.compile(r"\b(count|counts|apply|applies|required|require|need|allowed|ok|okay|can)\b", re.I)


# Ordinary words that are one or two edits away from knowledge-base words but mean something else: never
# "corrected" (e.g. contact -> contract, dental -> denial, vision -> revision).
COMMON_WORDS = frozenset(
    """
contact contacts dental vision hearing game games won win team name same came come home hope
lunch dinner party holiday vacation weather rain snow sunny pizza coffee food drink meeting meetings
password login email emails outlook teams phone phones fax call calls text texts printer print laptop
computer screen badge parking office desk room rooms building address mileage payroll paycheck salary
bonus benefits insurance dentist doctor glasses contacts wheelchair walker cane scooter oxygen mri scan
xray x ray lab labs blood pressure sugar diet weight height age birthday joke jokes story movie music
song book books news sports score scores football baseball basketball soccer hockey golf tennis
train bus car drive driving flight hotel travel trip map city state country town street road
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december morning afternoon evening tonight week weekend month year
timesheet workday schedule shift shifts overtime pto sick leave manager boss coworker training class
reset login account accounts update install download upload share folder file files report reports
""".split()
)


_COMMON_STEMS = frozenset(stem(w) for w in COMMON_WORDS)


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
        if (
            token in self.vocab
            or token in STOPWORDS
            or not token.isalpha()
            or len(token) < 4
            or token in COMMON_WORDS
            or stem(token) in _COMMON_STEMS
        ):
            return token
        candidates: set[str] = set()
        for d in [token, *_deletes1(token)]:
            candidates.update(self.deletes.get(d, ()))
        if token in self.deletes:
            candidates.update(self.deletes[token])
        best, best_key = token, None
        limit = 2 if len(token) >= 8 else 1
        for cand in candidates:
            if len(token) < 7 and len(cand) == len(token) and sorted(cand) != sorted(token):
                continue  # short words: no substitutions ("dental" -> "denial"), only indels/swaps
            if len(token) == 4 and len(cand) != 5:
                continue  # 4 letters: only a missing letter ("jimo")
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
    wh = frozenset(w for w in _WH.findall(question.lower()))
    return Query(base, tokens, terms, weights, bool(_NUMERIC_INTENT.search(question)), corrected, asks, wh)


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
    doc_status: str  # the section's status (see ingest.section_statuses)
    effective_date: str | None
    sources: list[str]
    path: str
    engine_score: float = 0.0
    score: float = 0.0
    coverage: float = 0.0
    matched_weight: float = 0.0
    lexical_score: float = 0.0  # score_candidates' score, kept when the fused score replaces `score`
    fact_ids: list[str] = field(default_factory=list)


def score_candidates(query: Query, cands: list[Candidate], stats: IndexStats) -> list[Candidate]:
    core = query.core_weight
    denom = _coverage_denominator(query, stats)
    ask_total = sum(w for t, w in query.weights.items() if t in query.ask_terms) or 1e-9
    for c in cands:
        body = c.search_text.split()
        tf = Counter(body)
        head = set(c.search_head.split())
        norm = K1 * (1 - B + B * len(body) / max(stats.avg_len, 1.0))
        bm = head_w = covered = ask_cov = 0.0
        for t, w in query.weights.items():
            f = tf.get(t, 0)
            if f:
                bm += w * f * (K1 + 1) / (f + norm)
            if t in head:
                head_w += w
            if (f or t in head) and query.is_core(t):
                covered += w
                if t in query.ask_terms:
                    ask_cov += w
        c.coverage = covered / denom
        c.matched_weight = covered
        # The question clause matters more than the scenario around it.
        c.score = (
            0.5 * c.coverage
            + 0.5 * min(1.0, ask_cov / ask_total)
            + 0.35 * min(1.0, bm / core)
            + 0.2 * min(1.0, head_w / core)
        )
        # Headings phrased as the same kind of question ("Who may issue...", "When ...") answer it.
        if query.wh and c.heading_path:
            heading_words = set(_WH.findall(c.heading_path[-1].lower()))
            if query.wh & heading_words:
                c.score += 0.12
    cands.sort(key=lambda c: (-c.score, -c.engine_score, c.section_id))
    return cands


def _coverage_denominator(query: Query, stats: IndexStats) -> float:
    """Core weight, with out-of-vocabulary words capped at one maximal word in total: one unknown subject
    ("dental", "pizza") sinks a short question, while the narrative words of a long scenario do not."""
    known = oov = 0.0
    n_oov = 0
    for t, w in query.weights.items():
        if not query.is_core(t):
            continue
        if t in stats.df:
            known += w
        else:
            oov += w
            n_oov += 1
    cap = stats.max_idf() * (1.0 + 0.5 * max(0, n_oov - 1))
    return max(1e-9, known + min(oov, cap))


def confidence(query: Query, best: Candidate | None, stats: IndexStats) -> float:
    """Calibrated in [0, 1]: share of the question's informative weight the best section covers, damped when
    only one low-information term matched. Unknown words carry the maximum weight, so off-topic questions
    ("reset my password") cover little."""
    if best is None or not query.weights:
        return 0.0
    cov = best.coverage
    # Scenario-style questions carry narrative words no section repeats; relax coverage with length.
    n = sum(1 for t in query.tokens if query.is_core(t))
    cov = cov ** (1.0 / (1.0 + 0.06 * max(0, n - 5)))
    # Absolute evidence: at least ~2 informative terms should match before we are sure.
    strong = min(1.0, best.matched_weight / (1.6 * stats.max_idf() * 0.5 + 1e-9))
    conf = cov * (0.55 + 0.45 * strong)
    # A question about a specific year the section never mentions is about something else (rates, schedules).
    years = {t for t in query.tokens if _YEAR.match(t)}
    if years and not any(y in best.search_text or y in (best.effective_date or "") for y in years):
        conf *= 0.6
    if query.corrected:
        conf *= 0.97
    return round(max(0.0, min(1.0, conf)), 3)


def sentence_scores(query: Query, sentences: list[str], lex: Lexicon) -> list[float]:
    """Lexical relevance of each sentence: the query weight of its words, a bonus for a number when the
    question asks for one, a tie-break for the first sentence."""
    out = []
    for i, sent in enumerate(sentences):
        toks = set(lex.index_tokens(sent))
        s = sum(w for t, w in query.weights.items() if t in toks)
        if query.numeric and has_number(sent):
            s += 0.25 * query.core_weight
        s += 0.02 * query.core_weight * (1.0 if i == 0 else 0.0)
        out.append(s)
    return out


def pick_sentences(query: Query, cand: Candidate, lex: Lexicon, max_sentences: int = 3, max_chars: int = 700) -> str:
    sentences = split_sentences(cand.text)
    if not sentences:
        return cand.text[:max_chars]
    scored = [
        (s, i, sent) for i, (s, sent) in enumerate(zip(sentence_scores(query, sentences, lex), sentences, strict=True))
    ]
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


# ---- curated pairs -----------------------------------------------------------------------------------------
@dataclass
class CuratedForm:
    curated_id: int
    token_sets: list[frozenset[str]]
    weights: list[float] = field(default_factory=list)  # total token weight of each set


def _tw(t: str, stats: IndexStats) -> float:
    return stats.idf(t) if t in stats.df else stats.max_idf()


class CuratedIndex:
    """Curated questions/alternates as token sets with an inverted index, weights precomputed."""

    def __init__(self, forms: list[CuratedForm], stats: IndexStats) -> None:
        self.forms = forms
        self.by_token: dict[str, list[tuple[int, int]]] = {}
        for fi, form in enumerate(forms):
            form.weights = [sum(_tw(t, stats) for t in ts) for ts in form.token_sets]
            for si, ts in enumerate(form.token_sets):
                for t in ts:
                    self.by_token.setdefault(t, []).append((fi, si))

    def best(self, query: Query, stats: IndexStats) -> tuple[CuratedForm | None, float]:
        """Weighted overlap / max(weight of question, weight of curated form): 1.0 for the same question."""
        q = set(query.tokens)
        if not q:
            return None, 0.0
        qw = {t: _tw(t, stats) for t in q}
        qtotal = sum(qw.values())
        inter: dict[tuple[int, int], float] = {}
        for t in q:
            for key in self.by_token.get(t, ()):
                inter[key] = inter.get(key, 0.0) + qw[t]
        best_form, best_sim = None, 0.0
        for (fi, si), w in inter.items():
            form = self.forms[fi]
            sim = w / max(qtotal, form.weights[si], 1e-9)
            if sim > best_sim:
                best_form, best_sim = form, sim
        return best_form, best_sim
