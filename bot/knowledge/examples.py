"""Example questions: how people ask for each fact, as labelled vectors that vote for the sections stating it.

A section's text says a fact the way the regulation does; coordinators ask it their own way ("the rehab place",
"can he go back w/o another 3 midnights?"). `data/kb_examples/` holds questions written for every FACTS.md fact
by fourteen writers in different voices (data/kb_examples/README.md), none of whom saw the articles, the ranking
code or any evaluation set. Each is labelled with the fact id it asks for.

`scripts/kb_examples.py --write` embeds them (whole question and asking sentence, as retrieval embeds a
question) into `examples.npz`, next to this module; nothing is encoded at run time. At question time:
- `fact_scores`: for each fact, the similarity of the question to its most similar example (half the whole
  question, half the asking sentence). In the fusion (hybrid.fuse) a section tagged with a fact loses
  EXAMPLE_WEIGHT x how far that fact's score falls below the best fact's (`section_scores`); a section whose
  facts no example asks for (an operator's own upload, untagged) loses nothing.
- `FactClassifier`: a linear softmax over fact ids, trained on the examples, gives the probability that the
  question asks for each fact. It ranks like the example scores (CLASSIFIER_WEIGHT in hybrid.fuse) and gives the
  answer confidence its signal "fact_prob" (calibration.FEATURES): when the question looks like another fact's
  questions, the answer is in doubt.

Pure numpy: no database, no model (the caller passes the question's vectors).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

FILE = Path(__file__).with_name("examples.npz")
# Share of the whole question in the similarity (the rest: the asking sentence), as for sections' cosines.
STORY_SHARE = 0.5


@dataclass(frozen=True)
class FactClassifier:
    """Which fact a question asks for, as probabilities: a linear softmax over the question's two vectors (whole
    question, asking sentence), trained on the example questions (example_data.train_classifier).

    Where the nearest single example can be one writer's odd phrasing, the classifier weighs every example of
    every fact at once: on held-out writers it names the right fact more often (docs/kb_retrieval.md, "Session 8")
    and its probability says how sure it is."""

    classes: tuple[str, ...]  # fact ids, one per row of weights
    weights: np.ndarray  # float32 (n_classes, 2 * DIM)
    bias: np.ndarray  # float32 (n_classes,)

    def probabilities(self, story_vec: np.ndarray, ask_vec: np.ndarray) -> dict[str, float]:
        x = np.concatenate([story_vec, ask_vec]).astype(np.float32, copy=False)
        z = np.einsum("ij,j->i", self.weights, x) + self.bias  # einsum: see ExampleIndex.similarities
        p = np.exp(z - z.max())
        return dict(zip(self.classes, (p / p.sum()).tolist(), strict=True))


@dataclass(frozen=True)
class ExampleScores:
    sims: np.ndarray  # the question's similarity to each example
    probs: dict[str, float]  # the classifier's probability per fact ({} without a classifier)
    by_example: dict[int, float]  # per section: section_scores of the nearest-example scores (hybrid.fuse)
    by_prob: dict[int, float]  # per section: section_scores of the probabilities (hybrid.fuse)


@dataclass(frozen=True)
class ExampleIndex:
    facts: tuple[str, ...]  # the fact id each example asks for, one per row
    story: np.ndarray  # float32 (n, DIM): whole-question vectors, rows L2-normalised
    ask: np.ndarray  # float32 (n, DIM): asking-sentence vectors (the whole question when it has none)
    classifier: FactClassifier | None = None
    # Fact id -> the facts that restate it (FACTS.md's corrections cite the fact they correct: "FIX-04 ... the
    # window has been 65 days (AP-02)"): a passage stating AP-02 answers a question asking for FIX-04.
    restated_by: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def covers(self, fact_ids: list[str] | tuple[str, ...]) -> list[str]:
        """The facts a passage tagged with `fact_ids` answers: its own and those that restate them."""
        out = list(dict.fromkeys(fact_ids))
        for f in fact_ids:
            out.extend(g for g in self.restated_by.get(f, ()) if g not in out)
        return out

    def similarities(self, story_vec: np.ndarray, ask_vec: np.ndarray) -> np.ndarray:
        # einsum, not `@`: a matrix-vector product through threaded BLAS leaves a second thread spinning after
        # each call (kb_speed: CPU per ask doubled, 19 -> 40 ms); einsum runs on the calling thread only.
        story = np.einsum("ij,j->i", self.story, story_vec.astype(np.float32, copy=False))
        ask = np.einsum("ij,j->i", self.ask, ask_vec.astype(np.float32, copy=False))
        return STORY_SHARE * story + (1 - STORY_SHARE) * ask

    @cached_property
    def _groups(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """The distinct fact ids, the example rows ordered by fact, and where each fact's rows start in it."""
        names = sorted(set(self.facts))
        pos = {f: i for i, f in enumerate(names)}
        codes = np.array([pos[f] for f in self.facts], dtype=np.int64)
        order = np.argsort(codes, kind="stable")
        starts = np.searchsorted(codes[order], np.arange(len(names)))
        return names, order, starts

    def score(self, story_vec: np.ndarray, ask_vec: np.ndarray, facts_of: dict[int, list[str]]) -> ExampleScores:
        """What the examples say of one question (its two vectors) and of the candidate sections (their fact ids)."""
        sims = self.similarities(story_vec, ask_vec)
        probs = self.classifier.probabilities(story_vec, ask_vec) if self.classifier is not None else {}
        covered = {sid: self.covers(facts) for sid, facts in facts_of.items()}
        return ExampleScores(
            sims,
            probs,
            section_scores(self.fact_scores(sims), covered),
            section_scores(probs, covered) if probs else {},
        )

    def fact_scores(self, sims: np.ndarray) -> dict[str, float]:
        """The best example similarity per fact id."""
        if not len(sims):
            return {}
        names, order, starts = self._groups
        return dict(zip(names, np.maximum.reduceat(sims[order], starts).tolist(), strict=True))


def section_scores(fact_scores: dict[str, float], fact_ids_of: dict[int, list[str]]) -> dict[int, float]:
    """Per section: how far the best score of its facts (nearest-example similarity, or classifier probability)
    falls below the best of any fact (0 for the sections of the fact the examples point to, negative for the
    others).

    A section with no fact the examples know (an operator's own upload, untagged) gets 0: the examples have no
    say about it, so it competes on its text as before, neither helped nor held back."""
    if not fact_scores:
        return dict.fromkeys(fact_ids_of, 0.0)
    top = max(fact_scores.values())
    out: dict[int, float] = {}
    for sid, facts in fact_ids_of.items():
        known = [fact_scores[f] for f in facts if f in fact_scores]
        out[sid] = max(known) - top if known else 0.0
    return out


def from_arrays(
    facts: np.ndarray,
    story: np.ndarray,
    ask: np.ndarray,
    story_scale: np.ndarray | None = None,
    ask_scale: np.ndarray | None = None,
    classifier: FactClassifier | None = None,
    restates: list[str] | None = None,
) -> ExampleIndex:
    """An index from fact ids and vectors; int8 rows come with their scale each (example_data.quantize).
    `restates`: "FIX-04>AP-02" pairs, a fact and the fact it restates."""
    restated_by: dict[str, tuple[str, ...]] = {}
    for pair in restates or []:
        fact, restated = pair.split(">", 1)
        restated_by[restated] = (*restated_by.get(restated, ()), fact)
    return ExampleIndex(
        tuple(str(f) for f in facts.tolist()),
        _unit_rows(story, story_scale),
        _unit_rows(ask, ask_scale),
        classifier,
        restated_by,
    )


def _unit_rows(vectors: np.ndarray, scale: np.ndarray | None = None) -> np.ndarray:
    out = vectors.astype(np.float32) * (scale[:, None] if scale is not None else 1.0)
    return np.ascontiguousarray(out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12))


@lru_cache(maxsize=1)
def load(path: Path = FILE) -> ExampleIndex | None:
    """The bundled example index, or None when the file is missing (retrieval then runs without examples)."""
    if not path.exists():
        log.warning("no example-question vectors at %s: retrieval runs without them", path.name)
        return None
    with np.load(path, allow_pickle=False) as data:
        classifier = None
        if "clf_weights" in data.files:
            classifier = FactClassifier(
                tuple(str(c) for c in data["clf_classes"].tolist()),
                np.ascontiguousarray(data["clf_weights"], dtype=np.float32),
                data["clf_bias"].astype(np.float32),
            )
        restates = [str(p) for p in data["restates"].tolist()] if "restates" in data.files else []
        return from_arrays(
            data["facts"], data["story"], data["ask"], data["story_scale"], data["ask_scale"], classifier, restates
        )


def stored_digest(path: Path = FILE) -> str | None:
    """The sha256 of the source files the stored vectors were built from (example_data.digest)."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        return str(data["sources_sha256"])
