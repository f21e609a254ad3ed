"""Evaluate the triage engine on a labelled corpus (default: ../shared/eval/triage_dev).

Usage: python bench/triage_eval.py [DIR] [--only FILE...] [--json OUT.jsonl] [--stages] [--model PATH]
       [--split validation|train]
Prints per-field accuracy, urgent recall, confusion matrices for request_type and priority and the mismatches
(file, field, expected, got; never message text). ``--stages`` adds the per-stage report: rules alone, the
learned request type, the rubric priority before and after rounding up, and the type model's calibration.
``--split`` keeps only that part of the by-writer split (bot.triage.corpus); ``--model`` evaluates another model
file (e.g. the training-part model written by ``python -m bot.triage.train --split-only --out PATH``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.triage import load_rules, triage_bytes  # noqa: E402
from bot.triage.corpus import RULES_SEEN, is_validation, writer_group  # noqa: E402
from bot.triage.learned import load_models  # noqa: E402

FIELDS = ("request_type", "level_of_care", "priority", "case_id", "member_id", "expedited")
DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "triage_dev"


def load_labels(d: Path) -> dict[str, dict]:
    labels = {}
    with open(d / "labels.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                x = json.loads(line)
                labels[x["file"]] = x
    return labels


def select(d: Path, labels: dict, only: set[str] | None, split: str | None) -> list[str]:
    names = [n for n in sorted(labels) if not only or n in only]
    if split:
        want = split == "validation"
        seen = d.name in RULES_SEEN  # the rules were written against it: never validation
        names = [
            n for n in names if (not seen and is_validation(writer_group((d / n).read_bytes(), labels[n]))) == want
        ]
    return names


def urgent_recall(preds: dict, labels: dict) -> tuple[int, int]:
    urgent = [n for n in preds if labels[n]["priority"] == "urgent"]
    return sum(preds[n]["priority"] == "urgent" for n in urgent), len(urgent)


def evaluate(
    d: Path, only: set[str] | None = None, model=True, split: str | None = None
) -> tuple[dict[str, float], list, dict]:
    rules = load_rules()
    labels = load_labels(d)
    preds = {}
    for name in select(d, labels, only, split):
        raw = (d / name).read_bytes()
        preds[name] = triage_bytes(raw, rules, models=model).to_json_dict(name)
    acc = {}
    mism = []
    for f in FIELDS:
        ok = 0
        for name, p in preds.items():
            if p[f] == labels[name][f]:
                ok += 1
            else:
                mism.append((name, f, labels[name][f], p[f]))
        acc[f] = ok / max(1, len(preds))
    return acc, mism, {"preds": preds, "labels": labels}


def confusion(preds: dict, labels: dict, field: str) -> str:
    cats = sorted({str(labels[n][field]) for n in preds} | {str(p[field]) for p in preds.values()})
    c = Counter((str(labels[n][field]), str(p[field])) for n, p in preds.items())
    w = max(len(x) for x in cats) + 2
    lines = [f"{field}: rows = expected, columns = got", " " * w + "".join(x[:8].rjust(9) for x in cats)]
    for e in cats:
        lines.append(e.ljust(w) + "".join(str(c[(e, g)] or ".").rjust(9) for g in cats))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--only", nargs="*", help="evaluate only these files")
    ap.add_argument("--json", help="write predictions as JSONL")
    ap.add_argument("--stages", action="store_true", help="per-stage report")
    ap.add_argument("--model", help="model file (default: the shipped one)")
    ap.add_argument("--split", choices=("validation", "train"), help="only this part of the by-writer split")
    a = ap.parse_args(argv)
    d = Path(a.dir)
    model = load_models(a.model) if a.model else True
    acc, mism, data = evaluate(d, set(a.only) if a.only else None, model, a.split)
    n = len(data["preds"])
    print(f"{n} e-mails from {d}" + (f" ({a.split} split)" if a.split else ""))
    for f, v in acc.items():
        print(f"  {f:15s} {v:.3f}")
    hit, tot = urgent_recall(data["preds"], data["labels"])
    print(f"  {'urgent recall':15s} {hit / max(1, tot):.3f} ({hit}/{tot})")
    review = sum(p["needs_review"] for p in data["preds"].values())
    print(f"  needs a human look: {review}/{n}")
    print()
    if a.stages:
        from triage_stages import stage_report  # bench/triage_stages.py

        print(stage_report(d, data["labels"], list(data["preds"]), a.model))
        print()
    print(confusion(data["preds"], data["labels"], "request_type"))
    print()
    print(confusion(data["preds"], data["labels"], "priority"))
    print()
    print(f"{len(mism)} mismatches:")
    for name, f, exp, got in mism:
        print(f"  {name:14s} {f:14s} expected={exp!s:20s} got={got!s}")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            for p in data["preds"].values():
                fh.write(json.dumps(p) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
