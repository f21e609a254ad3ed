"""Robust, bounded parsing of untrusted e-mail into text segments.

``parse_message`` never raises. It uses ``email.policy.compat32`` (fast, lenient), walks the MIME tree
iteratively (no recursion), never decodes attachments (only their file names are read) and enforces the
limits in :mod:`bot.triage.limits`.
"""

from __future__ import annotations

import codecs
import email
import email.header
import logging
import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses

from .dates import parse_header_date, parse_loose_datetime
from .htmltext import html_to_text
from .limits import DEFAULT_LIMITS, Limits

log = logging.getLogger(__name__)


@dataclass
class Segment:
    """One message's text inside an e-mail: the top (newest) text, a quoted reply or a forward."""

    text: str
    date: datetime | None
    kind: str  # 'top' | 'quoted' | 'forwarded'
    subject: str = ""  # quoted/forwarded header subject, if any
    sender: str = ""  # lower-cased address of the segment's author when known ('' otherwise)


@dataclass
class ParsedEmail:
    message_id: str | None = None
    subject: str = ""  # decoded, sanitised, capped at Limits.max_header_chars (used for classification)
    subject_display: str = ""  # capped at Limits.max_subject_display
    from_addr: str | None = None
    from_name: str | None = None
    date: datetime | None = None  # tz-aware; from Date, else first Received, else received_at
    date_flags: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)  # newest first
    attachment_names: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    auto_headers: dict[str, str] = field(default_factory=dict)  # lower-cased auto-reply / bulk headers

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)

    @property
    def body_text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)


# ----------------------------------------------------------------------------------------------- text hygiene

_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CF_CHARS = None


def _cf_table() -> dict[int, None]:
    global _CF_CHARS
    if _CF_CHARS is None:
        import sys

        _CF_CHARS = {
            cp: None
            for cp in range(0x80, sys.maxunicode + 1)
            if (0x80 <= cp < 0x3000 or 0xFE00 <= cp < 0xFFFF or 0xE0000 <= cp < 0xE1000)
            and unicodedata.category(chr(cp)) == "Cf"
        }
        _CF_CHARS[0xAD] = None  # soft hyphen
    return _CF_CHARS


_HAS_NONASCII = re.compile(r"[^\x00-\x7f]")


def clean_text(text: str) -> str:
    """Normalise line endings; drop NULs, control characters (except newline/tab) and Unicode format (Cf)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = _CTRL.sub("", text)
    if _HAS_NONASCII.search(text):
        text = text.translate(_cf_table())
        # lone surrogates (from surrogateescape) cannot be stored
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _cap_text(text: str, limits: Limits) -> tuple[str, bool]:
    if len(text) <= limits.body_head_chars + limits.body_tail_chars:
        return text, False
    return text[: limits.body_head_chars] + "\n[...]\n" + text[-limits.body_tail_chars :], True


# ------------------------------------------------------------------------------------------------- decoding

_UTF7 = {"utf-7", "utf7", "unicode-1-1-utf-7", "x-utf-7", "csunicode11utf7"}
_ASCII = {"us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", ""}


def _norm_charset(cs: str | None) -> str:
    if not cs:
        return ""
    cs = str(cs).strip().strip('"').strip("'").lower()[:40]
    return cs


def decode_bytes(data: bytes, charset: str | None, flags: list[str] | None = None) -> str:
    """Decode with a declared charset, never raising. UTF-7 is refused (ASCII with replacement)."""
    cs = _norm_charset(charset)
    if cs in _UTF7:
        if flags is not None and "utf7_refused" not in flags:
            flags.append("utf7_refused")
        return data.decode("ascii", "replace")
    if cs in _ASCII or cs in {"utf-8", "utf8"}:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            if flags is not None and "charset_mismatch" not in flags:
                flags.append("charset_mismatch")
            return data.decode("cp1252", "replace")
    try:
        codec = codecs.lookup(cs)
        if codec.name in {"utf-7"}:
            return data.decode("ascii", "replace")
    except (LookupError, ValueError, TypeError):
        if flags is not None and "unknown_charset" not in flags:
            flags.append("unknown_charset")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", "replace")
    try:
        return data.decode(codec.name)
    except (UnicodeDecodeError, LookupError, ValueError):
        if flags is not None and "charset_mismatch" not in flags:
            flags.append("charset_mismatch")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return (
                data.decode(codec.name, "replace")
                if codec.name != "utf-7"
                else data.decode("ascii", "replace")
            )


_ENCODED_WORD = re.compile(r"=\?[^?\s]{1,40}\?[bBqQ]\?[^?\s]*\?=")
_WS_RUN = re.compile(r"\s+")


def decode_header_value(raw: object, limits: Limits = DEFAULT_LIMITS) -> str:
    """Decode an RFC 2047 header value; strips CR/LF (no header injection), controls and Cf; caps length."""
    try:
        s = str(raw) if not isinstance(raw, str) else raw
    except Exception:  # noqa: BLE001
        return ""
    s = s[: limits.max_header_raw_chars]
    if any("\udc80" <= ch <= "\udcff" for ch in s):
        b = s.encode("utf-8", "surrogateescape")
        try:
            s = b.decode("utf-8")
        except UnicodeDecodeError:
            s = b.decode("cp1252", "replace")
    s = _WS_RUN.sub(" ", s)
    if "=?" in s and _ENCODED_WORD.search(s):
        try:
            pieces = email.header.decode_header(s)
            out = []
            for chunk, cs in pieces:
                if isinstance(chunk, bytes):
                    out.append(decode_bytes(chunk, cs or "utf-8"))
                else:
                    out.append(chunk)
            s = "".join(out)
        except Exception:  # noqa: BLE001 - malformed encoded-words: keep the raw text
            pass
    s = clean_text(s)
    s = _WS_RUN.sub(" ", s).strip()  # CR/LF from decoded words become spaces
    return s[: limits.max_header_chars]


_BAD_NAME_CHARS = re.compile(r"[\\/:*?\"<>|\x00-\x1f\x7f]")


def sanitize_filename(name: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """Display-safe attachment name (never a path)."""
    name = decode_header_value(name, limits)
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _BAD_NAME_CHARS.sub("_", name).strip().lstrip(".")
    if len(name) > limits.max_filename_chars:
        keep = limits.max_filename_chars - 10
        name = name[:keep] + "..." + name[-7:]
    return name or "unnamed"


# ---------------------------------------------------------------------------- inline quote splitting

_FWD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|begin forwarded message|original message)\s*-{2,}"
    r"|begin forwarded message:?|-{2,}\s*(?:forwarded|original)\s*-{2,})\s*$",
    re.I,
)
_UNDERSCORE_SEP = re.compile(r"^\s*_{10,}\s*$")
_HDR_LINE = re.compile(r"^\s*\*?(from|sent|date|to|cc|bcc|subject|reply-to|importance)\s*:\*?\s*(.*)$", re.I)
_ON_WROTE = re.compile(r"^\s*(?:>\s*)*on\s+(.{4,200}?)\s*(?:,\s*)?[^\n]{0,200}?wrote\s*:\s*$", re.I)
_ON_START = re.compile(r"^\s*(?:>\s*)*on\s+\S", re.I)
_QUOTE_PREFIX = re.compile(r"^\s*(?:>\s?)+")
_QUOTE_START = frozenset({">", " ", "\t"})
_MARKER_STARTS = ("-", "_", "from", "*from", "on ", "on\t", "begin forwarded")
_FROM_LINE = re.compile(r"^\s*\*?from\s*:", re.I)
_SENT_LINE = re.compile(r"^\s*\*?(sent|date)\s*:", re.I)
_WROTE_END = re.compile(r"wrote\s*:\s*$", re.I)


_ADDR = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


def _address(text: str) -> str:
    m = _ADDR.search(text[:500])
    return m.group(0).lower() if m else ""


def _parse_quote_header(lines: list[str], i: int) -> tuple[int, datetime | None, str, str]:
    """Read a quoted header block (From:/Sent:/Date:/To:/Subject:) starting at line ``i``.
    Returns (index after the block, date, subject, sender address)."""
    dt = None
    subject = ""
    sender = ""
    n = len(lines)
    j = i
    seen = 0
    while j < n and j < i + 12:
        ln = _QUOTE_PREFIX.sub("", lines[j])
        if not ln.strip():
            # HTML mail turned to text puts a blank line between header lines ("From: ..", "", "Sent: ..")
            k = j + 1
            while k < n and k < i + 12 and not lines[k].strip():
                k += 1
            if seen and not (k < n and _HDR_LINE.match(_QUOTE_PREFIX.sub("", lines[k]))):
                j += 1
                break
            j = k
            continue
        m = _HDR_LINE.match(ln)
        if not m:
            break
        seen += 1
        key, val = m.group(1).lower(), m.group(2)
        if key in {"sent", "date"} and dt is None:
            dt = parse_header_date(val) if re.search(r"[+-]\d{4}\b", val) else parse_loose_datetime(val)
        elif key == "subject":
            subject = val.strip()
        elif key == "from" and not sender:
            sender = _address(val)
        j += 1
    return j, dt, subject, sender


def split_inline(
    text: str, base_date: datetime | None, base_kind: str, limits: Limits, base_sender: str = ""
) -> list[Segment]:
    """Split one message's body text at inline reply / forward markers (newest first)."""
    lines = text.split("\n")
    segs: list[Segment] = []
    cur: list[str] = []
    cur_date, cur_kind, cur_subject, cur_sender = base_date, base_kind, "", base_sender
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        stripped = _QUOTE_PREFIX.sub("", ln) if ln[:1] in _QUOTE_START else ln
        head = stripped.lstrip()[:16].lower()
        if not head.startswith(_MARKER_STARTS):
            cur.append(stripped)
            i += 1
            continue
        new_kind = None
        hdr_start = None
        if len(stripped) < 300:
            if _FWD_MARK.match(stripped):
                new_kind = "forwarded" if "forward" in stripped.lower() else "quoted"
                hdr_start = i + 1
            elif (
                _UNDERSCORE_SEP.match(stripped)
                and i + 1 < n
                and _HDR_LINE.match(_QUOTE_PREFIX.sub("", lines[i + 1]))
            ):
                new_kind, hdr_start = "quoted", i + 1
            elif _FROM_LINE.match(stripped):
                nxt = [_QUOTE_PREFIX.sub("", x) for x in lines[i + 1 : i + 5]]
                if any(_SENT_LINE.match(x) for x in nxt):
                    new_kind, hdr_start = "quoted", i
            elif _ON_START.match(stripped):
                joined = stripped
                k = i
                while k + 1 < n and k < i + 2 and not _WROTE_END.search(joined):
                    k += 1
                    joined = joined + " " + _QUOTE_PREFIX.sub("", lines[k]).strip()
                m = _ON_WROTE.match(joined)
                if m:
                    if len(segs) + 1 >= limits.max_segments:
                        break
                    segs.append(Segment("\n".join(cur).strip(), cur_date, cur_kind, cur_subject, cur_sender))
                    cur = []
                    cur_date = parse_loose_datetime(m.group(1)) or parse_loose_datetime(joined)
                    cur_kind, cur_subject, cur_sender = "quoted", "", _address(joined)
                    i = k + 1
                    continue
        if new_kind is not None and len(segs) + 1 < limits.max_segments:
            segs.append(Segment("\n".join(cur).strip(), cur_date, cur_kind, cur_subject, cur_sender))
            cur = []
            j, dt, subj, sender = _parse_quote_header(lines, hdr_start)
            cur_date, cur_kind, cur_subject, cur_sender = dt, new_kind, subj, sender
            if subj:
                cur.append("Subject: " + subj)
            i = j
            continue
        cur.append(stripped if stripped is not ln else ln)
        i += 1
    segs.append(Segment("\n".join(cur).strip(), cur_date, cur_kind, cur_subject, cur_sender))
    # the first segment keeps its kind; an empty top segment is kept (a forward with no comment)
    return [s for k, s in enumerate(segs) if k == 0 or s.text or s.subject]


# ------------------------------------------------------------------------------------------------ MIME walk


@dataclass
class _Ctx:
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


_AUTO_HEADERS = (
    "auto-submitted",
    "precedence",
    "x-autoreply",
    "x-autorespond",
    "list-unsubscribe",
    "list-id",
    "x-auto-response-suppress",
)


def parse_message(
    raw: bytes, *, received_at: datetime | None = None, limits: Limits = DEFAULT_LIMITS
) -> ParsedEmail:
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
    if not isinstance(raw, bytes | bytearray | memoryview):
        raw = str(raw).encode("utf-8", "replace")
    raw = bytes(raw)
    if len(raw) > limits.max_raw_bytes:
        raw = raw[: limits.max_raw_bytes]
        out.flag("truncated")
    if b"\x00" in raw:
        raw = raw.replace(b"\x00", b"")
        out.flag("nul_stripped")
    if not raw.strip():
        out.flag("parse_error")
        out.flag("empty")
        _set_date(out, None, [], received_at)
        return
    msg = email.message_from_bytes(raw, policy=compat32)
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
        decoded_from = decode_header_value(frm, limits)
        try:
            addrs = getaddresses([decoded_from[:1000]])
        except Exception:  # noqa: BLE001
            addrs = []
        if addrs and addrs[0][1]:
            out.from_name = addrs[0][0][:200] or None
            out.from_addr = addrs[0][1][:320].lower()
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

    # iterative MIME walk
    ctxs: list[_Ctx] = [_Ctx("top", out.date, out.subject, sender=out.from_addr or "")]
    stack: list[tuple[Message, int, int, bool]] = [(msg, 0, 0, False)]  # part, depth, ctx index, skip_html
    parts = 0
    body_truncated = False
    while stack:
        if time.monotonic() - t0 > limits.time_budget_s:
            out.flag("time_budget_exceeded")
            break
        part, depth, ci, skip_html = stack.pop()
        parts += 1
        if parts > limits.max_parts:
            out.flag("too_many_parts")
            break
        if depth > limits.max_depth:
            out.flag("too_deep")
            continue
        try:
            ctype = part.get_content_type()
        except Exception:  # noqa: BLE001
            ctype = "text/plain"
        maintype = ctype.split("/", 1)[0]
        if part.defects:
            names = {type(d).__name__ for d in part.defects}
            if names & {
                "StartBoundaryNotFoundDefect",
                "CloseBoundaryNotFoundDefect",
                "NoBoundaryInMultipartDefect",
                "MultipartInvariantViolationDefect",
            }:
                out.flag("mime_defect")
        payload = part.get_payload()
        if ctype == "message/rfc822" or (maintype == "message" and isinstance(payload, list)):
            if _is_attachment(part) and not isinstance(payload, list):
                name = _part_filename(part)
                if name:
                    _add_name(out, name, limits)
                continue
            inner = payload if isinstance(payload, list) else []
            for sub in reversed(inner[:5]):
                if not isinstance(sub, Message):
                    continue
                sh = _headers(sub)
                sd_raw, _ = _first(sh, "date")
                sd = parse_header_date(sd_raw) if sd_raw else None
                ss, _ = _first(sh, "subject")
                sf, _ = _first(sh, "from")
                ctxs.append(
                    _Ctx(
                        "forwarded",
                        sd,
                        decode_header_value(ss or "", limits),
                        sender=_address(decode_header_value(sf or "", limits)),
                    )
                )
                stack.append((sub, depth + 1, len(ctxs) - 1, False))
            if isinstance(payload, str) and payload.strip():
                # unparsed rfc822 body: read as text
                ctxs.append(_Ctx("forwarded", None, ""))
                ctxs[-1].texts.append(clean_text(payload[: limits.body_head_chars]))
            continue
        if part.is_multipart() and isinstance(payload, list):
            children = [c for c in payload if isinstance(c, Message)]
            if not children:
                pre = (part.preamble or "") + "\n" + (part.epilogue or "")
                if pre.strip():
                    out.flag("mime_defect")
                    ctxs[ci].texts.append(clean_text(_strip_mime_noise(pre)))
                continue
            alt_has_plain = False
            if ctype == "multipart/alternative":
                for c in children:
                    try:
                        if c.get_content_type() == "text/plain" and not _is_attachment(c):
                            alt_has_plain = True
                    except Exception:  # noqa: BLE001
                        pass
            if len(children) + parts > limits.max_parts:
                out.flag("too_many_parts")
                # keep the first and the last children (the real request may be last)
                half = max(1, (limits.max_parts - parts) // 2)
                children = children[:half] + children[-half:]
            for c in reversed(children):
                stack.append((c, depth + 1, ci, alt_has_plain))
            continue
        # leaf
        name = _part_filename(part)
        if _is_attachment(part) or (maintype not in {"text", "multipart"} and ctype != "message/rfc822"):
            if name:
                _add_name(out, name, limits)
            if _attachment_incomplete(part):
                out.flag("attachment_incomplete")
            continue
        if ctype == "text/html" and skip_html:
            continue
        if maintype == "multipart":
            # multipart without a usable boundary: read the body as text
            out.flag("mime_defect")
            text = _decode_part_text(part, out.flags)
            text = _strip_mime_noise(text)
        elif ctype == "text/html":
            html = _decode_part_text(part, out.flags)
            if len(html) > limits.max_html_input_chars:
                html = html[: limits.max_html_input_chars] + " " + html[-limits.body_tail_chars :]
                body_truncated = True
            text = html_to_text(html, deadline=t0 + limits.time_budget_s)
        elif maintype == "text":
            text = _decode_part_text(part, out.flags)
            if ctype not in {"text/plain", "text/enriched", "text/rtf", "text/x-uuencode"}:
                pass
        else:
            continue
        text, cut = _cap_text(text, limits)
        body_truncated = body_truncated or cut
        ctxs[ci].texts.append(clean_text(text))
    if body_truncated:
        out.flag("body_truncated")

    # split inline quotes/forwards; order: top message then attached messages (outer before inner)
    segments: list[Segment] = []
    for ctx in ctxs:
        text = "\n\n".join(t for t in ctx.texts if t)
        if ctx.kind == "forwarded" and ctx.subject:
            text = ("Subject: " + ctx.subject + "\n" + text).strip()
        if time.monotonic() - t0 > limits.time_budget_s:
            out.flag("time_budget_exceeded")
            segments.append(Segment(text[:50_000], ctx.date, ctx.kind, ctx.subject))
            continue
        segs = split_inline(text, ctx.date, ctx.kind, limits, ctx.sender)
        if segs and ctx.kind == "forwarded":
            segs[0].subject = ctx.subject
        segments.extend(segs)
        if len(segments) >= limits.max_segments:
            out.flag("too_many_segments")
            segments = segments[: limits.max_segments]
            break
    out.segments = segments
    if not any(s.text.strip() for s in segments) and not out.subject:
        out.flag("no_text")


# MIME scaffolding and base64 blobs seen when a multipart body has to be read as plain text
_MIME_NOISE = re.compile(
    r"^(?:--[^\n]{0,200}|content-[a-z-]+:[^\n]*|mime-version:[^\n]*|[A-Za-z0-9+/=]{40,})$", re.I | re.M
)


def _strip_mime_noise(text: str) -> str:
    return _MIME_NOISE.sub("", text)


def _add_name(out: ParsedEmail, name: str, limits: Limits) -> None:
    if len(out.attachment_names) < limits.max_attachment_names:
        out.attachment_names.append(sanitize_filename(name, limits))


def _set_date(
    out: ParsedEmail, date_raw: str | None, received: list[str], received_at: datetime | None
) -> None:
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
        dt = (
            received_at
            if received_at.tzinfo
            else received_at.replace(tzinfo=__import__("datetime").timezone.utc)
        )
        out.date_flags.append("date_from_arrival")
    out.date = dt
    for f in out.date_flags:
        out.flag(f)
