"""/metrics over HTTP: every documented metric is exposed; production keeps it closed without a token."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client import REGISTRY

from bot import metrics
from bot.alerts.dispatcher import DispatchStats
from bot.app import create_app
from bot.config import Settings
from bot.storage.db import Database
from bot.storage.migrate import upgrade
from bot.triage.pipeline import PipelineStats
from bot.triage.result import TriageResult

DOCUMENTED = [
    "pscbot_turns_total",
    "pscbot_turn_seconds",
    "pscbot_kb_answers_total",
    "pscbot_kb_answer_seconds",
    "pscbot_triage_emails_total",
    "pscbot_alerts_created_total",
    "pscbot_alert_deliveries_total",
    "pscbot_outbox_backlog",
    "pscbot_outbox_oldest_age_seconds",
    "pscbot_job_runs_total",
    "pscbot_job_failures_total",
    "pscbot_connector_throttled_total",
    "pscbot_connector_pacing_delay_seconds_total",
]
PRODUCTION = {
    "PSCBOT_ENV": "production",
    "MicrosoftAppId": "app",
    "MicrosoftAppPassword": "secret",
    "DATABASE_URL": "postgresql://pscbot@db.example.invalid/pscbot",
}


async def serve(tmp_path, env: dict[str, str]) -> tuple[TestClient, Database]:
    settings = Settings.from_env({"PSCBOT_JOBS": "false", **env})
    # Production settings name PostgreSQL; the app under test runs on a local SQLite file instead.
    db = Database(f"sqlite:///{tmp_path}/m.db")
    await upgrade(db)
    client = TestClient(TestServer(create_app(settings, db=db)))
    await client.start_server()
    return client, db


@pytest.fixture
async def open_client(tmp_path):
    client, db = await serve(tmp_path, {"DATABASE_URL": f"sqlite:///{tmp_path}/m.db"})
    yield client
    await client.close()
    await db.dispose()


async def test_development_exposes_every_documented_metric(open_client):
    metrics.DELIVERIES.labels("sent")  # labelled series appear once touched
    response = await open_client.get("/metrics")
    assert response.status == 200 and response.headers["Content-Type"].startswith("text/plain")
    text = await response.text()
    for name in DOCUMENTED:
        assert f"# TYPE {name} " in text, name


async def test_production_has_no_metrics_without_a_token(tmp_path):
    client, db = await serve(tmp_path, PRODUCTION)
    try:
        assert (await client.get("/metrics")).status == 404
    finally:
        await client.close()
        await db.dispose()


async def test_a_token_guards_metrics_on_the_bot_port(tmp_path):
    client, db = await serve(tmp_path, {**PRODUCTION, "PSCBOT_METRICS_TOKEN": "s3cret-token"})
    try:
        assert (await client.get("/metrics")).status == 401
        assert (await client.get("/metrics", headers={"Authorization": "Bearer wrong"})).status == 401
        ok = await client.get("/metrics", headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status == 200 and "pscbot_turns_total" in await ok.text()
    finally:
        await client.close()
        await db.dispose()


async def test_a_metrics_port_moves_metrics_off_the_bot_port(tmp_path):
    client, db = await serve(tmp_path, {"DATABASE_URL": f"sqlite:///{tmp_path}/m.db", "PSCBOT_METRICS_PORT": "9464"})
    try:
        assert (await client.get("/metrics")).status == 404
    finally:
        await client.close()
        await db.dispose()


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_dispatch_and_triage_outcomes_become_labelled_counts():
    sent, dead = (
        value("pscbot_alert_deliveries_total", outcome="sent"),
        value("pscbot_alert_deliveries_total", outcome="dead"),
    )
    metrics.record_dispatch(DispatchStats(claimed=4, sent=3, dead=1))
    assert value("pscbot_alert_deliveries_total", outcome="sent") == sent + 3
    assert value("pscbot_alert_deliveries_total", outcome="dead") == dead + 1

    stats = PipelineStats(processed=2, quarantined=1, alerts=2)
    urgent = TriageResult(request_type="new_request", priority="urgent")
    stats.tally(urgent, "processed")
    stats.tally(urgent, "processed")
    stats.tally(None, "quarantined")
    labels = {"request_type": "new_request", "priority": "urgent", "outcome": "processed"}
    before = value("pscbot_triage_emails_total", **labels)
    quarantined = value("pscbot_triage_emails_total", request_type="unknown", priority="unknown", outcome="quarantined")
    alerts = value("pscbot_alerts_created_total", kind="email")
    metrics.record_triage(stats)
    assert value("pscbot_triage_emails_total", **labels) == before + 2
    assert (
        value("pscbot_triage_emails_total", request_type="unknown", priority="unknown", outcome="quarantined")
        == quarantined + 1
    )
    assert value("pscbot_alerts_created_total", kind="email") == alerts + 2
