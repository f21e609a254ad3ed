from __future__ import annotations

import pytest

from bot.knowledge.ingest import ingest_paths
from bot.knowledge.service import KnowledgeService
from tests.unit.knowledge.helpers import DOCS


@pytest.fixture
async def kb(db):
    """The test documents and the test FAQ ingested; a service over them."""
    report = await ingest_paths(db, [DOCS])
    assert not report.errors, report.errors
    return KnowledgeService(db)
