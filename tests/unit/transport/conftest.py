"""Fixtures: the mock Bot Connector and a started ConnectorTransport pointed at nothing in particular."""

from __future__ import annotations

import pytest

from bot.transport import ConnectorTransport, Pacer, RetryPolicy
from tests.support.mock_connector import MockConnector


class SleepRecorder:
    """An injected sleep: records the delays, does not wait."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


@pytest.fixture
async def mock():
    async with MockConnector() as m:
        yield m


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


def fast_policy(**kw) -> RetryPolicy:
    defaults = dict(max_attempts=4, base_delay_s=0.01, max_delay_s=0.05, jitter=lambda: 0.5)
    defaults.update(kw)
    return RetryPolicy(**defaults)


@pytest.fixture
async def transport(sleeps):
    t = ConnectorTransport(retry=fast_policy(), pacer=Pacer(app_rate_per_s=0), timeout_s=2.0, sleep=sleeps)
    async with t:
        yield t
