"""ImapSource + MailPoller against a real Dovecot: incremental reads, restarts, UIDVALIDITY, TLS, IDLE."""

from __future__ import annotations

import asyncio
import imaplib
import itertools
import logging
import socket

import pytest

from bot.triage.sources import ImapConfig, ImapSource, MailPoller
from bot.triage.sources.imap import MailSourceError
from bot.triage.store import EmailStore
from tests.support.ci import missing
from tests.support.waiting import eventually

pytestmark = pytest.mark.imap


def mail(n: int, size: int = 0) -> bytes:
    return (
        f"Message-ID: <imap{n}@example.test>\r\nFrom: liaison{n}@facility.example.test\r\n"
        f"To: psc@example.test\r\nSubject: Synthetic concurrent review {n}\r\n\r\n"
        f"Synthetic body {n}\r\n" + "x" * size
    ).encode()


def config(server, **overrides) -> ImapConfig:
    values = dict(
        host=server.host, port=server.port, security="none", user=server.user, password=server.password, timeout_s=5.0
    )
    values.update(overrides)
    return ImapConfig(**values)


def poller(db, server, owner="instance-a", **overrides) -> MailPoller:
    return MailPoller(db, ImapSource(config(server, **overrides)), EmailStore(db), owner=owner)


async def test_incremental_fetch_and_restart(db, dovecot, caplog):
    dovecot.append(*(mail(i) for i in range(3)))
    first = poller(db, dovecot)
    with caplog.at_level(logging.DEBUG, logger="bot"):
        r = await first.poll_once()
    assert (r.stored_new, r.duplicates, r.errors) == (3, 0, 0)
    dovecot.append(mail(3), mail(4))
    r = await first.poll_once()
    assert (r.stored_new, r.duplicates, r.errors) == (2, 0, 0)
    assert first.source.last_fetched == 2  # only the new UIDs were fetched
    store = EmailStore(db)
    assert (await store.counts())["stored"] == 5
    checkpoint = await store.get_checkpoint(first.source.key)
    assert checkpoint.last_uid == 5 and checkpoint.uidvalidity == dovecot.uidvalidity()
    row = await store.get(r.new_ids[0])
    assert row.raw.replace(b"\r\n", b"\n") == mail(3).replace(b"\r\n", b"\n")
    assert row.message_id == "<imap3@example.test>" and row.source_uid.endswith(":4")
    text = "\n".join(rec.getMessage() for rec in caplog.records)
    assert "example.test" not in text and "Synthetic" not in text
    await first.close()

    restarted = poller(db, dovecot, owner="instance-b")  # a new process after a restart
    r = await restarted.poll_once()
    assert (r.stored_new, r.duplicates, r.errors, r.skipped) == (0, 0, 0, False)
    assert restarted.source.last_fetched == 0
    await restarted.close()


async def test_uidvalidity_change_rereads_without_duplicates(db, dovecot, caplog):
    dovecot.append(*(mail(i) for i in range(3)))
    p = poller(db, dovecot)
    assert (await p.poll_once()).stored_new == 3
    new_validity = dovecot.change_uidvalidity()
    with caplog.at_level(logging.WARNING, logger="bot"):
        r = await p.poll_once()
    assert (r.stored_new, r.duplicates, r.errors) == (0, 3, 0)
    assert p.source.uidvalidity_resets == 1 and "UIDVALIDITY changed" in caplog.text
    checkpoint = await EmailStore(db).get_checkpoint(p.source.key)
    assert checkpoint.uidvalidity == new_validity and checkpoint.last_uid == 3
    r = await p.poll_once()
    assert (r.stored_new, r.duplicates) == (0, 0) and p.source.last_fetched == 0
    await p.close()


async def test_uidvalidity_change_on_empty_folder_is_recorded(db, dovecot):
    dovecot.append(mail(1), folder="Auths")
    p = poller(db, dovecot, folder="Auths")
    assert (await p.poll_once()).stored_new == 1
    client = dovecot.client()
    client.delete("Auths")
    client.create("Auths")
    client.logout()
    await p.poll_once()
    checkpoint = await EmailStore(db).get_checkpoint(p.source.key)
    assert checkpoint.uidvalidity == dovecot.uidvalidity("Auths") and checkpoint.last_uid == 0
    await p.close()


@pytest.mark.parametrize("security", ["starttls", "tls"])
async def test_tls_login(db, dovecot, security):
    if dovecot.ca_file is None:
        missing("openssl unavailable: no test certificate")
    dovecot.append(mail(1))
    port = dovecot.tls_port if security == "tls" else dovecot.port
    p = poller(db, dovecot, security=security, port=port, ca_file=str(dovecot.ca_file))
    r = await p.poll_once()
    assert (r.stored_new, r.errors) == (1, 0)
    await p.close()


async def test_untrusted_certificate_is_an_error_not_a_crash(db, dovecot):
    if dovecot.ca_file is None:
        missing("openssl unavailable: no test certificate")
    p = poller(db, dovecot, security="tls", port=dovecot.tls_port)  # system CAs only
    r = await p.poll_once()
    assert (r.stored_new, r.errors) == (0, 1)


_other_ips = itertools.count(2)


class FromOtherLoopback(imaplib.IMAP4):
    """Connects from 127.0.0.N (a new N each time): Dovecot's per-IP penalty for failed logins then slows
    neither 127.0.0.1 nor the next test."""

    def _create_socket(self, timeout):
        source = f"127.0.0.{next(_other_ips) % 250 + 2}"
        return socket.create_connection((self.host, self.port), timeout, source_address=(source, 0))


async def test_bad_password_backs_off_then_recovers(db, dovecot):
    dovecot.append(mail(1))
    source = ImapSource(
        config(dovecot, password="wrong"),
        connect=lambda cfg: FromOtherLoopback(cfg.host, cfg.port, timeout=cfg.timeout_s),
    )
    p = MailPoller(db, source, owner="a")
    r = await p.poll_once()
    assert r.errors == 1
    r = await p.poll_once()  # in backoff: no connection attempt, no error
    assert (r.errors, r.stored_new) == (0, 0)
    source.config = config(dovecot)
    source._connect_fn = source._connect
    source._retry_at = 0.0
    assert (await p.poll_once()).stored_new == 1
    await p.close()


async def test_dropped_connection_reconnects(db, dovecot):
    dovecot.append(mail(1))
    p = poller(db, dovecot)
    assert (await p.poll_once()).stored_new == 1
    p.source._conn.sock.shutdown(socket.SHUT_RDWR)  # the server or network went away
    dovecot.append(mail(2))
    r = await p.poll_once()
    assert r.errors == 1
    p.source._retry_at = 0.0  # skip the backoff wait
    r = await p.poll_once()
    assert (r.stored_new, r.errors) == (1, 0)
    await p.close()


async def test_oversized_message_partial_fetch(db, dovecot):
    dovecot.append(mail(1, size=50_000))
    source = ImapSource(config(dovecot, max_bytes=4096))
    p = MailPoller(db, source, EmailStore(db, max_raw_bytes=4096), owner="a")
    r = await p.poll_once()
    row = await EmailStore(db).get(r.new_ids[0])
    assert len(row.raw) == 4096 and row.raw_truncated and row.size > 50_000
    await p.close()


async def test_two_pollers_only_lease_holder_reads(db, dovecot):
    dovecot.append(mail(1), mail(2))
    a, b = poller(db, dovecot, owner="a"), poller(db, dovecot, owner="b")
    ra, rb = await asyncio.gather(a.poll_once(), b.poll_once())
    assert sorted([ra.skipped, rb.skipped]) == [False, True]
    assert ra.stored_new + rb.stored_new == 2
    await a.close()
    await b.close()


async def test_idle_wakes_on_new_mail(db, dovecot):
    p = poller(db, dovecot)
    await p.poll_once()
    assert p.source.supports_idle
    waiter = asyncio.ensure_future(p.source.wait_for_new(10))
    await eventually(lambda: p.source.is_idling, what="IDLE to start")
    await asyncio.to_thread(dovecot.append, mail(1))
    assert await asyncio.wait_for(waiter, 5) is True  # woken by the mail, well before the 10 s timeout
    assert (await p.poll_once()).stored_new == 1  # the connection is usable after DONE
    # Without new mail, IDLE ends at the timeout, or at once when asked to stop.
    assert await p.source.wait_for_new(0.5) is False
    stop = asyncio.Event()
    waiter = asyncio.ensure_future(p.source.wait_for_new(30, stop))
    await eventually(lambda: p.source.is_idling, what="IDLE to start")
    stop.set()
    assert await asyncio.wait_for(waiter, 5) is False  # stopped, not the 30 s timeout
    assert (await p.poll_once()).errors == 0
    # A poll scheduled while IDLE runs ends the IDLE first (one command at a time on the connection).
    waiter = asyncio.ensure_future(p.source.wait_for_new(30))
    await eventually(lambda: p.source.is_idling, what="IDLE to start")
    await asyncio.to_thread(dovecot.append, mail(2))
    r = await asyncio.wait_for(p.poll_once(), 5)
    assert (r.stored_new, r.errors) == (1, 0)
    await asyncio.wait_for(waiter, 5)
    await p.close()


async def test_idle_loop_picks_up_mail_until_stopped(db, dovecot):
    p = poller(db, dovecot)
    stop = asyncio.Event()
    task = asyncio.ensure_future(p.idle_loop(stop, poll_s=1.0, idle_s=20))
    await eventually(lambda: p.source.is_idling, what="IDLE to start")
    await asyncio.to_thread(dovecot.append, mail(1), mail(2))
    store = EmailStore(db)

    async def both_stored() -> bool:
        return (await store.counts())["stored"] == 2

    await eventually(both_stored, what="both messages stored")
    stop.set()
    await asyncio.wait_for(task, 5)
    await p.close()


async def test_missing_folder_is_an_error(db, dovecot):
    p = poller(db, dovecot, folder="Does Not Exist")
    r = await p.poll_once()
    assert r.errors == 1
    with pytest.raises(MailSourceError):
        async for _ in ImapSource(config(dovecot, folder="Does Not Exist")).fetch_new(
            await EmailStore(db).get_checkpoint("x")
        ):
            pass
