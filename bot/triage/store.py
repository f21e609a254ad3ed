"""EmailStore: raw received mail ("nothing lost"), row claims for the pipeline, and mailbox checkpoints.

The order that makes intake safe: a message is written here *before* its mailbox checkpoint moves, so a crash
in between re-reads the message instead of losing it; re-reading is harmless because rows are unique on the
sha256 of their raw bytes.

Claims (`claim_pending`) and mailbox leases (`acquire_lease`) are single atomic statements, so several
`pscbot serve` instances can share one PostgreSQL database; on SQLite the writer lock serialises them.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.storage.base import utcnow
from bot.storage.db import Database
from bot.triage.models import PROCESSED, PROCESSING, QUARANTINED, STATUSES, STORED, Email, MailCheckpoint

log = logging.getLogger(__name__)

MAX_RAW_BYTES = 25 * 1024 * 1024
MESSAGE_ID_MAX = 998  # RFC 5322 line limit
REASON_MAX = 1000
HEADER_SCAN_BYTES = 256 * 1024  # Message-ID is looked for only in the first part of the header block
_MSGID_RE = re.compile(rb"^message-id[ \t]*:[ \t]*((?:[^\r\n]*)(?:\r?\n[ \t][^\r\n]*)*)", re.I | re.M)


@dataclass(frozen=True)
class Checkpoint:
    """Position in a mailbox: IMAP (UIDVALIDITY, last stored UID). A folder source does not use it."""

    uidvalidity: int | None = None
    last_uid: int = 0


@dataclass(frozen=True)
class EmailRow:
    id: int
    source: str
    source_uid: str
    message_id: str | None
    sha256: str
    raw: bytes
    raw_truncated: bool
    size: int
    received_at: datetime
    status: str
    attempts: int
    quarantine_reason: str | None
    result: dict | None
    case_id: str | None
    processed_at: datetime | None
    claimed_by: str | None
    claimed_until: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class QuarantinedEmail:
    """A quarantine listing entry: no raw bytes, nothing but ids, times and the (PHI-free) reason."""

    id: int
    source: str
    received_at: datetime
    size: int
    attempts: int
    reason: str | None
    created_at: datetime


_ROW_COLUMNS = [getattr(Email, f) for f in EmailRow.__dataclass_fields__]


def _row(mapping) -> EmailRow:
    return EmailRow(**{f: mapping[f] for f in EmailRow.__dataclass_fields__})


def extract_message_id(raw: bytes) -> str | None:
    """The Message-ID header value, cheaply and defensively: never raises, whatever the bytes."""
    try:
        head = raw[:HEADER_SCAN_BYTES]
        # Header block ends at the first empty line.
        end = len(head)
        for sep in (b"\r\n\r\n", b"\n\n"):
            pos = head.find(sep)
            if pos != -1:
                end = min(end, pos + len(sep) // 2)
        match = _MSGID_RE.search(head[:end])
        if not match:
            return None
        value = re.sub(rb"\r?\n[ \t]+", b" ", match.group(1))
        text = value.decode("utf-8", errors="replace").replace("\x00", "").strip()
        return text[:MESSAGE_ID_MAX] or None
    except Exception:  # noqa: BLE001 - a header we cannot read is simply absent
        return None


class EmailStore:
    def __init__(self, db: Database, *, max_raw_bytes: int = MAX_RAW_BYTES) -> None:
        self._db = db
        self.max_raw_bytes = max_raw_bytes

    def _insert(self, table):
        return (pg_insert if self._db.is_postgres else sqlite_insert)(table)

    # -- intake ------------------------------------------------------------------------------------

    def _row_values(
        self, source: str, uid: str, raw: bytes, received_at: datetime | None, size: int | None
    ) -> tuple[dict, str]:
        raw = bytes(raw)
        full_size = max(size or 0, len(raw))
        truncated = len(raw) > self.max_raw_bytes or full_size > len(raw)
        if len(raw) > self.max_raw_bytes:
            raw = raw[: self.max_raw_bytes]
        digest = hashlib.sha256(raw).hexdigest()
        now = utcnow()
        received = received_at or now
        if received.tzinfo is None:
            raise ValueError("received_at must be timezone-aware")
        values = dict(
            source=source[:2000],
            source_uid=str(uid)[:2000],
            message_id=extract_message_id(raw),
            sha256=digest,
            raw=raw,
            raw_truncated=truncated,
            size=full_size,
            received_at=received,
            status=STORED,
            attempts=0,
            created_at=now,
        )
        return values, digest

    async def _store_in(self, session, values: dict, digest: str) -> tuple[int, bool]:
        stmt = (
            self._insert(Email).values(**values).on_conflict_do_nothing(index_elements=["sha256"]).returning(Email.id)
        )
        new_id = await session.scalar(stmt)
        if new_id is not None:
            log.info(
                "email %s stored (%d bytes%s)", new_id, values["size"], ", truncated" if values["raw_truncated"] else ""
            )
            return new_id, True
        existing = await session.scalar(select(Email.id).where(Email.sha256 == digest))
        log.debug("email %s already stored (duplicate content)", existing)
        return existing, False

    async def store_raw(
        self,
        source: str,
        uid: str,
        raw: bytes,
        received_at: datetime | None = None,
        *,
        size: int | None = None,
    ) -> tuple[int, bool]:
        """Keep one received message; returns (email id, is_new). Idempotent: same bytes -> same row.

        `raw` longer than the cap is truncated (`raw_truncated`); `size` is the size as received when the
        source already fetched only a prefix.
        """
        values, digest = self._row_values(source, uid, raw, received_at, size)
        async with self._db.session() as session:
            return await self._store_in(session, values, digest)

    async def store_many(
        self, items: list[tuple[str, str, bytes, datetime | None, int | None]]
    ) -> list[tuple[int, bool] | None]:
        """`store_raw` for several messages in one transaction (source, uid, raw, received_at, size each).

        If the batch fails, each message is stored on its own, so one bad message costs only itself;
        its place in the result is None.
        """
        try:
            prepared = [self._row_values(*item) for item in items]
            async with self._db.session() as session:
                return [await self._store_in(session, values, digest) for values, digest in prepared]
        except Exception as exc:  # noqa: BLE001 - retry one by one below
            log.warning("storing a batch of %d failed (%s); storing one by one", len(items), type(exc).__name__)
        results: list[tuple[int, bool] | None] = []
        for source, uid, raw, received_at, size in items:
            try:
                results.append(await self.store_raw(source, uid, raw, received_at, size=size))
            except Exception as exc:  # noqa: BLE001 - left for the next pass
                log.error("storing a fetched message failed (%s)", type(exc).__name__)
                results.append(None)
        return results

    async def store_rejected(
        self, source: str, uid: str, placeholder: bytes, received_at: datetime | None, reason: str
    ) -> tuple[int, bool]:
        """Record an entry the source could not read as mail: a quarantine row from the start (never
        triaged), so `pscbot triage quarantine` lists it with the reason. `reason` must be PHI-free."""
        values, digest = self._row_values(source, uid, placeholder, received_at, None)
        values.update(status=QUARANTINED, quarantine_reason=reason[:REASON_MAX], processed_at=values["created_at"])
        async with self._db.session() as session:
            email_id, is_new = await self._store_in(session, values, digest)
        log.warning("email %s quarantined at intake", email_id)
        return email_id, is_new

    # -- pipeline claims ---------------------------------------------------------------------------

    async def claim_pending(
        self,
        owner: str,
        limit: int = 10,
        lease_s: float = 300.0,
        *,
        max_attempts: int = 5,
    ) -> list[EmailRow]:
        """Claim up to `limit` rows for processing: `stored` ones and `processing` ones whose claim expired.

        A row whose claim expired `max_attempts` times (a message that keeps killing its worker) is
        quarantined instead of being handed out again.
        """
        now = utcnow()
        expired = and_(Email.status == PROCESSING, Email.claimed_until < now)
        async with self._db.session() as session:
            poisoned = await session.execute(
                update(Email)
                .where(expired, Email.attempts >= max_attempts)
                .values(
                    status=QUARANTINED,
                    quarantine_reason=f"claim expired {max_attempts} times",
                    claimed_by=None,
                    claimed_until=None,
                )
                .returning(Email.id)
            )
            for (email_id,) in poisoned:
                log.warning("email %s quarantined after %d expired claims", email_id, max_attempts)
        candidates = select(Email.id).where(or_(Email.status == STORED, expired)).order_by(Email.id).limit(limit)
        if self._db.is_postgres:
            candidates = candidates.with_for_update(skip_locked=True)
        stmt = (
            update(Email)
            .where(Email.id.in_(candidates.scalar_subquery()))
            .values(
                status=PROCESSING,
                claimed_by=owner,
                claimed_until=now + timedelta(seconds=lease_s),
                attempts=Email.attempts + 1,
            )
            .returning(*_ROW_COLUMNS)
            .execution_options(synchronize_session=False)
        )
        async with self._db.session() as session:
            rows = [_row(m) for m in (await session.execute(stmt)).mappings()]
        rows.sort(key=lambda r: r.id)
        if rows:
            log.debug("claimed %d emails for %s", len(rows), owner)
        return rows

    async def extend_claim(self, email_id: int, owner: str, lease_s: float) -> bool:
        async with self._db.session() as session:
            result = await session.execute(
                update(Email)
                .where(Email.id == email_id, Email.status == PROCESSING, Email.claimed_by == owner)
                .values(claimed_until=utcnow() + timedelta(seconds=lease_s))
            )
        return result.rowcount == 1

    async def mark_processed(self, email_id: int, result: dict, case_id: str | None = None) -> None:
        async with self._db.session() as session:
            await session.execute(
                update(Email)
                .where(Email.id == email_id)
                .values(
                    status=PROCESSED,
                    result=result,
                    case_id=case_id,
                    processed_at=utcnow(),
                    claimed_by=None,
                    claimed_until=None,
                    quarantine_reason=None,
                )
            )
        log.info("email %s processed", email_id)

    async def mark_quarantined(self, email_id: int, reason: str) -> None:
        """Set aside a message the pipeline cannot handle. `reason` must not contain message text (PHI)."""
        async with self._db.session() as session:
            await session.execute(
                update(Email)
                .where(Email.id == email_id)
                .values(
                    status=QUARANTINED,
                    quarantine_reason=(reason or "")[:REASON_MAX],
                    claimed_by=None,
                    claimed_until=None,
                    processed_at=utcnow(),
                )
            )
        log.warning("email %s quarantined", email_id)

    async def requeue(self, email_id: int) -> bool:
        """Put a quarantined (or stuck) message back to `stored` with a fresh attempt count."""
        async with self._db.session() as session:
            result = await session.execute(
                update(Email)
                .where(Email.id == email_id, Email.status.in_([QUARANTINED, PROCESSING]))
                .values(
                    status=STORED,
                    attempts=0,
                    claimed_by=None,
                    claimed_until=None,
                    quarantine_reason=None,
                    processed_at=None,
                )
            )
        return result.rowcount == 1

    # -- reads -------------------------------------------------------------------------------------

    async def quarantined(self, limit: int = 50) -> list[QuarantinedEmail]:
        async with self._db.session() as session:
            rows = await session.execute(
                select(
                    Email.id,
                    Email.source,
                    Email.received_at,
                    Email.size,
                    Email.attempts,
                    Email.quarantine_reason,
                    Email.created_at,
                )
                .where(Email.status == QUARANTINED)
                .order_by(Email.id.desc())
                .limit(limit)
            )
            return [QuarantinedEmail(*r) for r in rows]

    async def get(self, email_id: int) -> EmailRow | None:
        async with self._db.session() as session:
            result = await session.execute(select(*_ROW_COLUMNS).where(Email.id == email_id))
            mapping = result.mappings().first()
        return _row(mapping) if mapping else None

    async def counts(self) -> dict[str, int]:
        """Rows per status (every status present, zero when none)."""
        async with self._db.session() as session:
            rows = await session.execute(select(Email.status, func.count()).group_by(Email.status))
            out = dict.fromkeys(STATUSES, 0)
            out.update({status: n for status, n in rows})
        return out

    # -- mailbox checkpoints and leases ------------------------------------------------------------

    async def get_checkpoint(self, source_key: str) -> Checkpoint:
        async with self._db.session() as session:
            row = await session.get(MailCheckpoint, source_key)
            return Checkpoint(row.uidvalidity, row.last_uid or 0) if row else Checkpoint()

    async def acquire_lease(self, source_key: str, owner: str, lease_s: float) -> bool:
        """Take or renew the reading lease on one mailbox; False while another owner's lease is live."""
        now = utcnow()
        async with self._db.session() as session:
            await session.execute(
                self._insert(MailCheckpoint)
                .values(source=source_key, last_uid=0, updated_at=now)
                .on_conflict_do_nothing(index_elements=["source"])
            )
        async with self._db.session() as session:
            result = await session.execute(
                update(MailCheckpoint)
                .where(
                    MailCheckpoint.source == source_key,
                    or_(
                        MailCheckpoint.lease_owner.is_(None),
                        MailCheckpoint.lease_owner == owner,
                        MailCheckpoint.lease_until.is_(None),
                        MailCheckpoint.lease_until < now,
                    ),
                )
                .values(lease_owner=owner, lease_until=now + timedelta(seconds=lease_s))
            )
        return result.rowcount == 1

    async def release_lease(self, source_key: str, owner: str) -> None:
        async with self._db.session() as session:
            await session.execute(
                update(MailCheckpoint)
                .where(MailCheckpoint.source == source_key, MailCheckpoint.lease_owner == owner)
                .values(lease_owner=None, lease_until=None)
            )

    async def save_checkpoint(self, source_key: str, checkpoint: Checkpoint, owner: str) -> bool:
        """Move the checkpoint; only the lease holder may (False = lease lost: stop reading)."""
        async with self._db.session() as session:
            result = await session.execute(
                update(MailCheckpoint)
                .where(MailCheckpoint.source == source_key, MailCheckpoint.lease_owner == owner)
                .values(uidvalidity=checkpoint.uidvalidity, last_uid=checkpoint.last_uid, updated_at=utcnow())
            )
        return result.rowcount == 1
