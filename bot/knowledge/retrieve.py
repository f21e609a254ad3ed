"""Candidate retrieval from the database: full-text hits, vector hits and their fusion (`hybrid.fuse`).

The knowledge service calls `retrieve` once per question; `dense_index` builds the in-memory vector matrix once
per KB version.
"""

from __future__ import annotations

import re

import numpy as np
from sqlalchemy import select

from bot.knowledge import compose, examples, hybrid
from bot.knowledge.embed import DIM, from_blobs, get_embedder
from bot.knowledge.models import KbDocument, KbSection
from bot.knowledge.rank import Candidate, IndexStats, Query, score_candidates
from bot.knowledge.search import SearchBackend
from bot.knowledge.text import Lexicon
from bot.knowledge.vectors import remember_sentence_vectors

CANDIDATES = 25
# An asking sentence with fewer content terms than this ("Is that right?", "Can we deny?") is searched
# together with the sentence before it (bench/kb_eval.py: 2 was no worse than 3 or 4 on any development set).
ASK_MIN_TERMS = 2
# An asking sentence that refers back to the story ("What did that case decide?", "Can he go straight to rehab?")
# is searched with the sentence before it too, however many terms it has: what "that case" or "he" is sits there.
# On each of the five development writers this ranked the right passage first as often or more often (best
# passage right, dev4 0.72 -> 0.80, dev3 0.77 -> 0.80, dev2 0.78 -> 0.79; docs/kb_retrieval.md, "Session 6").
REFERS_BACK = re.compile(r"\b(?:that|this|these|those|it|they|them|he|she|him|her)\b", re.IGNORECASE)
# Terms matching more than this share of sections (and at least FTS_MIN_DF of them) are left out of the
# full-text query: they barely change the engine's ranking but make it score most of the index. The
# Python re-rank still uses them.
FTS_COMMON_SHARE = 0.05
FTS_MIN_DF = 400
FTS_MAX_TERMS = 8


async def dense_index(s) -> hybrid.DenseIndex:
    """All stored section vectors as one matrix (built once per KB version)."""
    rows = (
        await s.execute(
            select(KbSection.id, KbSection.embedding, KbSection.heading_embedding).where(
                KbSection.embedding.is_not(None)
            )
        )
    ).all()
    matrix = from_blobs([bytes(r[1]) for r in rows])
    # A section stored before heading vectors existed gets a zero row until embed_missing fills it in.
    zero = bytes(DIM * 2)  # float16 zeros
    headings = from_blobs([bytes(r[2]) if r[2] is not None else zero for r in rows])
    return hybrid.DenseIndex(np.array([r[0] for r in rows], dtype=np.int64), matrix, headings)


async def lexical_ids(s, backend: SearchBackend, query: Query, stats: IndexStats) -> list[int]:
    """Full-text hits for the query's rarer terms, best first."""
    terms = [t for t in query.terms if t in stats.df]
    if not terms:
        return []
    limit_df = max(FTS_MIN_DF, FTS_COMMON_SHARE * stats.n)
    rare = [t for t in terms if stats.df[t] <= limit_df]
    if not rare:
        rare = sorted(terms, key=lambda t: stats.df[t])[:2]
    terms = sorted(rare, key=lambda t: -query.weights.get(t, 0.0))[:FTS_MAX_TERMS]
    return [h.section_id for h in await backend.search(s, terms, CANDIDATES)]


async def candidate_rows(s, ids: list[int]) -> list[Candidate]:
    if not ids:
        return []
    rows = (
        await s.execute(
            select(
                KbSection.id,
                KbSection.document_id,
                KbDocument.title,
                KbSection.heading_path,
                KbSection.text,
                KbSection.citation,
                KbSection.search_head,
                KbSection.search_text,
                KbSection.status,
                KbDocument.status,
                KbSection.effective_date,
                KbDocument.sources,
                KbDocument.path,
                KbSection.fact_ids,
                KbSection.sentence_vectors,
            )
            .join(KbDocument, KbDocument.id == KbSection.document_id)
            .where(KbSection.id.in_(ids))
        )
    ).all()
    out = []
    for r in rows:
        c = Candidate(
            r[0], r[1], r[2], list(r[3] or []), r[4], r[5], r[6], r[7], r[8] or r[9], r[10], list(r[11] or []), r[12]
        )
        c.fact_ids = list(r[13] or [])
        remember_sentence_vectors(c.section_id, c.text, r[14])  # read by stated.py for the top passages
        out.append(c)
    return out


def asking(question: str, lex: Lexicon) -> str | None:
    """The asking sentence of a case story (hybrid.asking_sentence), with the sentence before it when it has
    fewer than ASK_MIN_TERMS content terms or refers back to the story (REFERS_BACK); None for a plain question."""

    def says_enough(sentence: str) -> bool:
        terms = lex.query_tokens(lex.base_tokens(sentence))
        return len(terms) >= ASK_MIN_TERMS and not REFERS_BACK.search(sentence)

    return hybrid.asking_sentence(question, says_enough)


async def retrieve(
    s,
    backend: SearchBackend,
    lex: Lexicon,
    question: str,
    query: Query,
    stats: IndexStats,
    dense: hybrid.DenseIndex | None,
) -> tuple[list[Candidate], dict]:
    """Full-text and vector candidates scored together (hybrid.fuse, source priority included); best first.

    A case story is searched twice by meaning: its asking sentence and the whole story (the setting,
    IRF / LTCH / SNF / MA, often sits in the context)."""
    ask = asking(question, lex)
    texts = [lex.spell_out(question)] + ([lex.spell_out(ask)] if ask else [])
    vecs = get_embedder().embed(texts) if dense is not None and len(dense.ids) else None
    rankings: dict[str, list[int]] = {}
    ids = await lexical_ids(s, backend, query, stats)
    if vecs is not None and dense is not None:
        tops = dense.top_many(vecs, hybrid.DENSE_CANDIDATES)
        rankings["dense_full"] = [i for i, _ in tops[0]]
        rankings["dense_ask"] = [i for i, _ in tops[-1]]
    union = list(dict.fromkeys(ids + rankings.get("dense_ask", []) + rankings.get("dense_full", [])))
    cands = score_candidates(query, await candidate_rows(s, union), stats)
    by_id = {c.section_id: c for c in cands}
    cos_story: dict[int, float] = {}
    cos_ask: dict[int, float] = {}
    cos_heading: dict[int, float] = {}
    if vecs is not None and dense is not None:
        cos_story = dense.scores_for(vecs[0], list(by_id))
        cos_ask = dense.scores_for(vecs[-1], list(by_id))
        cos_heading = dense.heading_scores_for(vecs[-1], list(by_id))
    # How people ask for each fact (examples.py): a section whose fact the question does not look like falls back.
    index = examples.load() if vecs is not None else None
    scored = None
    if index is not None and vecs is not None:
        scored = index.score(vecs[0], vecs[-1], {c.section_id: c.fact_ids for c in cands})
    probs = scored.probs if scored is not None else {}
    fused = hybrid.fuse(
        {c.section_id: c.score for c in cands},
        cos_story,
        cos_ask,
        {c.section_id: c.document_id for c in cands},
        {c.section_id: c.doc_status for c in cands},
        cos_heading,
        scored.by_example if scored is not None else None,
        scored.by_prob if scored is not None else None,
    )
    ranked = sorted(cands, key=lambda c: (-fused[c.section_id], c.section_id))
    for c in ranked:
        c.lexical_score, c.score = c.score, fused[c.section_id]
    best = ranked[0].section_id if ranked else None
    # Per passage that answer composition may choose (the top STATED_POOL): the fact classifier's probability that
    # the question asks for one of its facts (calibration.FEATURES "fact_prob"); none for a passage whose facts
    # the classifier does not know (an operator's upload): the calibrator fitted without it judges that one.
    covers = index.covers if index is not None else list
    fact_probs = {
        c.section_id: min(1.0, sum(probs.get(f, 0.0) for f in covers(c.fact_ids)))
        for c in ranked[: compose.STATED_POOL]
        if any(f in probs for f in c.fact_ids)
    }
    info = {
        "cosine": max(cos_story.get(best, 0.0), cos_ask.get(best, 0.0)) if best is not None else 0.0,
        "margin": _article_margin(ranked),
        "ask_cosine": cos_ask.get(best, 0.0) if best is not None else 0.0,
        "story": 1.0 if ask else 0.0,
        "ask": ask or question,  # what is asked (names.unknown reads it)
        **_agreement(ranked, rankings),
        "example_sim": float(scored.sims.max()) if scored is not None and len(scored.sims) else 0.0,  # dumped only
        "fact_probs": fact_probs,
        # The asking sentence's vector (the whole question's when it is not a story): answer composition
        # scores the chosen passage's sentences against it.
        "ask_vec": vecs[-1] if vecs is not None else None,
    }
    return ranked, info


def _agreement(ranked: list[Candidate], rankings: dict[str, list[int]]) -> dict[str, float]:
    """Confidence signals from how the rankings agree on the chosen passage (see calibration.FEATURES)."""
    if not ranked:
        return {"agree": 0.0, "vote": 0.0, "primary": 0.0}
    best = ranked[0]
    lexical_top = max(ranked, key=lambda c: (c.lexical_score, -c.section_id)).section_id
    vector_top = (rankings.get("dense_ask") or [None])[0]
    top5 = ranked[:5]
    return {
        "agree": ((lexical_top == best.section_id) + (vector_top == best.section_id)) / 2,
        "vote": sum(c.document_id == best.document_id for c in top5) / len(top5),
        "primary": 1.0 if best.doc_status == "confirmed" else 0.0,
    }


def _article_margin(ranked: list[Candidate]) -> float:
    """Relative fused-score margin of the best passage over the best passage of ANOTHER article: sibling
    sections of the right article scoring alike is agreement, not doubt."""
    if not ranked or ranked[0].score <= 0:
        return 0.0
    other = next((c for c in ranked[1:] if c.document_id != ranked[0].document_id), None)
    # Clipped: a negative fused score (cosines below zero) would push the ratio past 1.
    return 1.0 if other is None else min(1.0, max(0.0, (ranked[0].score - other.score) / ranked[0].score))
