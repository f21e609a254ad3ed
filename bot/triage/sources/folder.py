"""FolderSource: the embedded default (`var/inbox/`), a drop folder of `*.eml` files and/or a Maildir.

Files are never deleted. After the message is stored, a flat `.eml` moves to `<path>/.processed/` and a
Maildir message moves to `cur/` with the Seen flag (`:2,S`). A file that is still being written (modified
within the last `settle_s` seconds, or changing while read) waits for the next pass; a file that cannot be
read moves to `<path>/.failed/`. So do directories, symlinks, FIFOs and other special entries with a mail
name: every entry is accounted for, either stored or moved aside with a quarantine row saying why. Symlinks are
never followed and special files never opened (`O_NOFOLLOW | O_NONBLOCK`, then a regular-file check on the
open descriptor, so an entry swapped after the scan cannot block the reader). File names can hold PHI (a member
name in a subject-derived name), so logs and quarantine rows carry only a short hash of the name.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import stat
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.triage.checkpoints import Checkpoint
from bot.triage.sources.base import RawMail
from bot.triage.store import MAX_RAW_BYTES

log = logging.getLogger(__name__)

PROCESSED_DIR = ".processed"
FAILED_DIR = ".failed"


def name_hash(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:12]


@dataclass(frozen=True)
class _Candidate:
    path: Path
    maildir: bool
    mtime: float
    size: int
    refused: str | None = None  # why this entry will not be opened (not a regular file)
    ident: str = ""  # inode and change time: tells two entries of the same name apart


def _refused_kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a symlink (never followed)"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (special files are never opened)"
    if stat.S_ISSOCK(mode):
        return "a socket (special files are never opened)"
    return "a device or other special file (never opened)"


class FolderSource:
    def __init__(
        self,
        path: str | os.PathLike,
        *,
        settle_s: float = 1.0,
        max_per_pass: int = 500,
        max_bytes: int = MAX_RAW_BYTES,
    ) -> None:
        self.path = Path(path).resolve()
        self.key = f"folder:{self.path}"
        self.settle_s = settle_s
        self.max_per_pass = max_per_pass
        self.max_bytes = max_bytes
        self.skipped_unsettled = 0  # last pass: files left for later because they were still changing
        self.failed = 0  # total files moved to .failed

    # -- MailSource --------------------------------------------------------------------------------

    async def fetch_new(self, checkpoint: Checkpoint | None = None) -> AsyncGenerator[RawMail, None]:
        candidates = await asyncio.to_thread(self._scan)
        self.skipped_unsettled = 0
        for cand in candidates[: self.max_per_pass]:
            if cand.refused:
                mail = _rejected(cand, f"not a mail file: {cand.refused}")
            else:
                mail = await asyncio.to_thread(self._read, cand)
            if mail is not None:
                yield mail

    async def ack(self, mail: RawMail) -> None:
        """Stored (or its quarantine row is): move the entry to `.processed/`, or aside to `.failed/`."""
        cand = mail.handle
        assert isinstance(cand, _Candidate)
        if mail.rejected:
            await asyncio.to_thread(self._fail, cand, mail.rejected)
        else:
            await asyncio.to_thread(self._move_done, cand)

    def position(self) -> Checkpoint | None:
        return None

    async def close(self) -> None:
        return None

    # -- internals (worker thread) -----------------------------------------------------------------

    def _scan(self) -> list[_Candidate]:
        self.path.mkdir(parents=True, exist_ok=True)
        out: list[_Candidate] = []
        out += self._entries(self.path, maildir=False, accept=lambda n: n.lower().endswith(".eml"))
        new, cur = self.path / "new", self.path / "cur"
        if new.is_dir():
            out += self._entries(new, maildir=True, accept=lambda n: True)
        if cur.is_dir():
            out += self._entries(cur, maildir=True, accept=lambda n: "S" not in _flags(n))
        out.sort(key=lambda c: (c.mtime, c.path.name))
        return out

    def _entries(self, directory: Path, *, maildir: bool, accept) -> list[_Candidate]:
        found = []
        try:
            with os.scandir(directory) as it:
                for entry in it:
                    if entry.name.startswith(".") or not accept(entry.name):
                        continue
                    try:
                        st = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue  # gone meanwhile
                    found.append(
                        _Candidate(
                            Path(entry.path),
                            maildir,
                            st.st_mtime,
                            st.st_size,
                            _refused_kind(st.st_mode),
                            f"{st.st_ino}-{st.st_ctime_ns}",
                        )
                    )
        except OSError as exc:
            log.warning("inbox folder scan failed (%s)", type(exc).__name__)
        return found

    def _read(self, cand: _Candidate) -> RawMail | None:
        if time.time() - cand.mtime < self.settle_s:
            self.skipped_unsettled += 1
            return None
        try:
            with open(cand.path, "rb", opener=_open_no_follow) as fh:
                before = os.fstat(fh.fileno())
                if not stat.S_ISREG(before.st_mode):
                    return _rejected(cand, f"not a mail file: {_refused_kind(before.st_mode)}")
                raw = fh.read(self.max_bytes)
            after = cand.path.stat(follow_symlinks=False)
        except FileNotFoundError:
            return None  # taken by someone else meanwhile
        except OSError as exc:
            return _rejected(cand, f"unreadable ({type(exc).__name__})")
        changed = (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns)
        if changed or before.st_size != cand.size:
            self.skipped_unsettled += 1
            return None
        received = datetime.fromtimestamp(cand.mtime, UTC)
        return RawMail(
            uid=f"file:{name_hash(cand.path.name)}", raw=raw, received_at=received, size=before.st_size, handle=cand
        )

    def _move_done(self, cand: _Candidate) -> None:
        if cand.maildir:
            name = cand.path.name
            base, _, _ = name.partition(":2,")
            flags = "".join(sorted(set(_flags(name)) | {"S"}))
            target = self.path / "cur" / f"{base}:2,{flags}"
        else:
            target = _unique(self.path / PROCESSED_DIR / cand.path.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(cand.path, target)
        except FileNotFoundError:
            pass

    def _fail(self, cand: _Candidate, reason: str) -> None:
        self.failed += 1
        target = _unique(self.path / FAILED_DIR / cand.path.name)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(cand.path, target)  # renames the entry itself: a symlink's target is never touched
            log.warning("inbox entry %s %s: moved to %s", name_hash(cand.path.name), reason, FAILED_DIR)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.error(
                "inbox entry %s %s and could not be moved (%s)", name_hash(cand.path.name), reason, type(exc).__name__
            )


def _open_no_follow(path: str, flags: int) -> int:
    # A symlink fails (ELOOP) instead of being followed; a FIFO opens without waiting for a writer.
    return os.open(path, flags | os.O_NOFOLLOW | os.O_NONBLOCK)


def _rejected(cand: _Candidate, reason: str) -> RawMail:
    """A placeholder for an entry that is not read: names the entry by hash only (file names can hold PHI)."""
    placeholder = (
        f"X-Pscbot-Folder-Entry: {name_hash(cand.path.name)}\r\n"
        f"X-Pscbot-Entry-Id: {cand.ident}\r\nX-Pscbot-Rejected: {reason}\r\n\r\n"
    ).encode()
    return RawMail(
        uid=f"file:{name_hash(cand.path.name)}",
        raw=placeholder,
        received_at=datetime.now(UTC),
        size=len(placeholder),
        handle=cand,
        rejected=reason,
    )


def _flags(name: str) -> str:
    _, sep, flags = name.partition(":2,")
    return flags if sep else ""


def _unique(target: Path) -> Path:
    if not target.exists():
        return target
    stem, suffix = target.stem, target.suffix
    n = 1
    while True:
        candidate = target.with_name(f"{stem}.{n}{suffix}")
        if not candidate.exists():
            return candidate
        n += 1
