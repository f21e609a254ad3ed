"""Accuracy on the labelled dev corpus (behaviour against labelled data, not per-file special cases)."""

from __future__ import annotations

import json

import pytest

from bot.triage import load_rules, triage_bytes
from tests.conftest import SHARED

DEV = SHARED / "eval" / "triage_dev"
TARGETS = {
    "request_type": 0.95,
    "priority": 0.95,
    "case_id": 0.99,
    "level_of_care": 0.97,
    "expedited": 0.97,
    "member_id": 0.97,
}


@pytest.fixture(scope="module")
def accuracy():
    if not (DEV / "labels.jsonl").is_file():
        pytest.fail(f"missing {DEV}/labels.jsonl")
    rules = load_rules()
    labels = [json.loads(x) for x in (DEV / "labels.jsonl").read_text().splitlines() if x.strip()]
    hits = dict.fromkeys(TARGETS, 0)
    for lab in labels:
        got = triage_bytes((DEV / lab["file"]).read_bytes(), rules).to_json_dict(lab["file"])
        for f in TARGETS:
            hits[f] += got[f] == lab[f]
    return {f: hits[f] / len(labels) for f in TARGETS}


@pytest.mark.parametrize("field", list(TARGETS))
def test_dev_accuracy(accuracy, field):
    assert accuracy[field] >= TARGETS[field], f"{field}: {accuracy[field]:.3f}"


def test_json_shape():
    res = triage_bytes(b"Subject: hi\n\nhello")
    d = res.to_json_dict("x.eml")
    assert list(d) == [
        "file",
        "request_type",
        "level_of_care",
        "priority",
        "case_id",
        "member_id",
        "expedited",
        "reasons",
        "confidence",
        "needs_review",
        "error",
    ]
    json.dumps(d)
