"""MailPoller: one pass over a mailbox — lease, fetch, store (durably), ack, advance the checkpoint.

Order per message: `store_raw` commits the raw bytes, then the source forgets the message (`ack`: a folder
moves the file) and only then the checkpoint moves. A crash anywhere re-reads instead of losing; re-reads are
de-duplicated by sha256. When storing one message fails, the rest of the pass still runs but the checkpoint no
longer moves in that pass, so the failed message is read again next time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.storage.db import Database
from bot.triage.sources.base import MailSource
from bot.triage.sources.folder import FolderSource
from bot.triage.sources.imap import ImapConfig, ImapSource, MailSourceError
from bot.triage.store import EmailStore

log = logging.getLogger(__name__)


def default_owner() -> str:
    """A lease/claim owner id unique to this process: host, pid and a random suffix."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


STORE_CHUNK = 25  # messages stored per transaction (the IMAP source fetches in batches of this size)


@dataclass
class PollResult:
    stored_new: int = 0
    duplicates: int = 0
    errors: int = 0
    quarantined: int = 0  # entries that were not mail (a folder's directory, symlink, FIFO...): set aside
    skipped: bool = False  # another instance holds the mailbox lease
    new_ids: list[int] = field(default_factory=list)  # emails stored by this pass (for the pipeline)
    seconds: float = 0.0

    @property
    def fetched(self) -> int:
        return self.stored_new + self.duplicates


class MailPoller:
    def __init__(
        self,
        db: Database,
        source: MailSource,
        store: EmailStore | None = None,
        owner: str | None = None,
        *,
        lease_s: float = 120.0,
    ) -> None:
        self.db = db
        self.source = source
        self.store = store or EmailStore(db)
        self.owner = owner or default_owner()
        self.lease_s = lease_s
        self._lock = asyncio.Lock()

    async def poll_once(self) -> PollResult:
        """Read what is new; never raises for mailbox or message problems (they count as `errors`)."""
        async with self._lock:
            started = time.monotonic()
            result = PollResult()
            try:
                await self._poll(result)
            except Exception as exc:  # noqa: BLE001 - e.g. the database is down; try again next pass
                result.errors += 1
                log.error("mail poll failed (%s)", type(exc).__name__)
            result.seconds = time.monotonic() - started
            if result.stored_new or result.duplicates or result.errors or result.quarantined:
                log.info(
                    "mail poll: %d new, %d duplicates, %d set aside, %d errors in %.2fs",
                    result.stored_new,
                    result.duplicates,
                    result.quarantined,
                    result.errors,
                    result.seconds,
                )
            return result

    async def _poll(self, result: PollResult) -> None:
        key, store = self.source.key, self.store
        if not await store.acquire_lease(key, self.owner, self.lease_s):
            result.skipped = True
            log.debug("mailbox lease held by another instance; skipping")
            return
        lease_renewed = time.monotonic()
        start = await store.get_checkpoint(key)
        saved = start
        frozen = False  # a store failure: stop moving the checkpoint for the rest of this pass
        try:
            async with contextlib.aclosing(self.source.fetch_new(start)) as mails:
                chunk: list = []
                async for mail in mails:
                    chunk.append(mail)
                    if len(chunk) < STORE_CHUNK:
                        continue
                    saved, frozen, lease_renewed, ok = await self._store_chunk(
                        chunk, result, saved, frozen, lease_renewed
                    )
                    chunk = []
                    if not ok:
                        return
                if chunk:
                    saved, frozen, lease_renewed, ok = await self._store_chunk(
                        chunk, result, saved, frozen, lease_renewed
                    )
                    if not ok:
                        return
        except MailSourceError:
            result.errors += 1
            return
        position = self.source.position()
        if not frozen and position is not None and position != saved:
            await store.save_checkpoint(key, position, self.owner)

    async def _store_chunk(self, chunk: list, result: PollResult, saved, frozen: bool, lease_renewed: float):
        """Store fetched messages (one transaction), then acknowledge them and move the checkpoint.

        Returns (saved checkpoint, frozen, lease renewal time, keep going).
        """
        key, store = self.source.key, self.store
        if time.monotonic() - lease_renewed > self.lease_s / 3:
            if not await store.acquire_lease(key, self.owner, self.lease_s):
                log.warning("mailbox lease lost during a pass; stopping")
                return saved, frozen, lease_renewed, False
            lease_renewed = time.monotonic()
        for mail in [m for m in chunk if m.rejected]:
            await self._set_aside(mail, result)
        readable = [m for m in chunk if not m.rejected]
        stored = await store.store_many([(key, m.uid, m.raw, m.received_at, m.size) for m in readable])
        for mail, outcome in zip(readable, stored, strict=True):
            if outcome is None:  # not stored: re-read next pass, so the checkpoint stops here
                result.errors += 1
                frozen = True
                continue
            email_id, is_new = outcome
            if is_new:
                result.stored_new += 1
                result.new_ids.append(email_id)
            else:
                result.duplicates += 1
            try:
                await self.source.ack(mail)
            except Exception as exc:  # noqa: BLE001 - stored already; a re-read is a duplicate
                result.errors += 1
                log.warning("acknowledging stored email %s failed (%s)", email_id, type(exc).__name__)
        last = chunk[-1].checkpoint
        if last is not None and not frozen:
            if not await store.save_checkpoint(key, last, self.owner):
                log.warning("mailbox lease lost during a pass; stopping")
                return saved, frozen, lease_renewed, False
            saved = last
        return saved, frozen, lease_renewed, True

    async def _set_aside(self, mail, result: PollResult) -> None:
        """Quarantine row first, then the source moves the entry aside; a failure leaves it for next pass."""
        try:
            await self.store.store_rejected(self.source.key, mail.uid, mail.raw, mail.received_at, mail.rejected)
            result.quarantined += 1
            await self.source.ack(mail)
        except Exception as exc:  # noqa: BLE001 - the entry stays where it is and is tried again
            result.errors += 1
            log.warning("setting aside a rejected mailbox entry failed (%s)", type(exc).__name__)

    async def idle_loop(self, stop: asyncio.Event, *, poll_s: float = 30.0, idle_s: float = 240.0) -> None:
        """Poll, then wait for new mail (IMAP IDLE when available, else `poll_s`), until `stop` is set."""
        idle_s = min(idle_s, self.lease_s / 2)
        while not stop.is_set():
            result = await self.poll_once()
            if stop.is_set():
                break
            wait_for_new = getattr(self.source, "wait_for_new", None)
            if (
                not result.skipped
                and not result.errors
                and wait_for_new is not None
                and getattr(self.source, "supports_idle", False)
            ):
                await wait_for_new(idle_s, stop)
            else:
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(stop.wait(), poll_s)

    async def close(self) -> None:
        """Close the source and hand the mailbox lease back (another instance may take over at once)."""
        with contextlib.suppress(Exception):
            await self.source.close()
        with contextlib.suppress(Exception):
            await self.store.release_lease(self.source.key, self.owner)


def build_source(settings: Any, *, base_dir: Path | None = None, **imap_overrides: Any) -> MailSource | None:
    """The configured source: FolderSource (`inbox_dir`, relative = project root), ImapSource, or None."""
    if settings.mail_source == "off":
        return None
    if settings.mail_source == "imap":
        return ImapSource(ImapConfig.from_settings(settings, **imap_overrides))
    from bot.config import PROJECT_ROOT

    path = Path(settings.inbox_dir)
    if not path.is_absolute():
        path = (base_dir or PROJECT_ROOT) / path
    return FolderSource(path)
