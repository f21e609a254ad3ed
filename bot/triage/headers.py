"""Header reading: subject, sender, message id, the date (with its fallbacks) and auto-reply / bulk headers."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses

from .bodies import decode_header_value
from .dates import parse_header_date
from .limits import Limits
from .parsed import ParsedEmail

_AUTO_HEADERS = (
    "auto-submitted",
    "precedence",
    "x-autoreply",
    "x-autorespond",
    "list-unsubscribe",
    "list-id",
    "x-auto-response-suppress",
)


def _headers(msg: Message) -> list[tuple[str, str]]:
    try:
        return list(msg.raw_items())
    except Exception:  # noqa: BLE001
        return []


def _first(headers: list[tuple[str, str]], name: str) -> tuple[str | None, int]:
    first, count = None, 0
    name = name.lower()
    for k, v in headers:
        if str(k).lower() == name:
            count += 1
            if first is None:
                first = v
    return first, count


def _read_headers(out: ParsedEmail, msg: Message, received_at: datetime | None, limits: Limits) -> None:
    """Fill ``out``'s header fields and header flags from the top message."""
    hdrs = _headers(msg)
    if not hdrs:
        out.flag("parse_error")
        out.flag("no_headers")
    if msg.defects:
        names = {type(d).__name__ for d in msg.defects}
        if names & {"MissingHeaderBodySeparatorDefect", "FirstHeaderLineIsContinuationDefect"}:
            out.flag("header_syntax")
    subj, n_subj = _first(hdrs, "subject")
    out.subject = decode_header_value(subj or "", limits)
    out.subject_display = out.subject[: limits.max_subject_display]
    frm, n_from = _first(hdrs, "from")
    if frm:
        _read_sender(out, frm, limits)
    if not out.from_addr:
        out.flag("missing_sender")
    mid, n_mid = _first(hdrs, "message-id")
    if mid:
        out.message_id = decode_header_value(mid, limits)[:500] or None
    date_raw, n_date = _first(hdrs, "date")
    if max(n_subj, n_from, n_date, n_mid) > 1:
        out.flag("duplicate_headers")
    received = [v for k, v in hdrs[:200] if str(k).lower() == "received"]
    _set_date(out, date_raw, received, received_at)
    for k, v in hdrs[:500]:
        kl = str(k).lower()
        if kl in _AUTO_HEADERS and kl not in out.auto_headers:
            out.auto_headers[kl] = decode_header_value(v, limits)[:200].lower()


def _read_sender(out: ParsedEmail, raw_from: str, limits: Limits) -> None:
    decoded_from = decode_header_value(raw_from, limits)
    try:
        addrs = getaddresses([decoded_from[:1000]])
    except Exception:  # noqa: BLE001
        addrs = []
    if addrs and addrs[0][1]:
        out.from_name = addrs[0][0][:200] or None
        out.from_addr = addrs[0][1][:320].lower()


def _set_date(out: ParsedEmail, date_raw: str | None, received: list[str], received_at: datetime | None) -> None:
    """The Date header; else the first Received header's date; else the arrival time (each leaves a flag)."""
    dt = parse_header_date(date_raw) if date_raw else None
    if dt is not None and dt.tzinfo is None:
        dt = None
    if date_raw and dt is None:
        out.date_flags.append("invalid_date")
    if not date_raw:
        out.date_flags.append("missing_date")
    if dt is None:
        for r in received[:5]:
            tail = str(r).rsplit(";", 1)[-1] if ";" in str(r) else ""
            cand = parse_header_date(tail) if tail else None
            if cand is not None and cand.tzinfo is not None:
                dt = cand
                out.date_flags.append("date_from_received")
                break
    if dt is None and received_at is not None:
        dt = received_at if received_at.tzinfo else received_at.replace(tzinfo=UTC)
        out.date_flags.append("date_from_arrival")
    out.date = dt
    for f in out.date_flags:
        out.flag(f)
