from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from bot.knowledge.ingest import ensure_loaded
from bot.knowledge.models import KbAnswer, KbCurated, KbFeedback
from bot.knowledge.service import UNCONFIRMED_PREFIX, KnowledgeService
from bot.knowledge.text import load_lexicon

OFF_TOPIC = [
    "what's the weather going to be like tomorrow",
    "best pizza near me",
    "how do I reset my password",
    "who won the game last night",
]


@pytest.mark.parametrize(
    "question",
    [
        "what is the min ALOS for an LTACH",
        "LTAC average length of stay requirement",
        "how long must the average length of stay be at a long term acute care hospital",
    ],
)
async def test_ltch_synonyms(kb, question):
    ans = await kb.ask(question)
    assert ans.answered, ans
    assert "25 days" in ans.answer
    assert ans.citation == "42 CFR 412.23(e)(2)" and ans.effective_date == "2015-10-01"
    assert ans.source == "https://example.org/ltch"


@pytest.mark.parametrize(
    "question",
    [
        "AIR 15 hr exception?",
        "ARU 15 hours exception",
        "acute inpatient rehab 15 hour exception",
    ],
)
async def test_irf_synonyms(kb, question):
    ans = await kb.ask(question)
    assert ans.answered and "15 hours" in ans.answer, ans


@pytest.mark.parametrize(
    "question",
    [
        "therapy has to start w/in how many hrs of admision",
        "when does therpy need to start after admissoin",
    ],
)
async def test_typos_and_shorthand(kb, question):
    ans = await kb.ask(question)
    assert ans.answered and "36 hours" in ans.answer, ans


async def test_off_topic_refused_with_related(kb):
    for q in OFF_TOPIC:
        ans = await kb.ask(q)
        assert not ans.answered, q
        assert ans.confidence < kb.threshold
        assert len(ans.related) <= 3


async def test_curated_pair_takes_precedence(kb):
    ans = await kb.ask("what's the three hour rule")
    assert ans.answered and ans.curated_id is not None
    assert ans.answer.startswith("An IRF patient must generally need 3 hours")
    assert "[IRF-04]" not in ans.answer and ans.citation == "42 CFR 412.622(a)(3)(ii)"


async def test_unconfirmed_source_is_flagged(kb):
    ans = await kb.ask("peer to peer window after a denial")
    assert ans.answered and ans.answer.startswith(UNCONFIRMED_PREFIX) and ans.status == "unconfirmed"


async def test_expert_round_trip(kb):
    question = "does the plan cover hyperbaric oxygen after an LTACH stay"
    first = await kb.ask(question)
    assert not first.answered
    qid = await kb.create_expert_question(question, "user-1", "Nurse A", "conv-key", answer_id=first.answer_id)
    pending = await kb.get_expert_question(qid)
    assert pending.status == "open" and pending.answer is None
    done = await kb.answer_expert_question(
        qid, "Check the plan's hyperbaric policy; it needs its own auth.", "md-1", "Dr B", save_to_kb=True
    )
    assert done.status == "answered" and done.saved_to_kb and done.curated_id and done.changed
    again = await kb.answer_expert_question(qid, "A different answer", "md-2", "Dr C", save_to_kb=True)
    assert not again.changed and again.answer == done.answer and again.curated_id == done.curated_id
    async with kb.db.session() as s:
        rows = (await s.execute(select(KbCurated).where(KbCurated.origin == "expert"))).scalars().all()
    assert len(rows) == 1 and rows[0].author == "Dr B" and rows[0].effective_date
    ans = await kb.ask(question)
    assert ans.answered and ans.curated_id == done.curated_id
    assert ans.answer.startswith("Check the plan's hyperbaric policy") and "Dr B" in ans.source
    # A second service instance (another bot process) sees the saved pair too.
    other = KnowledgeService(kb.db)
    assert (await other.ask(question)).curated_id == done.curated_id


async def test_feedback_stored(kb):
    ans = await kb.ask("LTCH average length of stay")
    assert await kb.record_feedback(ans.answer_id, True, "user-1")
    assert await kb.record_feedback(ans.answer_id, False, "user-1")  # a second vote replaces the first
    assert await kb.record_feedback(ans.answer_id, True, "user-2")
    assert not await kb.record_feedback("0" * 32, True, "user-1")
    async with kb.db.session() as s:
        rows = (await s.execute(select(KbFeedback).order_by(KbFeedback.id))).scalars().all()
        logged = await s.get(KbAnswer, ans.answer_id)
    assert [(r.user_id, r.helpful) for r in rows] == [("user-1", False), ("user-2", True)]
    assert len(rows[0].question_hash) == 64 and rows[0].section_id == ans.sections[0].section_id
    assert logged.question == "LTCH average length of stay"
    assert await kb.feedback_summary() == {"helpful": 1, "not_helpful": 1}


async def test_question_text_never_logged(kb, caplog):
    caplog.set_level(logging.DEBUG, logger="bot")
    secret = "Jane Testperson DOB 01/02/1950 LTACH length of stay"
    await kb.ask(secret)
    qid = await kb.create_expert_question(secret, "u", "n", "k")
    await kb.answer_expert_question(qid, "secret answer text", "e", "E", save_to_kb=True)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("bot.")]
    assert ours and not any("Testperson" in m or "secret answer" in m for m in ours)


async def test_empty_question(kb):
    ans = await kb.ask("   ")
    assert not ans.answered and ans.answer_id is None


@pytest.mark.parametrize(
    "question,expected",
    [
        ("does AIR need PT or OT", ["PT or OT", "physical therapy or occupational therapy"]),
        ("ARU 3 hr rule", ["3 hours"]),
        ("LTACH site neutral criteria", ["96", "ICU", "intensive care"]),
        ("how many days b4 the last covered day is the NOMNC due", ["2 calendar days", "two calendar days"]),
        ("do obs days count toward the SNF 3 day stay", ["not count"]),
    ],
)
async def test_bundled_guidelines(db, question, expected):
    """The bundled articles answer the common shorthand questions (synonyms: AIR, ARU, LTACH, obs)."""
    await ensure_loaded(db, "guidelines")
    ans = await KnowledgeService(db).ask(question)
    assert ans.answered and any(e.lower() in ans.answer.lower() for e in expected), ans
    for q in OFF_TOPIC:
        assert not (await KnowledgeService(db).ask(q)).answered, q


def test_lexicon_folds_synonyms():
    lex = load_lexicon()
    for phrase in ["AIR", "ARU", "acute inpatient rehab", "inpatient rehabilitation facility", "IRF"]:
        assert "irf" in lex.query_tokens(lex.base_tokens(phrase)), phrase
    for phrase in ["LTAC", "LTACH", "LTCH", "long-term care hospital", "long term acute care"]:
        assert lex.query_tokens(lex.base_tokens(phrase)) == ["ltch"], phrase
    assert lex.query_tokens(lex.base_tokens("P2P w/ MD b4 d/c")) == ["p2p", "physician", "befor", "discharg"]
