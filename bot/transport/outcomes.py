"""Typed outcomes of one Bot Connector call, and the exceptions the SDK path raises for the failures."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Sent:
    """2xx. `activity_id` is the id the connector gave the activity (None for calls that return none)."""

    activity_id: str | None
    status: int = 200
    attempts: int = 1
    body: Any = field(default=None, repr=False, compare=False)

    ok = True


@dataclass(frozen=True, slots=True)
class Fetched:
    """2xx on a read (members, conversations): `data` is the decoded JSON body."""

    data: Any = field(repr=False)
    status: int = 200
    attempts: int = 1

    ok = True


@dataclass(frozen=True, slots=True)
class Throttled:
    """429 after the retry budget (or advice longer than the policy will sleep): not accepted, safe to retry
    later; `retry_after` is the connector's advice in seconds when it gave one."""

    retry_after: float | None
    attempts: int = 1

    ok = False


@dataclass(frozen=True, slots=True)
class RecipientGone:
    """403/404: final. The bot is not in the roster, writes are blocked, or the conversation is gone;
    `code` is the connector's error code (e.g. BotNotInConversationRoster, MessageWritesBlocked)."""

    status: int
    code: str | None = None
    attempts: int = 1

    ok = False


@dataclass(frozen=True, slots=True)
class TooLarge:
    """413: final; the activity must be made smaller."""

    status: int = 413
    attempts: int = 1

    ok = False


@dataclass(frozen=True, slots=True)
class Failed:
    """Anything else. `status` is None when no HTTP answer arrived. `in_doubt` is True when a non-idempotent
    request (a POSTed activity) may have been accepted (timeout after sending, 5xx, dropped connection):
    the transport never re-POSTs it; the caller's delivery record decides."""

    status: int | None
    reason: str
    in_doubt: bool = False
    attempts: int = 1

    ok = False


Outcome = Sent | Fetched | Throttled | RecipientGone | TooLarge | Failed


class ConnectorError(Exception):
    """A Bot Connector call that did not succeed (raised on the SDK path); `.outcome` holds the details."""

    def __init__(self, operation: str, outcome: Outcome) -> None:
        self.operation = operation
        self.outcome = outcome
        status = getattr(outcome, "status", None)
        self.status: int | None = status
        super().__init__(f"Bot Connector {operation}: {outcome!r}")


class ThrottledError(ConnectorError):
    pass


class RecipientGoneError(ConnectorError):
    pass


class TooLargeError(ConnectorError):
    pass


class DeliveryFailedError(ConnectorError):
    pass


_ERRORS: dict[type, type[ConnectorError]] = {
    Throttled: ThrottledError,
    RecipientGone: RecipientGoneError,
    TooLarge: TooLargeError,
    Failed: DeliveryFailedError,
}


def raise_for_outcome(operation: str, outcome: Outcome) -> Outcome:
    """Return a successful outcome unchanged; raise the matching ConnectorError subclass otherwise."""
    if outcome.ok:
        return outcome
    raise _ERRORS[type(outcome)](operation, outcome)
