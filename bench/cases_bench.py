"""Case queries at 100,000 cases on SQLite and PostgreSQL: p50/p99 per query and card build times.

    .venv/bin/python bench/cases_bench.py [--cases 100000] [--iterations 300] [--only sqlite|postgres]

PostgreSQL uses a throwaway database on PSCBOT_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/test),
dropped at the end. Data is synthetic: ~10 % of cases await a decision, 40 coordinators, ~60,000 members.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text  # noqa: E402

from bot.cases import clocks, workflow  # noqa: E402
from bot.cases.models import Case, CaseEvent  # noqa: E402
from bot.cases.service import CaseService, priority_for  # noqa: E402
from bot.storage.db import Database  # noqa: E402
from bot.storage.migrate import upgrade  # noqa: E402
from cards.cases import case_card, queue_card  # noqa: E402

TZ = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
PG_ADMIN_URL = os.environ.get("PSCBOT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
CLOSED = ["approved", "partially_approved", "denied", "closed", "withdrawn", "p2p_completed", "appeal_filed"]


def synthetic_rows(n: int, seed: int = 7):
    rng = random.Random(seed)
    cases, events = [], []
    for i in range(n):
        case_id = f"{2024 + i % 3}{i:06d}"
        open_ = rng.random() < 0.10
        received = (
            NOW - timedelta(hours=rng.uniform(0, 24 * 9)) if open_ else NOW - timedelta(days=rng.uniform(10, 900))
        )
        expedited = rng.random() < 0.15
        rtype = rng.choice(["initial", "initial", "extension_concurrent", "reconsideration"])
        deadline = clocks.due_for(rtype, expedited, received, TZ)
        status = rng.choice(sorted(workflow.QUEUE_STATUSES)) if open_ else rng.choice(CLOSED)
        who = f"user-{rng.randrange(40)}" if rng.random() < 0.8 else None
        cases.append(
            {
                "case_id": case_id,
                "member_id": f"M{rng.randrange(60000):09d}",
                "member_name": f"Synthetic Member {i}",
                "level_of_care": rng.choice(["IRF", "LTAC", "SNF"]),
                "request_type": rtype,
                "facility": f"Synthetic Facility {i % 300}",
                "liaison_name": "Synthetic Liaison",
                "liaison_phone": "555-0100",
                "liaison_email": "liaison@example.org",
                "received_at": received,
                "expedited": expedited,
                "due_at": deadline.due_at,
                "original_due_at": None,
                "due_rule": deadline.rule.name,
                "status": status,
                "is_open": open_,
                "priority": priority_for(expedited, deadline.due_at, NOW, status=status),
                "assigned_to_id": who,
                "assigned_to_name": who and who.replace("user-", "Nurse "),
                "authorized_days": None,
                "last_covered_day": None,
                "extended_until": None,
                "extension_reason": None,
                "denial_notice_date": None,
                "decided_at": None,
                "closed_at": None,
                "demo": False,
                "created_at": received,
                "updated_at": received,
            }
        )
        for k in range(2):
            events.append(
                {
                    "case_id": case_id,
                    "at": received + timedelta(hours=k),
                    "actor_id": who,
                    "actor_name": None,
                    "kind": "created" if k == 0 else "note",
                    "detail": "Case created" if k == 0 else "Synthetic note",
                    "data": None,
                }
            )
    return cases, events


async def load(db: Database, n: int) -> float:
    cases, events = synthetic_rows(n)
    t0 = time.perf_counter()
    async with db.session() as s:
        for i in range(0, len(cases), 5000):
            await s.execute(insert(Case), cases[i : i + 5000])
        for i in range(0, len(events), 10000):
            await s.execute(insert(CaseEvent), events[i : i + 10000])
    # Steady state: PostgreSQL's autovacuum would have set the visibility map (index-only scans) by now.
    async with db.engine.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("VACUUM ANALYZE" if db.is_postgres else "ANALYZE"))
    return time.perf_counter() - t0


def pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


async def timed(label: str, fn, iterations: int, results: list) -> None:
    for _ in range(10):
        await fn()
    samples = []
    for _ in range(iterations):
        t0 = time.perf_counter()
        await fn()
        samples.append((time.perf_counter() - t0) * 1000)
    results.append((label, statistics.median(samples), pct(samples, 99)))


async def run_backend(name: str, url: str, n: int, iterations: int) -> None:
    db = Database(url)
    try:
        await upgrade(db)
        secs = await load(db, n)
        print(f"\n## {name}: {n:,} cases, {2 * n:,} events loaded in {secs:.1f} s")
        svc = CaseService(db, TZ)
        rng = random.Random(1)
        ids = [f"{2024 + i % 3}{i:06d}" for i in range(n)]
        results: list = []
        await timed("get_with_events(case_id)", lambda: svc.get_with_events(rng.choice(ids)), iterations, results)
        await timed("get(case_id)", lambda: svc.get(rng.choice(ids)), iterations, results)
        await timed("by_member(member_id)", lambda: svc.by_member(f"M{rng.randrange(60000):09d}"), iterations, results)
        await timed(
            "lookup('AUTH-…')",
            lambda: svc.lookup(f"AUTH-2025-{rng.randrange(1, n, 3):06d}", now=NOW),
            iterations,
            results,
        )
        for label, kwargs in [
            ("queue team", {}),
            ("queue team urgent", {"filter": "urgent"}),
            ("queue team today", {"filter": "today"}),
            ("queue team overdue", {"filter": "overdue"}),
            ("queue team IRF", {"loc": "IRF"}),
            ("queue mine", {"view": "mine", "user_id": "user-5"}),
            ("queue mine overdue", {"view": "mine", "user_id": "user-5", "filter": "overdue"}),
        ]:
            await timed(label, lambda kwargs=kwargs: svc.queue(now=NOW, **kwargs), iterations, results)

        case, events = await svc.get_with_events(ids[5])
        rows, total = await svc.queue(now=NOW)

        async def case_turn():
            c, evs = await svc.get_with_events(rng.choice(ids))
            json.dumps(case_card(c, evs, NOW, TZ, "user-1"))

        async def queue_turn():
            r, t = await svc.queue(now=NOW)
            json.dumps(queue_card(r, t, "Team queue", NOW, TZ))

        async def build_case_card():
            json.dumps(case_card(case, events, NOW, TZ, "user-1"))

        async def build_queue_card():
            json.dumps(queue_card(rows, total, "Team queue", NOW, TZ))

        await timed("case_card build+json", build_case_card, iterations, results)
        await timed("queue_card build+json (15 rows)", build_queue_card, iterations, results)
        await timed("/case turn (query+card+json)", case_turn, iterations, results)
        await timed("/queue turn (query+card+json)", queue_turn, iterations, results)
        print(f"{'query':<36} {'p50 ms':>8} {'p99 ms':>8}")
        for label, p50, p99 in results:
            print(f"{label:<36} {p50:>8.2f} {p99:>8.2f}")
    finally:
        await db.dispose()


async def _pg_admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://"), timeout=5)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    args = parser.parse_args()
    if args.only != "postgres":
        with tempfile.TemporaryDirectory() as tmp:
            await run_backend("SQLite", f"sqlite:///{tmp}/bench.db", args.cases, args.iterations)
    if args.only != "sqlite":
        name = f"pscbot_bench_{uuid.uuid4().hex[:10]}"
        await _pg_admin(f'CREATE DATABASE "{name}"')
        try:
            await run_backend("PostgreSQL", f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}", args.cases, args.iterations)
        finally:
            await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
