"""Answer composition: short sections whole, long ones by fused sentence relevance, caveats kept."""

from bot.knowledge import compose

LONG = [
    "The member may appeal the plan's decision.",
    "A reconsideration request must be filed within 65 calendar days of the notice.",
    "This figure comes from secondary material; re-check the plan's notice.",
    "Good cause can extend the deadline.",
    "The plan must tell the member how to appeal in the denial notice itself.",
]


def test_short_section_is_shown_whole():
    sentences = ["Therapy must start within 36 hours.", "Midnight of the admission day counts as hour zero"]
    assert compose.compose(sentences, [0.0, 1.0], []) == (
        "Therapy must start within 36 hours. Midnight of the admission day counts as hour zero."
    )


def test_long_section_answers_with_the_sentence_that_states_the_fact_and_its_caveat():
    lexical = [1.0, 1.0, 0.2, 0.3, 0.9]
    cosines = [0.30, 0.70, 0.20, 0.25, 0.35]  # the second sentence is closest to the asking sentence
    body = compose.compose(LONG, lexical, cosines)
    assert body == (
        "A reconsideration request must be filed within 65 calendar days of the notice. "
        "This figure comes from secondary material; re-check the plan's notice."
    )


def test_a_close_runner_up_joins_the_best_sentence_in_passage_order():
    lexical = [0.0, 1.0, 0.0, 0.0, 1.0]
    cosines = [0.0, 0.60, 0.0, 0.0, 0.58]
    assert compose.choose(compose.fused_scores(lexical, cosines)) == [1, 4]


def test_without_vectors_the_lexical_score_decides():
    lexical = [0.1, 0.2, 0.0, 0.9, 0.1]
    assert compose.compose(LONG, lexical, []) == "Good cause can extend the deadline."
