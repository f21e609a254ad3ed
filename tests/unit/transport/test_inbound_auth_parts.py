"""Parts of the inbound token check: the rate-limited log line (fixed clock), the production guard on the
test-only metadata setting, and the SDK's metadata cache never reaching the network."""

from __future__ import annotations

import logging

import pytest
from botframework.connector.auth import AuthenticationConstants

from bot.config import Settings, SettingsError
from bot.transport.auth_inbound import (
    CHANNEL_METADATA_URL,
    NoSigningKeys,
    SigningKeys,
    _MetadataCache,
    _RateLimitedWarning,
)


def test_rejections_log_one_line_per_interval_with_a_count(caplog):
    now = [1000.0]
    warn = _RateLimitedWarning(30.0, clock=lambda: now[0])
    caplog.set_level(logging.WARNING)
    for _ in range(10):
        warn("bad signature")
    now[0] += 31
    warn("bad signature")
    warn("token expired")
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "inbound request rejected: bad signature",
        "inbound request rejected: bad signature (+9 similar not logged)",
        "inbound request rejected: token expired",
    ]
    assert all(r.exc_info is None for r in caplog.records)


def test_test_only_metadata_url_is_refused_in_production():
    env = {
        "PSCBOT_ENV": "production",
        "MicrosoftAppId": "app",
        "MicrosoftAppPassword": "pw",
        "PSCBOT_AUTH_METADATA_URL": "http://127.0.0.1:1/openid",
    }
    with pytest.raises(SettingsError, match="PSCBOT_AUTH_METADATA_URL"):
        Settings.from_env(env)


@pytest.mark.parametrize(
    "url",
    [
        CHANNEL_METADATA_URL,
        AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
        "https://login.example.test/anything",
    ],
)
async def test_sdk_metadata_lookups_answer_from_memory_and_fail_closed(url):
    cache = _MetadataCache(SigningKeys("http://127.0.0.1:1/never-fetched"))
    with pytest.raises(NoSigningKeys):
        await cache.get(url).get("any-kid")
    assert cache.setdefault(url, object()) is cache.get(url)
