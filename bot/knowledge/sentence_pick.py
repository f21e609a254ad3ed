"""Choosing the sentences of a section that answer the question (lexical relevance, numbers when asked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.knowledge.query_analysis import Query
from bot.knowledge.sentences import split_sentences
from bot.knowledge.text import Lexicon, has_number

if TYPE_CHECKING:  # rank re-exports this module's functions, so Candidate is only a type here
    from bot.knowledge.rank import Candidate


def sentence_scores(query: Query, sentences: list[str], lex: Lexicon) -> list[float]:
    """Lexical relevance of each sentence: the query weight of its words, a bonus for a number when the
    question asks for one, a tie-break for the first sentence."""
    out = []
    for i, sent in enumerate(sentences):
        toks = lex.sentence_token_set(sent)
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
