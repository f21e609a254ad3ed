"""The MailSource protocol and the RawMail it yields."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from bot.triage.checkpoints import Checkpoint


@dataclass(frozen=True)
class RawMail:
    """One message as received.

    `uid` identifies it within the source (IMAP "<uidvalidity>:<uid>", a folder: a hash of the file name).
    `checkpoint` is the position to persist once this message is stored (None: the source keeps no checkpoint
    in the database, e.g. a folder, which moves the file in `ack` instead). `size` is the size as received
    when `raw` is only a prefix (IMAP partial fetch of an oversized message).
    """

    uid: str
    raw: bytes
    received_at: datetime
    checkpoint: Checkpoint | None = None
    size: int | None = None
    handle: object | None = None  # source-private (a folder source's file path); never logged
    # Set when the entry cannot be read as mail (a directory, symlink, FIFO, unreadable file): `raw` is then
    # a small PHI-free placeholder and the poller stores it as a quarantine row with this reason.
    rejected: str | None = None


@runtime_checkable
class MailSource(Protocol):
    """Where mail comes from. The poller drives it:

    async for mail in source.fetch_new(checkpoint):
        store(mail)                 # durable first ...
        await source.ack(mail)      # ... then the source may forget it (folder: move the file)
        save(mail.checkpoint)       # ... and the checkpoint moves (IMAP)
    save(source.position())         # e.g. a new UIDVALIDITY on an empty mailbox
    """

    key: str

    def fetch_new(self, checkpoint: Checkpoint) -> AsyncGenerator[RawMail, None]: ...

    async def ack(self, mail: RawMail) -> None: ...

    def position(self) -> Checkpoint | None: ...

    async def close(self) -> None: ...
