"""`pscbot triage ...`: classify files, run one mailbox pass, list quarantined messages."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

MAX_FILE_BYTES = 30 * 1024 * 1024  # the parser's own limits are lower; this only bounds the read


def classify_path(path: Path, rules) -> dict:
    """One evaluation record for a file; problems become the `error` field, never an exception."""
    from bot.triage.classify import triage_bytes

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return {
            "file": str(path),
            "request_type": "other",
            "level_of_care": None,
            "priority": "low",
            "case_id": None,
            "member_id": None,
            "expedited": False,
            "reasons": [],
            "error": f"cannot read file: {exc.strerror or type(exc).__name__}",
        }
    record = triage_bytes(raw[:MAX_FILE_BYTES], rules).to_json_dict(str(path))
    if len(raw) > MAX_FILE_BYTES and not record.get("error"):
        record["error"] = "file truncated at 30 MB"
    return record


def cmd_classify(args: argparse.Namespace, _settings) -> int:
    from bot.triage.rules import RulesError, load_rules

    if args.rules and not Path(args.rules).is_file():
        print(f"pscbot: --rules: no such file {args.rules}", file=sys.stderr)
        return 2
    try:
        rules = load_rules(args.rules)
    except (RulesError, OSError) as exc:
        print(f"pscbot: {exc}", file=sys.stderr)
        return 2
    unreadable = 0
    for name in args.files:
        record = classify_path(Path(name), rules)
        unreadable += str(record.get("error") or "").startswith("cannot read file")
        if args.json:
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            where = record["case_id"] or "no case id"
            print(
                f"{record['file']}: {record['priority']:<6} {record['request_type']:<18} "
                f"{record['level_of_care'] or '-':<4} {where}" + (f"  [{record['error']}]" if record["error"] else "")
            )
    if unreadable:
        print(f"pscbot: {unreadable} of {len(args.files)} files could not be read", file=sys.stderr)
    return 1 if unreadable else 0


def cmd_quarantine(args: argparse.Namespace, settings) -> int:
    import asyncio

    from bot.storage.db import Database
    from bot.storage.migrate import upgrade
    from bot.triage.store import EmailStore

    async def run() -> int:
        db = Database(settings.database_url)
        try:
            await upgrade(db)
            rows = await EmailStore(db).quarantined(limit=args.limit)
        finally:
            await db.dispose()
        for row in rows:
            print(f"#{row.id}  {row.received_at:%Y-%m-%d %H:%M}Z  {row.source}  {row.reason}")
        if not rows:
            print("nothing is quarantined")
        return 0

    return asyncio.run(run())


def cmd_facilities(args: argparse.Namespace, settings) -> int:
    """List the facility directory, or set / remove one entry."""
    import asyncio

    from bot.storage.db import Database
    from bot.storage.migrate import upgrade
    from bot.triage import directory

    async def run() -> int:
        db = Database(settings.database_url)
        try:
            await upgrade(db)
            if args.set:
                name, level = args.set
                if level.upper() not in directory.LEVELS:
                    print(f"pscbot: level of care must be one of {', '.join(directory.LEVELS)}, not {level!r}")
                    return 2
                await directory.set_entry(db, name, level)
                print(f"{name}: {level.upper()} (set by hand; cases will not overwrite it)")
                return 0
            if args.remove:
                n = await directory.remove(db, args.remove)
                print(f"removed {n} entr{'y' if n == 1 else 'ies'}")
                return 0
            rows = await directory.entries(db)
        finally:
            await db.dispose()
        for row in rows:
            print(f"{row.level_of_care:5s} {row.source:7s} {row.name}")
        if not rows:
            print("the facility directory is empty (it fills from cases, or: --set NAME LEVEL)")
        return 0

    return asyncio.run(run())


def register(subparsers):
    """Adds `triage classify` and `triage quarantine`; returns the sub-parsers so the edge can add `run`."""
    triage = subparsers.add_parser("triage", help="shared-mailbox triage")
    sub = triage.add_subparsers(dest="triage_command", required=True, metavar="ACTION")
    quarantine = sub.add_parser("quarantine", help="list messages kept aside, with the reason")
    quarantine.add_argument("--limit", type=int, default=50)
    quarantine.set_defaults(func=cmd_quarantine)
    classify = sub.add_parser("classify", help="classify .eml files (prints one result per file)")
    classify.add_argument("files", nargs="+", metavar="FILE")
    classify.add_argument("--json", action="store_true", help="one JSON object per line")
    classify.add_argument("--rules", help="a rules YAML file instead of the shipped one")
    classify.set_defaults(func=cmd_classify)
    facilities = sub.add_parser("facilities", help="facility directory: name -> level of care (list, --set, --remove)")
    facilities.add_argument("--set", nargs=2, metavar=("NAME", "LEVEL"), help="IRF, LTAC or SNF")
    facilities.add_argument("--remove", metavar="NAME")
    facilities.set_defaults(func=cmd_facilities)
    return sub
