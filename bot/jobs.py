"""The scheduled work of a `pscbot serve` process. Every job is safe on N instances:
mailbox reads take a lease, e-mails and deliveries are claimed row by row."""

from __future__ import annotations

import asyncio
import logging
from typing import TypedDict

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot import metrics
from bot.alerts.digest import build_digests
from bot.alerts.dispatcher import DispatchPolicy
from bot.alerts.escalation import escalate_due
from bot.alerts.outbox import backlog as outbox_backlog
from bot.alerts.policy import DispatchStats
from bot.features.alert_delivery import dispatch_once
from bot.features.alerts import TeamsAlertSender
from bot.features.calls_jobs import run_call_reminders
from bot.scheduler import Job
from bot.triage.pipeline import process_pending
from bot.triage.pipeline_records import PipelineStats
from bot.triage.sources.poller import MailPoller, PollResult, build_source, default_owner

log = logging.getLogger(__name__)


class MailPass(TypedDict):
    """What one `run_once` did (a dict: the CLI and tests read it by key)."""

    polled: PollResult | None  # None without a mail source
    triaged: PipelineStats
    dispatched: DispatchStats


def dispatch_policy(settings) -> DispatchPolicy:
    """The in-flight lease follows what a send can take on this transport (timeout x attempts)."""
    return DispatchPolicy.for_transport(settings.http_timeout_s, settings.http_max_attempts)


class MailJobs:
    """One pass of the mail-to-alert flow: poll the mailbox, triage what arrived, deliver alerts."""

    def __init__(self, services, owner: str | None = None) -> None:
        self.services = services
        self.owner = owner or default_owner()
        settings = services.settings
        source = build_source(settings)
        self.poller = MailPoller(services.db, source, owner=self.owner) if source is not None else None
        self.sender = TeamsAlertSender(services.proactive)

    @property
    def uses_idle(self) -> bool:
        """IMAP mailboxes are watched with IDLE (new mail in about a second) instead of interval polls."""
        return self.poller is not None and hasattr(self.poller.source, "wait_for_new")

    async def watch(self, stop: asyncio.Event) -> None:
        """The IMAP IDLE loop (falls back to polling every `mail_poll_s` where IDLE is not offered)."""
        if self.poller is None:  # scheduled only when `uses_idle`, i.e. with a mailbox
            raise RuntimeError("no mail source configured to watch")
        await self.poller.idle_loop(stop, poll_s=self.services.settings.mail_poll_s)

    async def poll(self):
        result = await self.poller.poll_once() if self.poller is not None else None
        if result is not None and result.stored_new:
            await self.process()  # new mail: triage and alert now rather than at the next tick
        return result

    async def process(self) -> tuple[PipelineStats, DispatchStats]:
        """Triage what is stored, then deliver what that produced."""
        triaged = await self.triage()
        dispatched = await self.dispatch()
        return triaged, dispatched

    async def triage(self) -> PipelineStats:
        stats = await process_pending(self.services.db, self.owner, tz=self.services.settings.tz)
        metrics.record_triage(stats)
        return stats

    async def dispatch(self) -> DispatchStats:
        services = self.services
        settings = services.settings
        stats = await dispatch_once(
            services.db,
            self.sender,
            self.owner,
            tz=settings.tz,
            policy=dispatch_policy(settings),
            on_gone=services.conversations.deactivate_key,
            escalate_after_min=settings.escalate_after_min,
        )
        metrics.record_dispatch(stats)
        return stats

    async def escalate(self):
        escalated = await escalate_due(self.services.db, after_min=self.services.settings.escalate_after_min)
        if escalated:
            metrics.ALERTS_CREATED.labels("escalation").inc(escalated)
        return escalated

    async def digest(self):
        created = await build_digests(self.services.db)
        if created:
            metrics.ALERTS_CREATED.labels("digest").inc(created)
        return created

    async def measure_outbox(self):
        count, oldest_age = await outbox_backlog(self.services.db)
        metrics.OUTBOX_BACKLOG.set(count)
        metrics.OUTBOX_OLDEST_AGE.set(oldest_age)
        return count

    async def run_once(self) -> MailPass:
        """Everything once, in order (the CLI's `triage run --once`, and tests)."""
        polled = await self.poller.poll_once() if self.poller is not None else None
        await self.escalate()
        triaged, dispatched = await self.process()
        return MailPass(polled=polled, triaged=triaged, dispatched=dispatched)

    async def close(self) -> None:
        if self.poller is not None:
            await self.poller.close()


def build_jobs(services, mail: MailJobs) -> list[Job]:
    settings = services.settings
    jobs = [
        Job("mail.process", IntervalTrigger(seconds=1), mail.process),
        Job("alerts.escalate", IntervalTrigger(seconds=60), mail.escalate),
        Job("alerts.digest", CronTrigger.from_crontab(settings.digest_cron, timezone=settings.timezone), mail.digest),
        Job("metrics.outbox", IntervalTrigger(seconds=15), mail.measure_outbox),
    ]
    if mail.poller is not None and not mail.uses_idle:
        jobs.append(Job("mail.poll", IntervalTrigger(seconds=settings.mail_poll_s), mail.poll))
    jobs.append(Job("calls.reminders", IntervalTrigger(seconds=60), lambda: run_call_reminders(services)))
    return jobs
