"""The answer-confidence calibrator: a logistic regression over retrieval signals, its coefficients read from
`calibration.json` (written by bench/kb_calibrate.py, fitted on the tuning half of the development sets).

The intercept is stored shifted so that the operating point chosen for >= 95 % precision on the tuning half
sits at the configured threshold (PSCBOT_KB_THRESHOLD, 0.80): "confidence >= 0.80" means "answer".
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).with_name("calibration.json")
# The signals, in the order of the stored coefficients (see `signals` in retrieve.py):
FEATURES = (
    "cosine",  # best cosine of the chosen passage (story or asking sentence)
    "lexical",  # the lexical engine's confidence in the chosen passage
    "margin",  # fused-score margin over the runner-up, relative
    "agree",  # share of the two retrievers (lexical re-rank, vectors) whose top-1 is the chosen passage
    "vote",  # share of the fused top 5 from the chosen passage's article
    "ask_cosine",  # cosine of the chosen passage to the asking sentence
    "primary",  # 1 when the passage is a confirmed primary source
    "sentence_cosine",  # best cosine of one of the passage's sentences to the asking sentence
    "story",  # 1 when the question is a case story (an asking sentence after context)
    "fact_prob",  # the fact classifier's probability that the question asks for the passage's facts (examples.py)
)


# Signals some passages have no value for: the fact classifier's, on a passage with no fact it knows (an
# operator's own upload). Such a passage is judged by the calibrator fitted without them (`without` in the file),
# not by a guessed value: with one, an untagged passage answered either nothing or everything.
OPTIONAL = ("fact_prob",)


@lru_cache(maxsize=1)
def model() -> dict:
    data = json.loads(FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES or tuple(data["without"]["features"]) != without_optional():
        raise ValueError("calibration.json was fitted on other features: re-run bench/kb_calibrate.py --write")
    return data


def without_optional() -> tuple[str, ...]:
    return tuple(f for f in FEATURES if f not in OPTIONAL)


def logit(signals: dict[str, float], features, coef: list[float], bias: float) -> float:
    return bias + sum(w * float(signals.get(f, 0.0)) for f, w in zip(features, coef, strict=True))


def confidence(signals: dict[str, float]) -> float:
    """Answer confidence in [0, 1] from the retrieval signals (the calibrator without the optional signals when
    one of them is missing)."""
    m = model()
    if any(f not in signals for f in OPTIONAL):
        m = m["without"]
    z = logit(signals, m["features"], m["coef"], m["bias"])
    return round(1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z)))), 3)
