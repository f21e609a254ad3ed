"""process_pending: dev e-mails end processed with cases and alerts; malformed ones are quarantined or
classified, never crash the run; re-processing is idempotent; one failing message does not stop the rest."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from bot.alerts.models import Alert, AlertDelivery
from bot.alerts.subscriptions import SubscriptionService, User
from bot.cases.models import Case
from bot.triage import pipeline
from bot.triage.pipeline import process_pending
from bot.triage.store import EmailStore
from tests.support.dev_corpus import dev_labels
from tests.unit.alerts.helpers import HIGH_P2P, LOW_DC, NORMAL_NEW, T0, TZ, URGENT_NEW

DEV_FILES = ["001.eml", "003.eml", "004.eml", "005.eml", "007.eml", "010.eml"]
MALFORMED = [
    "01_empty.eml",
    "02_whitespace_only.eml",
    "04_null_bytes.eml",
    "07_boundary_mismatch.eml",
    "16_charset_utf7_xss.eml",
    "28_adaptive_card_markdown_injection.eml",
    "37_invalid_date.eml",
    "38_missing_core_headers.eml",
    "40_zero_width_bidi_spoof.eml",
]


async def count(db, model) -> int:
    async with db.session() as s:
        return await s.scalar(select(func.count()).select_from(model))


async def test_pipeline_links_creates_and_alerts(db):
    await SubscriptionService(db).subscribe("team", "all", None, User("u1"))
    await SubscriptionService(db).subscribe("irf-only", "urgent", ["IRF"], User("u1"))
    store = EmailStore(db)
    ids = [
        (await store.store_raw("folder:test", str(i), raw, T0))[0]
        for i, raw in enumerate([URGENT_NEW, HIGH_P2P, LOW_DC, NORMAL_NEW])
    ]
    stats = await process_pending(db, "worker-1", tz=TZ)
    assert (stats.claimed, stats.processed, stats.quarantined) == (4, 4, 0)
    assert stats.cases_created == 2  # the new requests; the P2P / discharge cite cases we do not hold
    rows = [await store.get(i) for i in ids]
    assert [r.status for r in rows] == ["processed"] * 4
    assert rows[0].case_id == "2026004512" and rows[0].result["priority"] == "urgent"
    assert rows[0].result["alert_id"] is not None
    async with db.session() as s:
        case = await s.get(Case, "2026004512")
        alerts = list(await s.scalars(select(Alert).order_by(Alert.id)))
        dels = [
            (d.alert_id, d.conversation_key, d.kind, d.status)
            for d in await s.scalars(select(AlertDelivery).order_by(AlertDelivery.id))
        ]
    assert case.received_at == T0 and case.status == "new"
    assert [a.priority for a in alerts] == ["urgent", "high", "low", "normal"]
    urgent, high, low, normal = (a.id for a in alerts)
    assert (urgent, "team", "alert", "pending") in dels and (urgent, "irf-only", "alert", "pending") in dels
    assert (high, "team", "alert", "pending") in dels and not any(d[0] == high and d[1] == "irf-only" for d in dels)
    assert (low, "team", "digest", "queued") in dels and (normal, "team", "digest", "queued") in dels
    assert alerts[1].case_id is None and alerts[1].case_ref == "2026004513"
    # A second run finds nothing; re-queued mail does not make second alerts.
    assert (await process_pending(db, "worker-1", tz=TZ)).claimed == 0
    assert await store.requeue(ids[0]) is False  # processed rows stay processed
    async with db.session() as s:
        from bot.triage.models import Email

        e = await s.get(Email, ids[0])
        e.status = "stored"
    stats = await process_pending(db, "worker-2", tz=TZ)
    assert stats.processed == 1 and await count(db, Alert) == 4 and await count(db, AlertDelivery) == len(dels)


async def test_no_subscription_no_alert_but_case_linked(db):
    store = EmailStore(db)
    await store.store_raw("folder:test", "1", URGENT_NEW, T0)
    stats = await process_pending(db, "w", tz=TZ)
    assert stats.processed == 1 and stats.alerts == 0 and stats.cases_created == 1
    assert await count(db, Alert) == 0


async def test_dev_and_malformed_emails_never_crash(db, shared_dir):
    await SubscriptionService(db).subscribe("team", "all", None, User("u1"))
    store = EmailStore(db)
    labels = {rec["file"]: rec for rec in dev_labels(shared_dir / "eval/triage_dev")}
    dev_ids = {}
    for name in DEV_FILES:
        raw = (shared_dir / "eval/triage_dev" / name).read_bytes()
        dev_ids[name] = (await store.store_raw("folder:dev", name, raw, datetime(2026, 11, 12, tzinfo=UTC)))[0]
    bad_ids = {}
    for name in MALFORMED:
        raw = (shared_dir / "eval/malformed" / name).read_bytes()
        bad_ids[name] = (await store.store_raw("folder:bad", name, raw, T0))[0]
    stats = await process_pending(db, "w", tz=TZ, limit=50)
    assert stats.claimed == len(DEV_FILES) + len(bad_ids) and stats.deferred == 0
    for name, i in dev_ids.items():
        row = await store.get(i)
        assert row.status == "processed", name
        assert row.result["request_type"] == labels[name]["request_type"], name
    statuses = {name: (await store.get(i)).status for name, i in bad_ids.items()}
    assert statuses["01_empty.eml"] == "quarantined"
    assert statuses["02_whitespace_only.eml"] == "quarantined"
    assert set(statuses.values()) <= {"processed", "quarantined"}
    reasons = [q.reason for q in await store.quarantined()]
    assert all(r and "@" not in r for r in reasons)
    # Hostile e-mail text is stored escaped-on-display only; the alert rows carry short reasons.
    assert await count(db, Alert) >= 1


async def test_one_failing_message_does_not_stop_the_rest(db, monkeypatch):
    await SubscriptionService(db).subscribe("team", "high", None, User("u1"))
    store = EmailStore(db)
    a = (await store.store_raw("folder:test", "a", URGENT_NEW, T0))[0]
    b = (await store.store_raw("folder:test", "b", HIGH_P2P, T0))[0]
    real = pipeline.link_result
    calls = {"n": 0}

    async def flaky(s, result, **kw):
        calls["n"] += 1
        if kw["email_id"] == a:
            raise ValueError("boom")
        return await real(s, result, **kw)

    monkeypatch.setattr(pipeline, "link_result", flaky)
    stats = await process_pending(db, "w", tz=TZ)
    assert (stats.processed, stats.quarantined) == (1, 1)
    ra, rb = await store.get(a), await store.get(b)
    assert ra.status == "quarantined" and ra.quarantine_reason == "pipeline error: ValueError"
    assert rb.status == "processed"


async def test_transient_database_error_defers(db, monkeypatch):
    from sqlalchemy.exc import OperationalError

    store = EmailStore(db)
    a = (await store.store_raw("folder:test", "a", URGENT_NEW, T0))[0]

    async def down(*args, **kw):
        raise OperationalError("stmt", {}, Exception("database is locked"))

    monkeypatch.setattr(pipeline, "link_result", down)
    stats = await process_pending(db, "w", tz=TZ)
    assert stats.deferred == 1 and (await store.get(a)).status == "processing"


async def test_logs_carry_no_email_text_names_or_member_ids(db, caplog):
    import logging

    from bot.features.alert_delivery import CardAlertService as AlertService
    from bot.features.alert_delivery import dispatch_once
    from tests.unit.alerts.helpers import FakeSender

    caplog.set_level(logging.DEBUG, logger="bot")
    await SubscriptionService(db).subscribe("team", "all", None, User("aad-secret", "Nurse Secretname"))
    store = EmailStore(db)
    await store.store_raw("folder:test", "1", URGENT_NEW, T0)
    await process_pending(db, "w", tz=TZ)
    await dispatch_once(db, FakeSender(), "d", now=T0, tz=TZ)
    from tests.unit.alerts.helpers import alerts

    [alert] = await alerts(db)
    await AlertService(db, TZ).claim(alert.id, User("aad-secret", "Nurse Secretname"), now=T0)
    text = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot"))
    assert "alert" in text
    for secret in ("M123456789", "Secretname", "aad-secret", "acute inpatient rehab", "Liaison", "hospital.example"):
        assert secret not in text, secret
