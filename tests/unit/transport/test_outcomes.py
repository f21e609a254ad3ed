"""Each connector answer maps to its typed outcome; one retry policy; POSTs are never duplicated."""

from __future__ import annotations

import time
from email.utils import formatdate

import pytest

from bot.transport import (
    ConnectorTransport,
    Failed,
    Fetched,
    Pacer,
    RecipientGone,
    Sent,
    Throttled,
    TooLarge,
    parse_retry_after,
)
from tests.support.mock_connector import Reply

from .conftest import fast_policy

ACTIVITY = {"type": "message", "text": "synthetic reply"}
CONV = "19:synthetic-thread@thread.tacv2;messageid=1700000000000"


async def test_success_returns_sent_with_activity_id(mock, transport):
    out = await transport.send_to_conversation(mock.url, CONV, ACTIVITY)
    assert isinstance(out, Sent) and out.activity_id and out.attempts == 1
    [rec] = mock.requests
    assert rec.conversation_id == CONV  # the id survives percent-encoding
    assert rec.body == ACTIVITY
    assert rec.authorization is None  # no credentials: no Authorization header


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply.not_in_roster(), RecipientGone(403, "BotNotInConversationRoster")),
        (Reply.blocked(), RecipientGone(403, "MessageWritesBlocked")),
        (Reply.not_found(), RecipientGone(404, "ConversationNotFound")),
        (Reply.too_large(), TooLarge()),
        (Reply(400, {"error": {"code": "BadSyntax", "message": "x"}}), Failed(400, "BadSyntax")),
        (Reply.unavailable(503), Failed(503, "ServiceError", in_doubt=True)),
        (Reply.unavailable(502), Failed(502, "ServiceError", in_doubt=True)),
        (Reply.unavailable(500), Failed(500, "ServiceError", in_doubt=True)),
    ],
)
async def test_final_statuses_map_to_outcomes_and_post_is_sent_once(mock, transport, sleeps, reply, expected):
    mock.script(reply)
    out = await transport.reply_to_activity(mock.url, CONV, "1700000000000", ACTIVITY)
    assert out == expected
    assert len(mock.received("POST")) == 1  # never re-POSTed
    assert sleeps.delays == []


async def test_429_is_retried_after_the_advised_delay(mock, sleeps):
    async with ConnectorTransport(
        retry=fast_policy(jitter=lambda: 0.0), pacer=Pacer(app_rate_per_s=0), sleep=sleeps
    ) as t:
        mock.script(Reply.throttled(retry_after="0.3"))
        out = await t.send_to_conversation(mock.url, CONV, ACTIVITY)
    assert isinstance(out, Sent) and out.attempts == 2
    posts = mock.received("POST")
    assert len(posts) == 2 and [r.status for r in posts] == [429, 200]
    assert sleeps.delays == [0.3]  # waited exactly the advice (an injected sleep: no wall clock)


async def test_429_http_date_retry_after_and_backoff_without_advice(mock, transport, sleeps):
    mock.script(Reply.throttled(retry_after=formatdate(time.time() + 2, usegmt=True)), Reply.throttled())
    out = await transport.send_to_conversation(mock.url, CONV, ACTIVITY)
    assert isinstance(out, Sent) and out.attempts == 3
    assert 0.5 < sleeps.delays[0] <= 2.2  # the HTTP date, in seconds from now
    assert sleeps.delays[1] == pytest.approx(fast_policy().backoff(2))


async def test_429_gives_up_as_throttled_after_max_attempts(mock, transport, sleeps):
    mock.script(*[Reply.throttled(retry_after="1")] * 4)
    out = await transport.send_to_conversation(mock.url, CONV, ACTIVITY)
    assert out == Throttled(1.0, attempts=4)
    assert len(mock.received("POST")) == 4  # 429 = not accepted, so each retry is safe
    assert [round(d) for d in sleeps.delays] == [1, 1, 1]


async def test_429_with_long_advice_returns_throttled_at_once(mock, transport, sleeps):
    mock.script(Reply.throttled(retry_after="120"))
    out = await transport.send_to_conversation(mock.url, CONV, ACTIVITY)
    assert out == Throttled(120.0, attempts=1)
    assert sleeps.delays == []


async def test_post_timeout_is_in_doubt_and_not_repeated(mock, sleeps):
    t = ConnectorTransport(retry=fast_policy(), pacer=Pacer(app_rate_per_s=0), timeout_s=0.3, sleep=sleeps)
    async with t:
        mock.script(Reply.slow(1.0))
        out = await t.send_to_conversation(mock.url, CONV, ACTIVITY)
    assert isinstance(out, Failed) and out.status is None and out.in_doubt and out.reason == "timeout"
    assert len(mock.received("POST")) == 1


async def test_idempotent_requests_are_retried_on_5xx_and_timeout(mock, transport, sleeps):
    mock.script(Reply.unavailable(503), Reply.unavailable(412))
    assert isinstance(await transport.update_activity(mock.url, CONV, "a1", ACTIVITY), Sent)
    assert len(mock.received("PUT")) == 3
    mock.script(Reply.unavailable(504))
    assert isinstance(await transport.delete_activity(mock.url, CONV, "a1"), Sent)
    assert len(mock.received("DELETE")) == 2
    mock.script(Reply.unavailable(502))
    out = await transport.get_conversation_members(mock.url, CONV)
    assert isinstance(out, Fetched) and len(out.data) == 2


async def test_post_with_idempotency_key_is_retried_on_503(mock, transport):
    mock.script(Reply.unavailable(503))
    out = await transport.send_to_conversation(mock.url, CONV, ACTIVITY, idempotency_key="alert-7:conv-3")
    assert isinstance(out, Sent) and out.attempts == 2
    assert len(mock.received("POST")) == 2


async def test_idempotent_retries_are_bounded(mock, transport, sleeps):
    mock.script(*[Reply.unavailable(503)] * 10)
    out = await transport.update_activity(mock.url, CONV, "a1", ACTIVITY)
    assert out == Failed(503, "ServiceError", in_doubt=False, attempts=4)
    assert len(mock.received("PUT")) == 4


async def test_connection_refused_before_sending_is_retried_then_failed(sleeps):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    async with ConnectorTransport(retry=fast_policy(), pacer=Pacer(app_rate_per_s=0), sleep=sleeps) as t:
        out = await t.send_to_conversation(f"http://127.0.0.1:{port}/", CONV, ACTIVITY)
    assert isinstance(out, Failed) and out.status is None and not out.in_doubt and out.attempts == 4
    assert out.reason.startswith("connect error")
    assert len(sleeps.delays) == 3


async def test_create_conversation_and_members(mock, transport):
    out = await transport.create_conversation(mock.url, {"isGroup": False, "members": [{"id": "29:x"}]})
    assert isinstance(out, Sent) and out.body["id"].startswith("mock-conv-")
    one = await transport.get_conversation_member(mock.url, CONV, "29:mock-user-1")
    assert isinstance(one, Fetched) and one.data["id"] == "29:mock-user-1"
    paged = await transport.get_conversation_paged_members(mock.url, CONV, page_size=50)
    assert isinstance(paged, Fetched) and len(paged.data["members"]) == 2
    assert mock.received("GET", "pagedmembers")[0].path.endswith("/pagedmembers")


def test_parse_retry_after():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("0.25") == 0.25
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    now = 1_800_000_000.0
    assert parse_retry_after(formatdate(now + 10, usegmt=True), now=lambda: now) == pytest.approx(10, abs=1)
    assert parse_retry_after(formatdate(now - 10, usegmt=True), now=lambda: now) == 0.0
