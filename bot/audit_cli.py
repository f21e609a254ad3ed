"""`pscbot audit export --case ID --format csv|jsonl [--out FILE]`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime

from bot.audit.export import FORMATS, write_export


async def _export(args: argparse.Namespace, settings) -> int:
    from bot.audit.service import AuditService
    from bot.cases.ids import parse_case_ref
    from bot.storage.db import Database
    from bot.storage.migrate import upgrade

    case_id = None
    if args.case:
        case_id = parse_case_ref(args.case, datetime.now(UTC).year)
        if not case_id:
            print(f"pscbot: {args.case!r} is not a case id", file=sys.stderr)
            return 2
    db = Database(settings.database_url)
    try:
        await upgrade(db)
        service = AuditService(db)
        entries = await (service.for_case(case_id) if case_id else service.all())
    finally:
        await db.dispose()
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as fh:
            count = write_export(entries, args.format, fh)
        print(f"wrote {count} audit rows to {args.out}", file=sys.stderr)
    else:
        write_export(entries, args.format, sys.stdout)
    return 0


def register(subparsers) -> None:
    audit = subparsers.add_parser("audit", help="the append-only audit trail")
    sub = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    exp = sub.add_parser("export", help="export audit rows (one case or all) as CSV or JSON Lines")
    exp.add_argument("--case", help="case id (default: every case)")
    exp.add_argument("--format", choices=FORMATS, default="jsonl", help="csv or jsonl (default jsonl)")
    exp.add_argument("--out", help="output file (default: standard output)")
    exp.set_defaults(func=lambda args, settings: asyncio.run(_export(args, settings)))
