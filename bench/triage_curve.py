"""Urgent recall vs priority accuracy over the rounding-up thresholds, pooled over cross-validation by writer.

Usage: python bench/triage_curve.py [--folds 4]
Each fold refits both models on the other writers (as bench/triage_cv.py), then scores the held-out e-mails once
with the urgency net off and once with the second look always on, keeping per e-mail the urgency probability; the
curve is then replayed for every (second_look, urgent) pair without refitting. Prints one line per pair.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from triage_cv import fit_fold, fold_of  # noqa: E402

from bot.triage import judge  # noqa: E402
from bot.triage.corpus import RULES_SEEN, load_corpus  # noqa: E402
from bot.triage.learned import from_payload, load_models  # noqa: E402
from bot.triage.train import (  # noqa: E402
    CORPORA,
    _payload,
    _predict,
)

_NEAR = re.compile(r"\b(?:relpast|reltoday|reltomorrow)\b")


def _final(r: dict, t_urg: float, t_alt: float, t_type: float) -> str:
    """judge.round_up + judge.second_look replayed from the recorded facts."""
    if r["prio"] == "urgent":
        return "urgent"
    if r["alt"] and r["conf"] < t_alt:
        return "urgent"
    if r["type"] in judge.NO_GATE_TYPES and not (r["conf"] is not None and r["conf"] < t_type):
        return r["prio"]
    if r["gating"] or not _NEAR.search(r["dated"]):
        return r["prio"]
    return "urgent" if r["p"] >= t_urg else r["prio"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--folds", type=int, default=4)
    a = ap.parse_args(argv)
    shipped = load_models()
    if shipped is None:
        print("no model file: run python -m bot.triage.train")
        return 1
    th = shipped.thresholds
    examples = [e for d in CORPORA for e in load_corpus(d)]
    rows = []
    for k in range(a.folds):
        held = [e for e in examples if e.corpus not in RULES_SEEN and fold_of(e.group, a.folds) == k]
        train = [e for e in examples if e not in held]
        type_model, urgent = fit_fold(train, th)
        off = from_payload(_payload(type_model, urgent, {**th, "urgent": 1.1, "second_look": 0.0}, "", {}))
        on = from_payload(_payload(type_model, urgent, {**th, "urgent": 1.1, "second_look": 1.01}, "", {}))
        alts = [r.priority == "urgent" and r.needs_review for r in _predict(held, on)]
        for e, r, alt in zip(held, _predict(held, off), alts, strict=True):
            rows.append(
                {
                    "label": e.label["priority"],
                    "prio": r.priority,
                    "type": r.request_type,
                    "conf": r.confidence,
                    "gating": r.gating_date is not None,
                    "alt": alt,
                    "dated": (r.features or {}).get("dated", ""),
                    "p": judge.urgency_probability(off, r.features or {}, r),
                }
            )
    n_urg = sum(r["label"] == "urgent" for r in rows)
    print(f"{len(rows)} held-out e-mails, {n_urg} urgent; type_confidence {th['type_confidence']}")
    for t_alt in (0.0, 0.5, 0.6, 0.75, 0.9, 1.01):
        for t_urg in (1.1, 0.5, 0.3, 0.2, 0.15, 0.1, 0.05):
            got = [_final(r, t_urg, t_alt, th["type_confidence"]) for r in rows]
            rec = sum(g == "urgent" for g, r in zip(got, rows, strict=True) if r["label"] == "urgent")
            acc = sum(g == r["label"] for g, r in zip(got, rows, strict=True)) / len(rows)
            fp = sum(g == "urgent" and r["label"] != "urgent" for g, r in zip(got, rows, strict=True))
            print(
                f"second_look<{t_alt:<4} urgent>={t_urg:<4} urgent recall {rec}/{n_urg} = {rec / n_urg:.3f}  "
                f"priority {acc:.3f}  false urgent {fp}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
