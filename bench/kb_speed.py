"""Knowledge-base ingest rate and search latency on SQLite and PostgreSQL.

    .venv/bin/python bench/kb_speed.py [--sections 10000] [--queries 300] [--pg-url URL] [--no-pg]
                                       [--keep DIR] [--profile OUT.prof]

Ingests the bundled guidelines plus a synthetic corpus (Markdown files generated from the domain vocabulary)
up to --sections sections, then times `KnowledgeService.ask` (full path: normalisation, FTS query, re-rank,
sentence choice; answer logging off) over a mix of on-topic and off-topic questions.
PostgreSQL: a throwaway database is created on the server at --pg-url and dropped afterwards.
--keep DIR keeps both databases (DIR/kb_speed.db and a PostgreSQL database named after DIR) and re-uses them
on the next run, so before/after comparisons can alternate without re-ingesting 10,000 sections (~4 min).
--profile writes a cProfile of the SQLite asks (read it with `python -m pstats`).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.knowledge.ingest import ingest_paths  # noqa: E402
from bot.knowledge.service import KnowledgeService  # noqa: E402
from bot.knowledge.vectors import embed_missing  # noqa: E402
from bot.storage.db import Database  # noqa: E402
from bot.storage.migrate import upgrade  # noqa: E402

WORDS = (
    "patient therapy admission discharge physician review criteria coverage notice appeal plan member "
    "hospital facility skilled nursing rehabilitation timeframe calendar days hours week documentation "
    "assessment request decision reconsideration denial clinical progress goals functional medical "
    "necessity intensity supervision screening evaluation conference team transfer stay benefit period "
    "coinsurance ventilator wound ICU site-neutral standard rate payment authorization expedited "
    "organization determination enrollee provider contract notes orders record signature"
).split()
QUESTIONS = [
    "IRF 3 hr rule - whats the min therapy?",
    "PAS timeframe before IRF admit?",
    "LTACH site neutral criteria",
    "snf 3 day stay obs days count?",
    "expedited OD TAT",
    "recon filing deadline MA",
    "NOMNC how many days before",
    "who signs the IPOC",
    "what's the weather tomorrow",
    "best pizza near me",
    "how do I reset my password",
    "The SNF resident only gets therapy. How many days a week of therapy count as daily skilled need?",
    "Patient at a critical access hospital needs long term acute care. Can the LTAC get the standard rate?",
]


def synth_corpus(folder: Path, sections: int, per_doc: int = 20, seed: int = 7) -> int:
    rng = random.Random(seed)
    docs = (sections + per_doc - 1) // per_doc
    for d in range(docs):
        lines = [
            f"---\ntitle: Synthetic policy {d}\nstatus: secondary\neffective_date: 2024-01-01\n---",
            f"# Synthetic policy {d}",
        ]
        for s in range(per_doc):
            lines.append(f"## Topic {d}-{s} {' '.join(rng.sample(WORDS, 3))}")
            for _ in range(3):
                n = rng.randint(2, 30)
                lines.append(" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + f" within {n} days.")
        (folder / f"synthetic-{d:05d}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docs * per_doc


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def model_figures() -> None:
    """Load time and resident-memory growth of the embedding model (once per process)."""
    from bot.knowledge.embed import get_embedder

    before = rss_mib()
    t0 = time.perf_counter()
    model = get_embedder()
    model.embed(["warm up the model"])
    loaded = time.perf_counter() - t0
    print(
        f"[model] {model.name}: loaded in {loaded:.2f}s, RSS {before:.0f} -> {rss_mib():.0f} MiB "
        f"(+{rss_mib() - before:.0f} MiB)"
    )


async def _sections_in(db: Database) -> int:
    from sqlalchemy import func, select

    from bot.knowledge.models import KbSection

    async with db.session() as s:
        return int((await s.execute(select(func.count()).select_from(KbSection))).scalar_one())


async def bench(url: str, label: str, sections: int, queries: int, profile: str | None = None) -> None:
    db = Database(url)
    try:
        await upgrade(db)
        held = await _sections_in(db)
        if held >= sections:
            print(f"[{label}] re-using the kept database: {held} sections")
            started = time.perf_counter()
            if filled := await embed_missing(db):  # vectors a newer schema added
                print(f"[{label}] computed the vectors of {filled} sections in {time.perf_counter() - started:.1f}s")
        else:
            with tempfile.TemporaryDirectory() as tmp:
                bundled = await ingest_paths(db, [ROOT / "guidelines"])
                made = synth_corpus(Path(tmp), max(0, sections - bundled.sections))
                started = time.perf_counter()
                report = await ingest_paths(db, [Path(tmp)])
                elapsed = time.perf_counter() - started
            total = bundled.sections + report.sections
            print(
                f"[{label}] ingest: {report.sections} synthetic sections ({made} generated) in {elapsed:.1f}s = "
                f"{report.sections / elapsed:.0f} sections/s; index holds {total} sections"
            )
        # The full search path every time: the answer cache (which serves repeated questions) is off here.
        service = KnowledgeService(db, record_answers=False, answer_cache_size=0)
        await service.ask("warm up the cache")
        gc.collect()
        gc.freeze()  # as `pscbot serve` does after start-up: long-lived caches stay out of full GC passes
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        times, cpu = [], []
        for i in range(queries):
            q = QUESTIONS[i % len(QUESTIONS)]
            t0, c0 = time.perf_counter(), time.process_time()
            await service.ask(q)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        if profiler is not None and profile:
            profiler.disable()
            profiler.dump_stats(profile)
        times.sort()
        cpu.sort()
        p50 = statistics.median(times)
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        print(
            f"[{label}] search ({queries} asks): p50 {p50:.2f} ms  p99 {p99:.2f} ms  max {times[-1]:.2f} ms"
            f"  (RSS {rss_mib():.0f} MiB)"
        )
        # CPU time of this process (all its threads) per ask: what the ask costs, without the waits for a core
        # that dominate the wall-clock tail on a shared machine (PostgreSQL's own work is not in it).
        p99c = cpu[min(len(cpu) - 1, int(len(cpu) * 0.99))]
        print(f"[{label}] cpu per ask: p50 {statistics.median(cpu):.2f} ms  p99 {p99c:.2f} ms  max {cpu[-1]:.2f} ms")
    finally:
        await db.dispose()


async def _pg_admin(admin_url: str, sql: str, fetch: bool = False) -> object:
    import asyncpg

    conn = await asyncpg.connect(admin_url.replace("postgresql+asyncpg://", "postgresql://"), timeout=5)
    try:
        return await conn.fetchval(sql) if fetch else await conn.execute(sql)
    finally:
        await conn.close()


async def main_async(args) -> int:
    model_figures()
    if args.keep:
        keep = Path(args.keep)
        keep.mkdir(parents=True, exist_ok=True)
        await bench(f"sqlite:///{keep / 'kb_speed.db'}", "sqlite", args.sections, args.queries, args.profile)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            await bench(f"sqlite:///{tmp}/kb_speed.db", "sqlite", args.sections, args.queries, args.profile)
    if args.no_pg:
        return 0
    if args.keep:
        name = "pscbot_kbspeed_keep_" + hashlib.sha256(str(Path(args.keep).resolve()).encode()).hexdigest()[:8]
        exists = f"SELECT 1 FROM pg_database WHERE datname = '{name}'"
    else:
        name, exists = f"pscbot_kbspeed_{uuid.uuid4().hex[:8]}", ""
    try:
        if not (exists and await _pg_admin(args.pg_url, exists, fetch=True)):
            await _pg_admin(args.pg_url, f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001
        print(f"[postgres] skipped: server unreachable ({type(exc).__name__})")
        return 0
    try:
        await bench(f"{args.pg_url.rsplit('/', 1)[0]}/{name}", "postgres", args.sections, args.queries)
    finally:
        if not args.keep:
            await _pg_admin(args.pg_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sections", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="keep and re-use the databases (see above)")
    parser.add_argument("--profile", metavar="OUT", help="cProfile the SQLite asks into OUT")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    raise SystemExit(main())
