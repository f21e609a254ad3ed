"""Punctuation spoken into a phone becomes marks again, so the sentence that asks can be found."""

from __future__ import annotations

from bot.knowledge import hybrid
from bot.knowledge.dictation import punctuate


def test_spoken_punctuation_becomes_marks():
    dictated = (
        "the physiatrist sees her twice a week and they say that's enough period how often does the rehab "
        "doctor have to see the patient in an irf question mark she's seventy nine comma post hip fracture"
    )
    assert punctuate(dictated) == (
        "the physiatrist sees her twice a week and they say that's enough. how often does the rehab "
        "doctor have to see the patient in an irf? she's seventy nine, post hip fracture"
    )
    assert hybrid.asking_sentence(punctuate(dictated)) == (
        "how often does the rehab doctor have to see the patient in an irf?"
    )


def test_period_the_noun_stays_a_word():
    assert punctuate("does he get a new benefit period question mark") == "does he get a new benefit period?"
    assert punctuate("is there a 60-day period after discharge") == "is there a 60-day period after discharge"
    # A message with punctuation of its own: "period" is never a full stop there.
    typed = "The waiver ended. Is the period over?"
    assert punctuate(typed) == typed
