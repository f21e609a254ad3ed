"""Parse + classify throughput over the dev corpus, replicated (no persistence yet).

Usage: python bench/triage_speed.py [DIR] [-n 5000] [--model PATH | --rules-only]
Parse + rule stage + learned request type + urgency net, one e-mail at a time on one core (model loaded once).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.triage import load_rules, triage_bytes  # noqa: E402
from bot.triage.learned import load_models  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "triage_dev"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("-n", type=int, default=5000, help="messages to process (corpus replicated)")
    ap.add_argument("--model", help="model file (default: the shipped one)")
    ap.add_argument("--rules-only", action="store_true", help="without the learned models")
    a = ap.parse_args(argv)
    models = None if a.rules_only else load_models(a.model)
    if models is None and not a.rules_only:
        print("no model file: run python -m bot.triage.train")
        return 1
    files = sorted(Path(a.dir).glob("*.eml"))
    if not files:
        print(f"no .eml files in {a.dir}")
        return 1
    corpus = [f.read_bytes() for f in files]
    rules = load_rules()
    for raw in corpus[:20]:  # warm-up (regex caches, lazy tables)
        triage_bytes(raw, rules, models=models)
    t0, c0 = time.perf_counter(), time.process_time()
    errors = 0
    for i in range(a.n):
        errors += triage_bytes(corpus[i % len(corpus)], rules, models=models).error is not None
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    mb = sum(len(corpus[i % len(corpus)]) for i in range(a.n)) / 1e6
    what = "rules only" if a.rules_only else "rules + learned models"
    print(
        f"{a.n} e-mails ({mb:.1f} MB) in {elapsed:.2f}s: {a.n / elapsed:,.0f} emails/s wall, "
        f"{a.n / cpu:,.0f} emails/s per core by CPU time ({what}), {errors} errors"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
