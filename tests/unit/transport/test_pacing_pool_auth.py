"""Pacing to Teams limits (fake clock), connection reuse, and the bot token."""

from __future__ import annotations

import asyncio

import pytest

from bot.transport import TEAMS_CONVERSATION_WINDOWS, ConnectorTransport, Pacer, Sent
from bot.transport.auth import TokenError
from tests.support.mock_connector import MOCK_TOKEN, Reply

from .conftest import fast_policy

ACTIVITY = {"type": "message", "text": "synthetic"}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        target = self.now + delay
        await asyncio.sleep(0)
        self.now = max(self.now, target)


def assert_windows(stamps: list[float], windows) -> None:
    stamps = sorted(stamps)
    for seconds, n in windows:
        for i in range(len(stamps) - n):
            # any n+1 consecutive requests span at least the window
            assert stamps[i + n] - stamps[i] >= seconds - 1e-9, (seconds, n, i)


@pytest.mark.parametrize("concurrent", [False, True])
async def test_burst_of_100_to_one_conversation_is_paced(concurrent):
    clock = FakeClock()
    pacer = Pacer(app_rate_per_s=50, clock=clock, sleep=clock.sleep)
    if concurrent:
        await asyncio.gather(*(pacer.acquire("conv-1") for _ in range(100)))
    else:
        for _ in range(100):
            await pacer.acquire("conv-1")
    stamps = pacer.history("conv-1")
    assert len(stamps) == 100
    assert_windows(stamps, TEAMS_CONVERSATION_WINDOWS)
    # 60 per 30 s is the binding window for 100 messages: the 61st waits for the 30 s mark
    assert stamps[60] - stamps[0] >= 30.0
    assert stamps[-1] - stamps[0] < 60.0  # ...but no slower than needed
    assert sum(1 for s in stamps if s - stamps[0] < 1.0) == 7


async def test_app_window_and_independent_conversations():
    clock = FakeClock()
    pacer = Pacer(app_rate_per_s=50, clock=clock, sleep=clock.sleep)
    for i in range(200):
        await pacer.acquire(f"conv-{i}")  # every conversation is fresh: only the app limit applies
    all_stamps = [s for i in range(200) for s in pacer.history(f"conv-{i}")]
    assert_windows(all_stamps, [(1.0, 50)])
    assert max(all_stamps) - min(all_stamps) < 4.0


async def test_transport_paces_a_burst_instead_of_collecting_429s(mock):
    clock = FakeClock()
    pacer = Pacer(app_rate_per_s=50, clock=clock, sleep=clock.sleep)
    async with ConnectorTransport(pacer=pacer, retry=fast_policy()) as t:
        outs = await asyncio.gather(*(t.send_to_conversation(mock.url, "conv-burst", ACTIVITY) for _ in range(20)))
    assert all(isinstance(o, Sent) for o in outs)
    assert_windows(pacer.history("conv-burst"), TEAMS_CONVERSATION_WINDOWS)
    assert len(mock.received("POST")) == 20


async def test_many_sends_reuse_few_connections(mock):
    async with ConnectorTransport(pacer=Pacer(app_rate_per_s=0), max_connections=4) as t:
        for i in range(50):
            assert isinstance(await t.send_to_conversation(mock.url, f"c{i}", ACTIVITY), Sent)
        assert mock.connections == 1  # sequential sends: one keep-alive connection
        outs = await asyncio.gather(*(t.send_to_conversation(mock.url, f"d{i}", ACTIVITY) for i in range(200)))
    assert all(isinstance(o, Sent) for o in outs)
    assert 1 <= mock.connections <= 4  # bounded by max_connections per host
    assert len(mock.activities) == 250


async def test_token_sent_with_credentials_cached_and_single_flight(mock):
    t = ConnectorTransport(
        app_id="00000000-1111-2222-3333-444444444444",
        app_password="synthetic-secret",
        login_url=mock.login_url,
        pacer=Pacer(app_rate_per_s=0),
    )
    async with t:
        outs = await asyncio.gather(*(t.send_to_conversation(mock.url, f"c{i}", ACTIVITY) for i in range(10)))
        await t.get_conversation_members(mock.url, "c1")
    assert all(isinstance(o, Sent) for o in outs)
    assert len(mock.token_requests) == 1  # one fetch for 11 requests, even when they start together
    form = mock.token_requests[0]
    assert form["grant_type"] == "client_credentials"
    assert form["scope"] == "https://api.botframework.com/.default"
    assert form["client_id"] == "00000000-1111-2222-3333-444444444444"
    token_paths = [r for r in mock.requests if "oauth2" in r.path]
    assert token_paths == []  # token requests are not recorded as connector requests
    assert {r.authorization for r in mock.requests} == {f"Bearer {MOCK_TOKEN}-1"}


async def test_single_tenant_uses_the_tenant_authority(mock):
    t = ConnectorTransport(
        app_id="app",
        app_password="pw",
        app_type="SingleTenant",
        tenant_id="tenant-synthetic",
        login_url=mock.login_url,
    )
    assert t.token_provider.endpoint == f"{mock.login_url}/tenant-synthetic/oauth2/v2.0/token"
    multi = ConnectorTransport(app_id="app", app_password="pw")
    assert multi.token_provider.endpoint == ("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")


async def test_token_is_refreshed_before_expiry_and_after_401(mock):
    t = ConnectorTransport(app_id="app", app_password="pw", login_url=mock.login_url, pacer=Pacer(app_rate_per_s=0))
    async with t:
        mock.token_expires_in = 200  # shorter than the 300 s refresh margin: every call refreshes
        await t.send_to_conversation(mock.url, "c", ACTIVITY)
        await t.send_to_conversation(mock.url, "c", ACTIVITY)
        assert len(mock.token_requests) == 2
        mock.token_expires_in = 3600
        mock.script(Reply(401, {"error": {"code": "Unauthorized"}}, match="/v3/"))
        out = await t.send_to_conversation(mock.url, "c", ACTIVITY)
    assert isinstance(out, Sent)
    assert len(mock.token_requests) == 4
    assert mock.requests[-1].authorization == f"Bearer {MOCK_TOKEN}-4"


async def test_bad_credentials_fail_without_sending(mock):
    t = ConnectorTransport(app_id="app", app_password="wrong", login_url=mock.login_url)
    async with t:
        mock.script(Reply(400, {"error": "invalid_client"}, match="oauth2"))
        out = await t.send_to_conversation(mock.url, "c", ACTIVITY)
    assert out.ok is False and out.status is None and "invalid_client" in out.reason
    assert mock.requests == []
    assert len(mock.token_requests) == 1  # a 4xx from the token endpoint is not retried
    assert issubclass(TokenError, Exception)
