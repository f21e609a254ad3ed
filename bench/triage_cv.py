"""Cross-validation by writer over every corpus but ``triage_dev``: every writer group is held out once.

Usage: python bench/triage_cv.py [--folds 4]
Each fold refits both models (the shipped C values and thresholds) on all other e-mails (``triage_dev`` always
trains) and scores the held-out writers; prints per-fold and pooled figures next to the rule stage alone, then
the pooled figures per corpus. Writer groups are per corpus (``voice:`` tags in triage_train, ``writer:`` in
dev2), so a fold holds whole writers of every corpus.
The thresholds were chosen on fold 0 (the validation split), so fold 0 is slightly optimistic.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.triage import load_rules, triage_bytes  # noqa: E402
from bot.triage.corpus import RULES_SEEN, load_corpus  # noqa: E402
from bot.triage.learned import from_payload, load_models  # noqa: E402
from bot.triage.train import (  # noqa: E402
    CORPORA,
    TYPE_FIELDS,
    URGENT_FIELDS,
    _payload,
    _predict,
    _rule_docs,
    _urgent_docs,
    fit,
    scores,
)


def fold_of(group: str, folds: int) -> int:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % folds


def fit_fold(train: list, th: dict) -> tuple:
    """The shipped recipe on one fold's training part: the request type, then the urgency net given that type."""
    type_model = fit(_rule_docs(train), [e.label["request_type"] for e in train], TYPE_FIELDS, th["C_type"])
    tm_type = from_payload(_payload(type_model, None, {}, "", {}))
    uy = ["1" if e.label["priority"] == "urgent" else "0" for e in train]
    return type_model, fit(_urgent_docs(train, tm_type), uy, URGENT_FIELDS, th["C_urgent"])


def _recall_line(examples: list, preds: list) -> None:
    urgent = [p for e, p in zip(examples, preds, strict=True) if e.label["priority"] == "urgent"]
    print(
        f"  urgent recall {sum(p.priority == 'urgent' for p in urgent)}/{len(urgent)}; "
        f"needs a human look {sum(p.needs_review for p in preds)}/{len(preds)}"
    )


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
    rules = load_rules()
    pooled_ex, pooled_model, pooled_rules = [], [], []
    for k in range(a.folds):
        held = [e for e in examples if e.corpus not in RULES_SEEN and fold_of(e.group, a.folds) == k]
        train = [e for e in examples if e not in held]
        type_model, urgent = fit_fold(train, th)
        tm = from_payload(_payload(type_model, urgent, th, "", {}))
        preds = _predict(held, tm)
        base = [triage_bytes(e.raw, rules, models=None) for e in held]
        s, r = scores(held, preds), scores(held, base)
        print(f"fold {k}: {len(held)} held-out e-mails, {len({e.group for e in held})} writers")
        print("  model: " + ", ".join(f"{f} {v:.3f}" for f, v in s.items()))
        print("  rules: " + ", ".join(f"{f} {v:.3f}" for f, v in r.items()))
        pooled_ex += held
        pooled_model += preds
        pooled_rules += base
    print(f"pooled over {len(pooled_ex)} held-out e-mails")
    print("  model: " + ", ".join(f"{f} {v:.3f}" for f, v in scores(pooled_ex, pooled_model).items()))
    print("  rules: " + ", ".join(f"{f} {v:.3f}" for f, v in scores(pooled_ex, pooled_rules).items()))
    _recall_line(pooled_ex, pooled_model)
    for name in sorted({e.corpus for e in pooled_ex}):
        idx = [i for i, e in enumerate(pooled_ex) if e.corpus == name]
        ex, pm = [pooled_ex[i] for i in idx], [pooled_model[i] for i in idx]
        print(f"pooled, {name} only ({len(ex)} e-mails, {len({e.group for e in ex})} writers)")
        print("  model: " + ", ".join(f"{f} {v:.3f}" for f, v in scores(ex, pm).items()))
        _recall_line(ex, pm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
