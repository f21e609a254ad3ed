"""Facility directory: filled from cases, editable by hand (hand-made entries win), used when no LOC is written."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.triage import directory, load_rules, triage_bytes
from bot.triage.link import link_result
from bot.triage.result import TriageResult
from bot.triage.sender import facility_key
from tests.unit.alerts.helpers import T0, TZ, eml

NOW = datetime(2026, 11, 12, 16, 0, tzinfo=UTC)
NO_LOC = eml(
    "Referral AUTH-2026-004777",
    "New referral to Palisade Crest Specialty Hospital for member M123456777, AUTH-2026-004777. Please review.",
)


def test_keys_fold_case_and_punctuation():
    assert facility_key("St. Anne's  REHAB") == facility_key("st anne s rehab") == "st anne s rehab"


def test_directory_supplies_the_level_only_when_the_email_names_none():
    rules = load_rules()
    plain = triage_bytes(NO_LOC, rules)
    assert plain.level_of_care is None
    known = {facility_key("Palisade Crest Specialty Hospital"): "LTAC"}
    r = triage_bytes(NO_LOC, rules, directory=known)
    assert r.level_of_care == "LTAC" and "level of care from the facility directory" in r.reasons
    written = eml(
        "IRF referral", "New acute inpatient rehab referral to Palisade Crest Specialty Hospital, AUTH-2026-004777."
    )
    assert triage_bytes(written, rules, directory=known).level_of_care == "IRF"


async def test_cases_fill_the_directory_and_hand_made_entries_win(db):
    result = TriageResult(
        request_type="new_request",
        level_of_care="LTAC",
        priority="normal",
        case_id="2026004777",
        member_id="M123456777",
        sender={
            "receiving_facility": "Palisade Crest Specialty Hospital",
            "facility": "Palisade Crest Specialty Hospital",
        },
    )
    async with db.session() as s:
        await link_result(s, result, email_id=None, received_at=T0, tz=TZ, now=NOW)
    assert await directory.snapshot(db) == {"palisade crest specialty hospital": "LTAC"}
    assert await directory.set_entry(db, "Palisade Crest Specialty Hospital", "snf")
    async with db.session() as s:
        assert not await directory.remember(s, "Palisade Crest Specialty Hospital", "LTAC", now=NOW)
    assert await directory.snapshot(db) == {"palisade crest specialty hospital": "SNF"}
    assert await directory.remove(db, "palisade crest specialty hospital") == 1
    assert await directory.snapshot(db) == {}


async def test_a_referring_hospital_is_not_learned(db):
    result = TriageResult(
        request_type="new_request",
        level_of_care="IRF",
        priority="normal",
        case_id="2026004778",
        member_id="M123456778",
        sender={"receiving_facility": None, "facility": "Synthetic Valley Medical Center", "role_kind": "hospital"},
    )
    async with db.session() as s:
        await link_result(s, result, email_id=None, received_at=T0, tz=TZ, now=NOW)
    assert await directory.snapshot(db) == {}
