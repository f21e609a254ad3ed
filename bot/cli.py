"""The `pscbot` command line: serve, db, notify, conversations, manifest and the domain commands."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from bot import audit_cli
from bot.cases import cli as cases_cli
from bot.config import Settings, SettingsError, parse_port
from bot.home import load
from bot.knowledge import cli as knowledge_cli
from bot.logs import configure_logging
from bot.summaries import describe_outcome, describe_pass
from bot.triage import cli as triage_cli

log = logging.getLogger(__name__)

# Domain command modules; each exposes register(subparsers) and sets func(args, settings) -> int.
DOMAIN_CLIS = (knowledge_cli, cases_cli, triage_cli, audit_cli)

AUTH_OFF_WARNING = (
    "AUTHENTICATION IS OFF (no MicrosoftAppId): local testing only. Anyone who can reach "
    "this port can talk to the bot; never expose it to a network or use real PHI in this mode."
)


class ConfigError(Exception):
    """A bad command-line value: one line, exit 2 like a bad setting."""


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("pscbot")
    except PackageNotFoundError:
        return "unknown"


# -- serve -------------------------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot import serve

    port = settings.port
    if args.port is not None:
        try:
            port = parse_port(args.port)
        except ValueError as exc:
            raise ConfigError(f"--port: invalid value {args.port[:20]!r} ({exc})") from None
    settings = settings.replace(host=args.host or settings.host, port=port)
    if settings.metrics_port and settings.metrics_port == settings.port:
        raise ConfigError("--port: must differ from PSCBOT_METRICS_PORT")

    home, why = args.home
    notices = [(logging.INFO, f"home: {home} ({why})")]
    if not settings.auth_enabled:
        notices.append((logging.WARNING, AUTH_OFF_WARNING))
    try:
        # The checks (port, database) come before any notice, so a failure is one line with nothing before it.
        asyncio.run(serve.run(settings, notices=notices))
    except serve.StartupError as exc:
        if args.debug:
            raise
        print(f"pscbot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


# -- db -----------------------------------------------------------------------------------------------


def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from bot.storage.db import Database
    from bot.storage.migrate import current_heads, pending_revisions, upgrade

    async def run() -> tuple[set[str], list[str]]:
        db = Database(settings.database_url)
        try:
            async with db.engine.connect() as conn:
                before = await current_heads(conn)
            pending = pending_revisions(before)
            if pending:
                await upgrade(db)
            return before, pending
        finally:
            await db.dispose()

    before, applied = asyncio.run(run())
    where = settings.database_url.split("@")[-1] if "@" in settings.database_url else settings.database_url
    if not applied:
        print(f"database {where} is already up to date ({len(before)} migration heads, nothing to apply)")
    elif not before:
        print(f"created the schema in {where}: applied {len(applied)} migrations ({', '.join(applied)})")
    else:
        print(f"upgraded {where}: applied {len(applied)} migrations ({', '.join(applied)})")
    return 0


def cmd_home(args: argparse.Namespace, settings: Settings) -> int:
    home, why = args.home
    dotenv = home / ".env"
    print(f"home: {home} ({why})")
    print(f".env: {dotenv} ({'present' if dotenv.is_file() else 'absent'})")
    print(f"database: {settings.database_url}")
    print(f"mail drop folder: {settings.inbox_dir}")
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
    from bot.transport.outcomes import Sent

    async def run() -> int:
        async with outside_a_turn(settings) as services:
            try:
                outcome = await services.sender().deliver(args.conversation, MessageFactory.text(args.text))
            except UnknownConversation:
                print(
                    f"pscbot: no active conversation with key {args.conversation} (see `pscbot conversations`)",
                    file=sys.stderr,
                )
                return 1
        if not isinstance(outcome, Sent):
            print(f"pscbot: not delivered: {describe_outcome(outcome)}", file=sys.stderr)
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
        for line in describe_pass(result):
            print(line)
        return 0

    return asyncio.run(run())


# -- manifest ---------------------------------------------------------------------------------------------


def cmd_manifest_build(args: argparse.Namespace, settings: Settings) -> int:
    from manifest.build import build_package

    try:
        path = build_package(
            app_id=args.app_id,
            bot_id=args.bot_id or args.app_id,
            domain=args.domain,
            out_dir=Path(args.out),
            bot_name=settings.bot_name,
        )
    except ValueError as exc:
        print(f"pscbot: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pscbot", description="Teams bot for Pre-Service Coordinators")
    parser.add_argument("--version", action="version", version=f"pscbot {version()}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for failures")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the bot (POST /api/messages)")
    serve.add_argument("--host", help="interface (default PSCBOT_HOST or 127.0.0.1)")
    serve.add_argument("--port", help="port (default PSCBOT_PORT or 3978)")
    serve.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")
    serve.set_defaults(func=cmd_serve)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="apply migrations").set_defaults(func=cmd_db_upgrade)

    sub.add_parser("home", help="which home folder, .env and database this pscbot uses").set_defaults(func=cmd_home)

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

    for module in DOMAIN_CLIS:
        added = module.register(sub)
        if module is triage_cli:
            run = added.add_parser("run", help="one pass: read the mailbox, triage, post alerts")
            run.add_argument("--once", action="store_true", required=True, help="one pass, then exit")
            run.set_defaults(func=cmd_triage_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings, home, why = load()
    except SettingsError as exc:
        print(f"pscbot: configuration error: {exc}", file=sys.stderr)
        return 2
    args.home = (home, why)
    fmt = settings.log_format
    if fmt == "auto":
        fmt = "json" if settings.is_production else "text"
    configure_logging("DEBUG" if args.debug else settings.log_level, fmt)
    log.debug("home: %s (%s)", home, why)
    try:
        return int(args.func(args, settings) or 0)
    except ConfigError as exc:
        print(f"pscbot: configuration error: {exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError) as exc:
        if args.debug:
            raise
        target = f" {exc.filename}" if exc.filename else ""
        print(f"pscbot: cannot use{target}: {exc.strerror or type(exc).__name__}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - one line for the operator; --debug shows the traceback
        if args.debug:
            raise
        print(
            f"pscbot: failed: {type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''} "
            "(run with --debug for details)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
