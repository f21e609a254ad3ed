"""What one dispatcher pass may take (lease, timeouts, backoff, concurrency) and what it counts."""

from __future__ import annotations

from dataclasses import dataclass, field

# A crashed dispatcher's in-flight rows wait out the lease before anyone re-sends them, so the lease is
# what one send can really take (the transport's per-request timeout x its attempts) plus a little slack.
LEASE_SLACK_S = 15.0


@dataclass(frozen=True)
class DispatchPolicy:
    lease_s: float = 60.0 + LEASE_SLACK_S
    send_timeout_s: float = 60.0  # 15 s per request x 4 attempts (PSCBOT_HTTP_TIMEOUT_S, _MAX_ATTEMPTS)
    max_failures: int = 6
    base_backoff_s: float = 15.0
    max_backoff_s: float = 1800.0
    throttle_default_s: float = 30.0
    concurrency: int = 4
    max_update_failures: int = 5

    def __post_init__(self) -> None:
        if self.send_timeout_s >= self.lease_s:
            raise ValueError("send_timeout_s must be shorter than lease_s")

    @classmethod
    def for_transport(cls, timeout_s: float, attempts: int, **overrides) -> DispatchPolicy:
        """Send timeout = request timeout x attempts; the lease only adds slack for recording the outcome."""
        send_timeout = max(1.0, float(timeout_s)) * max(1, int(attempts))
        return cls(send_timeout_s=send_timeout, lease_s=send_timeout + LEASE_SLACK_S, **overrides)

    def backoff(self, failures: int) -> float:
        return min(self.max_backoff_s, self.base_backoff_s * (2 ** max(0, failures - 1)))


@dataclass
class DispatchStats:
    claimed: int = 0
    sent: int = 0
    throttled: int = 0
    retried: int = 0
    dead: int = 0
    gone: int = 0
    in_doubt: int = 0
    lost_claims: int = 0
    updates: int = 0
    updates_failed: int = 0
    gone_conversations: list[str] = field(default_factory=list)

    @property
    def idle(self) -> bool:
        return self.claimed == 0 and self.updates == 0 and self.updates_failed == 0
