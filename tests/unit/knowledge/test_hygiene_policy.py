"""Ingest hygiene (authoring files, documents without front matter, per-section dates) and the answer policy
(caveats kept, primary sources before secondary ones, the asking sentence of a case story)."""

from __future__ import annotations

import math

import pytest
from sqlalchemy import select

from bot.knowledge import hybrid, retrieve
from bot.knowledge.extract import extract
from bot.knowledge.ingest import ingest_paths, section_dates
from bot.knowledge.models import KbDocument, KbSection
from bot.knowledge.service import KnowledgeService, with_caveats
from bot.knowledge.text import load_lexicon

ARTICLE = """---
title: Waivers and counts
status: confirmed
effective_date: 2024-01-01
facts: [W-01, W-02]
---
# Waivers and counts

## Plans may waive the stay
A plan may cover the stay without the qualifying days. [W-01]

## The waiver rule
The new waiver rule took effect on January 1, 2024. [W-02]
"""


async def test_readme_and_templates_are_never_ingested(db, tmp_path):
    (tmp_path / "README.md").write_text("# Guide\n\n## Sections\n2-6 short sections per article.\n")
    (tmp_path / "article-template.md").write_text("---\ntitle: T\n---\n# T\n\n## S\nFill me in.\n")
    (tmp_path / "real.md").write_text(ARTICLE)
    report = await ingest_paths(db, [tmp_path])
    assert [r.path.rsplit("/", 1)[-1] for r in report.results] == ["real.md"]
    explicit = await ingest_paths(db, [tmp_path / "README.md"])
    assert explicit.results[0].status == "skipped"
    async with db.session() as s:
        titles = (await s.execute(select(KbDocument.title))).scalars().all()
    assert titles == ["Waivers and counts"]


async def test_document_without_front_matter_is_unverified_and_sourced_by_title(db, tmp_path):
    path = tmp_path / "team-notes.md"
    path.write_text(
        "# Weekend fax line for peer-to-peer requests\n\nEffective: 2026-03-01\n\n"
        "## Weekend fax line\nPeer-to-peer requests received on a weekend go to the weekend fax line.\n"
    )
    await ingest_paths(db, [path])
    async with db.session() as s:
        doc = (await s.execute(select(KbDocument))).scalar_one()
        sec = (await s.execute(select(KbSection.status, KbSection.embedding))).first()
    assert doc.status == "unverified" and doc.effective_date == "2026-03-01"
    assert sec[0] == "unverified" and sec[1] is not None
    ans = await KnowledgeService(db, threshold=0.0).ask("where do weekend peer-to-peer requests go?")
    assert ans.answered and ans.status == "unverified"
    assert ans.answer.startswith("Unverified document")
    assert ans.source == "Weekend fax line for peer-to-peer requests" and str(tmp_path) not in ans.source


def test_effective_dates_belong_to_sections_not_articles():
    doc = extract(__import__("pathlib").Path("waivers.md"), ARTICLE.encode())
    # The article's date is the waiver rule's; the section about plan waivers states no date of its own.
    assert section_dates(doc) == [None, "2024-01-01"]
    assert [s.facts for s in doc.sections] == [["W-01"], ["W-02"]]


def test_the_caveat_sentence_stays_with_its_fact():
    passage = (
        "Most plans approve 20 days. This figure comes from a secondary source; re-check it against "
        "CMS. Other text follows here."
    )
    assert with_caveats("Most plans approve 20 days.", passage) == (
        "Most plans approve 20 days. This figure comes from a secondary source; re-check it against CMS."
    )
    assert with_caveats("Other text follows here.", passage) == "Other text follows here."


def test_primary_source_outranks_secondary_on_a_tie():
    fused = {1: 0.02, 2: 0.02}
    assert hybrid.rerank(fused, {1: "secondary", 2: "confirmed"}) == [2, 1]
    assert hybrid.rerank({1: 0.03, 2: 0.02}, {1: "secondary", 2: "confirmed"}) == [1, 2]


def test_the_asking_sentence_of_a_case_story():
    story = (
        "78 y/o pt s/p hip ORIF, PT and OT both following. The liaison is pushing for AIR. Before I judge "
        "tolerance: what daily therapy intensity is an IRF patient expected to need?"
    )
    assert hybrid.asking_sentence(story) == "what daily therapy intensity is an IRF patient expected to need?"
    assert hybrid.asking_sentence("how long does a member have to appeal?") is None


def test_sentences_of_a_question_written_in_lower_case():
    hurried = (
        "quick one - can we extend an expedited OD? pt 81yo at St. Mary's, approx. 3 days in ICU. "
        "d/c'd fri.\nthe liaison is asking"
    )
    assert hybrid.question_sentences(hurried) == [
        "quick one - can we extend an expedited OD?",
        "pt 81yo at St. Mary's, approx. 3 days in ICU.",
        "d/c'd fri.",
        "the liaison is asking",
    ]
    # The question first, the context after it.
    assert hybrid.asking_sentence(hurried) == "quick one - can we extend an expedited OD?"


def test_a_forwarded_message_is_read_without_its_greeting_and_signature():
    message = (
        "FW below - is she right?\n\nGood afternoon,\nThe patient had 4 days of ICU care.\n"
        "Thanks,\nKaren P., RN CM\nMercy Ridge Hospital\n555-0100\n\nThe liaison wants an answer today."
    )
    assert hybrid.message_lines(message) == [
        "FW below - is she right?",
        "The patient had 4 days of ICU care.",
        "The liaison wants an answer today.",
    ]
    # The PSC's own question under a forwarded signature is kept.
    assert hybrid.message_lines("Thanks,\nDeShawn P.\nCan you help me answer him?") == ["Can you help me answer him?"]


def test_a_vague_asking_sentence_is_searched_with_the_sentence_it_refers_to():
    story = "Pt 81 y/o at SNF day 12. The MD says her skilled need ended when PT stopped. Is that right?"
    informative = lambda s: len(s.split()) > 3  # noqa: E731 - the service counts content terms instead
    assert (
        hybrid.asking_sentence(story, informative)
        == "The MD says her skilled need ended when PT stopped. Is that right?"
    )
    assert hybrid.asking_sentence(story) == "Is that right?"
    assert hybrid.asking_sentence("Day 12 at SNF. When does the plan have to decide?", informative) == (
        "When does the plan have to decide?"
    )


def test_an_asking_sentence_that_refers_back_is_searched_with_the_sentence_before_it():
    lex = load_lexicon()
    # "that case" is Jimmo: two content terms ("case", "decide") but nothing to search for without the context.
    story = "SNF pt, plateaued. Family's attorney keeps citing Jimmo. What did that case actually decide?"
    assert retrieve.asking(story, lex) == "Family's attorney keeps citing Jimmo. What did that case actually decide?"
    # A sentence that says what it asks is searched alone, however long the story before it.
    plain = "SNF pt, plateaued. Family's attorney is involved. What did the Jimmo settlement decide?"
    assert retrieve.asking(plain, lex) == "What did the Jimmo settlement decide?"


def test_confidence_rises_with_the_evidence():
    weak = {"cosine": 0.2, "lexical": 0.1, "margin": 0.0, "ask_cosine": 0.2, "sentence_cosine": 0.2}
    strong = {
        "cosine": 0.8,
        "lexical": 0.9,
        "margin": 0.3,
        "agree": 1.0,
        "vote": 0.6,
        "ask_cosine": 0.7,
        "sentence_cosine": 0.8,
        "primary": 1.0,
        "story": 1.0,
    }
    assert 0.0 <= hybrid.answer_confidence(weak) < 0.5 < hybrid.answer_confidence(strong) <= 1.0


def test_the_calibrator_is_stored_data_for_the_signals_the_service_measures():
    from bot.knowledge import calibration

    model = calibration.model()
    assert tuple(model["features"]) == calibration.FEATURES
    assert len(model["coef"]) == len(calibration.FEATURES)
    assert tuple(model["without"]["features"]) == calibration.without_optional()
    assert len(model["without"]["coef"]) == len(calibration.without_optional())


def test_a_passage_without_the_classifier_signal_is_judged_by_the_fit_made_without_it():
    """An untagged passage has no fact probability: no value is guessed for it (a low one refused every upload,
    a middling one answered off-topic questions from them); the calibrator fitted without the signal decides."""
    from bot.knowledge import calibration

    signals = {f: 0.6 for f in calibration.without_optional()}
    without = calibration.model()["without"]
    z = calibration.logit(signals, without["features"], without["coef"], without["bias"])
    assert hybrid.answer_confidence(signals) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-3)
    sure, unsure = {**signals, "fact_prob": 0.95}, {**signals, "fact_prob": 0.05}
    assert hybrid.answer_confidence(sure) > hybrid.answer_confidence(unsure)


def test_abbreviations_are_spelled_out_for_the_embedding_model():
    from bot.knowledge.text import load_lexicon

    lex = load_lexicon()
    assert lex.spell_out("min ALOS for an LTACH") == "min ALOS for an LTACH (length of stay; long term care hospital)"
    # A full word is left as written: "expedited" is not rewritten as another concept's phrase.
    assert lex.spell_out("how long does a member have to appeal?") == "how long does a member have to appeal?"
    assert "fast track" not in lex.spell_out("expedited review")


def test_model_files_are_checked_by_sha256(tmp_path, monkeypatch):
    import pytest

    from bot.knowledge import embed

    bad = tmp_path / "model.onnx"
    bad.write_bytes(b"not the model")
    monkeypatch.setattr(embed, "package_file", lambda package, name: bad)
    with pytest.raises(embed.ModelUnavailable, match="checksum mismatch"):
        embed.checked_path(*embed.ONNX_FILE)
    monkeypatch.setattr(embed, "package_file", lambda package, name: tmp_path / "missing.onnx")
    with pytest.raises(embed.ModelUnavailable, match="missing"):
        embed.checked_path(*embed.ONNX_FILE)


def test_sentence_token_sets_are_memoised_and_bounded(monkeypatch):
    from bot.knowledge import text

    lex = text.load_lexicon()
    sentence = "The IRF must start therapy within 36 hours of midnight of the day of admission."
    first = lex.sentence_token_set(sentence)
    assert first == frozenset(lex.index_tokens(sentence))
    assert lex.sentence_token_set(sentence) is first  # the second read is the stored set
    monkeypatch.setattr(text, "SENTENCE_MEMO", 3)
    for n in range(10):
        lex.sentence_token_set(f"Synthetic sentence number {n}.")
    assert len(lex._sentence_tokens) <= 3
