"""Heading vectors (bot.knowledge.vectors.heading_text): stored at ingest, filled in for older rows, and used by the
fusion to pick, among sibling sections, the one whose heading says what is asked; and the stored vectors of
another embedding model recomputed."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import select, update

from bot.knowledge import hybrid, vectors
from bot.knowledge.embed import DIM, from_blobs, get_embedder, to_blob
from bot.knowledge.ingest import ingest_paths
from bot.knowledge.models import KbSection
from bot.knowledge.retrieve import dense_index
from bot.storage.app_settings import AppSettings
from tests.unit.knowledge.helpers import NOTICES_ARTICLE as ARTICLE


async def _rows(db) -> list[tuple]:
    async with db.session() as s:
        return [
            tuple(r)
            for r in await s.execute(
                select(
                    KbSection.id,
                    KbSection.heading_path,
                    KbSection.embedding,
                    KbSection.heading_embedding,
                    KbSection.sentence_vectors,
                ).order_by(KbSection.id)
            )
        ]


def test_a_heading_is_the_sections_own_heading_or_the_article_title():
    assert vectors.heading_text("Notices", ["Notices", "Appeal filing window"]) == "Appeal filing window"
    assert vectors.heading_text("Notices", []) == "Notices"
    assert vectors.heading_text("Notices", [""]) == "Notices"


async def test_ingest_stores_the_vector_of_each_sections_heading(db, tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE)
    await ingest_paths(db, [tmp_path])
    rows = await _rows(db)
    assert [r[1][-1] for r in rows] == ["Discharge notice timing", "Appeal filing window", "Expedited appeals"]
    stored = from_blobs([r[3] for r in rows])
    fresh = get_embedder().embed([r[1][-1] for r in rows])
    assert np.einsum("ij,ij->i", stored, fresh).min() >= 0.999
    # Not the section's own vector, which also encodes the title and the text.
    assert np.einsum("ij,ij->i", stored, from_blobs([r[2] for r in rows])).max() < 0.95


async def test_an_index_of_sections_without_heading_vectors_still_ranks(db, tmp_path):
    """Until embed_missing computes them (test_sentence_vectors covers that), a heading contributes nothing."""
    (tmp_path / "a.md").write_text(ARTICLE)
    await ingest_paths(db, [tmp_path])
    async with db.session() as s:
        await s.execute(update(KbSection).values(heading_embedding=None))
        index = await dense_index(s)
    assert index.headings is not None and not index.headings.any()
    assert len(index.ids) == 3
    assert set(index.heading_scores_for(np.ones(DIM, np.float32), index.ids.tolist()).values()) == {0.0}


def test_the_heading_that_states_what_is_asked_decides_between_sibling_sections():
    """Two sections of one article, alike by lexical score and section vector: the asking sentence's cosine to
    each heading picks the one about expedited appeals."""
    ask = "How fast must an urgent appeal be decided?"
    headings = ["Appeal filing window", "Expedited appeals"]
    vec = get_embedder().embed([ask])[0]
    cos_heading = dict(zip([1, 2], (get_embedder().embed(headings) @ vec).tolist(), strict=True))
    same = {1: 0.6, 2: 0.6}
    args = ({1: 1.0, 2: 1.0}, same, same, {1: 7, 2: 7}, {1: "confirmed", 2: "confirmed"})
    without = hybrid.fuse(*args)
    assert without[1] == without[2]
    fused = hybrid.fuse(*args, cos_heading)
    assert max(fused, key=lambda i: fused[i]) == 2
    assert fused[2] - fused[1] == pytest.approx(hybrid.HEADING_WEIGHT * (cos_heading[2] - cos_heading[1]))


async def test_vectors_stored_by_another_embedding_model_are_recomputed_and_the_model_recorded(db, tmp_path):
    """A question's vector and a section's must come from the same model: after a model change (a database
    filled before the int8 products, say) every stored vector is recomputed once, at the next ingest or start."""
    (tmp_path / "a.md").write_text(ARTICLE)
    await ingest_paths(db, [tmp_path])
    settings = AppSettings(db)
    assert await settings.get(vectors.MODEL_KEY) == get_embedder().model_id
    assert await vectors.embed_missing(db) == 0  # same model: nothing to do

    # Another model's vectors: say the stored ones were random.
    rng = np.random.default_rng(7)
    async with db.session() as s:
        for sid, *_ in await _rows(db):
            noise = to_blob(rng.standard_normal(DIM).astype(np.float32))
            await s.execute(update(KbSection).where(KbSection.id == sid).values(embedding=noise))
    await settings.set(vectors.MODEL_KEY, "another-model")

    assert await vectors.embed_missing(db) == 3
    rows = await _rows(db)
    fresh = get_embedder().embed_passages(
        [
            vectors.embedding_text("Notices and appeals", list(r[1]), t)
            for r, t in zip(rows, await _texts(db), strict=True)
        ]
    )
    assert np.einsum("ij,ij->i", from_blobs([r[2] for r in rows]), fresh).min() >= 0.999
    assert all(r[3] is not None and r[4] is not None for r in rows)
    assert await settings.get(vectors.MODEL_KEY) == get_embedder().model_id
    assert await vectors.embed_missing(db) == 0


async def _texts(db) -> list[str]:
    async with db.session() as s:
        return [r[0] for r in await s.execute(select(KbSection.text).order_by(KbSection.id))]
