"""Markdown extraction: YAML front matter (the author's metadata) and `#` headings up to level 4."""

from __future__ import annotations

import re

import yaml

from bot.knowledge.doc_dates import iso_date
from bot.knowledge.extracted import (
    Extracted,
    ExtractError,
    RawSection,
    SectionBuilder,
    as_list,
    doc_status,
    drop_title_heading,
)

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
    builder = SectionBuilder(tag_facts=True)
    in_code = False

    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_code = not in_code
            continue
        hm = None if in_code else _MD_HEADING.match(line)
        if hm and len(hm.group(1)) <= 4:
            level = len(hm.group(1))
            heading = _md_inline(hm.group(2)).strip()
            if level == 1 and not title:
                title = heading
            builder.heading(level, heading)
            continue
        stripped = line.strip()
        if re.fullmatch(r"[-*_]{3,}", stripped) or stripped.startswith("|---"):
            continue
        if stripped.startswith("|"):
            stripped = " ; ".join(c.strip() for c in stripped.strip("|").split("|") if c.strip())
        stripped = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", stripped)
        stripped = re.sub(r"^>\s?", "", stripped)
        builder.add(_md_inline(stripped) if stripped else "")
    sections = builder.finish()
    title = title or fallback_title
    drop_title_heading(sections, title)
    return Extracted(
        title=title,
        format="md",
        sections=_merge_paragraph_lines(sections),
        citations=as_list(meta.get("citations") or meta.get("citation")),
        effective_date=iso_date(meta.get("effective_date")),
        status=doc_status(meta.get("status")),
        sources=as_list(meta.get("sources") or meta.get("source")),
        tags=as_list(meta.get("tags")),
        front_matter=bool(m),
    )


def _merge_paragraph_lines(sections: list[RawSection]) -> list[RawSection]:
    return sections
