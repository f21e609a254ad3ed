"""The e-mail pipeline: stored e-mail → triage → case link → alert + outbox rows → processed.

`process_pending(db, owner)` claims stored e-mails (EmailStore.claim_pending: `stored` rows and rows whose
claim expired), and for each one:

1. triages the raw bytes with `triage_bytes` in a worker thread (the engine's own size and time limits,
   bot.triage.limits, bound the work; it never raises);
2. quarantines it (EmailStore.mark_quarantined, a PHI-free reason) when it is unusable: empty, or no
   parsable message at all (`parse_error` with nothing actionable), or triage reported an internal error;
3. otherwise, in ONE transaction that starts by re-asserting this worker's claim on the e-mail row:
   links or creates the case (bot.triage.link) and creates the alert and its outbox rows
   (bot.alerts.service.create_for_result; unique per e-mail, so a re-run after a crash changes nothing);
4. marks it processed with the result JSON and the case id.

One bad message never stops the rest: an exception while handling a message quarantines that message
(reason = exception type); database trouble (operational errors) leaves it claimed, to be retried when
the claim expires (EmailStore quarantines a message whose claim expired too many times).
Logs carry e-mail ids, counts and types only.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from bot.alerts.models import Alert
from bot.alerts.service import active_subscriptions, create_for_result
from bot.cases.models import Case
from bot.storage.base import utcnow
from bot.storage.db import Database
from bot.triage.classify import triage_bytes
from bot.triage.directory import snapshot as facility_snapshot
from bot.triage.link import link_result, message_time
from bot.triage.models import PROCESSED, PROCESSING, QUARANTINED, Email
from bot.triage.pipeline_records import PipelineStats, header_date, quarantine_reason, result_json
from bot.triage.result import TriageResult
from bot.triage.rules import Rules
from bot.triage.store import REASON_MAX

__all__ = ["PipelineStats", "header_date", "process_pending", "quarantine_reason", "result_json"]

log = logging.getLogger(__name__)


def _triage(
    raw: bytes, rules: Rules | None, received_at: datetime, directory: dict[str, str] | None = None
) -> tuple[TriageResult, datetime | None]:
    return triage_bytes(raw, rules, received_at=received_at, directory=directory), header_date(raw)


def _transient(exc: BaseException) -> bool:
    return isinstance(exc, (OperationalError, ConnectionError, TimeoutError)) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    )


async def process_pending(
    db: Database,
    owner: str,
    *,
    store=None,
    rules: Rules | None = None,
    tz: ZoneInfo | str = "America/Chicago",
    limit: int = 20,
    lease_s: float = 300.0,
    now: datetime | None = None,
) -> PipelineStats:
    """Claim and process up to `limit` stored e-mails (see the module docstring)."""
    if store is None:
        from bot.triage.store import EmailStore

        store = EmailStore(db)
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(str(tz))
    stats = PipelineStats()
    rows = await store.claim_pending(owner, limit, lease_s)
    stats.claimed = len(rows)
    # Parse and classify the whole batch off the event loop, then link and alert it in one transaction;
    # if anything in that transaction fails, the batch is redone one message at a time (the slow path
    # that isolates the bad message).
    directory = await facility_snapshot(db) if rows else {}
    triaged = await asyncio.to_thread(_triage_all, rows, rules, directory)
    if rows and not await _process_batch(db, store, owner, rows, triaged, zone, lease_s, now, stats):
        for row, (result, msg_date) in zip(rows, triaged, strict=True):
            await _process_isolated(db, store, owner, row, result, msg_date, zone, lease_s, now, stats)
    if rows:
        log.info(
            "pipeline owner=%s claimed=%d processed=%d quarantined=%d alerts=%d cases_created=%d deferred=%d",
            owner,
            stats.claimed,
            stats.processed,
            stats.quarantined,
            stats.alerts,
            stats.cases_created,
            stats.deferred,
        )
    return stats


def _triage_all(
    rows, rules: Rules | None, directory: dict[str, str] | None = None
) -> list[tuple[TriageResult | None, datetime | None]]:
    out: list[tuple[TriageResult | None, datetime | None]] = []
    for row in rows:
        raw = bytes(row.raw or b"")
        out.append(_triage(raw, rules, row.received_at, directory) if raw.strip() else (None, None))
    return out


@dataclass
class _Linked:
    """One message linked and alerted inside the caller's transaction, not yet marked processed."""

    case_id: str | None
    result_json: dict
    case_linked: bool
    case_created: bool
    alerted: bool

    def count(self, stats: PipelineStats, result: TriageResult) -> None:
        stats.processed += 1
        stats.tally(result, "processed")
        stats.linked += self.case_linked
        stats.cases_created += self.case_created
        stats.alerts += self.alerted


def _reason_to_quarantine(row, result: TriageResult | None) -> str | None:
    """Why this claimed message is set aside (None: it goes on to linking and alerting)."""
    return "empty message" if result is None else quarantine_reason(bytes(row.raw or b""), result)


async def _reassert_claims(s, owner: str, ids: list[int], lease_s: float) -> bool:
    """Re-assert (and extend) this worker's claim on every id; False when any claim was lost.

    Done first in a transaction: it also takes SQLite's writer lock up front.
    """
    mine = await s.execute(
        update(Email)
        .where(Email.id.in_(ids), Email.status == PROCESSING, Email.claimed_by == owner)
        .values(claimed_until=utcnow() + timedelta(seconds=lease_s))
    )
    return mine.rowcount == len(ids)


async def _link_and_alert(
    s,
    row,
    result: TriageResult,
    msg_date: datetime | None,
    *,
    tz: ZoneInfo,
    now: datetime,
    lock: bool = False,
    subscriptions: list | None = None,
    check_existing: bool = True,
) -> _Linked:
    """The per-message step both paths share: link or create the case, create the alert and its outbox rows."""
    received = message_time(msg_date, row.received_at)
    link = await link_result(s, result, email_id=row.id, received_at=received, tz=tz, now=now, lock=lock)
    alert = await create_for_result(
        s,
        email_id=row.id,
        result=result,
        case=link.case,
        due_at=link.due_at,
        received_at=received,
        now=now,
        subscriptions=subscriptions,
        check_existing=check_existing,
    )
    case_id = link.case.case_id if link.case is not None else None
    record = result_json(
        result,
        alert_id=alert.id if alert is not None else None,
        case_id=case_id,
        case_created=link.created,
        message_date=msg_date,
    )
    return _Linked(case_id, record, link.case is not None, link.created, alert is not None)


async def _process_batch(
    db: Database,
    store,
    owner: str,
    rows,
    triaged,
    tz: ZoneInfo,
    lease_s: float,
    now: datetime | None,
    stats: PipelineStats,
) -> bool:
    """The fast path: every claimed message linked, alerted and marked in one transaction.

    Returns False (having written nothing) when the batch must be redone one message at a time.
    """
    at = now or utcnow()
    batch = PipelineStats()
    try:
        async with db.session() as s:
            ids = [row.id for row in rows]
            if not await _reassert_claims(s, owner, ids, lease_s):
                raise _SlowPath
            subscriptions = await active_subscriptions(s)
            alerted = set(await s.scalars(select(Alert.email_id).where(Alert.email_id.in_(ids))))
            # One query loads every case the batch mentions into the session, so linking finds them there.
            case_ids = {r.case_id for r, _ in triaged if r is not None and r.case_id}
            if case_ids:
                prefetch = select(Case).where(Case.case_id.in_(case_ids))
                await s.scalars(prefetch.with_for_update() if db.is_postgres else prefetch)
            marks: list[dict] = []
            for row, (result, msg_date) in zip(rows, triaged, strict=True):
                reason = _reason_to_quarantine(row, result)
                if reason:
                    marks.append(_quarantine_values(row.id, reason))
                    batch.quarantined += 1
                    batch.tally(result, "quarantined")
                    continue
                linked = await _link_and_alert(
                    s,
                    row,
                    result,
                    msg_date,
                    tz=tz,
                    now=at,
                    subscriptions=subscriptions,
                    check_existing=row.id in alerted,
                )
                marks.append(_processed_values(row.id, linked))
                linked.count(batch, result)
            if marks:  # ORM bulk UPDATE by primary key: executemany, grouped by the columns each row sets
                await s.execute(update(Email), marks)
    except Exception as exc:  # noqa: BLE001 - anything: redo message by message, which isolates it
        log.info("pipeline batch of %d redone one by one (%s)", len(rows), type(exc).__name__)
        return False
    for name in ("processed", "quarantined", "linked", "cases_created", "alerts"):
        setattr(stats, name, getattr(stats, name) + getattr(batch, name))
    for key, count in batch.by_label.items():
        stats.by_label[key] = stats.by_label.get(key, 0) + count
    return True


def _quarantine_values(email_id: int, reason: str) -> dict:
    return {
        "id": email_id,
        "status": QUARANTINED,
        "quarantine_reason": reason[:REASON_MAX],
        "claimed_by": None,
        "claimed_until": None,
        "processed_at": utcnow(),
    }


def _processed_values(email_id: int, linked: _Linked) -> dict:
    return {
        "id": email_id,
        "status": PROCESSED,
        "case_id": linked.case_id,
        "processed_at": utcnow(),
        "claimed_by": None,
        "claimed_until": None,
        "quarantine_reason": None,
        "result": linked.result_json,
    }


class _SlowPath(Exception):
    """Internal: some claim in the batch was lost; process message by message."""


async def _process_isolated(
    db: Database,
    store,
    owner: str,
    row,
    result,
    msg_date,
    tz: ZoneInfo,
    lease_s: float,
    now: datetime | None,
    stats: PipelineStats,
) -> None:
    try:
        await _process_one(db, store, owner, row, result, msg_date, tz, lease_s, now, stats)
    except Exception as exc:  # noqa: BLE001 - one bad message never stops the rest
        if _transient(exc):
            stats.deferred += 1
            log.warning("email %s deferred: %s", row.id, type(exc).__name__)
            return
        log.warning("email %s failed in the pipeline: %s", row.id, type(exc).__name__)
        try:
            await store.mark_quarantined(row.id, f"pipeline error: {type(exc).__name__}")
            stats.quarantined += 1
            stats.tally(result, "quarantined")
        except Exception as exc2:  # noqa: BLE001
            stats.deferred += 1
            log.warning("email %s could not be quarantined: %s", row.id, type(exc2).__name__)


async def _process_one(
    db: Database,
    store,
    owner: str,
    row,
    result: TriageResult | None,
    msg_date: datetime | None,
    tz: ZoneInfo,
    lease_s: float,
    now: datetime | None,
    stats: PipelineStats,
) -> None:
    """The slow path for one message: the batch's per-message step in its own transaction (retried once)."""
    reason = _reason_to_quarantine(row, result)
    if reason or result is None:
        await store.mark_quarantined(row.id, reason or "empty message")
        stats.quarantined += 1
        stats.tally(result, "quarantined")
        return
    for attempt in (1, 2):
        at = now or utcnow()
        try:
            async with db.session() as s:
                if not await _reassert_claims(s, owner, [row.id], lease_s):
                    log.warning("email %s: claim lost, skipped", row.id)
                    stats.deferred += 1
                    return
                linked = await _link_and_alert(s, row, result, msg_date, tz=tz, now=at, lock=db.is_postgres)
            break
        except IntegrityError:
            # Another worker created the same case (or alert) a moment ago: the second pass links to it.
            if attempt == 2:
                raise
    await store.mark_processed(row.id, linked.result_json, linked.case_id)
    linked.count(stats, result)
