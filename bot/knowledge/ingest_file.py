"""Ingesting one file: skip it when unchanged, else replace its document and sections (or its FAQ pairs)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from bot.knowledge.extract import Extracted, ExtractError, extract, load_faq
from bot.knowledge.models import KbCurated, KbDocument, KbSection
from bot.knowledge.section_rows import build_sections
from bot.knowledge.text import Lexicon
from bot.knowledge.vectors import embed_rows
from bot.storage.base import utcnow

MAX_FILE_BYTES = 50 * 1024 * 1024
FAQ_NAMES = re.compile(r"^(?:faq|curated)[\w-]*\.ya?ml$", re.I)
# Authoring files (the folder's guide, article templates) describe the knowledge base; they are not part of it.
AUTHORING_NAMES = re.compile(r"^(?:readme|contributing|changelog|license)(?:\.\w+)?$|template|^_", re.I)


@dataclass
class FileResult:
    path: str
    status: str  # added | updated | unchanged | error
    document_id: int | None = None
    sections: int = 0
    error: str | None = None


def is_authoring_file(path: Path) -> bool:
    return bool(AUTHORING_NAMES.search(path.name))


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def ingest_file(db, path: Path, shown: str, lex: Lexicon) -> FileResult:
    if not path.is_file():
        return FileResult(shown, "error", error="not a file")
    if is_authoring_file(path):
        return FileResult(shown, "skipped", error="authoring file (README or template), not ingested")
    if path.stat().st_size > MAX_FILE_BYTES:
        return FileResult(shown, "error", error="file too large")
    data = path.read_bytes()
    digest = content_hash(data)
    async with db.session() as s:
        existing = (await s.execute(select(KbDocument).where(KbDocument.path == shown))).scalar_one_or_none()
        if existing is not None and existing.content_hash == digest and existing.index_version == lex.version:
            return FileResult(shown, "unchanged", existing.id)
    if FAQ_NAMES.match(path.name) and path.suffix.lower() in {".yaml", ".yml"}:
        return await _ingest_faq(db, data, shown, digest, lex)
    try:
        doc = extract(path, data)
    except ExtractError as exc:
        return FileResult(shown, "error", error=str(exc))
    async with db.session() as s:
        existing = (await s.execute(select(KbDocument).where(KbDocument.path == shown))).scalar_one_or_none()
        status = "updated" if existing is not None else "added"
        if existing is None:
            existing = KbDocument(path=shown)
            s.add(existing)
        else:
            await s.execute(delete(KbSection).where(KbSection.document_id == existing.id))
        _apply_meta(existing, doc, digest, lex.version)
        await s.flush()
        rows = build_sections(existing.id, doc, lex)
        embed_rows(rows, doc.title)
        s.add_all(rows)
        return FileResult(shown, status, existing.id, len(doc.sections))


def _apply_meta(row: KbDocument, doc: Extracted, digest: str, version: str) -> None:
    row.title = doc.title[:512]
    row.format = doc.format
    row.content_hash = digest
    row.index_version = version
    row.citations = doc.citations
    row.effective_date = doc.effective_date
    row.status = doc.status
    row.sources = doc.sources
    row.tags = doc.tags
    row.ingested_at = utcnow()


async def _ingest_faq(db, data: bytes, shown: str, digest: str, lex: Lexicon) -> FileResult:
    try:
        entries = load_faq(data)
    except ExtractError as exc:
        return FileResult(shown, "error", error=str(exc))
    async with db.session() as s:
        existing = (await s.execute(select(KbDocument).where(KbDocument.path == shown))).scalar_one_or_none()
        status = "updated" if existing is not None else "added"
        # The file's pairs are replaced as a whole (other FAQ files and expert-saved pairs are untouched).
        await s.execute(delete(KbCurated).where(KbCurated.origin == "bundled", KbCurated.source_path == shown))
        if existing is None:
            existing = KbDocument(path=shown)
            s.add(existing)
        _apply_meta(
            existing,
            Extracted(title="Curated questions and answers", format="faq", sections=[]),
            digest,
            lex.version,
        )
        for e in entries:
            s.add(
                KbCurated(
                    question=e.question,
                    alternates=e.alternates,
                    answer=e.answer,
                    citation=e.citation,
                    effective_date=e.effective_date,
                    source=e.source,
                    status=e.status,
                    author=None,
                    origin="bundled",
                    source_path=shown,
                )
            )
        await s.flush()
        return FileResult(shown, status, existing.id, 0)
