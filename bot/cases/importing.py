"""Import cases from .csv / .json files (all or nothing) and export them as CSV or JSON.

Import validates EVERY row first with the same rules as `POST /api/cases` (bot.cases.api). If any row
fails, nothing is written and each problem is reported as (row, field, message): `row` is the line number
in a CSV file (the header is line 1) or the 1-based item number in a JSON list. Otherwise all rows are
upserted in a single transaction.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.cases.api import INPUT_FIELDS, validate_case
from bot.cases.extensions import ExtensionError
from bot.cases.models import Case
from bot.cases.service import CaseService
from bot.storage.db import Database

Progress = Callable[[str, int, int], None]  # (phase "validate" | "write", done, total)

EXPORT_FIELDS = INPUT_FIELDS + (
    "due_at",
    "original_due_at",
    "due_rule",
    "priority",
    "decided_at",
    "closed_at",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class RowError:
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.message}"


@dataclass
class ImportResult:
    total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportFormatError(ValueError):
    """The file as a whole cannot be read (wrong extension, bad JSON, no header)."""


def read_rows(path: Path) -> list[tuple[int, Any]]:
    """(row number, object) pairs from a .csv or .json file."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ImportFormatError(f"{path.name}: not valid JSON ({exc})") from None
        if isinstance(data, dict):
            data = [data]
        if not isinstance(data, list):
            raise ImportFormatError(f"{path.name}: expected a JSON list of case objects")
        return [(i + 1, obj) for i, obj in enumerate(data)]
    if suffix == ".csv":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFormatError(f"{path.name}: not UTF-8 text ({exc})") from None
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames:
            raise ImportFormatError(f"{path.name}: empty file or no header row")
        rows: list[tuple[int, Any]] = []
        for rec in reader:
            if None in rec:
                rows.append((reader.line_num, {"__extra__": rec.pop(None)}))
                continue
            # Empty cells mean "not given" so a partial CSV never blanks existing data.
            given = {k.strip(): v for k, v in rec.items() if k and v not in ("", None)}
            rows.append((reader.line_num, given))
        return rows
    raise ImportFormatError(f"{path.name}: expected a .csv or .json file")


def validate_rows(
    rows: list[tuple[int, Any]], progress: Progress | None = None, tz: ZoneInfo | str = "America/Chicago"
):
    inputs, errors, seen = [], [], {}
    for n, (rowno, obj) in enumerate(rows, 1):
        if isinstance(obj, dict) and "__extra__" in obj:
            errors.append(RowError(rowno, "", "more cells than header columns"))
            continue
        inp, errs = validate_case(obj, rowno, tz)
        errors.extend(RowError(e.index, e.field, e.message) for e in errs)
        if inp is not None:
            if inp.case_id in seen:
                errors.append(RowError(rowno, "case_id", f"same case as row {seen[inp.case_id]}"))
            else:
                seen[inp.case_id] = rowno
                inputs.append(inp)
        if progress and (n % 500 == 0 or n == len(rows)):
            progress("validate", n, len(rows))
    return inputs, errors


async def import_file(
    db: Database,
    path: str | Path,
    *,
    tz: ZoneInfo | str = "America/Chicago",
    progress: Progress | None = None,
    actor_name: str | None = "import",
) -> ImportResult:
    path = Path(path)
    rows = read_rows(path)
    result = ImportResult(total=len(rows))
    inputs, errors = validate_rows(rows, progress, tz)
    if errors:
        result.errors = errors
        return result
    service = CaseService(db, tz)
    try:
        outcomes = await service.upsert_many(
            inputs,
            actor_name=actor_name,
            progress=(lambda done, total: progress("write", done, total)) if progress else None,
        )
    except ExtensionError as exc:  # a rule that needs the stored case (all or nothing: nothing was saved)
        rowno = next((n for n, obj in rows if getattr(validate_case(obj, n, tz)[0], "case_id", None) == exc.case_id), 0)
        result.errors = [RowError(rowno, exc.field, str(exc))]
        return result
    for o in outcomes:
        if o.created:
            result.created += 1
        elif o.changed:
            result.updated += 1
        else:
            result.unchanged += 1
    return result


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def case_record(case: Case) -> dict[str, Any]:
    return {name: _plain(getattr(case, name)) for name in EXPORT_FIELDS}


async def export_cases(db: Database, fmt: str, stream: TextIO, *, include_demo: bool = True) -> int:
    """Write every case (ordered by case id) to `stream` as csv or json; returns the count."""
    if fmt not in ("csv", "json"):
        raise ValueError("format must be csv or json")
    count = 0
    writer: csv.DictWriter[str] | None = None
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=list(EXPORT_FIELDS), lineterminator="\n")
        writer.writeheader()
    else:
        stream.write("[")
    stmt = select(Case).order_by(Case.case_id).execution_options(yield_per=1000)
    if not include_demo:
        stmt = stmt.where(Case.demo.is_(False))
    async with db.session() as s:
        result = await s.stream_scalars(stmt)
        async for case in result:
            rec = case_record(case)
            if writer is not None:
                writer.writerow({k: "" if v is None else v for k, v in rec.items()})
            else:
                stream.write(("\n" if count == 0 else ",\n") + json.dumps(rec, ensure_ascii=False))
            count += 1
    if fmt == "json":
        stream.write("\n]\n" if count else "]\n")
    return count
