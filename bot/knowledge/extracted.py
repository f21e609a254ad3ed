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
