"""Typed outcomes of one delivery to Teams (succeeded, throttled, recipient gone, too large, failed).

Neutral ground: the transport produces them and the alerts domain records them, so neither imports the other.
"""

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
