"""A question that asks for a time limit or a dollar amount is answered by a passage that gives one: among close
passages the one that gives it wins, and an answer that gives none becomes "These may help", saying so."""

from __future__ import annotations

import pytest

from bot.knowledge import answer_type, compose
from bot.knowledge.answer_type import AMOUNT, CODE, CONTACT, DEADLINE, DOLLARS, PERCENT, TIME
from tests.unit.knowledge.helpers import answering_from


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("By when must the notice be delivered?", DEADLINE),
        ("How soon does the written notice have to go out?", TIME),
        ("std OD TAT 2026", TIME),  # a fragment asks for what it names
        ("expedited recon TAT?", TIME),
        ("What's the deadline for the care plan, is this late?", DEADLINE),
        ("Within how many days after discharge must it be sent?", TIME),
        ("What will the daily coinsurance for days 21-100 be in 2027?", AMOUNT),
        ("How much does the plan pay per day for this stay?", AMOUNT),
        ("snf copay days 21-100 in 2026?", AMOUNT),
        ("What is the FY2026 per diem amount in dollars for this case?", DOLLARS),
        ("What's the maximum percentage of therapy minutes that can be group therapy?", PERCENT),
        ("Which impairment group code should they use for a knee replacement?", CODE),
        ("Which code of federal regulations section covers this?", None),
        ("what's the fax number for the appeals dept", CONTACT),
        ("Which review organization serves the state, and what is its phone number?", CONTACT),
        ("Which ICD-10-CM code goes on the assessment for debility?", CODE),
        ("which revenue code does the facility bill the routine days under", CODE),
        # Mentioned, not asked for: a yes/no question, a wh-question about something else, the story around it.
        ("Is the copay waived for plan members?", None),
        ("What happens if the plan misses the reconsideration deadline?", None),
        ("The member missed the review deadline and went home. Does she have any other option?", None),
        ("how much therapy is needed for rehab?", None),
        ("Can the rehab physician lead the team conference remotely?", None),
        ("Can the rehab physician lead the team conference by phone?", None),  # how, not a number
    ],
)
def test_what_kind_of_answer_a_question_asks_for(question, kind):
    assert answer_type.asked(question) is kind


def test_what_states_a_time_or_an_amount():
    for text in (
        "The plan decides within 72 hours.",
        "It must be given by noon of the day before coverage ends.",
        "The notice goes out by close of business.",
        "Decide within fourteen calendar days.",
    ):
        assert answer_type.states(TIME, text) and answer_type.states(DEADLINE, text), text
    assert not answer_type.states(TIME, "A reconsideration may be requested by the enrollee or the physician.")
    # A date answers "by when", not "how long": the day a rule took effect is not a turnaround.
    dated = "From January 1, 2026, concurrent decisions are organization determinations."
    assert answer_type.states(DEADLINE, dated) and not answer_type.states(TIME, dated)
    for text in ("Coinsurance is $217 per day.", "The plan pays 100% of the cost.", "It is the lesser of two sums."):
        assert answer_type.states(AMOUNT, text), text
    assert not answer_type.states(AMOUNT, "The threshold is adjusted every year.")
    # Asked in dollars, a formula or a share is not the figure.
    formula = "It is the lesser of the per-diem amount or 100% of the estimated cost."
    assert answer_type.states(AMOUNT, formula) and not answer_type.states(DOLLARS, formula)
    assert answer_type.states(DOLLARS, "The amount was $190 in 2025.")
    assert answer_type.states(PERCENT, "At least 60 % of patients.")
    assert not answer_type.states(PERCENT, "Group therapy is an adjunct used on a limited basis.")
    assert answer_type.states(CONTACT, "Call 1-800-555-0100 or fax (555) 010-0199.")
    assert not answer_type.states(CONTACT, "Call the review organization for the member's state.")
    assert answer_type.states(CODE, "Report revenue code 0118 for the routine days.")
    assert not answer_type.states(CODE, "Use the code for the condition that caused the need for rehab.")
    assert answer_type.states(None, "anything")  # nothing asked, nothing missing


def test_composition_keeps_the_sentence_that_gives_the_asked_kind():
    sentences = [
        "A synthetic reconsideration may be requested by the member, a representative or the physician.",
        "The member may also name another representative in writing for the request.",
        "The plan must decide a synthetic standard reconsideration within 30 calendar days.",
        "The plan keeps the file for audit.",
    ]
    lexical, cosines = [1.0, 0.9, 0.3, 0.1], [0.8, 0.7, 0.4, 0.1]
    assert "30 calendar days" not in compose.compose(sentences, lexical, cosines)
    gives = [answer_type.states(TIME, s) for s in sentences]
    body = compose.compose(sentences, lexical, cosines, gives)
    assert body.startswith("A synthetic reconsideration may be requested") and "30 calendar days" in body


ARTICLE = """---
title: Synthetic widget reviews
status: confirmed
effective_date: 2025-01-01
---
# Synthetic widget reviews

## Who may request a synthetic widget review
A member, a representative or the treating physician may request a synthetic widget review from the plan.

## Synthetic widget review decisions
The plan must decide a synthetic widget review within 9 calendar days of receiving it.
"""


async def test_a_deadline_question_gets_the_passage_that_gives_the_deadline(db, tmp_path):
    service = await answering_from(db, tmp_path, ARTICLE)

    # Both sections are about requesting a review; only one gives a time.
    ans = await service.ask("A member may request a synthetic widget review from the plan: by when must it decide?")
    assert ans.answered and "9 calendar days" in ans.answer
    assert ans.sections[0].heading == "Synthetic widget review decisions"


async def test_an_answer_that_gives_no_asked_amount_gets_these_may_help(db, tmp_path):
    service = await answering_from(db, tmp_path, ARTICLE)

    ans = await service.ask("What is the coinsurance for a synthetic widget review requested by the physician?")
    assert not ans.answered and ans.suggestions
    assert ans.answer.startswith("The passages found give no dollar amount for this.")
    assert ans.sections  # the passages are still offered

    # The same topic without asking for an amount is answered.
    assert (await service.ask("Who may request a synthetic widget review from the plan?")).answered
