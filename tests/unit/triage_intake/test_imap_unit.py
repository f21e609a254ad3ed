"""ImapSource without Dovecot: XOAUTH2 over the real imaplib against a scripted IMAP server, FETCH parsing."""

from __future__ import annotations

import base64
import socket
import threading
from datetime import UTC, datetime

import pytest

from bot.triage.sources.imap import ImapConfig, ImapSource, MailSourceError
from bot.triage.sources.imap_wire import XOAuth2, parse_fetch, parse_internaldate, xoauth2_string
from bot.triage.store import Checkpoint

TOKEN = "synthetic-access-token"
USER = "psc@example.test"
BODY1 = b"Message-ID: <x1@example.test>\r\nSubject: Synthetic one\r\n\r\nbody one\r\n"
BODY2 = b"Subject: Synthetic two\r\n\r\nbody two\r\n"


class ScriptedImapServer:
    """Just enough IMAP4rev1 for one client: XOAUTH2 (no SASL-IR), EXAMINE, UID SEARCH/FETCH, LOGOUT."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.sock.settimeout(0.1)
        self.stopped = threading.Event()
        self.port = self.sock.getsockname()[1]
        self.auth_payloads: list[bytes] = []
        self.commands: list[str] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.sock.close()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                try:
                    self._session(conn.makefile("rwb", buffering=0))
                except OSError:
                    pass

    def _session(self, f) -> None:
        f.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] scripted server ready\r\n")
        while line := f.readline():
            tag, _, rest = line.decode().rstrip("\r\n").partition(" ")
            cmd = rest.upper()
            words = cmd.split(" ")
            self.commands.append(" ".join(words[:2]) if words[0] == "UID" else words[0])
            if cmd.startswith("CAPABILITY"):
                f.write(b"* CAPABILITY IMAP4rev1 AUTH=XOAUTH2\r\n" + tag.encode() + b" OK done\r\n")
            elif cmd.startswith("AUTHENTICATE XOAUTH2"):
                f.write(b"+ \r\n")
                payload = base64.b64decode(f.readline().strip())
                self.auth_payloads.append(payload)
                if payload == xoauth2_string(USER, TOKEN):
                    f.write(tag.encode() + b" OK authenticated\r\n")
                else:
                    error = base64.b64encode(b'{"status":"401","schemes":"bearer","scope":"imap"}')
                    f.write(b"+ " + error + b"\r\n")
                    self.auth_payloads.append(f.readline())  # the client's empty response
                    f.write(tag.encode() + b" NO [AUTHENTICATIONFAILED] invalid credentials\r\n")
            elif cmd.startswith("EXAMINE"):
                f.write(b"* 2 EXISTS\r\n* OK [UIDVALIDITY 77] ok\r\n")
                f.write(tag.encode() + b" OK [READ-ONLY] done\r\n")
            elif cmd.startswith("UID SEARCH"):
                f.write(b"* SEARCH 3 9\r\n" + tag.encode() + b" OK done\r\n")
            elif cmd.startswith("UID FETCH"):
                # Items in an unusual order: the literal first, metadata after it.
                f.write(
                    b"* 1 FETCH (BODY[]<0> {%d}\r\n" % len(BODY1)
                    + BODY1
                    + b' UID 3 INTERNALDATE " 2-Mar-2026 08:15:00 -0600"'
                    + b" RFC822.SIZE %d)\r\n" % len(BODY1)
                )
                f.write(
                    b'* 2 FETCH (UID 9 RFC822.SIZE %d INTERNALDATE "02-Mar-2026 14:20:00 +0000" '
                    b"BODY[]<0> {%d}\r\n" % (len(BODY2), len(BODY2)) + BODY2 + b")\r\n"
                )
                f.write(tag.encode() + b" OK done\r\n")
            elif cmd.startswith("LOGOUT"):
                f.write(b"* BYE\r\n" + tag.encode() + b" OK bye\r\n")
                return
            else:
                f.write(tag.encode() + b" BAD unexpected\r\n")


@pytest.fixture
def server():
    srv = ScriptedImapServer()
    yield srv
    srv.close()


def cfg(server, token=TOKEN) -> ImapConfig:
    return ImapConfig(
        host="127.0.0.1",
        port=server.port,
        security="none",
        user=USER,
        oauth_token=token,
        password="never-used",
        timeout_s=5,
    )


async def test_xoauth2_login_and_fetch(server):
    source = ImapSource(cfg(server))
    mails = [m async for m in source.fetch_new(Checkpoint(77, 2))]
    assert server.auth_payloads == [b"user=psc@example.test\x01auth=Bearer synthetic-access-token\x01\x01"]
    assert "LOGIN" not in server.commands  # the password is not used when a token is set
    assert [(m.uid, m.raw, m.checkpoint) for m in mails] == [
        ("77:3", BODY1, Checkpoint(77, 3)),
        ("77:9", BODY2, Checkpoint(77, 9)),
    ]
    assert mails[0].received_at == datetime(2026, 3, 2, 14, 15, tzinfo=UTC)
    assert mails[0].size == len(BODY1)
    assert source.position() == Checkpoint(77, 9)
    await source.close()
    assert server.commands[-1] == "LOGOUT"


async def test_xoauth2_rejected_token(server):
    source = ImapSource(cfg(server, token="expired"))
    with pytest.raises(MailSourceError):
        async for _ in source.fetch_new(Checkpoint()):
            pass
    assert server.auth_payloads[0] == xoauth2_string(USER, "expired")
    assert server.auth_payloads[1] == b"\r\n"  # RFC 7628: an empty response to the error challenge


def test_xoauth2_authenticator():
    auth = XOAuth2("u@example.test", "tok")
    assert auth(b"") == b"user=u@example.test\x01auth=Bearer tok\x01\x01"
    assert auth(b'{"status":"401"}') == b"" and auth.error == b'{"status":"401"}'


def test_parse_fetch_and_dates():
    data = [
        (b'1 (UID 5 RFC822.SIZE 10 INTERNALDATE "01-Jan-2026 00:00:00 +0100" BODY[]<0> {3}', b"abc"),
        b")",
        b"2 (UID 6 FLAGS (\\Seen))",
        (b"3 (BODY[]<0> {2}", b"de"),
        b' UID 7 INTERNALDATE "bad")',
    ]
    assert parse_fetch(data) == [(5, b"abc", 10, datetime(2025, 12, 31, 23, 0, tzinfo=UTC)), (7, b"de", None, None)]
    assert parse_internaldate(b"17-Jul-1996 02:44:25 -0700") == datetime(1996, 7, 17, 9, 44, 25, tzinfo=UTC)
    assert parse_internaldate(b"garbage") is None and parse_internaldate(None) is None


def test_config_validation_and_settings():
    from bot.config import Settings

    with pytest.raises(ValueError):
        ImapConfig(host="h", security="ssl3")
    s = Settings(
        mail_source="imap",
        imap_host="mail.example.test",
        imap_port=143,
        imap_security="starttls",
        imap_user="u",
        imap_oauth_token="t",
        imap_folder="Auths",
    )
    c = ImapConfig.from_settings(s, timeout_s=3)
    assert (c.host, c.port, c.security, c.user, c.oauth_token, c.folder, c.timeout_s) == (
        "mail.example.test",
        143,
        "starttls",
        "u",
        "t",
        "Auths",
        3,
    )
