"""Example questions (bot.knowledge.examples): labelled questions, and the fact classifier trained on them, rank
first the sections tagged with their fact; the bundled vectors and classifier are current and were made as
retrieval embeds a question, and a bad source line is refused."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.knowledge import example_data, examples, hybrid
from bot.knowledge.embed import get_embedder
from bot.knowledge.text import load_lexicon
from tests.unit.knowledge.helpers import answering_from, bundled_sections

ARTICLE = """---
title: Notices and appeals
status: confirmed
effective_date: 2024-01-01
---
# Notices and appeals

## Discharge notice timing
The provider delivers the discharge notice at least two calendar days before covered services end. [NT-01]

## Appeal filing window
A member has 65 calendar days from the date of the denial notice to request a reconsideration. [AP-02]
"""

QUESTION = "Daughter is upset about the letter she got about her mom. How long does she have?"


def index_of(pairs: list[tuple[str, str]]) -> examples.ExampleIndex:
    rows = [example_data.Example(fact, q) for fact, q in pairs]
    story, ask = example_data.embed(rows, load_lexicon(), get_embedder())
    classifier = example_data.train_classifier(rows, story, ask)
    return examples.from_arrays(np.array([r.fact for r in rows]), story, ask, classifier=classifier)


def test_each_fact_scores_its_most_similar_example():
    unit = np.eye(3, dtype=np.float32)
    index = examples.ExampleIndex(("A-01", "A-01", "B-02"), unit, unit)
    sims = index.similarities(unit[1], unit[1])  # the question is example 2 (fact A-01) exactly
    assert index.fact_scores(sims) == {"A-01": pytest.approx(1.0), "B-02": pytest.approx(0.0)}


def test_scoring_a_question_gives_each_candidate_section_both_scores():
    unit = np.eye(4, dtype=np.float32)
    weights = np.zeros((2, 8), dtype=np.float32)
    weights[0, 0] = 4.0  # the classifier, too, takes a question along the first axis for A-01
    clf = examples.FactClassifier(("A-01", "B-02"), weights, np.zeros(2, dtype=np.float32))
    index = examples.ExampleIndex(("A-01", "B-02"), unit[:2], unit[:2], clf)
    scored = index.score(unit[0], unit[0], {1: ["A-01"], 2: ["B-02"], 3: []})
    assert scored.by_example == {1: 0.0, 2: pytest.approx(-1.0), 3: 0.0}
    assert scored.by_prob[1] == 0.0 and scored.by_prob[2] < -0.9 and scored.by_prob[3] == 0.0
    assert scored.probs["A-01"] > 0.95
    without = examples.ExampleIndex(("A-01", "B-02"), unit[:2], unit[:2]).score(unit[0], unit[0], {1: ["A-01"]})
    assert without.probs == {} and without.by_prob == {}


def test_a_passage_stating_a_fact_answers_the_correction_that_restates_it():
    facts_md = (
        "- **AP-02** **Filing deadline:** within **65 calendar days** of the denial notice.\n"
        "- **FIX-04** The filing window has been **65** days since Jan 1, 2025 (AP-02); old pages say 60.\n"
        "- **LTCH-04** Site-neutral since 2015-07, phased in.\n"
    )
    pairs = example_data.restatements(facts_md, {"AP-02", "FIX-04", "LTCH-04"})
    assert pairs == ["FIX-04>AP-02"]  # a date is not a fact id
    unit = np.eye(3, dtype=np.float32)
    weights = np.zeros((3, 6), dtype=np.float32)
    weights[2, 0] = 4.0  # the question is most like the correction's examples
    clf = examples.FactClassifier(("AP-02", "NT-01", "FIX-04"), weights, np.zeros(3, dtype=np.float32))
    index = examples.from_arrays(np.array(["AP-02", "NT-01", "FIX-04"]), unit, unit, classifier=clf, restates=pairs)
    assert index.covers(["AP-02"]) == ["AP-02", "FIX-04"] and index.covers(["NT-01"]) == ["NT-01"]
    scored = index.score(unit[0], unit[0], {1: ["AP-02"], 2: ["NT-01"]})
    # The AP-02 passage ranks with the correction's probability; the notice passage falls behind.
    assert scored.by_prob[1] == 0.0 and scored.by_prob[2] < 0


def test_the_classifier_gives_each_fact_a_probability_and_the_most_to_the_fact_the_question_is_like():
    unit = np.eye(4, dtype=np.float32)
    # Logits: A-01 reads the whole question's first axis, B-02 the asking sentence's first axis.
    weights = np.zeros((2, 8), dtype=np.float32)
    weights[0, 0], weights[1, 4] = 4.0, 4.0
    clf = examples.FactClassifier(("A-01", "B-02"), weights, np.zeros(2, dtype=np.float32))
    like_a = clf.probabilities(unit[0], unit[1])
    assert sum(like_a.values()) == pytest.approx(1.0)
    assert like_a["A-01"] > 0.95
    assert clf.probabilities(unit[1], unit[0])["B-02"] > 0.95
    assert clf.probabilities(unit[1], unit[1]) == {"A-01": pytest.approx(0.5), "B-02": pytest.approx(0.5)}


def test_a_section_falls_behind_by_how_far_its_best_fact_falls_below_the_examples_favourite():
    scores = examples.section_scores(
        {"A-01": 0.4, "B-02": 0.7}, {1: ["A-01", "B-02"], 2: ["A-01"], 3: [], 4: ["ZZ-99"]}
    )
    assert scores == {1: 0.0, 2: pytest.approx(-0.3), 3: 0.0, 4: 0.0}
    assert examples.section_scores({}, {1: ["A-01"]}) == {1: 0.0}


def test_the_fusion_ranks_first_the_section_whose_fact_the_examples_ask_for():
    args = ({1: 1.0, 2: 1.0}, {1: 0.5, 2: 0.5}, {1: 0.5, 2: 0.5}, {1: 10, 2: 10}, {1: "confirmed", 2: "confirmed"})
    toward_2 = hybrid.fuse(*args, None, {1: -0.2, 2: 0.0})
    toward_1 = hybrid.fuse(*args, None, {1: 0.0, 2: -0.2})
    assert toward_2[2] > toward_2[1]
    assert toward_1[1] > toward_1[2]


LIKE_THE_QUESTION = ["family got a letter about their mother, how long do they have", "how long does the daughter have"]
UNLIKE_IT = ["when must the facility hand over the end-of-stay notice", "is the discharge form due at admission"]


@pytest.mark.parametrize(
    ("labels", "answer_says"),
    [(("AP-02", "NT-01"), "65 calendar days"), (("NT-01", "AP-02"), "two calendar days before")],
)
async def test_the_examples_decide_which_section_answers_a_question_its_words_leave_open(
    db, tmp_path, monkeypatch, labels, answer_says
):
    """'How long does she have?' fits the notice's two days and the appeal's 65 days alike. The same example
    questions, labelled one way and then the other, carry the answer with their labels."""
    like, unlike = labels
    pairs = [(like, q) for q in LIKE_THE_QUESTION] + [(unlike, q) for q in UNLIKE_IT]
    monkeypatch.setattr(examples, "load", lambda: index_of(pairs))
    service = await answering_from(db, tmp_path, ARTICLE)
    answer = await service.ask(QUESTION)
    assert answer_says in answer.answer
    assert answer.fact_ids == [like]
    assert answer.signals["fact_prob"] > 0.5  # the classifier, too, takes the question for the answer's fact


async def test_a_document_the_examples_know_nothing_about_still_answers_what_it_alone_says(db, tmp_path, monkeypatch):
    """An operator's own upload has no fact tags: the examples, however sure of another fact, do not hide it."""
    pairs = [("AP-02", q) for q in LIKE_THE_QUESTION + ["who checks the appeal mailbox on a holiday"]]
    monkeypatch.setattr(examples, "load", lambda: index_of(pairs))
    (tmp_path / "holiday-intake.md").write_text(
        "# Intake schedule\n\n## Holiday intake coverage\nOn plan holidays the intake mailbox is checked by the "
        "on-call coordinator every four hours, and requests are date-stamped on receipt.\n"
    )
    service = await answering_from(db, tmp_path, ARTICLE)
    answer = await service.ask("On a plan holiday, who checks the intake mailbox and how often?")
    assert "every four hours" in answer.answer
    assert answer.fact_ids == []
    assert "fact_prob" not in answer.signals  # the classifier has no say on it either


async def test_without_example_vectors_retrieval_still_answers(db, tmp_path, monkeypatch):
    monkeypatch.setattr(examples, "load", lambda: None)
    service = await answering_from(db, tmp_path, ARTICLE)
    answer = await service.ask("How many days does a member have to request a reconsideration?")
    assert "65 calendar days" in answer.answer
    assert "fact_prob" not in answer.signals  # judged by the calibrator fitted without the classifier


def test_the_bundled_vectors_are_current_with_their_source_files():
    """Edit data/kb_examples/ without `scripts/kb_examples.py --write` and this fails."""
    assert examples.stored_digest() == example_data.digest()


def test_the_bundled_classifier_knows_every_fact_and_names_most_examples_own_fact():
    """Trained on the current examples (it is rebuilt with them): a stale or mis-shaped classifier fails here."""
    index = examples.load()
    assert index is not None and index.classifier is not None
    facts = sorted({r.fact for r in example_data.read()})
    assert list(index.classifier.classes) == facts
    assert index.classifier.weights.shape == (len(facts), 2 * index.story.shape[1])
    picked = range(0, len(index.facts), 7)
    named = [
        max(p := index.classifier.probabilities(index.story[i], index.ask[i]), key=p.__getitem__) == index.facts[i]
        for i in picked
    ]
    assert sum(named) / len(named) > 0.9


def test_the_bundled_vectors_are_made_as_retrieval_embeds_a_question():
    index = examples.load()
    assert index is not None
    rows = example_data.read()
    assert list(index.facts) == [r.fact for r in rows]
    picked = list(range(0, len(rows), max(1, len(rows) // 12)))
    story, ask = example_data.embed([rows[i] for i in picked], load_lexicon(), get_embedder())
    assert np.einsum("ij,ij->i", index.story[picked], story).min() >= 0.999
    assert np.einsum("ij,ij->i", index.ask[picked], ask).min() >= 0.999


def test_every_example_asks_for_a_fact_the_bundled_articles_state():
    """An example for a fact no section is tagged with would vote for nothing."""
    tagged = {fid for section in bundled_sections() for fid in section.facts}
    assert {r.fact for r in example_data.read()} <= tagged


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "a.jsonl:2: not JSON"),
        (json.dumps({"fact": "the 3-hour rule", "question": "q?"}), "a.jsonl:2: 'fact' must be a fact id"),
        (json.dumps({"fact": "IRF-04", "question": " "}), "a.jsonl:2: 'question' is empty"),
        (json.dumps(["IRF-04", "q?"]), "a.jsonl:2: 'fact' must be a fact id"),
    ],
)
def test_a_bad_source_line_is_refused_with_its_file_and_line(tmp_path, line, message):
    good = json.dumps({"fact": "IRF-04", "question": "3 hrs a day?"})
    (tmp_path / "a.jsonl").write_text(good + "\n" + line + "\n")
    with pytest.raises(example_data.ExampleError, match=message):
        example_data.read(tmp_path)
