"""EmailStore: idempotent raw storage, Message-ID extraction, claims, quarantine, checkpoints and leases."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from bot.triage.models import Email
from bot.triage.store import Checkpoint, EmailStore, extract_message_id

T0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
SRC = "folder:/tmp/synthetic"


def msg(n: int, mid: str | None = None) -> bytes:
    head = f"Message-ID: {mid}\r\n" if mid else ""
    return (
        f"{head}From: liaison{n}@facility.example.test\r\nSubject: Synthetic request {n}\r\n\r\nSynthetic body {n}\r\n"
    ).encode()


async def test_store_raw_is_idempotent_by_content(db):
    store = EmailStore(db)
    raw = msg(1, "<a1@example.test>")
    first = await store.store_raw(SRC, "1", raw, T0)
    again = await store.store_raw("imap:other/INBOX", "99", raw, T0 + timedelta(hours=1))
    assert first[1] is True and again == (first[0], False)
    other = await store.store_raw(SRC, "2", msg(2, "<a1@example.test>"), T0)  # same Message-ID, other bytes
    assert other[1] is True and other[0] != first[0]
    row = await store.get(first[0])
    assert row.raw == raw and row.sha256 == hashlib.sha256(raw).hexdigest()
    assert row.message_id == "<a1@example.test>" and row.status == "stored" and row.attempts == 0
    assert row.received_at == T0 and row.size == len(raw) and not row.raw_truncated
    assert (await store.counts())["stored"] == 2


async def test_store_raw_truncates_over_cap(db):
    store = EmailStore(db, max_raw_bytes=1000)
    raw = msg(1) + b"x" * 5000
    email_id, _ = await store.store_raw(SRC, "1", raw, T0)
    row = await store.get(email_id)
    assert len(row.raw) == 1000 and row.raw_truncated and row.size == len(raw)
    # A source that fetched only a prefix reports the size as received.
    email_id, _ = await store.store_raw(SRC, "2", msg(2), T0, size=10_000_000)
    row = await store.get(email_id)
    assert row.raw_truncated and row.size == 10_000_000


async def test_store_raw_accepts_hostile_bytes(db):
    store = EmailStore(db)
    for i, raw in enumerate(
        [
            b"",
            b"\x00\xff\xfe" * 100,
            b"Message-ID: \x00<x\x00y>\xff\r\n\r\n",
            b"Message-ID:" + b"A" * 5000 + b"\r\n\r\n",
            bytes(range(256)) * 10,
        ]
    ):
        email_id, is_new = await store.store_raw(SRC, str(i), raw, T0)
        assert is_new
        row = await store.get(email_id)
        assert row.raw == raw
        assert row.message_id is None or ("\x00" not in row.message_id and len(row.message_id) <= 998)


def test_extract_message_id():
    assert extract_message_id(b"Subject: x\r\nMessage-Id:  <a@b>  \r\n\r\nbody") == "<a@b>"
    assert extract_message_id(b"Message-ID:\r\n <folded@b>\r\n\r\n") == "<folded@b>"
    assert extract_message_id(b"Subject: x\n\nMessage-ID: <in-body@b>\n") is None
    assert extract_message_id(b"X-Message-ID: <other@b>\r\n\r\n") is None
    assert extract_message_id(b"Message-ID: <\x00n\x00ul@b>\r\n\r\n") == "<nul@b>"
    assert len(extract_message_id(b"Message-ID: <" + b"a" * 3000 + b">\r\n\r\n")) == 998
    assert extract_message_id(b"\xff\xfe\x00") is None


async def test_claim_mark_and_quarantine(db):
    store = EmailStore(db)
    ids = [(await store.store_raw(SRC, str(i), msg(i), T0))[0] for i in range(5)]
    claimed = await store.claim_pending("w1", limit=3, lease_s=60)
    assert [r.id for r in claimed] == ids[:3]
    assert all(r.status == "processing" and r.claimed_by == "w1" and r.attempts == 1 for r in claimed)
    assert claimed[0].raw == msg(0)
    await store.mark_processed(ids[0], {"category": "synthetic", "urgent": False}, "C-1001")
    await store.mark_quarantined(ids[1], "parse error: ValueError")
    row = await store.get(ids[0])
    assert row.status == "processed" and row.result == {"category": "synthetic", "urgent": False}
    assert row.case_id == "C-1001" and row.processed_at is not None and row.claimed_by is None
    rest = await store.claim_pending("w2", limit=10, lease_s=60)
    assert [r.id for r in rest] == ids[3:]  # ids[2] is still claimed by w1
    quarantined = await store.quarantined()
    assert [(q.id, q.reason) for q in quarantined] == [(ids[1], "parse error: ValueError")]
    assert await store.counts() == {"stored": 0, "processing": 3, "processed": 1, "quarantined": 1}
    assert await store.requeue(ids[1])
    assert (await store.get(ids[1])).status == "stored"
    assert await store.get(123456) is None


async def test_expired_claims_are_reclaimed_then_quarantined(db):
    store = EmailStore(db)
    email_id, _ = await store.store_raw(SRC, "1", msg(1), T0)
    for attempt in range(1, 4):
        rows = await store.claim_pending(f"w{attempt}", limit=5, lease_s=60, max_attempts=3)
        assert [(r.id, r.attempts) for r in rows] == [(email_id, attempt)]
        assert await store.claim_pending("other", limit=5, lease_s=60) == []  # live claim
        async with db.session() as s:  # the worker died: its claim runs out
            await s.execute(update(Email).values(claimed_until=datetime.now(UTC) - timedelta(seconds=1)))
    assert await store.claim_pending("w4", limit=5, lease_s=60, max_attempts=3) == []
    row = await store.get(email_id)
    assert row.status == "quarantined" and "3 times" in row.quarantine_reason


async def test_concurrent_claimers_get_disjoint_rows(db):
    store = EmailStore(db)
    for i in range(40):
        await store.store_raw(SRC, str(i), msg(i), T0)
    other = EmailStore(db)

    async def claim_all(s: EmailStore, owner: str) -> list[int]:
        got = []
        while rows := await s.claim_pending(owner, limit=3, lease_s=60):
            got += [r.id for r in rows]
            await asyncio.sleep(0)
        return got

    a, b = await asyncio.gather(claim_all(store, "a"), claim_all(other, "b"))
    assert not set(a) & set(b)
    assert len(a) + len(b) == 40
    if db.is_postgres:
        assert a and b  # SKIP LOCKED lets both make progress


async def test_checkpoint_and_lease(db):
    store = EmailStore(db)
    key = "imap:mail.example.test/INBOX"
    assert await store.get_checkpoint(key) == Checkpoint(None, 0)
    assert await store.acquire_lease(key, "a", 60)
    assert await store.acquire_lease(key, "a", 60)  # renew
    assert not await store.acquire_lease(key, "b", 60)
    assert await store.save_checkpoint(key, Checkpoint(7, 42), "a")
    assert not await store.save_checkpoint(key, Checkpoint(7, 99), "b")  # fenced
    assert await store.get_checkpoint(key) == Checkpoint(7, 42)
    await store.release_lease(key, "a")
    assert await store.acquire_lease(key, "b", -1)  # a lease that has already run out (no clock to wait on)
    assert await store.acquire_lease(key, "a", 60)  # b's lease expired


async def test_lease_race_has_one_winner(db):
    stores = [EmailStore(db) for _ in range(6)]
    wins = await asyncio.gather(*(s.acquire_lease("folder:/x", f"o{i}", 60) for i, s in enumerate(stores)))
    assert sum(wins) == 1


async def test_schema_matches_migration(db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bot.schema import metadata

    def diff(conn):
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        return [d for d in compare_metadata(ctx, metadata) if "emails" in repr(d) or "mail_checkpoints" in repr(d)]

    async with db.engine.connect() as conn:
        assert await conn.run_sync(diff) == []


@pytest.mark.parametrize("naive", [datetime(2026, 1, 1)])
async def test_naive_received_at_rejected(db, naive):
    with pytest.raises(ValueError):
        await EmailStore(db).store_raw(SRC, "1", b"x", naive)
