"""FolderSource + MailPoller: flat .eml drop folder and Maildir, settle time, moves, failures, leases."""

from __future__ import annotations

import logging
import os
import time

from bot.config import Settings
from bot.triage.sources import FolderSource, ImapSource, MailPoller, build_source
from bot.triage.store import EmailStore


def eml(n: int) -> bytes:
    return (
        f"Message-ID: <f{n}@example.test>\r\nFrom: liaison@facility.example.test\r\n"
        f"Subject: Synthetic auth request Jane Doe {n}\r\n\r\nSynthetic body {n}\r\n"
    ).encode()


def bot_log(caplog) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))


def write(path, data: bytes, age_s: float = 5.0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    past = time.time() - age_s
    os.utime(path, (past, past))


async def test_flat_folder_eml_stored_and_moved(db, tmp_path, caplog):
    inbox = tmp_path / "inbox"
    names = ["Jane Doe auth request.eml", "b.EML", "notes.txt"]
    for i, name in enumerate(names):
        write(inbox / name, eml(i))
    source = FolderSource(inbox)
    poller = MailPoller(db, source, EmailStore(db), owner="test")
    with caplog.at_level(logging.DEBUG, logger="bot"):
        result = await poller.poll_once()
    assert (result.stored_new, result.duplicates, result.errors) == (2, 0, 0)
    assert sorted(p.name for p in (inbox / ".processed").iterdir()) == sorted(names[:2])
    assert (inbox / "notes.txt").exists()  # not an .eml: left alone
    text = bot_log(caplog)
    assert "Jane" not in text and "Synthetic" not in text and "example.test" not in text and "eml" not in text
    rows = [await EmailStore(db).get(i) for i in result.new_ids]
    assert {r.raw for r in rows} == {eml(0), eml(1)}
    assert all(r.source == f"folder:{inbox.resolve()}" and r.source_uid.startswith("file:") for r in rows)
    again = await poller.poll_once()
    assert (again.stored_new, again.duplicates) == (0, 0)
    # The same message dropped again is a duplicate, still moved (never deleted).
    write(inbox / "again.eml", eml(0))
    again = await poller.poll_once()
    assert (again.stored_new, again.duplicates) == (0, 1)
    assert (inbox / ".processed" / "again.eml").exists()


async def test_same_name_twice_does_not_overwrite_processed(db, tmp_path):
    inbox = tmp_path / "inbox"
    poller = MailPoller(db, FolderSource(inbox), owner="test")
    write(inbox / "msg.eml", eml(1))
    await poller.poll_once()
    write(inbox / "msg.eml", eml(2))
    await poller.poll_once()
    assert sorted(p.read_bytes() for p in (inbox / ".processed").iterdir()) == sorted([eml(1), eml(2)])


async def test_maildir_new_and_cur(db, tmp_path):
    box = tmp_path / "Maildir"
    for sub in ("tmp", "new", "cur"):
        (box / sub).mkdir(parents=True)
    write(box / "new" / "1700000000.M1P1.host", eml(1))
    write(box / "cur" / "1700000001.M2P1.host:2,F", eml(2))  # flagged, unseen
    write(box / "cur" / "1700000002.M3P1.host:2,S", eml(3))  # already seen: not ours to read
    write(box / "tmp" / "1700000003.M4P1.host", eml(4))  # delivery in progress
    result = await MailPoller(db, FolderSource(box), owner="test").poll_once()
    assert (result.stored_new, result.errors) == (2, 0)
    assert sorted(p.name for p in (box / "cur").iterdir()) == [
        "1700000000.M1P1.host:2,S",
        "1700000001.M2P1.host:2,FS",
        "1700000002.M3P1.host:2,S",
    ]
    assert list((box / "new").iterdir()) == [] and len(list((box / "tmp").iterdir())) == 1


async def test_half_written_file_waits_for_next_pass(db, tmp_path):
    inbox = tmp_path / "inbox"
    source = FolderSource(inbox, settle_s=1.0)
    poller = MailPoller(db, source, owner="test")
    write(inbox / "writing.eml", eml(1)[:20], age_s=0)  # just modified
    result = await poller.poll_once()
    assert result.stored_new == 0 and source.skipped_unsettled == 1
    assert (inbox / "writing.eml").exists()
    write(inbox / "writing.eml", eml(1), age_s=5)  # finished
    result = await poller.poll_once()
    assert result.stored_new == 1
    row = await EmailStore(db).get(result.new_ids[0])
    assert row.raw == eml(1)


async def test_file_changing_while_read_is_left(db, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    write(inbox / "grow.eml", eml(1))
    source = FolderSource(inbox)
    real_scan = source._scan

    def scan_then_grow():
        found = real_scan()
        with open(inbox / "grow.eml", "ab") as fh:
            fh.write(b"more")
        return found

    monkeypatch.setattr(source, "_scan", scan_then_grow)
    result = await MailPoller(db, source, owner="test").poll_once()
    assert result.stored_new == 0 and (inbox / "grow.eml").exists()


async def test_unreadable_file_moves_to_failed_and_others_continue(db, tmp_path, monkeypatch, caplog):
    inbox = tmp_path / "inbox"
    write(inbox / "a-Jane.eml", eml(1), age_s=10)
    write(inbox / "b.eml", eml(2), age_s=5)
    real_open = open

    def fake_open(path, *args, **kwargs):
        if str(path).endswith("a-Jane.eml"):
            raise PermissionError(13, "denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    source = FolderSource(inbox)
    with caplog.at_level(logging.DEBUG, logger="bot"):
        result = await MailPoller(db, source, owner="test").poll_once()
    assert result.stored_new == 1 and source.failed == 1
    assert (inbox / ".failed" / "a-Jane.eml").exists()
    assert (inbox / ".processed" / "b.eml").exists()
    assert "Jane" not in bot_log(caplog) and "PermissionError" in bot_log(caplog)


async def test_store_failure_leaves_file_and_continues(db, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    write(inbox / "a.eml", eml(1), age_s=10)
    write(inbox / "b.eml", eml(2), age_s=5)
    store = EmailStore(db)
    real = store._store_in

    async def flaky(session, values, digest):
        if values["raw"] == eml(1):
            raise OSError("disk full")
        return await real(session, values, digest)

    monkeypatch.setattr(store, "_store_in", flaky)
    result = await MailPoller(db, FolderSource(inbox), store, owner="test").poll_once()
    assert (result.stored_new, result.errors) == (1, 1)
    assert (inbox / "a.eml").exists() and (inbox / ".processed" / "b.eml").exists()
    monkeypatch.setattr(store, "_store_in", real)
    result = await MailPoller(db, FolderSource(inbox), store, owner="test").poll_once()
    assert result.stored_new == 1 and not (inbox / "a.eml").exists()


async def test_two_pollers_only_lease_holder_reads(db, tmp_path):
    inbox = tmp_path / "inbox"
    for i in range(3):
        write(inbox / f"{i}.eml", eml(i))
    first = MailPoller(db, FolderSource(inbox), owner="instance-a")
    second = MailPoller(db, FolderSource(inbox), owner="instance-b")
    r2 = await first.poll_once()
    r1 = await second.poll_once()
    assert r2.stored_new == 3 and r1.skipped and r1.stored_new == 0
    await first.close()  # hands the lease back
    write(inbox / "3.eml", eml(3))
    r1 = await second.poll_once()
    assert not r1.skipped and r1.stored_new == 1


def test_build_source(tmp_path):
    assert build_source(Settings(mail_source="off")) is None
    folder = build_source(Settings(mail_source="folder", inbox_dir="var/inbox-x"), base_dir=tmp_path)
    assert isinstance(folder, FolderSource) and folder.path == (tmp_path / "var/inbox-x").resolve()
    imap = build_source(Settings(mail_source="imap", imap_host="mail.example.test", imap_folder="Auths"))
    assert isinstance(imap, ImapSource) and imap.key == "imap:mail.example.test/Auths"
    assert imap.config.port == 993 and imap.config.security == "tls"


async def test_entries_that_are_not_mail_files_are_set_aside_with_a_reason(db, tmp_path, caplog):
    inbox = tmp_path / "inbox"
    write(inbox / "good.eml", eml(1))
    (inbox / "Jane Doe folder.eml").mkdir()
    (inbox / "Jane Doe folder.eml" / "inner.eml").write_bytes(eml(2))
    outside = tmp_path / "secret.txt"
    outside.write_bytes(b"not for the bot")
    (inbox / "link.eml").symlink_to(outside)
    (inbox / "dangling.eml").symlink_to(tmp_path / "nowhere")
    os.mkfifo(inbox / "pipe.eml")
    (inbox / "new").mkdir()
    os.mkfifo(inbox / "new" / "1700000000.M1P1.host")
    store = EmailStore(db)
    source = FolderSource(inbox, settle_s=0)
    with caplog.at_level(logging.DEBUG, logger="bot"):
        result = await MailPoller(db, source, store, owner="test").poll_once()
    assert (result.stored_new, result.quarantined, result.errors) == (1, 5, 0)
    # Everything is accounted for: the inbox holds only our own folders and the (empty) Maildir.
    assert sorted(p.name for p in inbox.iterdir()) == [".failed", ".processed", "new"]
    assert list((inbox / "new").iterdir()) == []
    failed = inbox / ".failed"
    assert (failed / "link.eml").is_symlink() and outside.read_bytes() == b"not for the bot"
    assert (failed / "Jane Doe folder.eml" / "inner.eml").read_bytes() == eml(2)  # moved whole, not read
    assert (failed / "pipe.eml").is_fifo() and (failed / "1700000000.M1P1.host").is_fifo()
    reasons = sorted(q.reason for q in await store.quarantined())
    assert reasons == sorted(
        [
            "not a mail file: a directory",
            "not a mail file: a symlink (never followed)",
            "not a mail file: a symlink (never followed)",
            "not a mail file: a FIFO (special files are never opened)",
            "not a mail file: a FIFO (special files are never opened)",
        ]
    )
    assert "Jane" not in bot_log(caplog)
    again = await MailPoller(db, source, store, owner="test").poll_once()
    assert (again.stored_new, again.quarantined, again.errors) == (0, 0, 0)


async def test_a_fifo_swapped_in_after_the_scan_is_not_opened_for_reading(db, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    write(inbox / "swap.eml", eml(1))
    source = FolderSource(inbox, settle_s=0)
    real_scan = source._scan

    def scan_then_swap():
        found = real_scan()
        (inbox / "swap.eml").unlink()
        os.mkfifo(inbox / "swap.eml")  # a reader opening this normally would wait for a writer forever
        return found

    monkeypatch.setattr(source, "_scan", scan_then_swap)
    store = EmailStore(db)
    result = await MailPoller(db, source, store, owner="test").poll_once()
    assert (result.stored_new, result.quarantined) == (0, 1)
    assert (inbox / ".failed" / "swap.eml").is_fifo()
    [entry] = await store.quarantined()
    assert entry.reason == "not a mail file: a FIFO (special files are never opened)"
