"""Embed the example questions (data/kb_examples/*.jsonl) into bot/knowledge/examples.npz.

    .venv/bin/python scripts/kb_examples.py            # say whether examples.npz is current
    .venv/bin/python scripts/kb_examples.py --write    # rebuild it

Run --write after editing a source file or the lexicon's abbreviations (questions are embedded with them spelled
out, as at question time); tests/unit/knowledge/test_examples.py fails while the file is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT.parent / "shared" / "domain" / "FACTS.md"
sys.path.insert(0, str(ROOT))

from bot.knowledge import example_data, examples  # noqa: E402
from bot.knowledge.embed import get_embedder  # noqa: E402
from bot.knowledge.text import load_lexicon  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="rebuild bot/knowledge/examples.npz")
    args = parser.parse_args()
    sources = example_data.digest()
    rows = example_data.read()
    facts = sorted({e.fact for e in rows})
    print(f"{len(rows)} example questions for {len(facts)} facts from {len(example_data.source_files())} files")
    if not args.write:
        index = examples.load()
        current = index is not None and examples.stored_digest() == sources
        print("examples.npz is current" if current else "examples.npz is STALE: run with --write")
        return 0 if current else 1
    # Which facts restate which (FACTS.md's corrections cite the fact they correct), when FACTS.md is at hand.
    restates = example_data.restatements(FACTS.read_text(encoding="utf-8"), set(facts)) if FACTS.exists() else []
    print(f"{len(restates)} restatements from {FACTS}" if FACTS.exists() else f"no {FACTS}: no restatements")
    story, ask = example_data.embed(rows, load_lexicon(), get_embedder())
    example_data.write(examples.FILE, rows, story, ask, sources, restates)
    print(f"wrote {examples.FILE.relative_to(ROOT)} ({examples.FILE.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
