"""Labelled corpora: writer groups per corpus, corpus names, and the data hash the shipped model records."""

from __future__ import annotations

import json

from bot.triage.corpus import corpus_name, data_sha256, load_corpus, writer_group
from bot.triage.train import CORPORA

from .helpers import make_email


def _corpus(root, rows):
    root.mkdir(parents=True)
    with open(root / "labels.jsonl", "w", encoding="utf-8") as fh:
        for name, tags in rows:
            (root / name).write_bytes(make_email(f"Requesting SNF placement ({name})."))
            fh.write(json.dumps({"file": name, "request_type": "new_request", "tags": tags}) + "\n")
    return root


def test_writer_and_voice_tags_group_by_writer():
    raw = make_email("hello")
    assert writer_group(raw, {"tags": ["plain", "writer:harbor"]}) == "writer:harbor"
    assert writer_group(raw, {"tags": ["voice:terse"]}) == "voice:terse"
    assert writer_group(raw, {"tags": []}) == "domain:hospital.example"


def test_nested_triage_folder_is_named_by_its_set(tmp_path):
    d = _corpus(tmp_path / "eval" / "dev2" / "triage", [("0001.eml", ["writer:a"])])
    assert corpus_name(d) == "dev2"
    assert [e.corpus for e in load_corpus(d)] == ["dev2"]
    assert corpus_name(tmp_path / "triage_train") == "triage_train"


def test_data_hash_covers_every_corpus(tmp_path):
    a = _corpus(tmp_path / "triage_train", [("1.eml", ["voice:x"])])
    b = _corpus(tmp_path / "eval" / "dev2" / "triage", [("1.eml", ["writer:y"]), ("2.eml", ["writer:z"])])
    before = data_sha256([a, b])
    assert data_sha256([b, a]) == before  # order of the list does not matter
    assert data_sha256([a]) != before
    (b / "2.eml").write_bytes(make_email("Requesting IRF placement."))
    assert data_sha256([a, b]) != before


def test_training_corpora_include_the_blind_development_sets():
    names = [corpus_name(d) for d in CORPORA]
    assert names == ["triage_train", "triage_dev", "dev2", "dev3"]
    assert all((d / "labels.jsonl").exists() for d in CORPORA)
