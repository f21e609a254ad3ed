"""Pacing to Teams' rate limits: a multi-window sliding limiter per conversation plus one per app.

A burst to one conversation waits (asyncio sleep) instead of collecting 429s. Each window (seconds, n) means
"at most n requests in any `seconds`-long interval"; only the n-th most recent timestamp is needed to check
it, so an acquire costs O(windows). Clock and sleep are injectable for tests.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence

# Teams: per bot per conversation 7 msgs/1 s, 8/2 s, 60/30 s, 1,800/h.
TEAMS_CONVERSATION_WINDOWS: tuple[tuple[float, int], ...] = ((1.0, 7), (2.0, 8), (30.0, 60), (3600.0, 1800))


def app_windows(rate_per_s: float) -> tuple[tuple[float, int], ...]:
    """One sliding window for an app-wide rate (requests/s); <= 0 means unlimited."""
    if rate_per_s <= 0:
        return ()
    if rate_per_s >= 1:
        return ((1.0, int(rate_per_s)),)
    return ((1.0 / rate_per_s, 1),)


class _Windows:
    __slots__ = ("windows", "keep")

    def __init__(self, windows: Sequence[tuple[float, int]]) -> None:
        self.windows = tuple((float(s), int(n)) for s, n in windows)
        self.keep = max((n for _, n in self.windows), default=0)

    def wait(self, stamps: list[float], now: float) -> float:
        """Seconds until one more request fits every window (0 = now)."""
        wait = 0.0
        size = len(stamps)
        for seconds, n in self.windows:
            if size >= n:
                free_at = stamps[size - n] + seconds
                if free_at > now and free_at - now > wait:
                    wait = free_at - now
        return wait

    def record(self, stamps: list[float], now: float) -> None:
        stamps.append(now)
        if len(stamps) > 2 * self.keep:
            del stamps[: len(stamps) - self.keep]


class Pacer:
    """`await pacer.acquire(conversation_id)` before each request; returns the seconds it waited.

    `conversation_id=None` counts only against the app-wide window (reads, token-free calls)."""

    def __init__(
        self,
        app_rate_per_s: float = 50.0,
        conversation_windows: Sequence[tuple[float, int]] = TEAMS_CONVERSATION_WINDOWS,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        sweep_every: int = 10_000,
    ) -> None:
        self._conv = _Windows(conversation_windows)
        self._app = _Windows(app_windows(app_rate_per_s))
        self._app_stamps: list[float] = []
        self._stamps: dict[str, list[float]] = {}
        self._clock = clock
        self._sleep = sleep
        self._horizon = max((s for s, _ in self._conv.windows), default=0.0)
        self._sweep_every = sweep_every
        self._count = 0
        self.waited_total = 0.0

    @classmethod
    def from_settings(cls, settings: object, **kw: object) -> Pacer:
        return cls(float(getattr(settings, "app_rate_per_s", 50.0)), **kw)  # type: ignore[arg-type]

    def history(self, conversation_id: str) -> list[float]:
        """Timestamps recorded for one conversation (tests and diagnostics)."""
        return list(self._stamps.get(conversation_id, ()))

    async def acquire(self, conversation_id: str | None = None) -> float:
        waited = 0.0
        while True:
            now = self._clock()
            stamps = None
            wait = self._app.wait(self._app_stamps, now) if self._app.windows else 0.0
            if conversation_id is not None and self._conv.windows:
                stamps = self._stamps.get(conversation_id)
                if stamps is None:
                    stamps = self._stamps[conversation_id] = []
                conv_wait = self._conv.wait(stamps, now)
                if conv_wait > wait:
                    wait = conv_wait
            if wait <= 0.0:
                if self._app.windows:
                    self._app.record(self._app_stamps, now)
                if stamps is not None:
                    self._conv.record(stamps, now)
                    self._count += 1
                    if self._count >= self._sweep_every:
                        self._sweep(now)
                if waited:
                    self.waited_total += waited
                return waited
            await self._sleep(wait)
            waited += wait

    def _sweep(self, now: float) -> None:
        """Forget conversations idle longer than the longest window."""
        self._count = 0
        cutoff = now - self._horizon
        for key in [k for k, v in self._stamps.items() if not v or v[-1] <= cutoff]:
            del self._stamps[key]
