"""What the CLI prints about a mailbox pass or a failed send: words for people, never Python reprs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.jobs import MailPass


def describe_pass(result: MailPass) -> list[str]:
    """`triage run --once` in words: what the mailbox, the pipeline and the dispatcher did."""
    polled = result["polled"]
    if polled is None:
        mailbox = "mailbox: no mail source configured (PSCBOT_MAIL_SOURCE=off)"
    elif polled.skipped:
        mailbox = "mailbox: skipped, another instance is reading it"
    else:
        mailbox = (
            f"mailbox: {_n(polled.stored_new, 'new message')} stored, {_n(polled.duplicates, 'duplicate')}"
            f" skipped, {_n(polled.errors, 'error')}"
        )
    t = result["triaged"]
    triage = (
        f"triage: {_n(t.processed, 'e-mail')} triaged, {t.quarantined} quarantined, "
        f"{_n(t.cases_created, 'case')} created, {t.linked} linked to cases, {_n(t.alerts, 'alert')} raised"
        + (f", {t.deferred} deferred to the next pass" if t.deferred else "")
    )
    d = result["dispatched"]
    delivery = (
        f"delivery: {_n(d.sent, 'alert card')} sent, {d.throttled + d.retried} to retry, "
        f"{d.in_doubt} in doubt, {d.dead} dead, {_n(d.gone, 'conversation')} gone"
    )
    return [mailbox, triage, delivery]


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def describe_outcome(outcome) -> str:
    """A failed Bot Connector outcome in words."""
    from bot.transport.outcomes import Failed, RecipientGone, Throttled, TooLarge

    if isinstance(outcome, Throttled):
        later = f" (Teams asks to wait {outcome.retry_after:.0f} s)" if outcome.retry_after else ""
        return f"Teams is rate-limiting the bot; try again later{later}"
    if isinstance(outcome, RecipientGone):
        return (
            f"the bot is no longer in that conversation (HTTP {outcome.status}"
            f"{', ' + outcome.code if outcome.code else ''})"
        )
    if isinstance(outcome, TooLarge):
        return "the message is too large for Teams"
    if isinstance(outcome, Failed):
        status = f"HTTP {outcome.status}" if outcome.status else "no answer"
        return f"the Bot Connector call failed ({status}: {outcome.reason})"
    return type(outcome).__name__
