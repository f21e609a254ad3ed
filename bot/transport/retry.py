"""The one retry policy for Bot Connector calls.

- 429: not accepted, so always safe to retry: wait the Retry-After advice (seconds or HTTP date), else a
  jittered exponential backoff; give up (Throttled) when attempts run out or the advice is longer than
  `max_retry_after_s` (the caller reschedules).
- 412/502/503/504: retried only for idempotent requests (GET, PUT update, DELETE) or requests carrying an
  idempotency key. A POSTed activity is never re-POSTed after any answer other than 429.
- Connection failures before the request was sent: retried. Timeouts / dropped connections after sending:
  retried only when idempotent; a POST returns Failed(in_doubt=True).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    base_delay_s: float = 0.5
    max_delay_s: float = 8.0
    max_retry_after_s: float = 15.0
    retry_statuses: frozenset[int] = frozenset({412, 502, 503, 504})
    jitter: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    @classmethod
    def from_settings(cls, settings: Any, **overrides: Any) -> RetryPolicy:
        return cls(max_attempts=max(1, int(settings.http_max_attempts)), **overrides)

    def backoff(self, attempt: int) -> float:
        """Delay before attempt `attempt + 1`: exponential, capped, equal jitter (half fixed, half random)."""
        cap = min(self.max_delay_s, self.base_delay_s * (2 ** max(0, attempt - 1)))
        return cap / 2 + self.jitter() * cap / 2

    def throttle_delay(self, retry_after: float | None, attempt: int) -> float | None:
        """Delay before retrying a 429, or None to give up and return Throttled."""
        if attempt >= self.max_attempts:
            return None
        if retry_after is None:
            return self.backoff(attempt)
        if retry_after > self.max_retry_after_s:
            return None
        # a little jitter on top so that many waiters do not return in the same instant
        return retry_after + self.jitter() * min(0.1, retry_after * 0.1 + 0.01)

    def can_retry(self, attempt: int) -> bool:
        return attempt < self.max_attempts


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - now())
