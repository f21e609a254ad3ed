"""Train the shipped triage models reproducibly: ``python -m bot.triage.train [--out PATH] [--split-only]``.

1. Run the rule stage (no model) over the labelled corpora (``CORPORA``: ``../shared/eval/triage_train``,
   ``triage_dev`` and the blind development sets ``eval/dev2/triage`` and ``eval/dev3/triage``) to get feature
   documents.
2. Split by writer (bot.triage.corpus), fit the request-type model on the training part, pick C and the
   confidence threshold on validation; then fit the urgency net and pick its threshold on validation
   (urgent recall first, then priority accuracy).
3. Print the validation figures, then refit both models on all the data with the chosen settings and write
   the shipped file (``--split-only`` writes the training-part models instead, for honest re-evaluation with
   ``bench/triage_eval.py --model``). Deterministic: fixed solver, no random state involved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from .corpus import Example, data_sha256, in_validation, load_corpus
from .features import urgency_document
from .learned import FORMAT, MODEL_PATH, FieldSpec, TriageModels, from_payload
from .rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [
    ROOT.parent / "shared" / "eval" / "triage_train",
    ROOT.parent / "shared" / "eval" / "triage_dev",
    # 240 e-mails by writers who saw only the rubric (writer:<name> tags); in the repository, not in shared/
    ROOT / "eval" / "dev2" / "triage",
    # 240 more by a third writer (writer:w3-<name>), measured fresh on the dev2-trained model first
    ROOT / "eval" / "dev3" / "triage",
]
TYPE_FIELDS = [
    FieldSpec("current", "word", (1, 2), 3000),
    FieldSpec("current", "char", (3, 5), 1200),
    FieldSpec("top", "word", (1, 2), 3000),
    FieldSpec("subject", "word", (1, 2), 300),
    FieldSpec("subject", "char", (3, 5), 300),
    FieldSpec("thread", "word", (1, 1), 4000),
    FieldSpec("facts", "word", (1, 1), 2000),
    FieldSpec("rule", "word", (1, 1), 200),
    FieldSpec("rule", "word", (1, 1), 200),
]
URGENT_FIELDS = [
    FieldSpec("dated", "word", (1, 3), 5000),
    FieldSpec("current", "word", (1, 2), 3000),
    FieldSpec("subject", "word", (1, 2), 300),
    FieldSpec("thread", "word", (1, 2), 4000),
    FieldSpec("current", "char", (3, 5), 1200),
    FieldSpec("top", "word", (1, 2), 3000),
    FieldSpec("facts", "word", (1, 1), 2000),
]
C_GRID = (1.0, 3.0, 10.0, 30.0)
C_URGENT = (1.0, 3.0, 10.0)


def _terms(spec: FieldSpec):
    def analyze(text: str) -> list[str]:
        return spec.terms({spec.field: text})

    return analyze


def fit(docs: list[dict], y: list[str], specs: list[FieldSpec], c: float) -> dict:
    """TF-IDF per field + logistic regression; returns the exported (scikit-learn-free) model dict."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    mats, fields, offset = [], [], 0
    for spec in specs:
        vec = TfidfVectorizer(analyzer=_terms(spec), sublinear_tf=True, min_df=2, dtype=np.float64)  # type: ignore[arg-type]  # sklearn accepts a callable
        mats.append(vec.fit_transform([d.get(spec.field, "") for d in docs]))
        vocab = {t: int(i) for t, i in vec.vocabulary_.items()}
        fields.append(
            {
                "field": spec.field,
                "analyzer": spec.analyzer,
                "ngram": list(spec.ngram),
                "max_chars": spec.max_chars,
                "vocab": vocab,
                "idf": np.asarray(vec.idf_, dtype=np.float32),
                "offset": offset,
            }
        )
        offset += len(vocab)
    clf = LogisticRegression(C=c, max_iter=5000, solver="lbfgs")
    clf.fit(hstack(mats).tocsr(), y)
    return {
        "classes": [str(x) for x in clf.classes_],
        "fields": fields,
        "coef": np.asarray(clf.coef_, dtype=np.float32),
        "intercept": np.asarray(clf.intercept_, dtype=np.float32),
    }


def _rule_docs(examples: list[Example]) -> list[dict]:
    from .classify import triage_bytes

    rules = load_rules()
    return [triage_bytes(e.raw, rules, models=None).features or {} for e in examples]


def _payload(type_model: dict, urgent_model: dict | None, thresholds: dict, sha: str, meta: dict) -> dict:
    models = {"request_type": type_model, "urgent": urgent_model}
    return {"format": FORMAT, "models": models, "thresholds": thresholds, "data_sha256": sha, "meta": meta}


def _predict(examples: list[Example], tm: TriageModels) -> list:
    from .classify import triage_bytes

    rules = load_rules()
    return [triage_bytes(e.raw, rules, models=tm) for e in examples]


def _urgent_docs(examples: list[Example], tm: TriageModels) -> list[dict]:
    out = []
    for r in _predict(examples, tm):
        doc = r.features or {}
        out.append(urgency_document(doc, r.request_type, r.priority, r.expedited, r.gating_date))
    return out


def scores(examples: list[Example], preds: list) -> dict[str, float]:
    n = max(1, len(examples))
    acc = {
        f: sum(p.to_json_dict("")[f] == e.label[f] for e, p in zip(examples, preds, strict=True)) / n
        for f in ("request_type", "level_of_care", "priority", "case_id", "member_id", "expedited")
    }
    urg = [(e, p) for e, p in zip(examples, preds, strict=True) if e.label["priority"] == "urgent"]
    acc["urgent_recall"] = sum(p.priority == "urgent" for _, p in urg) / max(1, len(urg))
    return acc


def train(examples: list[Example], held: list[Example], log=print) -> tuple[dict, dict, dict]:
    """Fit on ``examples``, choose settings on ``held``; returns (type model, urgent model, thresholds)."""
    docs, ys = _rule_docs(examples), [e.label["request_type"] for e in examples]
    hdocs = _rule_docs(held)
    best = None
    for c in C_GRID:
        m = fit(docs, ys, TYPE_FIELDS, c)
        tm = from_payload(_payload(m, None, {}, "", {}))
        acc = sum(
            max(p := tm.request_type.proba(d), key=p.__getitem__) == e.label["request_type"]
            for d, e in zip(hdocs, held, strict=True)
        ) / max(1, len(held))
        log(f"  request type C={c:<5} validation accuracy {acc:.3f}")
        if best is None or acc > best[0]:
            best = (acc, c, m)
    assert best is not None, "C_GRID is empty"
    _, c_type, type_model = best
    # The urgency net learns from what the rubric decided given the (learned) type.
    tm = from_payload(_payload(type_model, None, {}, "", {}))
    udocs = _urgent_docs(examples, tm)
    uy = ["1" if e.label["priority"] == "urgent" else "0" for e in examples]
    best_u = None
    for c_u in C_URGENT:
        urgent_model = fit(udocs, uy, URGENT_FIELDS, c_u)
        th, key = choose_thresholds(held, type_model, urgent_model, log)
        log(f"  urgency net C={c_u}: {th}")
        if best_u is None or key > best_u[0]:
            best_u = (key, {**th, "C_type": c_type, "C_urgent": c_u}, urgent_model)
    assert best_u is not None, "C_URGENT is empty"
    return type_model, best_u[2], best_u[1]


# Rounding-up thresholds fixed from the pooled 4-fold cross-validation by writer (bench/triage_curve.py prints
# the whole trade-off): 90 validation e-mails hold ~20 urgent ones, too few to choose a recall threshold on.
# urgent: the urgency net's probability that makes an e-mail urgent; second_look: below this confidence, an
# other/discharge notice whose runner-up type the rubric calls urgent is rounded up (judge.second_look).
# Re-read on 720 e-mails (triage_train + dev2, 158 urgent): second_look 0.5 → 0.75 at urgent 0.15 raises urgent
# recall 153 → 155/158 and priority 0.838 → 0.840 with no more false urgents (42). 0.9 would give 156/158 but
# three more false urgents (an acknowledgement above an old urgent request is read "other" at ~0.89);
# urgent 0.1 would reach 157-158/158 at priority ~0.82.
ROUND_UP_POLICY = {"urgent": 0.15, "second_look": 0.75}
MAX_PRIORITY_COST = 0.05  # accuracy the urgency net may cost priority (vs no net) to buy urgent recall


def choose_thresholds(
    held: list[Example], type_model: dict, urgent_model: dict, log=print, verbose=lambda _: None
) -> tuple[dict, tuple]:
    """Highest urgent recall that costs priority accuracy at most MAX_PRIORITY_COST (recall matters most, but
    an alert that cries urgent on every e-mail is ignored); then the best priority; ties to the higher threshold.
    """
    best = None
    for t_type in (0.3, 0.4):  # policy: an unsure type is always looked at; validation picks the level
        base = None
        for t_urg in (1.1, 0.7, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.12, 0.1, 0.08, 0.05):
            th = {"type_confidence": t_type, "urgent": t_urg}
            tm = from_payload(_payload(type_model, urgent_model, th, "", {}))
            s = scores(held, _predict(held, tm))
            base = s["priority"] if base is None else base
            verbose(f"    type<{t_type} urgent>={t_urg}: priority {s['priority']:.3f} recall {s['urgent_recall']:.3f}")
            key = (s["priority"] >= base - MAX_PRIORITY_COST - 1e-9, s["urgent_recall"], s["priority"], t_urg, -t_type)
            if best is None or key > best[0]:
                best = (key, th, s)
    log(f"  thresholds {best[1]}: priority {best[2]['priority']:.3f}, urgent recall {best[2]['urgent_recall']:.3f}")
    return dict(best[1]), best[0]


def main(argv: list[str] | None = None) -> int:
    import joblib

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--split-only", action="store_true", help="ship the training-part model (for evaluation)")
    a = ap.parse_args(argv)
    examples = [e for d in CORPORA for e in load_corpus(d)]
    train_part = [e for e in examples if not in_validation(e)]
    val_part = [e for e in examples if in_validation(e)]
    print(f"{len(examples)} labelled e-mails; by writer: train {len(train_part)}, validation {len(val_part)}")
    type_model, urgent_model, th = train(train_part, val_part)
    th.update(ROUND_UP_POLICY)
    tm = from_payload(_payload(type_model, urgent_model, th, "", {}))
    s = scores(val_part, _predict(val_part, tm))
    print("validation (unseen writers): " + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))
    sha = data_sha256(CORPORA)
    meta = {"train": len(train_part), "validation": len(val_part), "validation_scores": s}
    if not a.split_only:
        docs = _rule_docs(examples)
        type_model = fit(docs, [e.label["request_type"] for e in examples], TYPE_FIELDS, th["C_type"])
        tm_all = from_payload(_payload(type_model, None, {}, "", {}))
        uy = ["1" if e.label["priority"] == "urgent" else "0" for e in examples]
        urgent_model = fit(_urgent_docs(examples, tm_all), uy, URGENT_FIELDS, th["C_urgent"])
        meta["fitted_on"] = "all"
    else:
        meta["fitted_on"] = "train split"
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(_payload(type_model, urgent_model, th, sha, meta), out, compress=3)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB), data sha256 {sha[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
