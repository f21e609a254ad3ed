"""Phrasing variants the rules must generalise to (synthetic; Date = Thu 11/12/2026)."""

from __future__ import annotations

import pytest

from bot.triage import load_rules, triage_bytes

from .helpers import make_email

SIG = "\n\nThanks,\nCasey Doe, RN\nCase Manager\nRiverbend General Hospital"

CASES = [
    (
        "auth_ended_yesterday",
        "Extension",
        "Requesting 5 more days for pt A.A. Our auth ended yesterday." + SIG,
        dict(request_type="extension_request", priority="urgent"),
    ),
    (
        "expedited_not_needed",
        "SNF referral",
        "Requesting initial authorization for SNF placement for pt B.B. Expedited review not needed." + SIG,
        dict(request_type="new_request", expedited=False, priority="normal"),
    ),
    (
        "not_requesting_expedited",
        "SNF referral",
        "We are not requesting an expedited review; requesting initial authorization for SNF for pt B.B." + SIG,
        dict(request_type="new_request", expedited=False),
    ),
    (
        "does_not_need_expedite",
        "IRF referral",
        "New IRF referral for pt C.C. This does not need to be expedited." + SIG,
        dict(request_type="new_request", expedited=False),
    ),
    (
        "urgent_matters_signature",
        "IRF referral",
        "New IRF referral for pt C.C.\n\nThanks,\nCasey\nFor urgent matters please call my cell.",
        dict(request_type="new_request", expedited=False, priority="normal"),
    ),
    (
        "spanish",
        "Solicitud SNF",
        "Solicitamos autorización para SNF para el paciente D.D. Alta hoy." + SIG,
        dict(request_type="new_request", level_of_care="SNF", priority="urgent"),
    ),
    (
        "transferred_to_acute",
        "Update - Case #4512",
        "Pt was transferred back to acute at St. Mary hospital last night. Please close the auth." + SIG,
        dict(request_type="discharge_notice", priority="low"),
    ),
    (
        "expired",
        "Case #4512",
        "Sad news - pt expired this morning at our LTACH." + SIG,
        dict(request_type="discharge_notice", level_of_care="LTAC", priority="low"),
    ),
    (
        "status_approved_yet",
        "Question",
        "Has the SNF auth for pt E.E. been approved yet?" + SIG,
        dict(request_type="status_inquiry", level_of_care="SNF", priority="normal"),
    ),
    (
        "find_attached_notes",
        "Case #4512",
        "Please find attached the latest therapy notes for pt F.F." + SIG,
        dict(request_type="updated_clinicals", priority="high"),
    ),
    (
        "discuss_with_md",
        "Denial",
        "Dr. Park would like to discuss the IRF denial with your medical director." + SIG,
        dict(request_type="p2p_request", level_of_care="IRF", priority="high"),
    ),
    (
        "wish_to_appeal",
        "Denial",
        "We wish to appeal the LTACH denial for pt G.G. Letter attached." + SIG,
        dict(request_type="appeal", level_of_care="LTAC", priority="high"),
    ),
    (
        "currently_at_ltach_requesting_irf",
        "Step-down",
        "Pt is currently at our LTACH and is now ready for step-down; "
        "requesting authorization for IRF admission." + SIG,
        dict(request_type="new_request", level_of_care="IRF"),
    ),
    (
        "system_referral_auto_generated",
        "Referral notification",
        "Referral ID: 55120\nPatient: H.H.\nRequested level of care: Long-Term Acute Care Hospital\n"
        "Priority flag: Routine\nAnticipated discharge: tomorrow",
        dict(request_type="new_request", level_of_care="LTAC", priority="high", expedited=False),
        {"headers": {"Auto-Submitted": "auto-generated"}, "sender": "Hub <no-reply@hub.test>"},
    ),
    (
        "approved_fyi_only",
        "Clinical update",
        "FYI only - the auth was already approved; attached are the updated PT notes for pt I.I." + SIG,
        dict(request_type="updated_clinicals", priority="normal"),
    ),
    (
        "overdue_bed_hold",
        "Status?",
        "Following up on the IRF referral - our bed hold expired 11/10." + SIG,
        dict(request_type="status_inquiry", priority="urgent"),
    ),
    (
        "dc_dash_date",
        "New SNF referral",
        "New SNF referral for pt J.J., planned DC 11-13." + SIG,
        dict(request_type="new_request", priority="high"),
    ),
    (
        "month_name_date",
        "New SNF referral",
        "New SNF referral for pt J.J., planned DC Nov 13th." + SIG,
        dict(request_type="new_request", priority="high"),
    ),
    (
        "dob_not_gating",
        "New SNF referral",
        "New SNF referral for pt K.K. (DOB 11/12/1940), planned DC next week." + SIG,
        dict(request_type="new_request", priority="normal"),
    ),
    (
        "auto_reply_header",
        "Re: SNF referral",
        "Thank you for your email. I will respond when I return.",
        dict(request_type="other", priority="low"),
        {"headers": {"Auto-Submitted": "auto-replied"}},
    ),
    (
        "incidental_skilled_nursing",
        "LTACH referral",
        "Pt needs IV abx and skilled nursing for wound care. Requesting pre-authorization for long-term "
        "acute care admission." + SIG,
        dict(request_type="new_request", level_of_care="LTAC"),
    ),
    (
        "explicit_beats_signature",
        "Referral",
        "Requesting authorization for SNF placement for pt L.L.\n\nThanks,\nCasey\n"
        "Tallow Creek Rehabilitation Hospital",
        dict(request_type="new_request", level_of_care="SNF"),
    ),
    (
        "last_day_covered",
        "Extension",
        "Requesting 5 more days for pt M.M. Last day covered: 11/13." + SIG,
        dict(request_type="extension_request", priority="high"),
    ),
    (
        "ref_hash_colon",
        "Status",
        "Any update on Ref #: 2026004512?" + SIG,
        dict(request_type="status_inquiry", case_id="2026004512"),
    ),
    (
        "clinicals_for_the_referral",
        "Clinicals",
        "Attached are updated clinicals for the SNF referral we submitted 11/10 for pt N.N." + SIG,
        dict(request_type="updated_clinicals", level_of_care="SNF", priority="high"),
    ),
    (
        "appeal_after_failed_p2p",
        "Appeal",
        "The P2P was unsuccessful, so we are filing an appeal of the IRF denial for pt O.O." + SIG,
        dict(request_type="appeal", level_of_care="IRF", priority="high"),
    ),
    (
        "appeal_status_question",
        "Appeal",
        "Appeal status? We filed it last week for pt P.P." + SIG,
        dict(request_type="status_inquiry", priority="normal"),
    ),
    (
        "p2p_scheduling_update",
        "P2P",
        "Any update on scheduling the P2P for Case #4512? Dr. Ray is free after 2pm." + SIG,
        dict(request_type="p2p_request", priority="high"),
    ),
    (
        "marketing_mentions_referral",
        "Introducing RefHub",
        "Introducing RefHub: streamline your new referral intake. Learn more at https://refhub.test",
        dict(request_type="other", priority="low"),
    ),
    (
        "phish_mimics_denial",
        "Authorization request denied",
        "Your authorization request has been denied. Click here to view the letter.",
        dict(request_type="other", priority="low"),
    ),
    (
        "system_referral_full",
        "New Referral: SNF",
        "You have received a new referral.\nPatient: J.D.\nMember ID: M123456789\n"
        "Level of Care Requested: Skilled Nursing Facility (SNF)\nAnticipated Discharge Date: 11/13/2026\n"
        "Priority flag: Standard\n\nThis is an automated notification. Please do not reply to this email.",
        dict(request_type="new_request", level_of_care="SNF", priority="high", expedited=False),
        {"sender": "Referral Hub <noreply@hub.test>"},
    ),
    (
        "clinical_stat_and_urgent_words",
        "SNF referral",
        "Requesting initial authorization for SNF placement for pt Q.Q. Had urgent surgery 11/2; STAT labs "
        "were stable. No firm DC date." + SIG,
        dict(request_type="new_request", expedited=False, priority="normal"),
    ),
    (
        "dc_moved_same_sentence",
        "Status",
        "Any update on the SNF request? DC was planned for today but has been moved to Monday." + SIG,
        dict(request_type="status_inquiry", priority="normal"),
    ),
    (
        "dc_moved_next_sentence",
        "Status",
        "Any update on the SNF request? DC was planned for tomorrow. It has been pushed back to Monday." + SIG,
        dict(request_type="status_inquiry", priority="normal"),
    ),
    (
        "attaching_latest_pt_notes",
        "Case #4512",
        "Attaching the latest PT notes for pt R.R. Still pending your review." + SIG,
        dict(request_type="updated_clinicals", priority="high"),
    ),
    (
        "start_of_care_today",
        "SNF referral",
        "New SNF referral for pt S.S.\nRequested start of care: 11/12\nAdmission date: 10/30 (acute)" + SIG,
        dict(request_type="new_request", priority="urgent"),
    ),
    (
        "acute_admission_date_not_gating",
        "SNF referral",
        "New SNF referral for pt S.S.\nAdmission date: 10/30\nNo firm DC date yet." + SIG,
        dict(request_type="new_request", priority="normal"),
    ),
    (
        "ack_promising_dc_summary",
        "RE: Auth approved - Case #4512",
        "Got it, thank you! We'll send the DC summary once pt leaves.\n\nCasey",
        dict(request_type="other", priority="low", case_id="2026004512"),
    ),
    (
        "dc_summary_attached",
        "Case #4512",
        "Pt went home 11/10. DC summary attached; please close the auth." + SIG,
        dict(request_type="discharge_notice", priority="low"),
    ),
    (
        "being_discharged_today",
        "DC notice",
        "Pt is being discharged today from our SNF to home with HH." + SIG,
        dict(request_type="discharge_notice", level_of_care="SNF", priority="normal"),
    ),
    (
        "clinical_status_words_in_discharge",
        "DC notice",
        "Pt discharged home yesterday from our SNF. Functional status improved; code status full. "
        "Follow-up appointment with PCP in 1 week, good outcome expected." + SIG,
        dict(request_type="discharge_notice", priority="low"),
    ),
    (
        "knee_extension_in_pt_notes",
        "PT notes",
        "Attached are the updated PT notes for pt T.T., Case #4512: knee extension to 170 degrees, "
        "needs 2 more weeks of IV abx." + SIG,
        dict(request_type="updated_clinicals", priority="high"),
    ),
    (
        "pending_auth_for_admission_is_status",
        "Checking in",
        "Our request for authorization for admission to Hillcrest IRF is still pending - can you advise?" + SIG,
        dict(request_type="status_inquiry", level_of_care="IRF"),
    ),
    (
        "spanish_extension",
        "Extensión",
        "Solicitamos 5 días adicionales para el paciente U.U. en nuestro SNF. LCD mañana." + SIG,
        dict(request_type="extension_request", level_of_care="SNF", priority="high"),
    ),
    (
        "spanish_discharged",
        "Alta",
        "El paciente fue dado de alta ayer de nuestro SNF. Case #4512." + SIG,
        dict(request_type="discharge_notice", priority="low", case_id="2026004512"),
    ),
    (
        "subject_carries_status",
        "Status of auth - W.W.",
        "Just checking in.\n\nThanks,\nCasey",
        dict(request_type="status_inquiry", priority="normal"),
    ),
    (
        "short_new_request",
        "J.D.",
        "Pt J.D. is ready for SNF tomorrow, can you approve?" + SIG,
        dict(request_type="new_request", level_of_care="SNF", priority="high"),
    ),
    (
        "do_not_need_this_expedited",
        "SNF referral",
        "New SNF referral for pt X.X. We do not need this expedited." + SIG,
        dict(request_type="new_request", expedited=False),
    ),
    (
        "negation_far_away_does_not_count",
        "SNF referral",
        "New SNF referral for pt X.X. Pt is not eating well, please expedite." + SIG,
        dict(request_type="new_request", expedited=True, priority="urgent"),
    ),
    (
        "now_is_not_no",
        "SNF referral",
        "New SNF referral for pt Y.Y., bed available now please expedite." + SIG,
        dict(request_type="new_request", expedited=True),
    ),
    (
        "non_urgent",
        "SNF referral",
        "New SNF referral for pt Y.Y. This is a non-urgent request." + SIG,
        dict(request_type="new_request", expedited=False),
    ),
    (
        "if_you_could_expedite_is_an_ask",
        "SNF referral",
        "New SNF referral for pt Z.Z. If you could please expedite, we would appreciate it." + SIG,
        dict(request_type="new_request", expedited=True),
    ),
    (
        "request_with_marketing_footer",
        "New referral - LTACH",
        "Requesting pre-authorization for pt A.B. for long-term acute care admission. No firm DC date yet."
        + SIG
        + "\nLearn more about our award-winning programs at https://ltach.example. To unsubscribe, reply STOP.",
        dict(request_type="new_request", level_of_care="LTAC", priority="normal"),
    ),
    (
        "system_line_is_content",
        "Referral notification",
        "Referral ID: 77120\nSystem: CarePort\nPatient: K.V.\nRequested level of care: LTACH\n"
        "Anticipated discharge: today",
        dict(request_type="new_request", level_of_care="LTAC", priority="urgent"),
    ),
    (
        "human_flag_as_urgent",
        "SNF referral",
        "New SNF referral for pt L.M. Please flag this request as urgent." + SIG,
        dict(request_type="new_request", expedited=True),
    ),
    (
        "confidential_banner_then_fields",
        "Referral notification",
        "CONFIDENTIAL: this message may contain protected health information.\nReferral ID: 55121\n"
        "Patient: N.O.\nRequested level of care: IRF\nPriority flag: Expedited",
        dict(request_type="new_request", level_of_care="IRF", expedited=True, priority="urgent"),
    ),
    (
        "phish",
        "Verify your account",
        "Your password expires today. Verify your account now at http://x.test",
        dict(request_type="other", priority="low"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_variant(case):
    name, subject, body, expected = case[:4]
    kw = case[4] if len(case) > 4 else {}
    res = triage_bytes(make_email(body, subject, **kw), load_rules())
    got = {k: getattr(res, k) for k in expected}
    assert got == expected, res.reasons
