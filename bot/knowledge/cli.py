"""`pscbot ask` and `pscbot kb ingest|list|remove`.

`register(subparsers)` adds the subcommands; each sets `func(args, settings) -> int`. Every command migrates
the database and loads the bundled guidelines into an empty knowledge base first, so it works in a fresh
checkout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any, TextIO

from bot.knowledge.ingest import ensure_loaded, ingest_paths, list_documents, remove_document
from bot.knowledge.service import Answer, KnowledgeService
from bot.progress import Progress


def register(subparsers: argparse._SubParsersAction) -> None:
    ask = subparsers.add_parser(
        "ask",
        help="ask the guideline knowledge base a question",
        description="Answer a question from the guideline knowledge base.",
    )
    ask.add_argument("question", help='the question in quotes, or "-" to read one question per line from stdin')
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.set_defaults(func=cmd_ask)

    kb = subparsers.add_parser(
        "kb",
        help="manage the guideline knowledge base",
        description="Ingest, list and remove knowledge-base documents.",
    )
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="{ingest,list,remove}")
    kb_sub.required = True
    ing = kb_sub.add_parser("ingest", help="ingest files or folders (md, html, pdf, docx, txt, faq.yaml)")
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.set_defaults(func=cmd_kb_ingest)
    lst = kb_sub.add_parser("list", help="list ingested documents")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(func=cmd_kb_list)
    rem = kb_sub.add_parser("remove", help="remove a document by id or path")
    rem.add_argument("target", metavar="ID_OR_PATH")
    rem.set_defaults(func=cmd_kb_remove)


@asynccontextmanager
async def open_knowledge(settings: Any, *, record_answers: bool = True) -> AsyncIterator[KnowledgeService]:
    """Database migrated, bundled KB loaded if empty, service ready; disposed on exit."""
    from bot.knowledge.embed import get_embedder
    from bot.storage.db import Database
    from bot.storage.migrate import upgrade

    # The model loads in a worker thread while the database is opened and migrated.
    model = asyncio.get_running_loop().run_in_executor(None, get_embedder)
    db = Database(settings.database_url)
    try:
        await upgrade(db)
        await model
        await ensure_loaded(db, getattr(settings, "kb_dir", "guidelines"))
        yield KnowledgeService(db, settings, record_answers=record_answers)
    finally:
        await db.dispose()


async def ask_many(settings: Any, questions: Iterable[str]) -> list[Answer]:
    """The `pscbot ask` code path (also used by bench/kb_eval.py)."""
    async with open_knowledge(settings) as service:
        return [await service.ask(q) for q in questions]


def format_answer(answer: Answer) -> str:
    lines = [answer.answer]
    if answer.answered:
        if answer.citation:
            lines.append(f"Citation: {answer.citation}")
        if answer.effective_date:
            lines.append(f"Effective: {answer.effective_date}")
        if answer.source:
            lines.append(f"Source: {answer.source}")
        if answer.status in {"secondary", "unconfirmed", "unverified"}:
            lines.append(f"Status: {answer.status}")
    elif answer.suggestions:
        lines.append("These may help:")
        for ref in answer.sections[:3]:
            lines.append(f"- {ref.title} ({ref.citation or 'no citation'}): {ref.snippet}")
    if answer.related and not answer.suggestions:
        lines.append("Related: " + "; ".join(answer.related))
    # A reply held back by a policy check (a year or a kind of answer the passages do not give) can carry a high
    # retrieval confidence; the first line says why it is not an answer, this one that it is not.
    lines.append(f"Confidence: {answer.confidence:.2f}" + ("" if answer.answered else " (not answered)"))
    return "\n".join(lines)


def cmd_ask(args: argparse.Namespace, settings: Any) -> int:
    return asyncio.run(_ask(args, settings, sys.stdin, sys.stdout))


async def _ask(args: argparse.Namespace, settings: Any, stdin: TextIO, stdout: TextIO) -> int:
    async with open_knowledge(settings) as service:
        if args.question == "-":
            for line in stdin:
                q = line.strip()
                if not q:
                    continue
                _emit(await service.ask(q), args.json, stdout)
        else:
            _emit(await service.ask(args.question), args.json, stdout)
    return 0


def _emit(answer: Answer, as_json: bool, stdout: TextIO) -> None:
    if as_json:
        stdout.write(json.dumps(answer.to_public(), ensure_ascii=False) + "\n")
    else:
        stdout.write(format_answer(answer) + "\n\n")
    stdout.flush()


def cmd_kb_ingest(args: argparse.Namespace, settings: Any) -> int:
    async def run() -> int:
        async with open_knowledge(settings) as service:
            with Progress("ingest") as progress:
                report = await ingest_paths(service.db, args.paths, progress=progress)
        for r in report.errors:
            print(f"skipped {r.path}: {r.error}", file=sys.stderr)
        print(report.summary())
        # Any path that could not be read is a failure for scripts, even when the others were loaded.
        return 1 if report.errors else 0

    return asyncio.run(run())


def cmd_kb_list(args: argparse.Namespace, settings: Any) -> int:
    async def run() -> int:
        async with open_knowledge(settings) as service:
            docs = await list_documents(service.db)
        if getattr(args, "json", False):
            print(json.dumps([d.__dict__ for d in docs], ensure_ascii=False))
            return 0
        for d in docs:
            eff = d.effective_date or "-"
            print(f"{d.id:>5}  {d.format:<4} {d.status:<11} {eff:<10} {d.sections:>4}  {d.path}  ({d.title})")
        print(f"{len(docs)} documents")
        return 0

    return asyncio.run(run())


def cmd_kb_remove(args: argparse.Namespace, settings: Any) -> int:
    async def run() -> int:
        async with open_knowledge(settings) as service:
            ok = await remove_document(service.db, args.target)
        if not ok:
            print(f"no document {args.target}", file=sys.stderr)
            return 1
        print(f"removed {args.target}")
        return 0

    return asyncio.run(run())
