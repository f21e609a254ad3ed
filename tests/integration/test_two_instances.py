"""Two `pscbot serve` processes on one PostgreSQL: one mailbox reader at a time, every alert posted once.

The mailbox is a shared drop folder; alerts go to a local mock Bot Connector that both instances post to.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.alerts.models import Alert, AlertDelivery
from bot.alerts.subscriptions import SubscriptionService
from bot.storage.conversations import ConversationStore, SeenConversation
from bot.storage.db import Database
from bot.storage.migrate import upgrade
from bot.triage.models import Email
from tests.conftest import PG_ADMIN_URL, _pg_admin
from tests.e2e.playground import free_port
from tests.support.ci import in_ci
from tests.support.dev_corpus import dev_labels
from tests.support.mock_connector import MockConnector
from tests.support.waiting import eventually

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres
CHANNEL = "19:alerts@thread.tacv2"


@pytest.fixture
def pg_database():
    name = f"pscbot_two_{uuid.uuid4().hex[:8]}"
    try:
        _pg_admin(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001
        if in_ci():
            pytest.fail(f"PostgreSQL unreachable in CI: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    yield f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def dev_mails(shared_dir: Path, count: int) -> list[Path]:
    """Distinct dev e-mails that alert individually (urgent or high, not `other`)."""
    rows = dev_labels(shared_dir / "eval/triage_dev")
    return [r["path"] for r in rows if r["priority"] in {"urgent", "high"}][:count]


def start_instance(port: int, env: dict[str, str], log_path: Path) -> subprocess.Popen:
    log = log_path.open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port)],
        cwd=REPO,
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


async def wait_healthy(port: int, proc: subprocess.Popen, log_path: Path, timeout: float = 60) -> None:
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"instance exited:\n{log_path.read_text()[-3000:]}")
            try:
                async with http.get(f"http://127.0.0.1:{port}/readyz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.3)
    raise AssertionError(f"instance not ready:\n{log_path.read_text()[-3000:]}")


async def test_two_instances_deliver_each_alert_once(pg_database, tmp_path, shared_dir):
    db = Database(pg_database)
    await upgrade(db)
    mock = await MockConnector().start()
    procs: list[subprocess.Popen] = []
    try:
        # A channel that has the bot and subscribes to urgent + high alerts.
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

        inbox = tmp_path / "inbox"
        inbox.mkdir()
        env = {
            "DATABASE_URL": pg_database,
            "PSCBOT_INBOX_DIR": str(inbox),
            "PSCBOT_MAIL_POLL_S": "1",
            "PSCBOT_DEMO_DATA": "false",
            "PSCBOT_LOG_LEVEL": "INFO",
        }
        ports = [free_port(), free_port()]
        logs = [tmp_path / "a.log", tmp_path / "b.log"]
        procs = [start_instance(p, env, log) for p, log in zip(ports, logs, strict=True)]
        await asyncio.gather(*(wait_healthy(p, proc, log) for p, proc, log in zip(ports, procs, logs, strict=True)))

        mails = dev_mails(shared_dir, 12)
        old = time.time() - 10
        for n, path in enumerate(mails):
            target = inbox / f"{n:03d}.eml"
            shutil.copy(path, target)
            os.utime(target, (old, old))

        async def settled() -> bool:
            async with db.session() as s:
                pending = await s.scalar(
                    select(func.count())
                    .select_from(AlertDelivery)
                    .where(AlertDelivery.status.notin_(["sent", "dead", "gone"]))
                )
                processed = await s.scalar(
                    select(func.count()).select_from(Email).where(Email.status.in_(["processed", "quarantined"]))
                )
                # An alert's delivery rows are written after its e-mail is marked processed (the dispatcher's
                # job): under load "no delivery pending" can hold before any delivery exists.
                alerting = await s.scalar(
                    select(func.count()).select_from(Alert).where(Alert.priority.in_(["urgent", "high"]))
                )
                delivered = await s.scalar(
                    select(func.count(func.distinct(AlertDelivery.alert_id))).where(AlertDelivery.kind == "alert")
                )
            # Alerts, too, are written after their e-mail is marked processed: with none written yet, "every
            # alert has its deliveries" holds vacuously. The e-mails are the urgent and high dev ones, so wait
            # for as many alerts as the check below needs (it allows two to be triaged lower).
            return processed == len(mails) and alerting >= len(mails) - 2 and pending == 0 and delivered >= alerting

        # No fixed wait afterwards: a POST reaches the connector before its row can be recorded, and nothing
        # is in flight once every row is final, so a duplicate would already be in `mock.requests`.
        await eventually(settled, timeout=60, what="every e-mail triaged and every delivery final")

        async with db.session() as s:
            emails = await s.scalar(select(func.count()).select_from(Email))
            sent = await s.scalar(
                select(func.count())
                .select_from(AlertDelivery)
                .where(AlertDelivery.status == "sent", AlertDelivery.kind == "alert")
            )
        assert emails == len(mails), "each message stored once"
        assert len(list((inbox / ".processed").iterdir())) == len(mails)
        posts = [r for r in mock.received("POST") if "/activities" in r.path]

        # the card no longer prints its alert number; its buttons carry it
        def card_alert_ids(post) -> str:
            actions = post.body["attachments"][0]["content"].get("actions", [])
            return json.dumps(sorted({a["data"].get("alert_id") for a in actions} - {None}))

        alert_ids = Counter(ids for ids in map(card_alert_ids, posts) if ids != "[]")
        assert sum(alert_ids.values()) == len(posts), "every alert post carries its alert id"
        if sent < len(mails) - 2:  # say why: e-mail and delivery states, and what the instances logged
            async with db.session() as s:
                states = (await s.execute(select(Email.status, func.count()).group_by(Email.status))).all()
                deliveries = (
                    await s.execute(select(AlertDelivery.status, func.count()).group_by(AlertDelivery.status))
                ).all()
                alerts = (await s.execute(select(Alert.priority, func.count()).group_by(Alert.priority))).all()
            tails = "\n".join(
                line for log in logs for line in log.read_text().splitlines()[-40:] if "/readyz" not in line
            )
            pytest.fail(
                f"the urgent/high dev e-mails were not alerted: sent {sent}; e-mails {states}; alerts {alerts}; "
                f"deliveries {deliveries}\n{tails}"
            )
        assert len(posts) == sent, "one connector POST per delivery row: nothing posted twice"
        assert all(n == 1 for n in alert_ids.values()), "no alert card posted twice"
        stored_by = [sum(int(n) for n in re.findall(r"mail poll: (\d+) new", log.read_text())) for log in logs]
        assert sum(stored_by) == len(mails), f"the mailbox was read once in all: {stored_by}"
        assert all("Traceback" not in log.read_text() for log in logs)
    finally:
        for proc in procs:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(proc.pid, signal.SIGKILL)
        await mock.close()
        await db.dispose()
