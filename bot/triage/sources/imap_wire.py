"""IMAP wire details for ImapSource: SASL XOAUTH2, TLS context, FETCH response parsing and socket helpers."""

from __future__ import annotations

import contextlib
import imaplib
import re
import select
import ssl
from datetime import UTC, datetime


def xoauth2_string(user: str, token: str) -> bytes:
    """The SASL XOAUTH2 initial response (before base64, which imaplib applies)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()


class XOAuth2:
    """imaplib authenticator: first the credentials; to an error challenge, an empty response (RFC 7628)."""

    def __init__(self, user: str, token: str) -> None:
        self._payload = xoauth2_string(user, token)
        self.calls = 0
        self.error: bytes | None = None

    def __call__(self, challenge: bytes) -> bytes:
        self.calls += 1
        if self.calls == 1:
            return self._payload
        self.error = challenge  # JSON status from the server; not logged (may echo the user)
        return b""


def ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if ca_file:
        ctx.load_verify_locations(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


_FETCH_UID = re.compile(rb"\bUID (\d+)")
_FETCH_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_FETCH_DATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')
UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")


def parse_internaldate(value: bytes | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value.decode("ascii").strip(), "%d-%b-%Y %H:%M:%S %z").astimezone(UTC)
    except (ValueError, UnicodeDecodeError):
        return None


def parse_fetch(data: list) -> list[tuple[int, bytes, int | None, datetime | None]]:
    """(uid, body, size, internaldate) from an imaplib UID FETCH response, in any item order."""
    out = []
    i = 0
    while i < len(data):
        item = data[i]
        if isinstance(item, tuple) and len(item) == 2:
            meta = item[0]
            # Items after the literal come back as the next plain bytes element.
            if i + 1 < len(data) and isinstance(data[i + 1], bytes):
                meta += b" " + data[i + 1]
                i += 1
            uid = _FETCH_UID.search(meta)
            if uid:
                size = _FETCH_SIZE.search(meta)
                date = _FETCH_DATE.search(meta)
                out.append(
                    (
                        int(uid.group(1)),
                        item[1] or b"",
                        int(size.group(1)) if size else None,
                        parse_internaldate(date.group(1)) if date else None,
                    )
                )
        i += 1
    return out


def is_new_mail(line: bytes) -> bool:
    parts = line.split()
    return len(parts) >= 3 and parts[0] == b"*" and parts[2].upper() in {b"EXISTS", b"RECENT"}


def readable(conn: imaplib.IMAP4, timeout: float) -> bool:
    """Data waiting in imaplib's buffer, the TLS layer or the socket, without consuming it."""
    sock = conn.sock
    old = sock.gettimeout()
    sock.settimeout(0.0)
    try:
        buffered = conn.file.peek(1)  # pyright: ignore[reportAttributeAccessIssue] - a BufferedReader at runtime
    except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
        buffered = b""
    finally:
        sock.settimeout(old)
    if buffered:
        return True
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    readable, _, _ = select.select([sock], [], [], timeout)
    return bool(readable)


def quote_folder(folder: str) -> str:
    if folder.upper() == "INBOX" or re.fullmatch(r"[A-Za-z0-9._/-]+", folder):
        return folder
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def logout(conn: imaplib.IMAP4) -> None:
    try:
        conn.logout()
    except Exception:  # noqa: BLE001 - closing anyway
        close_quietly(conn)


def close_quietly(conn: imaplib.IMAP4) -> None:
    with contextlib.suppress(Exception):
        conn.shutdown()
