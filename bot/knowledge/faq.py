"""The curated FAQ file (YAML): question, alternates, answer and its citation, one entry each."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from bot.knowledge.doc_dates import iso_date
from bot.knowledge.extracted import ExtractError, as_list, doc_status


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
                alternates=as_list(item.get("alternates")),
                answer=str(item["answer"]).strip(),
                citation=str(citation),
                effective_date=iso_date(item.get("effective_date")),
                source=str(item.get("source") or ""),
                status=doc_status(item.get("status")),
            )
        )
    return out
