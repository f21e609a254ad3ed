"""Section vectors at ingest: what a vector encodes, computing them for new rows and for rows stored without one."""

from __future__ import annotations

import logging

from sqlalchemy import select, update

from bot.knowledge.models import KbDocument, KbSection

log = logging.getLogger(__name__)

EMBED_BATCH = 32


def embedding_text(title: str, heading_path: list[str], text: str) -> str:
    """What a section's vector encodes: where it sits (title, headings) and what it says."""
    return " — ".join(x for x in [title, " › ".join(heading_path)] if x) + ". " + text


def embed_rows(rows: list[KbSection], title: str) -> None:
    from bot.knowledge.embed import get_embedder, to_blob

    model = get_embedder()
    for start in range(0, len(rows), EMBED_BATCH):
        chunk = rows[start : start + EMBED_BATCH]
        vecs = model.embed_passages([embedding_text(title, r.heading_path, r.text) for r in chunk])
        for row, vec in zip(chunk, vecs, strict=True):
            row.embedding = to_blob(vec)


async def embed_missing(db) -> int:
    """Compute vectors for sections stored without one (ingested before vectors existed)."""
    from bot.knowledge.embed import get_embedder, to_blob

    async with db.session() as s:
        rows = (
            await s.execute(
                select(KbSection.id, KbSection.heading_path, KbSection.text, KbDocument.title)
                .join(KbDocument, KbDocument.id == KbSection.document_id)
                .where(KbSection.embedding.is_(None))
            )
        ).all()
        if not rows:
            return 0
        model = get_embedder()
        for start in range(0, len(rows), EMBED_BATCH):
            chunk = rows[start : start + EMBED_BATCH]
            vecs = model.embed_passages([embedding_text(r[3], list(r[1] or []), r[2]) for r in chunk])
            for r, vec in zip(chunk, vecs, strict=True):
                await s.execute(update(KbSection).where(KbSection.id == r[0]).values(embedding=to_blob(vec)))
    log.info("kb embedded %d sections stored without a vector", len(rows))
    return len(rows)
