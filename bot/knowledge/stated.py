"""Sentence-level relevance of passages (needs the embedding model, so not in the pure compose.py): which of
the top passages states the fact, and each sentence's lexical score and cosine to the asking sentence."""

from __future__ import annotations

from itertools import accumulate

import numpy as np

from bot.knowledge import answer_type, compose
from bot.knowledge.rank import Candidate, Query, sentence_scores
from bot.knowledge.sentences import split_sentences
from bot.knowledge.text import Lexicon
from bot.knowledge.vectors import passage_sentences, sentence_vectors

# A sentence of another section of the chosen passage's article joins the answer when its fused relevance is at
# least this share of the chosen passage's best sentence (see `sibling_sentence`): a lower bar when the section
# states the same fact. On the development sets, 0.5-0.8 for the same fact gave the same answers; for any
# section of the article, 0.8 added sentences that held the answer (dev2: answered right 0.835 -> 0.883) and 0.9
# or more added none.
SAME_FACT_SHARE = 0.5
SAME_ARTICLE_SHARE = 0.8
SIBLING_POOL = 10
# A passage that gives no answer of the kind asked for (a time limit, a dollar amount: answer_type.py) loses this
# much of its relative score among the top passages (`by_stated_fact`). Chosen by leaving each development writer
# out (docs/kb_retrieval.md, "Session 6").
ANSWER_TYPE_PENALTY = 0.3


def by_stated_fact(
    query: Query, cands: list[Candidate], ask_vec, lex: Lexicon, kind: answer_type.Kind | None = None
) -> list[Candidate]:
    """Among the top passages, prefer the one with a sentence that states the answer: passage score
    (relative to the best) + STATED_WEIGHT x its best sentence's fused relevance (compose.fused_scores,
    lexical scaled over all their sentences), less ANSWER_TYPE_PENALTY when the question asks for a `kind` of
    answer the passage does not give."""
    top = cands[: compose.STATED_POOL]
    if compose.STATED_WEIGHT <= 0 or len(top) < 2 or ask_vec is None or top[0].score <= 0:
        return cands
    parts = [split_sentences(c.text) or [c.text] for c in top]
    flat = [x for p in parts for x in p]
    lexical = sentence_scores(query, flat, lex)
    # Sentence vectors stored at ingest (vectors.sentence_vectors), encoded only for a passage without them.
    vecs = np.vstack([sentence_vectors(c.section_id, c.text, p) for c, p in zip(top, parts, strict=True)])
    cosines = [float(v) for v in vecs @ ask_vec]
    fused = compose.fused_scores(lexical, cosines)
    best_of, start = [], 0
    for p in parts:
        best_of.append(max(fused[start : start + len(p)]))
        start += len(p)
    lacks = [0.0 if answer_type.states(kind, c.text) else ANSWER_TYPE_PENALTY for c in top]
    order = sorted(
        range(len(top)),
        key=lambda i: (-(top[i].score / top[0].score + compose.STATED_WEIGHT * best_of[i] - lacks[i]), i),
    )
    return [top[i] for i in order] + cands[len(top) :]


def sentence_relevance(
    query: Query, best: Candidate | None, ask_vec, lex: Lexicon
) -> tuple[list[str], list[float], list[float]]:
    """The best passage's sentences with their lexical scores and cosines to the asking sentence."""
    if best is None:
        return [], [], []
    sentences = split_sentences(best.text)
    cosines: list[float] = []
    if ask_vec is not None and sentences:
        # Stored at ingest with the passage (vectors.sentence_vectors): nothing to encode here.
        cosines = [float(v) for v in sentence_vectors(best.section_id, best.text, sentences) @ ask_vec]
    return sentences, sentence_scores(query, sentences, lex), cosines


def sibling_sentence(query: Query, best: Candidate, cands: list[Candidate], ask_vec, lex: Lexicon) -> str | None:
    """The most relevant sentence of another section of the chosen passage's article, when it is about as relevant
    as the passage's own best sentence. Articles are written as short sections that stand alone, and one fact is
    often split over two of them ("more than one discipline" / "one of them must be PT or OT"): the answer is
    the fact, not the section."""
    # Same article and same source status: the answer keeps the chosen section's citation, date and status.
    sibs = [
        c
        for c in cands[:SIBLING_POOL]
        if c.section_id != best.section_id and c.document_id == best.document_id and c.doc_status == best.doc_status
    ]
    if not sibs or ask_vec is None:
        return None
    passages = [best, *sibs]
    parts = [passage_sentences(c.text) for c in passages]
    flat = [x for p in parts for x in p]
    owner = [n for n, p in enumerate(parts) for _ in p]  # the passage of each sentence in `flat`
    starts = [0, *accumulate(len(p) for p in parts)]
    vecs = np.vstack([sentence_vectors(c.section_id, c.text, p) for c, p in zip(passages, parts, strict=True)])
    fused = compose.fused_scores(sentence_scores(query, flat, lex), [float(v) for v in vecs @ ask_vec])
    own = max(fused[: len(parts[0])], default=0.0)
    if own <= 0:
        return None
    facts = set(best.fact_ids)
    shares = [0.0] + [SAME_FACT_SHARE if facts & set(c.fact_ids) else SAME_ARTICLE_SHARE for c in sibs]
    qualifying = [k for k in range(len(parts[0]), len(flat)) if fused[k] >= shares[owner[k]] * own]
    if not qualifying:
        return None
    k = max(qualifying, key=lambda i: fused[i])
    # The caveat sentence that follows it in its own section comes with it.
    part = parts[owner[k]]
    return " ".join(part[i] for i in compose.with_following_caveats([k - starts[owner[k]]], part))
