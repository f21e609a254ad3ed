"""Knowledge-base answer quality on a JSONL question set.

    .venv/bin/python bench/kb_eval.py [FILE] [--split] [--by-style] [--dump OUT.jsonl] [--threshold T]
                                      [--database-url URL]
                                      [--verbose]

FILE defaults to ../shared/eval/kb_dev.jsonl (relative to the repository root). Each line:
{"id", "question", "must_contain_any": [...], "topic", "citation", "expect_no_answer"}; an empty
must_contain_any (or expect_no_answer true) means the question is unanswerable and must not be answered.
Questions go through the same code path as `pscbot ask` (fresh database, migrated, bundled KB loaded).

Metrics (answerable questions for hit@k and refusals; unanswerable ones for correct refusals):
  hit@1                the bot answered and the answer text contains one of must_contain_any
  hit@3                the answer or one of the top-3 passages contains one of them, answered or not
  refused              answerable questions the bot did not answer (a "These may help" card counts here)
  unanswerable refused unanswerable questions not answered
  confident and wrong  answered (confidence >= threshold) but the answer holds none of the expected text,
                       plus unanswerable questions that were answered
--split also prints the figures for even ids (the tuning half) and odd ids (held out) separately; --by-style for
each question style the file gives (case stories, chat questions).
--dump writes one line per question with the confidence signals (for bench/kb_calibrate.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
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


def half(item_id: str) -> str:
    """ "tune" for even numeric ids, "held-out" for odd ones."""
    digits = re.findall(r"\d+", str(item_id))
    return "tune" if digits and int(digits[-1]) % 2 == 0 else "held-out"


def unanswerable(item: dict) -> bool:
    return bool(item.get("expect_no_answer")) or not item.get("must_contain_any")


def summarize(rows: list[dict]) -> str:
    ans = [r for r in rows if not r["unanswerable"]]
    una = [r for r in rows if r["unanswerable"]]
    n = max(1, len(ans))
    hit1 = sum(r["hit1"] for r in ans)
    hit3 = sum(r["hit3"] for r in ans)
    refused = sum(not r["answered"] for r in ans)
    wrong = sum(r["answered"] and not r["hit1"] for r in ans) + sum(r["answered"] for r in una)
    answered = sum(r["answered"] for r in rows)
    right = sum(r["hit1"] for r in ans)
    precision = f"{right / answered:.3f}" if answered else "n/a"
    return (
        f"{len(rows)} questions ({len(ans)} answerable, {len(una)} unanswerable)  "
        f"hit@1 {hit1 / n:.3f}  hit@3 {hit3 / n:.3f}  refused {refused}/{len(ans)}  "
        f"unanswerable refused {sum(not r['answered'] for r in una)}/{len(una)}  "
        f"confident and wrong {wrong}  (answered right {precision})"
    )


async def run(
    path: Path,
    database_url: str,
    verbose: bool,
    split: bool,
    dump: Path | None,
    threshold: float | None = None,
    by_style: bool = False,
) -> int:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    settings = Settings.from_env().replace(database_url=database_url)
    rows: list[dict] = []
    misses: list[str] = []
    async with open_knowledge(settings) as service:
        if threshold is not None:
            service.threshold = threshold
        for item in items:
            ans = await service.ask(item["question"])
            keys = item.get("must_contain_any") or []
            ids = [r.section_id for r in ans.sections[:3]]
            async with service.db.session() as s:
                found = dict((await s.execute(select(KbSection.id, KbSection.text).where(KbSection.id.in_(ids)))).all())
            texts = [found.get(i, "") for i in ids]
            row = {
                "id": item.get("id"),
                "style": item.get("style") or "",
                "unanswerable": unanswerable(item),
                "answered": ans.answered,
                "hit1": bool(keys) and ans.answered and _contains(ans.answer, keys),
                "hit3": bool(keys) and (_contains(ans.answer, keys) or any(_contains(t, keys) for t in texts)),
                # Whether the best passage (or curated answer) holds the fact, answered or not: calibration's label.
                "top1": bool(keys)
                and (_contains(ans.answer, keys) if ans.answered else bool(texts) and _contains(texts[0], keys)),
                "confidence": ans.confidence,
                "curated": ans.curated_id is not None,
                "fact_ids": list(ans.fact_ids),
                **ans.signals,
            }
            rows.append(row)
            if row["unanswerable"] and ans.answered:
                misses.append(f"  [should refuse] {row['id']}: conf {ans.confidence:.2f}: {ans.answer[:160]!r}")
            elif not row["unanswerable"] and not row["hit1"]:
                misses.append(
                    f"  [miss{'' if row['hit3'] else ' @3'}] {row['id']}: "
                    f"{'answered' if ans.answered else 'REFUSED'} conf {ans.confidence:.2f} "
                    f"[{ans.title}]: {ans.answer[:160]!r}"
                )
            elif verbose:
                print(f"  [ok] {row['id']} conf {ans.confidence:.2f}: {ans.answer[:120]!r}")
        threshold = service.threshold
    print(f"file: {path.name}  threshold {threshold:.2f}")
    print("all:      " + summarize(rows))
    if split:
        for name in ("tune", "held-out"):
            print(f"{name + ':':<10}" + summarize([r for r in rows if half(r["id"]) == name]))
    if by_style:
        for style in sorted({r["style"] for r in rows if r["style"]}):
            print(f"{style + ':':<10}" + summarize([r for r in rows if r["style"] == style]))
    if misses:
        print("misses:")
        print("\n".join(misses))
    if dump:
        dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "kb_dev.jsonl"))
    parser.add_argument(
        "--database-url", default=None, help="database to use (default: a throwaway SQLite file, bundled KB loaded)"
    )
    parser.add_argument("--split", action="store_true", help="also report even ids (tune) and odd ids (held out)")
    parser.add_argument("--dump", type=Path, default=None, help="write per-question signals as JSONL")
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="answer at this confidence instead of the service's (0: answer everything, to "
        "label every question for bench/kb_calibrate.py)",
    )
    parser.add_argument(
        "--by-style", action="store_true", help="also report each question style (story, chat) given in the file"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss (and every hit)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/kb_eval.db"
        return asyncio.run(
            run(Path(args.file), url, args.verbose, args.split, args.dump, args.threshold, args.by_style)
        )


if __name__ == "__main__":
    raise SystemExit(main())
