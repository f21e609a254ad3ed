"""DOCX extraction (python-docx): the Title and Heading 1-4 styles split the sections; tables become rows of text."""

from __future__ import annotations

import io
import re

from bot.knowledge.extracted import Extracted, ExtractError, SectionBuilder, drop_title_heading


def extract_docx(data: bytes, fallback_title: str) -> Extracted:
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractError(f"unreadable DOCX ({type(exc).__name__})") from None
    title = (document.core_properties.title or "").strip()
    builder = SectionBuilder()
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
            builder.heading(level, text)
            continue
        builder.add(text)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                builder.add(" ; ".join(cells))
    sections = builder.finish()
    if not title:
        title = sections[0].heading_path[0] if sections and sections[0].heading_path else fallback_title
    drop_title_heading(sections, title)
    return Extracted(title=title, format="docx", sections=sections)
