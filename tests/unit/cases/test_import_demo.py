"""File import (all or nothing), export round trip, demo data, CLI and schema parity."""

from __future__ import annotations

import argparse
import io
import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.cases import cli
from bot.cases.demo import DEMO_CASE_IDS, delete_demo, load_demo
from bot.cases.importing import export_cases, import_file
from bot.cases.models import Case, CaseEvent
from bot.cases.service import CaseService

CHI = ZoneInfo("America/Chicago")
HEADER = "case_id,member_id,level_of_care,request_type,received_at,expedited,member_name,facility\n"


async def count(db, model=Case) -> int:
    async with db.session() as s:
        return await s.scalar(select(func.count()).select_from(model))


async def test_csv_import_all_or_nothing_with_row_errors(db, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text(
        HEADER
        + "2026000001,M000000001,IRF,initial,2026-03-02T10:00:00-06:00,false,Synthetic A,Fac A\n"
        + "AUTH-2026-000002,M00000002,SNF,initial,2026-03-02T10:00:00-06:00,no,,\n"
        + "2026000003,M000000003,ICU,initial,2026-03-02T10:00:00,yes,,\n"
        + "2026000001,M000000001,IRF,initial,2026-03-02T10:00:00-06:00,false,,\n",
        encoding="utf-8",
    )
    progress = []
    result = await import_file(db, path, tz=CHI, progress=lambda *a: progress.append(a))
    assert not result.ok
    got = {(e.row, e.field) for e in result.errors}
    assert got == {(3, "member_id"), (4, "level_of_care"), (4, "received_at"), (5, "case_id")}
    assert "row 3, member_id: expected M followed by 9 digits" in [str(e) for e in result.errors]
    assert await count(db) == 0 and await count(db, CaseEvent) == 0
    assert progress[-1] == ("validate", 4, 4)


async def test_json_import_then_reimport_is_idempotent(db, tmp_path):
    rows = [
        {
            "case_id": f"Ref: 202600{i:04d}",
            "member_id": f"M{i:09d}",
            "level_of_care": "LTAC",
            "request_type": "extension_concurrent",
            "received_at": "2026-03-02T10:00:00Z",
            "expedited": i % 2 == 0,
        }
        for i in range(1, 1201)
    ]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    phases = []
    result = await import_file(db, path, tz=CHI, progress=lambda p, d, t: phases.append((p, d, t)))
    assert result.ok and result.created == 1200 and result.total == 1200
    assert ("write", 1200, 1200) in phases
    again = await import_file(db, path, tz=CHI)
    assert again.ok and again.created == 0 and again.updated == 0 and again.unchanged == 1200
    assert await count(db, CaseEvent) == 1200


async def test_json_import_bad_item_writes_nothing(db, tmp_path):
    path = tmp_path / "cases.json"
    path.write_text(
        json.dumps(
            [
                {
                    "case_id": "2026000001",
                    "member_id": "M000000001",
                    "level_of_care": "IRF",
                    "request_type": "initial",
                    "received_at": "2026-03-02T10:00:00Z",
                },
                "oops",
            ]
        )
    )
    result = await import_file(db, path, tz=CHI)
    assert [(e.row, e.message) for e in result.errors] == [(2, "expected an object with case fields")]
    assert await count(db) == 0


async def test_export_round_trip(db, tmp_path):
    await load_demo(db, CHI, now=datetime(2026, 11, 30, 18, 0, tzinfo=UTC))
    for fmt in ("csv", "json"):
        buf = io.StringIO()
        n = await export_cases(db, fmt, buf)
        assert n == len(DEMO_CASE_IDS)
        path = tmp_path / f"export.{fmt}"
        path.write_text(buf.getvalue(), encoding="utf-8")
        result = await import_file(db, path, tz=CHI)
        assert result.ok, result.errors[:3]
        assert result.unchanged == n, (fmt, result)
    data = json.loads((tmp_path / "export.json").read_text())
    assert data[0]["case_id"] == "2026900001" and data[0]["demo"] is True


async def test_demo_is_idempotent_and_marked(db):
    now = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
    assert await load_demo(db, CHI, now=now) == 12
    events = await count(db, CaseEvent)
    assert await load_demo(db, CHI, now=now) == 0
    assert await count(db, CaseEvent) == events
    async with db.session() as s:
        cases = list(await s.scalars(select(Case)))
    assert all(c.demo and c.member_name.startswith("Demo Patient") and c.case_id.startswith("2026900") for c in cases)
    assert {c.level_of_care for c in cases} == {"IRF", "LTAC", "SNF"}
    svc = CaseService(db, CHI)
    overdue, _ = await svc.queue("team", filter="overdue", now=now)
    today, _ = await svc.queue("team", filter="today", now=now)
    _, total = await svc.queue("team", now=now)
    assert overdue and len(today) > len(overdue) and total > len(today)
    assert await delete_demo(db) == 12 and await count(db) == 0


def _parser():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    cli.register(sub)
    return parser


class _Settings:
    timezone = "America/Chicago"

    def __init__(self, url):
        self.database_url = url


def test_cli_import_and_export(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/cli.db"
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "2026000001,M000000001,IRF,initial,2026-03-02T10:00:00-06:00,false,,\n")
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "2026000002,M1,IRF,initial,2026-03-02T10:00:00-06:00,false,,\n")
    args = _parser().parse_args(["cases", "import", str(bad)])
    assert args.func(args, _Settings(url)) == 1
    assert "row 2, member_id" in capsys.readouterr().err
    args = _parser().parse_args(["cases", "import", str(good)])
    assert args.func(args, _Settings(url)) == 0
    err = capsys.readouterr().err
    assert "1 created" in err
    assert "\r" not in err and "it/s" not in err  # captured stderr is not a terminal: no progress bar in it
    out = tmp_path / "out.json"
    args = _parser().parse_args(["cases", "export", "--format", "json", "--out", str(out)])
    assert args.func(args, _Settings(url)) == 0
    assert json.loads(out.read_text())[0]["case_id"] == "2026000001"
    args = _parser().parse_args(["cases", "import", str(tmp_path / "missing.csv")])
    assert args.func(args, _Settings(url)) == 2


@pytest.mark.parametrize("name", ["cases.txt"])
async def test_import_rejects_unknown_extension(db, tmp_path, name):
    from bot.cases.importing import ImportFormatError

    path = tmp_path / name
    path.write_text("x")
    with pytest.raises(ImportFormatError):
        await import_file(db, path)


async def test_migration_matches_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bot.schema import metadata

    def diff(conn):
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        return [d for d in compare_metadata(ctx, metadata) if "case" in repr(d)]

    async with db.engine.connect() as conn:
        assert await conn.run_sync(diff) == []
