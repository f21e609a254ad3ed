"""Fit the answer-confidence logistic on the tuning half (even ids) of the development case stories.

    .venv/bin/python bench/kb_eval.py ../shared/eval/kb_scenarios.jsonl --dump /tmp/scen.jsonl
    .venv/bin/python bench/kb_calibrate.py /tmp/scen.jsonl

Label: the best passage holds the expected text. Features: best cosine, lexical confidence, fused margin.
Prints the coefficients (for bot/knowledge/hybrid.py) and, per threshold, the share of answers that are right
on each half, so the threshold can be set where the tuning half stays at or above 95 %.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kb_eval import half  # noqa: E402

FEATURES = ("cosine", "lexical", "margin")


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 20000, lr: float = 0.5) -> np.ndarray:
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0]
        w -= lr * grad
    return w


def main() -> int:
    rows = [json.loads(line) for p in sys.argv[1:] for line in Path(p).read_text().splitlines() if line.strip()]
    rows = [r for r in rows if not r.get("curated") and "cosine" in r]
    tune = [r for r in rows if half(r["id"]) == "tune"]
    x = np.array([[r[f] for f in FEATURES] for r in tune])
    y = np.array([float(r["top1"]) for r in tune])
    w = fit(x, y)
    print("CONF_COEF =", tuple(round(float(v), 2) for v in w[:-1]), " CONF_BIAS =", round(float(w[-1]), 2))
    for name, part in (("tune", tune), ("held-out", [r for r in rows if half(r["id"]) != "tune"])):
        xs = np.array([[r[f] for f in FEATURES] + [1.0] for r in part])
        p = 1 / (1 + np.exp(-xs @ w))
        good = np.array([r["top1"] for r in part])
        bad_una = np.array([r["unanswerable"] for r in part])
        print(f"{name}: threshold  answered  right  precision  unanswerable-answered")
        for t in np.arange(0.3, 0.95, 0.05):
            a = p >= t
            print(f"   {t:.2f}  {int(a.sum()):3d}  {int((a & good).sum()):3d}  "
                  f"{(a & good).sum() / max(1, a.sum()):.3f}  {int((a & bad_una).sum())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
