"""The `pscbot` command line: serve, db, notify, conversations, manifest and the domain commands."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import sys
from collections.abc import Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from bot.config import Settings, SettingsError
from bot.logs import configure_logging

log = logging.getLogger(__name__)

# Domain command modules; each exposes register(subparsers) and sets func(args, settings) -> int.
DOMAIN_CLIS = ("bot.knowledge.cli", "bot.cases.cli", "bot.triage.cli", "bot.alerts.cli", "bot.audit_cli")

AUTH_OFF_BANNER = """
**********************************************************************
*  AUTHENTICATION IS OFF (no MicrosoftAppId). Local testing only:     *
*  anyone who can reach this port can talk to the bot. Never expose   *
*  it to a network or use real PHI in this mode.                      *
**********************************************************************"""


def load_settings() -> Settings:
    return Settings.from_env(dotenv=Path(".env"))


# -- serve -------------------------------------------------------------------------------------------

def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from aiohttp import web

    from bot.app import create_app
    from bot.storage.migrate import upgrade_blocking

    settings = settings.replace(host=args.host or settings.host, port=args.port or settings.port)
    if not settings.auth_enabled:
        print(AUTH_OFF_BANNER, file=sys.stderr)
        log.warning("authentication is off: local testing only")
    upgrade_blocking(settings.database_url)
    app = create_app(settings)
    print(f"pscbot listening on http://{settings.host}:{settings.port}/api/messages", file=sys.stderr)
    web.run_app(app, host=settings.host, port=settings.port, print=None, access_log=None)
    return 0


# -- db -----------------------------------------------------------------------------------------------

def cmd_db_upgrade(_args: argparse.Namespace, settings: Settings) -> int:
    from bot.storage.migrate import upgrade_blocking

    upgrade_blocking(settings.database_url)
    print("database is up to date")
    return 0


# -- notify / conversations ------------------------------------------------------------------------------

@asynccontextmanager
async def outside_a_turn(settings: Settings, *, migrate: bool = False):
    """Services with a database and the pooled transport, for commands that post from outside a turn."""
    from bot.storage.db import Database
    from bot.storage.migrate import upgrade
    from bot.transport import ConnectorTransport
    from bot.wiring import build_services

    db = Database(settings.database_url)
    try:
        if migrate:
            await upgrade(db)
        async with ConnectorTransport.from_settings(settings) as transport:
            yield build_services(settings, db, transport=transport)
    finally:
        await db.dispose()


def cmd_notify(args: argparse.Namespace, settings: Settings) -> int:
    from botbuilder.core import MessageFactory

    from bot.proactive import UnknownConversation

    async def run() -> int:
        async with outside_a_turn(settings) as services:
            try:
                outcome = await services.proactive.deliver(args.conversation, MessageFactory.text(args.text))
            except UnknownConversation:
                print(f"pscbot: no active conversation with key {args.conversation} "
                      "(see `pscbot conversations`)", file=sys.stderr)
                return 1
        if not outcome.ok:
            print(f"pscbot: not delivered: {outcome}", file=sys.stderr)
            return 1
        print(f"sent (activity id {outcome.activity_id})")
        return 0

    return asyncio.run(run())


def cmd_conversations(args: argparse.Namespace, settings: Settings) -> int:
    from bot.storage.conversations import ConversationStore
    from bot.storage.db import Database

    async def run() -> int:
        db = Database(settings.database_url)
        try:
            rows = await ConversationStore(db).list(active_only=not args.all)
        finally:
            await db.dispose()
        for row in rows:
            state = "active" if row.active else "inactive"
            print(f"{row.key}  {row.scope:<9} {state:<8} {row.updated_at:%Y-%m-%d %H:%M}Z  {row.title or ''}")
        if not rows:
            print("no conversations yet: install the app or message the bot first")
        return 0

    return asyncio.run(run())


def cmd_triage_run(_args: argparse.Namespace, settings: Settings) -> int:
    from bot.jobs import MailJobs

    async def run() -> int:
        async with outside_a_turn(settings, migrate=True) as services:
            mail = MailJobs(services)
            try:
                result = await mail.run_once()
            finally:
                await mail.close()
        for step, stats in result.items():
            print(f"{step}: {stats if stats is not None else 'no mail source configured'}")
        return 0

    return asyncio.run(run())


# -- manifest ---------------------------------------------------------------------------------------------

def cmd_manifest_build(args: argparse.Namespace, settings: Settings) -> int:
    from manifest.build import build_package

    try:
        path = build_package(app_id=args.app_id, bot_id=args.bot_id or args.app_id, domain=args.domain,
                             out_dir=Path(args.out), bot_name=settings.bot_name)
    except ValueError as exc:
        print(f"pscbot: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pscbot", description="Teams bot for Pre-Service Coordinators")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the bot (POST /api/messages)")
    serve.add_argument("--host", help="interface (default PSCBOT_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default PSCBOT_PORT or 3978)")
    serve.set_defaults(func=cmd_serve)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="apply migrations").set_defaults(func=cmd_db_upgrade)

    notify = sub.add_parser("notify", help="send a text to a stored conversation")
    notify.add_argument("--conversation", required=True, help="conversation key (see `pscbot conversations`)")
    notify.add_argument("--text", required=True, help="message text")
    notify.set_defaults(func=cmd_notify)

    conv = sub.add_parser("conversations", help="list stored conversations")
    conv.add_argument("--all", action="store_true", help="include inactive ones")
    conv.set_defaults(func=cmd_conversations)

    manifest = sub.add_parser("manifest", help="Teams app package")
    m_sub = manifest.add_subparsers(dest="manifest_command", required=True, metavar="ACTION")
    build = m_sub.add_parser("build", help="write appPackage.zip")
    build.add_argument("--app-id", required=True, help="Teams app id (GUID)")
    build.add_argument("--bot-id", help="Azure Bot app id (default: --app-id)")
    build.add_argument("--domain", default="example.invalid", help="bot's public host name")
    build.add_argument("--out", default="build/appPackage", help="output folder")
    build.set_defaults(func=cmd_manifest_build)

    for module_name in DOMAIN_CLIS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module_name.startswith(exc.name):
                raise
            continue
        added = module.register(sub)
        if module_name == "bot.triage.cli":
            run = added.add_parser("run", help="one pass: read the mailbox, triage, post alerts")
            run.add_argument("--once", action="store_true", required=True, help="one pass, then exit")
            run.set_defaults(func=cmd_triage_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"pscbot: configuration error: {exc}", file=sys.stderr)
        return 2
    fmt = settings.log_format
    if fmt == "auto":
        fmt = "json" if settings.is_production else "text"
    configure_logging(settings.log_level, fmt)
    return int(args.func(args, settings) or 0)


if __name__ == "__main__":
    sys.exit(main())
