"""Per-stage triage report (used by ``bench/triage_eval.py --stages``); prints figures, never message text.

Stages, each scored against the labels:
1. parse: e-mails with a parse flag, segments per e-mail;
2. rules alone (no learned model): request type, level of care, ids, expedited, priority; and the same with the
   context stage switched off (every mention asserted), which shows what the context stage adds;
3. learned request type (+ its calibration: mean confidence vs accuracy per confidence band);
4. rubric priority from the learned type, before rounding up;
5. after rounding up (the shipped thresholds): priority, urgent recall, how many need a human look.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from unittest import mock

from bot.triage import context, load_rules, parse_message, triage_bytes
from bot.triage.learned import load_models

FIELDS = ("request_type", "level_of_care", "priority", "case_id", "member_id", "expedited")


def _acc(preds: list[dict], labs: list[dict], field: str) -> float:
    return sum(p[field] == x[field] for p, x in zip(preds, labs, strict=True)) / max(1, len(preds))


def _recall(preds: list[dict], labs: list[dict]) -> str:
    urg = [p for p, x in zip(preds, labs, strict=True) if x["priority"] == "urgent"]
    hit = sum(p["priority"] == "urgent" for p in urg)
    return f"{hit / max(1, len(urg)):.3f} ({hit}/{len(urg)})"


def stage_report(d: Path, labels: dict, names: list[str], model_path: str | None = None) -> str:
    rules = load_rules()
    tm = load_models(model_path)
    labs = [labels[n] for n in names]
    raws = [(d / n).read_bytes() for n in names]
    out = ["per-stage report"]
    parsed = [parse_message(r) for r in raws]
    flagged = sum(bool(p.flags) for p in parsed)
    segs = sum(len(p.segments) for p in parsed) / max(1, len(parsed))
    out.append(f"  1 parse: {flagged}/{len(parsed)} with parse flags, {segs:.2f} messages per e-mail")
    rule = [triage_bytes(r, rules, models=None).to_json_dict("") for r in raws]
    out.append(
        "  2 rules alone: "
        + ", ".join(f"{f} {_acc(rule, labs, f):.3f}" for f in FIELDS)
        + f", urgent recall {_recall(rule, labs)}"
    )
    with mock.patch.object(context, "contexts", lambda _text, spans, _categories=(): [frozenset()] * len(spans)):
        bare = [triage_bytes(r, rules, models=None).to_json_dict("") for r in raws]
    out.append(
        "     without the context stage: "
        + ", ".join(f"{f} {_acc(bare, labs, f):.3f}" for f in ("level_of_care", "priority", "expedited"))
        + f", urgent recall {_recall(bare, labs)}"
    )
    if tm is None:
        out.append("  (no model file: stages 3-5 skipped)")
        return "\n".join(out)
    plain = dataclasses.replace(tm, thresholds={"type_confidence": 0.0, "urgent": 1.1})
    learned = [triage_bytes(r, rules, models=plain).to_json_dict("") for r in raws]
    out.append(f"  3 learned request type: {_acc(learned, labs, 'request_type'):.3f}")
    for lo, hi in ((0.0, 0.5), (0.5, 0.8), (0.8, 0.95), (0.95, 1.01)):
        band = [(p, x) for p, x in zip(learned, labs, strict=True) if lo <= (p["confidence"] or 0) < hi]
        if band:
            conf = sum(p["confidence"] for p, _ in band) / len(band)
            ok = sum(p["request_type"] == x["request_type"] for p, x in band) / len(band)
            out.append(
                f"      confidence {lo:.2f}-{min(hi, 1):.2f}: n={len(band):3d} mean conf {conf:.3f} accuracy {ok:.3f}"
            )
    out.append(
        f"  4 rubric priority (learned type, no rounding): priority {_acc(learned, labs, 'priority'):.3f}, "
        f"urgent recall {_recall(learned, labs)}, level of care {_acc(learned, labs, 'level_of_care'):.3f}"
    )
    final = [triage_bytes(r, rules, models=tm).to_json_dict("") for r in raws]
    review = sum(p["needs_review"] for p in final)
    out.append(
        f"  5 rounded up {tm.thresholds}: priority {_acc(final, labs, 'priority'):.3f}, "
        f"urgent recall {_recall(final, labs)}, needs a human look {review}/{len(final)}"
    )
    return "\n".join(out)
