"""Thread segmentation: split one message's text at inline reply / forward markers, newest first."""

from __future__ import annotations

import re
from datetime import datetime

from .dates import parse_header_date, parse_loose_datetime
from .limits import Limits
from .parsed import Segment

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
        marker = _header_marker(lines, i, stripped) if len(stripped) < 300 else None
        wrote = _on_wrote(lines, i, stripped) if marker is None and len(stripped) < 300 else None
        if wrote is not None:
            if len(segs) + 1 >= limits.max_segments:
                break
            segs.append(Segment("\n".join(cur).strip(), cur_date, cur_kind, cur_subject, cur_sender))
            cur = []
            last, date_text, joined = wrote
            cur_date = parse_loose_datetime(date_text) or parse_loose_datetime(joined)
            cur_kind, cur_subject, cur_sender = "quoted", "", _address(joined)
            i = last + 1
            continue
        if marker is not None and len(segs) + 1 < limits.max_segments:
            new_kind, hdr_start = marker
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


def _header_marker(lines: list[str], i: int, stripped: str) -> tuple[str, int] | None:
    """(kind, first header line) when line ``i`` opens a quoted or forwarded message with a header block."""
    if _FWD_MARK.match(stripped):
        return ("forwarded" if "forward" in stripped.lower() else "quoted"), i + 1
    if _UNDERSCORE_SEP.match(stripped) and i + 1 < len(lines) and _HDR_LINE.match(_QUOTE_PREFIX.sub("", lines[i + 1])):
        return "quoted", i + 1
    if _FROM_LINE.match(stripped):
        following = [_QUOTE_PREFIX.sub("", x) for x in lines[i + 1 : i + 5]]
        if any(_SENT_LINE.match(x) for x in following):
            return "quoted", i
    return None


def _on_wrote(lines: list[str], i: int, stripped: str) -> tuple[int, str, str] | None:
    """ "On <date>, <name> wrote:" (wrapped over up to three lines): (its last line, the date text, the whole)."""
    if not _ON_START.match(stripped):
        return None
    joined = stripped
    k = i
    while k + 1 < len(lines) and k < i + 2 and not _WROTE_END.search(joined):
        k += 1
        joined = joined + " " + _QUOTE_PREFIX.sub("", lines[k]).strip()
    m = _ON_WROTE.match(joined)
    return (k, m.group(1), joined) if m else None
