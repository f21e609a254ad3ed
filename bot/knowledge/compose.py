"""Answer composition: which sentences of the chosen passage make the answer. Pure (no database, no model):
the service passes each sentence's lexical score and its cosine to the asking sentence.

A short section is shown whole (it was written to stand alone and its sentences qualify each other). In a
longer one, each sentence is scored by fused relevance, the same blend the passage ranking uses (lexical,
scaled to the passage's best sentence, plus the sentence's cosine to the asking sentence), the best one is
kept with a close runner-up, and the caveat sentence that follows a chosen sentence stays with it.
Constants were chosen on the tuning half (even ids) of kb_scenarios + kb_dev; see docs/kb_retrieval.md.
"""

from __future__ import annotations

import re

# A section this short is the answer as written (≈ 3 sentences).
WHOLE_MAX_SENTENCES = 3
WHOLE_MAX_CHARS = 450
# Fused sentence score = LEXICAL_SHARE x lexical (scaled to the best sentence) + cosine to the asking sentence.
LEXICAL_SHARE = 0.5
# A second sentence joins the best one when its fused score is at least this share of the best.
RUNNER_UP_SHARE = 0.9
MAX_SENTENCES = 2
# Passage choice among the STATED_POOL best passages: passage score (relative to the best) + STATED_WEIGHT x
# the fused relevance of its best sentence.
STATED_POOL = 3
STATED_WEIGHT = 0.15  # chosen on the tuning half from 0, 0.15, 0.3, 0.6 (answer-everything hit@1)
MAX_CHARS = 700
# A sentence qualifying the fact just before it; it stays with the fact in an answer.
CAVEAT = re.compile(
    r"\bsecondary\b|plan[- ]specific|check (?:your|the) plan|unconfirmed|not confirmed|"
    r"re-?check|verify|may differ|varies by plan",
    re.I,
)


def finish(sentence: str) -> str:
    sentence = sentence.lstrip("-*• ").strip()
    return sentence if sentence.endswith((".", "!", "?", ":", ";", ")")) else sentence + "."


def is_short(sentences: list[str]) -> bool:
    return len(sentences) <= WHOLE_MAX_SENTENCES and sum(len(s) + 1 for s in sentences) <= WHOLE_MAX_CHARS


def fused_scores(lexical: list[float], cosines: list[float]) -> list[float]:
    top = max(lexical, default=0.0)
    lex = [x / top if top > 0 else 0.0 for x in lexical]
    cos = cosines if len(cosines) == len(lexical) else [0.0] * len(lexical)
    return [LEXICAL_SHARE * a + b for a, b in zip(lex, cos, strict=True)]


def choose(scores: list[float]) -> list[int]:
    """Indexes of the chosen sentences in passage order: the best and a close runner-up."""
    if not scores:
        return []
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    best = scores[order[0]]
    chosen = [order[0]]
    for i in order[1:MAX_SENTENCES]:
        if best > 0 and scores[i] >= RUNNER_UP_SHARE * best:
            chosen.append(i)
    return sorted(chosen)


def with_following_caveats(chosen: list[int], sentences: list[str]) -> list[int]:
    """The chosen sentences plus the caveat sentence right after any of them."""
    out = set(chosen)
    for i in chosen:
        if i + 1 < len(sentences) and CAVEAT.search(sentences[i + 1]):
            out.add(i + 1)
    return sorted(out)


def compose(sentences: list[str], lexical: list[float], cosines: list[float], gives: list[bool] | None = None) -> str:
    """The answer text from a passage's sentences (see the module docstring). `gives` marks the sentences that give
    the kind of answer the question asks for (a time limit, an amount: answer_type.py); when none of the chosen
    sentences does, the most relevant one that does joins them."""
    if not sentences:
        return ""
    if is_short(sentences):
        return " ".join(finish(s) for s in sentences)
    scores = fused_scores(lexical, cosines)
    chosen = choose(scores)
    if gives and any(gives) and not any(gives[i] for i in chosen):
        chosen = sorted({*chosen, max((i for i, g in enumerate(gives) if g), key=lambda i: (scores[i], -i))})
    picked = with_following_caveats(chosen, sentences)
    out: list[str] = []
    size = 0
    for i in picked:
        sent = finish(sentences[i])
        if out and size + len(sent) > MAX_CHARS and not CAVEAT.search(sent):
            break
        out.append(sent)
        size += len(sent) + 1
    return " ".join(out)


def with_caveats(body: str, passage_sentences: list[str]) -> str:
    """`body` (e.g. a snippet) plus the caveat sentence that follows any of its sentences in the passage."""
    sentences = [s.lstrip("-*• ").strip() for s in passage_sentences]
    extra = []
    for i, sent in enumerate(sentences[:-1]):
        nxt = sentences[i + 1]
        if sent and sent.rstrip(".") in body and nxt.rstrip(".") not in body and CAVEAT.search(nxt):
            extra.append(finish(nxt))
    return " ".join([body, *dict.fromkeys(extra)]) if extra else body
