"""Pure section ranking: re-scoring the engine's candidates against the analysed query, and the answer's
confidence. No database access; `service.py` feeds it rows. Index statistics (bot.knowledge.index_stats), query
analysis (query_analysis), sentence choice (sentence_pick) and curated matching (curated_match) have their own
modules; their names are re-exported here."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bot.knowledge.curated_match import CURATED_MIN_SIMILARITY, CuratedForm, CuratedIndex
from bot.knowledge.index_stats import COMMON_WORDS, IndexStats
from bot.knowledge.query_analysis import GENERIC, WH_WORDS, Query, analyse
from bot.knowledge.sentence_pick import pick_sentences, sentence_scores

__all__ = [
    "B",
    "COMMON_WORDS",
    "CURATED_MIN_SIMILARITY",
    "GENERIC",
    "K1",
    "Candidate",
    "CuratedForm",
    "CuratedIndex",
    "IndexStats",
    "Query",
    "analyse",
    "confidence",
    "pick_sentences",
    "score_candidates",
    "sentence_scores",
]

# Re-ranking constants (calibrated on the project's own scenario set, see bench/kb_eval.py).
K1, B = 1.2, 0.75
_YEAR = re.compile(r"^(19|20)\d\d$")


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
    doc_status: str  # the section's status (see section_rows.section_statuses)
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
            heading_words = set(WH_WORDS.findall(c.heading_path[-1].lower()))
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
