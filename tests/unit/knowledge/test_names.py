"""A question about something the knowledge base never names (a facility, a state, another payer) is not answered
from passages about the general rule."""

from __future__ import annotations

from bot.knowledge import names
from tests.unit.knowledge.helpers import answering_from


def test_names_are_runs_of_capitalised_words_not_sentence_starts_or_calendar_words():
    assert names.names("Does Texas Medicaid pay the days after 100?") == ["Texas Medicaid"]
    assert names.names("What is Desert Palms Care Center's star rating?") == ["Desert Palms Care Center"]
    assert names.names("Evals on Monday, discharge in Jan. Is that ok?") == []
    assert names.names('She asked: "Can we deny?" What about Guillain-Barré?') == ["Guillain-Barré"]
    assert names.names("Is the SNF 3-day stay waived under MA?") == []  # abbreviations are not names


def test_in_a_case_story_only_the_names_a_question_asks_about_count():
    # possessive, or the subject right after the question's opening verb
    assert names.asked_about("What is Desert Palms Care Center's star rating?") == ["Desert Palms Care Center"]
    assert names.asked_about("ok so will Aetna cover the extra days?") == ["Aetna"]
    assert names.asked_about("Does Texas Medicaid pay after day 100?") == ["Texas Medicaid"]
    # where the patient goes, or who asked, is context
    assert names.asked_about("Do we have to let him go to Aspen Terrace?") == []
    assert names.asked_about("Can you help me answer DeShawn?") == []
    known = {"medicaid"}.__contains__
    assert names.unknown("Can she go to Aspen Terrace?", lambda w: known(w.lower()), story=True) == []
    assert names.unknown("Can she go to Aspen Terrace?", lambda w: known(w.lower())) == ["Aspen Terrace"]


def test_a_titled_name_is_a_person_not_something_a_guideline_names():
    assert names.names("Regarding Mrs. Octavia Renfrew, whose stay at Fennwick Regional ended, is that ok?") == [
        "Fennwick Regional"
    ]
    assert names.names("For Mr Horatio Blaylock, 78, what is the rate?") == []
    assert names.asked_about("What does Aetna require for a SNF stay?") == ["Aetna"]


def test_a_name_is_unknown_when_any_of_its_words_is():
    known = {"medicaid", "medicare", "advantage"}.__contains__
    asking = "Does Texas Medicaid or Medicare Advantage pay?"
    assert names.unknown(asking, lambda w: known(w.lower())) == ["Texas Medicaid"]
    assert names.note(["Texas Medicaid"]) == "The knowledge base does not mention Texas Medicaid. "


ARTICLE = """---
title: Synthetic SNF bed holds
status: confirmed
effective_date: 2025-01-01
---
# Synthetic SNF bed holds

## Bed-hold days
A synthetic skilled nursing facility bed hold is covered for up to 3 leave days per benefit period.
"""


async def test_a_question_about_a_facility_the_knowledge_base_never_names_gets_these_may_help(db, tmp_path):
    service = await answering_from(db, tmp_path, ARTICLE)

    general = await service.ask("How many leave days does a synthetic skilled nursing facility bed hold cover?")
    assert general.answered and "3 leave days" in general.answer

    story = (
        "Member at Lakeview Pines wants to go home for a weekend. "
        "How many leave days does Lakeview Pines' synthetic skilled nursing facility bed hold cover?"
    )
    named = await service.ask(story)
    assert not named.answered and named.suggestions
    assert named.answer.startswith("The knowledge base does not mention Lakeview Pines.")
    # The passage is still offered.
    assert named.sections and named.sections[0].heading == "Bed-hold days"

    # A name in the story around the question is context, not what is asked.
    context = "Member at Lakeview Pines wants leave. How many leave days does a synthetic SNF bed hold cover?"
    assert (await service.ask(context)).answered

    # Written in lower case, in a hurry: the sentence asking is still found, and the sentence before it that
    # says what "that" refers to (naming the facility) is context too.
    hurried = (
        "pt at Lakeview Pines snf wants to go home for the wknd. how many leave days does that synthetic "
        "bed hold cover? family asking"
    )
    assert (await service.ask(hurried)).answered

    # A forwarded e-mail with no question mark: the signature's hospital is not what is asked.
    forwarded = (
        "FW - please advise.\n\nHi team,\nThe member wants to go home for a weekend and the synthetic skilled "
        "nursing facility bed hold leave days are the question.\nThanks,\nJo Q., RN CM\nMercy Ridge Hospital"
    )
    assert (await service.ask(forwarded)).answered

    # One long sentence is a case story too: the patient's hospital is context.
    formal = (
        "Regarding the member, 72, whose acute stay at Fennwick Regional included a single intensive care day and "
        "who now wishes to spend a weekend at home, kindly confirm how many leave days a synthetic skilled "
        "nursing facility bed hold covers."
    )
    assert (await service.ask(formal)).answered
