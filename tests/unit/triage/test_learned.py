"""The shipped triage models: built from the repository's data, scored exactly as scikit-learn would, loaded once,
and rounding priority up (never down) when the judgement is unsure."""

from __future__ import annotations

import dataclasses
import logging

import numpy as np
import pytest

from bot.triage import load_rules, triage_bytes
from bot.triage.corpus import data_sha256, is_validation, writer_group
from bot.triage.learned import MODEL_PATH, chars, from_payload, load_models, words
from bot.triage.train import CORPORA, TYPE_FIELDS, _payload, fit
from tests.unit.alerts.helpers import eml

ROUTINE = eml("SNF auth request", "Requesting SNF authorization for Case #4512, member M123456789. Thank you.")


def test_shipped_model_matches_the_training_data():
    tm = load_models()
    assert tm is not None, f"{MODEL_PATH} missing: run python -m bot.triage.train"
    assert tm.data_sha256 == data_sha256(CORPORA), "model is stale: run python -m bot.triage.train"
    assert set(tm.request_type.classes) == {
        "p2p_request",
        "appeal",
        "new_request",
        "extension_request",
        "updated_clinicals",
        "status_inquiry",
        "discharge_notice",
        "other",
    }
    assert 0 < tm.thresholds["type_confidence"] < 1 and tm.thresholds["urgent"] > 0
    assert load_models() is tm  # loaded once per process


def test_analyzers_are_scikit_learns():
    from sklearn.feature_extraction.text import CountVectorizer

    text = "pt ready for dc tmrw (11/24); expedite pls -- air referral  x a"
    for ngram in ((1, 1), (1, 2), (1, 3)):
        assert words(text, ngram) == CountVectorizer(ngram_range=ngram, lowercase=False).build_analyzer()(text)
    text += " Mixed-Case wörds"
    assert chars(text, (3, 5)) == CountVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), lowercase=False
    ).build_analyzer()(text)


def test_scoring_equals_scikit_learn():
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    docs = [
        {
            "current": f"please {w} the request {i}",
            "subject": s,
            "top": f"{w} it",
            "thread": "see below",
            "facts": f,
            "rule": r,
        }
        for i, (w, s, f, r) in enumerate(
            [
                ("expedite", "p2p", "fa", "rule_p2p_request"),
                ("review", "status", "fb", "rule_status_inquiry"),
                ("expedite", "appeal", "fa", "rule_appeal"),
                ("review", "status", "fb", "rule_status_inquiry"),
                ("hold", "p2p", "fa", "rule_p2p_request"),
                ("hold", "appeal", "fb", "rule_appeal"),
            ]
            * 2
        )
    ]
    y = ["p2p_request", "status_inquiry", "appeal", "status_inquiry", "p2p_request", "appeal"] * 2
    exported = from_payload(_payload(fit(docs, y, TYPE_FIELDS, 3.0), None, {}, "", {})).request_type
    mats = []
    for spec in TYPE_FIELDS:
        vec = TfidfVectorizer(analyzer=lambda t, spec=spec: spec.terms({spec.field: t}), sublinear_tf=True, min_df=2)
        mats.append(vec.fit_transform([d[spec.field] for d in docs]))
    clf = LogisticRegression(C=3.0, max_iter=5000).fit(hstack(mats).tocsr(), y)
    want = clf.predict_proba(hstack(mats).tocsr())
    got = np.array([[exported.proba(d)[c] for c in clf.classes_] for d in docs])
    assert np.allclose(got, want, atol=1e-4)


def test_unsure_type_rounds_priority_up_and_asks_for_a_human():
    tm = load_models()
    rules = load_rules()
    sure = triage_bytes(ROUTINE, rules, models=dataclasses.replace(tm, thresholds={"type_confidence": 0.0}))
    assert sure.request_type == "new_request" and sure.priority == "normal" and not sure.needs_review
    unsure = triage_bytes(ROUTINE, rules, models=dataclasses.replace(tm, thresholds={"type_confidence": 1.01}))
    assert unsure.priority == "high" and unsure.needs_review
    assert any("needs a human look" in r for r in unsure.reasons)


def test_urgency_net_rounds_up_to_urgent_never_down():
    tm = load_models()
    rules = load_rules()
    eager = dataclasses.replace(tm, thresholds={"type_confidence": 0.0, "urgent": 0.0})
    r = triage_bytes(ROUTINE, rules, models=eager)
    assert r.priority == "normal" and not r.needs_review  # no date near today anywhere: nothing to go on
    waiting = eml(
        "SNF auth request",
        "Requesting SNF authorization for Case #4512, member M123456789. Our team met with the family yesterday.",
    )
    r = triage_bytes(waiting, rules, models=eager)
    assert r.priority == "urgent" and r.needs_review and any("likely urgent" in x for x in r.reasons)
    raw = eml("Expedited SNF request", "EXPEDITED 72-hour review please. SNF auth for Case #4512, member M123456789.")
    off = dataclasses.replace(tm, thresholds={"type_confidence": 0.0, "urgent": 1.1})
    r = triage_bytes(raw, rules, models=off)
    assert r.priority == "urgent" and r.expedited and not r.needs_review  # the rubric's own urgent stays


def test_missing_model_falls_back_to_the_rules(tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    assert load_models(str(tmp_path / "absent.joblib")) is None
    bad = tmp_path / "bad.joblib"
    bad.write_bytes(b"not a model")
    assert load_models(str(bad)) is None
    r = triage_bytes(ROUTINE, load_rules(), models=None)
    assert r.request_type == "new_request" and r.confidence is None


def test_writer_split_is_by_writer_not_by_file():
    a = b"From: A <a@one.example>\nSubject: x\n\nbody"
    b = b"From: B <b@one.example>\nSubject: y\n\nother body"
    assert writer_group(a, {"tags": []}) == writer_group(b, {"tags": []}) == "domain:one.example"
    assert writer_group(a, {"tags": ["plain", "voice:ext_std"]}) == "voice:ext_std"
    assert is_validation("voice:ext_std") == is_validation("voice:ext_std")


@pytest.mark.parametrize("field", ["request_type", "priority"])
def test_validation_figures_are_recorded_with_the_model(field):
    meta = load_models().meta
    assert meta["validation"] >= 80 and 0.0 < meta["validation_scores"][field] <= 1.0


def test_second_look_rounds_an_unsure_other_up_when_the_runner_up_is_urgent():
    tm = load_models()
    rules = load_rules()
    raw = eml("notes", "Newest PT notes attached, Case #4512. The facility is holding the bed until 3pm today.")
    forced_other = dataclasses.replace(tm, request_type=_always(tm.request_type, "other", 0.45))
    never = dataclasses.replace(forced_other, thresholds={"type_confidence": 0.0, "urgent": 1.1, "second_look": 0.0})
    r = triage_bytes(raw, rules, models=never)
    assert r.request_type == "other" and r.priority == "low" and not r.needs_review
    look = dataclasses.replace(never, thresholds={**never.thresholds, "second_look": 0.5})
    r = triage_bytes(raw, rules, models=look)
    assert r.request_type == "other" and r.priority == "urgent" and r.needs_review
    assert any("bed offer/hold expires today" in x and "needs a human look" in x for x in r.reasons)
    sure = dataclasses.replace(
        never, request_type=_always(tm.request_type, "other", 0.95), thresholds={**never.thresholds, "second_look": 0.5}
    )
    assert triage_bytes(raw, rules, models=sure).priority == "low"  # a confident "other" stays low


def _always(model, best: str, p: float):
    """A request-type model stub: ``best`` with probability ``p``, the rest shared out by the real model's order."""

    class Stub:
        classes = model.classes

        def proba(self, doc):
            real = model.proba(doc)
            rest = sorted((c for c in real if c != best), key=real.__getitem__, reverse=True)
            out = {c: (1 - p) * (0.6 if i == 0 else 0.4 / max(1, len(rest) - 1)) for i, c in enumerate(rest)}
            out[best] = p
            return out

    return Stub()
