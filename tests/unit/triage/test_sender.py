"""Who is asking: sender name, role, phone (not the fax), facility and the patient's initials, never logged."""

from __future__ import annotations

import logging

from bot.triage import load_rules, triage_bytes
from bot.triage.sender import extract_sender, initials
from tests.unit.alerts.helpers import eml

SIG = """Thanks,

Marisol Quintero, RN
Case Manager | Synthetic Valley Medical Center
p (555) 555-0142  f (555) 555-0199
"""


def test_signature_gives_name_role_phone_and_facility():
    out = extract_sender("Requesting IRF for pt Jane Sample, Case #4512.", SIG, "M. Quintero", "mq@valley.example")
    assert out["name"] == "Marisol Quintero, RN"
    assert out["role"] == "Case Manager" and out["role_kind"] == "hospital"
    assert out["phone"] == "(555) 555-0142"
    assert out["facility"] == "Synthetic Valley Medical Center"
    assert out["patient_name"] == "Jane Sample" and out["patient_initials"] == "J.S."
    assert out["email"] == "mq@valley.example"


def test_receiving_facility_in_the_request_wins_over_the_signature():
    out = extract_sender("Referral to Palisade Long Term Acute Care for Mr. Alvarez, DC tomorrow.", SIG, None, None)
    assert out["facility"] == "Palisade Long Term Acute Care"
    assert out["patient_initials"] == "Mr. A."


def test_no_signature_falls_back_to_the_from_name():
    out = extract_sender("Any update on AUTH-2026-004512?", "", "Dana Example", "dana@x.example")
    assert out["name"] == "Dana Example" and out["phone"] is None and out["patient_name"] is None


def test_initials():
    assert initials("Jane Q Sample") == "J.S." and initials("J.S.") == "J.S." and initials(None) is None


def test_triage_result_carries_the_sender_but_logs_none_of_it(caplog):
    caplog.set_level(logging.DEBUG)
    raw = eml("IRF referral", "New IRF referral for pt Jane Sample, member M123456789, Case #4512.\n\n" + SIG)
    r = triage_bytes(raw, load_rules())
    assert r.sender["name"] == "Marisol Quintero, RN" and r.sender["patient_initials"] == "J.S."
    assert "sender" not in r.to_json_dict("x.eml")
    for bad in ("Quintero", "Jane Sample", "555-0142", "M123456789"):
        assert bad not in caplog.text
