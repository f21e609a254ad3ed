"""An idle bot is quiet: a minute of scheduled jobs writes nothing at INFO; DEBUG names each job run."""

from __future__ import annotations

import asyncio
import io
import logging

import pytest
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Settings
from bot.jobs import MailJobs, build_jobs
from bot.logs import configure_logging
from bot.scheduler import Job, guarded, start_scheduler
from bot.storage.migrate import upgrade
from bot.wiring import build_services
from tests.support.chat import TeamsTestAdapter


@pytest.fixture
def captured():
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    yield stream
    root.handlers = [h for h in root.handlers if not getattr(h, "_pscbot", False)]
    root.setLevel(level)


@pytest.fixture
async def idle_jobs(db, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    settings = Settings.from_env({"DATABASE_URL": db.url, "PSCBOT_INBOX_DIR": str(inbox), "PSCBOT_DEMO_DATA": "false"})
    await upgrade(db)
    services = build_services(settings, db, TeamsTestAdapter())
    mail = MailJobs(services)
    yield build_jobs(services, mail)
    await mail.close()
    await services.knowledge.close()


def one_minute(jobs: list[Job]) -> list[Job]:
    """The job runs of one minute, interleaved as a scheduler makes them: each interval job as often as its
    interval fits in 60 s, and every cron job (the digest) once, as if the minute were its due time."""
    runs: list[tuple[float, str, Job]] = []
    for job in jobs:
        if isinstance(job.trigger, IntervalTrigger):
            step = job.trigger.interval.total_seconds()
            runs += [(i * step, job.id, job) for i in range(int(60 // step))]
        else:
            runs.append((30.0, job.id, job))
    return [job for _, _, job in sorted(runs, key=lambda r: (r[0], r[1]))]


async def test_an_idle_minute_logs_nothing_at_info(idle_jobs, captured):
    configure_logging("INFO", "text", stream=captured)
    runs = one_minute(idle_jobs)
    assert sum(job.id == "mail.process" for job in runs) >= 59  # the busiest job, every second
    for job in runs:
        await guarded(job)()
    assert captured.getvalue() == ""


async def test_debug_names_each_job_run(idle_jobs, captured):
    configure_logging("DEBUG", "text", stream=captured)
    for job in idle_jobs:
        await guarded(job)()
    text = captured.getvalue()
    for job in idle_jobs:
        assert f"job {job.id} running" in text
    assert "_guarded" not in text and "<locals>" not in text


async def test_apscheduler_runs_stay_below_info(captured):
    """The real scheduler and executor: two runs of a job, and no INFO line about them."""
    configure_logging("INFO", "text", stream=captured)
    ran = asyncio.Event()
    count = 0

    async def tick() -> None:
        nonlocal count
        count += 1
        if count >= 2:
            ran.set()

    scheduler = start_scheduler([Job("test.tick", IntervalTrigger(seconds=1), tick)], "UTC")
    try:
        await asyncio.wait_for(ran.wait(), 30)
    finally:
        scheduler.shutdown(wait=False)
    lines = [line for line in captured.getvalue().splitlines() if "scheduler started" not in line]
    assert lines == []


async def test_a_failing_job_is_logged_and_counted(captured):
    from prometheus_client import REGISTRY

    async def broken() -> None:
        raise RuntimeError("synthetic failure")

    configure_logging("INFO", "text", stream=captured)
    before = REGISTRY.get_sample_value("pscbot_job_failures_total", {"job": "test.broken"}) or 0.0
    await guarded(Job("test.broken", IntervalTrigger(seconds=1), broken))()
    assert REGISTRY.get_sample_value("pscbot_job_failures_total", {"job": "test.broken"}) == before + 1
    assert "scheduled job test.broken failed" in captured.getvalue()


def test_library_chatter_stays_out_of_info(captured):
    """pypdf's repair warnings (kb ingest) and alembic's per-connection notes are not for operators."""
    configure_logging("INFO", "text", stream=captured)
    logging.getLogger("pypdf._reader").warning("Ignoring wrong pointing object 6 0 (offset 0)")
    logging.getLogger("alembic.runtime.migration").info("Context impl SQLiteImpl.")
    logging.getLogger("apscheduler.executors.default").info('Running job "mail.process"')
    assert captured.getvalue() == ""
