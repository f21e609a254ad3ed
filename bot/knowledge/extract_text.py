"""Plain text and PDF extraction: headings guessed from the shape of a line, hard-wrapped lines re-joined.

PDF (pypdf) is capped in pages and seconds; without at least two recognisable headings it becomes one section per page.
"""

from __future__ import annotations

import io
import re
import time

from bot.knowledge.extracted import Extracted, ExtractError, RawSection, SectionBuilder, clean_text

PDF_MAX_PAGES = 400
PDF_MAX_SECONDS = 30.0
_NUMBERED_HEADING = re.compile(r"^(?:§\s*)?(\d+(?:\.\d+){0,3})\.?\s+([A-Z][^.!?]{2,80})$")


def heading_level(line: str, next_line: str = "") -> int:
    """0 when the line is body text, otherwise a heading level guessed from its shape."""
    s = line.strip()
    if not s or len(s) > 90:
        return 0
    m = re.match(r"^(#{1,4})\s+\S", s)
    if m:
        return len(m.group(1))
    if next_line and re.fullmatch(r"=+", next_line.strip()):
        return 1
    if next_line and re.fullmatch(r"-{3,}", next_line.strip()):
        return 2
    if s.endswith((".", ",", ";", ":")) and not _NUMBERED_HEADING.match(s):
        return 0
    m = _NUMBERED_HEADING.match(s)
    if m:
        return min(4, 1 + m.group(1).count("."))
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(s.split()) <= 10:
        return 2
    return 0


def heuristic_sections(lines: list[str]) -> list[RawSection]:
    builder = SectionBuilder()
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        level = heading_level(line, nxt)
        if level:
            builder.heading(level, re.sub(r"^#{1,4}\s+", "", line.strip()))
            skip_next = bool(nxt) and bool(re.fullmatch(r"[=-]{3,}", nxt.strip()))
            continue
        builder.add(line)
    return builder.finish()


def join_wrapped(lines: list[str]) -> list[str]:
    """Re-join hard-wrapped paragraph lines (blank line = paragraph break)."""
    out: list[str] = []
    para: list[str] = []
    for ln in lines:
        if not ln.strip():
            if para:
                out.append(" ".join(para))
                para = []
            out.append("")
            continue
        if heading_level(ln) or re.match(r"^\s*(?:[-*•]|\d+[.)])\s+", ln):
            if para:
                out.append(" ".join(para))
                para = []
            out.append(ln.strip())
            continue
        para.append(ln.strip())
    if para:
        out.append(" ".join(para))
    return out


def extract_text(text: str, fallback_title: str) -> Extracted:
    lines = text.splitlines()
    title = fallback_title
    first_idx = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first_idx is not None and len(lines[first_idx].strip()) <= 120:
        title = re.sub(r"^#\s+", "", lines[first_idx].strip())
        nxt = lines[first_idx + 1] if first_idx + 1 < len(lines) else ""
        drop = 2 if re.fullmatch(r"\s*[=-]{3,}\s*", nxt) else 1
        lines = lines[:first_idx] + lines[first_idx + drop :]
    sections = heuristic_sections(join_wrapped(lines))
    for s in sections:
        if s.heading_path and s.heading_path[0] == title:
            s.heading_path = s.heading_path[1:]
    return Extracted(title=title, format="txt", sections=sections)


def extract_pdf(data: bytes, fallback_title: str) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = reader.pages
        count = len(pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ExtractError(f"unreadable PDF ({type(exc).__name__})") from None
    title = fallback_title
    try:
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
        if meta_title.strip():
            title = meta_title.strip()
    except Exception:  # noqa: BLE001 - metadata is optional
        pass
    started = time.monotonic()
    page_texts: list[str] = []
    for i in range(min(count, PDF_MAX_PAGES)):
        if time.monotonic() - started > PDF_MAX_SECONDS:
            break
        try:
            page_texts.append(pages[i].extract_text() or "")
        except Exception:  # noqa: BLE001 - one bad page should not lose the document
            page_texts.append("")
    all_lines = [ln for t in page_texts for ln in t.splitlines()]
    headings = sum(1 for ln in all_lines if heading_level(ln))
    if headings >= 2:
        sections = heuristic_sections(join_wrapped(all_lines))
    else:
        sections = [
            RawSection([f"Page {i + 1}"], clean_text("\n".join(join_wrapped(t.splitlines()))))
            for i, t in enumerate(page_texts)
        ]
    if (
        title == fallback_title
        and sections
        and sections[0].heading_path
        and not sections[0].heading_path[0].startswith("Page ")
    ):
        title = sections[0].heading_path[0]
    return Extracted(title=title, format="pdf", sections=sections)
