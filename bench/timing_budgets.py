"""Figures that used to be timing asserts in tests (moved here: tests do not depend on the machine's speed).

Prints, for this machine:
* the slowest hostile message of shared/eval/malformed through parse + classify (the engine aims at ~2 s);
* how long html_to_text takes to give up on a huge fragment whose deadline has already passed;
* how long an IMAP IDLE takes to wake on new mail and to stop when asked (needs dovecot, as the tests do).

Usage: python bench/timing_budgets.py [--no-imap]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.triage import load_rules, triage_bytes  # noqa: E402
from bot.triage.htmltext import html_to_text  # noqa: E402

MALFORMED = ROOT.parent / "shared" / "eval" / "malformed"
ARRIVAL = datetime(2026, 11, 12, 16, 0, tzinfo=UTC)


def malformed() -> None:
    rules = load_rules()
    times = []
    for path in sorted(MALFORMED.glob("*.eml")):
        raw = path.read_bytes()
        t0 = time.perf_counter()
        triage_bytes(raw, rules, received_at=ARRIVAL)
        times.append((time.perf_counter() - t0, path.name))
    if not times:
        print(f"malformed: no files in {MALFORMED}")
        return
    worst, name = max(times)
    print(
        f"malformed: {len(times)} files, median {statistics.median(t for t, _ in times) * 1000:.1f} ms, "
        f"slowest {worst * 1000:.1f} ms ({name})"
    )


def html_deadline() -> None:
    big = "<p>x</p>" * 200_000
    t0 = time.perf_counter()
    html_to_text(big, deadline=time.monotonic())
    print(f"html_to_text past its deadline on {len(big) // 1024} KiB: {(time.perf_counter() - t0) * 1000:.1f} ms")


async def imap_idle() -> None:
    import tempfile

    from bot.storage.db import Database
    from bot.storage.migrate import upgrade
    from tests.integration.imap.test_imap_source import mail, poller
    from tests.support.dovecot import Dovecot

    with tempfile.TemporaryDirectory() as tmp, Dovecot.start() as server:
        dovecot = server.add_user()
        db = Database(f"sqlite:///{tmp}/bench.db")
        await upgrade(db)
        p = poller(db, dovecot)
        await p.poll_once()
        waiter = asyncio.ensure_future(p.source.wait_for_new(10))
        while not p.source.is_idling:
            await asyncio.sleep(0.01)
        t0 = time.perf_counter()
        await asyncio.to_thread(dovecot.append, mail(1))
        await waiter
        print(f"imap idle: woke {(time.perf_counter() - t0) * 1000:.0f} ms after new mail")
        stop = asyncio.Event()
        waiter = asyncio.ensure_future(p.source.wait_for_new(30, stop))
        while not p.source.is_idling:
            await asyncio.sleep(0.01)
        t0 = time.perf_counter()
        stop.set()
        await waiter
        print(f"imap idle: stopped {(time.perf_counter() - t0) * 1000:.0f} ms after being asked")
        await p.close()
        await db.dispose()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-imap", action="store_true", help="skip the IMAP IDLE figures (no dovecot here)")
    args = ap.parse_args(argv)
    malformed()
    html_deadline()
    if not args.no_imap:
        asyncio.run(imap_idle())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
