"""The documents in the knowledge base: their listed path, the listing, removal, and whether any exist."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select

from bot.config import PROJECT_ROOT
from bot.knowledge.models import KbCurated, KbDocument, KbSection

log = logging.getLogger(__name__)


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
