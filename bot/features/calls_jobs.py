"""The call reminder job: overdue clinicals promises, unreachable-liaison escalations and P2P reminders.

bot.jobs schedules `run_call_reminders(services)` every minute (APScheduler). Each reminder is claimed
in the database before it is sent (a conditional UPDATE), so several instances never send it twice; a failed
send releases the claim and the next run tries again.
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.storage.base import utcnow
from cards.call_log import reminder_card

log = logging.getLogger(__name__)

SUMMARIES = {
    "clinicals_overdue": "Clinicals not received",
    "attempts_escalation": "Liaison unreachable",
    "p2p_scheduled_soon": "P2P soon",
    "p2p_window_closing": "P2P window closing",
}


async def due_reminders(services, now: datetime | None = None) -> list:
    """Everything due at `now`, from the call log and the P2P requests."""
    now = now or utcnow()
    return [*await services.calls.due_reminders(now), *await services.p2p.due_reminders(now)]


async def run_call_reminders(services, now: datetime | None = None) -> int:
    """Send what is due; returns how many were sent."""
    now = now or utcnow()
    if services.proactive is None:
        log.warning("call reminders skipped: no proactive sender")
        return 0
    sent = 0
    for source in (services.calls, services.p2p):
        for reminder in await source.due_reminders(now):
            kind, ref = reminder.target
            key = ref if kind == "conversation" else await services.app_settings.get(ref)
            if not key:
                log.warning(
                    "reminder %s %s has no target conversation (case %s)",
                    reminder.kind,
                    reminder.entity_id,
                    reminder.case_id,
                )
                continue
            if not await source.claim_reminder(reminder, now):
                continue
            try:
                await services.proactive.send_card(
                    key,
                    reminder_card(reminder, now, services.settings.tz),
                    summary=SUMMARIES.get(reminder.kind),
                )
            except Exception:  # noqa: BLE001 - release the claim; the next run retries
                log.warning("reminder %s %s not delivered; will retry", reminder.kind, reminder.entity_id)
                await source.release_reminder(reminder)
                continue
            sent += 1
            log.info("reminder %s %s sent (case %s)", reminder.kind, reminder.entity_id, reminder.case_id)
    return sent
