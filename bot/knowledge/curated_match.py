"""Matching a question against the curated questions and their alternates (weighted token overlap)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.knowledge.index_stats import IndexStats
from bot.knowledge.query_analysis import Query

# Calibrated on the project's own scenario set with the re-ranking constants (bench/kb_eval.py).
CURATED_MIN_SIMILARITY = 0.72


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
