"""An answer states the fact, not only the section it was found in: an article may split one fact over short
sections, and the sibling sentence that is about as relevant joins the answer (stated.sibling_sentence)."""

from __future__ import annotations

from bot.knowledge.ingest import ingest_paths
from bot.knowledge.service import KnowledgeService

ARTICLE = """---
title: Rehab unit therapy disciplines
status: confirmed
effective_date: 2010-01-01
citations: ["Synthetic Rule 1.2"]
facts: [TST-01, TST-02]
---
# Rehab unit therapy disciplines

## More than one discipline
The rehab unit criterion requires active and ongoing treatment from more than one therapy discipline. [TST-01]

## One discipline must be PT or OT
At least one of the therapy disciplines must be physical therapy or occupational therapy. [TST-01]
This detail comes from a secondary source; re-check it against the rule.

## Weekly team conference
The rehab team meets once a week to review the patient's goals and progress. [TST-02]
"""


async def _service(db, tmp_path) -> KnowledgeService:
    (tmp_path / "rehab.md").write_text(ARTICLE)
    await ingest_paths(db, [tmp_path])
    return KnowledgeService(db, threshold=0.0, record_answers=False)


async def test_the_sibling_section_of_the_same_fact_completes_the_answer(db, tmp_path):
    service = await _service(db, tmp_path)
    answer = await service.ask(
        "The patient only gets speech therapy. "
        "Which therapy disciplines does the rehab unit require, is speech alone enough?"
    )
    assert answer.answered
    assert "more than one therapy discipline" in answer.answer
    assert "must be physical therapy or occupational therapy" in answer.answer
    assert answer.answer.endswith("This detail comes from a secondary source; re-check it against the rule.")


async def test_an_unrelated_section_of_the_article_never_joins(db, tmp_path):
    service = await _service(db, tmp_path)
    answer = await service.ask("How often does the rehab team conference meet to review goals?")
    assert "once a week" in answer.answer
    assert "therapy discipline" not in answer.answer
