"""A local mock Bot Connector (plus a mock AAD token endpoint) on loopback, for tests and benchmarks.

In a test::

    async with MockConnector() as mock:
        mock.script(Reply.throttled(retry_after="0.2"), Reply.ok())   # next two connector requests
        ... point the bot's serviceUrl at mock.url ...
        assert len(mock.activities) == 1
        assert mock.connections == 1

It records every request (method, path, conversation id, JSON body, headers, the status it answered), can be
scripted to answer 429 (with or without Retry-After), 503, 403 (BotNotInConversationRoster /
MessageWritesBlocked bodies), 404, 413 or slowly, and counts the TCP connections that carried requests.

As a process (benchmarks): ``python -m tests.support.mock_connector --port 0`` prints ``PORT <n>`` on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from aiohttp import web

TOKEN_PATH_SUFFIX = "/oauth2/v2.0/token"
MOCK_TOKEN = "mock-bot-token"


@dataclass
class Reply:
    """One scripted answer. `match` (optional) limits it to requests whose "METHOD path" contains it."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    match: str | None = None

    @classmethod
    def ok(cls, **kw: Any) -> Reply:
        return cls(200, **kw)

    @classmethod
    def throttled(cls, retry_after: str | float | None = None, **kw: Any) -> Reply:
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        return cls(429, {"error": {"code": "Throttled", "message": "Too many requests"}}, headers, **kw)

    @classmethod
    def unavailable(cls, status: int = 503, **kw: Any) -> Reply:
        return cls(status, {"error": {"code": "ServiceError", "message": "unavailable"}}, **kw)

    @classmethod
    def not_in_roster(cls, **kw: Any) -> Reply:
        return cls(
            403,
            {
                "error": {
                    "code": "BotNotInConversationRoster",
                    "message": "The bot is not part of the conversation roster.",
                }
            },
            **kw,
        )

    @classmethod
    def blocked(cls, **kw: Any) -> Reply:
        return cls(403, {"error": {"code": "MessageWritesBlocked", "message": "Thread is blocked."}}, **kw)

    @classmethod
    def not_found(cls, **kw: Any) -> Reply:
        return cls(404, {"error": {"code": "ConversationNotFound", "message": "Conversation not found."}}, **kw)

    @classmethod
    def too_large(cls, **kw: Any) -> Reply:
        return cls(413, {"error": {"code": "MessageSizeTooBig", "message": "Message size too big."}}, **kw)

    @classmethod
    def slow(cls, delay: float, **kw: Any) -> Reply:
        return cls(200, delay=delay, **kw)


@dataclass
class Received:
    method: str
    path: str
    conversation_id: str | None
    activity_id: str | None
    body: Any
    headers: dict[str, str]
    status: int = 0
    at: float = 0.0

    @property
    def authorization(self) -> str | None:
        return self.headers.get("Authorization")


class MockConnector:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, delay_s: float = 0.0) -> None:
        self.host = host
        self.port = port
        self.delay_s = delay_s
        self.requests: list[Received] = []
        self.token_requests: list[dict[str, str]] = []
        self.token_expires_in = 3600
        self.on_activity: Callable[[Received], None] | None = None
        self.record = True  # benchmarks switch recording off
        self._script: list[Reply] = []
        self._peers: set[Any] = set()
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.handled = 0

    # --- lifecycle -------------------------------------------------------------------------------
    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_get("/_mock/stats", self._stats)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        return app

    async def start(self) -> MockConnector:
        self._runner = web.AppRunner(self.make_app(), access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        sock = site._server.sockets[0]  # type: ignore[union-attr]
        self.port = sock.getsockname()[1]
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> MockConnector:
        return await self.start()

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    @property
    def url(self) -> str:
        """The serviceUrl to put on inbound activities (trailing slash, like Teams)."""
        return f"http://{self.host}:{self.port}/"

    @property
    def login_url(self) -> str:
        """Base URL for the transport's token endpoint (`{login_url}/{tenant}/oauth2/v2.0/token`)."""
        return f"http://{self.host}:{self.port}"

    # --- scripting and inspection ----------------------------------------------------------------
    def script(self, *replies: Reply) -> None:
        self._script.extend(replies)

    def reset(self) -> None:
        self.requests.clear()
        self.token_requests.clear()
        self._script.clear()
        self._peers.clear()
        self.handled = 0

    @property
    def connections(self) -> int:
        """Distinct TCP connections (client address, port) that carried at least one request."""
        return len(self._peers)

    @property
    def activities(self) -> list[Any]:
        """JSON bodies of activities POSTed or PUT to the connector (any status)."""
        return [r.body for r in self.requests if r.method in ("POST", "PUT") and "/activities" in r.path]

    def received(self, method: str | None = None, contains: str = "") -> list[Received]:
        return [r for r in self.requests if (method is None or r.method == method) and contains in r.path]

    def _next_reply(self, method: str, path: str) -> Reply | None:
        key = f"{method} {path}"
        for i, reply in enumerate(self._script):
            if reply.match is None or reply.match in key:
                return self._script.pop(i)
        return None

    # --- handlers --------------------------------------------------------------------------------
    async def _stats(self, request: web.Request) -> web.Response:
        return web.json_response(
            {
                "handled": self.handled,
                "connections": self.connections,
                "token_requests": len(self.token_requests),
            }
        )

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        peer = request.transport.get_extra_info("peername") if request.transport else None
        self._peers.add(peer)
        self.handled += 1
        path = request.path
        method = request.method
        if method == "POST" and path.endswith(TOKEN_PATH_SUFFIX):
            return await self._token(request)
        raw = await request.read()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        conversation_id, activity_id = _ids_from_path(request.raw_path.split("?", 1)[0])
        headers = dict(request.headers) if self.record else {}
        rec = Received(method, path, conversation_id, activity_id, body, headers, at=time.monotonic())
        if self.record:
            self.requests.append(rec)
        reply = self._next_reply(method, path)
        delay = reply.delay if reply is not None and reply.delay else self.delay_s
        if delay:
            await asyncio.sleep(delay)
        if reply is not None and reply.status != 200:
            rec.status = reply.status
            return web.json_response(reply.body, status=reply.status, headers=reply.headers)
        rec.status = 200
        if self.on_activity is not None and method == "POST" and "/activities" in path:
            self.on_activity(rec)
        payload = self._success_body(method, path, conversation_id, activity_id, body)
        if reply is not None and reply.body is not None:
            payload = reply.body
        return web.json_response(payload, headers=reply.headers if reply else None)

    def _success_body(
        self, method: str, path: str, conversation_id: str | None, activity_id: str | None, body: Any
    ) -> Any:
        if path.rstrip("/").endswith("/v3/conversations") and method == "POST":
            n = next(self._ids)
            return {"id": f"mock-conv-{n}", "activityId": f"mock-act-{n}", "serviceUrl": self.url}
        if method == "GET" and path.endswith("/pagedmembers"):
            return {"members": [_member(1), _member(2)], "continuationToken": None}
        if method == "GET" and "/members/" in path:
            return _member(1)
        if method == "GET" and path.endswith("/members"):
            return [_member(1), _member(2)]
        if method == "DELETE":
            return {}
        if method == "PUT":
            return {"id": activity_id}
        return {"id": f"mock-act-{next(self._ids)}"}

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        self.token_requests.append({k: str(v) for k, v in form.items()})
        reply = self._next_reply(request.method, request.path)
        if reply is not None and reply.status != 200:
            return web.json_response(reply.body, status=reply.status, headers=reply.headers)
        return web.json_response(
            {
                "token_type": "Bearer",
                "expires_in": self.token_expires_in,
                "access_token": f"{MOCK_TOKEN}-{len(self.token_requests)}",
            }
        )


def _member(n: int) -> dict[str, Any]:
    return {
        "id": f"29:mock-user-{n}",
        "name": f"Synthetic User {n}",
        "aadObjectId": f"00000000-0000-0000-0000-00000000000{n}",
        "userPrincipalName": f"user{n}@example.test",
        "tenantId": "tenant-mock",
    }


def _ids_from_path(raw_path: str) -> tuple[str | None, str | None]:
    parts = raw_path.split("/")
    try:
        i = parts.index("conversations")
    except ValueError:
        return None, None
    conversation_id = unquote(parts[i + 1]) if len(parts) > i + 1 and parts[i + 1] else None
    activity_id = None
    if len(parts) > i + 3 and parts[i + 2] == "activities" and parts[i + 3] != "history":
        activity_id = unquote(parts[i + 3])
    return conversation_id, activity_id


async def _serve(port: int, delay_ms: float) -> None:
    mock = MockConnector(port=port, delay_s=delay_ms / 1000.0)
    mock.record = False
    await mock.start()
    print(f"PORT {mock.port}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await mock.close()


def main() -> None:
    parser = argparse.ArgumentParser(description="mock Bot Connector on loopback")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--delay-ms", type=float, default=0.0)
    args = parser.parse_args()
    try:
        asyncio.run(_serve(args.port, args.delay_ms))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
