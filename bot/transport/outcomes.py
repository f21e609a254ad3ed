"""The exceptions the SDK path raises for failed Bot Connector calls; the outcomes live in bot.outcomes."""

from __future__ import annotations

from bot.outcomes import Failed, Fetched, Outcome, RecipientGone, Sent, Throttled, TooLarge

__all__ = [
    "ConnectorError",
    "DeliveryFailedError",
    "Failed",
    "Fetched",
    "Outcome",
    "RecipientGone",
    "RecipientGoneError",
    "Sent",
    "Throttled",
    "ThrottledError",
    "TooLarge",
    "TooLargeError",
    "raise_for_outcome",
]


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
