"""ImapSource: reads one IMAP folder incrementally by UID, never marking or moving anything on the server.

Implementation choice: the standard library's `imaplib`, driven from a worker thread (`asyncio.to_thread`).
It is mature, handles literals/TLS/STARTTLS/SASL correctly, adds no dependency, and one mailbox needs one
connection, so one thread at a time is all the concurrency there is; the event loop never blocks on the
network. Every socket operation has a timeout (`timeout_s`); on any error the connection is dropped and the
next pass reconnects after an exponential backoff.

Reading: SELECT (read-only EXAMINE) the folder, compare UIDVALIDITY with the checkpoint (a change resets the
position to 0: everything is read again, and the store's sha256 de-duplication makes that harmless), then
`UID SEARCH UID <last+1>:*` and `UID FETCH <batch> (UID RFC822.SIZE INTERNALDATE BODY.PEEK[]<0.cap>)` — the
partial fetch bounds memory for oversized messages. IDLE (RFC 2177) is used by `wait_for_new` when the server
advertises it.
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import logging
import random
import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.triage.checkpoints import Checkpoint
from bot.triage.sources.base import RawMail
from bot.triage.sources.imap_wire import (
    UIDVALIDITY,
    XOAuth2,
    close_quietly,
    is_new_mail,
    logout,
    parse_fetch,
    quote_folder,
    readable,
    ssl_context,
)
from bot.triage.store import MAX_RAW_BYTES

log = logging.getLogger(__name__)

SECURITY = ("tls", "starttls", "none")


class MailSourceError(RuntimeError):
    """The mailbox could not be read this pass (connection, login, protocol); the poller retries later."""


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int = 993
    security: str = "tls"  # tls | starttls | none
    user: str = ""
    password: str = ""
    oauth_token: str = ""  # XOAUTH2 bearer token; used instead of the password when set
    folder: str = "INBOX"
    ca_file: str | None = None  # extra trust anchor (tests' self-signed certificate)
    timeout_s: float = 30.0  # every connect / read / write
    batch_size: int = 25  # UIDs per FETCH
    max_per_pass: int = 500
    max_bytes: int = MAX_RAW_BYTES
    backoff_max_s: float = 300.0

    def __post_init__(self) -> None:
        if self.security not in SECURITY:
            raise ValueError(f"security must be one of {SECURITY}")

    @classmethod
    def from_settings(cls, settings: Any, **overrides: Any) -> ImapConfig:
        values = dict(
            host=settings.imap_host,
            port=settings.imap_port,
            security=settings.imap_security,
            user=settings.imap_user,
            password=settings.imap_password,
            oauth_token=settings.imap_oauth_token,
            folder=settings.imap_folder,
        )
        values.update(overrides)
        return cls(**values)


class ImapSource:
    def __init__(
        self,
        config: ImapConfig,
        *,
        connect: Callable[[ImapConfig], imaplib.IMAP4] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self.key = f"imap:{config.host}/{config.folder}"
        self._connect_fn = connect or self._connect
        self._clock = clock
        self._conn: imaplib.IMAP4 | None = None
        self._uidvalidity: int | None = None
        self._position: Checkpoint | None = None
        self._failures = 0
        self._retry_at = 0.0
        self.uidvalidity_resets = 0
        self.last_fetched = 0  # messages fetched by the last pass
        self._idle: tuple[asyncio.Future, _Abort] | None = None
        if config.security == "none" and config.host not in {"127.0.0.1", "::1", "localhost"}:
            log.warning("imap security=none to a non-local host: credentials and mail travel unencrypted")

    # -- MailSource --------------------------------------------------------------------------------

    async def fetch_new(self, checkpoint: Checkpoint) -> AsyncGenerator[RawMail, None]:
        self.last_fetched = 0
        await self._end_idle()  # one connection, one command at a time
        if self._clock() < self._retry_at:
            log.debug("imap source in backoff for %.1fs", self._retry_at - self._clock())
            return
        try:
            uidvalidity = await asyncio.to_thread(self._select)
            last = checkpoint.last_uid or 0
            if checkpoint.uidvalidity is not None and checkpoint.uidvalidity != uidvalidity:
                log.warning(
                    "imap UIDVALIDITY changed (%s -> %s): re-reading the folder (duplicates skipped)",
                    checkpoint.uidvalidity,
                    uidvalidity,
                )
                self.uidvalidity_resets += 1
                last = 0
            self._position = Checkpoint(uidvalidity, last)
            uids = await asyncio.to_thread(self._search, last)
            uids = uids[: self.config.max_per_pass]
            for start in range(0, len(uids), self.config.batch_size):
                batch = uids[start : start + self.config.batch_size]
                fetched = await asyncio.to_thread(self._fetch, batch)
                for uid, body, size, internaldate in fetched:
                    self.last_fetched += 1
                    yield RawMail(
                        uid=f"{uidvalidity}:{uid}",
                        raw=body,
                        received_at=internaldate or datetime.now(UTC),
                        checkpoint=Checkpoint(uidvalidity, uid),
                        size=size,
                    )
                    self._position = Checkpoint(uidvalidity, uid)
            self._failures = 0
        except (OSError, imaplib.IMAP4.error, EOFError, MailSourceError) as exc:
            self._fail(exc)
            raise MailSourceError(f"imap read failed ({type(exc).__name__})") from None

    async def ack(self, mail: RawMail) -> None:
        return None  # nothing changes on the server: read-only, BODY.PEEK

    def position(self) -> Checkpoint | None:
        return self._position

    async def close(self) -> None:
        await self._end_idle()
        conn, self._conn = self._conn, None
        if conn is not None:
            await asyncio.to_thread(logout, conn)

    @property
    def supports_idle(self) -> bool:
        return self._conn is not None and "IDLE" in self._conn.capabilities

    @property
    def is_idling(self) -> bool:
        """True once the server has acknowledged an IDLE in progress (tests wait on this, not on a clock)."""
        return self._idle is not None and self._idle[1].idling

    async def wait_for_new(self, timeout_s: float, stop: asyncio.Event | None = None) -> bool:
        """IDLE until the server reports new mail (True), `timeout_s` passes or `stop` is set (False).

        Needs a selected connection from a previous `fetch_new`; without IDLE support, sleeps `timeout_s`.
        """
        conn = self._conn
        if conn is None or "IDLE" not in conn.capabilities:
            await _sleep_or_stop(timeout_s, stop)
            return False
        await self._end_idle()
        abort = _Abort()
        task = asyncio.ensure_future(asyncio.to_thread(self._run_idle, conn, timeout_s, abort))
        self._idle = (task, abort)
        waiters = {task}
        stop_task = None
        if stop is not None:
            stop_task = asyncio.ensure_future(stop.wait())
            waiters.add(stop_task)
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if stop_task is not None:
                stop_task.cancel()
        await self._end_idle()
        try:
            return task.result() if task.done() else False
        except (OSError, imaplib.IMAP4.error, EOFError) as exc:
            self._fail(exc)
            return False

    async def _end_idle(self) -> None:
        """Stop an IDLE in progress (DONE) and wait for the connection to be free again."""
        if self._idle is None:
            return
        task, abort = self._idle
        abort.set()
        if not task.done():
            with contextlib.suppress(Exception):
                await asyncio.wait({task}, timeout=self.config.timeout_s + 1)
        if task.done():
            self._idle = None
            if not task.cancelled():
                task.exception()  # retrieved here; wait_for_new reads it again via result()
        else:  # the thread is stuck on the network: give up on this connection
            self._fail(TimeoutError())
            self._idle = None

    # -- blocking internals (worker thread) --------------------------------------------------------

    def _fail(self, exc: BaseException) -> None:
        self._failures += 1
        delay = min(self.config.backoff_max_s, 2 ** min(self._failures, 10)) * random.uniform(0.5, 1.0)
        self._retry_at = self._clock() + delay
        log.warning("imap source error %s (failure %d, retry in %.0fs)", type(exc).__name__, self._failures, delay)
        conn, self._conn = self._conn, None
        if conn is not None:
            close_quietly(conn)

    def _connect(self, cfg: ImapConfig) -> imaplib.IMAP4:
        t = cfg.timeout_s
        if cfg.security == "tls":
            conn = imaplib.IMAP4_SSL(cfg.host, cfg.port, ssl_context=ssl_context(cfg.ca_file), timeout=t)
        else:
            conn = imaplib.IMAP4(cfg.host, cfg.port, timeout=t)
            if cfg.security == "starttls":
                conn.starttls(ssl_context=ssl_context(cfg.ca_file))
        return conn

    def _login(self, conn: imaplib.IMAP4) -> None:
        cfg = self.config
        if cfg.oauth_token:
            auth = XOAuth2(cfg.user, cfg.oauth_token)
            conn.authenticate("XOAUTH2", auth)
        else:
            conn.login(cfg.user, cfg.password)

    def _ensure_connected(self) -> imaplib.IMAP4:
        if self._conn is not None:
            return self._conn
        started = time.monotonic()
        conn = self._connect_fn(self.config)
        try:
            self._login(conn)
        except BaseException:
            close_quietly(conn)
            raise
        self._conn = conn
        log.info("imap connected (%s, %.2fs)", self.config.security, time.monotonic() - started)
        return conn

    def _select(self) -> int:
        conn = self._ensure_connected()
        typ, data = conn.select(quote_folder(self.config.folder), readonly=True)
        if typ != "OK":
            raise MailSourceError("SELECT refused")
        code = conn.untagged_responses.get("UIDVALIDITY") or []
        value = code[-1] if code and isinstance(code[-1], bytes) else None
        if value is None:
            typ, data = conn.status(quote_folder(self.config.folder), "(UIDVALIDITY)")
            match = UIDVALIDITY.search(data[0] or b"") if typ == "OK" and data else None
            value = match.group(1) if match else None
        if value is None:
            raise MailSourceError("server sent no UIDVALIDITY")
        self._uidvalidity = int(value)
        return self._uidvalidity

    def _search(self, last: int) -> list[int]:
        conn = self._ensure_connected()
        typ, data = conn.uid("SEARCH", "UID", f"{last + 1}:*")
        if typ != "OK":
            raise MailSourceError("UID SEARCH refused")
        uids = set()
        for chunk in data:
            if chunk:
                uids.update(int(x) for x in chunk.split() if x.isdigit())
        # "n:*" always includes the highest UID, even when it is below n.
        return sorted(u for u in uids if u > last)

    def _fetch(self, uids: list[int]) -> list[tuple[int, bytes, int | None, datetime | None]]:
        conn = self._ensure_connected()
        spec = ",".join(str(u) for u in uids)
        items = f"(UID RFC822.SIZE INTERNALDATE BODY.PEEK[]<0.{self.config.max_bytes}>)"
        typ, data = conn.uid("FETCH", spec, items)
        if typ != "OK":
            raise MailSourceError("UID FETCH refused")
        wanted = set(uids)
        got = {fetched[0]: fetched for fetched in parse_fetch(data) if fetched[0] in wanted}
        missing = len(wanted) - len(got)
        if missing:
            log.info("imap: %d messages vanished between SEARCH and FETCH", missing)
        return [got[uid] for uid in sorted(got)]

    def _run_idle(self, conn: imaplib.IMAP4, timeout_s: float, abort: _Abort) -> bool:
        """RFC 2177 IDLE on the selected connection; True when EXISTS/RECENT arrives."""
        tag = conn._new_tag()
        conn.send(tag + b" IDLE\r\n")
        new_mail = False
        while True:  # untagged responses may precede the continuation
            line = conn._get_line()
            if line.startswith(b"+"):
                break
            if line.startswith(tag):
                raise imaplib.IMAP4.error("IDLE refused")
            new_mail |= is_new_mail(line)
        abort.idling = True  # the server has acknowledged IDLE: new mail from now on is reported
        deadline = time.monotonic() + timeout_s
        while not new_mail and not abort.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            if readable(conn, min(remaining, 0.25)):
                line = conn._get_line()
                new_mail |= is_new_mail(line)
        conn.send(b"DONE\r\n")
        while True:
            line = conn._get_line()
            if line.startswith(tag):
                if not line[len(tag) :].strip().upper().startswith(b"OK"):
                    raise imaplib.IMAP4.error("IDLE ended with an error")
                return new_mail
            new_mail |= is_new_mail(line)


class _Abort:
    def __init__(self) -> None:
        self._flag = False
        self.idling = False

    def set(self) -> None:
        self._flag = True

    def is_set(self) -> bool:
        return self._flag


async def _sleep_or_stop(timeout_s: float, stop: asyncio.Event | None) -> None:
    if stop is None:
        await asyncio.sleep(timeout_s)
        return
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout_s)
