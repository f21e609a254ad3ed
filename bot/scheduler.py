"""APScheduler jobs in the bot process. Jobs only call services; data-level claims make them safe on N instances."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger

from bot import metrics

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    id: str
    trigger: BaseTrigger
    run: Callable[[], Awaitable[object]]


def guarded(job: Job) -> Callable[[], Awaitable[None]]:
    """The job as the scheduler runs it: counted, one DEBUG line per run, a failure logged and survived."""

    async def run() -> None:
        metrics.JOB_RUNS.labels(job.id).inc()
        log.debug("job %s running", job.id)
        try:
            await job.run()
        except Exception:  # noqa: BLE001 - one failing run must not stop the schedule
            metrics.JOB_FAILURES.labels(job.id).inc()
            log.exception("scheduled job %s failed", job.id)

    run.__name__ = run.__qualname__ = job.id  # APScheduler's own lines name the job, not "_guarded.<locals>"
    return run


def start_scheduler(jobs: list[Job], timezone: str) -> AsyncIOScheduler:
    """Start the jobs: one run at a time per job, missed runs coalesced into one."""
    scheduler = AsyncIOScheduler(timezone=timezone)
    for job in jobs:
        scheduler.add_job(
            guarded(job), job.trigger, id=job.id, name=job.id, max_instances=1, coalesce=True, misfire_grace_time=30
        )
    scheduler.start()
    log.info("scheduler started with %d jobs", len(jobs))
    return scheduler
