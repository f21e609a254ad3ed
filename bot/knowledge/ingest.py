"""Loading guideline files and folders into the knowledge base (idempotent by content hash).

One file at a time: bot.knowledge.ingest_file; listing and removing documents: bot.knowledge.documents.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update

from bot.config import PROJECT_ROOT
from bot.knowledge.documents import DocumentInfo, display_path, kb_is_empty, list_documents, remove_document
from bot.knowledge.extract import detect_format
from bot.knowledge.ingest_file import FAQ_NAMES, FileResult, content_hash, ingest_file, is_authoring_file
from bot.knowledge.models import KbDocument, KbSection
from bot.knowledge.section_rows import build_sections, section_dates, section_statuses
from bot.knowledge.text import Lexicon, load_lexicon
from bot.knowledge.vectors import embed_missing, forget_other_model

# Former names of this module that the CLI, the wiring and tests import from here.
__all__ = [
    "DocumentInfo",
    "FileResult",
    "IngestReport",
    "build_sections",
    "display_path",
    "ensure_loaded",
    "ingest_paths",
    "kb_is_empty",
    "list_documents",
    "reindex_stale",
    "remove_document",
    "resolve_kb_dir",
    "section_dates",
    "section_statuses",
]

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (files done, files total, display path)


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
    # Vectors stored by another embedding model are cleared first and recomputed after (vectors.py).
    other_model = await forget_other_model(db)
    for i, path in enumerate(files):
        shown = display_path(path) if path.exists() else str(path)
        try:
            result = await ingest_file(db, path, shown, lex)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
            log.warning("kb ingest failed for file %d of %d (%s)", i + 1, len(files), type(exc).__name__)
            result = FileResult(shown, "error", error=f"{type(exc).__name__}: {exc}"[:300])
        report.results.append(result)
        if progress:
            progress(i + 1, len(files), shown)
    if other_model:
        await embed_missing(db)
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


def resolve_kb_dir(kb_dir: str | Path) -> Path:
    p = Path(kb_dir)
    return p if p.is_absolute() else PROJECT_ROOT / p


async def ensure_loaded(
    db, kb_dir: str | Path = "guidelines", progress: Progress | None = None, lexicon: Lexicon | None = None
) -> IngestReport | None:
    """Load the bundled guidelines (and `curated/faq.yaml`) when the KB is empty; otherwise re-ingest the bundled
    files that changed since they were ingested (an upgrade's corrected article replaces the old one) and rebuild
    the search tokens of documents indexed with an older synonyms file.

    Returns the ingest report when it ingested, else None."""
    lex = lexicon or load_lexicon()
    folder = resolve_kb_dir(kb_dir)
    if await kb_is_empty(db):
        if not folder.is_dir():
            log.warning("kb folder missing; knowledge base left empty")
            return IngestReport()
        return await ingest_paths(db, [folder], progress=progress, lexicon=lex)
    report = await refresh_bundled(db, folder, lex) if folder.is_dir() else None
    await reindex_stale(db, lex)
    await embed_missing(db)
    return report


async def refresh_bundled(db, folder: Path, lex: Lexicon) -> IngestReport | None:
    """Re-ingest the bundled files whose content differs from the document ingested from them. A bundled file
    with no document (removed with `pscbot kb remove`, or new in this version) is not added: it is counted in
    the log, and `pscbot kb ingest` adds it."""
    files = {display_path(p): p for p in _expand([folder])}
    async with db.session() as s:
        stored = dict((await s.execute(select(KbDocument.path, KbDocument.content_hash))).all())
    changed = [p for shown, p in files.items() if shown in stored and stored[shown] != content_hash(p.read_bytes())]
    missing = sum(1 for shown in files if shown not in stored)
    if missing:
        log.info("kb: %d bundled files are not in the knowledge base (`pscbot kb ingest` adds them)", missing)
    return await ingest_paths(db, changed, lexicon=lex) if changed else None


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
