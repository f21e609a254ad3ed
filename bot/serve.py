"""`pscbot serve`: check what can be checked, bind the port, start the app, then say "listening".

Every failure before the bot is up is a `StartupError`: one line naming the setting or resource and the fix.
The CLI prints it and exits 1 (a runtime problem: port busy, database down); bad settings never get this far
(they are `SettingsError`s, exit 2).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import signal
import socket
from collections.abc import Sequence

from aiohttp import web
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.config import Settings

log = logging.getLogger(__name__)

DB_CONNECT_TIMEOUT_S = 15.0


class StartupError(RuntimeError):
    """A resource the bot needs is not usable; the message is one line with the fix."""


def bind(host: str, port: int, setting: str = "PSCBOT_PORT") -> socket.socket:
    """A listening socket on host:port, or a StartupError that says why not."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        raise StartupError(
            f"PSCBOT_HOST: cannot resolve {host!r}; use an interface address such as 127.0.0.1 or 0.0.0.0"
        ) from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise StartupError(
                f"{setting}: {host}:{port} is already in use; stop the other process or choose "
                "another port (--port or " + setting + ")"
            ) from None
        if exc.errno == errno.EACCES:
            raise StartupError(f"{setting}: not allowed to listen on {host}:{port}; use a port above 1023") from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise StartupError(
                f"PSCBOT_HOST: {host} is not an address of this machine; use 127.0.0.1 or 0.0.0.0"
            ) from None
        raise StartupError(f"{setting}: cannot listen on {host}:{port} ({exc.strerror})") from None
    sock.setblocking(False)
    return sock


def _where(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "memory"
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


async def check_database(settings: Settings) -> None:
    """Connect once and apply migrations; a StartupError names DATABASE_URL and what to do."""
    from bot.storage.db import Database
    from bot.storage.migrate import upgrade

    try:
        db = Database(settings.database_url)
    except Exception as exc:  # noqa: BLE001 - a driver that cannot be loaded, a malformed URL
        raise StartupError(
            f"DATABASE_URL: cannot use this URL ({type(exc).__name__}); expected "
            "sqlite:///path or postgresql://user@host/db"
        ) from None
    where = _where(db.url)
    try:
        async with asyncio.timeout(DB_CONNECT_TIMEOUT_S):
            async with db.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
    except TimeoutError:
        raise StartupError(
            f"DATABASE_URL: no answer from {where} within {DB_CONNECT_TIMEOUT_S:.0f} s; check "
            "the host, port and firewall"
        ) from None
    except OSError as exc:
        reason = "connection refused" if isinstance(exc, ConnectionRefusedError) else exc.strerror or type(exc).__name__
        raise StartupError(
            f"DATABASE_URL: cannot reach the database at {where} ({reason}); start it or fix DATABASE_URL"
        ) from None
    except Exception as exc:  # noqa: BLE001 - driver errors: bad password, unknown database, unwritable file
        raise StartupError(
            f"DATABASE_URL: cannot open the database at {where} ({_reason(exc)}); check the "
            "user, password, database name and permissions"
        ) from None
    finally:
        with contextlib.suppress(Exception):
            await db.dispose()
    db = Database(settings.database_url)
    try:
        await upgrade(db)
    except Exception as exc:  # noqa: BLE001
        raise StartupError(
            f"DATABASE_URL: migrating {where} failed ({_reason(exc)}); run `pscbot --debug db upgrade` for details"
        ) from None
    finally:
        await db.dispose()


def _reason(exc: BaseException) -> str:
    """A short, PHI-free reason: the exception type, plus the first line of driver messages about access."""
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    detail = first[0][:120] if first else ""
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


async def run(
    settings: Settings, *, notices: Sequence[tuple[int, str]] = (), stop: asyncio.Event | None = None
) -> None:
    """Serve until SIGINT/SIGTERM (or `stop` is set). Raises StartupError before anything is listening;
    `notices` (level, message) are logged once the checks have passed."""
    from bot.app import create_app, create_metrics_app

    sock = bind(settings.host, settings.port)
    metrics_sock = None
    try:
        if settings.metrics_port:
            metrics_sock = bind("127.0.0.1", settings.metrics_port, "PSCBOT_METRICS_PORT")
        await check_database(settings)
        for level, message in notices:
            log.log(level, "%s", message)
        runner = web.AppRunner(create_app(settings), access_log=None, handle_signals=False)
        await runner.setup()
    except BaseException:
        sock.close()
        if metrics_sock is not None:
            metrics_sock.close()
        raise
    metrics_runner = None
    try:
        await web.SockSite(runner, sock).start()
        if metrics_sock is not None:
            metrics_runner = web.AppRunner(create_metrics_app(), access_log=None, handle_signals=False)
            await metrics_runner.setup()
            await web.SockSite(metrics_runner, metrics_sock).start()
            log.info("metrics on http://127.0.0.1:%d/metrics", settings.metrics_port)
        log.info("pscbot listening on http://%s:%d/api/messages", settings.host, settings.port)
        stop = stop or asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        log.info("pscbot stopping")
    finally:
        if metrics_runner is not None:
            await metrics_runner.cleanup()
        await runner.cleanup()
