"""Per-format extractors: a file's bytes -> title, metadata and heading-delimited sections of plain text.

Markdown (YAML front matter), HTML (stdlib html.parser, h1-h4 split), PDF (pypdf, page/time capped, heuristic
headings or one section per page), DOCX (python-docx, Heading styles) and plain text (heuristic headings).
"""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import yaml

PDF_MAX_PAGES = 400
PDF_MAX_SECONDS = 30.0
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
STATUSES = {"confirmed", "secondary", "unconfirmed", "unverified"}


class ExtractError(ValueError):
    """The file cannot be read as its format (reported by ingestion, which skips the file)."""


@dataclass
class RawSection:
    heading_path: list[str]
    text: str
    facts: list[str] = field(default_factory=list)  # FACTS.md ids tagged in the section ([AP-02])
    effective_date: str | None = None  # the section's own `Effective:` line or "took effect on" date


@dataclass
class Extracted:
    title: str
    format: str
    sections: list[RawSection]
    citations: list[str] = field(default_factory=list)
    effective_date: str | None = None
    status: str = "confirmed"
    sources: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    front_matter: bool = False  # metadata came from the author (YAML front matter), not guessed


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
            (d for d in (_effective_line(sec.text) for sec in out.sections) if d), None
        )
    return out


_EFFECTIVE_LINE = re.compile(r"^\s*(?:\*\*)?effective(?: date)?(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.+)$", re.I | re.M)
_MONTHS = "january february march april may june july august september october november december".split()
_DATE_WORDS = re.compile(
    r"\b(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.I
)
_DATED_PHRASE = re.compile(
    r"\b(?:took effect|takes effect|effective|eff\.|starting|beginning|since)\s+(?:on\s+|for\s+\w+\s+on\s+)?"
    r"((?:" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)",
    re.I,
)


def _parse_date(text: str) -> str | None:
    iso = _iso_date(text.strip())
    if iso:
        return iso
    m = _DATE_WORDS.search(text)
    if not m:
        return None
    month = [x[:3] for x in _MONTHS].index(m.group(1)[:3].lower()) + 1
    try:
        return date(int(m.group(3)), month, int(m.group(2))).isoformat()
    except ValueError:
        return None


def _effective_line(text: str) -> str | None:
    m = _EFFECTIVE_LINE.search(text)
    return _parse_date(m.group(1)) if m else None


def section_effective_date(text: str) -> str | None:
    """A section's own date: an `Effective:` line, else the latest "took effect on <date>" it states."""
    line = _effective_line(text)
    if line:
        return line
    dates = [d for d in (_parse_date(m.group(1)) for m in _DATED_PHRASE.finditer(text)) if d]
    return max(dates) if dates else None


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


def fact_ids(text: str) -> list[str]:
    """FACTS.md ids tagged in a passage, in order of appearance."""
    ids = [i for m in _FACT_TAG.finditer(text) for i in re.findall(r"[A-Z][A-Z0-9]{0,7}-\d{1,3}[a-z]?", m.group(0))]
    return list(dict.fromkeys(ids))


# ---- shared cleanup ----------------------------------------------------------------------------------------
_FACT_TAG = re.compile(r"\s*\[(?:[A-Z][A-Z0-9]{0,7}-\d{1,3}[a-z]?)(?:\s*[,;/]\s*[A-Z][A-Z0-9]{0,7}-\d{1,3}[a-z]?)*\]")


def clean_text(text: str) -> str:
    """Plain text of a section: fact tags removed, whitespace tidied, one paragraph or list item per line."""
    text = _FACT_TAG.sub("", text)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def _iso_date(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if text.lower() in {"null", "none", "n/a", "unknown"}:
        return None
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [str(v) for v in value if v is not None and str(v).strip()]


def _status(value) -> str:
    s = str(value or "confirmed").strip().lower()
    if s.startswith("confirmed-secondary") or s == "secondary":
        return "secondary"
    return s if s in STATUSES else "confirmed"


# ---- Markdown ----------------------------------------------------------------------------------------------
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.S)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _md_inline(text: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\((?:[^)]*)\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    return text


def extract_markdown(text: str, fallback_title: str) -> Extracted:
    meta: dict = {}
    m = _FRONT.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            raise ExtractError("invalid YAML front matter") from exc
        if loaded is not None and not isinstance(loaded, dict):
            raise ExtractError("front matter is not a mapping")
        meta = loaded or {}
        text = text[m.end() :]
    title = str(meta.get("title") or "").strip()
    stack: list[tuple[int, str]] = []
    sections: list[RawSection] = []
    buf: list[str] = []
    in_code = False

    def flush() -> None:
        raw = "\n".join(buf)
        body = clean_text(raw)
        if body:
            sections.append(RawSection([h for _, h in stack], body, fact_ids(raw)))
        buf.clear()

    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_code = not in_code
            continue
        hm = None if in_code else _MD_HEADING.match(line)
        if hm and len(hm.group(1)) <= 4:
            flush()
            level = len(hm.group(1))
            heading = _md_inline(hm.group(2)).strip()
            if level == 1 and not title:
                title = heading
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading))
            continue
        stripped = line.strip()
        if re.fullmatch(r"[-*_]{3,}", stripped) or stripped.startswith("|---"):
            continue
        if stripped.startswith("|"):
            stripped = " ; ".join(c.strip() for c in stripped.strip("|").split("|") if c.strip())
        stripped = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", stripped)
        stripped = re.sub(r"^>\s?", "", stripped)
        buf.append(_md_inline(stripped) if stripped else "")
    flush()
    title = title or fallback_title
    # A level-1 heading that repeats the title adds nothing to the heading path.
    for s in sections:
        if s.heading_path and s.heading_path[0] == title:
            s.heading_path = s.heading_path[1:]
    return Extracted(
        title=title,
        format="md",
        sections=_merge_paragraph_lines(sections),
        citations=_as_list(meta.get("citations") or meta.get("citation")),
        effective_date=_iso_date(meta.get("effective_date")),
        status=_status(meta.get("status")),
        sources=_as_list(meta.get("sources") or meta.get("source")),
        tags=_as_list(meta.get("tags")),
        front_matter=bool(m),
    )


def _merge_paragraph_lines(sections: list[RawSection]) -> list[RawSection]:
    return sections


# ---- HTML --------------------------------------------------------------------------------------------------
_HTML_SKIP = {"script", "style", "head", "noscript", "template", "svg", "nav", "footer", "iframe"}
_HTML_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "table",
    "ul",
    "ol",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "h5",
    "h6",
    "hr",
    "header",
    "main",
}


class _HtmlSections(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.in_title = False
        self.skip = 0
        self.heading_level = 0
        self.heading_buf: list[str] = []
        self.stack: list[tuple[int, str]] = []
        self.buf: list[str] = []
        self.sections: list[RawSection] = []
        self.first_h1 = ""

    def flush(self) -> None:
        body = clean_text("".join(self.buf))
        if body:
            self.sections.append(RawSection([h for _, h in self.stack], body))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
            return
        if tag in _HTML_SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in {"h1", "h2", "h3", "h4"}:
            self.flush()
            self.heading_level = int(tag[1])
            self.heading_buf = []
        elif tag in _HTML_BLOCK:
            self.buf.append("\n")
        elif tag in {"td", "th"}:
            self.buf.append(" ; ")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if tag in _HTML_SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in {"h1", "h2", "h3", "h4"} and self.heading_level:
            heading = " ".join("".join(self.heading_buf).split())
            level = self.heading_level
            self.heading_level = 0
            if not heading:
                return
            if level == 1 and not self.first_h1:
                self.first_h1 = heading
            while self.stack and self.stack[-1][0] >= level:
                self.stack.pop()
            self.stack.append((level, heading))
        elif tag in _HTML_BLOCK:
            self.buf.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif self.skip:
            return
        elif self.heading_level:
            self.heading_buf.append(data)
        else:
            self.buf.append(data.replace("\n", " "))


def extract_html(text: str, fallback_title: str) -> Extracted:
    parser = _HtmlSections()
    parser.feed(text)
    parser.close()
    parser.flush()
    title = " ".join(parser.title.split()) or parser.first_h1 or fallback_title
    for s in parser.sections:
        if s.heading_path and s.heading_path[0] == title:
            s.heading_path = s.heading_path[1:]
    return Extracted(title=title, format="html", sections=parser.sections)


# ---- plain text and PDF (heuristic headings) ---------------------------------------------------------------
_NUMBERED_HEADING = re.compile(r"^(?:§\s*)?(\d+(?:\.\d+){0,3})\.?\s+([A-Z][^.!?]{2,80})$")


def _heading_level(line: str, next_line: str = "") -> int:
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


def _heuristic_sections(lines: list[str]) -> list[RawSection]:
    stack: list[tuple[int, str]] = []
    sections: list[RawSection] = []
    buf: list[str] = []

    def flush() -> None:
        body = clean_text("\n".join(buf))
        if body:
            sections.append(RawSection([h for _, h in stack], body))
        buf.clear()

    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        level = _heading_level(line, nxt)
        if level:
            flush()
            heading = re.sub(r"^#{1,4}\s+", "", line.strip())
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading))
            skip_next = bool(nxt) and bool(re.fullmatch(r"[=-]{3,}", nxt.strip()))
            continue
        buf.append(line)
    flush()
    return sections


def _join_wrapped(lines: list[str]) -> list[str]:
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
        if _heading_level(ln) or re.match(r"^\s*(?:[-*•]|\d+[.)])\s+", ln):
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
    sections = _heuristic_sections(_join_wrapped(lines))
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
    headings = sum(1 for ln in all_lines if _heading_level(ln))
    if headings >= 2:
        sections = _heuristic_sections(_join_wrapped(all_lines))
    else:
        sections = [
            RawSection([f"Page {i + 1}"], clean_text("\n".join(_join_wrapped(t.splitlines()))))
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
        if style == "Title" or (m and int(m.group(1)) <= 4):
            level = 1 if style == "Title" else int(m.group(1))
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


# ---- curated FAQ -------------------------------------------------------------------------------------------
@dataclass
class CuratedEntry:
    question: str
    alternates: list[str]
    answer: str
    citation: str = ""
    effective_date: str | None = None
    source: str = ""
    status: str = "confirmed"


def load_faq(data: bytes) -> list[CuratedEntry]:
    try:
        items = yaml.safe_load(data) or []
    except yaml.YAMLError as exc:
        raise ExtractError("invalid YAML") from exc
    if isinstance(items, dict):
        items = items.get("faq") or items.get("items") or []
    if not isinstance(items, list):
        raise ExtractError("faq file is not a list")
    out: list[CuratedEntry] = []
    for item in items:
        if not isinstance(item, dict) or not item.get("question") or not item.get("answer"):
            continue
        citation = item.get("citation") or ""
        if isinstance(citation, list):
            citation = "; ".join(str(c) for c in citation)
        out.append(
            CuratedEntry(
                question=str(item["question"]).strip(),
                alternates=_as_list(item.get("alternates")),
                answer=str(item["answer"]).strip(),
                citation=str(citation),
                effective_date=_iso_date(item.get("effective_date")),
                source=str(item.get("source") or ""),
                status=_status(item.get("status")),
            )
        )
    return out
