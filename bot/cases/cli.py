"""`pscbot cases import FILE` and `pscbot cases export`: register(subparsers) adds the `cases` command.

Each subcommand sets `func(args, settings) -> int` (the exit code). Both migrate the database first.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot.progress import phased
from bot.storage.db import Database
from bot.storage.migrate import upgrade


def register(subparsers) -> None:
    cases = subparsers.add_parser("cases", help="import or export cases")
    sub = cases.add_subparsers(dest="cases_command", required=True)
    imp = sub.add_parser("import", help="import cases from a .csv or .json file (all or nothing)")
    imp.add_argument("file", type=Path, help="FILE.csv or FILE.json")
    imp.add_argument("--quiet", action="store_true", help="no progress bar")
    imp.set_defaults(func=lambda args, settings: asyncio.run(_import(args, settings)))
    exp = sub.add_parser("export", help="export every case as CSV or JSON")
    exp.add_argument("--format", choices=("csv", "json"), default="csv")
    exp.add_argument("--out", type=Path, help="output file (default: standard output)")
    exp.set_defaults(func=lambda args, settings: asyncio.run(_export(args, settings)))


async def _import(args: argparse.Namespace, settings) -> int:
    from bot.cases.importing import ImportFormatError, import_file

    if not args.file.is_file():
        print(f"error: {args.file}: no such file", file=sys.stderr)
        return 2
    db = Database(settings.database_url)
    try:
        await upgrade(db)
        try:
            result = await import_file(db, args.file, tz=settings.timezone, progress=None if args.quiet else phased())
        except ImportFormatError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    finally:
        await db.dispose()
    if result.errors:
        print(f"{args.file.name}: {len(result.errors)} problem(s); nothing was imported:", file=sys.stderr)
        for err in result.errors:
            print(f"  {err}", file=sys.stderr)
        return 1
    print(
        f"{args.file.name}: {result.total} row(s): {result.created} created, {result.updated} updated, "
        f"{result.unchanged} unchanged",
        file=sys.stderr,
    )
    return 0


async def _export(args: argparse.Namespace, settings) -> int:
    from bot.cases.importing import export_cases

    db = Database(settings.database_url)
    try:
        await upgrade(db)
        if args.out:
            with args.out.open("w", encoding="utf-8", newline="") as fh:
                count = await export_cases(db, args.format, fh)
        else:
            count = await export_cases(db, args.format, sys.stdout)
    finally:
        await db.dispose()
    print(f"exported {count} case(s)", file=sys.stderr)
    return 0
