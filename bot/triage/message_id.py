"""The Message-ID of a raw message, read cheaply and defensively from its header block (never raises)."""

from __future__ import annotations

import re

MESSAGE_ID_MAX = 998  # RFC 5322 line limit
HEADER_SCAN_BYTES = 256 * 1024  # Message-ID is looked for only in the first part of the header block
_MSGID_RE = re.compile(rb"^message-id[ \t]*:[ \t]*((?:[^\r\n]*)(?:\r?\n[ \t][^\r\n]*)*)", re.I | re.M)


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
