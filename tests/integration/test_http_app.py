"""The aiohttp app end to end on loopback: health, readiness, input validation, a real turn, PHI-free logs."""

from __future__ import annotations

import io
import json
import logging

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.config import Settings
from bot.logs import configure_logging
from bot.storage.db import Database
from bot.storage.migrate import upgrade
from tests.support.mock_connector import MockConnector


@pytest.fixture
async def connector():
    async with MockConnector() as mock:
        yield mock


@pytest.fixture
async def client(tmp_path):
    settings = Settings.from_env(
        {"DATABASE_URL": f"sqlite:///{tmp_path}/app.db", "PSCBOT_MAX_BODY_BYTES": "20000", "PSCBOT_JOBS": "false"}
    )
    db = Database(settings.database_url)
    await upgrade(db)
    client = TestClient(TestServer(create_app(settings, db=db)))
    await client.start_server()
    yield client
    await client.close()
    await db.dispose()


def activity(service_url: str, text: str = "/help", **extra) -> dict:
    body = {
        "type": "message",
        "id": "act-1",
        "text": text,
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {"id": "29:pat", "name": "Pat Coordinator", "aadObjectId": "aad-pat"},
        "recipient": {"id": "28:bot", "name": "pscbot"},
        "conversation": {"id": "a:personal-1", "conversationType": "personal", "tenantId": "t1"},
        "channelData": {"tenant": {"id": "t1"}},
    }
    body.update(extra)
    return body


async def test_health_and_readiness(client):
    assert (await client.get("/healthz")).status == 200
    ready = await client.get("/readyz")
    assert ready.status == 200 and (await ready.json())["status"] == "ready"


async def test_readiness_reports_pending_migrations(tmp_path):
    settings = Settings.from_env({"DATABASE_URL": f"sqlite:///{tmp_path}/empty.db", "PSCBOT_JOBS": "false"})
    async with TestClient(TestServer(create_app(settings))) as client:
        response = await client.get("/readyz")
        assert response.status == 503 and (await response.json())["database"] == "migrations pending"


@pytest.mark.parametrize(
    "body, content_type, status",
    [
        (b"{not json", "application/json", 400),
        (b"[1, 2]", "application/json", 400),
        (b'{"text": "no type"}', "application/json", 400),
        (b'{"type": "message", "conversation": {"id": "c"}}', "application/json", 400),
        (b'{"type": "message", "serviceUrl": "http://x", "conversation": "flat"}', "application/json", 400),
        (
            b'{"type": "message", "serviceUrl": "http://x", "conversation": {"id": "c"}, "text": 5}',
            "application/json",
            400,
        ),
        (b"\xff\xfe\x00garbage", "application/json", 400),
        (b"type=message", "application/x-www-form-urlencoded", 415),
    ],
)
async def test_malformed_bodies_are_rejected_with_4xx_never_500(client, body, content_type, status):
    response = await client.post("/api/messages", data=body, headers={"Content-Type": content_type})
    assert response.status == status
    assert "error" in await response.json()


async def test_oversized_body_is_413(client):
    big = json.dumps(activity("http://x", text="x" * 50_000))
    response = await client.post("/api/messages", data=big, headers={"Content-Type": "application/json"})
    assert response.status == 413


async def test_help_turn_posts_the_help_card_to_the_connector(client, connector):
    response = await client.post("/api/messages", json=activity(connector.url))
    assert response.status in (200, 201)
    assert len(connector.activities) == 1
    card = connector.activities[0]["attachments"][0]
    assert card["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert card["content"]["version"] == "1.5"


async def test_invoke_returns_the_card_in_the_http_response(client, connector):
    body = activity(
        connector.url,
        type="invoke",
        name="adaptiveCard/action",
        text=None,
        value={"action": {"type": "Action.Execute", "verb": "nope", "data": {}}},
    )
    response = await client.post("/api/messages", json=body)
    assert response.status == 200
    payload = await response.json()
    assert payload["statusCode"] == 200 and payload["value"]["type"] == "AdaptiveCard"


async def test_phi_canaries_never_reach_the_logs(client, connector):
    stream = io.StringIO()
    configure_logging("DEBUG", "json", stream=stream)
    try:
        canaries = ["Zebulon Canarypatient", "M987654321", "canary.patient@example.test", "555-867-5309"]
        text = "/case " + " ".join(canaries)
        await client.post("/api/messages", json=activity(connector.url, text=text))
        await client.post(
            "/api/messages", json=activity(connector.url, text="does " + canaries[0] + " qualify?", id="act-2")
        )
        bad = activity("http://127.0.0.1:9/", text=" ".join(canaries), id="act-3")  # connector down: error path
        await client.post("/api/messages", json=bad)
        await client.post(
            "/api/messages",
            data=json.dumps({"type": "message", "text": canaries[1]}),
            headers={"Content-Type": "application/json"},
        )
    finally:
        logging.getLogger().handlers = [h for h in logging.getLogger().handlers if not getattr(h, "_pscbot", 0)]
        logging.getLogger().setLevel(logging.WARNING)
    logged = stream.getvalue()
    assert "turn failed" in logged  # the error path really ran and logged
    for canary in canaries:
        assert canary not in logged


@pytest.mark.parametrize("path", ["/api/messages", "/api/cases"])
@pytest.mark.parametrize("depth", [10_000, 200])  # past the parser's recursion limit, and merely absurd
async def test_deeply_nested_json_is_400_not_500(tmp_path, path, depth):
    settings = Settings.from_env(
        {"DATABASE_URL": f"sqlite:///{tmp_path}/deep.db", "PSCBOT_JOBS": "false", "PSCBOT_API_KEY": "synthetic-key"}
    )
    db = Database(settings.database_url)
    await upgrade(db)
    # json.dumps cannot write 10,000 levels either: splice the nesting in as text.
    body = json.dumps({**activity("http://x"), "channelData": "@@"}).replace('"@@"', "[" * depth + "]" * depth)
    try:
        async with TestClient(TestServer(create_app(settings, db=db))) as deep_client:
            response = await deep_client.post(
                path, data=body, headers={"Content-Type": "application/json", "X-Api-Key": "synthetic-key"}
            )
            assert response.status == 400
            assert "nested too deeply" in (await response.json())["error"]
    finally:
        await db.dispose()
