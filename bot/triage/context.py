"""Context of a fact mention: negated, hypothetical, historical or about someone else.

The algorithm is ConText's (Chapman et al.): trigger phrases of a category reach forward (``preceding``) or
backward (``following``) to the end of the sentence or a termination term; pseudo-triggers are not triggers.
It runs as negspacy's NegEx component, one instance per category with that category's triggers from
``context_rules.yaml``, on a blank spaCy English pipeline (tokenizer + sentencizer: no model download).
medspaCy's own ConText cannot be installed next to numpy 2 on Python 3.11 (see pyproject.toml).

The pipeline is built once per process (:func:`pipeline`). Callers pass only the sentences that hold a candidate
fact, so the cost is a few short spaCy docs per e-mail, not whole bodies.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .rules_schema import RulesError, check_keys_in

DEFAULT_CONTEXT_PATH = Path(__file__).with_name("context_rules.yaml")

# the categories the triage stages ask about; the data file must define each of them. The first four are
# ConText's own; "alternative" (a fallback setting) and "not_requested" (a setting the member is leaving) are
# read only for the level of care
CATEGORIES = ("negated", "hypothetical", "historical", "other_person", "alternative", "not_requested")
ASSERTION = ("negated", "hypothetical", "historical", "other_person")  # any of them: the mention is not asserted
_TRIGGER_LISTS = ("preceding", "following", "pseudo", "termination")

SCHEMA: dict[str, set[str]] = {
    "": {"version", "max_scope_words", "termination", "categories"},
    "categories": set(CATEGORIES),
    "categories.*": set(_TRIGGER_LISTS),
}

_SPAN_KEY = "pscbot_facts"
_WORD = re.compile(r"\S+")
MAX_SENTENCE_CHARS = 2_000  # no trigger reaches further than this (scopes end at a sentence or clause end)


def _ext(category: str) -> str:
    return f"pscbot_ctx_{category}"


@dataclass(frozen=True)
class ContextRules:
    """Trigger lists per category (validated, stripped, non-empty strings)."""

    termination: tuple[str, ...]
    categories: dict[str, dict[str, tuple[str, ...]]]
    max_scope_words: int = 0  # 0: a trigger reaches to the sentence or clause end


def _phrases(node: Any, where: str) -> tuple[str, ...]:
    if node is None:
        return ()
    if not isinstance(node, list) or not all(isinstance(p, str) and p.strip() for p in node):
        raise RulesError(f"context rules: {where} must be a list of non-empty phrases")
    return tuple(p.strip() for p in node)


def load_context_rules(path: Path | str = DEFAULT_CONTEXT_PATH) -> ContextRules:
    """Read and validate the context rules; unknown keys and missing categories are errors."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise RulesError("context rules: the file must be a mapping")
    check_keys_in(data, SCHEMA, "context rules")
    scope = data.get("max_scope_words", 0)
    if not isinstance(scope, int) or isinstance(scope, bool) or scope < 0:
        raise RulesError("context rules: max_scope_words must be a whole number >= 0")
    cats = data.get("categories")
    if not isinstance(cats, dict):
        raise RulesError("context rules: categories must be a mapping")
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for cat in CATEGORIES:
        spec = cats.get(cat)
        if not isinstance(spec, dict):
            raise RulesError(f"context rules: categories.{cat} is missing")
        out[cat] = {key: _phrases(spec.get(key), f"categories.{cat}.{key}") for key in _TRIGGER_LISTS}
        if not out[cat]["preceding"] and not out[cat]["following"]:
            raise RulesError(f"context rules: categories.{cat} has no trigger")
    return ContextRules(
        termination=_phrases(data.get("termination"), "termination"), categories=out, max_scope_words=scope
    )


class ContextPipeline:
    """A blank English tokenizer, a sentencizer and one NegEx component per ConText category."""

    def __init__(self, rules: ContextRules) -> None:
        import negspacy.negation  # noqa: F401 - registers the "negex" factory
        import spacy

        self.max_scope_words = rules.max_scope_words
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        for cat in CATEGORIES:
            spec = rules.categories[cat]
            termset = {
                "pseudo_negations": list(spec["pseudo"]),
                "preceding_negations": list(spec["preceding"]),
                "following_negations": list(spec["following"]),
                "termination": list(rules.termination + spec["termination"]),
            }
            self.nlp.add_pipe(
                "negex",
                name=f"context_{cat}",
                config={"neg_termset": termset, "extension_name": _ext(cat), "span_keys": [_SPAN_KEY]},
            )
        self._sentencizer = self.nlp.get_pipe("sentencizer")
        self._components = {cat: self.nlp.get_pipe(f"context_{cat}") for cat in CATEGORIES}
        # A trigger can only match where its first token occurs (the matcher compares lower-cased tokens), so a
        # category none of whose triggers starts in the sentence is not run: most sentences need no component.
        self._first_tokens: dict[str, frozenset[str]] = {}
        for cat in CATEGORIES:
            spec = rules.categories[cat]
            phrases = spec["preceding"] + spec["following"]
            self._first_tokens[cat] = frozenset(d[0].lower_ for d in self.nlp.tokenizer.pipe(phrases) if len(d))

    def contexts(
        self, text: str, spans: Sequence[tuple[int, int]], categories: Sequence[str] = CATEGORIES
    ) -> list[frozenset[str]]:
        """For each (start, end) character span of ``text``: those of ``categories`` whose trigger reaches it."""
        if not spans:
            return []
        if self.max_scope_words:
            # NegEx's word window: each mention is read with at most that many words either side of it
            words = [m.span() for m in _WORD.finditer(text)]
            if not words:
                return [frozenset()] * len(spans)
            starts = [a for a, _ in words]
            out = []
            for s, e in spans:
                first = max(0, bisect_right(starts, s) - 1 - self.max_scope_words)
                last = min(len(words) - 1, max(0, bisect_left(starts, e) - 1) + self.max_scope_words)
                lo, hi = words[first][0], max(words[last][1], e)
                out.append(self._read(text[lo:hi], [(s - lo, e - lo)], categories)[0])
            return out
        return self._read(text, spans, categories)

    def _read(self, text: str, spans: Sequence[tuple[int, int]], categories: Sequence[str]) -> list[frozenset[str]]:
        if len(text) > MAX_SENTENCE_CHARS:  # a "sentence" of a whole unpunctuated body: keep the spans' vicinity
            lo = max(0, min(s for s, _ in spans) - MAX_SENTENCE_CHARS // 2)
            hi = max(e for _, e in spans) + MAX_SENTENCE_CHARS // 2
            text, spans = text[lo:hi], [(s - lo, e - lo) for s, e in spans]
        doc = self.nlp.make_doc(text)
        words = {t.lower_ for t in doc}
        run = [cat for cat in categories if words & self._first_tokens[cat]]
        if not run:
            return [frozenset()] * len(spans)
        targets = [doc.char_span(s, e, label="FACT", alignment_mode="expand") for s, e in spans]
        doc.spans[_SPAN_KEY] = [t for t in targets if t is not None]
        doc = self._sentencizer(doc)
        for cat in run:
            doc = self._components[cat](doc)
        return [frozenset(cat for cat in run if t._.get(_ext(cat))) if t is not None else frozenset() for t in targets]


@lru_cache(maxsize=4)
def pipeline(path: str = str(DEFAULT_CONTEXT_PATH)) -> ContextPipeline:
    """The process-wide pipeline for a rules file (built on first use: spaCy import and matcher set-up)."""
    return ContextPipeline(load_context_rules(path))


# spaCy's vocabulary keeps every token string it has seen (ids, dates, names: it only grows in a long-running
# bot); past this many strings the pipeline is rebuilt (tens of milliseconds). spaCy's own remedy,
# ``nlp.memory_zone()``, costs ~0.6 ms per call, more than the rest of the context stage.
MAX_STRINGS = 200_000
_lock = threading.Lock()  # the tokenizer adds to the vocabulary: one caller at a time


def contexts(
    text: str, spans: Sequence[tuple[int, int]], categories: Sequence[str] = CATEGORIES
) -> list[frozenset[str]]:
    """Context categories (of ``categories``) of each span of ``text`` with the default rules."""
    with _lock:
        pipe = pipeline()
        out = pipe.contexts(text, spans, categories)
        if len(pipe.nlp.vocab.strings) > MAX_STRINGS:
            pipeline.cache_clear()
        return out
