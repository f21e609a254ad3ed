"""MIME walking: an iterative walk of the part tree (no recursion) collecting each message's text, with
attachments named but never decoded."""

from __future__ import annotations

import email.utils
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message

from .bodies import _cap_text, clean_text, decode_bytes, decode_header_value, sanitize_filename
from .dates import parse_header_date
from .headers import _first, _headers
from .htmltext import html_to_text
from .limits import Limits
from .parsed import ParsedEmail
from .thread import _address


@dataclass
class MessageText:
    """The texts of one message in the e-mail: the top message or an attached (forwarded) one."""

    kind: str
    date: datetime | None
    subject: str
    texts: list[str] = field(default_factory=list)
    sender: str = ""


def _part_filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        name = None
    if not name:
        try:
            name = part.get_param("name")
            if isinstance(name, tuple):
                name = email.utils.collapse_rfc2231_value(name)
        except Exception:  # noqa: BLE001
            name = None
    return str(name) if name else None


def _is_attachment(part: Message) -> bool:
    try:
        disp = part.get("Content-Disposition") or ""
        disp = str(disp).split(";", 1)[0].strip().lower()
    except Exception:  # noqa: BLE001
        disp = ""
    return disp == "attachment"


_B64_CLEAN = re.compile(rb"[^A-Za-z0-9+/=]")


def _attachment_incomplete(part: Message) -> bool:
    try:
        cte = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
        payload = part.get_payload()
        if not isinstance(payload, str):
            return False
        if part.defects:
            return True
        if cte == "base64":
            data = payload.encode("ascii", "ignore")
            if len(data) > 4_000_000:
                return False
            data = _B64_CLEAN.sub(b"", data)
            stripped = data.rstrip(b"=")
            return len(data) % 4 != 0 or b"=" in stripped
    except Exception:  # noqa: BLE001
        return True
    return False


def _decode_part_text(part: Message, flags: list[str]) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        data = None
        if "decode_error" not in flags:
            flags.append("decode_error")
    if data is None:
        p = part.get_payload()
        if isinstance(p, str):
            data = p.encode("utf-8", "surrogateescape")
        else:
            return ""
    if not isinstance(data, bytes | bytearray):
        return ""
    try:
        cs = part.get_content_charset()
    except Exception:  # noqa: BLE001
        cs = None
    return decode_bytes(bytes(data), cs, flags)


# MIME scaffolding and base64 blobs seen when a multipart body has to be read as plain text
_MIME_NOISE = re.compile(
    r"^(?:--[^\n]{0,200}|content-[a-z-]+:[^\n]*|mime-version:[^\n]*|[A-Za-z0-9+/=]{40,})$", re.I | re.M
)


def _strip_mime_noise(text: str) -> str:
    return _MIME_NOISE.sub("", text)


def _add_name(out: ParsedEmail, name: str, limits: Limits) -> None:
    if len(out.attachment_names) < limits.max_attachment_names:
        out.attachment_names.append(sanitize_filename(name, limits))


_BOUNDARY_DEFECTS = frozenset(
    {
        "StartBoundaryNotFoundDefect",
        "CloseBoundaryNotFoundDefect",
        "NoBoundaryInMultipartDefect",
        "MultipartInvariantViolationDefect",
    }
)


@dataclass
class _Walk:
    out: ParsedEmail
    limits: Limits
    t0: float  # monotonic start of the parse (the time budget covers the whole message)
    messages: list[MessageText]
    stack: list[tuple[Message, int, int, bool]]  # part, depth, index in messages, skip_html
    parts: int = 0
    body_truncated: bool = False


def _walk_mime(out: ParsedEmail, msg: Message, t0: float, limits: Limits) -> list[MessageText]:
    """The top message's texts then each attached message's (outer before inner), within the limits."""
    top = MessageText("top", out.date, out.subject, sender=out.from_addr or "")
    walk = _Walk(out, limits, t0, [top], [(msg, 0, 0, False)])
    while walk.stack:
        if time.monotonic() - t0 > limits.time_budget_s:
            out.flag("time_budget_exceeded")
            break
        part, depth, index, skip_html = walk.stack.pop()
        walk.parts += 1
        if walk.parts > limits.max_parts:
            out.flag("too_many_parts")
            break
        if depth > limits.max_depth:
            out.flag("too_deep")
            continue
        _visit(walk, part, depth, index, skip_html)
    if walk.body_truncated:
        out.flag("body_truncated")
    return walk.messages


def _visit(walk: _Walk, part: Message, depth: int, index: int, skip_html: bool) -> None:
    try:
        ctype = part.get_content_type()
    except Exception:  # noqa: BLE001
        ctype = "text/plain"
    maintype = ctype.split("/", 1)[0]
    if part.defects:
        names = {type(d).__name__ for d in part.defects}
        if names & _BOUNDARY_DEFECTS:
            walk.out.flag("mime_defect")
    payload = part.get_payload()
    if ctype == "message/rfc822" or (maintype == "message" and isinstance(payload, list)):
        _attached_message(walk, part, payload, depth)
    elif part.is_multipart() and isinstance(payload, list):
        _multipart(walk, part, payload, ctype, depth, index)
    else:
        _leaf(walk, part, ctype, maintype, index, skip_html)


def _attached_message(walk: _Walk, part: Message, payload: object, depth: int) -> None:
    """A message/rfc822 part: each inner message becomes a forwarded message (an attachment is only named)."""
    out, limits = walk.out, walk.limits
    if _is_attachment(part) and not isinstance(payload, list):
        name = _part_filename(part)
        if name:
            _add_name(out, name, limits)
        return
    inner = payload if isinstance(payload, list) else []
    for sub in reversed(inner[:5]):
        if not isinstance(sub, Message):
            continue
        walk.messages.append(_forwarded_message(sub, limits))
        walk.stack.append((sub, depth + 1, len(walk.messages) - 1, False))
    if isinstance(payload, str) and payload.strip():
        # unparsed rfc822 body: read as text
        walk.messages.append(MessageText("forwarded", None, ""))
        walk.messages[-1].texts.append(clean_text(payload[: limits.body_head_chars]))


def _forwarded_message(sub: Message, limits: Limits) -> MessageText:
    headers = _headers(sub)
    date_raw, _ = _first(headers, "date")
    sent = parse_header_date(date_raw) if date_raw else None
    subject, _ = _first(headers, "subject")
    sender, _ = _first(headers, "from")
    return MessageText(
        "forwarded",
        sent,
        decode_header_value(subject or "", limits),
        sender=_address(decode_header_value(sender or "", limits)),
    )


def _multipart(walk: _Walk, part: Message, payload: list, ctype: str, depth: int, index: int) -> None:
    """Queue a multipart's children (HTML is skipped where an alternative has plain text)."""
    out, limits = walk.out, walk.limits
    children = [c for c in payload if isinstance(c, Message)]
    if not children:
        pre = (part.preamble or "") + "\n" + (part.epilogue or "")
        if pre.strip():
            out.flag("mime_defect")
            walk.messages[index].texts.append(clean_text(_strip_mime_noise(pre)))
        return
    alt_has_plain = ctype == "multipart/alternative" and _has_plain_text(children)
    if len(children) + walk.parts > limits.max_parts:
        out.flag("too_many_parts")
        # keep the first and the last children (the real request may be last)
        half = max(1, (limits.max_parts - walk.parts) // 2)
        children = children[:half] + children[-half:]
    for c in reversed(children):
        walk.stack.append((c, depth + 1, index, alt_has_plain))


def _has_plain_text(children: list[Message]) -> bool:
    found = False
    for c in children:
        try:
            if c.get_content_type() == "text/plain" and not _is_attachment(c):
                found = True
        except Exception:  # noqa: BLE001
            pass
    return found


def _leaf(walk: _Walk, part: Message, ctype: str, maintype: str, index: int, skip_html: bool) -> None:
    """A leaf part: an attachment is named (and checked for truncation); a text part adds its text."""
    out, limits = walk.out, walk.limits
    name = _part_filename(part)
    if _is_attachment(part) or (maintype not in {"text", "multipart"} and ctype != "message/rfc822"):
        if name:
            _add_name(out, name, limits)
        if _attachment_incomplete(part):
            out.flag("attachment_incomplete")
        return
    if ctype == "text/html" and skip_html:
        return
    text = _leaf_text(walk, part, ctype, maintype)
    if text is None:
        return
    text, cut = _cap_text(text, limits)
    walk.body_truncated = walk.body_truncated or cut
    walk.messages[index].texts.append(clean_text(text))


def _leaf_text(walk: _Walk, part: Message, ctype: str, maintype: str) -> str | None:
    out, limits = walk.out, walk.limits
    if maintype == "multipart":
        # multipart without a usable boundary: read the body as text
        out.flag("mime_defect")
        return _strip_mime_noise(_decode_part_text(part, out.flags))
    if ctype == "text/html":
        html = _decode_part_text(part, out.flags)
        if len(html) > limits.max_html_input_chars:
            html = html[: limits.max_html_input_chars] + " " + html[-limits.body_tail_chars :]
            walk.body_truncated = True
        return html_to_text(html, deadline=walk.t0 + limits.time_budget_s)
    if maintype == "text":
        return _decode_part_text(part, out.flags)
    return None
