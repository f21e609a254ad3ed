"""Rules file loading/validation and parser limits."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from bot.triage import Limits, RulesError, load_rules, parse_message, triage_bytes
from bot.triage.rules import DEFAULT_RULES_PATH, build_rules

from .helpers import make_email


def _data():
    return yaml.safe_load(Path(DEFAULT_RULES_PATH).read_text())


def test_shipped_rules_load():
    rules = load_rules()
    assert set(rules.types) >= {"p2p_request", "appeal", "discharge_notice"}


def test_bad_regex_names_the_key():
    data = _data()
    data["request_types"]["appeal"]["any"][0] = "(unclosed"
    with pytest.raises(RulesError, match=r"request_types\.appeal\.any\[0\]"):
        build_rules(data)


def test_missing_key_is_named():
    data = _data()
    del data["expedite"]["words"]
    with pytest.raises(RulesError, match=r"expedite\.words"):
        build_rules(data)


def test_unknown_request_type_rejected():
    data = _data()
    data["request_types"]["bogus"] = {"any": ["x"], "unless": []}
    with pytest.raises(RulesError, match="bogus"):
        build_rules(data)


def test_vocabulary_is_data(tmp_path):
    """A team can add a keyword without code: a new new_request phrase takes effect from the file."""
    raw = make_email("Kindly green-light a bed for pt A.B. at our SNF.", "hello")
    assert triage_bytes(raw).request_type == "other"
    data = copy.deepcopy(_data())
    data["request_types"]["new_request"]["any"].append(r"\bgreen-light a bed\b")
    p = tmp_path / "rules.yaml"
    p.write_text(yaml.safe_dump(data))
    assert triage_bytes(raw, load_rules(p)).request_type == "new_request"


def test_invalid_yaml_file(tmp_path):
    p = tmp_path / "rules.yaml"
    p.write_text("a: [unclosed")
    with pytest.raises(RulesError):
        load_rules(p)


def test_deep_nesting_no_recursion_error():
    depth = 120
    head = "From: a@hospital.example\nSubject: deep\nDate: Thu, 12 Nov 2026 10:00:00 -0600\nMIME-Version: 1.0\n"
    parts = []
    for i in range(depth):
        parts.append(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n')
    body = "".join(parts) + "Content-Type: text/plain\n\nPlease schedule a P2P for Case #4512.\n"
    body += "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    parsed = parse_message((head + body).encode())
    assert "too_deep" in parsed.flags or any("P2P" in s.text for s in parsed.segments)


def test_huge_subject_capped():
    raw = make_email("hello", "X" * 50_000)
    parsed = parse_message(raw)
    assert len(parsed.subject) <= Limits().max_header_chars
    assert len(parsed.subject_display) <= 255


def test_header_injection_via_encoded_word_has_no_newline():
    raw = make_email("hi", "=?utf-8?q?Hello=0D=0ABcc:_evil@x.test?=")
    parsed = parse_message(raw)
    assert "\n" not in parsed.subject and "\r" not in parsed.subject


def test_never_raises_on_non_bytes():
    assert triage_bytes(None).request_type == "other"  # type: ignore[arg-type]
    assert triage_bytes("Subject: x\n\nhi").request_type == "other"  # type: ignore[arg-type]


def test_raw_size_cap_flags_truncated():
    raw = make_email("a" * 2000, "big")
    parsed = parse_message(raw, limits=Limits(max_raw_bytes=1000))
    assert "truncated" in parsed.flags


def test_body_head_and_tail_kept():
    body = ("filler line of routine notes\n" * 20_000) + "New LTACH referral, DC today. Case #4512"
    parsed = parse_message(make_email(body, "x"))
    assert "body_truncated" in parsed.flags
    assert "Case #4512" in parsed.segments[0].text


def test_attachment_names_only_and_sanitised():
    raw = (
        b"From: a@hospital.example\nSubject: files\nDate: Thu, 12 Nov 2026 10:00:00 -0600\n"
        b"MIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="Z"\n\n'
        b"--Z\nContent-Type: text/plain\n\nAttached updated clinicals for Case #4512.\n"
        b'--Z\nContent-Type: application/zip\nContent-Disposition: attachment; filename="../../etc/passwd"\n'
        b"Content-Transfer-Encoding: base64\n\nUEsDBA==\n--Z--\n"
    )
    parsed = parse_message(raw)
    assert parsed.attachment_names == ["passwd"]
    assert triage_bytes(raw).request_type == "updated_clinicals"


def test_html_to_text_drops_hidden_and_active_content():
    from bot.triage.htmltext import html_to_text

    html = (
        "<html><head><title>t</title><style>p{}</style><script>alert(1)</script></head><body>"
        "<p>visible one</p><div style='display:none'>hidden a</div><span style='font-size:0'>hidden b</span>"
        "<span style='font-size:1px'>hidden c</span><p style='color:#fff'>hidden d</p>"
        "<div hidden>hidden e</div><p style='visibility:hidden'>hidden f</p><div>visible two</div>"
        "<p style='color:#ffffff;background:#003366'>visible three</p></body></html>"
    )
    text = html_to_text(html)
    assert "hidden" not in text and "alert" not in text
    assert text.split("\n\n") == ["visible one", "visible two", "visible three"]


def test_html_deadline_stops_conversion():
    """A deadline already past stops feeding at once: judged by what was converted, not by a stopwatch
    (bench/timing_budgets.py prints how long it takes)."""
    from bot.triage.htmltext import html_to_text

    big = "<p>x</p>" * 200_000
    assert html_to_text(big, deadline=0.0) == ""  # time.monotonic() is always past 0
    assert html_to_text("<p>x</p>" * 3, deadline=None) == "x\n\nx\n\nx"


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (lambda d: d["expedite"].update(wrods=["x"]), r"unknown key expedite\.wrods \(expected one of: .*words"),
        (lambda d: d["request_types"]["appeal"].update(anny=["x"]), r"unknown key request_types\.appeal\.anny"),
        (lambda d: d["dates"]["cues"].update(dischrage=["x"]), r"unknown key dates\.cues\.dischrage"),
        (lambda d: d["level_of_care"]["SNF"].update(acronym=["x"]), r"unknown key level_of_care\.SNF\.acronym"),
        (lambda d: d["ids"]["case_patterns"][0].update(patern="x"), r"unknown key ids\.case_patterns\[0\]\.patern"),
        (lambda d: d.update(expedit={}), r"unknown key expedit\b"),
    ],
)
def test_misspelt_key_is_rejected_by_name(edit, named):
    """A misspelt key would silently switch a word list off: the loader refuses it and says which key."""
    data = _data()
    edit(data)
    with pytest.raises(RulesError, match=named):
        build_rules(data)


def test_malformed_rules_file_is_rejected_with_a_clear_message(tmp_path):
    bad = tmp_path / "rules.yaml"
    bad.write_text(DEFAULT_RULES_PATH.read_text(encoding="utf-8").replace("\nexpedite:\n", "\nexpedite_x:\n", 1))
    with pytest.raises(RulesError, match="unknown key expedite_x"):
        load_rules(bad)
