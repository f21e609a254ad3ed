"""Inbound JWT check against our own RSA keys served by a local OpenID metadata endpoint: a valid Teams token is
accepted, every forgery is a 401 with one short WARNING line, and a dead or hanging metadata endpoint neither
lets a token through nor stops the bot answering."""

from __future__ import annotations

import asyncio
import json
import logging
import time

import jwt
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from bot.app import INBOUND, create_app
from bot.config import Settings
from bot.storage.db import Database
from bot.storage.migrate import upgrade
from tests.support.waiting import eventually

APP_ID = "11111111-2222-3333-4444-555555555555"
APP_PASSWORD = "synthetic-app-password-for-tests-only-0123456789"
ISSUER = "https://api.botframework.com"
SERVICE_URL = "https://smba.example.test/amer/"


def _key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


TEAMS_KEY, WEBCHAT_KEY, OTHER_KEY = _key(), _key(), _key()


def _jwk(private_key, kid: str, endorsements: list[str]) -> dict:
    jwk = RSAAlgorithm.to_jwk(private_key.public_key(), as_dict=True)
    return {**jwk, "kid": kid, "use": "sig", "endorsements": endorsements}


class MetadataServer:
    """OpenID configuration + JWKS on loopback; `hang` makes every request accept and never answer."""

    def __init__(self, hang: bool = False) -> None:
        self.hang = hang
        self.requests = 0
        self._never = asyncio.Event()
        app = web.Application()
        app.router.add_get("/openid", self.config)
        app.router.add_get("/keys", self.keys)
        self.server = TestServer(app)

    async def config(self, request: web.Request) -> web.Response:
        self.requests += 1
        if self.hang:
            await self._never.wait()
        return web.json_response({"issuer": ISSUER, "jwks_uri": str(self.server.make_url("/keys"))})

    async def keys(self, request: web.Request) -> web.Response:
        return web.json_response(
            {"keys": [_jwk(TEAMS_KEY, "teams-1", ["msteams", "webchat"]), _jwk(WEBCHAT_KEY, "webchat-1", ["webchat"])]}
        )

    @property
    def url(self) -> str:
        return str(self.server.make_url("/openid"))


def token(key=TEAMS_KEY, kid: str = "teams-1", alg: str = "RS256", **claims) -> str:
    now = int(time.time())
    payload = {"iss": ISSUER, "aud": APP_ID, "nbf": now - 60, "exp": now + 3600, "serviceurl": SERVICE_URL}
    payload.update(claims)
    payload = {k: v for k, v in payload.items() if v is not None}
    return jwt.encode(payload, key, algorithm=alg, headers={"kid": kid})


def unsigned_token() -> str:
    now = int(time.time())
    header = {"alg": "none", "typ": "JWT", "kid": "teams-1"}
    body = {"iss": ISSUER, "aud": APP_ID, "exp": now + 3600, "serviceurl": SERVICE_URL}
    part = [jwt.utils.base64url_encode(json.dumps(x).encode()).decode() for x in (header, body)]
    return f"{part[0]}.{part[1]}."


def typing_activity(service_url: str = SERVICE_URL) -> dict:
    # A typing activity: the bot does not answer it, so an accepted request needs no outbound token.
    return {
        "type": "typing",
        "id": "act-typing",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {"id": "29:user"},
        "recipient": {"id": f"28:{APP_ID}"},
        "conversation": {"id": "a:personal-auth", "conversationType": "personal", "tenantId": "t1"},
        "channelData": {"tenant": {"id": "t1"}},
    }


async def start_bot(tmp_path, metadata_url: str) -> TestClient:
    settings = Settings.from_env(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path}/auth.db",
            "PSCBOT_JOBS": "false",
            "MicrosoftAppId": APP_ID,
            "MicrosoftAppPassword": APP_PASSWORD,
            "PSCBOT_AUTH_METADATA_URL": metadata_url,
        }
    )
    db = Database(settings.database_url)
    await upgrade(db)
    client = TestClient(TestServer(create_app(settings, db=db)))
    await client.start_server()
    client.db = db  # type: ignore[attr-defined]
    return client


async def stop_bot(client: TestClient) -> None:
    await client.close()
    await client.db.dispose()  # type: ignore[attr-defined]


async def post(client: TestClient, auth: str | None, body: dict | None = None) -> int:
    headers = {"Authorization": auth} if auth is not None else {}
    response = await client.post("/api/messages", json=body or typing_activity(), headers=headers)
    return response.status


@pytest.fixture
async def metadata():
    server = MetadataServer()
    await server.server.start_server()
    yield server
    await server.server.close()


@pytest.fixture
async def bot(tmp_path, metadata):
    client = await start_bot(tmp_path, metadata.url)
    keys = client.app[INBOUND].keys
    await eventually(lambda: keys.ready, what="signing keys")
    yield client
    await stop_bot(client)


async def test_valid_teams_token_is_accepted(bot):
    assert await post(bot, f"Bearer {token()}") in (200, 201)


FORGERIES = {
    "signed with another key": lambda: f"Bearer {token(OTHER_KEY)}",
    "alg none": lambda: f"Bearer {unsigned_token()}",
    "HS256 with the app password": lambda: f"Bearer {token(APP_PASSWORD, alg='HS256')}",
    "expired": lambda: f"Bearer {token(exp=int(time.time()) - 3600, nbf=int(time.time()) - 7200)}",
    "wrong audience": lambda: f"Bearer {token(aud='99999999-0000-0000-0000-000000000000')}",
    "wrong issuer": lambda: f"Bearer {token(iss='https://issuer.attacker.example')}",
    "no msteams endorsement": lambda: f"Bearer {token(WEBCHAT_KEY, kid='webchat-1')}",
    "serviceurl mismatch": lambda: f"Bearer {token(serviceurl='https://attacker.example/')}",
    "unknown key id": lambda: f"Bearer {token(OTHER_KEY, kid='rotated-9')}",
    "garbage": lambda: "Bearer garbage",
    "no token": lambda: None,
    "wrong scheme": lambda: f"Basic {token()}",
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
async def test_forged_tokens_are_rejected_with_401(bot, forgery):
    assert await post(bot, FORGERIES[forgery]()) == 401


async def test_garbage_token_is_one_warning_line_without_traceback(bot, caplog):
    caplog.set_level(logging.DEBUG)
    assert await post(bot, "Bearer garbage") == 401
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert warnings[0].levelno == logging.WARNING and warnings[0].exc_info is None
    assert "not a well-formed token" in warnings[0].getMessage()


async def test_a_flood_of_forgeries_logs_a_line_not_a_line_each(bot, caplog):
    caplog.set_level(logging.WARNING)
    statuses = [await post(bot, f"Bearer {token(OTHER_KEY)}") for _ in range(20)]
    assert statuses == [401] * 20
    lines = [r for r in caplog.records if r.name == "bot.transport.auth_inbound"]
    assert len(lines) == 1 and lines[0].exc_info is None


@pytest.mark.parametrize(
    "forgery", ["signed with another key", "alg none", "HS256 with the app password", "expired", "garbage"]
)
async def test_unreachable_metadata_fails_closed(tmp_path, unused_tcp_port, forgery):
    client = await start_bot(tmp_path, f"http://127.0.0.1:{unused_tcp_port}/openid")
    try:
        keys = client.app[INBOUND].keys
        await eventually(lambda: keys.failures >= 1, what="a failed key fetch")
        assert await post(client, FORGERIES[forgery]()) == 401
        assert await post(client, f"Bearer {token()}") == 401  # no keys: even a good token waits
    finally:
        await stop_bot(client)


async def test_hanging_metadata_endpoint_does_not_freeze_the_bot(tmp_path):
    server = MetadataServer(hang=True)
    await server.server.start_server()
    client = await start_bot(tmp_path, server.url)
    try:
        await eventually(lambda: server.requests >= 1, what="the key fetch to start")
        forged = [asyncio.create_task(post(client, f"Bearer {token(OTHER_KEY)}")) for _ in range(5)]
        health = await asyncio.wait_for(client.get("/healthz"), 1.0)
        assert health.status == 200
        # Fail closed within 5 s while the endpoint hangs.
        assert await asyncio.wait_for(asyncio.gather(*forged), 5.0) == [401] * 5
        assert (await asyncio.wait_for(client.get("/healthz"), 1.0)).status == 200
    finally:
        await stop_bot(client)
        await server.server.close()
