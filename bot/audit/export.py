"""Audit export: CSV or JSON Lines, one row per audit entry, oldest first."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from bot.audit.models import AuditEntry

FIELDS = ("id", "at", "actor_id", "actor_name", "action", "case_id", "entity", "entity_id", "before", "after")
FORMATS = ("csv", "jsonl")


def entry_dict(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "actor_id": entry.actor_id,
        "actor_name": entry.actor_name,
        "action": entry.action,
        "case_id": entry.case_id,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "before": entry.before,
        "after": entry.after,
    }


def write_export(entries: Iterable[AuditEntry], fmt: str, out: TextIO) -> int:
    """Write the entries; returns how many. JSON columns are JSON text in CSV, nested objects in JSONL."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected csv or jsonl")
    count = 0
    if fmt == "csv":
        writer: csv.DictWriter[str] = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for entry in entries:
            row = entry_dict(entry)
            for key in ("before", "after"):
                row[key] = "" if row[key] is None else json.dumps(row[key], sort_keys=True, ensure_ascii=False)
            writer.writerow(row)
            count += 1
    else:
        for entry in entries:
            out.write(json.dumps(entry_dict(entry), sort_keys=True, ensure_ascii=False) + "\n")
            count += 1
    return count
