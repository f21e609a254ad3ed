"""What an outcome means for a claimed row: the column values to record and what to count (no I/O).

Deliveries and card updates answer the same outcomes differently (a failed update never dead-letters the
delivery, it is abandoned); both go through bot.alerts.recording the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.alerts.claims import Claimed
from bot.alerts.models import DEAD, GONE, PENDING, SENT, AlertDelivery
from bot.alerts.policy import DispatchPolicy
from bot.outcomes import Failed, RecipientGone, Sent, Throttled, TooLarge


@dataclass(frozen=True)
class Verdict:
    """`counts` names the DispatchStats counter to bump when the row was still ours."""

    values: dict[str, Any]
    counts: str
    gone: bool = False  # the conversation is gone: deactivate it with the row
    in_doubt: bool = False


def _throttle_wait(outcome: Throttled, policy: DispatchPolicy) -> timedelta:
    wait = outcome.retry_after if outcome.retry_after is not None else policy.throttle_default_s
    return timedelta(seconds=max(0.0, wait))


def delivery_verdict(row: Claimed, outcome: object, now: datetime, policy: DispatchPolicy) -> Verdict:
    if isinstance(outcome, Sent):
        return Verdict(dict(status=SENT, activity_id=outcome.activity_id, sent_at=now, last_error=None), "sent")
    if isinstance(outcome, Throttled):
        values = dict(
            status=PENDING, next_attempt_at=now + _throttle_wait(outcome, policy), last_error="throttled (429)"
        )
        return Verdict(values, "throttled")
    if isinstance(outcome, RecipientGone):
        note = f"recipient gone ({outcome.status} {outcome.code or ''})".strip()[:300]
        return Verdict(dict(status=GONE, last_error=note), "gone", gone=True)
    if isinstance(outcome, TooLarge):
        return Verdict(dict(status=DEAD, last_error="too large (413)"), "dead")
    failed = outcome if isinstance(outcome, Failed) else Failed(None, "unexpected outcome")
    if failed.status is not None:
        # The connector answered (5xx, 412...): a definite "not accepted", so the next copy
        # is the first one the user sees and must not say "re-sent".
        failed = Failed(failed.status, failed.reason, in_doubt=False, attempts=failed.attempts)
    failures = row.failures + 1
    dead = failures >= policy.max_failures
    note = ("in doubt: " if failed.in_doubt else "") + f"{failed.status or '-'} {failed.reason}"
    values: dict[str, Any] = dict(failures=failures, last_error=note[:300])
    if failed.in_doubt:
        values["resends"] = AlertDelivery.resends + 1
    if dead:
        values["status"] = DEAD
    else:
        values.update(status=PENDING, next_attempt_at=now + timedelta(seconds=policy.backoff(failures)))
    return Verdict(values, "dead" if dead else "retried", in_doubt=failed.in_doubt)


def update_verdict(row: Claimed, outcome: object, now: datetime, policy: DispatchPolicy) -> Verdict:
    if isinstance(outcome, Sent):
        return Verdict(dict(update_done_at=row.requested_at, update_failures=0), "updates")
    if isinstance(outcome, Throttled):
        return Verdict(dict(update_next_at=now + _throttle_wait(outcome, policy)), "updates_failed")
    if isinstance(outcome, RecipientGone):
        values = dict(status=GONE, update_done_at=row.requested_at, last_error="recipient gone on update")
        return Verdict(values, "updates_failed", gone=True)
    failures = row.failures + 1
    give_up = isinstance(outcome, TooLarge) or failures >= policy.max_update_failures
    values: dict[str, Any] = dict(update_failures=failures)
    if give_up:
        values.update(update_done_at=row.requested_at, last_error="card update abandoned")
    else:
        values["update_next_at"] = now + timedelta(seconds=policy.backoff(failures))
    return Verdict(values, "updates_failed")
