"""Search rows from an extracted document: each section's citation, status and effective date."""

from __future__ import annotations

import re

from bot.knowledge.extract import Extracted
from bot.knowledge.models import KbSection
from bot.knowledge.text import Lexicon

_CITATION = re.compile(
    r"\b\d{1,2}\s+CFR\s+\d+\.\d+(?:\([a-z0-9]+\))*(?:\s*[-–]\s*\d+\.\d+)?"
    r"|\bMBPM\s+Ch(?:apter|\.)?\s*\d+,?\s*(?:section\s+|§\s*)?\d+(?:\.\d+)*"
    r"|\b\d+\s+FR\s+\d+"
    r"|\bCMS-\d{4}-[A-Z]\b",
    re.I,
)


def section_citation(text: str, doc_citations: list[str]) -> str:
    found = list(dict.fromkeys(m.group(0).strip() for m in _CITATION.finditer(text)))
    if found:
        return "; ".join(found[:4])
    return "; ".join(doc_citations)


_UNCONFIRMED_MARK = re.compile(r"\bunconfirmed\b|\bplan[- ]specific\b|check your plan", re.I)


def section_statuses(doc: Extracted) -> list[str]:
    """A section marked unconfirmed/plan-specific (heading or text) is unconfirmed. In a document whose
    front matter says unconfirmed but that marks individual sections, the unmarked ones are 'secondary';
    with no marks at all the whole document is unconfirmed."""
    marked = [bool(_UNCONFIRMED_MARK.search(" ".join(s.heading_path) + "\n" + s.text)) for s in doc.sections]
    out = []
    for m in marked:
        if m:
            out.append("unconfirmed")
        elif doc.status == "unconfirmed":
            out.append("secondary" if any(marked) else "unconfirmed")
        else:
            out.append(doc.status)
    return out


def section_dates(doc: Extracted) -> list[str | None]:
    """Each section's effective date: its own (an `Effective:` line or "took effect on <date>"), else the
    article's, unless another section states the article's date, which then belongs to that section's rule."""
    owned = any(sec.effective_date == doc.effective_date for sec in doc.sections)
    fallback = None if owned else doc.effective_date
    return [sec.effective_date or fallback for sec in doc.sections]


def build_sections(document_id: int, doc: Extracted, lex: Lexicon) -> list[KbSection]:
    rows = []
    statuses = section_statuses(doc)
    dates = section_dates(doc)
    for ordinal, sec in enumerate(doc.sections):
        head = " ".join([doc.title, *sec.heading_path, " ".join(doc.tags)])
        rows.append(
            KbSection(
                document_id=document_id,
                ordinal=ordinal,
                heading_path=sec.heading_path,
                text=sec.text,
                citation=section_citation(sec.text, doc.citations),
                status=statuses[ordinal],
                search_head=lex.index_string(head),
                search_text=lex.index_string(sec.text),
                effective_date=dates[ordinal],
                fact_ids=list(sec.facts),
            )
        )
    return rows
