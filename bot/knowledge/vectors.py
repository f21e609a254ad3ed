"""Section vectors at ingest: what a vector encodes, computing them for new rows and for rows stored without one.

Each section stores three things: its own vector (`embedding`, scanned for every question), the vector of its
heading alone (`heading_embedding`, read for the candidate pool, hybrid.fuse) and one vector per sentence
(`sentence_vectors`, read for the few top passages when the answer sentence is chosen, stated.py). Storing the
sentence vectors moves their encoding from the first question that reaches a passage (50-170 ms on this
machine) to ingest.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict

import numpy as np
from sqlalchemy import or_, select, update

from bot.knowledge.models import KbDocument, KbSection
from bot.knowledge.text import split_sentences

log = logging.getLogger(__name__)

EMBED_BATCH = 32
# Sections whose stored sentence vectors were fetched recently (candidate rows of the last questions).
STORED_MEMO = 512


def embedding_text(title: str, heading_path: list[str], text: str) -> str:
    """What a section's vector encodes: where it sits (title, headings) and what it says."""
    return " — ".join(x for x in [title, " › ".join(heading_path)] if x) + ". " + text


def heading_text(title: str, heading_path: list[str]) -> str:
    """A section's own heading (its one-line claim, "Face-to-face visits at least 3 days a week"); the article
    title for a section with none."""
    return (heading_path[-1] if heading_path else "") or title


def passage_sentences(text: str) -> list[str]:
    """The sentences of a passage that answer composition scores, in order (a passage with no sentence
    punctuation is one sentence)."""
    return split_sentences(text) or [text]


def _sentence_blobs(model, texts: list[str]) -> list[bytes]:
    """float16 bytes of each text's sentence vectors, encoded in one call for the whole chunk."""
    parts = [passage_sentences(t) for t in texts]
    vecs = model.embed_passages([s for p in parts for s in p])
    out, start = [], 0
    for p in parts:
        out.append(np.asarray(vecs[start : start + len(p)], dtype=np.float16).tobytes())
        start += len(p)
    return out


def embed_rows(rows: list[KbSection], title: str) -> None:
    from bot.knowledge.embed import get_embedder, to_blob

    model = get_embedder()
    for start in range(0, len(rows), EMBED_BATCH):
        chunk = rows[start : start + EMBED_BATCH]
        vecs = model.embed_passages([embedding_text(title, r.heading_path, r.text) for r in chunk])
        heads = model.embed_passages([heading_text(title, r.heading_path) for r in chunk])
        sentences = _sentence_blobs(model, [r.text for r in chunk])
        for row, vec, head, blob in zip(chunk, vecs, heads, sentences, strict=True):
            row.embedding = to_blob(vec)
            row.heading_embedding = to_blob(head)
            row.sentence_vectors = blob


async def embed_missing(db) -> int:
    """Compute the vectors of sections stored without them (ingested before section, sentence or heading vectors
    existed); only the missing ones are computed."""
    from bot.knowledge.embed import get_embedder, to_blob

    async with db.session() as s:
        rows = (
            await s.execute(
                select(
                    KbSection.id,
                    KbSection.heading_path,
                    KbSection.text,
                    KbDocument.title,
                    KbSection.embedding.is_(None),
                    KbSection.heading_embedding.is_(None),
                    KbSection.sentence_vectors.is_(None),
                )
                .join(KbDocument, KbDocument.id == KbSection.document_id)
                .where(
                    or_(
                        KbSection.embedding.is_(None),
                        KbSection.heading_embedding.is_(None),
                        KbSection.sentence_vectors.is_(None),
                    )
                )
            )
        ).all()
        if not rows:
            return 0
        model = get_embedder()
        # Column -> its blobs for some rows; the rows' is-missing flags follow the same order (r[4], r[5], r[6]).
        encoders = {
            "embedding": lambda rs: [
                to_blob(v) for v in model.embed_passages([embedding_text(r[3], list(r[1] or []), r[2]) for r in rs])
            ],
            "heading_embedding": lambda rs: [
                to_blob(v) for v in model.embed_passages([heading_text(r[3], list(r[1] or [])) for r in rs])
            ],
            "sentence_vectors": lambda rs: _sentence_blobs(model, [r[2] for r in rs]),
        }
        for start in range(0, len(rows), EMBED_BATCH):
            chunk = rows[start : start + EMBED_BATCH]
            values: dict[int, dict[str, bytes]] = {r[0]: {} for r in chunk}
            for flag, (column, encode) in enumerate(encoders.items(), start=4):
                missing = [r for r in chunk if r[flag]]
                for r, blob in zip(missing, encode(missing) if missing else [], strict=True):
                    values[r[0]][column] = blob
            for section_id, row_values in values.items():
                await s.execute(update(KbSection).where(KbSection.id == section_id).values(**row_values))
    log.info("kb embedded %d sections stored without vectors", len(rows))
    return len(rows)


# ---- question time -------------------------------------------------------------------------------------------
_stored: OrderedDict[int, tuple[str, bytes]] = OrderedDict()
_stored_lock = threading.Lock()


def remember_sentence_vectors(section_id: int, text: str, blob: bytes | None) -> None:
    """Keep a candidate row's stored sentence vectors for `sentence_vectors` (called as rows are fetched)."""
    if not blob:
        return
    with _stored_lock:
        _stored[section_id] = (text, bytes(blob))
        _stored.move_to_end(section_id)
        while len(_stored) > STORED_MEMO:
            _stored.popitem(last=False)


def sentence_vectors(section_id: int, text: str, sentences: list[str]) -> np.ndarray:
    """Vectors (float32 rows) of a passage's `sentences`: the ones stored at ingest when they were fetched
    with the passage and match it, else encoded now (and memoised by the embedder)."""
    from bot.knowledge.embed import DIM, get_embedder

    with _stored_lock:
        stored = _stored.get(section_id)
    # The text check guards a re-used section id; the count check a change of sentence splitting.
    if stored is not None and stored[0] == text and len(stored[1]) == len(sentences) * DIM * 2:
        return np.frombuffer(stored[1], dtype=np.float16).reshape(len(sentences), DIM).astype(np.float32)
    return get_embedder().embed_passages(sentences)
