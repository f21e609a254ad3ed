"""Knowledge-base answer quality on a JSONL question set.

    .venv/bin/python bench/kb_eval.py [FILE] [--database-url URL] [--verbose]

FILE defaults to ../shared/eval/kb_dev.jsonl (relative to the repository root). Each line:
{"id", "question", "must_contain_any": [...]} — an empty list means the question must be refused.
Questions go through the same code path as `pscbot ask` (fresh database, migrated, bundled KB loaded).

Metrics (answerable questions only for hit@k; refusal items for refusal accuracy):
  hit@1    the answer text contains one of must_contain_any (case-insensitive) and the bot answered
  hit@3    any of the top-3 ranked sections' text (or the answer text) contains one of them, answered or not
  refusal  share of answerable questions that were refused (lower is better)
  off-topic refused  share of must-refuse questions that were refused (higher is better)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.knowledge.cli import open_knowledge  # noqa: E402
from bot.knowledge.models import KbSection  # noqa: E402


def _contains(text: str, needles: list[str]) -> bool:
    low = text.lower()
    return any(n.lower() in low for n in needles)


async def run(path: Path, database_url: str, verbose: bool) -> int:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    settings = Settings.from_env().replace(database_url=database_url)
    answerable = [i for i in items if i.get("must_contain_any")]
    refusable = [i for i in items if not i.get("must_contain_any")]
    hit1 = hit3 = refused = refused_ok = 0
    misses: list[str] = []
    async with open_knowledge(settings) as service:
        for item in items:
            ans = await service.ask(item["question"])
            keys = item.get("must_contain_any") or []
            if not keys:
                if not ans.answered:
                    refused_ok += 1
                else:
                    misses.append(
                        f"  [should refuse] {item.get('id')}: {item['question']!r} -> conf "
                        f"{ans.confidence:.2f}: {ans.answer[:160]!r}"
                    )
                continue
            ids = [r.section_id for r in ans.sections[:3]]
            async with service.db.session() as s:
                texts = (await s.execute(select(KbSection.text).where(KbSection.id.in_(ids)))).scalars().all()
            h1 = ans.answered and _contains(ans.answer, keys)
            h3 = _contains(ans.answer, keys) or any(_contains(t, keys) for t in texts)
            hit1 += h1
            hit3 += h3
            refused += not ans.answered
            if not h1:
                misses.append(
                    f"  [miss{'' if h3 else ' @3'}] {item.get('id')}: {item['question']!r} -> "
                    f"{'answered' if ans.answered else 'REFUSED'} conf {ans.confidence:.2f} "
                    f"[{ans.title}]: {ans.answer[:200]!r}"
                )
            elif verbose:
                print(f"  [ok] {item.get('id')} conf {ans.confidence:.2f}: {ans.answer[:120]!r}")
    n = max(1, len(answerable))
    print(f"questions: {len(items)} ({len(answerable)} answerable, {len(refusable)} must-refuse)")
    print(
        f"hit@1: {hit1 / n:.3f}  hit@3: {hit3 / n:.3f}  refusal rate (answerable): {refused / n:.3f}  "
        f"off-topic refused: {refused_ok}/{len(refusable)}"
    )
    if misses:
        print("misses:")
        print("\n".join(misses))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "kb_dev.jsonl"))
    parser.add_argument(
        "--database-url",
        default=None,
        help="database to use (default: a throwaway SQLite file, bundled KB loaded)",
    )
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/kb_eval.db"
        return asyncio.run(run(Path(args.file), url, args.verbose))


if __name__ == "__main__":
    raise SystemExit(main())
