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
    "examples",  # share of the nearest example questions that ask for the passage's facts (examples.py)
)


@lru_cache(maxsize=1)
def model() -> dict:
    data = json.loads(FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("calibration.json was fitted on other features: re-run bench/kb_calibrate.py --write")
    return data


def logit(signals: dict[str, float], coef: list[float], bias: float) -> float:
    return bias + sum(w * float(signals.get(f, 0.0)) for f, w in zip(FEATURES, coef, strict=True))


def confidence(signals: dict[str, float]) -> float:
    """Answer confidence in [0, 1] from the retrieval signals."""
    m = model()
    z = logit(signals, m["coef"], m["bias"])
    return round(1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z)))), 3)
