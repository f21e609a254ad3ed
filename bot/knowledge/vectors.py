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
from collections.abc import Callable

import numpy as np
from sqlalchemy import func, or_, select, update

from bot.knowledge.models import KbDocument, KbSection
from bot.knowledge.sentences import split_sentences

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


# The vector columns of a section; `_encoders` says how each is computed, for ingest and for older rows alike.
VECTOR_COLUMNS = ("embedding", "heading_embedding", "sentence_vectors")
MODEL_KEY = "kb_embedding_model"  # app_settings: the model (Embedder.model_id) the stored vectors come from
Section = tuple[str, list[str], str]  # (article title, heading path, text)


def _encoders(model) -> dict[str, Callable[[list[Section]], list[bytes]]]:
    """Column -> the float16 blobs of that column for some sections, encoded in one call per column."""
    from bot.knowledge.embed import to_blob

    def vectors_of(texts: list[str]) -> list[bytes]:
        return [to_blob(v) for v in model.embed_passages(texts)]

    return {
        "embedding": lambda secs: vectors_of([embedding_text(t, h, x) for t, h, x in secs]),
        "heading_embedding": lambda secs: vectors_of([heading_text(t, h) for t, h, _ in secs]),
        "sentence_vectors": lambda secs: _sentence_blobs(model, [x for _, _, x in secs]),
    }


def embed_rows(rows: list[KbSection], title: str) -> None:
    from bot.knowledge.embed import get_embedder

    encoders = _encoders(get_embedder())
    for start in range(0, len(rows), EMBED_BATCH):
        chunk = rows[start : start + EMBED_BATCH]
        sections = [(title, list(r.heading_path or []), r.text) for r in chunk]
        for column, encode in encoders.items():
            for row, blob in zip(chunk, encode(sections), strict=True):
                setattr(row, column, blob)


async def forget_other_model(db) -> bool:
    """Clear every stored vector when they were made by another model than the one loaded (or before the model
    was recorded), so that `embed_missing` recomputes them: a question's vector and a section's must come from the
    same model. Records the loaded model. True when vectors were cleared."""
    from bot.knowledge.embed import get_embedder
    from bot.storage.app_settings import AppSettings

    current = get_embedder().model_id
    settings = AppSettings(db)
    if await settings.get(MODEL_KEY) == current:
        return False
    async with db.session() as s:
        with_vectors = select(func.count()).select_from(KbSection).where(KbSection.embedding.is_not(None))
        stored = (await s.execute(with_vectors)).scalar_one()
        if stored:
            await s.execute(update(KbSection).values(**dict.fromkeys(VECTOR_COLUMNS)))
    await settings.set(MODEL_KEY, current)
    if stored:
        log.info("kb vectors of %d sections were made by another embedding model: recomputing them", stored)
    return bool(stored)


async def embed_missing(db) -> int:
    """Compute the vectors of sections stored without them (ingested before section, sentence or heading vectors
    existed, or by another model: `forget_other_model`); only the missing ones are computed."""
    from bot.knowledge.embed import get_embedder

    await forget_other_model(db)

    absent = [getattr(KbSection, c).is_(None) for c in VECTOR_COLUMNS]
    async with db.session() as s:
        rows = (
            await s.execute(
                select(KbSection.id, KbDocument.title, KbSection.heading_path, KbSection.text, *absent)
                .join(KbDocument, KbDocument.id == KbSection.document_id)
                .where(or_(*absent))
            )
        ).all()
        if not rows:
            return 0
        encoders = _encoders(get_embedder())
        for start in range(0, len(rows), EMBED_BATCH):
            chunk = rows[start : start + EMBED_BATCH]
            values: dict[int, dict[str, bytes]] = {r[0]: {} for r in chunk}
            for i, column in enumerate(VECTOR_COLUMNS):
                missing = [r for r in chunk if r[4 + i]]
                sections = [(r[1], list(r[2] or []), r[3]) for r in missing]
                for r, blob in zip(missing, encoders[column](sections) if missing else [], strict=True):
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
