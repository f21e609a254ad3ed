#!/usr/bin/env python3
"""Generate the blind dev2 triage set (240 .eml files + labels.jsonl).

Written blind from shared/domain/TRIAGE_RUBRIC.md on 2026-12-05. Every body below is hand-written;
the helpers only wrap the text in RFC 5322 structure (headers, MIME parts, transfer encodings) and
append the writer's fixed signature, so each writer keeps one voice. All people, facilities and ids are
invented; every domain ends in .example or .test.

Run: python3 make_dev2.py  (writes next to this file, overwrites earlier output)
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

OUT = pathlib.Path(__file__).resolve().parent
TO = "UM Pre-Service Intake <um-preservice@cascadesummit-hp.example>"

# Writers: (display name, address, signature). The signature is part of the e-mail the labeller sees.
W = {
    "harbor": (
        "Dana Whitlock, RN",
        "dwhitlock@harborview-med.example",
        "Dana Whitlock, RN, CCM\nInpatient Case Management\nHarborview Regional Medical Center\n"
        "p 555-0142 x3310 | f 555-0143\n\nCONFIDENTIALITY NOTICE: This message may contain protected health "
        "information. If you received it in error, notify the sender and delete it. For urgent clinical "
        "matters do not rely on e-mail; call the unit directly.",
    ),
    "stlucian": ("Marcus Odum", "modum@stlucian.test", "-m\nMarcus Odum MSW | CM 4 West | St. Lucian Hospital"),
    "maplecrest": (
        "Maplecrest Admissions",
        "admissions@maplecrest-snf.example",
        "Brenda Koss\nAdmissions Coordinator\nMaplecrest Skilled Nursing & Rehab\n(555) 010-7781",
    ),
    "bayside": (
        "Tomas Reyes",
        "treyes@baysideltach.example",
        "Tomas Reyes, RRT\nClinical Liaison\nBayside Specialty Hospital - Long Term Acute Care\ncell 555-0199",
    ),
    "larkspur": (
        "Priya Nandakumar",
        "intake@larkspur-rehab.test",
        "Warm regards,\nPriya Nandakumar\nIntake Coordinator | Larkspur Rehabilitation Institute\n"
        "Referrals fax 555-0166",
    ),
    "abernathy": (
        "Gloria Fenn",
        "gfenn@abernathy-pulm.example",
        "Gloria Fenn\nOffice Manager for Helen Abernathy, MD\nAbernathy Pulmonary & Sleep Associates",
    ),
    "lindqvist": ("Kevin Lindqvist", "kev.lindqvist@mailbox.test", "Kevin"),
    "delgado": ("Rosa Delgado", "rosa.delgado77@correo.test", "Rosa Delgado\n(hija de Ernesto Delgado)"),
    "planfwd": (
        "Jen Park",
        "jpark@cascadesummit-hp.example",
        "Jen Park | UM Intake Specialist | Cascade Summit Health Plan",
    ),
    "referralink": ("ReferraLink Notifications", "no-reply@referralink.test", ""),
    "oyelaran": (
        "Samuel Oyelaran MD",
        "soyelaran@mercyridge.example",
        "Samuel Oyelaran, MD\nHospital Medicine, Mercy Ridge Medical Center\nSent from my phone",
    ),
    "willowbend": (
        "Carla Jimenez",
        "cjimenez@willowbend.test",
        "Carla Jimenez, LPN\nMDS / Utilization Coordinator\nWillow Bend Skilled Nursing Center",
    ),
    "northgate": (
        "Phil Brandt",
        "pbrandt@northgate-general.example",
        "Phil Brandt, PT\nAdmissions Liaison, Acute Rehab Unit (ARU)\nNorthgate General Hospital",
    ),
    "lakeshore": (
        "Tina Brooks",
        "tbrooks@lakeshore-memorial.test",
        "Tina Brooks BSN RN | Utilization & Transitions | Lakeshore Memorial Hospital",
    ),
    "pruitt": (
        "Joanna Pruitt",
        "jpruitt@elderadvocates.example",
        "Joanna Pruitt, JD\nMember Advocate, Silver Path Elder Advocates",
    ),
    "desertpalms": (
        "Ray Castellanos",
        "rcastellanos@desertpalms-snf.test",
        "Ray Castellanos\nAdmissions Director\nDesert Palms Skilled Nursing Center, Mesa AZ",
    ),
    "fenwick": (
        "Aiyana Fenwick",
        "afenwick@kapualani-med.example",
        "Mahalo,\nAiyana Fenwick, RN\nCase Management | Kapualani Medical Center",
    ),
    "noise": ("", "", ""),  # newsletters, marketing, phish: sender given per e-mail
}

EMAILS: list[dict] = []


def E(n, writer, when, subject, body=None, *, html=None, enc=None, attach=(), sig=True, frm=None,
      headers=None, inner=None, lab, tags=()):
    """Record one hand-written e-mail. when = 'MM-DD HH:MM +-HHMM' in 2026; lab = (type, loc, prio, case, member, exp)."""
    EMAILS.append(dict(n=n, writer=writer, when=when, subject=subject, body=body, html=html, enc=enc,
                       attach=list(attach), sig=sig, frm=frm, headers=headers or {}, inner=inner, lab=lab, tags=list(tags)))


def _date(when: str) -> dt.datetime:
    md, hm, off = when.split()
    m, d = (int(x) for x in md.split("-"))
    h, mi = (int(x) for x in hm.split(":"))
    sign = 1 if off[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return dt.datetime(2026, m, d, h, mi, 17, tzinfo=tz)


def _pdf(name: str) -> bytes:
    return b"%PDF-1.4\n% synthetic placeholder for " + name.encode() + b"\n%%EOF\n"


def _plain_cte(text: str) -> str:
    # Unencoded bodies unless the e-mail is meant to test a transfer encoding.
    return "7bit" if text.isascii() else "8bit"


def build(e: dict) -> tuple[bytes, list[str]]:
    name, addr, signature = W[e["writer"]]
    if e["frm"]:
        frm = e["frm"]
    else:
        frm = f"{name} <{addr}>"
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = TO
    msg["Subject"] = e["subject"]
    msg["Date"] = format_datetime(_date(e["when"]))
    dom = frm.split("@")[-1].rstrip(">").strip() or "mail.example"
    msg["Message-ID"] = f"<dev2.{e['n']:04d}.{zlib.crc32(e['subject'].encode()) % 10**8}@{dom}>"
    for k, v in e["headers"].items():
        msg[k] = v
    form: list[str] = []
    body = e["body"]
    if body is not None and e["sig"] and signature:
        body = body.rstrip("\n") + "\n\n" + signature + "\n"
    html = e["html"]
    if body is not None:
        if e["enc"] == "b64":
            msg.set_content(body, cte="base64")
            form.append("b64_body")
        elif e["enc"] == "qp":
            msg.set_content(body, cte="quoted-printable")
            form.append("qp_body")
        else:
            msg.set_content(body, cte=_plain_cte(body))
        if html is not None:
            msg.add_alternative(html, subtype="html", cte=_plain_cte(html))
            form.append("alt")
        else:
            form.append("plain")
    else:
        if e["sig"] and signature:
            sig_html = "<p>" + signature.replace("\n", "<br>") + "</p>"
            html = html.replace("</body>", sig_html + "</body>") if "</body>" in html else html + sig_html
        cte = {"b64": "base64", "qp": "quoted-printable"}.get(e["enc"])
        if cte:
            msg.set_content(html, subtype="html", cte=cte)
            form.append("b64_body" if cte == "base64" else "qp_body")
        else:
            msg.set_content(html, subtype="html", cte=_plain_cte(html))
        form.append("html")
    for fn in e["attach"]:
        msg.add_attachment(_pdf(fn), maintype="application", subtype="pdf", filename=fn)
    if e["attach"]:
        form.append("attachment")
    if e["inner"]:
        # inner = (from, when, subject, body): a message forwarded as an attachment.
        i_from, i_when, i_subj, i_body = e["inner"]
        im = EmailMessage()
        im["From"] = i_from
        im["To"] = TO
        im["Subject"] = i_subj
        im["Date"] = format_datetime(_date(i_when))
        im.set_content(i_body, cte=_plain_cte(i_body))
        msg.add_attachment(im)
        form.append("forward_as_attachment")
    return msg.as_bytes(policy=SMTP), form


# ---------------------------------------------------------------- 0001-0030
E(1, "harbor", "11-02 08:41 -0500", "New referral - acute inpatient rehab - Fontaine",
"""Good morning,

Submitting a new request for acute inpatient rehab for our patient Adele Fontaine (DOB 03/14/1941),
Member ID M402118735. She is POD 3 s/p right TKA; course complicated by post-op delirium that has now
cleared. PT today: sit-to-stand min A, gait 40 ft with RW. Tolerating 3 hrs of therapy per PM&R consult.

Accepting facility: Larkspur Rehabilitation Institute, bed available.
She is medically ready for discharge Wednesday. H&P, op note and PT/OT evals are uploaded to the portal.

Thank you,""",
  lab=("new_request", "IRF", "normal", None, "M402118735", False), tags=["disclaimer"])

E(2, "stlucian", "11-02 10:05 -0600", "SNF auth",
"""SNF auth needed for pt Harold Binns  M550031298
going to Maplecrest, dc tmrw if auth in place. clinicals faxed 0930.""",
  lab=("new_request", "SNF", "high", None, "M550031298", False), tags=["terse"])

E(3, "maplecrest", "11-03 14:22 -0500", "Continued stay request - Grady",
"""Hello UM team,

Requesting continued stay for Mr. Lionel Grady, AUTH-2026-003187, member M771204456.
Current LCD is 11/5. He still requires daily skilled PT/OT: ambulating 60 ft with RW, mod assist for
transfers, wound care to sacral stage 2 BID. Updated therapy notes and the care plan are attached.

Thank you so much!""",
  attach=["Grady_PT_OT_notes_1103.pdf"],
  lab=("extension_request", "SNF", "normal", "2026003187", "M771204456", False))

E(4, "bayside", "11-03 16:50 -0800", "LTACH referral - Whitcomb - EXPEDITED",
"""Hi,

Requesting an EXPEDITED 72-hr review for LTACH admission: Raymond Whitcomb, M300918274, currently in
the ICU at Harborview. Trached 10/28, vent since 10/21, now on trach collar trials 4 hrs/day with
failure on day 2 (RR 34, desat to 86%). Needs prolonged weaning. Anticipated transfer 11/6.

Full packet is on the portal.""",
  lab=("new_request", "LTAC", "urgent", None, "M300918274", True))

E(5, "larkspur", "11-04 09:12 -0500", "Checking in - Okafor",
"""Hi there,

Just following up gently on our referral for Mr. Chidi Okafor (Case #5127). We sent the clinicals on
Monday. Do you happen to have a determination yet? No rush at all, we're just trying to plan our census
for the weekend.""",
  lab=("status_inquiry", "IRF", "normal", "2026005127", None, False), tags=["polite"])

E(6, "abernathy", "11-04 11:30 -0500", "Peer to peer - Walter Simms",
"""Good morning,

Dr. Abernathy would like to schedule a peer to peer regarding the LTAC denial for her patient Walter Simms,
Ref: 2026004420. She is available Thursday between 12:00 and 1:30, or any time after 4.
Please call the office line to confirm a time.""",
  lab=("p2p_request", "LTAC", "high", "2026004420", None, False))

E(7, "lindqvist", "11-04 19:47 -0600", "my dad",
"""Hello,

My father Arne Lindqvist is at St. Lucian and the case manager says they are waiting on you to approve
him going to a skilled nursing facility. He has been ready to leave since Monday 11/2 and he is getting weaker
every day lying in that bed. Can someone please tell me what is going on? Nobody calls us back.""",
  lab=("status_inquiry", "SNF", "urgent", None, None, False), tags=["overdue", "family"])

E(8, "planfwd", "11-05 08:05 -0800", "FW: auth request - Dominguez",
"""pls handle

-----Original Message-----
From: Tina Brooks <tbrooks@lakeshore-memorial.test>
Sent: Wednesday, November 4, 2026 4:12 PM
To: UM Fax Queue <umfax@cascadesummit-hp.example>
Subject: auth request - Dominguez

Requesting acute rehab authorization for Luis Dominguez, M615530092. Bilateral SDH s/p evacuation,
now following commands, PT/OT recommending inpatient rehabilitation. Pt is expected to discharge tomorrow.
Clinicals attached to the fax cover.

Tina Brooks BSN RN | Utilization & Transitions | Lakeshore Memorial Hospital""",
  lab=("new_request", "IRF", "urgent", None, "M615530092", False), tags=["forward", "quoted_relative_date"])

E(9, "referralink", "11-05 13:02 +0000", "[ReferraLink] New referral RL-88231 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

A new referral has been sent to you.

Referral #:            RL-88231
Patient:               DAVIS, MARGUERITE
Member ID:             M208845513
Sending facility:      St. Lucian Hospital
Level of care:         SNF
Receiving facility:    Maplecrest Skilled Nursing & Rehab
Anticipated discharge: 11/07/2026
Priority flag:         Expedited
Documents:             4 (H&P, progress notes, PT eval, med list)

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "SNF", "urgent", None, "M208845513", True), tags=["system_generated"])

E(10, "oyelaran", "11-05 15:40 -0500", "Status?",
"""Saw the denial for Mrs. Pettibone's IRF stay (AUTH-2026-004015). I'd like a P2P with your medical director
today if at all possible. She is medically ready and we are holding her here for this. Cell 555-0177.""",
  lab=("p2p_request", "IRF", "urgent", "2026004015", None, False), tags=["misleading_subject"])

E(11, "willowbend", "11-06 10:15 -0500", "Discharge - Banks",
"""Good morning,
FYI Ms. Theodora Banks (M119920387, Case #4871) discharged home with home health yesterday 11/5.
Please close the authorization. DC summary attached.
Thanks""",
  attach=["Banks_DC_summary.pdf"],
  lab=("discharge_notice", "SNF", "low", "2026004871", "M119920387", False))

E(12, "northgate", "11-06 12:00 -0600", "ARU admission request - Haskins",
"""Hello,

Referral for admission to our ARU from the 5th floor med unit: Ruth Haskins, M884420017, 74 y/o F with
R MCA stroke and L hemiparesis, dysphagia on mech soft diet. She participated in 2.5 hrs of therapy
yesterday and tolerated it. Neurology clears her for discharge Monday 11/9.

Clinicals uploaded. Thanks much,""",
  lab=("new_request", "IRF", "normal", None, "M884420017", False))

E(13, "lakeshore", "11-06 16:31 -0500", "Updated clinicals Case # 5302",
  html="""<html><body><p>Hello,</p>
<p>Attached please find updated clinicals (PT/OT notes 11/5&ndash;11/6 and current MAR) for the pending
<b>SNF</b> request, Case # 5302. Patient continues to require 2-person assist for bed mobility and is on
a new insulin sliding scale.</p><p>Thank you,</p></body></html>""",
  attach=["Case5302_PTOT_1105_1106.pdf", "Case5302_MAR.pdf"],
  lab=("updated_clinicals", "SNF", "high", "2026005302", None, False))

E(14, "pruitt", "11-07 09:00 -0500", "Request for reconsideration - Eleanor Vance",
"""To the Appeals Unit:

On behalf of member Eleanor Vance (Member ID M330172264), and with her signed appointment of
representative form attached, I am filing a request for reconsideration of the denial of skilled nursing
facility coverage issued 11/5/2026 under AUTH-2026-004733.

Please expedite this reconsideration. Ms. Vance's treating physician states that waiting the standard
timeframe could seriously jeopardize her ability to regain function.

Sincerely,""",
  attach=["Vance_AOR_CMS1696.pdf"],
  lab=("appeal", "SNF", "urgent", "2026004733", "M330172264", True))

E(15, "noise", "11-07 06:00 +0000", "UM Insider: 5 ways to cut avoidable days (urgent read!)", frm="UM Insider <news@uminsider.example>",
  html="""<html><body><h2>UM Insider &middot; Weekly</h2>
<p>This week: 5 ways hospital case managers and payers are cutting avoidable days, the new CMS
prior-authorization API timeline, and a webinar on SNF three-day-stay waivers.</p>
<p><a href="https://uminsider.example/w/45">Read online</a> &middot; <a href="https://uminsider.example/unsub">Unsubscribe</a></p>
</body></html>""",
  lab=("other", None, "low", None, None, False), tags=["newsletter"])

E(16, "harbor", "11-09 07:02 -0500", "Automatic reply: RE: AUTH-2026-004102 clinicals",
"""I am out of the office 11/9 through 11/13 with limited access to e-mail.
For urgent discharges please contact Michelle Ortiz, RN at x3312 or the CM main line x3300.

Thank you,
Dana Whitlock""", sig=False,
  lab=("other", None, "low", "2026004102", None, False), tags=["ooo"])

E(17, "stlucian", "11-09 07:55 -0600", "LTACH ref - Rios",
"""LTACH referral attached for pt Rios, M662019930.
vent dependent, failed SBT x3, trach 11/2. Bayside accepted, bed is only held thru today.""",
  attach=["Rios_LTACH_packet.pdf"],
  lab=("new_request", "LTAC", "urgent", None, "M662019930", False), tags=["terse"])

E(18, "maplecrest", "11-09 11:11 -0500", "Status of referral - Dorothy Hale",
"""Good morning!

Checking on the status of the SNF request for Mrs. Dorothy Hale that the hospital sent on Friday
(Case #5288). Lakeshore would like to send her to us tomorrow morning if we have the auth.

Have a great day!""",
  lab=("status_inquiry", "SNF", "high", "2026005288", None, False))

E(19, "bayside", "11-09 15:03 -0800", "Concurrent review - AUTH-2026-004480",
"""Hi team,

Requesting continued stay review for AUTH-2026-004480. LCD is today (11/9).
Pt remains on full vent support AC 16/450/40%/PEEP 8, two failed SBTs this week, new VAP on cefepime
day 3, albumin 2.1, PEG feeds at goal. Weaning plan attached. We'd ask for 10 additional days.""",
  attach=["AUTH-2026-004480_weaning_plan.pdf"],
  lab=("extension_request", "LTAC", "urgent", "2026004480", None, False))

E(20, "larkspur", "11-10 08:30 -0500", "Discharge plan - Fitch",
"""Good morning,

Sharing a heads-up that Gerald Fitch (AUTH-2026-003911) has met his goals and will discharge home with
his wife on Thursday 11/12. Outpatient PT is set up at Riverside Therapy.""",
  html="""<html><body><p>Good morning,</p><p>Sharing a heads-up that <b>Gerald Fitch</b> (AUTH-2026-003911)
has met his goals and will discharge home with his wife on <b>Thursday 11/12</b>. Outpatient PT is set up at
Riverside Therapy.</p><p>Warm regards,<br>Priya Nandakumar<br>Intake Coordinator | Larkspur Rehabilitation
Institute</p></body></html>""",
  lab=("discharge_notice", "IRF", "normal", "2026003911", None, False))

E(21, "delgado", "11-10 21:15 -0700", "apelacion / appeal for my father",
"""Buenas noches,

My father Ernesto Delgado is in skilled nursing at Willow Bend and today they gave us a paper that says
the plan will stop paying after Friday. Queremos apelar. We want to appeal this decision, he still
cannot walk by himself to the bathroom y se cae. His member number is M507731846.

Gracias, please call me at 555-0120.""",
  lab=("appeal", "SNF", "high", None, "M507731846", False), tags=["mixed_language", "family"])

E(22, "planfwd", "11-11 09:20 -0800", "huddle moved + fax tracker",
"""Hey team -- reminder the morning huddle moved to 10:30 tomorrow, and please log the late faxes in the
tracker before end of day. Bagels are on me. Thx!""",
  lab=("other", None, "low", None, None, False), tags=["internal"])

E(23, "oyelaran", "11-11 12:45 -0500", "rehab auth - Kowalczyk",
"""Requesting IRF for Mr. Stan Kowalczyk (M440019283), 81 y/o s/p L hip ORIF 11/8, prior level independent
with a cane, lives with his wife in a 1-story home. If IRF is denied, please consider SNF instead.
Anticipated DC Friday.""",
  lab=("new_request", "IRF", "normal", None, "M440019283", False), tags=["fallback_loc", "multi_loc"])

E(24, "willowbend", "11-11 14:05 -0500", "auth-2026-004299 continued stay",
"""Hello,

Continued stay request for Mr. Abe Nussbaum, auth-2026-004299. His last covered day is tomorrow (11/12).
He is on IV ertapenem via PICC through 11/18 for ESBL UTI/osteo and still needs skilled nursing for
the infusions and wound vac changes 3x/week. Please see the attached nursing notes.

Thank you,""",
  attach=["Nussbaum_nursing_1109_1111.pdf"],
  lab=("extension_request", "SNF", "high", "2026004299", None, False))

E(25, "northgate", "11-12 09:10 -0600", "URGENT",
"""Not urgent, sorry for the subject line -- reused an old e-mail. Just checking whether the ARU request for
Mrs. Yolanda Pierce (Case #5390) has been assigned to a reviewer yet.""",
  lab=("status_inquiry", "IRF", "normal", "2026005390", None, False), tags=["misleading_subject", "negated_expedite"])

E(26, "lakeshore", "11-12 10:00 -0500", "P2P request - Cole - AUTH-2026-005012",
"""Good morning,

We received the adverse determination for Mr. Jerome Cole (AUTH-2026-005012, M900182734) for LTACH
placement. Dr. Anil Patel, attending pulmonologist, requests a peer-to-peer with the medical director.
Our understanding is that the P2P window closes tomorrow. Dr. Patel can be reached at 555-0150.

Thank you,""",
  lab=("p2p_request", "LTAC", "high", "2026005012", "M900182734", False))

E(27, "pruitt", "11-12 16:20 -0500", "Vance reconsideration - status",
"""Good afternoon,

I am writing to ask about the status of the reconsideration I filed on November 7 for Eleanor Vance's
skilled nursing stay, AUTH-2026-004733. Has a decision been made? Please send any correspondence to me
as her appointed representative.

Sincerely,""",
  lab=("status_inquiry", "SNF", "normal", "2026004733", None, False))

E(28, "referralink", "11-13 06:30 +0000", "[ReferraLink] New referral RL-88409 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-88409
Patient:               NGUYEN, THANH
Member ID:             M731100284
Sending facility:      Harborview Regional Medical Center
Level of care:         Acute Inpatient Rehabilitation
Receiving facility:    Larkspur Rehabilitation Institute
Anticipated discharge: 11/13/2026
Priority flag:         Routine
Documents:             6

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "IRF", "urgent", None, "M731100284", False), tags=["system_generated"])

E(29, "stlucian", "11-13 18:10 -0600", "Re: SNF auth",
"""binns went to maplecrest today. thx for the quick turnaround

> SNF auth needed for pt Harold Binns  M550031298
> going to Maplecrest, dc tmrw if auth in place. clinicals faxed 0930.""",
  lab=("other", None, "low", None, "M550031298", False), tags=["ack", "reply", "late_night_utc_next_day"])

E(30, "harbor", "11-16 08:15 -0500", "RE: SNF request - Dunne",
"""Re-sending the request below. The family has now accepted the bed at Maplecrest and updated clinicals
are attached.

From: Dana Whitlock, RN
Sent: Friday, November 13, 2026 2:47 PM
To: UM Pre-Service Intake
Subject: SNF request - Dunne

Requesting skilled nursing authorization for Mr. Patrick Dunne, M228812093, 88 y/o with CHF exacerbation,
deconditioning, now needing min-mod assist for transfers. Anticipated DC Monday.""",
  attach=["Dunne_clinicals_1116.pdf"],
  lab=("new_request", "SNF", "urgent", None, "M228812093", False), tags=["reply", "quoted_relative_date", "disclaimer"])
# ---------------------------------------------------------------- 0031-0070
E(31, "maplecrest", "11-16 10:40 -0500", "Weekly update - Reddick",
"""Hi!

Attached are this week's therapy notes and the updated care plan for Mrs. Opal Reddick
(AUTH-2026-004011). Her stay is already approved through 11/24 -- this is just our routine weekly update
for your records, nothing needed from you.

Thanks bunches,""",
  attach=["Reddick_weekly_1116.pdf"],
  lab=("updated_clinicals", "SNF", "normal", "2026004011", None, False), tags=["approved_routine"])

E(32, "bayside", "11-16 13:20 -0800", "Whitcomb sent out",
"""Hi all,

FYI, Mr. Whitcomb (M300918274) was sent out to the Harborview ED last night with an upper GI bleed and
admitted to their ICU. Please close the LTACH auth AUTH-2026-004388 on our end; we'll submit a new
request if he comes back to us.""",
  lab=("discharge_notice", "LTAC", "low", "2026004388", "M300918274", False))

E(33, "larkspur", "11-17 09:05 -0500", "Auth request: Beatrix Holm",
"""Good morning,

We received a referral for Ms. Beatrix Holm (Member ID M559102847), 67, s/p L BKA on 11/11 for PVD with
non-healing ulcer. Cleared by vascular and medicine. She's motivated, prior level independent, and PT/OT
both recommend an inpatient rehabilitation hospital for prosthetic readiness and transfer training.

She is at Lakeshore Memorial and ready for discharge today. Could you please expedite this one? Clinicals
are uploaded under her name.""", enc="b64",
  lab=("new_request", "IRF", "urgent", None, "M559102847", True))

E(34, "abernathy", "11-17 11:00 -0500", "Outcome of peer to peer? Simms",
"""Hello,

Dr. Abernathy completed the peer to peer with Dr. Greer yesterday afternoon for Walter Simms
(Ref: 2026004420). Could you let us know the outcome? We have not received a letter yet.

Thank you,""",
  lab=("status_inquiry", None, "normal", "2026004420", None, False))

E(35, "lindqvist", "11-17 20:30 -0600", "thank you",
"""Just wanted to say thank you to whoever approved my dad. He got to the skilled nursing place today and
he already seems brighter. The staff there are great.""",
  lab=("other", None, "low", None, None, False), tags=["ack", "family"])

E(36, "planfwd", "11-18 07:50 -0800", "Fwd: continued stay - Voss",
"""Forwarding -- this came into the general claims box by mistake.""",
  inner=("Carla Jimenez <cjimenez@willowbend.test>", "11-17 16:05 -0500", "continued stay - Voss",
         "Hello,\n\nRequesting 14 additional days for Mrs. Clara Voss, Case #4950. LCD 11/19.\n"
         "She is still NWB LLE, requires max assist with transfers and daily skilled PT/OT.\n\n"
         "Carla Jimenez, LPN\nMDS / Utilization Coordinator\nWillow Bend Skilled Nursing Center\n"),
  lab=("extension_request", "SNF", "high", "2026004950", None, False), tags=["forward"])

E(37, "oyelaran", "11-18 09:30 -0500", "Reconsideration - Haddad LTACH denial",
"""I'd like to file a reconsideration on the LTACH denial for Mr. Faisal Haddad, AUTH-2026-005120.
He is still on 50% FiO2 via high-flow, can't be weaned below 40 L, and has a new requirement for
IV diuresis. I believe he meets criteria. Please treat this as expedited; he's deteriorating on the floor.""",
  lab=("appeal", "LTAC", "urgent", "2026005120", None, True))

E(38, "willowbend", "11-18 15:00 -0500", "Planned discharge - Voss",
"""Good afternoon,

Mrs. Clara Voss (Case #4950) will discharge to Sunrise Assisted Living on Saturday 11/21 -- daughter is
picking her up after lunch. We'll send the discharge summary once signed.

Thank you!""", enc="qp",
  lab=("discharge_notice", "SNF", "normal", "2026004950", None, False))

E(39, "northgate", "11-19 08:20 -0600", "Extension - Ferraro",
"""Good morning,

Requesting 5 more days in the ARU for Mr. Dale Ferraro, AUTH-2026-004650. His LCD is 11/20.
He had a setback on 11/16 with symptomatic orthostatic hypotension that limited therapy for two days;
he is now back to 3 hours and progressing (gait 150 ft CGA). Team conference notes attached.""",
  attach=["Ferraro_team_conf_1118.pdf"],
  lab=("extension_request", "IRF", "high", "2026004650", None, False))

E(40, "lakeshore", "11-19 12:12 -0500", "Resubmitting SNF request - Grant",
"""Hello,

Resubmitting for Mr. Otis Grant, M338120954. He was medically cleared for discharge yesterday and is
still waiting on a SNF authorization. Accepting facility is Willow Bend; they are holding a bed.
Clinicals attached again. Please advise.""",
  attach=["Grant_clinicals.pdf"],
  lab=("new_request", "SNF", "urgent", None, "M338120954", False), tags=["overdue"])

E(41, "noise", "11-19 13:44 +0000", "URGENT: Your mailbox password expires today", frm="IT Helpdesk <it-support@cascadesummit-hp-secure.test>",
  html="""<html><body><p>Dear user,</p><p>Your Microsoft 365 password expires <b>today</b>. To avoid losing
access to incoming faxes and e-mail, <a href="http://cascadesummit-hp-secure.test/verify">verify your
account now</a>. This is urgent.</p><p>IT Service Desk</p></body></html>""",
  lab=("other", None, "low", None, None, False), tags=["phish"])

E(42, "pruitt", "11-19 16:00 -0500", "Reconsideration request - Harold Stein",
"""To the Appeals Unit:

Please accept this letter as a request for reconsideration of the denial of inpatient rehabilitation
for Mr. Harold Stein, M612093377, AUTH-2026-005201. Mr. Stein's neurologist documents that he can
participate in three hours of therapy daily; the denial letter does not address this.

Standard review is fine; there is no need to expedite, as Mr. Stein is safe at home with his wife for now.

Sincerely,""",
  lab=("appeal", "IRF", "high", "2026005201", "M612093377", False), tags=["negated_expedite"])

E(43, "harbor", "11-20 07:45 -0500", "P2P request - Whitfield",
"""Good morning,

Dr. Mei Lin (hospitalist) is requesting a peer to peer for the IRF denial on Mr. Ezra Whitfield,
AUTH-2026-005240, M101928374. She is on service through Sunday; best times are 1-3 pm.
Please reply with an available slot.""",
  lab=("p2p_request", "IRF", "high", "2026005240", "M101928374", False), tags=["disclaimer"])

E(44, "stlucian", "11-20 11:30 -0600", "?",
"""any word on AUTH-2026-005177?""",
  lab=("status_inquiry", None, "normal", "2026005177", None, False), tags=["terse"])

E(45, "referralink", "11-20 14:00 +0000", "[ReferraLink] New referral RL-89017 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-89017
Patient:               OKONKWO, GRACE
Member ID:             M902211337
Sending facility:      Mercy Ridge Medical Center
Level of care:         LTACH
Receiving facility:    Bayside Specialty Hospital
Anticipated discharge: 11/24/2026
Priority flag:         Urgent
Documents:             9

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "LTAC", "urgent", None, "M902211337", True), tags=["system_generated"])

E(46, "delgado", "11-21 10:05 -0700", "Re: apelacion / appeal for my father",
"""Hello, I sent an appeal for my father last week, Ernesto Delgado M507731846. ¿Hay alguna respuesta?
He is still at Willow Bend and now they say we may have to pay privately. Por favor
let us know something.""",
  lab=("status_inquiry", None, "normal", None, "M507731846", False), tags=["mixed_language", "family", "reply"])

E(47, "maplecrest", "11-23 09:00 -0500", "Bed hold - Petrov",
"""Good morning,

We have a bed for Mr. Ivan Petrov (M445566778) coming to us from Harborview after his COPD admission.
We can hold the bed through tomorrow, 11/24, at noon. Requesting SNF authorization; the hospital's
clinicals should already be on the portal.

Thank you!""",
  lab=("new_request", "SNF", "high", None, "M445566778", False))

E(48, "bayside", "11-23 12:30 -0800", "Case #5466 - add'l clinicals",
"""Attached: this morning's ABG and the RT flowsheet for the pending LTACH request on Mrs. Gwen Albright,
Case #5466. She needed a bump to 60% overnight.""",
  attach=["Albright_ABG_1123.pdf", "Albright_RT_flowsheet.pdf"],
  lab=("updated_clinicals", "LTAC", "high", "2026005466", None, False))

E(49, "larkspur", "11-23 15:45 -0500", "RE: AUTH-2026-005301 determination",
"""Thank you so much for the quick approval! We'll admit her this evening.

-----Original Message-----
From: Jen Park <jpark@cascadesummit-hp.example>
Sent: Monday, November 23, 2026 2:10 PM
To: intake@larkspur-rehab.test
Subject: AUTH-2026-005301 determination

Hi Priya, AUTH-2026-005301 is approved for admission to Larkspur with 7 days, next review date 11/30.
Jen""",
  lab=("other", None, "low", "2026005301", None, False), tags=["ack", "reply"])

E(50, "abernathy", "11-24 10:10 -0500", "LTACH referral - Cyrus Bell",
"""Good morning,

Dr. Abernathy's patient, Mr. Cyrus Bell (M776655443), is currently in the Mercy Ridge ICU with
hypercapnic respiratory failure, trached 11/19. She recommends LTACH placement for prolonged ventilator
weaning. Please see the attached letter of medical necessity. Expected transfer date is 12/1.""",
  attach=["Bell_LMN_Abernathy.pdf"],
  lab=("new_request", "LTAC", "normal", None, "M776655443", False))

E(51, "planfwd", "11-24 13:00 -0800", "FW: question about my mom",
"""FYI -- status question from a family member, no ids. Can someone look her up?

---------- Forwarded message ---------
From: Janet Akers <jakers55@mailbox.test>
Date: Tue, Nov 24, 2026 at 11:02 AM
Subject: question about my mom
To: <memberservices@cascadesummit-hp.example>

Hi, is my mom Loretta Akers approved for the rehabilitation hospital yet? She's at Lakeshore and they
said they want to move her Friday. Thank you, Janet""",
  lab=("status_inquiry", "IRF", "normal", None, None, False), tags=["forward", "family"])

E(52, "oyelaran", "11-24 16:45 -0500", "Ortega - new echo",
"""New echo this afternoon shows EF 20% (was 35%). Adding to the LTAC request for Mrs. Ortega,
Ref: 2026005388. Cards signed off on further inpatient w/u. Her DC is tomorrow.""",
  lab=("updated_clinicals", "LTAC", "high", "2026005388", None, False))

E(53, "willowbend", "11-25 09:30 -0500", "Continued stay - Lou Vance (late)",
"""Hello,

Sorry for the delay on this one. Requesting continued stay for Mr. Lou Vance, Case #5020. His LCD was
yesterday, 11/24; he remains in house and still needs daily skilled wound care (stage 4 sacral, wound vac)
and IV antibiotics through 12/3. Notes attached.""",
  attach=["LVance_wound_notes.pdf"],
  lab=("extension_request", "SNF", "urgent", "2026005020", None, False), tags=["overdue"])

E(54, "northgate", "11-25 11:00 -0600", "Ferraro",
"""Sad news: Mr. Dale Ferraro (AUTH-2026-004650) passed away on our unit early this morning.
Please close the ARU authorization. Thank you for your help with him.""",
  lab=("discharge_notice", "IRF", "low", "2026004650", None, False))

E(55, "lakeshore", "11-25 14:30 -0500", "IRF request - Shaw",
  html="""<html><body><div style="font-family:Calibri">
<p>Good afternoon,</p>
<p>Requesting <b>acute inpatient rehab</b> for Mrs. Penelope Shaw, member M990011223, 58 y/o s/p MVC
with pelvic fx (non-op), R humerus ORIF and mild TBI. Now WBAT LLE, PT/OT/SLP all recommend IRF level.</p>
<p>Anticipated discharge <b>Friday 11/27</b>. We'd appreciate a decision before the holiday if possible.</p>
<p>Thank you and Happy Thanksgiving,</p></div></body></html>""", enc="b64",
  lab=("new_request", "IRF", "normal", None, "M990011223", False))

E(56, "noise", "11-25 15:00 +0000", "Fill empty SNF beds faster - free demo", frm="PostAcute Pro <sales@postacutepro.example>",
  html="""<html><body><h3>Stop losing referrals.</h3><p>PostAcute Pro helps SNFs and IRFs respond to hospital
referrals in minutes. Book a free 15-minute demo this week and get 20% off your first year.</p>
<p><a href="https://postacutepro.example/demo">Book now</a></p></body></html>""",
  lab=("other", None, "low", None, None, False), tags=["marketing"])

E(57, "pruitt", "11-26 09:00 -0500", "Stein - is a peer to peer still possible?",
"""Good morning,

Is a peer-to-peer still possible for Mr. Stein's inpatient rehabilitation denial (AUTH-2026-005201), or has
that window closed? His neurologist, Dr. Farrow, is willing to speak with your medical director any day
next week.

Sincerely,""",
  lab=("p2p_request", "IRF", "high", "2026005201", None, False))

E(58, "harbor", "11-27 08:00 -0500", "Whitfield - updated notes",
"""Good morning,

Please see attached updated clinicals for Mr. Whitfield (AUTH-2026-005240). PT/OT/SLP notes from
yesterday document that he tolerated a full 3 hours across disciplines.

Thanks,""",
  attach=["Whitfield_therapy_1126.pdf"],
  lab=("updated_clinicals", None, "high", "2026005240", None, False), tags=["disclaimer"])

E(59, "stlucian", "11-27 13:30 -0600", "SNF auth - Gomez",
"""need SNF auth ASAP for pt Reynaldo Gomez M123098456, dc planned monday. PT/OT notes + H&P on portal.""",
  lab=("new_request", "SNF", "normal", None, "M123098456", False), tags=["asap_only", "terse"])

E(60, "referralink", "11-28 02:15 +0000", "[ReferraLink] New referral RL-89552 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-89552
Patient:               FERGUSON, WALLACE
Member ID:             M345009871
Sending facility:      Lakeshore Memorial Hospital
Level of care:         Skilled Nursing Facility
Receiving facility:    Willow Bend Skilled Nursing Center
Anticipated discharge: 11/30/2026
Priority flag:         Routine
Documents:             5

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "SNF", "normal", None, "M345009871", False), tags=["system_generated"])

E(61, "maplecrest", "11-30 08:30 -0500", "Petrov - left AMA",
"""Good morning,

Mr. Ivan Petrov (M445566778) left AMA Saturday evening (11/28) and went home with his daughter. Please close
out the authorization, Case #5512. Our social worker made a home health referral for him.""",
  lab=("discharge_notice", "SNF", "low", "2026005512", "M445566778", False))

E(62, "bayside", "11-30 10:00 -0800", "Albright",
"""Hi -- any decision yet on the continued stay request I sent Friday for Mrs. Albright, Case #5466?
Her LCD is today.""",
  lab=("status_inquiry", "LTAC", "urgent", "2026005466", None, False))

E(63, "lindqvist", "11-30 18:00 -0600", "more time for my dad please",
"""Hi,

Dad's physical therapist at the skilled nursing facility says he needs about another week, but the
letter from the plan says his last covered day is Wednesday. Can you please give him more time? He's
finally walking to the dining room with the walker.

Thanks,""",
  lab=("extension_request", "SNF", "normal", None, None, False), tags=["family"])

E(64, "planfwd", "12-01 07:30 -0800", "FW: P2P request - Burns",
"""Dr. Greer -- can you take this one? pls see below

-----Original Message-----
From: Gloria Fenn <gfenn@abernathy-pulm.example>
Sent: Monday, November 30, 2026 5:40 PM
To: UM Pre-Service Intake
Subject: P2P request - Burns

Dr. Abernathy requests a peer to peer for the IRF denial on Mrs. Lottie Burns, AUTH-2026-005555.
The patient is scheduled to DC tomorrow, so we'd be grateful for a call in the morning.

Gloria Fenn
Office Manager for Helen Abernathy, MD""",
  lab=("p2p_request", "IRF", "urgent", "2026005555", None, False), tags=["forward", "quoted_relative_date"])

E(65, "oyelaran", "12-01 09:15 -0500", "change of level of care - Jessup",
"""Mrs. Alma Jessup was approved for SNF (AUTH-2026-005400), but PT now says she can tolerate 3 hrs/day and
she has good family support, so we're submitting a new referral for acute inpatient rehab instead.
DC target Thursday. Clinicals to follow on the portal.""",
  lab=("new_request", "IRF", "normal", "2026005400", None, False), tags=["multi_loc"])

E(66, "willowbend", "12-01 11:00 -0500", "Case #5020 wound update",
"""Hello,

Attached are updated wound measurements and the wound care nurse's note for Mr. Lou Vance, Case #5020,
for the pending review. Please expedite -- the wound vac supplier needs the auth to keep delivering.""",
  attach=["LVance_wound_1201.pdf"],
  lab=("updated_clinicals", "SNF", "urgent", "2026005020", None, True))

E(67, "northgate", "12-01 14:00 -0600", "Lindgren",
"""Hi, hope your week is off to a good start. I was wondering if there might be any news on Mr. Bo Lindgren
(AUTH-2026-005590)? His family has been asking us and I didn't want to guess.""",
  lab=("status_inquiry", "IRF", "normal", "2026005590", None, False), tags=["polite"])

E(68, "lakeshore", "12-02 09:00 -0500", "RE: LTACH request - Amsel",
"""Any update? He's still here and we had hoped to send him today.

From: Tina Brooks
Sent: Tuesday, December 1, 2026 10:20 AM
To: UM Pre-Service Intake
Subject: LTACH request - Amsel

Requesting LTACH authorization for Mr. Victor Amsel, M443322110, trach/vent since 11/20, on 35% FiO2,
failing daytime trach collar. Accepting: Bayside Specialty Hospital. Anticipated DC 12/2.""",
  lab=("status_inquiry", "LTAC", "urgent", None, "M443322110", False), tags=["reply"])

E(69, "noise", "12-02 12:00 +0000", "How did we do? 2-minute provider survey",
"""Thank you for working with Cascade Summit Health Plan. Please take our 2-minute survey about your
recent prior authorization experience: https://feedbackhub.test/s/8812

This mailbox is not monitored.""", sig=False, frm="Provider Feedback <survey@feedbackhub.test>",
  lab=("other", None, "low", None, None, False), tags=["survey"])

E(70, "abernathy", "12-02 13:00 -0500", "URGENT - peer to peer - Cyrus Bell",
"""URGENT: Dr. Abernathy needs a peer-to-peer on the LTACH denial for Cyrus Bell, M776655443 (Case #5601).
Please call the office today at 555-0130 to set a time.""",
  lab=("p2p_request", "LTAC", "urgent", "2026005601", "M776655443", True))
# ---------------------------------------------------------------- 0071-0110
E(71, "harbor", "11-03 09:30 -0500", "Fontaine - today's notes",
"""Hello,

Attached are today's progress note and the PT re-eval for Ms. Fontaine's pending acute rehab request
(M402118735). Hgb stable at 9.8, no further transfusion, and she walked 120 ft with RW this morning.

Best,""",
  attach=["Fontaine_PN_1103.pdf", "Fontaine_PT_reeval.pdf"],
  lab=("updated_clinicals", "IRF", "high", None, "M402118735", False), tags=["disclaimer"])

E(72, "stlucian", "11-03 17:55 -0600", "clinicals Case#5140",
"""attached""",
  attach=["scan_20261103_1751.pdf"],
  lab=("updated_clinicals", None, "high", "2026005140", None, False), tags=["terse"])

E(73, "bayside", "11-04 07:10 -0800", "Sato - decannulated, DC plan",
"""Good morning,

Good news on Mr. Kenji Sato (AUTH-2026-003877): he was decannulated yesterday and is tolerating room air.
Plan is to discharge from our LTACH to Maplecrest on 11/10. Maplecrest will send their own SNF request;
nothing needed from you on our stay other than closing it after he leaves.""",
  lab=("discharge_notice", "LTAC", "normal", "2026003877", None, False), tags=["multi_loc"])

E(74, "larkspur", "11-05 10:00 -0500", "Extension request - Winifred Cho",
"""Hello UM team,

Requesting an extension for Mrs. Winifred Cho, AUTH-2026-003650. Her current LCD is 11/6.
At team conference yesterday she had made steady gains (transfers from max A to min A, ambulation
25 ft -> 110 ft) but still needs rehab nursing for bowel program training and SLP for cognition.
We are asking for 6 more days with estimated discharge home 11/12.

Conference notes attached.""", enc="qp",
  attach=["Cho_team_conference_1104.pdf"],
  lab=("extension_request", "IRF", "high", "2026003650", None, False))

E(75, "abernathy", "11-05 14:20 -0500", "P2P fax number?",
"""Hi,

Quick question: what's the right fax number or portal page for sending P2P request forms going forward?
The number we have on file (555-0111) keeps bouncing back. Nothing pending right now, just want to
update our office binder.

Thanks!""",
  lab=("other", None, "low", None, None, False), tags=["misleading_subject"])

E(76, "referralink", "11-06 09:00 +0000", "[ReferraLink] New referral RL-88310 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-88310
Patient:               BRENNAN, COLM
Member ID:             M677120045
Sending facility:      Northgate General Hospital
Level of care:         IRF
Receiving facility:    Northgate General Hospital ARU
Anticipated discharge: 11/09/2026
Priority flag:         STAT
Documents:             7

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "IRF", "urgent", None, "M677120045", True), tags=["system_generated"])

E(77, "maplecrest", "11-06 15:15 -0500", "Re: Grady",
"""Hi there,

Following up on our continued stay request for Mr. Grady from Tuesday (AUTH-2026-003187). His last covered
day was yesterday and we haven't heard anything. Is there a decision?

Thanks!""",
  lab=("status_inquiry", "SNF", "urgent", "2026003187", None, False), tags=["overdue", "reply"])

E(78, "willowbend", "11-09 08:45 -0500", "Admission request - Mr. Tobias Wren",
"""Good morning,

Requesting SNF authorization for Mr. Tobias Wren (M813370021), to admit from Mercy Ridge on Wednesday
11/11. Dx: sepsis from LLE cellulitis, now on oral abx, deconditioned, needs PT/OT and wound care.
Hospital clinicals attached.

Thank you,""",
  attach=["Wren_hospital_clinicals.pdf"],
  lab=("new_request", "SNF", "normal", None, "M813370021", False))

E(79, "northgate", "11-09 13:30 -0600", "Re: ARU admission request - Haskins",
"""Just following up on the below -- is Mrs. Haskins approved? She's on our 5th floor waiting to come down
to the unit today.

> Referral for admission to our ARU from the 5th floor med unit: Ruth Haskins, M884420017, 74 y/o F with
> R MCA stroke and L hemiparesis, dysphagia on mech soft diet. [...] Neurology clears her for discharge
> Monday 11/9.""",
  lab=("status_inquiry", "IRF", "urgent", None, "M884420017", False), tags=["reply"])

E(80, "lakeshore", "11-09 16:40 -0500", "Case # 5302 approved? also Grant",
  html="""<html><body><p>Hi,</p><p>Is there a decision on the SNF request for Case # 5302? The patient is
scheduled to leave us Wednesday if approved.</p><p>Thanks,</p></body></html>""",
  lab=("status_inquiry", "SNF", "normal", "2026005302", None, False), tags=["misleading_subject"])

E(81, "pruitt", "11-10 10:30 -0500", "RE: Acknowledgment of reconsideration request - AUTH-2026-004733",
"""Thank you for your letter of November 9 acknowledging receipt of Ms. Vance's reconsideration request.
I have no further questions at this time.

Sincerely,""",
  lab=("other", None, "low", "2026004733", None, False), tags=["ack", "reply"])

E(82, "oyelaran", "11-10 22:50 -0800", "SNF for Mr. Albers",
"""Need SNF auth for Mr. Dennis Albers, M260044711. 79M, COPD exac resolved, now on 2L at baseline,
deconditioned (PT: min A transfers, 30 ft). Wants to go to Willow Bend. We'd like to DC tomorrow morning.""",
  lab=("new_request", "SNF", "high", None, "M260044711", False), tags=["late_night_utc_next_day"])

E(83, "harbor", "11-11 09:05 -0500", "Dunne - DC moved",
"""Hello,

Update on Mr. Dunne's SNF request (M228812093): cardiology wants one more day of IV diuresis, so DC
moved to Friday 11/13. Nothing else changed.

Thank you,""",
  lab=("updated_clinicals", "SNF", "high", None, "M228812093", False), tags=["disclaimer"])

E(84, "noise", "11-11 04:00 +0000", "Automatic reply: Continued stay - Nussbaum",
"""This mailbox is not monitored on Veterans Day (Wednesday 11/11). Messages will be processed the next
business day. If your request is urgent, please call 555-0100.""", sig=False,
  frm="Willow Bend Business Office <billing@willowbend.test>",
  lab=("other", None, "low", None, None, False), tags=["ooo"])

E(85, "bayside", "11-12 11:15 -0800", "Haddad referral - LTACH - 11/16",
"""Hi team,

Submitting LTACH request for Mr. Faisal Haddad (M550778123), in the Mercy Ridge step-down on high-flow
50 L / 50%, failed multiple attempts to wean, needs daily ABGs and aggressive pulmonary toilet.
Mercy Ridge is targeting transfer Monday 11/16. Packet attached.

Tomas""", sig=False,
  attach=["Haddad_LTACH_packet.pdf"],
  lab=("new_request", "LTAC", "normal", None, "M550778123", False))

E(86, "larkspur", "11-12 14:30 -0500", "Cho - discharged",
  html="""<html><body><p>Hello,</p><p>Mrs. Winifred Cho (AUTH-2026-003650) discharged home with her son
today at 11:00 as planned. Discharge summary attached. Thank you for your support with her stay!</p>
</body></html>""",
  attach=["Cho_DC_summary.pdf"],
  lab=("discharge_notice", "IRF", "low", "2026003650", None, False))

E(87, "planfwd", "11-12 15:20 -0800", "FW: Your fax to Cascade Summit",
"""See fax below from Mercy Ridge -- pls attach to the case and route.

-----Original Message-----
From: Mercy Ridge HIM <him@mercyridge.example>
Sent: Thursday, November 12, 2026 3:02 PM
To: UM Fax Queue
Subject: Your fax to Cascade Summit

Fax cover: "Updated clinicals for Case #5381 - pending LTAC review. 12 pages: vent settings, ABG trend,
nutrition note." Please confirm receipt.""",
  lab=("updated_clinicals", "LTAC", "high", "2026005381", None, False), tags=["forward"])

E(88, "lindqvist", "11-13 08:00 -0600", "What happens next?",
"""Hi, sorry for all the emails. The hospital says dad's skilled nursing request was sent to you on
Tuesday. Do you know when a decision will be made? He's still at St. Lucian.""",
  lab=("status_inquiry", "SNF", "normal", None, None, False), tags=["family", "polite"])

E(89, "willowbend", "11-13 10:10 -0500", "Re: Admission request - Mr. Tobias Wren",
"""Hello again -- Mercy Ridge now says they want to send Mr. Wren to us today instead of waiting. Can you
please look at this one today? Same clinicals as Monday.

> Requesting SNF authorization for Mr. Tobias Wren (M813370021), to admit from Mercy Ridge on Wednesday
> 11/11.""",
  lab=("status_inquiry", "SNF", "urgent", None, "M813370021", False), tags=["reply"])

E(90, "northgate", "11-13 12:00 -0600", "ARU - Pierce - clinical update",
"""Adding today's PM&R note for Mrs. Yolanda Pierce (Case #5390). She's now cleared by cardiology after
the TEE, so the hold on therapy is lifted. Note attached.""",
  attach=["Pierce_PMR_1113.pdf"],
  lab=("updated_clinicals", "IRF", "high", "2026005390", None, False))

E(91, "referralink", "11-13 20:05 +0000", "[ReferraLink] Referral RL-88231 updated: discharge date changed",
"""ReferraLink - Referral Update

Referral RL-88231 (DAVIS, MARGUERITE / M208845513) was updated by St. Lucian Hospital.

Changed field:         Anticipated discharge 11/07/2026 -> 11/16/2026
Level of care:         SNF
Priority flag:         Routine
New documents:         2 (progress note 11/13, PT note 11/13)

Log in to ReferraLink to view. Do not reply to this message.""",
  lab=("updated_clinicals", "SNF", "high", None, "M208845513", False), tags=["system_generated"])

E(92, "abernathy", "11-16 09:00 -0500", "Appeal - Walter Simms",
"""Good morning,

Following the unfavorable peer to peer on 11/13, Dr. Abernathy would like to formally appeal the
denial of LTAC admission for Walter Simms, Ref: 2026004420. Her appeal letter and the pulmonary function
results are attached.

Thank you,""",
  attach=["Simms_appeal_letter.pdf", "Simms_PFTs.pdf"],
  lab=("appeal", "LTAC", "high", "2026004420", None, False))

E(93, "stlucian", "11-16 14:25 -0600", "lindqvist",
"""pt arne lindqvist M771900432 -- SNF request was sent 11/10, pt has been medically ready since 11/2.
family is escalating. pls expedite""",
  lab=("status_inquiry", "SNF", "urgent", None, "M771900432", True), tags=["terse", "overdue"])

E(94, "maplecrest", "11-17 09:30 -0500", "Hale admitted",
"""Good morning!

Just letting you know Mrs. Dorothy Hale (Case #5288) was admitted to us yesterday afternoon.
Thank you for the authorization!""",
  lab=("other", None, "low", "2026005288", None, False), tags=["ack"])

E(95, "lakeshore", "11-17 11:45 -0500", "Re: Case # 5302 approved? also Grant",
"""Got it, received the approval letter for Case # 5302. Thank you!

Tina""", sig=False,
  lab=("other", None, "low", "2026005302", None, False), tags=["reply", "ack"])

E(96, "oyelaran", "11-17 17:10 -0500", "P2P - Haddad",
"""Requesting P2P on Haddad's LTACH denial (AUTH-2026-005120). I'm on nights this week; I can do any time
after 7 pm or before 8 am. If not possible we'll go the reconsideration route.""",
  lab=("p2p_request", "LTAC", "high", "2026005120", None, False))

E(97, "willowbend", "11-18 09:50 -0500", "Wren - concurrent review",
"""Good morning,

Concurrent review for Mr. Tobias Wren (Case #5420, M813370021), admitted 11/13. First review date / LCD
11/20. Requesting 7 more days: still min A transfers, wound on LLE needs daily packing.

Thanks,""",
  lab=("extension_request", "SNF", "normal", "2026005420", "M813370021", False))

E(98, "harbor", "11-18 13:30 -0500", "New request: LTACH - Palmer",
"""Hello,

New request for LTACH admission for Mr. Richard Palmer, M404400912, 63 y/o with necrotizing pancreatitis,
open abdomen with wound vac, TPN, IV meropenem, 4 weeks in our ICU. Accepting facility Bayside Specialty
Hospital. Medically ready; target transfer Friday 11/20.

Please expedite if you can -- he has been in the ICU a month.

Thank you,""",
  lab=("new_request", "LTAC", "urgent", None, "M404400912", True), tags=["disclaimer"])

E(99, "northgate", "11-18 15:00 -0600", "Pierce - sent back to acute",
"""Hi -- Mrs. Pierce (Case #5390) admitted to our ARU on 11/14 but was transferred back to Harborview's CVICU
on 11/16 for cardiac surgery. Please close the authorization; we'll send a new referral if she returns.""",
  lab=("discharge_notice", "IRF", "low", "2026005390", None, False))

E(100, "delgado", "11-19 09:15 -0700", "sobre mi papa",
"""Good morning, I called yesterday and the lady said to email. My father Ernesto Delgado M507731846 has
his appeal pending. The therapist says he needs 2 more weeks en el skilled nursing. Please tell me if
there is an answer. Please, this is urgent, the facility says the bill starts Saturday.""",
  lab=("status_inquiry", "SNF", "urgent", None, "M507731846", True), tags=["mixed_language", "family"])

E(101, "bayside", "11-19 10:30 -0800", "Albright - LTACH admission request",
"""Good morning,

Requesting LTACH authorization for Mrs. Gwen Albright (M117340988), Lakeshore ICU day 19, ARDS after
influenza pneumonia, trach 11/12, vent AC 40%/PEEP 10, proned x4 days. Lakeshore is ready to transfer
whenever we have auth. Bed available now.""",
  lab=("new_request", "LTAC", "normal", None, "M117340988", False))

E(102, "larkspur", "11-20 08:15 -0500", "Referral - Owen Marsh",
"""Good morning,

We'd like to request authorization to admit Mr. Owen Marsh (Member M228840117), 71, with Guillain-Barre
syndrome after IVIG at Mercy Ridge. He needs intensive PT/OT and has a strong support system.
The hospital would like to discharge him on 11/21.""",
  lab=("new_request", "IRF", "high", None, "M228840117", False))

E(103, "lakeshore", "11-20 14:00 -0500", "Albright",
"""Please disregard my earlier voicemail, Bayside sent the LTACH request for Mrs. Albright and it sounds like
it's in review. Thank you!""",
  lab=("other", None, "low", None, None, False), tags=["ack"])

E(104, "planfwd", "11-20 16:00 -0800", "FW: hospice transfer",
"""FYI for the case

________________________________
From: Carla Jimenez <cjimenez@willowbend.test>
Sent: Friday, November 20, 2026 1:35 PM
To: UM Pre-Service Intake
Subject: hospice transfer

Mrs. Harriet Pugh (AUTH-2026-004877, M300552210) elected hospice today and is transferring to
Evergreen Hospice House tomorrow morning. Please end the SNF authorization as of tomorrow.

Carla Jimenez, LPN
MDS / Utilization Coordinator
Willow Bend Skilled Nursing Center""",
  lab=("discharge_notice", "SNF", "normal", "2026004877", "M300552210", False), tags=["forward"])

E(105, "oyelaran", "11-23 07:30 -0500", "Haddad",
"""Anything on the Haddad P2P? Asked last week (AUTH-2026-005120). Still on the floor on high flow.""",
  lab=("p2p_request", None, "high", "2026005120", None, False), tags=["misleading_subject"])

E(106, "maplecrest", "11-23 14:20 -0500", "Reddick - extension",
"""Hi team,

Mrs. Opal Reddick (AUTH-2026-004011) is approved through 11/24, and we're requesting an additional
10 days. She had a fall on 11/20 without fracture but lost ground: transfers now mod A again.
PT and nursing notes attached.

Thank you!""",
  attach=["Reddick_PT_nursing_1123.pdf"],
  lab=("extension_request", "SNF", "high", "2026004011", None, False))

E(107, "stlucian", "11-24 06:45 -0600", "FW: AIR auth - Yates",
"""see below. pt still here, was supposed to go yesterday

-----Original Message-----
From: Marcus Odum
Sent: Sunday, November 22, 2026 3:10 PM
To: UM Pre-Service Intake
Subject: AIR auth - Yates

AIR auth request pt Corinne Yates M889912340, L TKA revision, Larkspur accepted, dc 11/23""",
  lab=("new_request", "IRF", "urgent", None, "M889912340", False), tags=["forward", "overdue", "terse"])

E(108, "noise", "11-24 09:00 +0000", "Holiday schedule: UM mailbox coverage", frm="Cascade Summit UM Leadership <um-leads@cascadesummit-hp.example>",
  html="""<html><body><p>Team,</p><p>Coverage for Thanksgiving (11/26) and the day after: two coordinators per
shift. Expedited requests still follow the 72-hour clock. Please post swaps on the board by Tuesday.</p>
<p>Thanks, UM Leadership</p></body></html>""",
  lab=("other", None, "low", None, None, False), tags=["internal"])

E(109, "willowbend", "11-24 10:30 -0500", "Pugh",
"""Hello, confirming Mrs. Harriet Pugh (AUTH-2026-004877) transferred to Evergreen Hospice House on
Saturday morning, 11/21. Please close the authorization. Thanks!""",
  lab=("discharge_notice", "SNF", "low", "2026004877", None, False))

E(110, "northgate", "11-24 16:00 -0600", "Lindgren - ARU referral",
"""Hello,

Referral for ARU admission for Mr. Bo Lindgren, M651022987: 69 y/o with C5-6 incomplete SCI after a fall,
s/p ACDF 11/19. Cleared by spine. Aiming for Monday 11/30 transfer to the unit.

Thanks,""",
  lab=("new_request", "IRF", "normal", None, "M651022987", False))
# ---------------------------------------------------------------- 0111-0150
E(111, "maplecrest", "11-02 13:00 -0500", "Continued stay - Ada Finch",
"""Good afternoon,

Requesting continued stay for Mrs. Ada Finch, Case #4702 (her prior stay with us was Case #3311, closed
in August -- please don't mix them up, our billing did last time!). Current LCD is 11/4.
She is on day 12 of IV vancomycin for MRSA bacteremia and needs skilled PT 5x/week.

Thanks so much,""",
  lab=("extension_request", "SNF", "normal", "2026004702", None, False), tags=["multi_case"])

E(112, "bayside", "11-02 15:00 -0800", "Appeal - Lamar Hughes - AUTH-2026-003998",
"""Hi team,

On behalf of our medical director, Dr. Ivo Stanek, Bayside is appealing the denial of LTACH admission for
Mr. Lamar Hughes (AUTH-2026-003998). The denial cites 'can be managed at SNF level', but he requires
q2h suctioning and has a CO2 of 68 off BiPAP. Appeal letter and ABG trend attached.""",
  attach=["Hughes_appeal_Stanek.pdf", "Hughes_ABG_trend.pdf"],
  lab=("appeal", "LTAC", "high", "2026003998", None, False), tags=["multi_loc"])

E(113, "larkspur", "11-03 11:20 -0500", "P2P please - Felix Amari",
"""Hello,

Our medical director, Dr. June Hwang, would like to request a peer-to-peer on the denial for
Mr. Felix Amari (AUTH-2026-003955). He is waiting at Harborview, whose planned discharge date was
today. Dr. Hwang is free this afternoon until 5.

Thank you so much,""",
  lab=("p2p_request", "IRF", "urgent", "2026003955", None, False))

E(114, "abernathy", "11-03 16:00 -0500", "Simms - PFTs for review",
"""Good afternoon,

Attached are Walter Simms' PFTs and last week's sleep study for the pending LTAC review,
Ref: 2026004420. For matching: hospital MRN 00482213, DOB 6/2/1948.

Thank you,""",
  attach=["Simms_PFT_1030.pdf", "Simms_PSG.pdf"],
  lab=("updated_clinicals", "LTAC", "high", "2026004420", None, False), tags=["mrn_distractor"])

E(115, "oyelaran", "11-04 08:00 -0500", "pettibone",
"""Pt Pettibone ready for dischrage tomorow to accute rehab, pls authorize. M556677001.
Hx: L thalamic ICH 10/29, R hemiparesis, aphasia improving, PT/OT/SLP all recommending.""",
  lab=("new_request", "IRF", "high", None, "M556677001", False), tags=["typos", "terse"])

E(116, "northgate", "11-04 10:30 -0600", "Ruiz - more days in the ARU",
"""Good morning,

Requesting an extension for Mr. Ansel Ruiz, AUTH-2026-003720. LCD is 11/7.
He is a R BKA patient with a new prosthesis delivered 11/2 and is just starting prosthetic gait training;
we are asking for 7 more days to reach household ambulation. Notes to follow.

Thanks,""", enc="qp",
  lab=("extension_request", "IRF", "normal", "2026003720", None, False))

E(117, "willowbend", "11-05 09:00 -0500", "DC today - Monroe",
"""Good morning,

Mr. Silas Monroe (AUTH-2026-003804) will go home this afternoon with his wife. Home health PT/OT and a
hospital bed have been arranged. DC summary to follow.

Thank you,""",
  lab=("discharge_notice", "SNF", "normal", "2026003804", None, False))

E(118, "lakeshore", "11-05 13:00 -0500", "SNF request - Carvalho - DC today",
  html="""<html><body><p>Hello,</p>
<p>New <b>SNF</b> request for Mrs. In&ecirc;s Carvalho, member M207700451, 84 y/o with a L humeral
fracture (non-op, sling), CKD 4 and deconditioning; lives alone. Accepting facility Maplecrest.</p>
<p>She is medically stable for discharge <u>today</u>. Clinicals attached.</p></body></html>""",
  attach=["Carvalho_clinicals.pdf"],
  lab=("new_request", "SNF", "urgent", None, "M207700451", False))

E(119, "harbor", "11-06 08:30 -0500", "Fontaine - checking in",
"""Hi there,

Wondering whether there has been any determination on Ms. Fontaine's acute rehab request (M402118735)?
She remains with us; we had hoped for discharge on 11/4, and Larkspur is still holding her bed for now.

Many thanks,""",
  lab=("status_inquiry", "IRF", "urgent", None, "M402118735", False), tags=["overdue", "polite", "disclaimer"])

E(120, "stlucian", "11-06 11:00 -0600", "KESSLER",
"""PT KESSLER M330044129 NEEDS SNF AUTH. READY FOR DC SINCE YESTERDAY, WILLOW BEND ACCEPTED.
CLINICALS ON PORTAL.""",
  lab=("new_request", "SNF", "urgent", None, "M330044129", False), tags=["all_caps", "overdue", "terse"])

E(121, "referralink", "11-07 03:00 +0000", "[ReferraLink] New referral RL-88377 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-88377
Patient:               ABERCROMBIE, JOAN
Member ID:             M119283746
Sending facility:      Mercy Ridge Medical Center
Level of care:         Inpatient Rehabilitation Facility
Receiving facility:    Larkspur Rehabilitation Institute
Anticipated discharge: 11/11/2026
Priority flag:         Routine
Documents:             5

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "IRF", "normal", None, "M119283746", False), tags=["system_generated"])

E(122, "planfwd", "11-09 10:00 -0800", "FW: SNF auth - Ostrow - bed offer",
"""pls handle

-----Original Message-----
From: Maplecrest Admissions <admissions@maplecrest-snf.example>
Sent: Monday, November 9, 2026 9:14 AM
To: UM Fax Queue <umfax@cascadesummit-hp.example>
Subject: SNF auth - Ostrow - bed offer

Requesting SNF auth for Mrs. Lena Ostrow, M448812309, coming from Lakeshore after a hip fracture.
Please treat as urgent -- our bed offer expires at 5 pm today and we have a waitlist.

Brenda Koss
Admissions Coordinator
Maplecrest Skilled Nursing & Rehab""",
  lab=("new_request", "SNF", "urgent", None, "M448812309", True), tags=["forward", "urgency_in_forward"])

E(123, "pruitt", "11-09 14:00 -0500", "Reconsideration - Lamar Hughes",
"""To the Appeals Unit:

I represent Mr. Lamar Hughes (appointment of representative on file). Please accept this as his
request for reconsideration of the denial of long-term acute care hospital admission, AUTH-2026-004610.
His pulmonologist's letter is attached.

Sincerely,""",
  attach=["Hughes_pulm_letter.pdf"],
  lab=("appeal", "LTAC", "high", "2026004610", None, False))

E(124, "bayside", "11-10 09:30 -0800", "Faure - continued stay",
"""Hi team,

Continued stay review for Mrs. Odile Faure, AUTH-2026-004066. LCD 11/12. She is now on trach collar
days, vent at night only; we need ~7 more days in our LTACH to complete nocturnal weaning and caregiver trach training
before a home discharge.

Thanks,
Tomas""", enc="b64", sig=False,
  lab=("extension_request", "LTAC", "normal", "2026004066", None, False))

E(125, "maplecrest", "11-10 12:40 -0500", "New admission request - Curtis Hamm",
"""Hi there!

We've accepted Mr. Curtis Hamm, M612200789, from St. Lucian (CVA with dysphagia, PEG placed 11/6).
We can hold the bed until tomorrow at 3 pm. Requesting SNF authorization please!

Thank you!""",
  lab=("new_request", "SNF", "high", None, "M612200789", False))

E(126, "oyelaran", "11-10 18:30 -0500", "RE: Status?",
"""Had the P2P this afternoon, unfavorable. I'm requesting an expedited reconsideration for Mrs. Pettibone,
AUTH-2026-004015. She is losing ground on the floor every day.

-----Original Message-----
From: Samuel Oyelaran MD
Sent: Thursday, November 5, 2026 3:40 PM
Subject: Status?

Saw the denial for Mrs. Pettibone's IRF stay (AUTH-2026-004015). I'd like a P2P with your medical director
today if at all possible.""",
  lab=("appeal", "IRF", "urgent", "2026004015", None, True), tags=["reply", "misleading_subject"])

E(127, "larkspur", "11-11 09:00 -0500", "Okafor - updated clinicals",
  html="""<html><body><p>Good morning,</p><p>Attached is the updated H&amp;P from the referring hospital
and this morning's PT note for <b>Mr. Chidi Okafor</b> (Case #5127). He's now off the insulin drip and
walked 90 ft with a hemi-walker.</p></body></html>""",
  attach=["Okafor_HP_update.pdf", "Okafor_PT_1111.pdf"],
  lab=("updated_clinicals", "IRF", "high", "2026005127", None, False))

E(128, "planfwd", "11-11 12:00 -0800", "Automatic reply: Vance reconsideration - status",
"""I'm out of the office today (Veterans Day) and back Thursday 11/12. Your message about
AUTH-2026-004733 has been received. For urgent or expedited requests, please call the intake line.""", sig=False,
  lab=("other", None, "low", "2026004733", None, False), tags=["ooo"])

E(129, "northgate", "11-12 08:00 -0600", "Ruiz extension?",
"""Checking on Mr. Ruiz's extension request (AUTH-2026-003720). His LCD was 11/7 and we've continued
treating him in good faith. Has a decision been made?""",
  lab=("status_inquiry", "IRF", "urgent", "2026003720", None, False), tags=["overdue"])

E(130, "lakeshore", "11-16 09:40 -0500", "Fw: Cole appeal",
"""Forwarding Dr. Patel's request below (attached).""",
  inner=("Anil Patel MD <apatel@lakeshore-memorial.test>", "11-15 21:10 -0500", "Cole appeal",
         "Tina, please send this to the plan. I want to appeal the LTACH denial for Jerome Cole,\n"
         "AUTH-2026-005012. The P2P on 11/13 did not change the decision; he still needs a\n"
         "ventilator weaning program we cannot provide here.\n\nAnil Patel, MD\nPulmonary/Critical Care\n"),
  lab=("appeal", "LTAC", "high", "2026005012", None, False))

E(131, "willowbend", "11-13 14:00 -0500", "Grange - LCD today",
"""Hello,

Requesting continued stay for Mrs. Beulah Grange, Case #4620. Her LCD is today. She is still requiring
skilled nursing for new insulin teaching (A1c 11.2) and PT for gait after her fall.
Please see attached.

Thanks,""",
  attach=["Grange_notes_1113.pdf"],
  lab=("extension_request", "SNF", "urgent", "2026004620", None, False))

E(132, "stlucian", "11-16 09:00 -0600", "status",
"""Ref 2026005299 status pls, pt dc'ing tmrw""",
  lab=("status_inquiry", None, "high", "2026005299", None, False), tags=["terse"])

E(133, "harbor", "11-17 10:00 -0500", "SNF request - Kalb",
"""Good morning,

Requesting skilled nursing authorization for Mrs. Verna Kalb, M773310662, 90 y/o with a L pubic ramus
fracture, WBAT, needs min-mod assist and nursing for pain management. Family toured Willow Bend and
accepted. Target discharge Thurs.

Thank you,""",
  lab=("new_request", "SNF", "normal", None, "M773310662", False), tags=["disclaimer"])

E(134, "maplecrest", "11-18 08:00 -0500", "Lowry?",
"""Hi! Has the auth come through for Mrs. Edna Lowry (M118223344)? We're still holding a bed for her and
the hospital keeps asking us. Thanks!""",
  lab=("status_inquiry", "SNF", "normal", None, "M118223344", False))

E(135, "oyelaran", "11-18 12:00 -0500", "STAT P2P - Albers",
"""Need a STAT P2P on the SNF denial for Mr. Albers, AUTH-2026-005150. He has been medically ready for
2 days. I'm reachable on my cell 555-0177 all afternoon.""",
  lab=("p2p_request", "SNF", "urgent", "2026005150", None, True), tags=["overdue"])

E(136, "abernathy", "11-19 09:30 -0500", "Status of appeal - Simms",
"""Good morning,

Checking on the status of Dr. Abernathy's appeal for Walter Simms, Ref: 2026004420, submitted 11/16.
Please let us know if anything else is needed.

Thank you,""",
  lab=("status_inquiry", None, "normal", "2026004420", None, False))

E(137, "bayside", "11-19 15:00 -0800", "Faure discharged",
"""Hi all -- Mrs. Odile Faure (AUTH-2026-004066) discharged home yesterday with her trach and home
ventilator; husband fully trained. Please close her LTACH auth. Thanks for working with us on this one.""",
  lab=("discharge_notice", "LTAC", "low", "2026004066", None, False))

E(138, "referralink", "11-20 18:00 +0000", "[ReferraLink] New referral RL-89101 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-89101
Patient:               PAPADOPOULOS, NIKOS
Member ID:             M554433221
Sending facility:      St. Lucian Hospital
Level of care:         SNF
Receiving facility:    Willow Bend Skilled Nursing Center
Anticipated discharge: 11/23/2026
Priority flag:         Expedited (72 hr)
Documents:             3

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "SNF", "urgent", None, "M554433221", True), tags=["system_generated"])

E(139, "planfwd", "11-23 08:30 -0800", "new P2P scheduling template",
"""Hi all, starting Monday please use the new P2P scheduling template in the shared drive (UM > Templates)
when you send times to the medical directors. The old one is missing the callback field. Thanks! -Jen""", sig=False,
  lab=("other", None, "low", None, None, False), tags=["internal", "misleading_subject"])

E(140, "larkspur", "11-23 10:00 -0500", "Extension - Owen Marsh",
"""Hello!

Mr. Owen Marsh (AUTH-2026-005330) admitted with us 11/21. His first review date / LCD is 11/25, and we're
requesting 10 more days: strength is improving (MMT 3/5 proximal LE) but he's still a 2-person transfer.
Therapy notes attached.""",
  attach=["Marsh_therapy_1123.pdf"],
  lab=("extension_request", "IRF", "normal", "2026005330", None, False))

E(141, "northgate", "11-24 09:00 -0600", "P2P - Cortez - continued stay denial",
"""Good morning,

Our PM&R attending, Dr. Sunita Rao, requests a peer to peer regarding the denial of continued ARU stay for
Mrs. Evelyn Cortez, AUTH-2026-005010. Her LCD is today. Dr. Rao is available 11:30-1:00 and after 3.

Thank you,""",
  lab=("p2p_request", "IRF", "urgent", "2026005010", None, False))

E(142, "lakeshore", "11-24 13:00 -0500", "Expedited appeal - Carvalho",
  html="""<html><body><p>Good afternoon,</p>
<p>Lakeshore Memorial is requesting an <b>expedited appeal</b> of the SNF denial for Mrs. In&ecirc;s
Carvalho (M207700451), AUTH-2026-005266. She lives alone, cannot bear weight through the L arm for
transfers, and fell twice on the unit this week. Attending's letter attached.</p>
<p>Thank you,</p></body></html>""", enc="b64",
  attach=["Carvalho_appeal_letter.pdf"],
  lab=("appeal", "SNF", "urgent", "2026005266", "M207700451", True))

E(143, "delgado", "11-24 19:00 -0700", "gracias",
"""Gracias! They told us the appeal was approved and my father can stay at Willow Bend. Thank you so much
to everyone who helped us. Dios los bendiga.""",
  lab=("other", None, "low", None, None, False), tags=["ack", "mixed_language", "family"])

E(144, "pruitt", "11-25 10:00 -0500", "Hughes reconsideration - past 14 days",
"""Good morning,

The reconsideration for Mr. Lamar Hughes' long-term acute care hospital admission (AUTH-2026-004610) was
filed on November 9. Could you please advise of the status or the determination?

Sincerely,""",
  lab=("status_inquiry", "LTAC", "normal", "2026004610", None, False))

E(145, "willowbend", "11-25 13:00 -0500", "Wren - recert",
"""Hello,

Attached is the updated therapy recertification for Mr. Tobias Wren (Case #5420). His stay is already
approved through 11/27, so this is just the routine update -- no action needed.

Thanks!""", enc="b64",
  attach=["Wren_recert_1125.pdf"],
  lab=("updated_clinicals", "SNF", "normal", "2026005420", None, False), tags=["approved_routine"])

E(146, "harbor", "11-30 08:00 -0500", "RE: RE: New acute rehab request - Weiss",
"""Bumping this up -- any decision? Pt remains here.

From: Dana Whitlock, RN
Sent: Friday, November 27, 2026 9:12 AM
Subject: RE: New acute rehab request - Weiss

Following up; family has accepted the Larkspur bed.

From: Dana Whitlock, RN
Sent: Wednesday, November 25, 2026 1:30 PM
Subject: New acute rehab request - Weiss

New acute rehab request for Mr. Julian Weiss, M334455667, 66 y/o s/p CABG x4 with post-op stroke,
L neglect. He should be ready for discharge Monday.""",
  lab=("status_inquiry", "IRF", "urgent", None, "M334455667", False),
  tags=["reply", "long_thread", "thread_len_3", "quoted_relative_date", "disclaimer"])

E(147, "stlucian", "12-01 10:00 -0600", "LTACH - Harmon",
"""LTACH auth needed stat pt Harmon M909123456, bed @ Bayside today. trach/PEG, vent 40%, see portal.""",
  lab=("new_request", "LTAC", "urgent", None, "M909123456", True), tags=["terse"])

E(148, "maplecrest", "12-02 09:00 -0500", "Reddick - continued stay",
"""Good morning,

Mrs. Opal Reddick (AUTH-2026-004011) is currently approved through 12/4. Requesting 7 more days:
she's back to CGA transfers and we're working on stair training before home.

Thank you!""",
  lab=("extension_request", "SNF", "normal", "2026004011", None, False))

E(149, "noise", "12-02 11:00 +0000", "Skilled Nursing Today: payer prior-auth reform, STAT!",
"""SKILLED NURSING TODAY - weekly digest

* MA plans must publish prior authorization metrics -- what it means for SNF admissions
* LTACH site-neutral payment update
* Webinar: winning peer-to-peer conversations (Dec 10)

Unsubscribe: https://snftoday.example/u""", sig=False, frm="Skilled Nursing Today <digest@snftoday.example>",
  lab=("other", None, "low", None, None, False), tags=["newsletter"])

E(150, "oyelaran", "12-03 07:00 -0500", "Albers P2P",
"""Dr. Greer and I had the P2P yesterday on Albers (AUTH-2026-005150). What was the final decision?
She said she'd review the PT note first.""",
  lab=("status_inquiry", None, "normal", "2026005150", None, False), tags=["misleading_subject"])
# ---------------------------------------------------------------- 0151-0195
E(151, "desertpalms", "11-26 10:00 -0700", "Referral - Wendell Price",
"""Morning,

Desert Palms has accepted Mr. Wendell Price, M431298765, from Banner Creek Hospital (bilateral PE,
deconditioned, new home O2). Requesting SNF authorization for admission on 12/1.

Ray""",
  lab=("new_request", "SNF", "normal", None, "M431298765", False))

E(152, "fenwick", "11-26 20:30 -1000", "LTACH request - Leilani Ortiz",
"""Aloha,

Requesting authorization for long term acute care for Mrs. Leilani Ortiz, M612398740, 72, s/p
prolonged ICU stay for necrotizing fasciitis of the thigh, multiple debridements, wound vac, TPN.
Transfer planned tomorrow, 11/27, to Pali Long-Term Acute Care Hospital if approved.""",
  lab=("new_request", "LTAC", "high", None, "M612398740", False), tags=["late_night_utc_next_day"])

E(153, "willowbend", "11-27 08:00 -0500", "Wren home",
"""Happy Friday! Mr. Tobias Wren (Case #5420) went home yesterday -- Thanksgiving dinner with his son's
family. Please close his auth. Have a nice weekend.""",
  lab=("discharge_notice", "SNF", "low", "2026005420", None, False))

E(154, "maplecrest", "11-27 11:00 -0500", "Bly - MDS and PT for pending review",
"""Hello UM team,

For the pending concurrent review on Mr. Horace Bly, AUTH-2026-005410: attached are his updated MDS
section GG scores and this week's PT progress note. Bed mobility improved to supervision; still mod A
for toileting.

Thank you!""", enc="qp",
  attach=["Bly_GG_1127.pdf", "Bly_PT_week3.pdf"],
  lab=("updated_clinicals", "SNF", "high", "2026005410", None, False))

E(155, "larkspur", "11-28 09:00 -0500", "Marsh - planned discharge",
"""Good morning,

Quick note that Mr. Owen Marsh (AUTH-2026-005330) will discharge home on Wednesday 12/2 with outpatient
neuro PT. Discharge summary to follow.

Warmly,
Priya""", sig=False,
  lab=("discharge_notice", None, "normal", "2026005330", None, False))

E(156, "northgate", "11-30 07:15 -0600", "Reconsideration - Cortez",
"""Good morning,

Requesting reconsideration of the denial of continued ARU stay for Mrs. Evelyn Cortez (AUTH-2026-005010).
The peer to peer on 11/24 upheld the denial. She went home on 11/25, so this concerns the days 11/24-11/25.
Documentation of her daily 3-hour therapy participation is attached.""",
  attach=["Cortez_therapy_minutes.pdf"],
  lab=("appeal", "IRF", "high", "2026005010", None, False))

E(157, "lindqvist", "12-04 17:00 -0600", "Dad is home",
"""Hi, just letting you know Dad came home from the skilled nursing facility yesterday. He's using the
walker and the home nurse starts Monday. I guess you can close his file? Thanks for everything.""",
  lab=("discharge_notice", "SNF", "low", None, None, False), tags=["family"])

E(158, "abernathy", "11-30 09:30 -0500", "LTAC request - Theo Grunwald",
"""Good morning,

Dr. Abernathy requests LTAC authorization for Mr. Theo Grunwald (M220011998), who remains on BiPAP 20 hrs/day
at Mercy Ridge after an ALS-related respiratory decline. If LTAC is not approved, she would accept a SNF
with respiratory therapy capability as a fallback. Letter attached.""",
  attach=["Grunwald_letter.pdf"],
  lab=("new_request", "LTAC", "normal", None, "M220011998", False), tags=["fallback_loc", "multi_loc"])

E(159, "planfwd", "11-30 11:00 -0800", "FW: Expedited SNF review - Kenji Tan",
"""pls handle

-----Original Message-----
From: Aiyana Fenwick <afenwick@kapualani-med.example>
Sent: Sunday, November 29, 2026 9:00 PM
To: UM Fax Queue
Subject: Expedited SNF review - Kenji Tan

Requesting expedited review for SNF placement for Mr. Kenji Tan, M770011223, 80, hip fracture s/p
hemiarthroplasty, lives alone in a walk-up. Discharge planned Wednesday.

Mahalo,
Aiyana Fenwick, RN""",
  lab=("new_request", "SNF", "urgent", None, "M770011223", True), tags=["forward", "urgency_in_forward"])

E(160, "oyelaran", "12-01 16:00 -0500", "Jessup - PT eval",
"""PT eval attached for the acute rehab request on Jessup (her old SNF auth was AUTH-2026-005400).
Tolerated 3 hrs across PT/OT today without desaturation.""",
  attach=["Jessup_PT_1201.pdf"],
  lab=("updated_clinicals", "IRF", "high", "2026005400", None, False), tags=["multi_loc"])

E(161, "bayside", "12-01 09:00 -0800", "Albright DC plan",
"""Hi team,

Mrs. Albright (Case #5466) is off the vent since the night of 11/28 and tolerating trach collar 24/7.
Plan is to discharge from our LTACH to Maplecrest Skilled Nursing on 12/4. Maplecrest is submitting their
own request.""",
  lab=("discharge_notice", "LTAC", "normal", "2026005466", None, False), tags=["multi_loc"])

E(162, "stlucian", "12-02 08:00 -0600", "p2p req",
"""p2p req for harmon LTACH denial AUTH-2026-005702. dr okafor avail 2-4p today or tmrw""",
  lab=("p2p_request", "LTAC", "high", "2026005702", None, False), tags=["terse"])

E(163, "harbor", "12-02 10:00 -0500", "LTACH request - Arturo Baez",
"""Hello,

Requesting LTACH authorization for Mr. Arturo Baez, M882211004. 59 y/o, prolonged mechanical ventilation
after cardiac arrest, trach/PEG 11/24, intermittent fevers resolved, on 40% FiO2. Bayside has accepted.
Transfer requested 12/3.

Thank you,""",
  html="""<html><body><p>Hello,</p><p>Requesting <b>LTACH</b> authorization for Mr. Arturo Baez, M882211004.
59 y/o, prolonged mechanical ventilation after cardiac arrest, trach/PEG 11/24, intermittent fevers
resolved, on 40% FiO2. Bayside has accepted. <b>Transfer requested 12/3.</b></p><p>Thank you,<br>Dana
Whitlock, RN, CCM</p></body></html>""", enc="qp",
  lab=("new_request", "LTAC", "high", None, "M882211004", False), tags=["disclaimer"])

E(164, "referralink", "12-02 15:00 +0000", "[ReferraLink] New referral RL-89740 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-89740
Patient:               SOLBERG, INGRID
Member ID:             M661177224
Sending facility:      Lakeshore Memorial Hospital
Level of care:         LTCH
Receiving facility:    Bayside Specialty Hospital
Anticipated discharge: 12/07/2026
Priority flag:         Routine
Documents:             11

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "LTAC", "normal", None, "M661177224", False), tags=["system_generated"])

E(165, "lakeshore", "12-03 08:30 -0500", "Status?",
"""Hi,

Case # 5630 was denied yesterday. We need a peer to peer -- Dr. Patel is available today 1-2 pm.
The LTACH bed at Bayside will be given away tomorrow if we don't have an answer.

Thank you,""",
  lab=("p2p_request", "LTAC", "high", "2026005630", None, False), tags=["misleading_subject"])

E(166, "willowbend", "12-03 09:00 -0500", "Vance - LCD tomorrow",
"""Hello,

Mr. Lou Vance (Case #5020) is approved through 12/4, which is tomorrow. Requesting 7 more days: the wound
vac continues (wound now 4.1 x 3.0 x 1.2 cm, improving) and his IV antibiotics end 12/3 but he still needs
skilled nursing for the vac. Notes attached.""",
  attach=["LVance_1203.pdf"],
  lab=("extension_request", "SNF", "high", "2026005020", None, False))

E(167, "delgado", "12-03 11:00 -0700", "mi papa ya esta en casa",
"""Hello, just to let you know my father Ernesto Delgado (M507731846) came home from skilled nursing on
Tuesday 12/1. He is walking with the walker now. Muchas gracias.""",
  lab=("discharge_notice", "SNF", "low", None, "M507731846", False), tags=["mixed_language", "family"])

E(168, "maplecrest", "12-03 13:00 -0500", "Holiday hours",
"""Hi friends at Cascade Summit!

Our admissions office will be closed 12/24 and 12/25. For referrals on those days please call our
weekend supervisor at (555) 010-7790. Happy holidays from all of us at Maplecrest!""",
  lab=("other", None, "low", None, None, False), tags=["announcement"])

E(169, "desertpalms", "12-03 09:00 -0700", "Price - continued stay - LCD today",
"""Morning,

Requesting continued stay for Mr. Wendell Price, AUTH-2026-005720. LCD is today, 12/3. He still needs
skilled PT/OT (ambulating 80 ft on 3 L O2 with RW, desats with exertion) and O2 titration.
Notes uploaded.

Ray""",
  lab=("extension_request", "SNF", "urgent", "2026005720", None, False))

E(170, "fenwick", "12-03 19:30 -1000", "Ortiz LTACH - decision?",
"""Aloha,

Checking again on the LTACH request for Mrs. Leilani Ortiz (M612398740). Her transfer keeps getting
pushed back while we wait. Can we get a decision? Her family is flying in on Saturday.""",
  lab=("status_inquiry", "LTAC", "normal", None, "M612398740", False), tags=["late_night_utc_next_day"])

E(171, "northgate", "12-04 08:00 -0600", "Lindgren DC today",
"""Good morning -- Mr. Bo Lindgren (AUTH-2026-005590) will discharge from the ARU to home this afternoon
with his wife; outpatient therapy starts Monday.""",
  lab=("discharge_notice", "IRF", "normal", "2026005590", None, False))

E(172, "pruitt", "12-04 10:00 -0500", "Expedited reconsideration - Lottie Burns",
"""To the Appeals Unit:

I have been appointed representative for Mrs. Lottie Burns. Please accept this as her request for an
expedited reconsideration of the denial of inpatient rehabilitation, AUTH-2026-005555. She remains
hospitalized at Mercy Ridge and her physician supports the request.

Sincerely,""",
  lab=("appeal", "IRF", "urgent", "2026005555", None, True))

E(173, "noise", "12-04 06:00 +0000", "Remittance on hold - confirm banking details",
  html="""<html><body><p>Dear Provider,</p><p>Your December remittance is on hold. Please confirm your banking
details within 24 hours at <a href="http://payer-remit.test/confirm">the provider remittance portal</a> to
avoid delays.</p><p>Claims Department</p></body></html>""", frm="Claims Dept <claims@payer-remit.test>",
  lab=("other", None, "low", None, None, False), tags=["phish"])

E(174, "oyelaran", "12-04 14:00 -0500", "SNF - Navarro - time sensitive",
"""Time sensitive: need SNF auth for Mr. Gil Navarro, M300120987, medically ready today. Maplecrest has a bed.
CHF, deconditioning, PT rec SNF. Notes in the portal.""",
  lab=("new_request", "SNF", "urgent", None, "M300120987", False), tags=["asap_only"])

E(175, "larkspur", "12-04 15:00 -0500", "Jessup referral",
"""Hi there, any update on Mrs. Alma Jessup's referral to us? No rush at all, just checking in before the
weekend.""",
  lab=("status_inquiry", "IRF", "normal", None, None, False), tags=["polite"])

E(176, "desertpalms", "11-02 09:00 -0700", "new referral",
"""Morning,

We have a referral for a Cascade Summit member, Mrs. Nadine Oakes (DOB 4/4/1939), from Mesa Valley
Hospital after a UTI with delirium and a fall. She needs SNF for PT/OT. Hospital wants to DC Thursday.
I don't have her member number yet, the hospital is sending it.

Ray""",
  lab=("new_request", "SNF", "normal", None, None, False))

E(177, "fenwick", "11-02 16:00 -1000", "Case #5022 vent settings",
"""Aloha, attached are today's vent settings and ABGs for Mr. Keoni Alana, Case #5022, pending LTAC review.""",
  attach=["Alana_vent_1102.pdf"],
  lab=("updated_clinicals", "LTAC", "high", "2026005022", None, False))

E(178, "willowbend", "11-03 10:00 -0500", "New fax number",
"""Hello,

Please note Willow Bend's medical records department has a new fax number, 555-0188, effective today.
The old number will be disconnected on 11/30.

Thank you,""",
  lab=("other", None, "low", None, None, False), tags=["announcement"])

E(179, "harbor", "11-04 12:00 -0500", "Expedited P2P request - Marchetti",
"""Hello,

Dr. Mei Lin is requesting an expedited peer-to-peer for the SNF denial on Mr. Oleg Marchetti,
AUTH-2026-004090. He lives alone, cannot manage stairs, and is otherwise ready to leave.

Thank you,""",
  lab=("p2p_request", "SNF", "urgent", "2026004090", None, True), tags=["disclaimer"])

E(180, "lakeshore", "11-04 15:00 -0500", "Cole - LTACH request status",
"""Hi,

Could you let me know the status of the LTACH request for Mr. Jerome Cole (M900182734), submitted 11/2?
We haven't received anything yet.

Thanks,""",
  lab=("status_inquiry", "LTAC", "normal", None, "M900182734", False))

E(181, "bayside", "11-05 08:00 -0800", "Whitcomb - ABGs",
"""Updated ABGs attached for Mr. Whitcomb's pending LTACH request (M300918274). pH 7.29 / pCO2 61 on 40%.
Please expedite the review, he's failing on the floor at Harborview.""",
  attach=["Whitcomb_ABG_1105.pdf"],
  lab=("updated_clinicals", "LTAC", "urgent", None, "M300918274", True))

E(182, "maplecrest", "11-05 16:00 -0500", "Finch sent out",
"""Hello,

Mrs. Ada Finch (Case #4702) was sent out to the St. Lucian ED this afternoon with chest pain and has
been admitted there. Please close out her stay with us. We'll let you know if she comes back.

Thank you,""",
  lab=("discharge_notice", "SNF", "low", "2026004702", None, False))

E(183, "larkspur", "11-06 14:00 -0500", "Auto-reply: Referral received",
"""Thank you for contacting Larkspur Rehabilitation Institute intake. Your message has been received and a
coordinator will respond within one business day. For urgent admissions, please call 555-0165.

This is an automated message.""", sig=False,
  lab=("other", None, "low", None, None, False), tags=["ooo", "system_generated"])

E(184, "northgate", "11-10 09:00 -0600", "Brennan - PM&R consult",
"""Good morning,

PM&R consult attached for the pending ARU request on Mr. Colm Brennan (M677120045). Dr. Rao documents
that he can tolerate 3 hrs/day and has clear functional goals.

Thanks,""",
  attach=["Brennan_PMR_consult.pdf"],
  lab=("updated_clinicals", "IRF", "high", None, "M677120045", False))

E(185, "stlucian", "11-10 13:00 -0600", "pls disregard",
"""pls disregard my last email, sent to wrong payer. sorry""",
  lab=("other", None, "low", None, None, False), tags=["terse"])

E(186, "abernathy", "11-11 10:00 -0500", "Reschedule peer to peer - Simms",
"""Hi,

Dr. Abernathy has a conflict at the scheduled peer to peer time on 11/12. Could we move it to Friday 11/13
at 8:00 am or any time after 4? This is for Walter Simms, Ref: 2026004420.

Thank you,""",
  lab=("p2p_request", None, "high", "2026004420", None, False))

E(187, "oyelaran", "11-12 07:00 -0500", "IRF request - Odell",
"""Not urgent -- Mrs. Beverly Odell (M118800776) will be ready for acute inpatient rehab early next week
after her last dialysis session is moved to outpatient. Requesting IRF auth, clinicals in portal.""",
  lab=("new_request", "IRF", "normal", None, "M118800776", False), tags=["negated_expedite"])

E(188, "pruitt", "11-13 10:00 -0500", "Silver Path Elder Advocates - November newsletter",
  html="""<html><body><h3>Silver Path Elder Advocates &ndash; November</h3><p>In this issue: how to file an
expedited appeal for a skilled nursing stay, Medicare Open Enrollment ends December 7, and our holiday
caregiver support group schedule.</p><p>To unsubscribe reply STOP.</p></body></html>""",
  lab=("other", None, "low", None, None, False), tags=["newsletter"])

E(189, "referralink", "11-14 12:00 +0000", "[ReferraLink] New referral RL-88555 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-88555
Patient:               MARLOWE, DEIRDRE
Member ID:             M447700215
Sending facility:      Harborview Regional Medical Center
Level of care:         Acute Rehab
Receiving facility:    Larkspur Rehabilitation Institute
Anticipated discharge: 11/16/2026
Priority flag:         Urgent
Documents:             6

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "IRF", "urgent", None, "M447700215", True), tags=["system_generated"])

E(190, "desertpalms", "11-16 08:00 -0700", "Oakes auth?",
"""Morning, checking on the SNF auth for Mrs. Nadine Oakes -- she came to us on 11/5 on a pending auth and
we still don't have a number. Her member ID turned out to be M339911772.

Ray""",
  lab=("status_inquiry", "SNF", "normal", None, "M339911772", False))

E(191, "fenwick", "11-17 18:00 -1000", "Reconsideration - Keoni Alana - Case #5022",
"""Aloha,

Kapualani Medical Center requests reconsideration of the LTAC denial for Mr. Keoni Alana, Case #5022.
He remains trach/vent dependent with 3 failed weaning trials; our ICU cannot provide a structured weaning
program. Attending letter attached.""",
  attach=["Alana_reconsideration_letter.pdf"],
  lab=("appeal", "LTAC", "high", "2026005022", None, False), tags=["late_night_utc_next_day"])

E(192, "willowbend", "11-17 12:00 -0500", "Continued stay - Pennington",
"""Hello,

Requesting continued stay review for Mrs. Ida Pennington, AUTH-2026-004905. She's making progress with
PT (now 100 ft with RW, CGA) but still needs skilled nursing for a new ostomy and teaching.
Notes attached.

Thanks!""",
  attach=["Pennington_notes.pdf"],
  lab=("extension_request", "SNF", "normal", "2026004905", None, False))

E(193, "maplecrest", "11-19 09:00 -0500", "Lowry",
  html="""<html><body><p>Hi!</p><p>Any news on the auth for <b>Mrs. Edna Lowry</b> (M118223344)? She arrived
yesterday on a pending authorization and our business office is asking.</p><p>Thank you!!</p></body></html>""",
  lab=("status_inquiry", "SNF", "normal", None, "M118223344", False))

E(194, "lakeshore", "11-20 08:00 -0500", "Rehab request - Moss",
"""Good morning,

New request: Mr. Terrence Moss, M605511239, s/p L MCA stroke with aphasia. We discussed SNF with the family,
but they chose inpatient rehab after the PM&R consult, so please review for IRF. Larkspur accepted.
Anticipated discharge Sunday 11/22.

Thank you,""",
  lab=("new_request", "IRF", "normal", None, "M605511239", False), tags=["multi_loc"])

E(195, "harbor", "11-23 11:00 -0500", "Thank you - Palmer",
"""Hi team, thank you for the quick approval for Mr. Palmer's LTACH transfer. He went over to Bayside
this morning.

Best,
Dana""", sig=False,
  lab=("other", None, "low", None, None, False), tags=["ack"])
# ---------------------------------------------------------------- 0196-0240
E(196, "desertpalms", "11-18 08:00 -0700", "Oakes - wound photos + PT eval",
"""Morning,

Attached are the wound photos (L heel, unstageable) and the PT eval for Mrs. Nadine Oakes, M339911772,
for her pending SNF auth.

Ray""",
  attach=["Oakes_heel_photos.pdf", "Oakes_PT_eval.pdf"],
  lab=("updated_clinicals", "SNF", "high", None, "M339911772", False))

E(197, "desertpalms", "11-20 14:00 -0700", "Oakes - more days",
"""Afternoon,

Thanks for approving Mrs. Oakes (AUTH-2026-005212). She's approved through 11/21 and we are requesting
10 more days -- heel wound needs daily dressing changes, she's offloading with a boot, and PT has her at
50 ft with RW.

Ray""",
  lab=("extension_request", "SNF", "high", "2026005212", None, False))

E(198, "desertpalms", "11-30 10:00 -0700", "Oakes DC",
"""Mrs. Nadine Oakes (AUTH-2026-005212) discharged to her daughter's home on 11/28 with home health.
You can close her out.

Ray""",
  lab=("discharge_notice", "SNF", "low", "2026005212", None, False))

E(199, "fenwick", "11-09 17:00 -1000", "SNF request - Makoa Kealoha",
"""Aloha,

Requesting skilled nursing facility authorization for Mr. Makoa Kealoha, M101010877, 77, s/p L TKA with
slow progress (knee flexion 60 degrees, walking 20 ft). Anticipated discharge 11-11 to Hale Malama SNF.""",
  lab=("new_request", "SNF", "normal", None, "M101010877", False), tags=["late_night_utc_next_day"])

E(200, "fenwick", "11-23 21:45 -1000", "Alana reconsideration?",
"""Aloha, any word on the LTAC reconsideration for Mr. Keoni Alana (Case #5022)? It was filed 11/17.
He's still on our unit.""",
  lab=("status_inquiry", "LTAC", "normal", "2026005022", None, False), tags=["late_night_utc_next_day"])

E(201, "lindqvist", "11-09 12:00 -0600", "Is it approved?",
"""Hello, I'm Arne Lindqvist's son. The hospital said his skilled nursing paperwork was sent to you and he
was supposed to leave St. Lucian today. Is it approved? We're all waiting at the hospital.

Kevin Lindqvist
555-0123""", sig=False,
  lab=("status_inquiry", "SNF", "urgent", None, None, False), tags=["family"])

E(202, "lindqvist", "12-01 08:00 -0600", "I want to appeal",
"""Hi,

We got a letter saying the plan will stop paying for Dad's skilled nursing after Wednesday 12/2. I want
to appeal that decision. He isn't ready to come home yet: he still can't get up from the toilet by
himself and Mom can't lift him.

Kevin""", sig=False,
  lab=("appeal", "SNF", "high", None, None, False), tags=["family"])

E(203, "delgado", "11-13 20:00 -0700", "nadie nos dice nada",
"""Hello, the nursing home says today was my father's last day covered and nobody has told us anything
about the appeal. What is happening? Ernesto Delgado, M507731846. Please call me.""",
  lab=("status_inquiry", None, "urgent", None, "M507731846", False), tags=["family", "mixed_language", "late_night_utc_next_day"])

E(204, "planfwd", "11-16 09:00 -0800", "VM - Bayside - AUTH-2026-004480",
"""Voicemail 8:52 am from Tomas Reyes at Bayside LTACH, callback 555-0199:
"Calling about AUTH-2026-004480, the concurrent review we sent. The LCD was yesterday and we haven't
heard anything. This is urgent, please call me back with the status."

Can whoever has Bayside today call him back? -Jen""", sig=False,
  lab=("status_inquiry", "LTAC", "urgent", "2026004480", None, True), tags=["internal", "overdue"])

E(205, "planfwd", "12-02 14:00 -0800", "coverage 3pm?",
"""Can someone cover my 3pm P2P scheduling calls today? Dentist appt I forgot about. Will owe you one!
-Jen""", sig=False,
  lab=("other", None, "low", None, None, False), tags=["internal", "misleading_subject"])

E(206, "planfwd", "11-27 09:00 -0800", "Fwd: Reconsideration request - Pike",
"""---------- Forwarded message ---------
From: Mercy Ridge Case Management <cm@mercyridge.example>
Date: Thu, Nov 26, 2026 at 4:40 PM
Subject: Reconsideration request - Pike
To: <appeals@cascadesummit-hp.example>

Mercy Ridge Medical Center requests reconsideration of the denial of SNF admission for Mr. Gordon Pike,
AUTH-2026-005333, M220044660. He requires 2-person assist and IV antibiotics through 12/6, which cannot
be provided at home. Attending letter attached to the original.""",
  lab=("appeal", "SNF", "high", "2026005333", "M220044660", False), tags=["forward"])

E(207, "harbor", "11-24 10:00 -0500", "P2P request - Kalb - AUTH-2026-005280",
"""Good morning,

Dr. Mei Lin requests a peer-to-peer regarding the SNF denial for Mrs. Verna Kalb, AUTH-2026-005280.
Mrs. Kalb is ready for discharge tomorrow. Dr. Lin is available 10-12 today and after 2.

Thank you,""",
  lab=("p2p_request", "SNF", "high", "2026005280", None, False), tags=["disclaimer"])

E(208, "harbor", "12-04 09:00 -0500", "Baez - cultures and vent settings",
"""Hello,

For Mr. Arturo Baez's pending LTACH request (M882211004): attached are the trach aspirate culture
(pan-sensitive Pseudomonas, on cefepime) and this morning's vent settings (PS 12/5, 35%).

Thank you,""",
  attach=["Baez_culture_1203.pdf", "Baez_vent_1204.pdf"],
  lab=("updated_clinicals", "LTAC", "high", None, "M882211004", False), tags=["disclaimer"])

E(209, "stlucian", "11-09 16:00 -0600", "RE: KESSLER",
"""pt note from today attached. still waiting

> PT KESSLER M330044129 NEEDS SNF AUTH. READY FOR DC SINCE YESTERDAY, WILLOW BEND ACCEPTED.
> CLINICALS ON PORTAL.
> (sent Fri 11/6)""",
  attach=["kessler_PT_1109.pdf"],
  lab=("updated_clinicals", "SNF", "urgent", None, "M330044129", False), tags=["reply", "overdue", "terse", "quoted_relative_date"])

E(210, "stlucian", "11-30 09:00 -0600", "gomez??",
"""gomez SNF auth?? dc is today, Willow Bend waiting on us. M123098456""",
  lab=("status_inquiry", "SNF", "urgent", None, "M123098456", False), tags=["terse"])

E(211, "maplecrest", "11-12 10:00 -0500", "Hamm - first concurrent review",
  html="""<html><body><p>Hello UM team!</p><p>Mr. Curtis Hamm (<b>AUTH-2026-005190</b>) admitted on 11/11.
His LCD is 11/14 and we'd like to request 10 more days: PEG feeds, SLP for dysphagia, PT for R hemiparesis
(mod A transfers).</p><p>Thank you!</p></body></html>""",
  lab=("extension_request", "SNF", "normal", "2026005190", None, False))

E(212, "maplecrest", "12-04 11:00 -0500", "Reddick going home",
"""Good morning!

Mrs. Opal Reddick (AUTH-2026-004011) will be going home on Monday with her granddaughter, home health
set up. We'll send the discharge summary after she leaves.

Have a great weekend!""",
  lab=("discharge_notice", "SNF", "normal", "2026004011", None, False))

E(213, "willowbend", "11-27 15:00 -0500", "Peer to peer request - Pennington",
"""Hello,

Our medical director, Dr. Felix Amadi, would like a peer-to-peer about the continued-stay denial for
Mrs. Ida Pennington (AUTH-2026-004905). Her LCD per the notice is Monday 11/30. He is available
Monday morning 8-10.

Thanks,""",
  lab=("p2p_request", "SNF", "high", "2026004905", None, False))

E(214, "willowbend", "12-04 10:00 -0500", "Reconsideration - Pennington",
"""Hello,

Willow Bend requests reconsideration of the continued stay denial for Mrs. Ida Pennington,
AUTH-2026-004905 (the peer to peer on 11/30 upheld it). Standard timeframe is fine; she is
private-pay in the meantime. Records attached.

Thank you,""", enc="b64",
  attach=["Pennington_records.pdf"],
  lab=("appeal", "SNF", "high", "2026004905", None, False))

E(215, "bayside", "11-24 08:00 -0800", "Albright - first review",
"""Morning team,

Mrs. Albright, Case #5466: first LCD is tomorrow (11/25). Requesting 14 more days -- still on AC 40%,
PEEP down to 8, daily SBTs started. RT notes attached.""",
  attach=["Albright_RT_1124.pdf"],
  lab=("extension_request", "LTAC", "high", "2026005466", None, False))

E(216, "bayside", "12-04 12:00 -0800", "Palmer - weekly",
"""Hi all -- weekly update on Mr. Richard Palmer (AUTH-2026-005310), already approved through 12/10.
Abdomen closing well, TPN weaned to cycled, PT out of bed to chair. FYI only, nothing needed.""",
  lab=("updated_clinicals", "LTAC", "normal", "2026005310", None, False), tags=["approved_routine"])

E(217, "larkspur", "11-16 11:00 -0500", "Extension - Abercrombie",
"""Hello!

Requesting an extension for Mrs. Joan Abercrombie, AUTH-2026-005105. Her current LCD is tomorrow,
11/17. She has had steady gains but needs 5 more days for stair training and car transfers before
home with her husband. Team conference note attached.""", enc="qp",
  attach=["Abercrombie_conf_1116.pdf"],
  lab=("extension_request", "IRF", "high", "2026005105", None, False))

E(218, "larkspur", "11-30 14:00 -0500", "Marsh - FIM update",
"""Hi there,

Attaching Mr. Marsh's updated functional scores for the extension under review (AUTH-2026-005330).
He is now transferring with one person, min A.""",
  attach=["Marsh_FIM_1130.pdf"],
  lab=("updated_clinicals", "IRF", "high", "2026005330", None, False))

E(219, "northgate", "11-17 10:00 -0600", "URGENT: Brennan update",
"""Sorry, this isn't urgent -- Mr. Brennan's ARU stay is already approved (AUTH-2026-005188). Attaching his
weekly team conference note for your records.""",
  attach=["Brennan_team_conf_1117.pdf"],
  lab=("updated_clinicals", "IRF", "normal", "2026005188", None, False), tags=["misleading_subject", "approved_routine", "negated_expedite"])

E(220, "northgate", "12-02 13:00 -0600", "ARU referral - Oduya",
"""Hello,

ARU referral for Mrs. Fern Oduya, M778812340, 81, bilateral subdural s/p burr holes, now following
commands, walking 30 ft mod A. Neurosurgery has cleared her for transfer to the unit tomorrow 12/3.

Thanks,""",
  lab=("new_request", "IRF", "high", None, "M778812340", False))

E(221, "lakeshore", "11-27 10:00 -0500", "Moss - still waiting",
  html="""<html><body><p>Hello,</p><p>Mr. Terrence Moss (M605511239) was expected to discharge to inpatient
rehab on 11/22 and is still here waiting on the IRF decision. Could you tell us where this stands?</p>
<p>Thank you,</p></body></html>""",
  lab=("status_inquiry", "IRF", "urgent", None, "M605511239", False), tags=["overdue"])

E(222, "lakeshore", "12-04 16:00 -0500", "Automatic reply: Moss - still waiting",
"""I will be out of the office December 7-11. For urgent discharge planning needs, please contact the
Transitions line at 555-0155.

Tina Brooks""", sig=False,
  lab=("other", None, "low", None, None, False), tags=["ooo"])

E(223, "oyelaran", "11-25 11:00 -0500", "RE: P2P - Ortega",
"""See below -- any chance we can still do this today?

-----Original Message-----
From: Samuel Oyelaran MD
Sent: Tuesday, November 24, 2026 6:02 PM
Subject: P2P - Ortega

Requesting a P2P for Mrs. Ortega's LTAC denial, Ref: 2026005388. Her DC is tomorrow.""",
  lab=("p2p_request", "LTAC", "urgent", "2026005388", None, False), tags=["reply", "quoted_relative_date"])

E(224, "abernathy", "11-20 11:00 -0500", "Thank you - Simms",
"""Good morning,

Dr. Abernathy asked me to pass along her thanks -- Walter Simms was admitted to Bayside yesterday after
the appeal was approved (Ref: 2026004420).

Have a nice weekend,""",
  lab=("other", None, "low", "2026004420", None, False), tags=["ack"])

E(225, "abernathy", "12-04 09:00 -0500", "SNF request - Ivy Carrow",
"""Good morning,

Dr. Abernathy requests skilled nursing authorization for her patient Mrs. Ivy Carrow, M909000123, who is
being discharged from Mercy Ridge on Monday after a COPD exacerbation. She will need O2 titration,
nebulizers and PT. Letter attached.""",
  attach=["Carrow_LMN.pdf"],
  lab=("new_request", "SNF", "normal", None, "M909000123", False))

E(226, "pruitt", "11-30 10:00 -0500", "Expedited reconsideration - Corinne Yates",
"""To the Appeals Unit:

Please treat this as a request for EXPEDITED reconsideration on behalf of Ms. Corinne Yates, M889912340,
of the denial of acute inpatient rehabilitation (AUTH-2026-005691). Appointment of representative
attached.

Sincerely,""",
  attach=["Yates_AOR.pdf"],
  lab=("appeal", "IRF", "urgent", "2026005691", "M889912340", True))

E(227, "referralink", "11-27 14:00 +0000", "[ReferraLink] New referral RL-89470 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-89470
Patient:               HOLLOWAY, SUSAN
Member ID:             M228811447
Sending facility:      Lakeshore Memorial Hospital
Level of care:         SNF
Receiving facility:    Maplecrest Skilled Nursing & Rehab
Anticipated discharge: 11/28/2026
Priority flag:         Routine
Documents:             4

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "SNF", "high", None, "M228811447", False), tags=["system_generated"])

E(228, "referralink", "12-03 22:00 +0000", "[ReferraLink] New referral RL-89811 for Cascade Summit Health Plan",
"""ReferraLink - Referral Notification

Referral #:            RL-89811
Patient:               TREMBLAY, LUC
Member ID:             M330022119
Sending facility:      Harborview Regional Medical Center
Level of care:         LTACH
Receiving facility:    Bayside Specialty Hospital
Anticipated discharge: 12/03/2026
Priority flag:         Routine
Documents:             8

Log in to ReferraLink to view the referral. Do not reply to this message.""",
  lab=("new_request", "LTAC", "urgent", None, "M330022119", False), tags=["system_generated"])

E(229, "noise", "11-20 10:00 +0000", "Automatic reply: Case #5466 - add'l clinicals",
"""Thank you for your email. I am on leave until November 30. For urgent patient matters please contact
the Lakeshore ICU charge nurse.""", sig=False, frm="Hannah Voigt <hvoigt@lakeshore-memorial.test>",
  lab=("other", None, "low", "2026005466", None, False), tags=["ooo"])

E(230, "noise", "11-30 15:00 +0000", "Congratulations! Your $500 gift card is waiting",
  html="""<html><body><p>You have been selected as this month's lucky winner! Claim your $500 gift card
now -- offer expires in 24 hours.</p><p><a href="http://prizes-now.test/claim">CLAIM NOW</a></p></body></html>""",
  frm="Rewards Center <winner@prizes-now.test>",
  lab=("other", None, "low", None, None, False), tags=["spam"])

E(231, "noise", "12-01 12:00 +0000", "Read: LTACH request - Amsel",
"""Your message

  To: Tina Brooks
  Subject: LTACH request - Amsel
  Sent: Tuesday, December 1, 2026 10:20 AM

was read on Tuesday, December 1, 2026 7:02 AM.""", sig=False, frm="Bayside Admissions <admissions@baysideltach.example>",
  lab=("other", None, "low", None, None, False), tags=["read"])

E(232, "oyelaran", "11-02 19:00 -0500", "Brewer SNF",
"""Has anyone looked at the SNF request for Mr. Hal Brewer, M440099812? Sent it 10/30. No DC date yet,
he's still getting IV diuresis, just want to make sure it's in the queue.""",
  lab=("status_inquiry", "SNF", "normal", None, "M440099812", False))

E(233, "harbor", "11-13 13:00 -0500", "Strand - SNF request status",
"""Hello,

Checking on the SNF request for Mr. Emil Strand, M556600441, sent Tuesday 11/10. His discharge is planned
for tomorrow, 11/14, and Willow Bend needs the auth number to accept him on a Saturday.

Thank you,""", enc="qp",
  lab=("status_inquiry", "SNF", "high", None, "M556600441", False), tags=["disclaimer"])

E(234, "maplecrest", "11-25 16:00 -0500", "Bly - review due tomorrow",
"""Hi there!

Just checking on Mr. Horace Bly's concurrent review (AUTH-2026-005410). His LCD is tomorrow (Thanksgiving)
and we want to make sure we don't fall through the cracks over the holiday. Have a wonderful
Thanksgiving!""",
  lab=("status_inquiry", "SNF", "high", "2026005410", None, False))

E(235, "willowbend", "11-09 11:00 -0500", "Nussbaum - ID recs",
"""Hello,

For Mr. Abe Nussbaum (auth-2026-004299): ID saw him this morning and recommends continuing IV ertapenem
through 11/18 (previously 11/12). Copy of the consult note attached.

Thanks,""",
  attach=["Nussbaum_ID_consult_1109.pdf"],
  lab=("updated_clinicals", "SNF", "high", "2026004299", None, False))

E(236, "lakeshore", "11-10 09:00 -0500", "P2P - Carvalho - denied",
  html="""<html><body><p>Hello,</p><p>The SNF request for Mrs. In&ecirc;s Carvalho (M207700451,
AUTH-2026-005266) was denied yesterday. Our attending, Dr. Meera Shah, requests a <b>peer-to-peer</b>.
The patient has been medically ready since 11/5 and remains in an acute bed.</p>
<p>Dr. Shah: 555-0151.</p></body></html>""",
  lab=("p2p_request", "SNF", "urgent", "2026005266", "M207700451", False), tags=["overdue"])

E(237, "bayside", "11-12 13:00 -0800", "Amundsen DC tomorrow",
"""Hi team -- Mr. Dwight Amundsen (AUTH-2026-003640) is weaned and will discharge home tomorrow with
home health and BiPAP at night. Will send the DC summary.""",
  lab=("discharge_notice", "LTAC", "normal", "2026003640", None, False))

E(238, "northgate", "11-27 09:00 -0600", "Brennan - LCD today",
"""Good morning,

Mr. Colm Brennan (AUTH-2026-005188) reaches his LCD today, 11/27. Requesting 5 more days in the ARU:
he developed a DVT on 11/23, therapy was held 2 days, and he's now back on track for a home discharge.""",
  lab=("extension_request", "IRF", "urgent", "2026005188", None, False))

E(239, "larkspur", "12-02 10:00 -0500", "You're invited: stroke rehab CEU evening",
  html="""<html><body><p>Join Larkspur Rehabilitation Institute for a free CEU evening on
<b>advances in stroke rehabilitation</b>, December 15, 5:30 pm. Dinner provided; 1.5 contact hours for
case managers and nurses.</p><p><a href="https://larkspur-rehab.test/ceu">RSVP here</a></p></body></html>""",
  lab=("other", None, "low", None, None, False), tags=["marketing"])

E(240, "delgado", "11-11 08:00 -0700", "carta del doctor",
"""Good morning, attached is the letter from my father's doctor for the skilled nursing case. It explains
why he still needs therapy. Ernesto Delgado, M507731846. Gracias.""",
  attach=["carta_doctor_Delgado.pdf"],
  lab=("updated_clinicals", "SNF", "high", None, "M507731846", False), tags=["family", "mixed_language"])


# ---------------------------------------------------------------- output
def tags_for(e: dict, form: list[str]) -> list[str]:
    subj = e["subject"].lower()
    extra = []
    if subj.startswith(("re:", "aw:")) and "reply" not in e["tags"]:
        extra.append("reply")
    if subj.startswith(("fw:", "fwd:")) and "forward" not in e["tags"] and not e["inner"]:
        extra.append("forward")
    if e["writer"] == "harbor" and e["sig"] and e["body"] is not None:
        extra.append("disclaimer")  # Harborview's signature disclaimer mentions "urgent"
    local = _date(e["when"])
    if local.astimezone(dt.timezone.utc).date() != local.date():
        extra.append("late_night_utc_next_day")
    out = [f"writer:{e['writer']}"]
    for t in form + e["tags"] + extra:
        if t not in out:
            out.append(t)
    return out


def main() -> None:
    EMAILS.sort(key=lambda e: e["n"])
    assert [e["n"] for e in EMAILS] == list(range(1, len(EMAILS) + 1))
    lines = []
    for e in EMAILS:
        raw, form = build(e)
        fn = f"{e['n']:04d}.eml"
        (OUT / fn).write_bytes(raw)
        rt, loc, prio, case, mem, exp = e["lab"]
        lines.append(json.dumps({"file": fn, "request_type": rt, "level_of_care": loc, "priority": prio,
                                 "case_id": case, "member_id": mem, "expedited": exp,
                                 "tags": tags_for(e, form)}))
    (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} e-mails to {OUT}")


if __name__ == "__main__":
    main()
