"""Evaluate the triage engine on a labelled corpus (default: ../shared/eval/triage_dev).

Usage: python bench/triage_eval.py [DIR] [--only FILE...] [--json OUT.jsonl]
Prints per-field accuracy, confusion matrices for request_type and priority and the mismatches
(file, field, expected, got; never message text).
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


def evaluate(d: Path, only: set[str] | None = None) -> tuple[dict[str, float], list, dict]:
    rules = load_rules()
    labels = load_labels(d)
    preds = {}
    for name in sorted(labels):
        if only and name not in only:
            continue
        raw = (d / name).read_bytes()
        preds[name] = triage_bytes(raw, rules).to_json_dict(name)
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
    a = ap.parse_args(argv)
    d = Path(a.dir)
    acc, mism, data = evaluate(d, set(a.only) if a.only else None)
    n = len(data["preds"])
    print(f"{n} e-mails from {d}")
    for f, v in acc.items():
        print(f"  {f:15s} {v:.3f}")
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
