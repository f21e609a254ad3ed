"""Fit the answer-confidence calibrator (logistic regression) on the tuning half (even ids) of the development sets.

    .venv/bin/python bench/kb_eval.py ../shared/eval/kb_scenarios.jsonl --threshold 0 --dump /tmp/scen.jsonl
    .venv/bin/python bench/kb_eval.py ../shared/eval/kb_dev.jsonl --threshold 0 --dump /tmp/dev.jsonl
    .venv/bin/python bench/kb_calibrate.py /tmp/scen.jsonl /tmp/dev.jsonl [--precision 0.95] [--write]

With --threshold 0 every question is answered, so each dump row says whether the composed answer holds the
expected text ("hit1", the label); unanswerable questions are negatives. Curated answers are left out (their
confidence comes from the curated match), and so are the rows the answer policy holds back whatever the
confidence (a name the knowledge base never mentions, no answer of the kind asked: "answered" false in the dump).
Features: bot/knowledge/calibration.FEATURES.
The operating threshold is the lowest at which the tuning half's answers are right >= --precision; --write stores
the coefficients in bot/knowledge/calibration.json with the intercept shifted so that this threshold reads as
the configured 0.80. Held-out precision and hit@1 are printed, never used for the choice.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kb_eval import half  # noqa: E402
from bot.knowledge.calibration import FEATURES, FILE  # noqa: E402

CONFIGURED_THRESHOLD = 0.80


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 20000, lr: float = 0.5) -> np.ndarray:
    """L2-regularised logistic regression by gradient descent on standardised features; weights returned in
    the original scale (last entry the intercept)."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    xs = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(xs.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xs @ w))
        w -= lr * (xs.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0])
    coef = w[:-1] / sd
    return np.r_[coef, w[-1] - float((mu * coef).sum())]


def cv_l2(x: np.ndarray, y: np.ndarray, grid=(0.003, 0.01, 0.03, 0.1, 0.3), folds: int = 5) -> float:
    """The L2 strength with the best held-out log-loss in a k-fold split of the tuning half itself."""
    idx = np.arange(len(y)) % folds
    losses = {}
    for l2 in grid:
        total = 0.0
        for f in range(folds):
            w = fit(x[idx != f], y[idx != f], l2=l2, steps=5000)
            p = 1 / (1 + np.exp(-np.hstack([x[idx == f], np.ones(((idx == f).sum(), 1))]) @ w))
            p = np.clip(p, 1e-6, 1 - 1e-6)
            total -= float((y[idx == f] * np.log(p) + (1 - y[idx == f]) * np.log(1 - p)).sum())
        losses[l2] = total / len(y)
    print("L2 by 5-fold log-loss on the tuning half:", {k: round(v, 4) for k, v in losses.items()})
    return min(losses, key=losses.get)


def probs(rows: list[dict], w: np.ndarray) -> np.ndarray:
    """Each row's confidence; 0 for a row the answer policy held back at threshold 0 (a name the knowledge base
    never mentions, no answer of the kind asked): no confidence answers it, so it is neither a right nor a wrong
    answer at any threshold."""
    x = np.array([[r.get(f, 0.0) for f in FEATURES] + [1.0] for r in rows])
    held_back = np.array([not r.get("answered", True) for r in rows])
    return np.where(held_back, 0.0, 1 / (1 + np.exp(-x @ w)))


def table(name: str, rows: list[dict], p: np.ndarray, thresholds) -> None:
    good = np.array([bool(r["hit1"]) for r in rows])
    una = np.array([bool(r["unanswerable"]) for r in rows])
    n_ans = int((~una).sum())
    print(
        f"{name}: {len(rows)} rows ({n_ans} answerable)   threshold  answered  right  precision  hit@1  "
        "unanswerable-answered"
    )
    for t in thresholds:
        a = p >= t
        print(
            f"   {t:.3f}  {int(a.sum()):3d}  {int((a & good).sum()):3d}  {(a & good).sum() / max(1, a.sum()):.3f}  "
            f"{(a & good).sum() / max(1, n_ans):.3f}  {int((a & una).sum())}"
        )


def choose_threshold(p: np.ndarray, good: np.ndarray, precision: float, min_share: float = 0.5) -> tuple[float, bool]:
    """The lowest threshold at which the answers above it are right >= precision (the most answers), and
    whether the target was reached. When no threshold reaches it, the one with the best precision among
    those still answering at least `min_share` of the rows (the lowest such threshold on ties)."""
    ts = np.sort(np.unique(p))
    min_answered = max(10, int(min_share * len(p)))
    for t in ts:
        a = p >= t
        if a.sum() >= min_answered and (a & good).sum() / a.sum() >= precision:
            return float(t), True
    best_t, best_prec = 1.0, -1.0
    for t in ts:
        a = p >= t
        if a.sum() >= min_answered and (a & good).sum() / a.sum() > best_prec + 1e-9:
            best_t, best_prec = float(t), (a & good).sum() / a.sum()
    return best_t, False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dumps", nargs="+", type=Path)
    ap.add_argument("--precision", type=float, default=0.95)
    ap.add_argument("--l2", type=float, default=None, help="L2 strength (default: chosen by 5-fold CV on tune)")
    ap.add_argument("--write", action="store_true", help=f"store the fit in {FILE.relative_to(ROOT)}")
    args = ap.parse_args()
    rows = [
        dict(json.loads(line), src=p.stem) for p in args.dumps for line in p.read_text().splitlines() if line.strip()
    ]
    rows = [r for r in rows if not r.get("curated") and "cosine" in r]
    tune = [r for r in rows if half(r["id"]) == "tune"]
    held = [r for r in rows if half(r["id"]) != "tune"]
    fitted = [r for r in tune if r.get("answered", True)]
    x = np.array([[r.get(f, 0.0) for f in FEATURES] for r in fitted])
    y = np.array([float(r["hit1"]) for r in fitted])
    l2 = args.l2 if args.l2 is not None else cv_l2(x, y)
    w = fit(x, y, l2=l2)
    p_tune = probs(tune, w)
    t, reached = choose_threshold(p_tune, np.array([bool(r["hit1"]) for r in tune]), args.precision)
    print("coefficients:", dict(zip(FEATURES, np.round(w[:-1], 3).tolist(), strict=True)), "bias", round(w[-1], 3))
    print(
        f"threshold for >= {args.precision:.0%} precision on the tuning half: {t:.3f}"
        + ("" if reached else " (NOT reached: the best precision answering at least half the rows)")
    )
    grid = sorted({round(t, 3), *np.round(np.arange(0.5, 0.96, 0.05), 2)})
    table("tune", tune, p_tune, grid)
    table("held-out", held, probs(held, w), grid)
    for src in sorted({r["src"] for r in rows}):
        for name, part in (("tune", tune), ("held-out", held)):
            sub = [r for r in part if r["src"] == src]
            if sub:
                table(f"{src} {name}", sub, probs(sub, w), [round(t, 3)])
    if args.write:
        # Shift the intercept so that p >= t  <=>  confidence >= the configured threshold.
        logit = lambda v: math.log(v / (1 - v))  # noqa: E731
        shift = logit(CONFIGURED_THRESHOLD) - logit(min(max(t, 1e-6), 1 - 1e-6))
        data = {
            "features": list(FEATURES),
            "coef": [round(float(v), 4) for v in w[:-1]],
            "bias": round(float(w[-1] + shift), 4),
            "threshold": CONFIGURED_THRESHOLD,
            "fitted_on": f"tuning half (even ids) of {', '.join(p.name for p in args.dumps)}; "
            f"{len(fitted)} rows; L2 {l2}; precision target {args.precision} "
            f"({'reached' if reached else 'not reached'}); "
            f"raw threshold {t:.3f}; "
            f"{datetime.now(UTC).date().isoformat()}",
        }
        FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
