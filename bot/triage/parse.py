"""Robust, bounded parsing of untrusted e-mail into text segments.

``parse_message`` never raises. It uses ``email.policy.compat32`` (fast, lenient), walks the MIME tree
iteratively (no recursion), never decodes attachments (only their file names are read) and enforces the
limits in :mod:`bot.triage.limits`. The stages: headers (:mod:`.headers`), MIME walking (:mod:`.mime`),
bodies and charsets (:mod:`.bodies`), thread segmentation (:mod:`.thread`).
"""

from __future__ import annotations

import email
import logging
import time
from datetime import datetime
from email.policy import compat32

from .headers import _read_headers, _set_date
from .limits import DEFAULT_LIMITS, Limits
from .mime import MessageText, _walk_mime
from .parsed import ParsedEmail, Segment
from .thread import split_inline

__all__ = ["ParsedEmail", "Segment", "parse_message"]

log = logging.getLogger(__name__)


def parse_message(raw: bytes, *, received_at: datetime | None = None, limits: Limits = DEFAULT_LIMITS) -> ParsedEmail:
    """Parse untrusted bytes into a :class:`ParsedEmail`; never raises."""
    out = ParsedEmail()
    try:
        _parse_into(out, raw, received_at, limits)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"
        log.warning("triage parse failed: %s", type(exc).__name__)
        out.flag("parse_error")
    if not out.segments:
        out.segments.append(Segment("", out.date, "top"))
    return out


def _parse_into(out: ParsedEmail, raw: bytes, received_at: datetime | None, limits: Limits) -> None:
    t0 = time.monotonic()
    data = _bounded_bytes(out, raw, limits)
    if not data.strip():
        out.flag("parse_error")
        out.flag("empty")
        _set_date(out, None, [], received_at)
        return
    msg = email.message_from_bytes(data, policy=compat32)
    _read_headers(out, msg, received_at, limits)
    messages = _walk_mime(out, msg, t0, limits)
    out.segments = _segments(out, messages, t0, limits)
    if not any(s.text.strip() for s in out.segments) and not out.subject:
        out.flag("no_text")


def _bounded_bytes(out: ParsedEmail, raw: object, limits: Limits) -> bytes:
    """The raw message as bytes, cut at ``max_raw_bytes`` and without NULs (each leaves a flag)."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raw = str(raw).encode("utf-8", "replace")
    data = bytes(raw)
    if len(data) > limits.max_raw_bytes:
        data = data[: limits.max_raw_bytes]
        out.flag("truncated")
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
        out.flag("nul_stripped")
    return data


def _segments(out: ParsedEmail, messages: list[MessageText], t0: float, limits: Limits) -> list[Segment]:
    """Split inline quotes/forwards; order: top message then attached messages (outer before inner)."""
    segments: list[Segment] = []
    for message in messages:
        text = "\n\n".join(t for t in message.texts if t)
        if message.kind == "forwarded" and message.subject:
            text = ("Subject: " + message.subject + "\n" + text).strip()
        if time.monotonic() - t0 > limits.time_budget_s:
            out.flag("time_budget_exceeded")
            segments.append(Segment(text[:50_000], message.date, message.kind, message.subject))
            continue
        segs = split_inline(text, message.date, message.kind, limits, message.sender)
        if segs and message.kind == "forwarded":
            segs[0].subject = message.subject
        segments.extend(segs)
        if len(segments) >= limits.max_segments:
            out.flag("too_many_segments")
            segments = segments[: limits.max_segments]
            break
    return segments
