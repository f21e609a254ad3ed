"""E-mail pipeline figures: store + parse + classify + link + alert throughput, and e-mail -> alert latency
from a real IMAP server (Debian's dovecot) to a local mock Bot Connector.

    .venv/bin/python bench/triage_pipeline.py                 # SQLite; add --postgres for PostgreSQL too
    .venv/bin/python bench/triage_pipeline.py --messages 3000 --latency 30

Throughput: the dev corpus replicated (each copy made unique by one extra header, so nothing de-duplicates),
stored raw, then processed by `process_pending` exactly as the bot does; CPU seconds come from this process
(all threads), so "e-mails per CPU second" is the one-core figure. Latency: one message at a time is APPENDed to
dovecot while the bot's own jobs run (IMAP IDLE watcher + the 1-second triage/delivery job); the clock stops
when the alert card reaches the mock connector.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.alerts.subscriptions import SubscriptionService  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.jobs import MailJobs  # noqa: E402
from bot.storage.conversations import ConversationStore, SeenConversation  # noqa: E402
from bot.storage.db import Database  # noqa: E402
from bot.storage.migrate import upgrade  # noqa: E402
from bot.transport import ConnectorTransport  # noqa: E402
from bot.triage.pipeline import process_pending  # noqa: E402
from bot.triage.sources.poller import STORE_CHUNK  # noqa: E402
from bot.triage.store import EmailStore  # noqa: E402
from bot.wiring import build_services  # noqa: E402
from tests.support.mock_connector import MockConnector  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "triage_dev"
CHANNEL = "19:bench-alerts@thread.tacv2"


def corpus() -> list[bytes]:
    return [p.read_bytes() for p in sorted(DEV.glob("*.eml"))]


def unique(raw: bytes, n: int) -> bytes:
    return f"X-Bench-Copy: {n}\r\n".encode() + raw


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


async def throughput(url: str, count: int) -> None:
    db = Database(url)
    await upgrade(db)
    store = EmailStore(db)
    mails = corpus()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for start in range(0, count, STORE_CHUNK):  # as the mail poller stores a fetched batch
        await store.store_many(
            [
                ("bench", str(n), unique(mails[n % len(mails)], n), None, None)
                for n in range(start, min(count, start + STORE_CHUNK))
            ]
        )
    cpu1 = time.process_time()
    processed = 0
    while True:
        stats = await process_pending(db, "bench", tz="America/Chicago", limit=100)
        if not stats.claimed:
            break
        processed += stats.processed + stats.quarantined
    cpu2, wall2 = time.process_time(), time.perf_counter()
    await db.dispose()
    print(
        f"  {db.dialect:<10} {count} e-mails: store {count / (cpu1 - cpu0):7.0f}/CPU-s, "
        f"parse+classify+link+alert {processed / (cpu2 - cpu1):7.0f}/CPU-s, "
        f"end to end {count / (cpu2 - cpu0):7.0f}/CPU-s ({count / (wall2 - wall0):.0f}/s wall)"
    )


async def latency(samples: int) -> None:
    from tests.support.dovecot import Dovecot, dovecot_missing_reason

    if dovecot_missing_reason():
        print(f"  skipped: {dovecot_missing_reason()}")
        return
    labels = [json.loads(line) for line in (DEV / "labels.jsonl").read_text().splitlines()]
    mails = [(DEV / row["file"]).read_bytes() for row in labels if row["priority"] in {"urgent", "high"}]
    with tempfile.TemporaryDirectory() as tmp, Dovecot.start(tls=False) as server:
        server = server.add_user()
        settings = Settings.from_env(
            {
                "DATABASE_URL": f"sqlite:///{tmp}/lat.db",
                "PSCBOT_MAIL_SOURCE": "imap",
                "PSCBOT_IMAP_HOST": server.host,
                "PSCBOT_IMAP_PORT": str(server.port),
                "PSCBOT_IMAP_SECURITY": "none",
                "PSCBOT_IMAP_USER": server.user,
                "PSCBOT_IMAP_PASSWORD": server.password,
                "PSCBOT_MAIL_POLL_S": "30",
                "PSCBOT_APP_RATE_PER_S": "0",
            }
        )
        db = Database(settings.database_url)
        await upgrade(db)
        mock = await MockConnector().start()
        arrived: dict[str, float] = {}
        mock.on_activity = lambda received: arrived.setdefault(str(len(arrived)), time.perf_counter())
        reference = {
            "serviceUrl": mock.url,
            "channelId": "msteams",
            "conversation": {"id": CHANNEL},
            "bot": {"id": "28:pscbot", "name": "pscbot"},
        }
        key, _ = await ConversationStore(db).remember(
            SeenConversation(conversation_id=CHANNEL, reference=reference, scope="channel", service_url=mock.url)
        )
        await SubscriptionService(db).subscribe(key, "high")
        async with ConnectorTransport.from_settings(settings) as transport:
            mail = MailJobs(build_services(settings, db, transport=transport))
            stop = asyncio.Event()
            watcher = asyncio.create_task(mail.watch(stop))

            async def ticker() -> None:  # the scheduler's 1-second triage + delivery job
                while not stop.is_set():
                    await mail.process()
                    await asyncio.sleep(1.0)

            tick = asyncio.create_task(ticker())
            await asyncio.sleep(1.5)
            times = []
            for n in range(samples):
                before = len(arrived)
                raw = unique(mails[n % len(mails)], n + 100_000)
                start = time.perf_counter()
                await asyncio.to_thread(server.append, raw)
                deadline = start + 30
                while len(arrived) <= before and time.perf_counter() < deadline:
                    await asyncio.sleep(0.02)
                if len(arrived) > before:
                    times.append(time.perf_counter() - start)
            stop.set()
            await asyncio.gather(watcher, tick, return_exceptions=True)
            await mail.close()
        await mock.close()
        await db.dispose()
    if times:
        print(
            f"  IMAP -> alert card at the connector, {len(times)}/{samples} delivered: "
            f"p50 {statistics.median(times):.2f} s, p95 {pct(times, 0.95):.2f} s, max {max(times):.2f} s"
        )
    else:
        print("  no alert arrived")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--latency", type=int, default=20, help="latency samples (0 to skip)")
    parser.add_argument(
        "--postgres",
        default=None,
        nargs="?",
        const="postgresql://postgres@127.0.0.1:5432/test",
        help="also measure throughput on PostgreSQL (a throwaway database is created)",
    )
    args = parser.parse_args()
    print("throughput (one process, CPU seconds of all its threads):")
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(throughput(f"sqlite:///{tmp}/tp.db", args.messages))
    if args.postgres:
        from tests.conftest import _pg_admin

        name = f"pscbot_bench_{uuid.uuid4().hex[:8]}"
        _pg_admin(f'CREATE DATABASE "{name}"')
        try:
            asyncio.run(throughput(f"{args.postgres.rsplit('/', 1)[0]}/{name}", args.messages))
        finally:
            _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    if args.latency:
        print("latency:")
        asyncio.run(latency(args.latency))


if __name__ == "__main__":
    main()
