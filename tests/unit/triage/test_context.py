"""The context stage: negated, hypothetical, historical and other-person facts (ConText rules in data)."""

from __future__ import annotations

import pytest

from bot.triage import RulesError, load_rules, triage_bytes
from bot.triage.context import contexts, load_context_rules
from bot.triage.rubric import _approved_routine, _urgency

from .helpers import make_email


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def _ctx_of(text: str, word: str) -> frozenset[str]:
    start = text.index(word)
    return contexts(text, [(start, start + len(word))])[0]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("please expedite this request", "expedite", frozenset()),
        ("there is no need to expedite this one", "expedite", {"negated"}),
        ("this is not urgent", "urgent", {"negated"}),
        ("expedited review is not needed", "expedited", {"negated"}),
        ("if this becomes urgent we will call", "urgent", {"hypothetical"}),
        ("call me should it become urgent", "urgent", {"hypothetical"}),
        ("the prior admission was expedited", "expedited", {"historical"}),
        ("his wife has an urgent appointment", "urgent", {"other_person"}),
        # a pseudo-trigger is not a trigger: "if you could" is a polite request
        ("if you could expedite this we would be grateful", "expedite", frozenset()),
        # a termination term ends the scope: the negation belongs to the first clause
        ("no pt eval yet, but please expedite", "expedite", frozenset()),
        ("no one answered — urgent", "urgent", frozenset()),
        # NegEx's word window: a trigger six words away in a run-on sentence does not reach
        ("without a decision today we lose the bed urgent", "urgent", frozenset()),
        ("without a decision this is urgent", "urgent", {"negated"}),
    ],
)
def test_context_categories(text, word, expected):
    assert _ctx_of(text, word) == frozenset(expected)


def test_urgency_plain_assertion(rules):
    assert _urgency("pt is ready today. please expedite the review.", rules) == (True, False)


def test_urgency_negated_is_not_asserted_and_counts_as_negated(rules):
    assert _urgency("no need to expedite, dc is next week.", rules) == (False, True)


def test_urgency_hypothetical_is_not_asserted(rules):
    assert _urgency("we will let you know if it becomes urgent.", rules) == (False, True)


def test_urgency_of_something_else_is_ignored(rules):
    # "stat labs" qualify the labs, not the request: neither urgency nor its negation
    assert _urgency("stat labs drawn this morning.", rules) == (False, False)


def test_negated_body_beats_urgent_subject(rules):
    raw = make_email(
        "Requesting SNF authorization for Mr. Doe. This is not urgent, discharge is planned next week.",
        subject="URGENT auth request",
    )
    assert triage_bytes(raw, rules).expedited is False


def test_urgent_request_is_expedited(rules):
    raw = make_email("Requesting SNF authorization for Mr. Doe. Please expedite, he is ready today.")
    assert triage_bytes(raw, rules).expedited is True


def test_approved_routine_needs_an_asserted_approval(rules):
    assert _approved_routine("updated notes attached. the auth was approved, routine update.", rules)
    assert not _approved_routine("updated notes attached. once the auth was approved we can plan dc.", rules)


def test_shipped_context_rules_load():
    loaded = load_context_rules()
    assert "no" in loaded.categories["negated"]["preceding"]
    assert "if" in loaded.categories["hypothetical"]["preceding"]


def test_context_rules_unknown_key_refused(tmp_path):
    p = tmp_path / "ctx.yaml"
    p.write_text(
        "version: 1\ncategories:\n  negated: {preceeding: [not]}\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match=r"unknown key categories\.negated\.preceeding"):
        load_context_rules(p)


def test_context_rules_unknown_category_refused(tmp_path):
    p = tmp_path / "ctx.yaml"
    p.write_text("version: 1\ncategories:\n  negatd: {preceding: [not]}\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"unknown key categories\.negatd"):
        load_context_rules(p)


def test_context_rules_scope_must_be_a_count(tmp_path):
    p = tmp_path / "ctx.yaml"
    p.write_text("version: 1\nmax_scope_words: five\ncategories: {}\n", encoding="utf-8")
    with pytest.raises(RulesError, match="max_scope_words"):
        load_context_rules(p)


def test_context_rules_missing_category_refused(tmp_path):
    p = tmp_path / "ctx.yaml"
    p.write_text("version: 1\ncategories:\n  negated: {preceding: [not]}\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"categories\.hypothetical is missing"):
        load_context_rules(p)


def test_pipeline_is_built_once_and_rebuilt_when_its_vocabulary_grows(monkeypatch):
    from bot.triage import context as ctx_mod

    first = ctx_mod.pipeline()
    contexts("no need to expedite", [(11, 19)])
    assert ctx_mod.pipeline() is first  # loaded once per process
    monkeypatch.setattr(ctx_mod, "MAX_STRINGS", len(first.nlp.vocab.strings))
    assert contexts("not urgent qzxv1 qzxv2", [(4, 10)]) == [frozenset({"negated"})]
    assert ctx_mod.pipeline() is not first  # the grown vocabulary was dropped with its pipeline


def test_a_huge_unpunctuated_sentence_is_read_around_the_mention():
    filler = "word " * 5_000
    text = filler + "this is not urgent " + filler
    start = text.index("urgent")
    assert contexts(text, [(start, start + 6)]) == [frozenset({"negated"})]
