"""Hybrid retrieval pieces with no database access: the in-memory vector index, the asking sentence of a case
story, score fusion (and reciprocal rank fusion for comparison), the source-priority re-rank and the answer
confidence.

Constants were chosen on the tuning half (even ids) of the development case stories and checked on the
held-out half; see docs/kb_retrieval.md and bench/kb_eval.py --split.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from bot.knowledge import calibration
from bot.knowledge.sentences import goes_on_after, split_line

# Score fusion, chosen over RRF by bench/kb_tune.py on the tuning half (case stories: 0.92 tune / 0.94 held
# out for the best passage, against 0.84 / 0.82 for the best RRF weights). The lexical weight was 0.5 until the
# heading cosine joined (below).
LEXICAL_WEIGHT = 0.75
STORY_SHARE = 0.25
ARTICLE_WEIGHT = 1.0
# The asking sentence against the section's heading alone (its one-line claim): picks the section of an article
# that states what is asked, where the section vectors of sibling sections are alike. Chosen with the lexical
# weight by leaving one development writer out at a time (bench/kb_tune.py --loso): every writer's choice was
# (0.35, 0.75), and each left-out writer's best passage improved (docs/kb_retrieval.md, "Session 5").
HEADING_WEIGHT = 0.35
# How far a section's fact falls below the fact whose example questions are most like the question
# (examples.section_scores, 0 or less): how people ask, where the section's own text says how the regulation
# puts it. Chosen by leaving one development writer out at a time: the writers chose 3, 6, 6, 6 and 8, and 3-12
# is a plateau (docs/kb_retrieval.md, "Session 7").
EXAMPLE_WEIGHT = 6.0
# How far the probability that the question asks for a section's fact falls below the most probable fact's
# (examples.FactClassifier through examples.section_scores, 0 or less). Chosen with EXAMPLE_WEIGHT on a grid by
# leaving one development writer out at a time: (6, 2) was the choice of three writers of six and the best on
# average (docs/kb_retrieval.md, "Session 8").
CLASSIFIER_WEIGHT = 2.0
# Reciprocal rank fusion (Cormack et al. 2009), kept for comparison in bench/kb_tune.py.
RRF_K = 60
# One list each: full-text ranking, vector ranking of the asking sentence, vector ranking of the whole story.
# bench/kb_tune.py chose these on the tuning half: the whole story's vector adds the setting the asking
# sentence leaves out, and the lexical re-rank already weights the asking clause.
FUSION_WEIGHTS = {"lexical": 1.0, "dense_ask": 0.0, "dense_full": 0.5}
DENSE_CANDIDATES = 20
# Primary sources (CFR, CMS manuals and rules) outrank secondary and plan-specific material when their
# fused scores are close; an unverified upload (no front matter) ranks last.
STATUS_FACTOR = {"confirmed": 1.0, "secondary": 0.97, "unconfirmed": 0.95, "unverified": 0.9}
# Below this the best passage is not relevant at all: refuse instead of "These may help".
RELEVANT_MIN_COSINE = 0.30
# Below this the question is about something else entirely: never answered (a typo-ridden on-topic question
# can sit near 0.3, an off-topic one near 0.05).
ANSWER_MIN_COSINE = 0.15

# Where a question's sentences end. People asking in chat often write in lower case ("d/c'd fri. is that ok?
# pt 81yo ..."): "?" and "!" end a sentence whatever follows, a line break too, and a full stop does unless the
# word before it is an abbreviation that a sentence goes on after ("approx.", "St.", "e.g."). Not "pt." or
# "hosp.": in chat they end a sentence far more often than they are written with a full stop mid-sentence.
_QUESTION_END = re.compile(r"(?<=[?!])\s+|(?<=\.)\s+(?=[\w\"'(])")
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.?!]{0,40}[,!:]?$", re.I)
_SIGN_OFF = re.compile(
    r"^(?:thanks?(?: you)?(?: so much)?|thx|many thanks|regards|best(?: regards)?|kind regards|warm regards|"
    r"sincerely|respectfully|cheers|v/r|--)[,.!]?$",
    re.I,
)
_GOES_ON_AFTER = frozenset("dr mr ms mrs st vs approx e.g i.e eg ie cf no y.o".split())
_LEAD_IN = re.compile(r"^(?:.{0,80}?):\s+(?=\S)")


@dataclass
class DenseIndex:
    """All section vectors of one KB version as one matrix (a numpy scan is ~1 ms at 10,000 sections)."""

    ids: np.ndarray  # int64 section ids, one per row
    matrix: np.ndarray  # float32 (n, DIM), rows L2-normalised
    # The sections' heading vectors, same rows (zeros for a section without one); read for the candidate pool.
    headings: np.ndarray | None = None

    def top(self, vec: np.ndarray, k: int) -> list[tuple[int, float]]:
        return self.top_many(vec[None, :], k)[0]

    def top_many(self, vecs: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        """The k best rows for each query vector (rows of `vecs`), in one pass over the matrix."""
        if not len(self.ids):
            return [[] for _ in range(len(vecs))]
        # One einsum for all query vectors (a case story has two): the matrix is read once. einsum, not BLAS
        # gemm: single-threaded and steady when the machine's cores are busy.
        all_scores = np.einsum("ij,kj->ki", self.matrix, np.ascontiguousarray(vecs, dtype=np.float32))
        k = min(k, all_scores.shape[1])
        out = []
        for scores in all_scores:
            idx = np.argpartition(-scores, k - 1)[:k]
            idx = idx[np.argsort(-scores[idx], kind="stable")]
            out.append([(int(self.ids[i]), float(scores[i])) for i in idx])
        return out

    def __post_init__(self) -> None:
        self._pos = {int(s): i for i, s in enumerate(self.ids.tolist())}

    def scores_for(self, vec: np.ndarray, section_ids: list[int]) -> dict[int, float]:
        return self._cosines(self.matrix, vec, section_ids)

    def heading_scores_for(self, vec: np.ndarray, section_ids: list[int]) -> dict[int, float]:
        return {} if self.headings is None else self._cosines(self.headings, vec, section_ids)

    def _cosines(self, matrix: np.ndarray, vec: np.ndarray, section_ids: list[int]) -> dict[int, float]:
        rows = [self._pos[s] for s in section_ids if s in self._pos]
        vals = np.einsum("ij,j->i", matrix[rows], vec) if rows else []
        return {int(self.ids[r]): float(v) for r, v in zip(rows, vals, strict=True)}


def message_lines(question: str) -> list[str]:
    """A pasted or forwarded message's lines less its greeting ("Hi team,") and each signature block (a sign-off
    line such as "Thanks," and the short lines under it, up to a blank line): a signature names a person and a
    hospital, and a message without a question mark would otherwise be searched by its last line."""
    out: list[str] = []
    signing = False
    for line in question.splitlines():
        text = line.strip()
        if not text:
            signing = False
        elif _SIGN_OFF.match(text):
            signing = True
        elif signing and "?" not in text and len(text.split()) <= 10:
            continue
        elif not _GREETING.match(text):
            signing = False
            out.append(text)
    return out


def question_sentences(question: str) -> list[str]:
    """A question's sentences, whitespace normalised (_QUESTION_END says where one ends)."""
    out: list[str] = []
    for line in message_lines(question):
        out.extend(split_line(" ".join(line.split()), _QUESTION_END, lambda b: goes_on_after(b, _GOES_ON_AFTER)))
    return out


def asking_sentence(question: str, informative: Callable[[str], bool] | None = None) -> str | None:
    """The sentence that asks, when the question is a story followed by a question; None for a plain one.

    The last sentence with a question mark (else the last sentence); a lead-in before a colon ("Before I
    judge tolerance: what ...") is dropped when a real question follows it. When `informative` says the
    asking sentence says too little on its own ("Is that right?", "Can we deny?"), the sentence before it,
    which holds what "that" refers to, is searched with it."""
    sentences = question_sentences(question)
    if len(sentences) < 2:
        return None
    i = next((k for k in range(len(sentences) - 1, -1, -1) if "?" in sentences[k]), len(sentences) - 1)
    asking = sentences[i]
    m = _LEAD_IN.match(asking)
    if m and len(asking[m.end() :].split()) >= 4:
        asking = asking[m.end() :]
    if informative is not None and i > 0 and not informative(asking):
        asking = sentences[i - 1] + " " + asking
    return asking.strip()


def rrf(rankings: dict[str, list[int]], weights: dict[str, float] | None = None) -> dict[int, float]:
    weights = weights or FUSION_WEIGHTS
    fused: dict[int, float] = {}
    for name, ranked in rankings.items():
        w = weights.get(name, 1.0)
        for rank, sid in enumerate(ranked):
            fused[sid] = fused.get(sid, 0.0) + w / (RRF_K + rank + 1)
    return fused


def fuse(
    lexical: dict[int, float],
    cos_story: dict[int, float],
    cos_ask: dict[int, float],
    document_of: dict[int, int],
    status: dict[int, str],
    cos_heading: dict[int, float] | None = None,
    example: dict[int, float] | None = None,
    fact_prob: dict[int, float] | None = None,
) -> dict[int, float]:
    """Score fusion over the candidate pool (full-text hits plus vector hits), larger is better:

    LEXICAL_WEIGHT x lexical score (scaled to the pool's best) + cosine (STORY_SHARE of the whole story,
    the rest of the asking sentence) + HEADING_WEIGHT x the asking sentence's cosine to the section's heading
    + ARTICLE_WEIGHT x the best cosine of any section in the same article (sibling sections vote for their
    article) + EXAMPLE_WEIGHT x the section's example score (`example`: 0 for the fact the example questions
    point to and for a section they know nothing about, negative for the other facts) + CLASSIFIER_WEIGHT x the
    same for the fact classifier's probabilities (`fact_prob`), times the source-priority factor."""
    if not lexical:
        return {}
    heading = cos_heading or {}
    example = example or {}
    prob = fact_prob or {}
    top = max(lexical.values()) or 1.0
    cos = {i: STORY_SHARE * cos_story.get(i, 0.0) + (1 - STORY_SHARE) * cos_ask.get(i, 0.0) for i in lexical}
    article: dict[int, float] = {}
    for i, c in cos.items():
        article[document_of[i]] = max(article.get(document_of[i], 0.0), c)
    return {
        i: (
            LEXICAL_WEIGHT * lexical[i] / top
            + cos[i]
            + HEADING_WEIGHT * heading.get(i, 0.0)
            + ARTICLE_WEIGHT * article[document_of[i]]
            + EXAMPLE_WEIGHT * example.get(i, 0.0)
            + CLASSIFIER_WEIGHT * prob.get(i, 0.0)
        )
        * STATUS_FACTOR.get(status.get(i, ""), 0.9)
        for i in lexical
    }


def rerank(fused: dict[int, float], status: dict[int, str]) -> list[int]:
    """Section ids best first: fused score times the source-priority factor."""
    return sorted(fused, key=lambda sid: (-fused[sid] * STATUS_FACTOR.get(status.get(sid, ""), 0.8), sid))


def answer_confidence(signals: dict[str, float]) -> float:
    """Probability-like confidence that the best passage answers the question (the learned calibrator)."""
    return calibration.confidence(signals)
