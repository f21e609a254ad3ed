"""Mailbox checkpoints and reading leases (one row per mailbox), shared by the intake sources.

A lease is a single atomic statement, so several `pscbot serve` instances can share one PostgreSQL database
and only one reads a given mailbox; the checkpoint moves only under the lease.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import or_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.storage.base import utcnow
from bot.storage.db import Database, rowcount
from bot.triage.models import MailCheckpoint


@dataclass(frozen=True)
class Checkpoint:
    """Position in a mailbox: IMAP (UIDVALIDITY, last stored UID). A folder source does not use it."""

    uidvalidity: int | None = None
    last_uid: int = 0


class CheckpointStore:
    """Checkpoints and leases; EmailStore adds the messages themselves."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _insert(self, table):
        return (pg_insert if self._db.is_postgres else sqlite_insert)(table)

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
        return rowcount(result) == 1

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
        return rowcount(result) == 1
