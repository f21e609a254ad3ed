"""Fit the answer-confidence calibrator (logistic regression) on the development sets.

    .venv/bin/python bench/kb_eval.py ../shared/eval/kb_scenarios.jsonl --threshold 0 --dump /tmp/scen.jsonl
    .venv/bin/python bench/kb_eval.py ../shared/eval/kb_dev.jsonl --threshold 0 --dump /tmp/dev.jsonl
    .venv/bin/python bench/kb_calibrate.py /tmp/scen.jsonl /tmp/dev.jsonl [--precision 0.95] [--rows all|tune]
                                           [--write]

With --threshold 0 every question is answered, so each dump row says whether the composed answer holds the
expected text ("hit1", the label); unanswerable questions are negatives. Curated answers are left out (their
confidence comes from the curated match), and so are the rows the answer policy holds back whatever the
confidence (a name the knowledge base never mentions, no answer of the kind asked: "answered" false in the dump).
Features: bot/knowledge/calibration.FEATURES.
The fit uses every row (--rows all, the default) or the tuning half (even ids; the other half is then printed as
held out). The operating threshold is the lowest at which the fitted rows' out-of-fold confidences (5 folds) give
answers right >= --precision; --write stores the coefficients in bot/knowledge/calibration.json with the
intercept shifted so that this threshold reads as the configured 0.80. Each dump file (one writer) is then left
out in turn: a calibrator fitted and thresholded on the others judges it, the estimate for an unseen writer.
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
from bot.knowledge.calibration import FEATURES, FILE, OPTIONAL, without_optional  # noqa: E402

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
    """The L2 strength with the best held-out log-loss in a k-fold split of the fitted rows."""
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
    print("L2 by 5-fold log-loss:", {k: round(v, 4) for k, v in losses.items()})
    return min(losses, key=losses.get)


def probs(rows: list[dict], w: np.ndarray, features: tuple[str, ...] = FEATURES) -> np.ndarray:
    """Each row's confidence; 0 for a row the answer policy held back at threshold 0 (a name the knowledge base
    never mentions, no answer of the kind asked): no confidence answers it, so it is neither a right nor a wrong
    answer at any threshold."""
    x = np.array([[r.get(f, 0.0) for f in features] + [1.0] for r in rows])
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


def out_of_fold(rows: list[dict], l2: float, features: tuple[str, ...], folds: int = 5) -> np.ndarray:
    """Each row's confidence from a fit on the other folds' rows (rows split by position)."""
    fold = np.arange(len(rows)) % folds
    out = np.zeros(len(rows))
    for f in range(folds):
        train = [r for r, g in zip(rows, fold, strict=True) if g != f and r.get("answered", True)]
        x = np.array([[r.get(k, 0.0) for k in features] for r in train])
        w = fit(x, np.array([float(r["hit1"]) for r in train]), l2=l2, steps=5000)
        out[fold == f] = probs([r for r, g in zip(rows, fold, strict=True) if g == f], w, features)
    return out


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


def calibrate(
    rows: list[dict], precision: float, features: tuple[str, ...], l2: float | None = None
) -> tuple[np.ndarray, float, float, bool]:
    """(weights, L2, threshold, target reached): the fit on `rows` (those the answer policy lets through) and the
    threshold read off its out-of-fold confidences."""
    fitted = [r for r in rows if r.get("answered", True)]
    x = np.array([[r.get(f, 0.0) for f in features] for r in fitted])
    y = np.array([float(r["hit1"]) for r in fitted])
    l2 = l2 if l2 is not None else cv_l2(x, y)
    # The threshold is read off out-of-fold confidences: a fit's own rows look surer than new questions do (an
    # in-sample choice gave 0.95 on the tuning half and 0.92 on the held-out one).
    oof = out_of_fold(rows, l2, features)
    t, reached = choose_threshold(oof, np.array([bool(r["hit1"]) for r in rows]), precision)
    return fit(x, y, l2=l2), l2, t, reached


def leave_writer_out(rows: list[dict], precision: float, features: tuple[str, ...], l2: float) -> None:
    """Each development writer's questions judged by a calibrator fitted (and thresholded) on the others' only:
    the figure closest to a writer nobody has seen."""
    print("each writer left out (fitted on the others): threshold  answered  right  precision  hit@1  unans.-answered")
    total = np.zeros(4)
    for src in sorted({r["src"] for r in rows}):
        rest = [r for r in rows if r["src"] != src]
        mine = [r for r in rows if r["src"] == src]
        w, _, t, _ = calibrate(rest, precision, features, l2)
        a = probs(mine, w, features) >= t
        good = np.array([bool(r["hit1"]) for r in mine])
        una = np.array([bool(r["unanswerable"]) for r in mine])
        n = np.array([a.sum(), (a & good).sum(), (~una).sum(), (a & una).sum()])
        total += n
        print(
            f"   {src:<14} {t:.3f}  {n[0]:3d}  {n[1]:3d}  {n[1] / max(1, n[0]):.3f}  {n[1] / max(1, n[2]):.3f}  {n[3]}"
        )
    print(
        f"   {'all writers':<14}        {int(total[0]):3d}  {int(total[1]):3d}  {total[1] / max(1, total[0]):.3f}  "
        f"{total[1] / max(1, total[2]):.3f}  {int(total[3])}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dumps", nargs="+", type=Path)
    ap.add_argument("--precision", type=float, default=0.95)
    ap.add_argument("--l2", type=float, default=None, help="L2 strength (default: chosen by 5-fold CV)")
    ap.add_argument(
        "--rows", choices=("all", "tune"), default="all", help="fit on every row, or on the tuning half (even ids)"
    )
    ap.add_argument("--write", action="store_true", help=f"store the fit in {FILE.relative_to(ROOT)}")
    args = ap.parse_args()
    rows = [
        dict(json.loads(line), src=p.stem) for p in args.dumps for line in p.read_text().splitlines() if line.strip()
    ]
    rows = [r for r in rows if not r.get("curated") and "cosine" in r]
    chosen = rows if args.rows == "all" else [r for r in rows if half(r["id"]) == "tune"]
    held = [] if args.rows == "all" else [r for r in rows if half(r["id"]) != "tune"]
    # Two fits: with every signal, for passages the fact classifier knows (all bundled ones), and without the
    # optional signals, for those it does not (calibration.OPTIONAL).
    fits = {}
    for name, features in (("with", FEATURES), ("without", without_optional())):
        if name == "with":
            part = [r for r in chosen if all(f in r for f in OPTIONAL)]
            held_part = [r for r in held if all(f in r for f in OPTIONAL)]
        else:
            part, held_part = chosen, held
        print(f"===== {name} {', '.join(OPTIONAL)}: {len(part)} rows")
        fits[name] = (features, part, *report(part, held_part, rows, args, features))
    if args.write:
        data = stored(*fits["with"], args)
        data["without"] = stored(*fits["without"], args)
        FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {FILE.relative_to(ROOT)}")
    return 0


def report(chosen: list[dict], held: list[dict], rows: list[dict], args, features) -> tuple:
    w, l2, t, reached = calibrate(chosen, args.precision, features, args.l2)
    print("coefficients:", dict(zip(features, np.round(w[:-1], 3).tolist(), strict=True)), "bias", round(w[-1], 3))
    print(
        f"L2 {l2}; threshold for >= {args.precision:.0%} precision (out-of-fold confidences): {t:.3f}"
        + ("" if reached else " (NOT reached: the best precision answering at least half the rows)")
    )
    grid = sorted({round(t, 3), *np.round(np.arange(0.5, 0.96, 0.05), 2)})
    table(f"fitted rows ({args.rows}, in-sample)", chosen, probs(chosen, w, features), grid)
    if held:
        table("held-out", held, probs(held, w, features), grid)
    for src in sorted({r["src"] for r in rows}):
        sub = [r for r in chosen if r["src"] == src]
        table(f"{src} (in-sample)", sub, probs(sub, w, features), [round(t, 3)])
    leave_writer_out(chosen, args.precision, features, l2)
    return w, l2, t, reached


def stored(features, chosen, w, l2, t, reached, args) -> dict:
    """One fit as calibration.json keeps it, the intercept shifted so that p >= t <=> confidence >= the configured
    threshold."""
    logit = lambda v: math.log(v / (1 - v))  # noqa: E731
    shift = logit(CONFIGURED_THRESHOLD) - logit(min(max(t, 1e-6), 1 - 1e-6))
    fitted = [r for r in chosen if r.get("answered", True)]
    return {
        "features": list(features),
        "coef": [round(float(v), 4) for v in w[:-1]],
        "bias": round(float(w[-1] + shift), 4),
        "threshold": CONFIGURED_THRESHOLD,
        "fitted_on": f"{'all rows' if args.rows == 'all' else 'tuning half (even ids)'} of "
        f"{', '.join(p.name for p in args.dumps)}; {len(fitted)} rows; L2 {l2}; precision target {args.precision} "
        f"({'reached' if reached else 'not reached'}); raw threshold {t:.3f}; {datetime.now(UTC).date().isoformat()}",
    }


if __name__ == "__main__":
    raise SystemExit(main())
