"""The shipped linear models (request type, urgency safety net): loaded once, scored without scikit-learn.

Training (``python -m bot.triage.train``) fits scikit-learn TF-IDF + logistic regression with the analyzers
below and exports vocabularies, IDF weights and coefficients to ``model/triage_model.joblib``. Scoring here
repeats the same arithmetic in a few dict look-ups and one small dot product, which keeps parse + classify
well above 300 e-mails/s. The file is part of the package: never fetched at run time.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).with_name("model") / "triage_model.joblib"
FORMAT = 1

_WORD = re.compile(r"(?u)\b\w\w+\b")
_SPACE = re.compile(r"\s+")


def words(text: str, ngram: tuple[int, int] = (1, 2)) -> list[str]:
    """Word n-grams (scikit-learn's default token pattern; the documents are lower-cased already)."""
    toks = _WORD.findall(text)
    out = toks if ngram[0] == 1 else []
    for n in range(max(2, ngram[0]), ngram[1] + 1):
        if n == 2:
            out = out + [a + " " + b for a, b in zip(toks, toks[1:], strict=False)]
        else:
            out = out + [" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1)]
    return out


def chars(text: str, ngram: tuple[int, int] = (3, 5)) -> list[str]:
    """Character n-grams inside word boundaries (scikit-learn's ``char_wb``)."""
    out: list[str] = []
    lo, hi = ngram
    for w in _SPACE.sub(" ", text).split():
        w = f" {w} "
        size = len(w)
        if size <= lo:
            out.append(w)
            continue
        for n in range(lo, hi + 1):
            if size <= n:
                out.append(w)
                break
            out += [w[i : i + n] for i in range(size - n + 1)]
    return out


ANALYZERS = {"word": words, "char": chars}


@dataclass(frozen=True)
class FieldSpec:
    """One text field of a document turned into TF-IDF columns."""

    field: str
    analyzer: str  # "word" | "char"
    ngram: tuple[int, int]
    max_chars: int

    def terms(self, doc: dict[str, str]) -> list[str]:
        return ANALYZERS[self.analyzer](doc.get(self.field, "")[: self.max_chars], self.ngram)


class LinearModel:
    """TF-IDF (sublinear tf, l2 per field) + multinomial or binary logistic regression."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[str] = list(data["classes"])
        self.specs = [FieldSpec(f["field"], f["analyzer"], tuple(f["ngram"]), f["max_chars"]) for f in data["fields"]]
        self.vocabs: list[dict[str, int]] = [f["vocab"] for f in data["fields"]]
        self.idfs: list[np.ndarray] = [np.asarray(f["idf"], dtype=np.float64) for f in data["fields"]]
        self.offsets: list[int] = [f["offset"] for f in data["fields"]]
        self.coef = np.asarray(data["coef"], dtype=np.float64)  # (k, n_features); k = 1 for binary
        self.intercept = np.asarray(data["intercept"], dtype=np.float64)

    def _scores(self, doc: dict[str, str]) -> np.ndarray:
        cols: list[np.ndarray] = []
        vals: list[np.ndarray] = []
        for spec, vocab, idf, off in zip(self.specs, self.vocabs, self.idfs, self.offsets, strict=True):
            counts = Counter(spec.terms(doc))  # counted in C; only distinct terms are looked up
            n = len(counts)
            if not n:
                continue
            idx = np.fromiter(map(vocab.get, counts, repeat(-1, n)), dtype=np.intp, count=n)
            known = idx >= 0
            if not known.any():
                continue
            idx = idx[known]
            tf = np.fromiter(counts.values(), dtype=np.float64, count=n)[known]
            w = (1.0 + np.log(tf)) * idf[idx]
            cols.append(idx + off)
            vals.append(w / (np.sqrt(w @ w) or 1.0))
        if not cols:
            return self.intercept.copy()
        return self.coef[:, np.concatenate(cols)] @ np.concatenate(vals) + self.intercept

    def proba(self, doc: dict[str, str]) -> dict[str, float]:
        """Class probabilities (softmax, or the logistic for a binary model)."""
        s = self._scores(doc)
        if len(self.classes) == 2 and s.shape[0] == 1:
            p1 = 1.0 / (1.0 + math.exp(-float(s[0])))
            return {self.classes[0]: 1.0 - p1, self.classes[1]: p1}
        e = np.exp(s - s.max())
        p = e / e.sum()
        return {c: float(x) for c, x in zip(self.classes, p, strict=True)}


@dataclass
class TriageModels:
    """Everything in the shipped model file."""

    request_type: LinearModel
    urgent: LinearModel | None
    thresholds: dict[str, float]
    data_sha256: str
    meta: dict[str, Any]


def from_payload(payload: dict[str, Any]) -> TriageModels:
    if payload.get("format") != FORMAT:
        raise ValueError(f"triage model format {payload.get('format')!r}, expected {FORMAT}")
    models = payload["models"]
    urgent = LinearModel(models["urgent"]) if models.get("urgent") else None
    return TriageModels(
        LinearModel(models["request_type"]),
        urgent,
        dict(payload.get("thresholds", {})),
        str(payload.get("data_sha256", "")),
        dict(payload.get("meta", {})),
    )


@lru_cache(maxsize=4)
def load_models(path: str | None = None) -> TriageModels | None:
    """The shipped models, loaded once per process; None (rules only) when the file is missing or unreadable."""
    import joblib  # local: joblib pulls in more than the scoring path needs

    p = Path(path) if path else MODEL_PATH
    try:
        return from_payload(joblib.load(p))
    except FileNotFoundError:
        log.warning("triage model %s not found: request type falls back to the rules", p.name)
    except Exception as exc:  # noqa: BLE001 - a broken file must not stop triage
        log.warning("triage model %s unreadable (%s): request type falls back to the rules", p.name, type(exc).__name__)
    return None
