"""Sentence vectors stored at ingest (bot.knowledge.vectors): computed with the section, filled in for older
rows, and used at question time instead of encoding the top passages' sentences again."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import select, update

from bot.knowledge import vectors
from bot.knowledge.embed import DIM, get_embedder
from bot.knowledge.ingest import ingest_paths
from bot.knowledge.models import KbSection
from bot.knowledge.service import KnowledgeService
from tests.unit.knowledge.helpers import NOTICES_ARTICLE as ARTICLE


async def _sections(db) -> list[tuple[int, str, bytes | None]]:
    async with db.session() as s:
        return [
            tuple(r)
            for r in (
                await s.execute(select(KbSection.id, KbSection.text, KbSection.sentence_vectors).order_by(KbSection.id))
            )
        ]


async def test_ingest_stores_one_vector_per_sentence_equal_to_the_models(db, tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE)
    await ingest_paths(db, [tmp_path])
    rows = await _sections(db)
    assert len(rows) == 3
    for _, text, blob in rows:
        sentences = vectors.passage_sentences(text)
        assert blob is not None and len(blob) == len(sentences) * DIM * 2
        stored = np.frombuffer(blob, dtype=np.float16).reshape(len(sentences), DIM).astype(np.float32)
        fresh = get_embedder().embed(sentences)
        assert np.einsum("ij,ij->i", stored, fresh).min() >= 0.999


async def _vector_columns(db) -> list[tuple]:
    columns = [getattr(KbSection, c) for c in vectors.VECTOR_COLUMNS]
    async with db.session() as s:
        return [tuple(r) for r in await s.execute(select(KbSection.id, *columns).order_by(KbSection.id))]


@pytest.mark.parametrize("column", vectors.VECTOR_COLUMNS)
async def test_sections_stored_without_one_kind_of_vector_get_it_back(db, tmp_path, column):
    """Sections ingested before a vector column existed get it at the next start; the other columns are kept."""
    (tmp_path / "a.md").write_text(ARTICLE)
    await ingest_paths(db, [tmp_path])
    before = await _vector_columns(db)
    async with db.session() as s:
        await s.execute(update(KbSection).values({column: None}))
    assert await vectors.embed_missing(db) == 3
    assert await _vector_columns(db) == before
    assert await vectors.embed_missing(db) == 0


async def test_questions_use_the_stored_sentence_vectors(db, tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(ARTICLE)
    await ingest_paths(db, [tmp_path])
    service = KnowledgeService(db, threshold=0.0)
    await service.ask("warm up the index")

    def no_encoding(texts):
        raise AssertionError(f"encoded {len(texts)} sentences at question time")

    # Questions are still encoded (Embedder.embed); the passages' sentences must come from the database.
    monkeypatch.setattr(get_embedder(), "embed_passages", no_encoding)
    answer = await service.ask("how many days does a member have to appeal a denial?")
    assert answer.answered and "65 calendar days" in answer.answer


def test_stored_vectors_are_used_only_for_the_text_they_were_computed_from(monkeypatch):
    sentences = ["The notice is delivered at admission.", "The plan decides within 72 hours."]
    stored = (np.ones((2, DIM)) / np.sqrt(DIM)).astype(np.float16)
    vectors.remember_sentence_vectors(987654, "text A", stored.tobytes())
    assert np.allclose(vectors.sentence_vectors(987654, "text A", sentences), stored.astype(np.float32))
    computed = get_embedder().embed_passages(sentences)
    # Another text under the same id (a re-used section id), or another sentence count: encoded afresh.
    assert np.allclose(vectors.sentence_vectors(987654, "text B", sentences), computed)
    assert np.allclose(vectors.sentence_vectors(987654, "text A", sentences[:1]), computed[:1])


@pytest.mark.parametrize("text", ["One sentence without a full stop", "First. Second one here."])
def test_passage_sentences_never_empty(text):
    assert vectors.passage_sentences(text)
