"""POST /api/cases over HTTP: key, validation, idempotent upsert."""

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.config import Settings
from bot.storage.db import Database
from bot.storage.migrate import upgrade

KEY = "synthetic-test-key"
CASE = {
    "case_id": "AUTH-2026-004512",
    "member_id": "M123456789",
    "level_of_care": "IRF",
    "request_type": "initial",
    "received_at": "2026-11-20T15:00:00-06:00",
    "expedited": True,
}


@pytest.fixture
async def client(tmp_path):
    settings = Settings.from_env(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path}/api.db",
            "PSCBOT_API_KEY": KEY,
            "PSCBOT_DEMO_DATA": "false",
            "PSCBOT_KB_DIR": str(tmp_path / "no-kb"),
            "PSCBOT_JOBS": "false",
        }
    )
    db = Database(settings.database_url)
    await upgrade(db)
    async with TestClient(TestServer(create_app(settings, db=db))) as client:
        client.db = db
        yield client
    await db.dispose()


async def test_key_is_required(client):
    assert (await client.post("/api/cases", json=CASE)).status == 401
    assert (await client.post("/api/cases", json=CASE, headers={"X-Api-Key": "wrong"})).status == 401


async def test_upsert_is_idempotent_and_normalises_the_id(client):
    first = await client.post("/api/cases", json=CASE, headers={"X-Api-Key": KEY})
    assert first.status == 200
    assert (await first.json())["results"] == [
        {"case_id": "2026004512", "created": True, "changed": (await first.json())["results"][0]["changed"]}
    ]
    again = await (await client.post("/api/cases", json=CASE, headers={"X-Api-Key": KEY})).json()
    assert again["results"][0]["created"] is False and again["results"][0]["changed"] == []
    changed = await (
        await client.post("/api/cases", json=dict(CASE, facility="Synthetic Rehab"), headers={"X-Api-Key": KEY})
    ).json()
    assert changed["results"][0]["changed"] == ["facility"]


async def test_validation_errors_are_422_and_nothing_is_saved(client):
    batch = [CASE, dict(CASE, case_id="2026000002", level_of_care="ICU", received_at="yesterday")]
    response = await client.post("/api/cases", json=batch, headers={"X-Api-Key": KEY})
    assert response.status == 422
    body = await response.json()
    assert {e["field"] for e in body["errors"]} >= {"level_of_care", "received_at"}
    assert all(e["index"] == 1 for e in body["errors"])
    from bot.cases.service import CaseService

    assert await CaseService(client.db).get("2026004512") is None


@pytest.mark.parametrize("data, status", [(b"{nope", 400), (b'"a string"', 422), (b"[]", 422)])
async def test_bad_bodies(client, data, status):
    response = await client.post(
        "/api/cases", data=data, headers={"X-Api-Key": KEY, "Content-Type": "application/json"}
    )
    assert response.status == status


async def test_api_refuses_an_extension_longer_than_fourteen_days_per_field(client):
    body = {
        "case_id": "2026000101",
        "member_id": "M000000101",
        "level_of_care": "IRF",
        "request_type": "initial",
        "received_at": "2026-02-02T10:00:00-06:00",
        "extended_until": "2026-03-31T23:59:59-05:00",
        "extension_reason": "Awaiting records",
    }
    response = await client.post("/api/cases", json=body, headers={"X-Api-Key": KEY})
    assert response.status == 422
    [error] = (await response.json())["errors"]
    assert (error["index"], error["field"]) == (0, "extended_until")
    assert "at most 14 calendar days" in error["message"]


async def test_api_refuses_a_shorter_extension_of_a_stored_case(client):
    body = {
        "case_id": "2026000101",
        "member_id": "M000000101",
        "level_of_care": "IRF",
        "request_type": "initial",
        "received_at": "2026-02-02T10:00:00-06:00",
        "extended_until": "2026-02-20T23:59:59-06:00",
        "extension_reason": "Awaiting records",
    }
    assert (await client.post("/api/cases", json=body, headers={"X-Api-Key": KEY})).status == 200
    shorter = dict(body, extended_until="2026-02-12T23:59:59-06:00")
    response = await client.post("/api/cases", json=[CASE, shorter], headers={"X-Api-Key": KEY})
    assert response.status == 422
    [error] = (await response.json())["errors"]
    assert (error["index"], error["field"]) == (1, "extended_until")
    assert "announced deadline earlier" in error["message"]
