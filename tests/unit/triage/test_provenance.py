"""Thread model and provenance: who wrote each message, and where each fact was found, as a PSC reads it on
the alert ("discharge tomorrow (11/12), in a quoted message (11/11, hospital)")."""

from __future__ import annotations

from bot.triage import load_rules, triage_bytes

from .helpers import make_email

HOSPITAL_SIG = "\n\nThanks,\nCasey Doe, RN\nCase Manager\nRiverbend General Hospital"
PHYSICIAN_SIG = "\n\nThank you,\nDr. Lee Park, MD\nHospitalist\nRiverbend General Hospital"


def run(raw: bytes):
    return triage_bytes(raw, load_rules())


def quoted(
    body: str,
    sent: str = "Wednesday, November 11, 2026 4:10 PM",
    subject: str = "pt M.M.",
    sender: str = "Casey Doe <cdoe@hospital.example>",
) -> str:
    return (
        "\n\n-----Original Message-----\n"
        f"From: {sender}\n"
        f"Sent: {sent}\n"
        "To: Pre-Service Intake <preservice@brightpathpac.example>\n"
        f"Subject: {subject}\n\n" + body
    )


def test_urgency_and_setting_in_the_quoted_request_are_credited_to_it():
    body = (
        "Any word on this one?"
        + HOSPITAL_SIG
        + quoted("New SNF referral for pt M.M., Case #4512. Pt ready for DC tomorrow." + HOSPITAL_SIG)
    )
    res = run(make_email(body, "RE: pt M.M."))
    assert res.request_type == "status_inquiry"
    assert res.provenance["gating_date"] == "a quoted message (11/11, hospital)"
    assert res.provenance["level_of_care"] == "a quoted message (11/11, hospital)"
    assert "discharge today (11/12), in a quoted message (11/11, hospital)" in res.reasons
    assert "case id, level of care from a quoted message (11/11, hospital)" in res.reasons


def test_setting_named_only_in_the_subject():
    res = run(
        make_email("Requesting initial authorization for pt K.L., clinicals attached." + HOSPITAL_SIG, "LTACH auth")
    )
    assert res.level_of_care == "LTAC"
    assert res.provenance["level_of_care"] == "the subject"
    assert "level of care from the subject" in res.reasons


def test_facts_in_the_newest_message_add_no_provenance_reason():
    res = run(make_email("Requesting SNF authorization for pt A.B., Case #4512, DC planned 11/20." + HOSPITAL_SIG))
    assert res.provenance == {
        "case_id": "the newest message",
        "level_of_care": "the newest message",
        "gating_date": "the newest message",
    }
    assert not any(" from " in r or ", in " in r for r in res.reasons)


def test_thread_lists_messages_newest_first_with_roles():
    body = (
        "Please see the doctor's note below and expedite."
        + HOSPITAL_SIG
        + quoted("Pt needs IRF, requesting admission for pt M.M." + PHYSICIAN_SIG)
    )
    res = run(make_email(body, "FW: IRF request"))
    assert [m["kind"] for m in res.thread] == ["newest", "quoted"]
    assert [m["role"] for m in res.thread] == ["hospital", "physician"]
    assert res.thread[1]["date"] == "2026-11-11"
    assert sum(m["request"] for m in res.thread) == 1


def test_family_writer_is_recognised_from_first_person_words():
    res = run(
        make_email(
            "My mother was told she has to leave the rehab on Friday and we want to appeal. Please call me.",
            "appeal",
            sender="Sam Roe <sroe@mail.example>",
        )
    )
    assert res.thread[0]["role"] == "family"


def test_labels_never_carry_names_or_addresses():
    body = "Any update?" + HOSPITAL_SIG + quoted("SNF request for pt Maria Maple, DC tomorrow." + HOSPITAL_SIG)
    res = run(make_email(body, "RE: pt M.M."))
    text = " ".join([*res.provenance.values(), *res.reasons, str(res.thread)])
    for leak in ("Maple", "Casey", "cdoe", "hospital.example"):
        assert leak not in text


def test_our_own_quoted_message_is_the_plan():
    body = (
        "Attached are the updated notes you asked for."
        + HOSPITAL_SIG
        + quoted(
            "Please send updated clinicals for the SNF continued stay review by 11/13.",
            sender="Pre-Service Intake <preservice@brightpathpac.example>",
        )
    )
    res = run(make_email(body, "RE: clinicals needed"))
    assert [m["role"] for m in res.thread] == ["hospital", "plan"]
