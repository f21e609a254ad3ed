"""Every hostile message parses and classifies without exception (how long it takes is a figure printed by
bench/timing_budgets.py, not a test: tests do not depend on the machine's speed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from bot.triage import load_rules, parse_message, triage_bytes
from tests.conftest import SHARED

MALFORMED = SHARED / "eval" / "malformed"
FILES = sorted(MALFORMED.glob("*.eml")) if MALFORMED.is_dir() else []
MANIFEST = (
    {
        json.loads(line)["file"]: json.loads(line)
        for line in (MALFORMED / "manifest.jsonl").read_text().splitlines()
        if line.strip()
    }
    if (MALFORMED / "manifest.jsonl").is_file()
    else {}
)
ARRIVAL = datetime(2026, 11, 12, 16, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def test_corpus_present(shared_dir):
    assert MALFORMED.is_dir(), f"missing {MALFORMED}"
    assert len(FILES) >= 40


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_no_exception(path, rules):
    raw = path.read_bytes()
    res = triage_bytes(raw, rules, received_at=ARRIVAL)
    assert res.error is None
    # nothing NUL-bearing or unbounded leaks into fields stored downstream
    for value in (res.case_id, res.member_id, *res.reasons):
        assert value is None or "\x00" not in value
    parsed = parse_message(raw, received_at=ARRIVAL)
    assert len(parsed.subject_display) <= 255
    assert all("\x00" not in s.text for s in parsed.segments)
    assert all("\n" not in n and "/" not in n and len(n) <= 120 for n in parsed.attachment_names)


LABELLED = [(name, m["expected_labels"]) for name, m in sorted(MANIFEST.items()) if m.get("expected_labels")]


@pytest.mark.parametrize("name,expected", LABELLED, ids=[n for n, _ in LABELLED])
def test_expected_labels(name, expected, rules):
    res = triage_bytes((MALFORMED / name).read_bytes(), rules, received_at=ARRIVAL)
    for key in ("request_type", "priority", "level_of_care", "case_id"):
        assert getattr(res, key) == expected[key], key


def test_huge_body_is_flagged_and_last_line_read(rules):
    res = triage_bytes((MALFORMED / "22_body_5mb_plain.eml").read_bytes(), rules)
    assert "body_truncated" in res.flags
    assert res.priority == "urgent"


def test_defects_are_flagged():
    def flags(name):
        return parse_message((MALFORMED / name).read_bytes(), received_at=ARRIVAL).flags

    assert "attachment_incomplete" in flags("05_truncated_mime_attachment.eml")
    assert "parse_error" in flags("01_empty.eml")
    assert "duplicate_headers" in flags("36_duplicate_conflicting_headers.eml")
    assert "invalid_date" in flags("37_invalid_date.eml")
    assert "utf7_refused" in flags("16_charset_utf7_xss.eml")
    assert "too_many_parts" in flags("26_multipart_2000_parts.eml")


def test_lookalike_sender_flagged(rules):
    res = triage_bytes((MALFORMED / "40_zero_width_bidi_spoof.eml").read_bytes(), rules)
    assert "lookalike_sender" in res.flags
    assert res.member_id == "M555010142"


def test_invalid_date_falls_back_to_arrival_time():
    parsed = parse_message((MALFORMED / "37_invalid_date.eml").read_bytes(), received_at=ARRIVAL)
    assert parsed.date == ARRIVAL
    assert "date_from_arrival" in parsed.flags
