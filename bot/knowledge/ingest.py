"""Loading guideline files into the knowledge base (idempotent by content hash) and managing documents."""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select, update

from bot.config import PROJECT_ROOT
from bot.knowledge.extract import Extracted, ExtractError, detect_format, extract, load_faq
from bot.knowledge.models import KbCurated, KbDocument, KbSection
from bot.knowledge.text import Lexicon, load_lexicon
from bot.knowledge.vectors import embed_missing, embed_rows
from bot.storage.base import utcnow

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (files done, files total, display path)
MAX_FILE_BYTES = 50 * 1024 * 1024
FAQ_NAMES = re.compile(r"^(?:faq|curated)[\w-]*\.ya?ml$", re.I)
# Authoring files (the folder's guide, article templates) describe the knowledge base; they are not part of it.
AUTHORING_NAMES = re.compile(r"^(?:readme|contributing|changelog|license)(?:\.\w+)?$|template|^_", re.I)

_CITATION = re.compile(
    r"\b\d{1,2}\s+CFR\s+\d+\.\d+(?:\([a-z0-9]+\))*(?:\s*[-–]\s*\d+\.\d+)?"
    r"|\bMBPM\s+Ch(?:apter|\.)?\s*\d+,?\s*(?:section\s+|§\s*)?\d+(?:\.\d+)*"
    r"|\b\d+\s+FR\s+\d+"
    r"|\bCMS-\d{4}-[A-Z]\b",
    re.I,
)


@dataclass
class FileResult:
    path: str
    status: str  # added | updated | unchanged | error
    document_id: int | None = None
    sections: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def sections(self) -> int:
        return sum(r.sections for r in self.results if r.status in {"added", "updated"})

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "error"]

    def summary(self) -> str:
        return (
            f"{self.count('added')} added, {self.count('updated')} updated, "
            f"{self.count('unchanged')} unchanged, "
            f"{self.count('error')} failed, {self.sections} sections in {self.seconds:.1f}s"
        )


@dataclass
class DocumentInfo:
    id: int
    path: str
    title: str
    format: str
    status: str
    effective_date: str | None
    sections: int
    ingested_at: str


def display_path(path: Path) -> str:
    """Project-relative POSIX path for files inside the checkout, absolute otherwise."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return resolved.as_posix()


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and not child.name.startswith(".")
                    and not is_authoring_file(child)
                    and (detect_format(child) or FAQ_NAMES.match(child.name))
                ):
                    out.append(child)
        else:
            out.append(path)
    return list(dict.fromkeys(out))


def is_authoring_file(path: Path) -> bool:
    return bool(AUTHORING_NAMES.search(path.name))


def section_citation(text: str, doc_citations: list[str]) -> str:
    found = list(dict.fromkeys(m.group(0).strip() for m in _CITATION.finditer(text)))
    if found:
        return "; ".join(found[:4])
    return "; ".join(doc_citations)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


ANALYZE_AFTER_SECTIONS = 500


async def refresh_planner_statistics(db) -> None:
    """After a bulk ingest, give the query planner fresh statistics instead of waiting for autovacuum
    (until it runs, full-text searches on PostgreSQL take the slow plans now and then)."""
    statement = "ANALYZE kb_sections" if db.is_postgres else "ANALYZE"
    try:
        async with db.engine.connect() as conn:
            await conn.exec_driver_sql(statement)
            await conn.commit()
    except Exception as exc:  # noqa: BLE001 - statistics are an optimisation, never a reason to fail an ingest
        log.warning("kb planner statistics not refreshed: %s", type(exc).__name__)


async def ingest_paths(
    db, paths: Iterable[str | Path], progress: Progress | None = None, lexicon: Lexicon | None = None
) -> IngestReport:
    """Ingest files and folders (recursively). Unchanged files are skipped, changed ones replaced,
    unreadable ones reported in the result and skipped; the rest still goes in."""
    lex = lexicon or load_lexicon()
    files = _expand(paths)
    report = IngestReport()
    started = time.monotonic()
    for i, path in enumerate(files):
        shown = display_path(path) if path.exists() else str(path)
        try:
            result = await _ingest_one(db, path, shown, lex)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
            log.warning("kb ingest failed for file %d of %d (%s)", i + 1, len(files), type(exc).__name__)
            result = FileResult(shown, "error", error=f"{type(exc).__name__}: {exc}"[:300])
        report.results.append(result)
        if progress:
            progress(i + 1, len(files), shown)
    if report.sections >= ANALYZE_AFTER_SECTIONS:
        await refresh_planner_statistics(db)
    report.seconds = time.monotonic() - started
    log.info(
        "kb ingest: %d files, %d added, %d updated, %d unchanged, %d failed, %d sections, %.2fs",
        len(files),
        report.count("added"),
        report.count("updated"),
        report.count("unchanged"),
        report.count("error"),
        report.sections,
        report.seconds,
    )
    return report


async def _ingest_one(db, path: Path, shown: str, lex: Lexicon) -> FileResult:
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


async def list_documents(db) -> list[DocumentInfo]:
    async with db.session() as s:
        counts = dict(
            (await s.execute(select(KbSection.document_id, func.count()).group_by(KbSection.document_id))).all()
        )
        curated = dict(
            (
                await s.execute(
                    select(KbCurated.source_path, func.count())
                    .where(KbCurated.origin == "bundled")
                    .group_by(KbCurated.source_path)
                )
            ).all()
        )
        docs = (await s.execute(select(KbDocument).order_by(KbDocument.path))).scalars().all()
        return [
            DocumentInfo(
                d.id,
                d.path,
                d.title,
                d.format,
                d.status,
                d.effective_date,
                curated.get(d.path, 0) if d.format == "faq" else counts.get(d.id, 0),
                d.ingested_at.isoformat(),
            )
            for d in docs
        ]


async def remove_document(db, id_or_path: int | str) -> bool:
    """Remove a document (and its sections) by id or by path as listed; True when something was removed."""
    async with db.session() as s:
        doc = None
        if isinstance(id_or_path, int) or str(id_or_path).isdigit():
            doc = await s.get(KbDocument, int(id_or_path))
        if doc is None:
            key = str(id_or_path)
            candidates = [key]
            if Path(key).exists():
                candidates.append(display_path(Path(key)))
            doc = (await s.execute(select(KbDocument).where(KbDocument.path.in_(candidates)))).scalars().first()
        if doc is None:
            return False
        await s.execute(delete(KbSection).where(KbSection.document_id == doc.id))
        if doc.format == "faq":
            await s.execute(delete(KbCurated).where(KbCurated.origin == "bundled", KbCurated.source_path == doc.path))
        await s.delete(doc)
        log.info("kb document %d removed", doc.id)
        return True


async def kb_is_empty(db) -> bool:
    async with db.session() as s:
        docs = (await s.execute(select(func.count()).select_from(KbDocument))).scalar_one()
        cur = (await s.execute(select(func.count()).select_from(KbCurated))).scalar_one()
        return docs == 0 and cur == 0


def resolve_kb_dir(kb_dir: str | Path) -> Path:
    p = Path(kb_dir)
    return p if p.is_absolute() else PROJECT_ROOT / p


async def ensure_loaded(
    db, kb_dir: str | Path = "guidelines", progress: Progress | None = None, lexicon: Lexicon | None = None
) -> IngestReport | None:
    """Load the bundled guidelines (and `curated/faq.yaml`) when the KB is empty; otherwise only rebuild
    the search tokens of documents indexed with an older synonyms file.

    Returns the ingest report when it ingested, else None."""
    lex = lexicon or load_lexicon()
    if await kb_is_empty(db):
        folder = resolve_kb_dir(kb_dir)
        if not folder.is_dir():
            log.warning("kb folder missing; knowledge base left empty")
            return IngestReport()
        return await ingest_paths(db, [folder], progress=progress, lexicon=lex)
    await reindex_stale(db, lex)
    await embed_missing(db)
    return None


async def reindex_stale(db, lexicon: Lexicon | None = None) -> int:
    """Recompute search tokens for documents indexed with another lexicon version (synonyms edited)."""
    lex = lexicon or load_lexicon()
    async with db.session() as s:
        stale = (await s.execute(select(KbDocument).where(KbDocument.index_version != lex.version))).scalars().all()
        if not stale:
            return 0
        for doc in stale:
            rows = (await s.execute(select(KbSection).where(KbSection.document_id == doc.id))).scalars().all()
            for row in rows:
                head = " ".join([doc.title, *row.heading_path, " ".join(doc.tags or [])])
                await s.execute(
                    update(KbSection)
                    .where(KbSection.id == row.id)
                    .values(search_head=lex.index_string(head), search_text=lex.index_string(row.text))
                )
            doc.index_version = lex.version
        log.info("kb reindexed %d documents for lexicon %s", len(stale), lex.version)
        return len(stale)
