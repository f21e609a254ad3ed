"""The transport reports Teams' pushback: every 429 it meets, and the seconds the pacer made sends wait."""

from __future__ import annotations

import pytest
from prometheus_client import REGISTRY

from bot.transport import ConnectorTransport, Pacer, Sent, Throttled
from tests.support.mock_connector import Reply

from .test_pacing_pool_auth import FakeClock

ACTIVITY = {"type": "message", "text": "synthetic reply"}


def value(name: str) -> float:
    return REGISTRY.get_sample_value(name) or 0.0


async def test_each_429_is_counted(mock, transport, sleeps):
    before = value("pscbot_connector_throttled_total")
    mock.script(*[Reply.throttled(retry_after="1")] * 4)
    out = await transport.send_to_conversation(mock.url, "conv-429", ACTIVITY)
    assert isinstance(out, Throttled)
    assert value("pscbot_connector_throttled_total") == before + 4


async def test_pacing_waits_are_added_up(mock):
    clock = FakeClock()
    before = value("pscbot_connector_pacing_delay_seconds_total")
    async with ConnectorTransport(pacer=Pacer(app_rate_per_s=50, clock=clock, sleep=clock.sleep)) as t:
        outs = [await t.send_to_conversation(mock.url, "conv-burst", ACTIVITY) for _ in range(9)]
    assert all(isinstance(o, Sent) for o in outs)
    waited = value("pscbot_connector_pacing_delay_seconds_total") - before
    assert waited > 0  # 7 per second per conversation: the 8th and 9th sends waited
    assert waited == pytest.approx(t.pacer.waited_total)
