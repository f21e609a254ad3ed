"""EmailStore: raw received mail ("nothing lost") and row claims for the pipeline.

The order that makes intake safe: a message is written here *before* its mailbox checkpoint moves, so a crash
in between re-reads the message instead of losing it; re-reading is harmless because rows are unique on the
sha256 of their raw bytes.

Claims (`claim_pending`) are single atomic statements, so several `pscbot serve` instances can share one
PostgreSQL database; on SQLite the writer lock serialises them. Mailbox checkpoints and leases: bot.triage.checkpoints.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update

from bot.storage.base import utcnow
from bot.storage.db import Database, rowcount
from bot.triage.checkpoints import Checkpoint, CheckpointStore
from bot.triage.email_rows import ROW_COLUMNS, EmailRow, QuarantinedEmail, email_row
from bot.triage.message_id import MESSAGE_ID_MAX, extract_message_id
from bot.triage.models import PROCESSED, PROCESSING, QUARANTINED, STATUSES, STORED, Email

log = logging.getLogger(__name__)

MAX_RAW_BYTES = 25 * 1024 * 1024
REASON_MAX = 1000

# Former names of this module, imported by the sources, the pipeline and tests.
__all__ = [
    "MAX_RAW_BYTES",
    "MESSAGE_ID_MAX",
    "REASON_MAX",
    "Checkpoint",
    "EmailRow",
    "EmailStore",
    "QuarantinedEmail",
    "extract_message_id",
]


class EmailStore(CheckpointStore):
    def __init__(self, db: Database, *, max_raw_bytes: int = MAX_RAW_BYTES) -> None:
        super().__init__(db)
        self.max_raw_bytes = max_raw_bytes

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
            .returning(*ROW_COLUMNS)
            .execution_options(synchronize_session=False)
        )
        async with self._db.session() as session:
            rows = [email_row(m) for m in (await session.execute(stmt)).mappings()]
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
        return rowcount(result) == 1

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
        return rowcount(result) == 1

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
            result = await session.execute(select(*ROW_COLUMNS).where(Email.id == email_id))
            mapping = result.mappings().first()
        return email_row(mapping) if mapping else None

    async def counts(self) -> dict[str, int]:
        """Rows per status (every status present, zero when none)."""
        async with self._db.session() as session:
            rows = await session.execute(select(Email.status, func.count()).group_by(Email.status))
            out: dict[str, int] = dict.fromkeys(STATUSES, 0)
            out.update({status: n for status, n in rows})
        return out
