"""What an extractor returns (`Extracted`, `RawSection`), its error, and the cleanup every format shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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


_FACT_TAG = re.compile(r"\s*\[(?:[A-Z][A-Z0-9]{0,7}-\d{1,3}[a-z]?)(?:\s*[,;/]\s*[A-Z][A-Z0-9]{0,7}-\d{1,3}[a-z]?)*\]")


def clean_text(text: str) -> str:
    """Plain text of a section: fact tags removed, whitespace tidied, one paragraph or list item per line."""
    text = _FACT_TAG.sub("", text)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def fact_ids(text: str) -> list[str]:
    """FACTS.md ids tagged in a passage, in order of appearance."""
    ids = [i for m in _FACT_TAG.finditer(text) for i in re.findall(r"[A-Z][A-Z0-9]{0,7}-\d{1,3}[a-z]?", m.group(0))]
    return list(dict.fromkeys(ids))


def as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [str(v) for v in value if v is not None and str(v).strip()]


def doc_status(value) -> str:
    s = str(value or "confirmed").strip().lower()
    if s.startswith("confirmed-secondary") or s == "secondary":
        return "secondary"
    return s if s in STATUSES else "confirmed"


class SectionBuilder:
    """Sections from a stream of headings and text: a heading closes the text gathered so far (one section under
    the heading path it was written in) and opens its level, dropping deeper or equal levels from the path.
    Every format's extractor feeds one; `tag_facts` keeps the passage's [AP-02] fact tags as its fact ids."""

    def __init__(self, join: str = "\n", tag_facts: bool = False) -> None:
        self.join = join
        self.tag_facts = tag_facts
        self.sections: list[RawSection] = []
        self._stack: list[tuple[int, str]] = []
        self._buf: list[str] = []

    def add(self, text: str) -> None:
        self._buf.append(text)

    def flush(self) -> None:
        raw = self.join.join(self._buf)
        body = clean_text(raw)
        if body:
            path = [h for _, h in self._stack]
            self.sections.append(RawSection(path, body, fact_ids(raw) if self.tag_facts else []))
        self._buf.clear()

    def open(self, level: int, heading: str) -> None:
        """Enter a heading whose text before it was already flushed (HTML closes a heading after its text)."""
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, heading))

    def heading(self, level: int, heading: str) -> None:
        self.flush()
        self.open(level, heading)

    def finish(self) -> list[RawSection]:
        self.flush()
        return self.sections


def drop_title_heading(sections: list[RawSection], title: str) -> None:
    """A top heading that repeats the document's title adds nothing to the heading path."""
    for s in sections:
        if s.heading_path and s.heading_path[0] == title:
            s.heading_path = s.heading_path[1:]
