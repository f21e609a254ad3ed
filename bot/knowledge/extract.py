"""A file's bytes -> title, metadata and heading-delimited sections of plain text, by format.

One module per format: Markdown (YAML front matter), HTML (h1-h4 split), PDF (page/time capped, heuristic
headings or one section per page), DOCX (python-docx, Heading styles) and plain text (heuristic headings).
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.knowledge.doc_dates import effective_line, section_effective_date
from bot.knowledge.extract_docx import extract_docx
from bot.knowledge.extract_html import extract_html
from bot.knowledge.extract_markdown import extract_markdown
from bot.knowledge.extract_text import extract_pdf, extract_text
from bot.knowledge.extracted import STATUSES, Extracted, ExtractError, RawSection, clean_text, fact_ids
from bot.knowledge.faq import CuratedEntry, load_faq

# Names ingestion, the service and tests import from here (each format has its own module).
__all__ = [
    "STATUSES",
    "CuratedEntry",
    "ExtractError",
    "Extracted",
    "RawSection",
    "clean_text",
    "detect_format",
    "extract",
    "fact_ids",
    "load_faq",
    "section_effective_date",
]

MAX_SECTION_CHARS = 6000  # longer sections are split on paragraph boundaries

FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".text": "txt",
}


def detect_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def extract(path: Path, data: bytes) -> Extracted:
    fmt = detect_format(path)
    if fmt is None:
        raise ExtractError(f"unsupported file type {path.suffix or '(none)'}")
    fallback_title = path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
    try:
        if fmt == "md":
            out = extract_markdown(_decode(data), fallback_title)
        elif fmt == "html":
            out = extract_html(_decode(data), fallback_title)
        elif fmt == "pdf":
            out = extract_pdf(data, fallback_title)
        elif fmt == "docx":
            out = extract_docx(data, fallback_title)
        else:
            out = extract_text(_decode(data), fallback_title)
    except ExtractError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure makes the file unreadable
        raise ExtractError(f"{fmt} parse failed: {type(exc).__name__}") from None
    out.sections = _split_long([s for s in out.sections if s.text.strip()])
    if not out.sections:
        raise ExtractError("no text found")
    for sec in out.sections:
        sec.effective_date = sec.effective_date or section_effective_date(sec.text)
    if not out.front_matter:
        # Nobody vouched for this file: never answer from it as if it were a checked article.
        out.status = "unverified"
        out.effective_date = out.effective_date or next(
            (d for d in (effective_line(sec.text) for sec in out.sections) if d), None
        )
    return out


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise ExtractError("binary content in a text file")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _split_long(sections: list[RawSection]) -> list[RawSection]:
    out: list[RawSection] = []
    for s in sections:
        if len(s.text) <= MAX_SECTION_CHARS:
            out.append(s)
            continue
        chunk: list[str] = []
        size = 0
        for para in re.split(r"\n", s.text):
            if size + len(para) > MAX_SECTION_CHARS and chunk:
                out.append(RawSection(s.heading_path, "\n".join(chunk), s.facts))
                chunk, size = [], 0
            chunk.append(para)
            size += len(para) + 1
        if chunk:
            out.append(RawSection(s.heading_path, "\n".join(chunk), s.facts))
    return out
