"""The audit log is append-only in the database itself (SQLite and PostgreSQL), and exports as CSV / JSONL."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from bot.audit.export import write_export
from bot.audit.models import AuditEntry
from bot.audit.service import AuditService

AT = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)


async def _seed(db) -> AuditService:
    service = AuditService(db)
    await service.record(
        action="call.logged",
        entity="call_log",
        entity_id=1,
        case_id="2026004512",
        actor_id="29:pat",
        actor_name="Pat Coordinator",
        after={"outcome": "reached", "at": AT},
        at=AT,
    )
    await service.record(
        action="case.status_changed",
        entity="case",
        entity_id="2026004512",
        case_id="2026004512",
        actor_id="29:pat",
        actor_name="Pat Coordinator",
        before={"status": "denied"},
        after={"status": "p2p_requested"},
        at=AT,
    )
    await service.record(
        action="call.logged",
        entity="call_log",
        entity_id=2,
        case_id="2026000001",
        actor_id="29:sam",
        actor_name="Sam Coordinator",
        after={"outcome": "no_answer"},
        at=AT,
    )
    return service


@pytest.mark.parametrize(
    "statement",
    [
        lambda: update(AuditEntry).values(action="tampered"),
        lambda: update(AuditEntry).where(AuditEntry.id == 1).values(after=None),
        lambda: delete(AuditEntry).where(AuditEntry.id == 1),
        lambda: delete(AuditEntry),
    ],
)
async def test_update_and_delete_are_refused_by_the_database(db, statement):
    await _seed(db)
    with pytest.raises(DBAPIError, match="append-only"):
        async with db.session() as s:
            await s.execute(statement())
    async with db.session() as s:
        rows = list(await s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [r.action for r in rows] == ["call.logged", "case.status_changed", "call.logged"]
    assert rows[0].after == {"outcome": "reached", "at": AT.isoformat()}


async def test_raw_sql_and_orm_changes_are_refused_too(db):
    await _seed(db)
    with pytest.raises(DBAPIError, match="append-only"):
        async with db.engine.begin() as conn:
            await conn.execute(text("DELETE FROM audit_log WHERE case_id = '2026004512'"))
    with pytest.raises(DBAPIError, match="append-only"):
        async with db.session() as s:
            row = await s.get(AuditEntry, 1)
            row.actor_name = "Someone Else"
    with pytest.raises(DBAPIError, match="append-only"):
        async with db.session() as s:
            await s.delete(await s.get(AuditEntry, 2))
    assert len(await AuditService(db).all()) == 3


async def test_truncate_is_refused_too(db):
    """TRUNCATE fires no row trigger: it needs its own (PostgreSQL); SQLite's equivalent is DELETE without
    WHERE, whose fast path the delete trigger turns off."""
    await _seed(db)
    statements = (
        ["TRUNCATE audit_log", "TRUNCATE audit_log RESTART IDENTITY CASCADE"]
        if db.is_postgres
        else ["DELETE FROM audit_log"]
    )
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            async with db.engine.begin() as conn:
                await conn.execute(text(statement))
    assert len(await AuditService(db).all()) == 3


async def test_inserts_still_work_after_a_refused_change(db):
    service = await _seed(db)
    with pytest.raises(DBAPIError):
        async with db.session() as s:
            await s.execute(delete(AuditEntry))
    await service.record(action="p2p.accept", entity="p2p_request", entity_id=1, case_id="2026004512", at=AT)
    assert [e.action for e in await service.for_case("2026004512")] == [
        "call.logged",
        "case.status_changed",
        "p2p.accept",
    ]


async def test_the_protection_is_a_database_trigger(db):
    """The refusal lives in the database (not only in our code), on both engines."""
    async with db.engine.connect() as conn:
        if db.is_postgres:
            names = set(
                (
                    await conn.execute(
                        text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal")
                    )
                ).scalars()
            )
            owner = (
                await conn.execute(
                    text("SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'audit_log'")
                )
            ).scalar()
            assert {"audit_log_append_only", "audit_log_no_truncate"} <= names
            assert owner  # refused even for the table owner, which a REVOKE would not stop
        else:
            names = set(
                (
                    await conn.execute(
                        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
                    )
                ).scalars()
            )
            assert {"audit_log_no_update", "audit_log_no_delete"} <= names


async def test_export_jsonl_and_csv_for_one_case(db):
    service = await _seed(db)
    entries = await service.for_case("2026004512")
    out = io.StringIO()
    assert write_export(entries, "jsonl", out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["action"] for r in rows] == ["call.logged", "case.status_changed"]
    assert rows[1]["before"] == {"status": "denied"} and rows[1]["after"] == {"status": "p2p_requested"}
    assert rows[0]["at"].startswith("2026-11-30T18:00:00")
    out = io.StringIO()
    assert write_export(entries, "csv", out) == 2
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(table[0]) == [
        "id",
        "at",
        "actor_id",
        "actor_name",
        "action",
        "case_id",
        "entity",
        "entity_id",
        "before",
        "after",
    ]
    assert json.loads(table[1]["after"]) == {"status": "p2p_requested"} and table[0]["before"] == ""
    with pytest.raises(ValueError):
        write_export(entries, "xml", io.StringIO())


def test_cli_export_writes_the_case_rows(tmp_path, monkeypatch, capsys):
    import asyncio

    from bot.cli import main
    from bot.storage.db import Database
    from bot.storage.migrate import upgrade

    url = f"sqlite:///{tmp_path}/cli.db"

    async def seed() -> None:
        db = Database(url)
        await upgrade(db)
        await _seed(db)
        await db.dispose()

    asyncio.run(seed())
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    assert main(["audit", "export", "--case", "2026004512", "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert [r["action"] for r in lines] == ["call.logged", "case.status_changed"]
    out = tmp_path / "audit.csv"
    assert main(["audit", "export", "--case", "AUTH-2026-004512", "--format", "csv", "--out", str(out)]) == 0
    assert len(list(csv.DictReader(out.open()))) == 2
    assert main(["audit", "export", "--case", "nonsense", "--format", "csv"]) == 2
