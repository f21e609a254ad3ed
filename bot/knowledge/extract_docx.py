"""DOCX extraction (python-docx): the Title and Heading 1-4 styles split the sections; tables become rows of text."""

from __future__ import annotations

import io
import re

from bot.knowledge.extracted import Extracted, ExtractError, RawSection, clean_text


def extract_docx(data: bytes, fallback_title: str) -> Extracted:
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractError(f"unreadable DOCX ({type(exc).__name__})") from None
    title = (document.core_properties.title or "").strip()
    stack: list[tuple[int, str]] = []
    sections: list[RawSection] = []
    buf: list[str] = []

    def flush() -> None:
        body = clean_text("\n".join(buf))
        if body:
            sections.append(RawSection([h for _, h in stack], body))
        buf.clear()

    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        text = para.text.strip()
        if not text:
            continue
        m = re.match(r"Heading (\d)", style)
        heading_level = int(m.group(1)) if m else None
        if style == "Title" or (heading_level is not None and heading_level <= 4):
            level = 1 if style == "Title" else (heading_level or 0)
            if style == "Title" and not title:
                title = text
                continue
            flush()
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
            continue
        buf.append(text)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                buf.append(" ; ".join(cells))
    flush()
    if not title:
        title = sections[0].heading_path[0] if sections and sections[0].heading_path else fallback_title
    for s in sections:
        if s.heading_path and s.heading_path[0] == title:
            s.heading_path = s.heading_path[1:]
    return Extracted(title=title, format="docx", sections=sections)
