"""Criteria review on SQLite: p50/p95 of each step (open, save, send to MD, decide) and the size of the cards
the bot sends for it (Teams' message limit is about 100 KB; the card tests keep every card under 28 KB).

    .venv/bin/python bench/review_bench.py [--reviews 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.cases.api import validate_case  # noqa: E402
from bot.cases.service import CaseService  # noqa: E402
from bot.review import decide as D  # noqa: E402
from bot.review.criteria import catalog_for  # noqa: E402
from bot.review.notice import denial_notice  # noqa: E402
from bot.review.service import ReviewChanges, ReviewService, Who  # noqa: E402
from bot.storage.db import Database  # noqa: E402
from bot.storage.migrate import upgrade  # noqa: E402
from cards.review import md_card, review_card  # noqa: E402
from cards.review_outcome import decision_card  # noqa: E402

TZ = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
PSC = Who("u-psc", "Nurse One", ("coordinator",), "k-psc")
MD = Who("u-md", "Dr. Synthetic", ("coordinator", "medical_director"), "k-md")
NOTE = "Synthetic evidence note with a page reference and some detail. " * 7  # ~450 characters


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def run(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/bench.db")
        await upgrade(db)
        cases = CaseService(db, TZ)
        svc = ReviewService(db, cases, catalog_for(), TZ)
        timings: dict[str, list[float]] = {"open": [], "save": [], "send": [], "decide": []}
        for i in range(n):
            case_id = f"2026{i:06d}"
            inp, _ = validate_case(
                {
                    "case_id": case_id,
                    "member_id": f"M{i:09d}",
                    "level_of_care": "IRF",
                    "request_type": "initial",
                    "status": "new",
                    "received_at": (NOW - timedelta(hours=2)).isoformat(),
                }
            )
            await cases.upsert(inp, now=NOW)
            t0 = time.perf_counter()
            review = await svc.open(case_id, PSC, now=NOW)
            t1 = time.perf_counter()
            findings = {c.id: {"finding": "met", "note": NOTE, "page": "12"} for c in svc.checklist(review)}
            findings["irf.intensity"]["finding"] = "not_met"
            await svc.save(review.id, ReviewChanges(findings=findings, summary=NOTE * 4), PSC, now=NOW)
            t2 = time.perf_counter()
            await svc.send_to_md(review.id, PSC, "k-md", now=NOW)
            t3 = time.perf_counter()
            result = await D.decide(svc, review.id, "denied", MD, criteria=["irf.intensity"], reasons=NOTE, now=NOW)
            t4 = time.perf_counter()
            for key, a, b in (("open", t0, t1), ("save", t1, t2), ("send", t2, t3), ("decide", t3, t4)):
                timings[key].append((b - a) * 1000)
        case = await cases.get(case_id)
        items = svc.checklist(result.review)
        notice = denial_notice(
            case_id=case_id,
            criteria_ids=["irf.intensity"],
            reasons_text=NOTE,
            decided_by=MD.name,
            decided_at=NOW,
            notice_date=NOW.date(),
            catalog=svc.catalog,
            tz=TZ,
        )
        draft_view = await svc.get(result.review.id)
        draft_view.status = "draft"
        sizes = {
            "review card (11 items, full notes)": review_card(case, draft_view, items, NOW, TZ),
            "MD card": md_card(case, draft_view, items, NOW, TZ),
            "decision card with denial notice": decision_card(case, result.review, NOW, TZ, notice=notice),
        }
        await db.dispose()
    print(f"criteria review on SQLite, {n} reviews (ms)")
    for key, values in timings.items():
        print(f"  {key:7s} p50 {statistics.median(values):6.1f}   p95 {pct(values, 95):6.1f}")
    for name, doc in sizes.items():
        print(f"  {name}: {len(json.dumps(doc).encode()) / 1024:.1f} KB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reviews", type=int, default=200)
    asyncio.run(run(parser.parse_args().reviews))


if __name__ == "__main__":
    main()
