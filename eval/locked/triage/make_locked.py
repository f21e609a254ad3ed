#!/usr/bin/env python3
"""Generator for the LOCKED blind triage evaluation set.

Every e-mail below was hand-written (written blind from TRIAGE_RUBRIC.md only).
Each item carries its hand-assigned label; the script only builds valid MIME
(standard library `email` package), shuffles the items with a fixed seed and
writes NNNN.eml plus labels.jsonl.
"""
import base64
import email.policy
import hashlib
import html as htmlmod
import json
import mimetypes
import os
import random
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
ITEMS = []  # (label_dict, EmailMessage)

PAYER = "Cedarline Senior Advantage - Pre-Service Intake <psc-intake@cedarlinehealth.example>"


def q(text, mark="> "):
    """Prefix every line of a quoted block."""
    return "\n".join((mark + ln).rstrip() if ln.strip() else mark.rstrip() for ln in text.strip("\n").split("\n"))


def to_html(text):
    """Very small plain->html conversion for multipart/alternative twins."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(ln) for ln in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


_ATT_BYTES = {
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
    "docx": b"PK\x03\x04placeholder-docx",
    "tif": b"II*\x00placeholder-tiff",
    "tiff": b"II*\x00placeholder-tiff",
    "jpg": b"\xff\xd8\xff\xe0placeholder-jpeg",
    "png": b"\x89PNG\r\n\x1a\nplaceholder",
    "xlsx": b"PK\x03\x04placeholder-xlsx",
    "txt": b"placeholder text attachment\n",
    "ics": b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
}


def msg(frm, to, subject, date, body=None, html=None, cc=None, headers=None,
        atts=(), fwd=None, fwd_name=None, charset=None, in_reply_to=None, mid=None):
    m = EmailMessage(policy=email.policy.default)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = frm.split("@")[-1].strip(">").strip()
    h = hashlib.sha1((subject + date + frm).encode("utf-8")).hexdigest()[:16]
    m["Message-ID"] = mid or "<%s@%s>" % (h, dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None and html is not None:
        if charset:
            m.set_content(body, charset=charset, cte="quoted-printable")
        else:
            m.set_content(body)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        if charset:
            m.set_content(body, charset=charset, cte="quoted-printable")
        else:
            m.set_content(body)
    for name in atts:
        ext = name.rsplit(".", 1)[-1].lower()
        ctype, _ = mimetypes.guess_type(name)
        if not ctype:
            ctype = "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        data = _ATT_BYTES.get(ext, b"placeholder attachment\n")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if fwd is not None:
        m.add_attachment(fwd, filename=fwd_name or (str(fwd["Subject"]).replace("/", "-")[:60] + ".eml"))
    return m


def add(rt, loc, pr, case, mem, exp, tags, m):
    assert rt in ("p2p_request", "appeal", "new_request", "extension_request", "updated_clinicals",
                  "status_inquiry", "discharge_notice", "other"), rt
    assert loc in ("IRF", "LTAC", "SNF", None), loc
    assert pr in ("urgent", "high", "normal", "low"), pr
    ITEMS.append(({"request_type": rt, "level_of_care": loc, "priority": pr, "case_id": case,
                   "member_id": mem, "expedited": exp, "tags": list(tags)}, m))


# ---------------------------------------------------------------------------
# Calendar used while writing (2026):
#   Nov: Su1 Mo2 Tu3 We4 Th5 Fr6 Sa7 Su8 Mo9 Tu10 We11 Th12 Fr13 Sa14 Su15 Mo16 Tu17
#        We18 Th19 Fr20 Sa21 Su22 Mo23 Tu24 We25 Th26 Fr27 Sa28 Su29 Mo30
#   Dec: Tu1 We2 Th3 Fr4 Sa5
# ---------------------------------------------------------------------------

# ===========================================================================
# NEW REQUESTS
# ===========================================================================

# NR01 - IRF, DC today -> urgent
add("new_request", "IRF", "urgent", None, "M204118377", False, ["plain", "attachment"], msg(
    "Tamsin Oyelaran <toyelaran@lakeshoregeneral.test>", PAYER,
    "IRF auth request - R MCA CVA", "Tue, 03 Nov 2026 10:22:00 -0600",
    body="""Hello,

Requesting prior auth for IRF admission to Bayfront Rehabilitation Hospital.

Pt: Harold Vance, DOB 04/17/1952
Member ID: M204118377
MRN 00719342 / FIN 4410092871

74M admitted 10/30 with R MCA ischemic stroke, s/p tPA. Residual L hemiparesis,
L neglect, mod assist transfers, min assist ADLs. Tolerating PT and OT 60+ min
each session, SLP following for dysphagia (mech soft, thin liquids). PM&R
consulted 11/2 and agrees he is an IRF candidate; Bayfront has accepted and has
a bed for him today.

He is medically cleared and we are planning discharge today once auth is in
place. H&P, PT/OT/SLP evals and the PM&R consult are attached.

Thank you,
Tamsin Oyelaran, RN, CCM
Case Management | Lakeshore General Hospital
Ph 555-0142 | Fax 555-0199
""", atts=["Vance_H&P_PTOT_SLP_PMR_110326.pdf"]))

# NR02 - referral platform, Priority flag Expedited -> expedited, urgent
add("new_request", "LTAC", "urgent", None, "M330982114", True, ["html", "system_generated"], msg(
    "CareRelay Notifications <no-reply@carerelay.test>", PAYER,
    "New referral #CR-558120 - Meridian Specialty Hospital - action requested",
    "Wed, 18 Nov 2026 14:05:11 +0000",
    html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#0b5394;color:#fff;padding:12px 16px;font-size:16px"><b>CareRelay</b> &nbsp;|&nbsp; Payer authorization request</td></tr>
<tr><td style="padding:16px">
<p>A referral in CareRelay lists <b>Cedarline Senior Advantage</b> as the primary payer and requires your review.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td><b>Referral #</b></td><td>CR-558120</td></tr>
<tr><td><b>Patient</b></td><td>ELLISON, MARGUERITE (F, 76)</td></tr>
<tr><td><b>Member ID</b></td><td>M330982114</td></tr>
<tr><td><b>Referring facility</b></td><td>Pinecrest University Hospital &ndash; 6 West MICU</td></tr>
<tr><td><b>Receiving facility</b></td><td>Meridian Specialty Hospital</td></tr>
<tr><td><b>Level of care requested</b></td><td>LTACH</td></tr>
<tr><td><b>Requested admission date</b></td><td>11/19/2026</td></tr>
<tr><td><b>Priority flag</b></td><td style="color:#b00020"><b>Expedited</b></td></tr>
<tr><td><b>Primary diagnosis</b></td><td>J96.01 Acute respiratory failure with hypoxia; tracheostomy 11/10; PS 12/PEEP 5</td></tr>
<tr><td><b>Documents</b></td><td>4 attached in CareRelay (H&amp;P, progress notes, RT flowsheet, wound assessment)</td></tr>
</table>
<p><a href="https://app.carerelay.test/r/CR-558120">Open referral</a></p>
<p style="color:#777;font-size:11px">This message was generated automatically by CareRelay. Please do not reply to this address.</p>
</td></tr></table>
</body></html>
"""))

# NR03 - all caps, URGENT + expedite, DC today
add("new_request", "SNF", "urgent", None, "M118404562", True, ["plain", "all_caps"], msg(
    "Darnell Pruitt <dpruitt@mercyvale.example>", PAYER,
    "URGENT - SNF AUTH NEEDED, DC TODAY", "Fri, 06 Nov 2026 13:48:00 -0500",
    body="""PT: ROSALIND ACHTERBERG   DOB 2/9/1940
MEMBER M118404562

ACCEPTED AT KESTREL RIDGE SKILLED NURSING, BED READY NOW. PT READY FOR DC
TODAY, TRANSPORT BOOKED FOR 4PM.
DX: L HIP FX S/P ORIF 11/3, WBAT, MOD ASSIST, NEEDS DAILY PT/OT + INCISION
CHECKS.
PLEASE EXPEDITE. CLINICALS UPLOADED TO PORTAL THIS AM.

DARNELL PRUITT RN CM
MERCY VALE HOSPITAL  X4471
"""))

# NR04 - internal 'pls handle' forward; quoted Sunday 'DC tomorrow' = Monday = today
add("new_request", "LTAC", "urgent", None, "M551207839", False, ["plain", "forward", "quoted_relative_date"], msg(
    "Lorraine Kask <lkask@cedarlinehealth.example>", PAYER,
    "FW: LTACH referral - Mr. Obadiah Fenn", "Mon, 23 Nov 2026 08:02:00 -0500",
    body="""Pls handle - landed in the UM general box over the weekend.

Lorraine

-----Original Message-----
From: Priya Sethuraman <psethuraman@pinecrest-uh.example>
Sent: Sunday, November 22, 2026 6:47 PM
To: UM General <um-general@cedarlinehealth.example>
Subject: LTACH referral - Mr. Obadiah Fenn

Good evening,

Sending a new request for LTACH placement for Obadiah Fenn (member M551207839,
MRN 3390117). 68M, prolonged ICU course after perforated diverticulitis, s/p
Hartmann's, abdomen now closed with a wound VAC, trach on trach collar 40% days
and vent at night. Harborlight Long-Term Acute Care Hospital has accepted.

Team anticipates DC tomorrow pending auth. Clinicals and ICU flowsheets are in
our portal upload, confirmation # PX-20261122-88.

Priya Sethuraman, MSW
Pinecrest University Hospital - Care Coordination
555-0117
"""))

# NR05 - overdue: cleared yesterday
add("new_request", "SNF", "urgent", None, "M667120045", False, ["plain", "overdue"], msg(
    "Bea Lindqvist <blindqvist@harlancmc.test>", PAYER,
    "SNF request - late referral, pt medically ready since yesterday", "Wed, 11 Nov 2026 09:05:00 -0600",
    body="""Good morning,

Apologies that this is coming to you late. Mr. Efrain Castellanos (Member #:
M667120045) was cleared for discharge yesterday afternoon, but we only got an
acceptance from Maple Terrace Subacute Center this morning - they had no male
bed until today.

We are requesting authorization for subacute rehab. He's 77, admitted 11/4
with a COPD exacerbation and new O2 requirement (2L), lost a lot of strength
over the week, currently min-mod assist with a rollator, 50 ft. PT/OT recommend
daily therapy; he lives alone on a second floor with no elevator.

He is occupying an acute bed he no longer needs, so anything you can do to move
this along is appreciated. Clinicals going to your fax now (fax confirmation
will come from 555-0140).

Bea Lindqvist, RN
Harlan County Medical Center - Case Management
"""))

# NR06 - Spanish mixed, latin-1, DC today, ASAP only
add("new_request", "SNF", "urgent", None, "M740336218", False, ["plain", "latin1", "mixed_language", "asap_only"], msg(
    "Marisol Quintanilla <mquintanilla@riodorado-mc.test>", PAYER,
    "Solicitud de autorización SNF – Sr. Ignacio Barrera", "Thu, 19 Nov 2026 08:30:00 -0700",
    charset="iso-8859-1",
    body="""Buenos días equipo,

Les escribo para solicitar autorización para skilled nursing facility para el
Sr. Ignacio Barrera, member ID M740336218 (MRN 5521890).

Paciente de 81 años, neumonía + descompensación de ICC, ya terminó los
antibióticos IV. Necesita PT/OT diario, está con asistencia moderada para
transferencias. La casa de la familia tiene escaleras y la hija trabaja de día.

Brookside Care Center ya lo aceptó y tienen cama hoy. El médico firmó el alta
esta mañana - está listo para salir hoy mismo, so we just need the auth.
Por favor revisar lo antes posible / ASAP.

Gracias,
Marisol Quintanilla, LCSW
Trabajo Social - Rio Dorado Medical Center
Tel. 555-0163
"""))

# NR07 - SNF admissions director, bed held until 3pm today
_b = """Hi Cedarline team,

Kestrel Ridge has accepted Teodor Lusk (Cedarline member M902441387) from
St. Brendan Regional, 4 North. He is s/p L BKA 11/17, needs wound care and
daily PT/OT for prosthetic prep. The hospital has him ready to go.

I can only hold the bed until 3:00 PM today; after that it goes to a private-pay
admission we have waiting. Could you please review for SNF authorization? The
hospital CM (Anya Borowski, 555-0128) uploaded the clinicals this morning.

Thanks so much,
Gwen Albescu
Admissions Director
Kestrel Ridge Skilled Nursing & Rehabilitation
555-0185 | fax 555-0186
"""
add("new_request", "SNF", "urgent", None, "M902441387", False, ["alt"], msg(
    "Gwen Albescu <galbescu@kestrelridge.example>", PAYER,
    "Auth request - Mr. Teodor Lusk - bed held until 3pm today", "Tue, 24 Nov 2026 11:15:00 -0500",
    body=_b, html=to_html(_b)))

# NR08 - physician 72-hour expedited LTACH request
add("new_request", "LTAC", "urgent", None, "M085533190", True, ["plain"], msg(
    "Okonkwo Adeyemi MD <oadeyemi@stbrendan.example>", PAYER,
    "Expedited request - LTACH admission", "Thu, 12 Nov 2026 16:40:00 -0500",
    body="""To the Cedarline utilization review team:

I am the attending pulmonologist for Winifred Sallow (member M085533190) in our
MICU. I am requesting an expedited (72-hour) determination for admission to
Meridian Specialty Hospital, an LTACH, for prolonged ventilator weaning. She has
failed three SBTs, has had a tracheostomy since 11/5, and remains on PRVC
overnight with daytime trach collar trials of 2-4 hours.

Applying the standard timeframe could seriously jeopardize her ability to
regain maximum function; each additional ICU day increases her risk of
deconditioning and ventilator-associated pneumonia. Earliest transfer would be
Monday once Meridian confirms their bed.

Okonkwo Adeyemi, MD
Pulmonary & Critical Care
St. Brendan Regional Medical Center
"""))

# NR09 - IRF first choice, SNF fallback; '2day'
add("new_request", "IRF", "urgent", None, "M419950028", False, ["plain", "fallback_loc"], msg(
    "Kelsey Wren <kwren@gfmemorial.example>", PAYER,
    "rehab referral - Ms. Daphne Orrico", "Mon, 09 Nov 2026 07:52:00 -0800",
    body="""Morning -

requesting acute inpatient rehab at Willow Creek for Daphne Orrico, M419950028.
69F, bilateral TKA 11/5, BMI 52, lives alone, PT 2x/day, OT eval done. If IRF
is denied pls consider SNF at Oak Hollow as backup, they already said yes.

MD wants her out 2day - she's ready now.

thx
Kelsey Wren RN
Granite Falls Memorial CM
555-0131 ext 2
"""))

# NR10 - 'expidite' misspelled, ED boarder -> SNF
add("new_request", "SNF", "urgent", None, "M227650913", True, ["plain", "typos"], msg(
    "Javi Moncada <jmoncada@harlancmc.test>", PAYER,
    "snf direct admit from ED - pls expidite", "Sat, 28 Nov 2026 10:10:00 -0600",
    body="""hi, pt Loretta Quaid M227650913 has been boarding in our ED since thursday
nite. fell at home, no fx but cant ambulate safely, lives alone, daughter out of
state. PT says skilled needs, SNF recomended. Sunny Acres Skilled Nursing can
take her this weekend. Pls expidite - she's been on a stretcher 2 days.

Thx Javi Moncada RN, ED case mgmt, Harlan County Medical Center
"""))

# NR11 - IRF requests a NEW auth for SNF (explicit setting beats signature); transfer today
add("new_request", "SNF", "urgent", None, "M660018452", False, ["plain", "attachment", "multi_loc"], msg(
    "Noor Haddad <nhaddad@bayfrontrehab.example>", PAYER,
    "Change in level of care request - Mr. Barnaby Kest", "Wed, 02 Dec 2026 09:30:00 -0500",
    body="""Good morning,

Barnaby Kest (member M660018452) has been with us at Bayfront since 11/24 after
his L hip arthroplasty revision. Unfortunately he has not been able to tolerate
the intensity of our program - he has missed sessions four of the last six days
due to orthostatic hypotension and fatigue, and the team conference yesterday
agreed he would be better served at a lower intensity.

We are requesting a new authorization for skilled nursing facility level of care
at Maple Terrace Subacute Center, which has accepted him. If approved today he
would transfer from us today; otherwise he stays here in the meantime.

Clinical summary and the team conference note are attached.

Noor Haddad, PT, DPT
Clinical Liaison / Utilization Review
Bayfront Rehabilitation Hospital
555-0150
""", atts=["Kest_team_conference_2026-12-01.pdf"]))

# NH01 - late night PST; '12/1' is tomorrow in header offset
add("new_request", "IRF", "high", None, "M318840726", False, ["plain", "late_night_utc_next_day"], msg(
    "Hollis Greer <hgreer@marinacrest.example>", PAYER,
    "IRF request - DC 12/1", "Mon, 30 Nov 2026 22:50:00 -0800",
    body="""Sorry for the late send, long day.

New request for inpatient rehabilitation: Cordelia Banfield, member M318840726,
77F, SAH s/p coiling 11/18, now alert and following commands, mod A gait with
RW, OT for cognition and ADLs. Pacific Vista Rehabilitation Institute has a bed
for her 12/1 and neurosurgery has cleared her to discharge 12/1 in the morning.

H&P, neurosurg notes and therapy evals to follow first thing.

Hollis Greer, RN
Marina Crest Medical Center | Care Management
555-0107
"""))

# NH02 - SNF, DC Friday (Thu -> Fri = tomorrow)
_b = """Hello,

Please accept this as a request for SNF authorization for Amos Tidwell, member
ID M771302558.

82M, admitted 11/15 with CHF exacerbation and AKI; diuresed 6L, creatinine back
to baseline. Still needs daily weights, follow-up of the IV-to-PO diuretic
change, and PT/OT (min-mod assist, 40 ft with RW). Prior level: independent at
home with his wife.

Accepting facility: Oak Hollow Post-Acute (SNF) - bed for Friday
Anticipated DC: Friday

Clinicals attached.

Renata Foyle, BSN, RN
Case Manager, 5 East
St. Brendan Regional Medical Center
P 555-0121  F 555-0122
"""
add("new_request", "SNF", "high", None, "M771302558", False, ["alt", "attachment"], msg(
    "Renata Foyle <rfoyle@stbrendan.example>", PAYER,
    "SNF auth - Mr. Amos Tidwell", "Thu, 19 Nov 2026 14:20:00 -0500",
    body=_b, html=to_html(_b), atts=["Tidwell_clinicals.pdf"]))

# NH03 - LTACH liaison, planned admission date tomorrow (clar. 2); '72 hours' not an ask
add("new_request", "LTAC", "high", None, "M503318807", False, ["plain", "attachment"], msg(
    "Cyrus Bellweather <cbellweather@meridianspecialty.example>", PAYER,
    "Pre-cert request: Meridian Specialty Hospital admission 11/6", "Thu, 05 Nov 2026 15:02:00 -0600",
    body="""Cedarline UM,

Meridian Specialty Hospital (LTACH) is requesting pre-certification for the
admission of Ms. Odalys Ferrante, member M503318807, from Lakeshore General ICU.

Planned admission date: 11/6/2026
Primary need: ventilator weaning (trach 10/28, on vent since 10/21), sacral
stage 3 wound, TPN transition to tube feeds.

ICU days at referring hospital: 15. Referring MD: Dr. L. Mbeki. Our physician
advisor has reviewed and accepted.

Face sheet, H&P and the last 72 hours of RT flowsheets are attached.

Cyrus Bellweather
Clinical Liaison | Meridian Specialty Hospital
Cell 555-0193
""", atts=["Ferrante_facesheet.pdf", "Ferrante_HP.pdf", "Ferrante_RT_flowsheets.pdf"]))

# NH04 - SNF bed hold until noon tomorrow
add("new_request", "SNF", "high", None, "M146620931", False, ["plain"], msg(
    "Faye Mortensen <fmortensen@brooksidecare.test>", PAYER,
    "Bed hold - need auth by tomorrow noon", "Sun, 15 Nov 2026 17:33:00 -0500",
    body="""Hi there,

We are requesting authorization for a skilled nursing admission for Mrs. Pauline
Ostrander (member M146620931), coming to us from Mercy Vale. I'm holding the bed
until noon tomorrow (11/16); after that I have to release it to the next
referral on our list.

She's s/p TAVR with a complicated course, deconditioned, needs PT/OT 5x/wk and
close monitoring of her fluid status. Mercy Vale's CM, Darnell Pruitt, said he
faxed clinicals Friday; I can resend anything you're missing.

Faye Mortensen
Admissions Coordinator, Brookside Care Center
555-0174
"""))

# NH05 - resend; quoted Monday 'DC Wednesday' -> Wed 11/11 = tomorrow from Tue 11/10
add("new_request", "IRF", "high", None, "M392270145", False, ["reply", "attachment", "quoted_relative_date"], msg(
    "Ulla Brandvold <ubrandvold@lakeshoregeneral.test>", PAYER,
    "RE: IRF auth request - Mr. Ferris Odum", "Tue, 10 Nov 2026 09:12:00 -0500",
    body="""Resending with the face sheet and PM&R consult attached - they didn't go
through yesterday. Nothing else has changed.

Ulla

From: Ulla Brandvold
Sent: Monday, November 9, 2026 4:55 PM
To: psc-intake@cedarlinehealth.example
Subject: IRF auth request - Mr. Ferris Odum

Hi,

New auth request for acute rehab at Willow Creek Rehabilitation Institute for
Ferris Odum, member M392270145. 66M, L thalamic ICH 11/3, R hemiparesis,
expressive aphasia, tolerating therapy well. PM&R agrees. Plan is DC Wednesday
if approved.

Ulla Brandvold, RN CM
Lakeshore General Hospital
555-0144
""", atts=["Odum_facesheet.pdf", "Odum_PMR_consult.pdf"], in_reply_to="<odum-irf-1109@lakeshoregeneral.test>"))

# NH06 - terse physician, ARU, 'tmrw'
add("new_request", "IRF", "high", None, "M884016273", False, ["plain"], msg(
    "Sanjay Kurup <skurup@riodorado-mc.test>", PAYER,
    "ARU", "Wed, 04 Nov 2026 19:41:00 -0700",
    body="""Pt Mavis Culpepper M884016273 needs ARU - incomplete T10 SCI after fall, s/p
fusion 10/31. ok for dc tmrw if auth. PM&R note in chart, CM will send the rest.
-SK

Sent from my iPhone
"""))

# NN01 - long-winded IRF, DC Friday 11/6 from Mon 11/2
_b = """Good afternoon,

I hope this message finds you well. I am writing on behalf of our neurology
service to request authorization for admission to an inpatient rehabilitation
facility for our patient, Mrs. Eleanor Vashti (Cedarline member ID M627714093;
hospital MRN 88-412-07).

Mrs. Vashti is a 71-year-old retired schoolteacher who presented on 10/29 with
acute onset left-sided weakness and was found to have a right pontine infarct.
She was outside the window for thrombolytics. Since admission she has made
steady gains: she now transfers with minimal assistance, ambulates 75 feet with
a hemi-walker and moderate assistance, and needs moderate assistance for
lower-body dressing. Speech therapy notes mild dysarthria without dysphagia.

She took part in more than two hours of combined PT and OT yesterday and was
eager for more. Before this admission she lived independently with her husband
in a single-level home and still drove. Our PM&R consultant feels she has
excellent potential to return home and recommends an intensive, coordinated
program.

Summit Ridge Acute Rehab Unit has reviewed her records and accepted her.
Neurology anticipates she will be medically ready for discharge on Friday,
11/6, once her repeat imaging and echo are finalized.

I have attached the H&P, neurology progress notes, therapy evaluations and the
PM&R consult. Please do not hesitate to reach out if you need anything further.

Warm regards,

Genevieve Okafor-Lind, MSN, RN
Nurse Case Manager - Neurosciences
Pinecrest University Hospital
Office 555-0110 | Secure fax 555-0111
"""
add("new_request", "IRF", "normal", None, "M627714093", False, ["alt", "attachment"], msg(
    "Genevieve Okafor-Lind <gokaforlind@pinecrest-uh.example>", PAYER,
    "Request for inpatient rehabilitation authorization – Mrs. Eleanor Vashti",
    "Mon, 02 Nov 2026 13:05:00 -0500", body=_b, html=to_html(_b),
    atts=["Vashti_HP_neuro_notes.pdf", "Vashti_therapy_evals.pdf", "Vashti_PMR_consult.pdf"]))

# NN02 - negated expedite SNF
add("new_request", "SNF", "normal", None, "M095521476", False, ["plain", "attachment", "negated_expedite"], msg(
    "Lyle Haverkamp <lhaverkamp@harlancmc.test>", PAYER,
    "SNF auth - Ms. Bettina Crowe (no rush)", "Tue, 17 Nov 2026 10:44:00 -0600",
    body="""Hi team,

Submitting a SNF auth request for Bettina Crowe, M095521476. 88F, UTI with
delirium now cleared, deconditioned, PT recommends SNF.

No need to expedite this one - her family is still touring facilities and she
likely won't leave us before next week. We'll let you know which SNF they pick;
the top two are Kestrel Ridge and Sunny Acres.

Clinicals attached.
Lyle Haverkamp, RN | Harlan County Medical Center | 555-0138
""", atts=["Crowe_clinicals_111726.pdf"]))

# NN03 - bare weekday: Date Monday 11/16, 'DC is Monday' -> 11/23
add("new_request", "LTAC", "normal", None, "M258803614", False, ["plain"], msg(
    "Imogen Tate <itate@mercyvale.example>", PAYER,
    "New LTACH referral - Mr. Desmond Achebe", "Mon, 16 Nov 2026 08:25:00 -0500",
    body="""Good morning,

New referral for long-term acute care hospital placement: Desmond Achebe,
member M258803614.

59M, necrotizing pancreatitis, 3 weeks in ICU, IR drains x2, TPN, high-flow O2
weaning, large abdominal wound with VAC. Harborlight reviewed yesterday and
accepted.

The surgical team wants one more CT before transfer, so anticipated DC is
Monday.

Imogen Tate, MSW, LCSW
Mercy Vale Hospital Case Management
555-0158
"""))

# NN04 - subject URGENT, body says not urgent
add("new_request", "SNF", "normal", None, "M473310829", False, ["plain", "misleading_subject", "negated_expedite"], msg(
    "Corinne Baptiste <cbaptiste@gfmemorial.example>", PAYER,
    "URGENT!! SNF referral", "Fri, 20 Nov 2026 12:02:00 -0500",
    body="""Ignore the subject line - our template defaults to it. This one is not
urgent, standard review is fine.

SNF request for Walter Przybylski, member M473310829. 79M, s/p lap chole
complicated by a bile leak, now resolved; weak, needs PT/OT and care for a drain
site. Tentative DC sometime next week, we'll confirm the date.

Corinne Baptiste
Care Transitions, Granite Falls Memorial
555-0135
"""))

# NN05 - Importance/X-Priority headers only
add("new_request", "SNF", "normal", None, "M612209385", False, ["plain", "priority_header"], msg(
    "Hattie Vong <hvong@stbrendan.example>", PAYER,
    "SNF auth request - Mrs. Iola Prentiss", "Wed, 25 Nov 2026 15:30:00 -0500",
    headers={"Importance": "High", "X-Priority": "1 (Highest)"},
    body="""Hello,

Requesting SNF authorization for Iola Prentiss (member M612209385), going to
Sunny Acres Skilled Nursing once approved. Dx: sepsis from RLE cellulitis,
completing IV cefazolin through 12/2 via PICC, needs daily skilled nursing for
the IV antibiotics plus PT. No firm DC date yet - waiting on ID to finalize the
antibiotic plan.

Thanks and happy Thanksgiving,
Hattie Vong RN
St. Brendan Regional Medical Center, 3 West
555-0124
"""))

# NN06 - LTCH, transfer Fri 12/4 from Tue 12/1; 'urgently' only in disclaimer
add("new_request", "LTAC", "normal", None, "M739920514", False, ["plain", "disclaimer"], msg(
    "Mirela Jovanovic <mjovanovic@pinecrest-uh.example>", PAYER,
    "LTCH referral - Mr. Clement Ashworth", "Tue, 01 Dec 2026 11:11:00 -0500",
    body="""Hello,

Please consider this a new request for LTCH admission for Clement Ashworth,
member M739920514. 72M, s/p CABG x4 complicated by sternal wound dehiscence, on
IV vancomycin/cefepime (6-week course), wound VAC, intermittent BiPAP. Meridian
Specialty Hospital has accepted; anticipated transfer Friday 12/4.

Records uploaded to your portal.

Mirela Jovanovic, RN, ACM
Cardiothoracic Case Management
Pinecrest University Hospital

CONFIDENTIALITY NOTICE: This e-mail and any attachments contain protected health
information intended only for the named recipient. If you have received this
message in error, please notify the sender urgently by reply e-mail and destroy
all copies. Unauthorized review, use or disclosure is prohibited.
"""))

# NN07 - AIR request, ASAP only, no date
add("new_request", "IRF", "normal", None, "M580041227", False, ["plain", "asap_only"], msg(
    "Trev Osterberg <tosterberg@harlancmc.test>", PAYER,
    "AIR request for Mr. Wallace Imbert", "Thu, 03 Dec 2026 10:02:00 -0600",
    body="""Hi - sending over an AIR auth request for Wallace Imbert, M580041227.

63M, R BKA 11/27 for PVD with a nonhealing ulcer, good upper body strength,
motivated, wants prosthetic training. PM&R consult 12/2 recommends acute
inpatient rehab. Vascular is still deciding on DC timing.

Please review ASAP when you can.

Trev Osterberg, RN
Harlan County Medical Center
"""))

# NN08 - referral platform, routine, start of care 11/28 (5 days)
add("new_request", "SNF", "normal", None, "M347719056", False, ["html", "system_generated"], msg(
    "PostAcuteLink <noreply@pal-referrals.example>", PAYER,
    "PostAcuteLink referral 7730412 – skilled nursing – Cedarline Senior Advantage",
    "Mon, 23 Nov 2026 16:45:22 +0000",
    html="""<!DOCTYPE html><html><body style="margin:0;font-family:Segoe UI,Arial,sans-serif">
<div style="max-width:620px;margin:0 auto;border-top:4px solid #2e7d32">
<h2 style="font-weight:400;color:#2e7d32;margin:16px">Authorization needed</h2>
<p style="margin:0 16px 12px">The following referral was accepted by a receiving provider and lists your plan as payer.</p>
<table style="margin:0 16px;border-collapse:collapse;font-size:14px">
<tr><td style="padding:3px 12px 3px 0;color:#555">Referral ID</td><td>7730412</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#555">Patient</td><td>Galloway, Ruth Anne</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#555">Member ID</td><td>M347719056</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#555">Sending</td><td>Lakeshore General Hospital</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#555">Receiving</td><td>Kestrel Ridge Skilled Nursing &amp; Rehabilitation</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#555">Service</td><td>SNF &ndash; short-term rehab</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#555">Requested start of care</td><td>11/28/2026</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#555">Request priority</td><td>Routine</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#555">Documents</td><td>6</td></tr>
</table>
<p style="margin:16px"><a href="https://portal.pal-referrals.example/ref/7730412" style="background:#2e7d32;color:#fff;padding:8px 14px;text-decoration:none">Review referral</a></p>
<p style="margin:16px;font-size:11px;color:#888">You are receiving this notification because your organization is listed as the payer on this referral. Manage notification settings in PostAcuteLink.</p>
</div></body></html>
"""))

# NN09 - two cases: current new request Ref: 2026018842; prior stay Case #3311 closed
add("new_request", "SNF", "normal", "2026018842", "M209934871", False, ["plain", "multi_case"], msg(
    "Odette Marchetti <omarchetti@mercyvale.example>", PAYER,
    "New SNF request - Mr. Rufus Engle", "Tue, 10 Nov 2026 14:15:00 -0500",
    body="""Hello,

I phoned this in to your intake line this morning and was given Ref: 2026018842;
sending the written request and clinicals as instructed.

Rufus Engle, member M209934871, 84M, readmitted 11/6 with aspiration pneumonia.
He had a SNF stay with you earlier this fall (Case #3311, closed when he went
home 9/30) - this is a new admission, not a continuation of that one.

Requesting SNF at Kestrel Ridge Skilled Nursing. Needs SLP for dysphagia, PT/OT,
O2 2L. DC expected late this week or early next.

Odette Marchetti, RN
Mercy Vale Hospital | Case Management | 555-0156
"""))

# NN10 - reply thread (3 msgs), formal LTACH request, transfer 11/27 (4 days)
add("new_request", "LTAC", "normal", None, "M924408631", False, ["reply", "attachment", "thread_len_3"], msg(
    "Benedikt Sauer <bsauer@gfmemorial.example>", "Dana Whitfield <dwhitfield@cedarlinehealth.example>",
    "RE: LTACH placement question - Ms. Hyacinth Moreau", "Mon, 23 Nov 2026 13:40:00 -0600",
    cc="psc-intake@cedarlinehealth.example",
    body="""Hi Dana,

Thanks for the quick answer. As you suggested, please take this as the formal
request for LTACH authorization for Hyacinth Moreau (M924408631) to Harborlight.
Anticipated transfer 11/27 - the day after Thanksgiving - as Harborlight can't
admit on the holiday itself.

Attached: H&P, ICU progress notes 11/16-11/22, vent settings, wound photos.

Ben

Benedikt Sauer, RN
Granite Falls Memorial - ICU Case Management
555-0133

-----Original Message-----
From: Dana Whitfield <dwhitfield@cedarlinehealth.example>
Sent: Monday, November 23, 2026 10:02 AM
To: Benedikt Sauer <bsauer@gfmemorial.example>
Subject: RE: LTACH placement question - Ms. Hyacinth Moreau

Hi Ben,

Yes, an LTACH admission for a Cedarline member needs prior authorization.
Please send the request in writing with the H&P, recent ICU progress notes,
ventilator settings and wound documentation, and we'll get it started.

Dana Whitfield, RN
Pre-Service Coordinator, Cedarline Senior Advantage

-----Original Message-----
From: Benedikt Sauer
Sent: Monday, November 23, 2026 9:15 AM
Subject: LTACH placement question - Ms. Hyacinth Moreau

Do you require prior auth for LTACH for Cedarline Senior Advantage members? We
have a vent patient (trach 11/12) that Harborlight wants to take.
""", atts=["Moreau_HP.pdf", "Moreau_ICU_notes_1116-1122.pdf", "Moreau_vent_settings.pdf", "Moreau_wound_photos.jpg"],
    in_reply_to="<a1f03c9e@cedarlinehealth.example>"))

# NN11 - very polite, IRF, after the holiday
add("new_request", "IRF", "normal", None, "M163350789", False, ["plain", "attachment"], msg(
    "Philippa Danvers <pdanvers@lakeshoregeneral.test>", PAYER,
    "Authorization request — Mrs. Constance Albright", "Tue, 24 Nov 2026 09:50:00 -0500",
    body="""Dear Cedarline Pre-Service team,

I hope you are all keeping well as the holiday approaches. Would it be possible
to begin the authorization process for Mrs. Constance Albright (member
M163350789) for admission to acute inpatient rehabilitation at Bayfront? I
realize this is rather early - her surgeons do not expect her to be ready until
after the holiday weekend - but with holiday staffing I thought it kinder to
everyone to send it now.

Mrs. Albright is 80 and had a left femoral neck fracture repaired with a
hemiarthroplasty on 11/21. She has a history of Parkinson's disease, which has
made her mobility more complicated than usual, and the PM&R team feels she would
benefit from the coordinated program.

Her records are attached. Thank you so very much for your time, and please let
me know if I have left anything out.

With kind regards,
Philippa Danvers
Case Management, Lakeshore General Hospital
555-0146
""", atts=["Albright_records.pdf"]))

# NN12 - skilled nursing; 'room air' is not AIR; DC 11/9 from 11/4
add("new_request", "SNF", "normal", None, "M771956302", False, ["plain"], msg(
    "Quentin Fairweather <qfairweather@stbrendan.example>", PAYER,
    "skilled nursing request", "Wed, 04 Nov 2026 13:13:00 -0500",
    body="""Request for skilled nursing facility auth:

Member: Agatha Brennholt, M771956302
Age 90, COPD exacerbation, weaned to room air 11/3, ambulating 20 ft with RW and
CGA, needs PT/OT and med management. Goes to Oak Hollow Post-Acute if approved.
DC target 11/9.

Thanks
Q. Fairweather, RN, CM
St. Brendan Regional
"""))

# NN13 - internal forward-as-attachment of a misrouted IRF referral; DC Mon 12/7
_inner = msg("Shauna Pell <spell@marinacrest.example>", "Appeals <appeals@cedarlinehealth.example>",
             "IRF referral - Mr. Lionel Straub", "Tue, 01 Dec 2026 16:20:00 -0800",
             body="""Hello,

Requesting inpatient rehab authorization for Lionel Straub, member M286603347.
70M, Guillain-Barre, improving after IVIG, mod A transfers, needs PT/OT/SLP.
Pacific Vista Rehabilitation Institute has accepted. Target DC Monday 12/7.

Shauna Pell, RN
Marina Crest Medical Center
555-0106
""")
add("new_request", "IRF", "normal", None, "M286603347", False, ["forward_as_attachment"], msg(
    "Martina Geraghty <mgeraghty@cedarlinehealth.example>", PAYER,
    "FW: IRF referral - misrouted to Appeals", "Wed, 02 Dec 2026 10:05:00 -0500",
    body="""Hi all - this came to the Appeals inbox by mistake; forwarding the original as
an attachment.

-Martina
""", fwd=_inner, fwd_name="IRF referral - Mr. Lionel Straub.eml"))

# NN14 - IRF liaison; LOC only from signature; 'URGENT' only in signature
add("new_request", "IRF", "normal", None, "M502277461", False, ["plain", "attachment", "urgency_in_signature"], msg(
    "Roisin Gallagher <rgallagher@willowcreekrehab.test>", PAYER,
    "Auth request for admission Tuesday 12/8 - Mr. Hamza Qureshi", "Thu, 03 Dec 2026 14:25:00 -0500",
    body="""Hello,

We've accepted Hamza Qureshi (member M502277461) from Pinecrest University
Hospital for admission on Tuesday 12/8 and are requesting your authorization.
He is 58, traumatic brain injury from an MVC on 11/20, Rancho level VI, needs
PT/OT/SLP and neuropsychology. Pinecrest's CM will send the acute records; our
preadmission screening is attached.

Roisin Gallagher, OTR/L
Admissions Liaison
Willow Creek Rehabilitation Institute
Referrals 555-0176 | URGENT admissions after hours: page 555-0177
""", atts=["Qureshi_PAS_120326.pdf"]))

# NN15 - PCP office, direct SNF admission from home, HTML only, admit 11/20
add("new_request", "SNF", "normal", None, "M815530462", False, ["html"], msg(
    "Lakeview Family Practice <referrals@lakeviewfp.example>", PAYER,
    "Direct SNF admission request - Mr. Horace Pettibone", "Fri, 13 Nov 2026 11:40:00 -0500",
    html="""<html><body>
<p>Dear Cedarline Senior Advantage,</p>
<p>Our practice is requesting authorization for a <b>direct admission to a skilled nursing facility</b>
(no preceding hospital stay) for our patient <b>Horace Pettibone</b>, DOB 07/02/1944, member ID M815530462.</p>
<p>Mr. Pettibone has advanced Parkinson's disease and over the last two weeks has declined sharply:
two falls without injury, new difficulty with transfers, and weight loss of 6 lb. Home health PT three times
a week has not been enough and his wife (83) can no longer assist him safely. Dr. Ruhl examined him in the
office on 11/12 and believes daily skilled therapy and nursing at SNF level are medically necessary.</p>
<p>Preferred facility: Sunny Acres Skilled Nursing, which can admit him on 11/20.<br>
Office note, medication list and home health discharge summary are available on request or via fax.</p>
<p>Sincerely,<br>
Margo Lindahl, MA<br>
Referral Coordinator for Anneliese Ruhl, MD<br>
Lakeview Family Practice<br>
Phone 555-0190 &middot; Fax 555-0191</p>
</body></html>
"""))

# NN16 - long term acute care hospital; 'urgent care clinic' is not an ask
add("new_request", "LTAC", "normal", None, "M437718260", False, ["plain", "attachment"], msg(
    "Tobias Wendt <twendt@riodorado-mc.test>", PAYER,
    "long term acute care referral", "Wed, 18 Nov 2026 15:55:00 -0700",
    body="""Hello,

New request for long term acute care hospital admission: Mrs. Seraphina Dolan,
member M437718260.

Background: seen at an urgent care clinic on 11/2 for cough, sent to our ED,
intubated 11/3 for ARDS (influenza A + MRSA pneumonia). Trached 11/14. Still
on the vent, FiO2 40%, PEEP 8, not yet tolerating trach collar. Harborlight is
reviewing and we expect acceptance this week; earliest transfer would be 11/23.

Attaching the H&P and last week of pulm notes.

Tobias Wendt, RN, CCRN
ICU Case Manager, Rio Dorado Medical Center
555-0166
""", atts=["Dolan_HP.pdf", "Dolan_pulm_notes.pdf"]))

# ===========================================================================
# EXTENSION REQUESTS
# ===========================================================================

# EU1 - SNF, LCD today
add("extension_request", "SNF", "urgent", "2026001877", "M316650274", False, ["plain", "attachment"], msg(
    "Clarabel Nguyen <cnguyen@kestrelridge.example>", PAYER,
    "Continued stay request - Mr. Abner Wick - Case #1877", "Thu, 12 Nov 2026 09:40:00 -0500",
    body="""Good morning,

Requesting continued skilled stay for Abner Wick (M316650274), Case #1877. His
current authorization ends today (LCD 11/12).

He still requires daily skilled nursing for a stage 3 sacral wound (wet-to-dry
BID; 4.1 x 3.2 cm on 11/4, 3.8 x 3.0 cm on 11/11) and PT 5x/week. He has
progressed from max to mod assist transfers but is not yet safe for home.
Requesting 10 additional days.

Please let us know today if a NOMNC needs to go out.

Clarabel Nguyen, RN, RAC-CT
MDS / Utilization Review Coordinator
Kestrel Ridge Skilled Nursing & Rehabilitation
555-0187
""", atts=["Wick_wound_measurements_1111.pdf"]))

# EU2 - LCD was yesterday (overdue)
add("extension_request", "SNF", "urgent", "2026031184", None, False, ["plain", "attachment", "overdue"], msg(
    "Porter Ridley <pridley@oakhollowpac.test>", PAYER,
    "LCD passed - continued stay request AUTH-2026-031184", "Wed, 25 Nov 2026 10:30:00 -0600",
    body="""Hello,

Ms. Geraldine Fosse's last covered day under AUTH-2026-031184 was yesterday,
11/24, and we haven't heard anything back on the concurrent review I left on
your voicemail Friday. She is still here and still skilled - IV ertapenem
through 12/1 via PICC for an ESBL UTI, plus daily PT/OT.

Formally requesting a continued SNF stay through at least 12/1. Updated nursing
notes and MAR attached.

Porter Ridley, LPN
Business Office / UR
Oak Hollow Post-Acute
555-0171
""", atts=["Fosse_nursing_notes_MAR.pdf"]))

# EU3 - LTACH physician, expedited concurrent review, LCD Friday
add("extension_request", "LTAC", "urgent", "2026027713", "M641127790", True, ["plain"], msg(
    "Felicity Amankwah DO <famankwah@harborlight-ltach.test>", PAYER,
    "Expedited concurrent review request", "Mon, 30 Nov 2026 14:05:00 -0600",
    body="""Cedarline Medical Management,

I am requesting an expedited concurrent review for continued LTACH stay for
Mr. Percival Hoang, member M641127790, AUTH-2026-027713. The LCD on the current
authorization is Friday.

Mr. Hoang remains ventilator dependent (PRVC 14/450, PEEP 8, FiO2 45%) after two
failed trach-collar trials this week due to tachypnea and desaturation. He also
developed C. difficile colitis on 11/26 and is on oral vancomycin. Weaning is
not feasible at a lower level of care, and an interruption would be dangerous.

Please treat this as expedited given the ongoing ventilator weaning.

Felicity Amankwah, DO
Attending Physician
Harborlight Long-Term Acute Care Hospital
555-0196
"""))

# EU4 - acute rehab unit, STAT
add("extension_request", "IRF", "urgent", "2026002045", "M209917384", True, ["plain", "attachment"], msg(
    "Kip Arredondo <karredondo@pinecrest-uh.example>", PAYER,
    "need CSR STAT", "Tue, 01 Dec 2026 07:58:00 -0500",
    body="""Need a continued stay review done STAT for Joaquin Pelletier, Case #2045, mbr
M209917384. LCD 12/3. Team conf yesterday extended ELOS 5 days - his new R arm
weakness was stroke extension, MRI 11/28. Notes attached.

Kip Arredondo, PT
UR liaison, Summit Ridge Acute Rehab Unit
""", atts=["Pelletier_teamconf_1130.pdf", "Pelletier_MRI_1128.pdf"]))

# EU5 - internal 'see below' forward; forwarded text is URGENT, LCD today
add("extension_request", "IRF", "urgent", "2026022560", None, True, ["plain", "forward", "urgency_in_forward"], msg(
    "Tomasz Wierzbicki <twierzbicki@cedarlinehealth.example>", PAYER,
    "FW: URGENT concurrent review - LCD today", "Fri, 13 Nov 2026 11:20:00 -0500",
    body="""see below

---------- Forwarded message ---------
From: Adaeze Obi <aobi@willowcreekrehab.test>
Date: Fri, Nov 13, 2026 at 10:51 AM
Subject: URGENT concurrent review - LCD today
To: Tomasz Wierzbicki <twierzbicki@cedarlinehealth.example>

Tomasz, hi - I know you're not the PSC inbox but you helped us last time.

URGENT: requesting a continued stay of 7 more days in inpatient rehab for
Mrs. Lavinia Ostrowski, Ref: 2026022560 - her LCD is today. She fell on 11/10
with a minor L wrist fracture and lost ground; the team is confident she'll
reach modified independence with 7 more days. Updated FIM scores are in the
portal.

Adaeze Obi
Case Manager, Willow Creek Rehabilitation Institute
555-0178
"""))

# EH1 - SNF, LCD tomorrow
add("extension_request", "SNF", "high", "2026019902", "M530218864", False, ["plain", "attachment"], msg(
    "Delphine Arceneaux <darceneaux@mapleterrace.example>", PAYER,
    "Extension request - Mrs. Winona Ashby", "Wed, 04 Nov 2026 15:45:00 -0500",
    body="""Hi,

Requesting an extension for Winona Ashby (M530218864), AUTH-2026-019902. Her LCD
is tomorrow, 11/5.

Therapy: PT gait 150 ft with RW and CGA (up from 40 ft), OT lower-body dressing
min A. She still needs skilled PT/OT daily; goal is home with her daughter.
Requesting 7 more days. Weekly summary attached.

Delphine Arceneaux
Utilization Review, Maple Terrace Subacute Center
555-0181
""", atts=["Ashby_weekly_summary.pdf"]))

# EH2 - late evening CST; LCD 12/2 is tomorrow in header offset
add("extension_request", "LTAC", "high", "2026002611", "M117743209", False, ["plain", "attachment", "late_night_utc_next_day"], msg(
    "Ines Kowalczyk <ikowalczyk@meridianspecialty.example>", PAYER,
    "Concurrent review - Mr. Rupert Salcedo", "Tue, 01 Dec 2026 21:40:00 -0600",
    body="""Evening -

Sending the concurrent review for Rupert Salcedo, M117743209, Case #2611. LCD is
12/2. Requesting 14 additional LTACH days: still on the vent at night, daytime
trach collar up to 10 hours, IV meropenem through 12/9 for pseudomonas VAP.

Flowsheets attached.

Ines Kowalczyk, RN
Case Management | Meridian Specialty Hospital
555-0194
""", atts=["Salcedo_flowsheets_1124-1201.pdf"]))

# EH3 - resend; quoted Monday 'LCD is Wednesday' -> Wed 11/18 = tomorrow from Tue 11/17
add("extension_request", "IRF", "high", "2026024117", "M862035517", False, ["reply", "attachment", "quoted_relative_date"], msg(
    "Maren Solberg <msolberg@bayfrontrehab.example>", PAYER,
    "RE: Extension request - Mr. Cyril Osei - AUTH-2026-024117", "Tue, 17 Nov 2026 08:10:00 -0500",
    body="""Resending - the attachment didn't go through on my end yesterday. Still
requesting the additional days as below.

Maren

On Mon, Nov 16, 2026 at 3:32 PM, Maren Solberg <msolberg@bayfrontrehab.example> wrote:
""" + q("""Hello,

Requesting 5 more days for Cyril Osei (M862035517), AUTH-2026-024117. LCD is
Wednesday. He is now walking 100 ft with a hemi-walker, mod A on stairs, and is
still working on safety with transfers. Team conference notes attached.

Maren Solberg, RN
Utilization Review, Bayfront Rehabilitation Hospital
555-0151""") + "\n", atts=["Osei_team_conference_1116.pdf"], in_reply_to="<osei-ext-1116@bayfrontrehab.example>"))

# EN1 - SNF, 7 more days, LCD 11/16 from Thu 11/12
add("extension_request", "SNF", "normal", "2026020455", None, False, ["plain", "attachment"], msg(
    "Yusuf Demir <ydemir@sunnyacres.example>", PAYER,
    "7 more days request", "Thu, 12 Nov 2026 10:03:00 -0500",
    body="""Hi Cedarline,

Requesting 7 more days for Fern Whitlock, Ref: 2026020455, LCD 11/16. Still
needs daily IV antibiotics + PT. Notes attached.

Yusuf Demir, UR Nurse
Sunny Acres Skilled Nursing | 555-0182
""", atts=["Whitlock_notes.pdf"]))

# EN2 - LTACH, no date
add("extension_request", "LTAC", "normal", "2026020983", "M458871102", False, ["plain", "attachment"], msg(
    "Harborlight UR <ur@harborlight-ltach.test>", PAYER,
    "additional days - Mr. Lucius Granger", "Sat, 07 Nov 2026 13:02:00 -0500",
    body="""Requesting an additional 10 days for Lucius Granger, AUTH-2026-020983, member
M458871102. Vent wean ongoing (down to 6h/day on the vent), wound VAC to
sacrum, dressing changes MWF. Weekly summary attached.

Harborlight Long-Term Acute Care Hospital - Utilization Review
555-0197
""", atts=["Granger_weekly_summary.pdf"]))

# EN3 - IRF, negated expedite, LCD 12/4 from Mon 11/30
add("extension_request", "IRF", "normal", "2026002398", "M239948150", False, ["plain", "attachment", "negated_expedite"], msg(
    "Sybil Marchbanks <smarchbanks@pacificvista.example>", PAYER,
    "Continued stay request - no need to expedite", "Mon, 30 Nov 2026 09:20:00 -0800",
    body="""Hi,

We'd like to request a continued stay for Edwin Faraday (M239948150), Case #2398.
No need to expedite - his LCD isn't until 12/4, I just wanted to get ahead of the
holiday backlog.

Mr. Faraday's cognition has improved markedly since the stroke; he is min A for
ADLs and ambulates 200 ft with a quad cane. The team is asking for 6 more days
to finish stair training and caregiver education with his wife.

Team conference note attached.

Sybil Marchbanks, RN
Utilization Review, Pacific Vista Rehabilitation Institute
555-0105
""", atts=["Faraday_team_conference.pdf"]))

# EN4 - Importance High header; LCD Sat 11/21 from Wed 11/18
add("extension_request", "SNF", "normal", "2026025530", "M378826041", False, ["plain", "priority_header"], msg(
    "Odile Fontaine <ofontaine@kestrelridge.example>", PAYER,
    "Extension - Ms. Harriet Bloom - AUTH-2026-025530", "Wed, 18 Nov 2026 10:10:00 -0500",
    headers={"Importance": "High"},
    body="""Good morning,

Please review for a continued skilled stay for Harriet Bloom, member M378826041.
LCD is Saturday, 11/21. She is on day 14, still requiring skilled nursing for a
new PEG with tube feed titration and SLP for dysphagia (NPO except therapeutic
trials). Requesting 10 additional days.

Odile Fontaine, LPN
Kestrel Ridge Skilled Nursing & Rehabilitation
"""))

# EN5 - closed IRF case mentioned; current SNF auth; LCD 11/12 from 11/9
add("extension_request", "SNF", "normal", "2026021770", "M194462038", False, ["plain", "multi_case", "multi_loc"], msg(
    "Abigail Tran <atran@sunnyacres.example>", PAYER,
    "Concurrent review - Mr. Thaddeus Wilde", "Mon, 09 Nov 2026 11:30:00 -0500",
    body="""Hello,

Thaddeus Wilde (M194462038) came to us 10/30 from Willow Creek's acute rehab
program, where he was under Case #2291 - that IRF case is closed. His current
SNF authorization is AUTH-2026-021770 with an LCD of 11/12.

Requesting a continued SNF stay of 7 more days: PT/OT daily; he is mod I with a
walker for short distances but still needs supervision for stairs and
showering. Diabetic foot wound is healing, dressing changes daily.

Abigail Tran, RN
Sunny Acres Skilled Nursing
555-0183
"""))

# EN6 - facility EHR notification (system generated), LCD 12/1 from 11/26
add("extension_request", "SNF", "normal", "2026002507", "M825503186", False, ["html", "system_generated"], msg(
    "MDSLink Notifications <notify@mdslink.test>", PAYER,
    "Concurrent Review Request submitted - Case #2507", "Thu, 26 Nov 2026 06:00:02 +0000",
    html="""<html><body style="font-family:Tahoma,sans-serif;font-size:12px">
<h3 style="color:#37474f">Concurrent review request submitted</h3>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#cfd8dc">
<tr><th align="left">Facility</th><td>Maple Terrace Subacute Center</td></tr>
<tr><th align="left">Resident</th><td>DUBOIS, AUGUSTIN</td></tr>
<tr><th align="left">Member ID</th><td>M825503186</td></tr>
<tr><th align="left">Payer case</th><td>Case #2507</td></tr>
<tr><th align="left">Current authorization through (LCD)</th><td>12/01/2026</td></tr>
<tr><th align="left">Additional days requested</th><td>14</td></tr>
<tr><th align="left">Skilled services</th><td>PT 5x/wk, OT 5x/wk, wound care daily (L heel, unstageable)</td></tr>
<tr><th align="left">Submitted by</th><td>D. Arceneaux, UR</td></tr>
</table>
<p style="color:#78909c">This notification was generated by MDSLink on behalf of the facility. Replies to this address are not monitored.</p>
</body></html>
"""))

# EN7 - Spanish mixed, latin-1, LCD 'el lunes' -> Mon 12/7 from Wed 12/2
add("extension_request", "SNF", "normal", "2026030051", "M566027413", False, ["plain", "latin1", "mixed_language", "attachment"], msg(
    "Rocío Villaseñor <rvillasenor@casadelsol-snf.test>", PAYER,
    "Solicitud de extensión – Sra. Amparo Leyva", "Wed, 02 Dec 2026 09:15:00 -0700",
    charset="iso-8859-1",
    body="""Hola,

Solicitamos extensión de 5 días para la Sra. Amparo Leyva, miembro M566027413,
AUTH-2026-030051. Su LCD es el lunes.

Sigue con terapia física y ocupacional diaria; camina 60 pies con andador y
asistencia mínima. Family meeting is set for next week to plan discharge home
with her son. Notas adjuntas.

Gracias,
Rocío Villaseñor
Coordinadora de UR, Casa del Sol Skilled Nursing
555-0168
""", atts=["Leyva_notas_terapia.pdf"]))

# EN8 - bare weekday: Date Friday 11/20, 'LCD Friday' -> 11/27
add("extension_request", "IRF", "normal", "2026002244", "M603381729", False, ["plain"], msg(
    "Leopold Haas <lhaas@willowcreekrehab.test>", PAYER,
    "ext request - Friday LCD", "Fri, 20 Nov 2026 13:25:00 -0500",
    body="""Hi - requesting 4 more days for Agnes Wyeth, Case #2244, M603381729. LCD
Friday. She's min A for toileting, working toward mod I; husband training is
scheduled.

Leopold Haas, OTR/L
Willow Creek Rehabilitation Institute
"""))

# EN9 - LTACH, LCD 11/14 from 11/10; 'urgent' only in disclaimer
add("extension_request", "LTAC", "normal", "2026017406", "M714459902", False, ["plain", "disclaimer"], msg(
    "Cassius Oduya <coduya@meridianspecialty.example>", PAYER,
    "Continued stay review - Mrs. Beatrix Lund - Ref: 2026017406", "Tue, 10 Nov 2026 16:00:00 -0600",
    body="""Hello,

Concurrent review for Beatrix Lund (M714459902). LCD 11/14. Requesting 7 more
days at LTACH level: still requiring q4h suctioning, trach change 11/8, TPN
weaning, IV daptomycin for VRE bacteremia.

Cassius Oduya, RN, Case Management
Meridian Specialty Hospital

*** This communication may contain confidential health information. If you are
not the intended recipient, please contact the sender immediately. Urgent
matters regarding patient safety should be directed to 555-0100. ***
"""))

# EN10 - skilled nursing stay, ASAP only, LCD 12/7 from 12/2
add("extension_request", "SNF", "normal", "2026032248", None, False, ["plain", "attachment", "asap_only"], msg(
    "Mariah Estes <mestes@brooksidecare.test>", PAYER,
    "extension", "Wed, 02 Dec 2026 14:48:00 -0500",
    body="""Hello - need a continued skilled nursing stay approved for Mr. Rowan Pike,
AUTH-2026-032248, LCD 12/7. PT/OT notes attached; he's not safe for home yet
(lives alone, 3 falls this year). Please review asap, thank you!

Mariah Estes
Brookside Care Center
""", atts=["Pike_PT_OT_notes.pdf"]))

# EN11 - long-winded acute rehab unit, alt, LCD 11/30 from 11/24
_b = """Dear Utilization Review team,

I'm writing to request an extension of Mr. Ambrose Kettering's stay in our
acute rehab unit (member M351184627, Case #2175). His current authorization
runs through 11/30.

Mr. Kettering was admitted on 11/17 following a left MCA stroke with right
hemiparesis and global aphasia. Over the past week he has made meaningful,
measurable progress: his transfers have gone from maximal to moderate
assistance, he now ambulates 40 feet with a hemi-walker and moderate assist of
one, and he is beginning to follow one-step commands consistently in speech
therapy. He continues to tolerate three hours of therapy five days a week, and
his rehabilitation physician sees him daily.

At this week's interdisciplinary team conference the team estimated that he
needs an additional 10 days to reach a level of function that would allow
discharge home with his wife and daughter, who are actively taking part in
family training.

I've attached the team conference summary, the latest therapy progress notes
and his physician's note. Please feel free to call me if you'd like to discuss
him.

Many thanks,

Theodora Blackwood, RN, CRRN
Utilization Review Nurse
Summit Ridge Acute Rehab Unit at Pinecrest University Hospital
555-0112
"""
add("extension_request", "IRF", "normal", "2026002175", "M351184627", False, ["alt", "attachment"], msg(
    "Theodora Blackwood <tblackwood@pinecrest-uh.example>", PAYER,
    "Continued stay request: Mr. Ambrose Kettering (Case #2175)", "Tue, 24 Nov 2026 15:35:00 -0500",
    body=_b, html=to_html(_b),
    atts=["Kettering_team_conference.pdf", "Kettering_therapy_progress.pdf", "Kettering_MD_note.pdf"]))

# EN12 - 4-message thread; newest asks 14 more days, LCD 12/10
add("extension_request", "SNF", "normal", "2026029377", "M470093315", False,
    ["reply", "attachment", "long_thread", "thread_len_4"], msg(
    "Wilhelmina Castro <wcastro@oakhollowpac.test>", "Dana Whitfield <dwhitfield@cedarlinehealth.example>",
    "RE: RE: RE: Concurrent review - Mr. Garrick Dunmore - AUTH-2026-029377", "Thu, 03 Dec 2026 15:10:00 -0500",
    cc="psc-intake@cedarlinehealth.example",
    body="""Hi Dana,

Per your request, here are the wound measurements from this week's assessment
(attached), along with the dietitian note. We are requesting 14 more days; LCD
is 12/10.

Wilhelmina

-----Original Message-----
From: Dana Whitfield
Sent: Wednesday, December 2, 2026 2:41 PM
To: Wilhelmina Castro
Subject: RE: RE: Concurrent review - Mr. Garrick Dunmore - AUTH-2026-029377

Thanks. Before I send it to review, can you send this week's wound
measurements? The last set I have is from 11/18.

Dana

-----Original Message-----
From: Wilhelmina Castro
Sent: Wednesday, December 2, 2026 11:05 AM
To: Dana Whitfield
Subject: RE: Concurrent review - Mr. Garrick Dunmore - AUTH-2026-029377

Hi Dana - yes, he's still with us at Oak Hollow in the SNF unit. PT is 5x/week,
he's at 120 ft with RW now. The sacral wound is the main skilled need.

-----Original Message-----
From: Dana Whitfield
Sent: Tuesday, December 1, 2026 4:20 PM
To: Wilhelmina Castro
Subject: Concurrent review - Mr. Garrick Dunmore - AUTH-2026-029377

Hi Wilhelmina, Mr. Dunmore (M470093315) has an LCD of 12/10. Is he still in
house, and do you plan to request more days?

Dana Whitfield, RN
Pre-Service Coordinator, Cedarline Senior Advantage
""", atts=["Dunmore_wound_measurements_1202.pdf", "Dunmore_dietitian_note.pdf"],
    in_reply_to="<dunmore-cr-1202@cedarlinehealth.example>"))

# ===========================================================================
# UPDATED CLINICALS
# ===========================================================================

# UU1 - please expedite
add("updated_clinicals", "IRF", "urgent", "2026023318", "M902215683", True, ["plain", "attachment"], msg(
    "Rosalind Mehta <rmehta@pinecrest-uh.example>", PAYER,
    "Updated clinicals - AUTH-2026-023318 - please expedite", "Mon, 16 Nov 2026 12:30:00 -0500",
    body="""Hi,

Attaching updated clinicals for Mr. Fitzgerald Obuya (M902215683),
AUTH-2026-023318 (pending, IRF at Summit Ridge). Today's PT note shows he walked
150 ft with a RW and min A, and OT has him at min A for lower-body dressing -
he's clearly able to participate now that the delirium has cleared.

Please expedite the review; he's medically stable and we'd like to get him
moving before he deconditions further.

Rosalind Mehta, RN
Pinecrest University Hospital, Ortho/Trauma CM
555-0114
""", atts=["Obuya_PT_OT_111626.pdf"]))

# UU2 - DC today
add("updated_clinicals", "SNF", "urgent", "2026002455", None, False, ["plain", "attachment"], msg(
    "Hugo Ballard <hballard@harlancmc.test>", PAYER,
    "Case #2455 - updated PT/OT", "Fri, 27 Nov 2026 09:05:00 -0600",
    body="""Morning,

Updated PT/OT notes for Case #2455 attached (Mrs. Delia Fontenot). She's
medically ready for DC today - just waiting on your SNF determination.
Transport to Sunny Acres is tentatively 2pm.

Hugo Ballard RN CM
Harlan County Medical Center
""", atts=["Fontenot_PT_OT_1127.pdf"]))

# UU3 - ready since yesterday
add("updated_clinicals", "LTAC", "urgent", "2026021193", None, False, ["plain", "attachment", "overdue"], msg(
    "Nadia Ferreira <nferreira@mercyvale.example>", PAYER,
    "labs + progress note for Ref: 2026021193", "Thu, 19 Nov 2026 10:45:00 -0500",
    body="""Hi,

Sending this morning's labs and the hospitalist progress note for Mr. Lemuel
Crane, Ref: 2026021193 (LTACH request). Lactate is normal, WBC down to 11.2,
and he has tolerated trach collar for 8 hours today.

He's been ready for transfer to Harborlight since yesterday and is still
sitting in our ICU.

Nadia Ferreira, RN, CM
Mercy Vale Hospital
""", atts=["Crane_labs_1119.pdf", "Crane_progress_note_1119.pdf"]))

# UU4 - reply with OT notes; DC 'tomorrow' in quoted 11/9 message = 11/10 = today
add("updated_clinicals", "IRF", "urgent", "2026021405", None, False,
    ["reply", "attachment", "quoted_relative_date", "thread_len_3"], msg(
    "Shauna Pell <spell@marinacrest.example>", "Dana Whitfield <dwhitfield@cedarlinehealth.example>",
    "RE: Clinicals request - AUTH-2026-021405", "Tue, 10 Nov 2026 11:00:00 -0800",
    body="""Here are the OT notes you asked for - both sessions from yesterday and this
morning's. Let me know if anything else is missing.

Shauna

On Mon, Nov 9, 2026 at 2:18 PM, Dana Whitfield <dwhitfield@cedarlinehealth.example> wrote:
> Hi Shauna, to finish the review for Mr. Ellery Vanterpool's IRF request
> (AUTH-2026-021405) we need his most recent OT notes. Can you send them?
>
> Dana
>
> On Mon, Nov 9, 2026 at 1:02 PM, Shauna Pell <spell@marinacrest.example> wrote:
>> Any update? The team plans DC tomorrow if the auth comes through.
""", atts=["Vanterpool_OT_1109_1110.pdf"], in_reply_to="<vanterpool-1109@cedarlinehealth.example>"))

# UH1 - terse, pending
add("updated_clinicals", "IRF", "high", "2026002301", None, False, ["plain", "attachment"], msg(
    "Bettina Lorenz <blorenz@lakeshoregeneral.test>", PAYER,
    "Updated PT/OT notes", "Thu, 12 Nov 2026 14:00:00 -0500",
    body="""Updated PT/OT notes attached, Case #2301. Pt still pending your review for
acute rehab.

B. Lorenz, CM, Lakeshore General
""", atts=["PTOT_1112.pdf"]))

# UH2 - almost no text; no setting named
add("updated_clinicals", None, "high", "2026026640", None, False, ["plain", "attachment"], msg(
    "Greta Holm <gholm@stbrendan.example>", PAYER,
    "Ref: 2026026640 clinicals", "Wed, 25 Nov 2026 16:12:00 -0500",
    body="""see attached

Sent from my iPad
""", atts=["progress_notes_1125.pdf"]))

# UH3 - hospital secure-messaging HTML notice of new documents
add("updated_clinicals", "IRF", "high", "2026018850", "M250336891", False, ["html", "system_generated"], msg(
    "Pinecrest UH Secure Messaging <securemsg@pinecrest-uh.example>", PAYER,
    "New documents for AUTH-2026-018850", "Tue, 03 Nov 2026 17:20:00 -0500",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p><b>Pinecrest University Hospital &ndash; Secure Messaging</b></p>
<p>New clinical documents have been uploaded for your pending request.</p>
<ul>
<li>Patient: Jasper Ilves</li>
<li>Member: M250336891</li>
<li>Your reference: AUTH-2026-018850</li>
<li>Request: Inpatient rehabilitation (IRF) admission</li>
<li>Documents added: Hospitalist progress note 11/03; PT daily note 11/03; OT daily note 11/03</li>
</ul>
<p>Sent on behalf of Vivienne Hart, RN, Case Manager (555-0115).</p>
<p style="font-size:10px;color:#666">Log in to the Pinecrest provider portal to view documents.</p>
</body></html>
"""))

# UH4 - clinicals plus 'any update?' -> updated_clinicals (rule order)
add("updated_clinicals", "SNF", "high", "2026018002", None, False, ["reply", "attachment"], msg(
    "Corinne Baptiste <cbaptiste@gfmemorial.example>", PAYER,
    "RE: SNF request - Mr. Lazlo Hendry", "Mon, 02 Nov 2026 15:15:00 -0500",
    body="""Attaching today's progress note and PT note for Lazlo Hendry, AUTH-2026-018002 -
he walked 60 ft today with the RW. Also, any update on the decision? His family
keeps asking.

Corinne
""", atts=["Hendry_progress_PT_1102.pdf"], in_reply_to="<hendry-snf-1030@gfmemorial.example>"))

# UH5 - DC tomorrow (Thanksgiving day e-mail)
add("updated_clinicals", "SNF", "high", "2026002530", None, False, ["plain", "attachment"], msg(
    "Anya Borowski <aborowski@stbrendan.example>", PAYER,
    "Addl clinicals - Case #2530 - DC tomorrow", "Thu, 26 Nov 2026 10:05:00 -0500",
    body="""Happy Thanksgiving (sort of). Adding the wound care consult and today's nursing
note for Mr. Osric Vantongeren, Case #2530, SNF request. Plan is still DC
tomorrow to Kestrel Ridge if approved.

Anya Borowski, RN
St. Brendan Regional Medical Center, 4 North
555-0128
""", atts=["Vantongeren_wound_consult.pdf", "Vantongeren_nursing_1126.pdf"]))

# UH6 - physician clinical update in body, LTACH pending
add("updated_clinicals", "LTAC", "high", "2026025812", "M381127754", False, ["plain", "multi_loc"], msg(
    "Matthias Ekwueme MD <mekwueme@riodorado-mc.test>", PAYER,
    "Clinical update for pending LTACH request - Mr. Augustin Reyes", "Fri, 20 Nov 2026 18:30:00 -0600",
    body="""To the reviewing physician:

For completeness I'd like to add to the record for Mr. Augustin Reyes
(M381127754, AUTH-2026-025812), whose LTACH request is pending.

Since the records were sent on 11/18:
- Trach collar trials: 11/19 failed at 90 minutes (RR 34, SpO2 87%); 11/20
  tolerated 3 hours on 35%.
- Remains on PRVC overnight.
- New left lower lobe infiltrate 11/19; cultures pending, started cefepime.
- Nutrition: tube feeds at goal, prealbumin 9.
- Skin: sacral stage 2 noted 11/20.

In my opinion he continues to need a prolonged, hospital-level weaning program
that a skilled nursing facility cannot provide.

Matthias Ekwueme, MD
Critical Care Medicine, Rio Dorado Medical Center
"""))

# UH7 - internal FYI forward of hospital clinicals
add("updated_clinicals", "SNF", "high", "2026002493", None, False, ["plain", "forward", "attachment"], msg(
    "Dana Whitfield <dwhitfield@cedarlinehealth.example>", PAYER,
    "FW: updated notes - Ms. Thomasina Greer", "Tue, 24 Nov 2026 08:40:00 -0500",
    body="""FYI - these came to my direct email instead of the box.

Dana

-----Original Message-----
From: Lucan Achterberg <lachterberg@lakeshoregeneral.test>
Sent: Monday, November 23, 2026 5:12 PM
To: Dana Whitfield <dwhitfield@cedarlinehealth.example>
Subject: updated notes - Ms. Thomasina Greer

Dana,

Attached are today's nursing notes and the wound care note for Ms. Thomasina
Greer, Case #2493, pending SNF auth. Her heel wound is now 2.1 x 1.8 cm,
no drainage.

Lucan Achterberg, RN
Lakeshore General Hospital
""", atts=["Greer_nursing_wound_1123.pdf"]))

# UH8 - negated: standard review is fine
add("updated_clinicals", "SNF", "high", "2026000877", "M551980246", False, ["plain", "attachment", "negated_expedite"], msg(
    "Odette Marchetti <omarchetti@mercyvale.example>", PAYER,
    "Additional wound notes - Case #0877", "Wed, 11 Nov 2026 13:50:00 -0500",
    body="""Hi,

Sending additional wound care notes for Case #0877 (Mrs. Clementine Abara,
M551980246) for her SNF request. No rush on our end - standard review is fine,
she isn't medically ready yet.

Odette
""", atts=["Abara_wound_notes_1111.pdf"]))

# UH9 - subject says DC planning; body sends new clinicals for pending LTACH request
add("updated_clinicals", "LTAC", "high", "2026027150", None, False, ["reply", "attachment", "misleading_subject"], msg(
    "Imogen Tate <itate@mercyvale.example>", PAYER,
    "RE: DC planning - Mr. Desmond Achebe", "Mon, 30 Nov 2026 11:25:00 -0500",
    body="""Hi again,

Following up on Mr. Achebe's LTACH request (Ref: 2026027150): attaching the
repeat CT report (stable collections, drains in good position) and the surgery
note from this morning. Nothing else new.

Imogen
""", atts=["Achebe_CT_1129.pdf", "Achebe_surgery_note_1130.pdf"], in_reply_to="<achebe-1127@cedarlinehealth.example>"))

# UH10 - Spanish mixed, latin-1, updated notes for pending IRF request
add("updated_clinicals", "IRF", "high", "2026024690", "M627390118", False, ["plain", "latin1", "mixed_language", "attachment"], msg(
    "Marisol Quintanilla <mquintanilla@riodorado-mc.test>", PAYER,
    "Notas actualizadas – AUTH-2026-024690", "Wed, 18 Nov 2026 12:10:00 -0700",
    charset="iso-8859-1",
    body="""Hola,

Adjunto las notas actualizadas de PT/OT y la nota del médico de hoy para la
Sra. Consuelo Ibarra (M627390118), solicitud para inpatient rehab en Pacific
Vista. Ya camina 80 pies con andador y participa más de 2 horas diarias en
terapia.

Saludos,
Marisol Quintanilla, LCSW
Rio Dorado Medical Center
""", atts=["Ibarra_notas_PT_OT_MD.pdf"]))

# UN1 - approved, routine weekly update
add("updated_clinicals", "SNF", "normal", "2026017760", "M449201735", False, ["plain", "attachment", "approved_routine"], msg(
    "Clarabel Nguyen <cnguyen@kestrelridge.example>", PAYER,
    "Weekly update - AUTH-2026-017760", "Fri, 06 Nov 2026 14:40:00 -0500",
    body="""Hi,

Routine weekly update for Mr. Bartholomew Okoye (M449201735), AUTH-2026-017760 -
already approved through 11/15, no changes requested. Therapy progress notes
attached: ambulating 180 ft with RW, supervision for ADLs.

Clarabel Nguyen, RN | Kestrel Ridge Skilled Nursing & Rehabilitation
""", atts=["Okoye_weekly_therapy.pdf"]))

# UN2 - IRF team conference note, approved
add("updated_clinicals", "IRF", "normal", "2026024117", None, False, ["plain", "attachment", "approved_routine"], msg(
    "Maren Solberg <msolberg@bayfrontrehab.example>", PAYER,
    "Team conference note - Cyril Osei", "Thu, 03 Dec 2026 16:05:00 -0500",
    body="""Hello,

For your records: this week's interdisciplinary team conference note for Cyril
Osei, AUTH-2026-024117. His stay is approved through 12/8 and nothing needs to
change right now - sending as our routine weekly update.

Maren Solberg, RN
Utilization Review, Bayfront Rehabilitation Hospital
""", atts=["Osei_team_conference_1203.pdf"]))

# UN3 - LTACH approved, FYI weekly clinical
add("updated_clinicals", "LTAC", "normal", "2026002160", None, False, ["plain", "approved_routine"], msg(
    "Ines Kowalczyk <ikowalczyk@meridianspecialty.example>", PAYER,
    "FYI - weekly clinical, Case #2160", "Mon, 23 Nov 2026 09:30:00 -0600",
    body="""Morning,

FYI only - weekly clinical for Mrs. Octavia Runge, Case #2160, approved LTACH
stay through 11/29. Vent-free since 11/20, on 28% trach mask, speaking valve
trials started. No action needed from you.

Ines
"""))

# UN4 - HTML weekly summary, approved
add("updated_clinicals", "SNF", "normal", "2026002507", "M825503186", False, ["html", "approved_routine"], msg(
    "Delphine Arceneaux <darceneaux@mapleterrace.example>", PAYER,
    "Weekly skilled summary - Augustin Dubois", "Wed, 02 Dec 2026 11:00:00 -0500",
    html="""<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Hello Cedarline team,</p>
<p>Attached below is this week's skilled progress summary for <b>Augustin Dubois</b> (M825503186), Case #2507.
His stay is authorized through 12/15 (approved 11/30), so this is just our routine weekly update &mdash; no request.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>PT</td><td>Gait 90 ft RW, CGA; stairs not yet attempted</td></tr>
<tr><td>OT</td><td>UB dressing set-up, LB dressing min A</td></tr>
<tr><td>Wound</td><td>L heel, now stage 3 after debridement, 2.4 x 2.0 cm, granulating</td></tr>
</table>
<p>Thank you,<br>Delphine Arceneaux<br>Utilization Review<br>Maple Terrace Subacute Center</p>
</body></html>
"""))

# UN5 - approved routine; Importance/X-Priority headers
add("updated_clinicals", "SNF", "normal", "2026021770", "M194462038", False, ["plain", "attachment", "priority_header", "approved_routine"], msg(
    "Abigail Tran <atran@sunnyacres.example>", PAYER,
    "Thaddeus Wilde - weekly notes", "Fri, 27 Nov 2026 13:13:00 -0500",
    headers={"Importance": "High", "X-Priority": "1"},
    body="""Hi, our system flags everything as high importance, sorry. Routine weekly notes
for Thaddeus Wilde (M194462038), AUTH-2026-021770, approved through 11/30.
Attached.

Abigail Tran, RN, Sunny Acres Skilled Nursing
""", atts=["Wilde_weekly_notes_1127.pdf"]))

# ===========================================================================
# STATUS INQUIRIES
# ===========================================================================

# SU1 - any word, DC today
add("status_inquiry", "SNF", "urgent", "2026018644", None, False, ["plain"], msg(
    "Renata Foyle <rfoyle@stbrendan.example>", PAYER,
    "any word? AUTH-2026-018644", "Tue, 03 Nov 2026 13:30:00 -0500",
    body="""Hi - any word on AUTH-2026-018644 (Mr. Ignatius Poole, SNF to Oak Hollow)? He's
ready for DC today and the facility keeps calling me. Thx, Renata
"""))

# SU2 - 'This is urgent ... please expedite'
add("status_inquiry", "IRF", "urgent", "2026002388", "M746620391", True, ["plain"], msg(
    "Lorna Gillespie <lgillespie@harlancmc.test>", PAYER,
    "Status - Case #2388", "Fri, 20 Nov 2026 16:50:00 -0600",
    body="""Good afternoon,

Checking on the status of our IRF request for Mr. Cornelius Wade, Case #2388,
member M746620391, submitted Tuesday. This is urgent - Willow Creek will only
hold his bed through the weekend and our attending is worried he'll
decondition. Please expedite if at all possible.

Thank you,
Lorna Gillespie, RN
Harlan County Medical Center
555-0139
"""))

# SU3 - ready since yesterday
add("status_inquiry", "IRF", "urgent", "2026002330", None, False, ["plain", "overdue"], msg(
    "Hollis Greer <hgreer@marinacrest.example>", PAYER,
    "Still waiting - Case #2330", "Tue, 17 Nov 2026 08:20:00 -0800",
    body="""Hello,

Mrs. Ottilie Brandt, Case #2330, has been ready for discharge to Pacific Vista
Rehabilitation Institute since yesterday morning and we still don't have a
determination. Can someone tell me where this stands?

Hollis Greer, RN
Marina Crest Medical Center
"""))

# SU4 - reply 'any word?'; quoted 11/23 'hold the bed until tomorrow' = 11/24 = today
add("status_inquiry", "SNF", "urgent", "2026026911", "M313378254", False, ["reply", "quoted_relative_date"], msg(
    "Faye Mortensen <fmortensen@brooksidecare.test>", PAYER,
    "RE: Bed hold - Mr. Silas Wentworth", "Tue, 24 Nov 2026 09:15:00 -0500",
    body="""Good morning - any word on this one?

Faye

From: Faye Mortensen
Sent: Monday, November 23, 2026 1:40 PM
To: psc-intake@cedarlinehealth.example
Subject: Bed hold - Mr. Silas Wentworth

Hi, we submitted the skilled nursing auth request for Silas Wentworth
(M313378254, Ref: 2026026911) on Friday. We're holding the bed until tomorrow
at 5pm - can you let me know where the review stands?

Faye Mortensen
Admissions Coordinator, Brookside Care Center
555-0174
""", in_reply_to="<wentworth-1123@brooksidecare.test>"))

# SU5 - +1000 offset; bed offer expires 12/2 = today in header offset
add("status_inquiry", "LTAC", "urgent", "2026002590", "M985512074", False, ["plain"], msg(
    "Leilani Cruz <lcruz@marianas-rmc.example>", PAYER,
    "Status check - LTACH request Case #2590", "Wed, 02 Dec 2026 08:30:00 +1000",
    body="""Hafa adai,

Following up on the LTACH request for Mr. Joaquin Taitano, Case #2590,
M985512074. The accepting LTACH's bed offer expires 12/2 and we have not heard
back. Could you let us know the status?

Si Yu'os Ma'åse',
Leilani Cruz, RN
Marianas Regional Medical Center
+1 671 555 0140
"""))

# SH1 - bed held through tomorrow
add("status_inquiry", "SNF", "high", "2026020544", None, False, ["plain"], msg(
    "Gwen Albescu <galbescu@kestrelridge.example>", PAYER,
    "Status? - Mrs. Prudence Hale", "Mon, 09 Nov 2026 14:00:00 -0500",
    body="""Hi, just checking on the status of the SNF auth for Prudence Hale,
AUTH-2026-020544. We've held her bed since Friday but can only hold it through
tomorrow. Anything you need from us?

Gwen Albescu, Admissions Director
Kestrel Ridge Skilled Nursing & Rehabilitation
"""))

# SH2 - status of a filed appeal; appeal response deadline tomorrow
add("status_inquiry", "IRF", "high", "2026018377", None, False, ["plain"], msg(
    "Vernon Blakely <vblakely@pinecrest-uh.example>", PAYER,
    "Reconsideration status - AUTH-2026-018377", "Wed, 18 Nov 2026 10:30:00 -0500",
    body="""Hello,

We filed a reconsideration on 10/20 for Mrs. Persephone Hadley's denied IRF
admission (AUTH-2026-018377). By our count the plan's response is due
tomorrow, 11/19. Can you confirm it is in process and when we should expect a
determination?

Vernon Blakely
Denials & Appeals Coordinator
Pinecrest University Hospital
555-0113
"""))

# SN1 - terse
add("status_inquiry", None, "normal", "2026019377", None, False, ["plain"], msg(
    "Trudy Kellerman <tkellerman@gfmemorial.example>", PAYER,
    "AUTH-2026-019377", "Thu, 05 Nov 2026 11:02:00 -0500",
    body="""Any update on AUTH-2026-019377?

Trudy K.
Granite Falls Memorial Case Mgmt
"""))

# SN2 - very polite IRF follow-up
add("status_inquiry", "IRF", "normal", "2026002352", "M281105947", False, ["plain"], msg(
    "Philippa Danvers <pdanvers@lakeshoregeneral.test>", PAYER,
    "Gentle follow-up — Mr. Reginald Thorne", "Thu, 19 Nov 2026 10:20:00 -0500",
    body="""Dear Cedarline team,

I do hope I'm not being a nuisance. May I kindly request an update on the acute
inpatient rehabilitation request for Mr. Reginald Thorne (member M281105947,
Case #2352) that we submitted on Monday? His medical team expects him to be
ready sometime next week, so there is no emergency; I simply wanted to make
sure nothing was missing from our packet.

With thanks and kind regards,
Philippa Danvers
Case Management, Lakeshore General Hospital
"""))

# SN3 - status of a reconsideration already filed
add("status_inquiry", "LTAC", "normal", "2026025044", "M640028315", False, ["plain"], msg(
    "Vernon Blakely <vblakely@pinecrest-uh.example>", PAYER,
    "Reconsideration filed 11/18 - status?", "Mon, 30 Nov 2026 13:45:00 -0500",
    body="""Hi,

Checking on the reconsideration we faxed on 11/18 for Mrs. Imelda Szabo
(M640028315), denied LTACH admission under AUTH-2026-025044. Our confirmation
shows it was received 11/18 at 4:02 pm. Has it been assigned to a reviewer?
She remains in our step-down unit.

Vernon Blakely
Denials & Appeals Coordinator, Pinecrest University Hospital
555-0113
"""))

# SN4 - outcome of a P2P that already happened -> status
add("status_inquiry", "SNF", "normal", None, "M667120946", False, ["plain"], msg(
    "Bea Lindqvist <blindqvist@harlancmc.test>", PAYER,
    "P2P yesterday - outcome?", "Wed, 11 Nov 2026 14:00:00 -0600",
    body="""Hi,

Dr. Faulkner had the peer-to-peer with your medical director yesterday
afternoon about Mr. Anselmo Vidal's subacute rehab request (M667120946). He
came out of it thinking it went well but was told the MD would "document and
decide." Do you know the outcome yet?

Thanks,
Bea
"""))

# SN5 - family member
add("status_inquiry", "SNF", "normal", None, "M772015930", False, ["plain"], msg(
    "Marjorie Kettleworth <marjk1958@mailbox.example>", PAYER,
    "my father's nursing home approval", "Sat, 21 Nov 2026 19:22:00 -0500",
    body="""Hello,

My name is Marjorie Kettleworth and I am the daughter of Herbert Kettleworth
(his member number is M772015930 on his card). He is in St. Brendan hospital
and the social worker told us he needs to go to a skilled nursing place for a
couple of weeks for rehab and that the insurance has to approve it first. She
sent the paperwork Wednesday.

Has a decision been made? Nobody at the hospital can tell us anything and my
mother is very anxious. We were told maybe he could leave sometime next week.

Thank you for any help,
Marjorie Kettleworth
cell 555-0129
"""))

# SN6 - subject URGENT, body: not urgent
add("status_inquiry", "SNF", "normal", "2026029908", None, False, ["plain", "misleading_subject", "negated_expedite"], msg(
    "Darnell Pruitt <dpruitt@mercyvale.example>", PAYER,
    "URGENT - status AUTH-2026-029908", "Tue, 01 Dec 2026 10:10:00 -0500",
    body="""Not urgent, just checking - did the SNF request for Mrs. Alma Grieve go to
review yet? She isn't expected to be ready before next week.

Darnell Pruitt, RN CM, Mercy Vale Hospital
"""))

# SN7 - Spanish, latin-1, LTAC
add("status_inquiry", "LTAC", "normal", "2026023741", None, False, ["plain", "latin1", "mixed_language"], msg(
    "Ezequiel Montaño <emontano@riodorado-mc.test>", PAYER,
    "¿Alguna novedad? Ref: 2026023741", "Mon, 16 Nov 2026 11:35:00 -0700",
    charset="iso-8859-1",
    body="""Buenas tardes,

¿Hay alguna novedad sobre la solicitud para long-term acute care del Sr.
Baltasar Ochoa (Ref: 2026023741)? La enviamos el jueves. El equipo médico
piensa que estará listo para el traslado a finales de la próxima semana.

Mil gracias,
Ezequiel Montaño
Coordinador de Casos, Rio Dorado Medical Center
555-0161
"""))

# SN8 - discharged yesterday but asks whether the extension was approved -> status
add("status_inquiry", "SNF", "normal", "2026025530", "M378826041", False, ["plain", "misleading_subject"], msg(
    "Odile Fontaine <ofontaine@kestrelridge.example>", PAYER,
    "Harriet Bloom - discharged", "Wed, 25 Nov 2026 11:50:00 -0500",
    body="""Good morning,

Harriet Bloom (M378826041, AUTH-2026-025530) discharged home with home health
yesterday. Could you tell us whether the extension we requested on 11/18 was
approved? We never received a determination letter and billing needs to know
whether 11/22-11/24 are covered.

Odile Fontaine, LPN
Kestrel Ridge Skilled Nursing & Rehabilitation
"""))

# SN9 - ASAP only
add("status_inquiry", "LTAC", "normal", "2026002012", None, False, ["plain", "asap_only"], msg(
    "Lyle Haverkamp <lhaverkamp@harlancmc.test>", PAYER,
    "status please", "Fri, 06 Nov 2026 15:30:00 -0600",
    body="""Can you let us know ASAP where the LTACH request for Mr. Porfirio Salas
stands? Case #2012. Thanks - Lyle, Harlan County Medical Center
"""))

# SN10 - Importance header; DC 11/16 from 11/10
add("status_inquiry", "IRF", "normal", "2026021130", "M524490162", False, ["plain", "priority_header"], msg(
    "Imogen Tate <itate@mercyvale.example>", PAYER,
    "Status of IRF request - Mrs. Rhoda Pembrook", "Tue, 10 Nov 2026 12:12:00 -0500",
    headers={"Importance": "High", "X-Priority": "1"},
    body="""Hi,

Following up on the IRF request for Rhoda Pembrook (M524490162),
AUTH-2026-021130, sent 11/6. Has a decision been made? Target DC is 11/16.

Imogen Tate, MSW, LCSW
Mercy Vale Hospital Case Management
"""))

# SN11 - HTML only from SNF
add("status_inquiry", "SNF", "normal", "2026002674", None, False, ["html"], msg(
    "Gwen Albescu <galbescu@kestrelridge.example>", PAYER,
    "Mr. Cosmo Lindgren", "Thu, 03 Dec 2026 13:00:00 -0500",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi there,</p>
<p>Could you tell me where things stand on the SNF authorization for <b>Mr. Cosmo Lindgren</b>, Case #2674?
The hospital mentioned he may be ready early next week and we'd like to plan staffing.</p>
<p>Thanks!<br>
Gwen Albescu<br>
Admissions Director, Kestrel Ridge Skilled Nursing &amp; Rehabilitation</p>
</body></html>
"""))

# SN12 - two cases; current = Case #2004 (IRF), DC Thursday 11/5 from Mon 11/2
add("status_inquiry", "IRF", "normal", "2026002004", None, False, ["plain", "multi_case"], msg(
    "Lorna Gillespie <lgillespie@harlancmc.test>", PAYER,
    "Two follow-ups", "Mon, 02 Nov 2026 10:40:00 -0600",
    body="""Hi,

Thank you for the approval on Case #1980 (Mr. Dudley Marsh) - he went to Sunny
Acres on Friday.

I'm still waiting on Case #2004 for Mrs. Opaline Reyes, the IRF request we sent
last Tuesday. Any update on that one? She is tentatively slated for discharge
Thursday.

Lorna Gillespie, RN
Harlan County Medical Center
"""))

# SN13 - LTCH status, transfer Mon 11/30 from Fri 11/27; 'urgently' only in disclaimer
add("status_inquiry", "LTAC", "normal", None, "M739921788", False, ["plain", "disclaimer"], msg(
    "Mirela Jovanovic <mjovanovic@pinecrest-uh.example>", PAYER,
    "Status - LTCH request for Mr. Lysander Quill", "Fri, 27 Nov 2026 14:14:00 -0500",
    body="""Hello,

Checking the status of the LTCH request for Lysander Quill (M739921788).
Meridian is planning his transfer for Monday 11/30 if approved.

Mirela Jovanovic, RN, ACM
Cardiothoracic Case Management, Pinecrest University Hospital

CONFIDENTIALITY NOTICE: This e-mail and any attachments contain protected health
information intended only for the named recipient. If you have received this
message in error, please notify the sender urgently by reply e-mail and destroy
all copies. Unauthorized review, use or disclosure is prohibited.
"""))

# SN14 - bare weekday: Date Thursday 11/19, 'DC Thursday' -> 11/26
add("status_inquiry", "SNF", "normal", "2026024402", None, False, ["plain"], msg(
    "Quentin Fairweather <qfairweather@stbrendan.example>", PAYER,
    "decision yet? Ref: 2026024402", "Thu, 19 Nov 2026 15:40:00 -0500",
    body="""Hi - any decision yet on the SNF request for Ms. Winifred Dunbar, Ref:
2026024402? She's planned for DC Thursday.

Q. Fairweather RN CM, St. Brendan Regional
"""))

# SN15 - internal forward-as-attachment of an IRF's status question; transfer 12/4 from 11/30
_inner = msg("Sybil Marchbanks <smarchbanks@pacificvista.example>", "Tomasz Wierzbicki <twierzbicki@cedarlinehealth.example>",
             "follow up", "Fri, 27 Nov 2026 10:12:00 -0800",
             body="""Hi Tomasz, hope you had a nice Thanksgiving. Do you know if the IRF referral for
Mrs. Dorothea Lamb (Case #2556) has been decided? Her hospital is aiming for a
transfer to us on 12/4.

Sybil Marchbanks, RN
Utilization Review, Pacific Vista Rehabilitation Institute
""")
add("status_inquiry", "IRF", "normal", "2026002556", None, False, ["forward_as_attachment"], msg(
    "Tomasz Wierzbicki <twierzbicki@cedarlinehealth.example>", PAYER,
    "FW: follow up", "Mon, 30 Nov 2026 09:05:00 -0500",
    body="""Provider asking about this one - her e-mail attached.
- T
""", fwd=_inner, fwd_name="follow up.eml"))

# SN16 - 5-message thread ending 'any word?', target DC 12/9 from 12/4
add("status_inquiry", "IRF", "normal", "2026031562", "M905527380", False, ["reply", "long_thread", "thread_len_5"], msg(
    "Benedikt Sauer <bsauer@gfmemorial.example>", "Dana Whitfield <dwhitfield@cedarlinehealth.example>",
    "RE: RE: IRF request - Mr. Florian Beck - AUTH-2026-031562", "Fri, 04 Dec 2026 10:30:00 -0500",
    cc="psc-intake@cedarlinehealth.example",
    body="""Any word on this? Still aiming for 12/9.
-Ben

-----Original Message-----
From: Dana Whitfield
Sent: Wednesday, December 2, 2026 3:10 PM
To: Benedikt Sauer
Subject: RE: RE: IRF request - Mr. Florian Beck - AUTH-2026-031562

Received, thanks Ben. It's with the clinical reviewer now.

-----Original Message-----
From: Benedikt Sauer
Sent: Wednesday, December 2, 2026 1:45 PM
To: Dana Whitfield
Subject: RE: IRF request - Mr. Florian Beck - AUTH-2026-031562

Here you go - PM&R consult attached.

-----Original Message-----
From: Dana Whitfield
Sent: Tuesday, December 1, 2026 4:00 PM
To: Benedikt Sauer
Subject: RE: IRF request - Mr. Florian Beck - AUTH-2026-031562

Hi Ben, we received the IRF request for Mr. Beck (M905527380). The PM&R consult
referenced in the H&P wasn't in the packet; can you send it?

-----Original Message-----
From: Benedikt Sauer
Sent: Tuesday, December 1, 2026 9:20 AM
To: psc-intake@cedarlinehealth.example
Subject: IRF request - Mr. Florian Beck

New request for acute inpatient rehab for Florian Beck, M905527380. 61M,
central cord syndrome (C5-6) after a fall 11/25, s/p decompression 11/26,
weak hands, ambulating 30 ft with a platform walker. Target DC 12/9.

Benedikt Sauer, RN
Granite Falls Memorial
""", in_reply_to="<beck-1202@cedarlinehealth.example>"))

# SN17 - typos, LTACH, next week
add("status_inquiry", "LTAC", "normal", "2026019466", "M333604791", False, ["plain", "typos"], msg(
    "Jolene Rasmussen <jrasmussen@lakeshoregeneral.test>", PAYER,
    "LTACH auth stauts", "Wed, 04 Nov 2026 16:16:00 -0500",
    body="""hi wanted to check the stauts of the LTACH authorizaton for Mr. Emmerich Voss,
AUTH-2026-019466, mbr M333604791. we sent everyting monday. dr says he wont be
ready to go untill next week anyway, just keeping tabs.

thx jolene
Lakeshore General CM
"""))

# ===========================================================================
# P2P REQUESTS
# ===========================================================================

# PU1 - Subject 'Status?' but asks P2P; DC today
add("p2p_request", "SNF", "urgent", "2026022311", None, False, ["plain", "misleading_subject"], msg(
    "Renata Foyle <rfoyle@stbrendan.example>", PAYER,
    "Status?", "Thu, 12 Nov 2026 08:45:00 -0500",
    body="""Got the denial letter overnight for Mr. Leander Cobb's SNF admission
(AUTH-2026-022311). Our hospitalist, Dr. Varga, wants a peer to peer with your
medical director - she's on until 6pm, cell 555-0120. He's ready for DC today.

Renata
"""))

# PU2 - urgent P2P
add("p2p_request", "LTAC", "urgent", "2026025812", None, True, ["plain"], msg(
    "Matthias Ekwueme MD <mekwueme@riodorado-mc.test>", PAYER,
    "Urgent P2P request - LTACH denial, Mr. Augustin Reyes", "Wed, 25 Nov 2026 14:30:00 -0600",
    body="""I received notice this afternoon that Mr. Reyes' LTACH admission
(AUTH-2026-025812) was denied. I am requesting an urgent peer-to-peer with the
reviewing medical director. I'm available today until 8 pm and tomorrow
morning; my cell is 555-0165.

Matthias Ekwueme, MD
Critical Care Medicine, Rio Dorado Medical Center
"""))

# PU3 - P2P window closes today; 'urgent please'
add("p2p_request", "SNF", "urgent", "2026002366", None, True, ["plain"], msg(
    "Anya Borowski <aborowski@stbrendan.example>", PAYER,
    "P2P window closes 5pm today - Case #2366", "Mon, 16 Nov 2026 10:20:00 -0500",
    body="""Hi,

Per the denial notice for Case #2366 (Mr. Ferdinand Rusk, SNF), the
peer-to-peer window closes today at 5:00 PM. Dr. Lindqvist-Amari would like to
schedule it - urgent please, she's available 1-4 pm at 555-0123.

Anya Borowski, RN, St. Brendan Regional Medical Center
"""))

# PU4 - is a P2P still possible? ready since yesterday
add("p2p_request", "IRF", "urgent", "2026030712", "M713309458", False, ["plain", "overdue"], msg(
    "Shauna Pell <spell@marinacrest.example>", PAYER,
    "Is a P2P still possible? - AUTH-2026-030712", "Thu, 03 Dec 2026 09:50:00 -0800",
    body="""Hi,

Mr. Leopold Amsel's inpatient rehab request (AUTH-2026-030712, M713309458) was
denied 12/1. Is a peer-to-peer still possible at this point? Our physiatrist
would like to speak with your medical director. He was medically ready for
discharge yesterday and is still in our bed.

Shauna Pell, RN
Marina Crest Medical Center
555-0106
"""))

# PU5 - 'pls see below' forward of hospitalist asking P2P today
add("p2p_request", "SNF", "urgent", "2026027004", None, False, ["plain", "forward"], msg(
    "Hattie Vong <hvong@stbrendan.example>", PAYER,
    "FW: P2P needed today", "Tue, 24 Nov 2026 11:05:00 -0500",
    body="""pls see below

From: Kaveh Rostami MD <krostami@stbrendan.example>
Sent: Tuesday, November 24, 2026 10:48 AM
To: Hattie Vong <hvong@stbrendan.example>
Subject: P2P needed today

Hattie - can you ask Cedarline to set up a P2P on the SNF denial for Mrs.
Eulalia Prewitt (AUTH-2026-027004)? I need to do it today before 4, she's ready
to go and the family is here. I'm at 555-0125.

KR
"""))

# PU6 - STAT
add("p2p_request", "IRF", "urgent", "2026002320", None, True, ["plain"], msg(
    "Ignatius Faulk <ifaulk@gfmemorial.example>", PAYER,
    "P2P STAT", "Sat, 14 Nov 2026 09:30:00 -0500",
    body="""Need P2P STAT re: acute rehab denial, Case #2320. Pt 58F, bilateral SDH s/p
evacuation, was working full time, excellent rehab candidate. Call me 555-0134.
-Faulk, hospitalist, Granite Falls Memorial
"""))

# PU7 - Spanish, latin-1; P2P today, ready for DC today
add("p2p_request", "SNF", "urgent", "2026019925", "M208835671", False, ["plain", "latin1", "mixed_language"], msg(
    "Ramiro Etxeberria <retxeberria@riodorado-mc.test>", PAYER,
    "Solicitud de peer to peer – Ref: 2026019925", "Fri, 06 Nov 2026 10:15:00 -0700",
    charset="iso-8859-1",
    body="""Buenos días,

Soy el médico tratante de la Sra. Guadalupe Arreola (M208835671). Recibimos la
negación para SNF ayer. Quisiera hablar con su director médico hoy, peer to
peer; la paciente está lista para alta hoy y la familia no puede cuidarla en
casa.

Estoy disponible de 1 a 5 pm, cel. 555-0167.

Dr. Ramiro Etxeberria
Medicina Interna, Rio Dorado Medical Center
"""))

# PU8 - follow-up; quoted 11/12 'P2P must be completed by tomorrow' = 11/13 = today
add("p2p_request", "SNF", "urgent", "2026018002", None, False, ["reply", "quoted_relative_date"], msg(
    "Corinne Baptiste <cbaptiste@gfmemorial.example>", PAYER,
    "RE: P2P - Mr. Lazlo Hendry - AUTH-2026-018002", "Fri, 13 Nov 2026 08:30:00 -0500",
    body="""Good morning - following up on the below. Dr. Patel is available at 2 today or
any time after 4.

Corinne

-----Original Message-----
From: Corinne Baptiste
Sent: Thursday, November 12, 2026 3:30 PM
To: psc-intake@cedarlinehealth.example
Subject: P2P - Mr. Lazlo Hendry - AUTH-2026-018002

Hello, we received the SNF denial for Lazlo Hendry. Our attending, Dr. Nalini
Patel, requests a peer-to-peer. The letter says the P2P must be completed by
tomorrow. Please let me know what times work for your medical director.

Corinne Baptiste
Care Transitions, Granite Falls Memorial
555-0135
""", in_reply_to="<hendry-p2p-1112@gfmemorial.example>"))

# PU9 - all caps, P2P today
add("p2p_request", "IRF", "urgent", "2026002585", None, False, ["plain", "all_caps"], msg(
    "Javi Moncada <jmoncada@harlancmc.test>", PAYER,
    "PEER TO PEER NEEDED TODAY", "Mon, 30 Nov 2026 12:00:00 -0600",
    body="""IRF DENIED FOR MR. ALDOUS FINCH, CASE #2585. ATTENDING DR. OYELOWO NEEDS PEER
TO PEER TODAY - PT READY FOR DC TODAY, FAMILY CANT TAKE HIM HOME. CALL 555-0130.

JAVI MONCADA RN CM  HARLAN COUNTY MEDICAL CENTER
"""))

# PH1 - P2P, available after 3pm
add("p2p_request", "IRF", "high", "2026021377", None, False, ["plain"], msg(
    "Ulla Brandvold <ubrandvold@lakeshoregeneral.test>", PAYER,
    "P2P request - Mr. Isidore Blanchet", "Tue, 10 Nov 2026 11:40:00 -0500",
    body="""Hello,

We received the denial for Isidore Blanchet's acute rehab request
(AUTH-2026-021377). Dr. Gerhardt from neurology would like a peer-to-peer with
your medical director. He's available after 3pm most days this week,
555-0145.

Ulla Brandvold, RN CM
Lakeshore General Hospital
"""))

# PH2 - P2P deadline tomorrow
add("p2p_request", "LTAC", "high", "2026029456", None, False, ["plain"], msg(
    "Rosalind Mehta <rmehta@pinecrest-uh.example>", PAYER,
    "Peer to peer - deadline tomorrow - AUTH-2026-029456", "Wed, 02 Dec 2026 13:20:00 -0500",
    body="""Hi team,

Dr. Haverford would like to do a peer-to-peer on the LTACH denial for Mrs.
Hester Coombs (AUTH-2026-029456). The denial letter gives us until tomorrow,
12/3, to complete it. He can do 7:30-8:30 am or noon-1 pm tomorrow.

Rosalind Mehta, RN
Pinecrest University Hospital
555-0114
"""))

# PH3 - very polite P2P, SNF
add("p2p_request", "SNF", "high", "2026002477", None, False, ["plain"], msg(
    "Philippa Danvers <pdanvers@lakeshoregeneral.test>", PAYER,
    "Peer-to-peer request", "Mon, 23 Nov 2026 10:00:00 -0500",
    body="""Dear Cedarline team,

Would your medical director possibly be available for a peer-to-peer
conversation this week regarding Mrs. Winnifred Aldous? Her skilled nursing
request (Case #2477) was not approved, and Dr. Castellanos-Wu feels some
information about her wound care needs may not have come through clearly in
the records. He would be most grateful for a few minutes of the medical
director's time; his office line is 555-0147.

Kind regards,
Philippa Danvers
Case Management, Lakeshore General Hospital
"""))

# PH4 - physician office, HTML
add("p2p_request", "IRF", "high", "2026024977", "M417736625", False, ["html"], msg(
    "Office of Dr. Selma Ivanova <drivanova.office@northgatephysiatry.example>", PAYER,
    "Peer-to-peer request - Benedict Oakes", "Thu, 19 Nov 2026 16:45:00 -0500",
    html="""<html><body style="font-family:'Times New Roman',serif;font-size:12pt">
<p>Dear Medical Director,</p>
<p>Dr. Selma Ivanova, physiatrist, requests a peer-to-peer discussion regarding the adverse determination
for inpatient rehabilitation for her patient <b>Mr. Benedict Oakes</b> (member M417736625, reference AUTH-2026-024977).</p>
<p>Dr. Ivanova's availability:</p>
<ul><li>Friday 11/20, 8&ndash;10 am</li><li>Monday 11/23, 12&ndash;2 pm</li></ul>
<p>Please call the office at 555-0192 to confirm a time.</p>
<p>Sincerely,<br>Tamara Lenz<br>Practice Coordinator<br>Northgate Physiatry Associates</p>
</body></html>
"""))

# PH5 - negated expedite
add("p2p_request", "SNF", "high", "2026023902", None, False, ["plain", "negated_expedite"], msg(
    "Lyle Haverkamp <lhaverkamp@harlancmc.test>", PAYER,
    "P2P for SNF denial - Ms. Leonora Birch", "Tue, 17 Nov 2026 14:00:00 -0600",
    body="""Hi,

No need to expedite - Ms. Birch is stable and her family is still deciding -
but her attending, Dr. Marguerite Olmsted, would like a P2P to discuss the SNF
denial (AUTH-2026-023902). She's free Thursday afternoon.

Lyle Haverkamp, RN | Harlan County Medical Center | 555-0138
"""))

# PH6 - ASAP only
add("p2p_request", "IRF", "high", "2026028120", "M318840955", False, ["plain", "asap_only"], msg(
    "Hollis Greer <hgreer@marinacrest.example>", PAYER,
    "pls schedule P2P", "Fri, 27 Nov 2026 10:30:00 -0800",
    body="""Please schedule a P2P asap for Roderick Fane, IRF denial, AUTH-2026-028120,
M318840955. Dr. Nakamura (neurosurg) 555-0108.

Hollis
"""))

# PH7 - late night MST; P2P deadline 12/4 = tomorrow in header offset
add("p2p_request", "LTAC", "high", "2026002642", "M437718260", False, ["plain", "late_night_utc_next_day"], msg(
    "Tobias Wendt <twendt@riodorado-mc.test>", PAYER,
    "P2P request - Mrs. Seraphina Dolan", "Thu, 03 Dec 2026 23:20:00 -0700",
    body="""Hello,

Dr. Ekwueme would like a peer-to-peer regarding the LTACH denial for Seraphina
Dolan (Case #2642, M437718260). Per your letter the P2P deadline is 12/4. He's
available 8-10 am.

Tobias Wendt, RN, CCRN
ICU Case Manager, Rio Dorado Medical Center
"""))

# PH8 - Importance High header; concurrent denial at LTACH
add("p2p_request", "LTAC", "high", "2026019760", "M503318807", False, ["plain", "priority_header"], msg(
    "Cyrus Bellweather <cbellweather@meridianspecialty.example>", PAYER,
    "P2P request - Ms. Odalys Ferrante", "Mon, 09 Nov 2026 15:00:00 -0600",
    headers={"Importance": "High"},
    body="""Cedarline UM,

Our attending, Dr. Ruth Okonjo, requests a peer-to-peer regarding the denial of
continued stay for Ms. Odalys Ferrante (M503318807), AUTH-2026-019760, at
Meridian Specialty Hospital (LTACH). Dr. Okonjo is available Tuesday and
Wednesday between 11 and 2; direct line 555-0195.

Cyrus Bellweather
Clinical Liaison | Meridian Specialty Hospital
"""))

# PH9 - subject 'Appeal' thread, newest asks to hold a P2P Monday
add("p2p_request", "IRF", "high", "2026019118", "M118836402", False,
    ["reply", "misleading_subject", "long_thread", "thread_len_3"], msg(
    "Vernon Blakely <vblakely@pinecrest-uh.example>", "Dana Whitfield <dwhitfield@cedarlinehealth.example>",
    "RE: Appeal - AUTH-2026-019118", "Wed, 04 Nov 2026 10:25:00 -0600",
    cc="psc-intake@cedarlinehealth.example",
    body="""Thanks, Dana. Before we file the appeal, Dr. Suarez would like to try a
peer-to-peer. Can we hold one for Monday? Any time between 9 and 11 works.

Vernon

-----Original Message-----
From: Dana Whitfield
Sent: Tuesday, November 3, 2026 4:45 PM
To: Vernon Blakely
Subject: RE: Appeal - AUTH-2026-019118

Hi Vernon, the denial for Mr. Kasimir Lowe's IRF admission was issued 11/2. You
may request a reconsideration in writing within 65 days; a P2P can also be
requested.

Dana

-----Original Message-----
From: Vernon Blakely
Sent: Tuesday, November 3, 2026 2:10 PM
To: psc-intake@cedarlinehealth.example
Subject: Appeal - AUTH-2026-019118

What's the process to appeal the IRF denial for Kasimir Lowe (M118836402)?
""", in_reply_to="<lowe-appeal-1103@cedarlinehealth.example>"))

# ===========================================================================
# APPEALS
# ===========================================================================

# AU1 - expedited reconsideration
add("appeal", "IRF", "urgent", "2026022879", "M866307214", True, ["plain", "attachment"], msg(
    "Vernon Blakely <vblakely@pinecrest-uh.example>", PAYER,
    "Expedited reconsideration request - AUTH-2026-022879", "Tue, 17 Nov 2026 09:10:00 -0500",
    body="""Cedarline Appeals / Pre-Service,

On behalf of Mr. Anselm Rudd (member M866307214) and his treating physician,
Dr. Corinna Vasquez, Pinecrest University Hospital requests an expedited
reconsideration of the 11/16 denial of admission to inpatient rehabilitation
(AUTH-2026-022879).

Dr. Vasquez certifies that applying the standard timeframe could seriously
jeopardize Mr. Rudd's ability to regain maximum function. Her letter of medical
necessity and the supporting records are attached.

Vernon Blakely
Denials & Appeals Coordinator
Pinecrest University Hospital
555-0113
""", atts=["Rudd_LOMN_Vasquez.pdf", "Rudd_supporting_records.pdf"]))

# AU2 - 72-hour reconsideration
add("appeal", "LTAC", "urgent", "2026002219", "M085533190", True, ["plain", "attachment"], msg(
    "Okonkwo Adeyemi MD <oadeyemi@stbrendan.example>", PAYER,
    "72-hour appeal - Winifred Sallow", "Mon, 23 Nov 2026 17:05:00 -0500",
    body="""Please accept the attached letter as a request for a 72-hour (expedited)
reconsideration of the denial of LTACH admission for Winifred Sallow
(M085533190), Case #2219. She remains ventilator-dependent in our MICU.

O. Adeyemi, MD
St. Brendan Regional Medical Center
""", atts=["Sallow_reconsideration_letter.pdf"]))

# AU3 - reconsideration, DC today
add("appeal", "SNF", "urgent", "2026019305", "M352209841", False, ["plain", "attachment"], msg(
    "Bea Lindqvist <blindqvist@harlancmc.test>", PAYER,
    "Reconsideration - SNF denial, Mr. Thornton Vail", "Wed, 04 Nov 2026 11:30:00 -0600",
    body="""Hello,

We are requesting reconsideration of the denial of SNF admission for Thornton
Vail, member M352209841, AUTH-2026-019305. The denial says his needs can be met
with home health, but he lives alone, cannot climb the 12 steps into his home,
and requires daily IV antibiotics through 11/20 that home health can't safely
manage given his cognition.

He is medically ready for discharge today; the only barrier is this
authorization. The attending's letter is attached.

Bea Lindqvist, RN
Harlan County Medical Center - Case Management
""", atts=["Vail_attending_letter.pdf"]))

# AU4 - URGENT APPEAL in subject
add("appeal", "IRF", "urgent", "2026028733", "M594406618", True, ["plain", "attachment"], msg(
    "Darnell Pruitt <dpruitt@mercyvale.example>", PAYER,
    "URGENT APPEAL - AUTH-2026-028733", "Sat, 28 Nov 2026 12:20:00 -0500",
    body="""Filing an appeal on the IRF denial for Mrs. Henrietta Lowry (M594406618),
AUTH-2026-028733. Letter from Dr. Abernathy attached. She has a bed at Bayfront
through Monday.

Darnell Pruitt RN CM, Mercy Vale Hospital
""", atts=["Lowry_appeal_Abernathy.pdf"]))

# AU5 - forwarded physician appeal asks 'handled as urgent'
add("appeal", "SNF", "urgent", "2026026187", "M771302558", True, ["plain", "forward", "urgency_in_forward"], msg(
    "Renata Foyle <rfoyle@stbrendan.example>", PAYER,
    "Fw: appeal letter - Mr. Amos Tidwell", "Thu, 03 Dec 2026 08:15:00 -0500",
    body="""Forwarding Dr. Lindahl's appeal below. -Renata

----- Forwarded Message -----
From: Casimir Lindahl MD <clindahl@stbrendan.example>
To: Renata Foyle <rfoyle@stbrendan.example>
Sent: Wednesday, December 2, 2026, 06:40:12 PM EST
Subject: appeal letter - Mr. Amos Tidwell

To Cedarline Senior Advantage:

I am writing to appeal the denial of continued skilled nursing facility
coverage for my patient Amos Tidwell (member M771302558, AUTH-2026-026187).
Mr. Tidwell's heart failure remains unstable, with a 4 lb weight gain this week
requiring diuretic adjustment and daily nursing assessment. I request that this
reconsideration be handled as urgent.

Casimir Lindahl, MD
Cardiology, St. Brendan Regional Medical Center
"""))

# AH1 - standard reconsideration
add("appeal", "IRF", "high", "2026002107", "M640775213", False, ["plain", "attachment"], msg(
    "Willow Creek Appeals <appeals@willowcreekrehab.test>", PAYER,
    "Request for reconsideration - Case #2107", "Mon, 09 Nov 2026 10:00:00 -0500",
    body="""To whom it may concern,

Willow Creek Rehabilitation Institute, on behalf of member Mr. Jeremiah Stroud
(M640775213), requests a standard reconsideration of the adverse determination
dated 11/5/2026 for Case #2107. The attached letter from Dr. Annika Solheim
details why Mr. Stroud met the criteria for an intensive rehabilitation program
at the time of the referral.

Regards,
Patient Financial Services - Appeals
Willow Creek Rehabilitation Institute
Fax 555-0179
""", atts=["Stroud_reconsideration_Solheim.pdf"]))

# AH2 - HTML letter from LTACH
add("appeal", "LTAC", "high", "2026020983", "M458871102", False, ["html"], msg(
    "Harborlight Appeals <appeals@harborlight-ltach.test>", PAYER,
    "Request for Reconsideration - Lucius Granger", "Fri, 20 Nov 2026 14:30:00 -0600",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:12px">
<p><b>Harborlight Long-Term Acute Care Hospital</b><br>Patient Financial Services &middot; Appeals</p>
<p><b>RE: Request for Reconsideration</b><br>
Member: Lucius Granger<br>
Member ID: M458871102<br>
Reference: AUTH-2026-020983<br>
Denied service: continued long-term acute care hospital stay, 11/18/2026 &ndash; 11/27/2026</p>
<p>Harborlight respectfully requests reconsideration of the above denial. Mr. Granger remained on mechanical
ventilation six hours a day as of 11/18 with two failed attempts to extend trach-collar time, and his sacral wound
required negative-pressure therapy with dressing changes three times weekly. These needs could not be met safely at
a lower level of care. The attending physician's statement is enclosed in our portal submission.</p>
<p>Sincerely,<br>Appeals Department<br>555-0199</p>
</body></html>
"""))

# AH3 - family member appeal
add("appeal", "IRF", "high", None, "M163352240", False, ["plain"], msg(
    "Gideon Wetherell <gideon.wetherell@homemail.example>", PAYER,
    "I want to appeal", "Sun, 22 Nov 2026 20:15:00 -0500",
    body="""To whom it may concern,

I am writing to appeal your decision not to pay for my father, Lionel
Wetherell, to go to inpatient rehab. His member ID is M163352240. The letter
we received says he can get what he needs at a nursing home, but his doctors at
Lakeshore said he needs a real rehab hospital because of his stroke. He was a
very active man before this and was still golfing in October.

Please tell me if I need to send anything else. I can be reached at 555-0148.

Gideon Wetherell
"""))

# AH4 - P2P done (upheld), now files reconsideration
add("appeal", "SNF", "high", "2026002366", None, False, ["plain", "attachment"], msg(
    "Anya Borowski <aborowski@stbrendan.example>", PAYER,
    "Reconsideration - Case #2366", "Wed, 18 Nov 2026 11:00:00 -0500",
    body="""Hello,

Dr. Lindqvist-Amari completed the P2P on Monday and the SNF denial for
Ferdinand Rusk (Case #2366) was upheld. We are now requesting a
reconsideration. Her appeal letter and the updated therapy notes are attached.

Anya Borowski, RN
St. Brendan Regional Medical Center, 4 North
""", atts=["Rusk_appeal_letter.pdf", "Rusk_therapy_notes_1117.pdf"]))

# AH5 - 'urgently' only in disclaimer
add("appeal", "LTAC", "high", "2026028905", "M228840175", False, ["plain", "attachment", "disclaimer"], msg(
    "Mirela Jovanovic <mjovanovic@pinecrest-uh.example>", PAYER,
    "Appeal - LTCH denial - Mr. Barnabas Whitcombe", "Tue, 01 Dec 2026 15:00:00 -0500",
    body="""Hello,

Attached please find our request for reconsideration of the LTCH denial for
Barnabas Whitcombe (M228840175), AUTH-2026-028905, along with Dr. Haverford's
letter and the ICU flowsheets from 11/20-11/30.

Mirela Jovanovic, RN, ACM
Pinecrest University Hospital

-- 
The information in this message is confidential and may be legally privileged.
It is intended solely for the addressee. If you received this e-mail in error,
please contact us urgently at 555-0111 and delete it from your system.
""", atts=["Whitcombe_reconsideration.pdf", "Whitcombe_ICU_flowsheets.pdf"]))

# AH6 - standard review is fine; patient already home (appeal of disputed days)
add("appeal", "IRF", "high", "2026002063", "M390052116", False, ["plain", "attachment", "negated_expedite"], msg(
    "Sybil Marchbanks <smarchbanks@pacificvista.example>", PAYER,
    "Reconsideration request - standard", "Thu, 05 Nov 2026 13:25:00 -0800",
    body="""Hi,

Pacific Vista requests reconsideration of the concurrent denial for Mrs.
Adelheid Voigt (M390052116), Case #2063, which ended coverage on 11/3. Standard
review is fine - she was discharged home 11/4 and this is for the two disputed
days only. Appeal packet attached.

Sybil Marchbanks, RN
Utilization Review, Pacific Vista Rehabilitation Institute
""", atts=["Voigt_appeal_packet.pdf"]))

# AH7 - filing window closes tomorrow
add("appeal", "IRF", "high", "2026014420", "M705513382", False, ["plain"], msg(
    "Kendra Obuya <kobuya@bayfrontrehab.example>", PAYER,
    "Reconsideration - Mr. Clarence Ibsen - AUTH-2026-014420", "Mon, 30 Nov 2026 16:30:00 -0500",
    body="""Hello,

Submitting Bayfront's request for reconsideration of the denial of additional
inpatient rehabilitation days for Mr. Clarence Ibsen (M705513382),
AUTH-2026-014420. Our filing window closes tomorrow, so please confirm receipt.
The physician's letter was faxed to your appeals line this afternoon.

Kendra Obuya
Revenue Integrity, Bayfront Rehabilitation Hospital
555-0153
"""))

# AH8 - internal forward-as-attachment of a SNF reconsideration request
_inner = msg("Delphine Arceneaux <darceneaux@mapleterrace.example>", "Appeals <appeals@cedarlinehealth.example>",
             "Reconsideration request - Mrs. Winona Ashby", "Tue, 24 Nov 2026 15:10:00 -0500",
             body="""Hello,

Maple Terrace requests reconsideration of the denial of continued SNF stay for
Winona Ashby (M530218864), AUTH-2026-019902, effective 11/20. Her OT goals for
bathing and toileting were not met and her daughter has not yet been able to
complete caregiver training. Supporting notes attached.

Delphine Arceneaux
Utilization Review, Maple Terrace Subacute Center
""", atts=["Ashby_supporting_notes.pdf"])
add("appeal", "SNF", "high", "2026019902", "M530218864", False, ["forward_as_attachment", "attachment"], msg(
    "Martina Geraghty <mgeraghty@cedarlinehealth.example>", PAYER,
    "FW: Reconsideration request - Mrs. Winona Ashby", "Wed, 25 Nov 2026 10:40:00 -0500",
    body="""Appeals asked me to route this to you so it gets linked to the original auth.
Original attached.

- M
""", fwd=_inner, fwd_name="Reconsideration request - Mrs. Winona Ashby.eml"))

# AH9 - subject says 'Status of', body files reconsideration
add("appeal", "IRF", "high", "2026021130", None, False, ["plain", "attachment", "misleading_subject"], msg(
    "Imogen Tate <itate@mercyvale.example>", PAYER,
    "Status of AUTH-2026-021130", "Fri, 13 Nov 2026 12:40:00 -0500",
    body="""Hi,

We received the denial for Rhoda Pembrook's IRF admission yesterday. We
disagree with the determination and are requesting a reconsideration; Dr.
Moreno-Pike's letter is attached. She remains on our med-surg floor.

Imogen Tate, MSW, LCSW
Mercy Vale Hospital Case Management
""", atts=["Pembrook_reconsideration_MorenoPike.pdf"]))

# AH10 - alt, Importance High header
_b = """Good morning,

Meridian Specialty Hospital is appealing the denial of continued LTACH stay for
Mr. Wendell Acosta (M611274089), AUTH-2026-017533. He remains on ventilator
support 16 hours a day and has an open sternal wound requiring daily packing; a
step-down to a skilled facility is not safe at this time. Our physician
advisor's letter and the last two weeks of RT flowsheets are attached.

Cassius Oduya, RN
Case Management, Meridian Specialty Hospital
555-0198
"""
add("appeal", "LTAC", "high", "2026017533", "M611274089", False, ["alt", "attachment", "priority_header"], msg(
    "Cassius Oduya <coduya@meridianspecialty.example>", PAYER,
    "Appeal of concurrent denial - Mr. Wendell Acosta", "Tue, 03 Nov 2026 09:00:00 -0500",
    headers={"Importance": "High", "X-Priority": "1"},
    body=_b, html=to_html(_b), atts=["Acosta_PA_letter.pdf", "Acosta_RT_flowsheets.pdf"]))

# AH11 - typos
add("appeal", "SNF", "high", "2026025201", None, False, ["plain", "attachment", "typos"], msg(
    "Trev Osterberg <tosterberg@harlancmc.test>", PAYER,
    "recon request - snf denail", "Sat, 21 Nov 2026 08:05:00 -0600",
    body="""hi, pls accept this as a reconsidertion of the SNF denail for Mr. Gunnar
Esterhaus, Ref: 2026025201. attending letter attachd. he still cant walk more
then 10 ft, lives alone.

Trev Osterberg RN, Harlan County Medical Center
""", atts=["Esterhaus_attending_letter.pdf"]))

# ===========================================================================
# DISCHARGE NOTICES
# ===========================================================================

# DL1 - went home yesterday
add("discharge_notice", "SNF", "low", "2026020455", None, False, ["plain"], msg(
    "Yusuf Demir <ydemir@sunnyacres.example>", PAYER,
    "Fern Whitlock", "Thu, 19 Nov 2026 09:30:00 -0500",
    body="""hey - fyi Fern Whitlock went home yesterday with her son. Ref: 2026020455.
thx!

Yusuf
Sunny Acres Skilled Nursing
"""))

# DL2 - expired last night
add("discharge_notice", "LTAC", "low", "2026002188", None, False, ["plain"], msg(
    "Ines Kowalczyk <ikowalczyk@meridianspecialty.example>", PAYER,
    "Patient expired - Case #2188", "Fri, 27 Nov 2026 07:45:00 -0600",
    body="""Good morning,

I'm sorry to let you know that Mr. Leofric Baines (Case #2188) passed away
peacefully last night with his family at the bedside. Please close the
authorization as of 11/26.

Ines Kowalczyk, RN
Case Management | Meridian Specialty Hospital - LTACH
"""))

# DL3 - sent out to the ED and admitted
add("discharge_notice", "SNF", "low", "2026023560", None, False, ["plain"], msg(
    "Odile Fontaine <ofontaine@kestrelridge.example>", PAYER,
    "Philomena Carver - sent out", "Mon, 16 Nov 2026 08:10:00 -0500",
    body="""Morning,

Philomena Carver (AUTH-2026-023560) was sent out to St. Brendan's ED Saturday
night for chest pain and was admitted there. We are not holding her bed. We'll
send a new request if she comes back to us.

Odile Fontaine, LPN
Kestrel Ridge Skilled Nursing & Rehabilitation
"""))

# DL4 - discharged this morning; summary attached; close auth
add("discharge_notice", "IRF", "low", "2026002175", None, False, ["plain", "attachment"], msg(
    "Theodora Blackwood <tblackwood@pinecrest-uh.example>", PAYER,
    "Discharge - Mr. Ambrose Kettering - Case #2175", "Thu, 03 Dec 2026 14:20:00 -0500",
    body="""Hello,

Mr. Kettering discharged home with his wife this morning. Discharge summary
attached; please close the authorization.

Theodora Blackwood, RN, CRRN
Summit Ridge Acute Rehab Unit
""", atts=["Kettering_discharge_summary.pdf"]))

# DL5 - facility EHR discharge notification (system generated)
add("discharge_notice", "SNF", "low", "2026024338", "M318072294", False, ["html", "system_generated"], msg(
    "MDSLink Notifications <notify@mdslink.test>", PAYER,
    "Resident discharge notification - AUTH-2026-024338", "Fri, 20 Nov 2026 22:15:00 -0500",
    html="""<html><body style="font-family:Tahoma,sans-serif;font-size:12px">
<h3 style="color:#37474f">Resident discharge notification</h3>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#cfd8dc">
<tr><th align="left">Facility</th><td>Casa del Sol Skilled Nursing</td></tr>
<tr><th align="left">Resident</th><td>MORALES, TEOFILO</td></tr>
<tr><th align="left">Member ID</th><td>M318072294</td></tr>
<tr><th align="left">Payer authorization</th><td>AUTH-2026-024338</td></tr>
<tr><th align="left">Discharge date/time</th><td>11/20/2026 14:30</td></tr>
<tr><th align="left">Disposition</th><td>Home with home health</td></tr>
</table>
<p style="color:#78909c">This notification was generated by MDSLink on behalf of the facility. Replies to this address are not monitored.</p>
</body></html>
"""))

# DL6 - Spanish, latin-1, went home yesterday
add("discharge_notice", "SNF", "low", "2026002418", "M566031902", False, ["plain", "latin1", "mixed_language"], msg(
    "Rocío Villaseñor <rvillasenor@casadelsol-snf.test>", PAYER,
    "Alta – Sr. Ernesto Galindo", "Tue, 24 Nov 2026 10:00:00 -0700",
    charset="iso-8859-1",
    body="""Hola,

Para su información: el Sr. Ernesto Galindo (M566031902, Case #2418) se fue a
casa ayer con su esposa y servicios de home health. Favor de cerrar la
autorización.

Gracias,
Rocío Villaseñor
Coordinadora de UR, Casa del Sol Skilled Nursing
"""))

# DN1 - will DC home Monday
add("discharge_notice", "IRF", "normal", "2026002266", None, False, ["plain"], msg(
    "Leopold Haas <lhaas@willowcreekrehab.test>", PAYER,
    "Upcoming DC - Tobiah Renwick", "Thu, 19 Nov 2026 16:00:00 -0500",
    body="""Hi - just a heads up, Tobiah Renwick (Case #2266) will DC home Monday with
outpatient therapy. No further days needed.

Leopold Haas, OTR/L
Willow Creek Rehabilitation Institute
"""))

# DN2 - discharging to ALF this afternoon (planned, today)
add("discharge_notice", "SNF", "normal", "2026027740", "M419926615", False, ["plain"], msg(
    "Abigail Tran <atran@sunnyacres.example>", PAYER,
    "DC today - Ottoline Fry", "Wed, 02 Dec 2026 10:05:00 -0500",
    body="""Good morning,

Ottoline Fry (M419926615, AUTH-2026-027740) is discharging to Heron Bay
Assisted Living this afternoon around 2. Her daughter is picking her up.
Discharge summary will follow once it's signed.

Abigail Tran, RN
Sunny Acres Skilled Nursing
"""))

# DN3 - subject URGENT, planned DC Friday, nothing needed
add("discharge_notice", "SNF", "normal", "2026031184", None, False, ["plain", "misleading_subject"], msg(
    "Porter Ridley <pridley@oakhollowpac.test>", PAYER,
    "URGENT - discharge notice", "Tue, 01 Dec 2026 13:30:00 -0600",
    body="""Geraldine Fosse (AUTH-2026-031184) will be discharging home on Friday once her
IV antibiotics are finished. Nothing needed from you, just letting you know
per our contract.

Porter Ridley, LPN
Oak Hollow Post-Acute (SNF)
"""))

# DN4 - late night PST; discharge 11/30 = tomorrow (planned)
add("discharge_notice", "IRF", "normal", "2026002431", None, False, ["plain", "late_night_utc_next_day"], msg(
    "Sybil Marchbanks <smarchbanks@pacificvista.example>", PAYER,
    "Planned discharge 11/30 - Mr. Alaric Wendover", "Sun, 29 Nov 2026 23:10:00 -0800",
    body="""Hi,

Letting you know Mr. Alaric Wendover (Case #2431) is set to discharge home
11/30 with his wife; his equipment was delivered today. He met his goals a few
days early, so no more days are needed.

Sybil Marchbanks, RN
Utilization Review, Pacific Vista Rehabilitation Institute
"""))

# DN5 - LTACH: transfer back to acute tomorrow (planned)
add("discharge_notice", "LTAC", "normal", "2026022610", None, False, ["plain"], msg(
    "Harborlight UR <ur@harborlight-ltach.test>", PAYER,
    "Transfer to acute - Mr. Everett Gulbrandsen", "Wed, 18 Nov 2026 15:20:00 -0500",
    body="""Heads up - Mr. Everett Gulbrandsen (AUTH-2026-022610) will transfer back to
Pinecrest University Hospital tomorrow morning for a planned trach revision with
ENT. We'll send a new request if he returns to us afterward.

Harborlight Long-Term Acute Care Hospital - Utilization Review
555-0197
"""))

# DN6 - reply to payer's question: DC home 12/4
add("discharge_notice", "SNF", "normal", "2026002459", "M208841537", False, ["reply"], msg(
    "Wilhelmina Castro <wcastro@oakhollowpac.test>", "Dana Whitfield <dwhitfield@cedarlinehealth.example>",
    "RE: DC plan? - Mrs. Maude Fairbanks", "Mon, 23 Nov 2026 14:40:00 -0500",
    cc="psc-intake@cedarlinehealth.example",
    body="""Hi Dana,

She'll DC home with home health on 12/4 - the family meeting went well and her
son is moving in with her for a few weeks.

Wilhelmina

-----Original Message-----
From: Dana Whitfield
Sent: Monday, November 23, 2026 11:15 AM
To: Wilhelmina Castro
Subject: DC plan? - Mrs. Maude Fairbanks

Hi Wilhelmina, what's the discharge plan for Mrs. Fairbanks (M208841537, Case
#2459)? She's approved through 12/4 in Oak Hollow's skilled nursing unit.

Dana
""", in_reply_to="<fairbanks-1123@cedarlinehealth.example>"))

# DN7 - will discharge Saturday; close auth
add("discharge_notice", "SNF", "normal", "2026017760", None, False, ["plain"], msg(
    "Clarabel Nguyen <cnguyen@kestrelridge.example>", PAYER,
    "Bartholomew Okoye - DC Saturday", "Thu, 12 Nov 2026 11:11:00 -0500",
    body="""Hi,

Mr. Okoye (AUTH-2026-017760) will discharge home Saturday. Please close the auth
effective that date - we won't be asking for more days.

Clarabel Nguyen, RN | Kestrel Ridge Skilled Nursing & Rehabilitation
"""))

# DN8 - 'FYI' forward; same-day quoted 'going home tomorrow' (planned)
add("discharge_notice", "IRF", "normal", "2026021944", None, False, ["plain", "forward", "quoted_relative_date"], msg(
    "Kendra Obuya <kobuya@bayfrontrehab.example>", PAYER,
    "Fwd: DC plan - Mr. Orville Pratt", "Tue, 24 Nov 2026 16:30:00 -0500",
    body="""FYI

Kendra Obuya | Revenue Integrity | Bayfront Rehabilitation Hospital

Begin forwarded message:

From: Noor Haddad <nhaddad@bayfrontrehab.example>
Date: November 24, 2026 at 2:05:17 PM EST
To: Kendra Obuya <kobuya@bayfrontrehab.example>
Subject: DC plan - Mr. Orville Pratt

Kendra - Orville Pratt (AUTH-2026-021944) is going home tomorrow morning with
his brother, outpatient PT arranged. Can you let Cedarline know?

Noor
"""))

# ===========================================================================
# OTHER
# ===========================================================================

# O1 - out-of-office quoting a subject with an AUTH id
add("other", None, "low", "2026018271", None, False, ["plain", "ooo"], msg(
    "Tamsin Oyelaran <toyelaran@lakeshoregeneral.test>", PAYER,
    "Automatic reply: Request for additional information - AUTH-2026-018271",
    "Mon, 02 Nov 2026 08:00:03 -0600",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""I am out of the office Monday 11/2 through Friday 11/6 with limited access to
e-mail. For urgent discharges please call the Case Management main line at
555-0141. For all other matters I will respond when I return.

Tamsin Oyelaran, RN, CCM
"""))

# O2 - bilingual out-of-office quoting Case #
add("other", None, "low", "2026002602", None, False, ["plain", "ooo", "mixed_language"], msg(
    "Marisol Quintanilla <mquintanilla@riodorado-mc.test>", PAYER,
    "Respuesta automática: RE: Case #2602 - missing PT notes", "Fri, 27 Nov 2026 09:00:00 -0700",
    headers={"Auto-Submitted": "auto-replied"},
    body="""Estoy fuera de la oficina hasta el lunes 30 de noviembre. Para asuntos
urgentes, comuníquese con Trabajo Social al 555-0160.

I am out of the office until Monday, November 30. For urgent matters please
contact Social Work at 555-0160.

Marisol Quintanilla, LCSW
"""))

# O3 - newsletter (alt)
_b = """POST-ACUTE PULSE | November 2026
Heartland Post-Acute Alliance member newsletter

IN THIS ISSUE
1. IRF rule recap: what changed on October 1
2. LTACH site-neutral update and what it means for your referrals
3. SNF staffing: the latest survey results
4. URGENT: member survey closes Friday - tell us about your prior-auth turnaround times

1. IRF RULE RECAP
The annual IRF payment rule took effect October 1. Our policy team walks through
the updates to the quality reporting program and the revised coverage guidance
webinar schedule. Members can download the slide deck from the portal.

2. LTACH SITE-NEUTRAL UPDATE
Referral sources keep asking whether site-neutral cases can still be admitted.
Short answer: yes - site-neutral is a payment rule, not a coverage rule. Join
our December 9 call for a deeper dive.

3. SNF STAFFING
Thirty-one member facilities responded to our fall staffing survey. Median RN
vacancy rate fell to 11 percent.

You are receiving this because you subscribed to Post-Acute Pulse.
Unsubscribe: https://hpaa-news.example/unsubscribe
Heartland Post-Acute Alliance, 400 Commerce Way, Suite 12
"""
add("other", None, "low", None, None, False, ["alt", "newsletter"], msg(
    "Heartland Post-Acute Alliance <news@hpaa-news.example>", PAYER,
    "Post-Acute Pulse | November 2026: IRF rule recap, LTACH site-neutral update",
    "Tue, 17 Nov 2026 06:00:00 -0600",
    headers={"List-Unsubscribe": "<https://hpaa-news.example/unsubscribe>", "Precedence": "bulk"},
    body=_b, html=to_html(_b)))

# O4 - phishing
add("other", None, "low", None, None, False, ["html", "phish"], msg(
    "Cedarline IT Service Desk <it-helpdesk@cedarline-health-support.test>", PAYER,
    "URGENT: Your mailbox will be deactivated in 24 hours", "Wed, 04 Nov 2026 03:12:44 +0000",
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear user,</p>
<p>Our records show your mailbox <b>psc-intake</b> has exceeded its storage quota and failed security
validation. <span style="color:red"><b>Your account will be deactivated in 24 hours</b></span> unless you
verify your credentials immediately.</p>
<p><a href="http://cedarline-health-support.test/owa/verify?u=psc-intake">VERIFY MY ACCOUNT NOW</a></p>
<p>Failure to verify will result in permanent loss of all e-mail.</p>
<p>IT Service Desk<br>&copy; 2026 Mailbox Services</p>
</body></html>
"""))

# O5 - vendor marketing
add("other", None, "low", None, None, False, ["plain", "marketing"], msg(
    "Joel Petrakis <joel@censusboost.example>", PAYER,
    "Quick question about your post-acute network", "Tue, 10 Nov 2026 13:00:00 -0500",
    body="""Hi there,

I'll keep this short. Plans like Cedarline use CensusBoost to see, in real time,
which SNF and IRF partners approve fastest, which ones readmit the most, and
where the LTACH beds are this week. One regional plan cut its average
authorization turnaround by 38% in the first quarter.

Would you be open to a 15-minute call next week? Here's my calendar:
https://censusboost.example/meet/joel

Best,
Joel Petrakis
Enterprise Partnerships, CensusBoost

If you'd rather not hear from me, just reply "unsubscribe".
"""))

# O6 - internal chatter
add("other", None, "low", None, None, False, ["plain", "internal"], msg(
    "Lorraine Kask <lkask@cedarlinehealth.example>",
    "PSC Team <psc-team@cedarlinehealth.example>, " + PAYER,
    "who's covering the box Friday?", "Thu, 12 Nov 2026 12:30:00 -0500",
    body="""Hi all - I'm out tomorrow afternoon for my kid's recital. Can someone cover the
PSC inbox 1-5? Tomasz already has the LTACH queue. Also the fax on 3 is jammed
again, I put in a ticket.

- L
"""))

# O7 - ack of an approval (quoted approval)
add("other", None, "low", "2026024880", None, False, ["reply", "ack"], msg(
    "Renata Foyle <rfoyle@stbrendan.example>", "Dana Whitfield <dwhitfield@cedarlinehealth.example>",
    "RE: Determination - AUTH-2026-024880", "Thu, 19 Nov 2026 15:05:00 -0500",
    cc="psc-intake@cedarlinehealth.example",
    body="""Received, thank you! We'll let the family know.

Renata

From: Dana Whitfield <dwhitfield@cedarlinehealth.example>
Sent: Thursday, November 19, 2026 2:51 PM
To: Renata Foyle <rfoyle@stbrendan.example>
Subject: Determination - AUTH-2026-024880

Hi Renata,

AUTH-2026-024880 for Mr. Amos Tidwell is approved for SNF admission to Oak
Hollow Post-Acute, 11/20 through 11/26. Next review is due 11/26. The
determination letter will follow by fax.

Dana Whitfield, RN
Pre-Service Coordinator, Cedarline Senior Advantage
""", in_reply_to="<tidwell-det-1119@cedarlinehealth.example>"))

# O8 - read receipt (subject mentions peer-to-peer)
add("other", None, "low", "2026002549", None, False, ["plain", "read", "misleading_subject"], msg(
    "Imogen Tate <itate@mercyvale.example>", PAYER,
    "Read: Request for peer-to-peer availability - Case #2549", "Mon, 30 Nov 2026 10:02:00 -0500",
    body="""Your message

  To: Imogen Tate
  Subject: Request for peer-to-peer availability - Case #2549
  Sent: Friday, November 27, 2026 4:40 PM

was read on Monday, November 30, 2026 10:02 AM.
"""))

# O9 - vendor survey
add("other", None, "low", None, None, False, ["html", "survey"], msg(
    "CareRelay Support <support@carerelay.test>", PAYER,
    "How did we do? Ticket 44712", "Mon, 23 Nov 2026 09:00:00 +0000",
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Cedarline Senior Advantage,</p>
<p>Your support ticket <b>44712</b> ("Notifications not arriving for payer queue") was resolved on 11/20.
How satisfied were you with the help you received?</p>
<p style="font-size:22px">
<a href="https://carerelay.test/csat/44712?s=1">&#9733;</a>
<a href="https://carerelay.test/csat/44712?s=2">&#9733;&#9733;</a>
<a href="https://carerelay.test/csat/44712?s=3">&#9733;&#9733;&#9733;</a>
<a href="https://carerelay.test/csat/44712?s=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://carerelay.test/csat/44712?s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>The survey takes less than a minute. Thank you!<br>The CareRelay Support Team</p>
</body></html>
"""))

# O10 - short thanks reply to an approval
add("other", None, "low", "2026002611", None, False, ["reply", "ack"], msg(
    "Ines Kowalczyk <ikowalczyk@meridianspecialty.example>", "Dana Whitfield <dwhitfield@cedarlinehealth.example>",
    "RE: Approval - Case #2611", "Fri, 04 Dec 2026 11:20:00 -0600",
    body="""Got it, thanks so much!

Ines

> On Dec 4, 2026, at 10:58 AM, Dana Whitfield <dwhitfield@cedarlinehealth.example> wrote:
>
> Hi Ines, the additional 14 LTACH days for Mr. Salcedo (Case #2611) are
> approved through 12/16. Next review due 12/16.
""", in_reply_to="<salcedo-appr-1204@cedarlinehealth.example>"))

# O11 - referral-platform marketing (not a referral)
add("other", None, "low", None, None, False, ["html", "marketing"], msg(
    "PostAcuteLink <marketing@pal-referrals.example>", PAYER,
    "New in PostAcuteLink: one-click payer authorization packets", "Wed, 02 Dec 2026 14:00:00 +0000",
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;max-width:600px">
<h1 style="color:#2e7d32;font-weight:300">Authorization packets in one click</h1>
<p>Payers told us they spend hours chasing missing PM&amp;R consults and therapy notes. Our new
<b>Smart Packet</b> feature bundles everything a reviewer needs for SNF, IRF and LTACH requests
before the referral ever reaches your inbox.</p>
<ul><li>Auto-attached therapy evaluations</li><li>Structured vent and wound data for LTACH referrals</li><li>Payer-specific checklists</li></ul>
<p><a href="https://pal-referrals.example/demo" style="background:#2e7d32;color:#fff;padding:10px 16px;text-decoration:none">Book a demo</a></p>
<p style="font-size:11px;color:#999">Limited-time pilot pricing for health plans through 12/31. Unsubscribe from product news.</p>
</body></html>
"""))

# O12 - internal manager reminder mentioning expedited/72 hours/STAT
add("other", None, "low", None, None, False, ["plain", "internal", "attachment"], msg(
    "Harriet Lowenstein <hlowenstein@cedarlinehealth.example>",
    "PSC Team <psc-team@cedarlinehealth.example>",
    "Thanksgiving coverage + reminder on expedited requests", "Fri, 20 Nov 2026 16:45:00 -0500",
    cc=PAYER,
    body="""Team,

Holiday coverage schedule is attached - please check your shifts and swap with
each other by Tuesday if you need to.

Reminder: expedited requests that come in on the holiday still need a decision
within 72 hours, so whoever is on Thursday should check the box at least every
two hours. STAT calls from hospitals go to the on-call nurse line as usual.

Thanks for everything this month,
Harriet

Harriet Lowenstein, RN
Manager, Pre-Service Coordination
Cedarline Senior Advantage
""", atts=["PSC_holiday_coverage_Nov2026.xlsx"]))

# O13 - phishing (fake e-signature notice)
add("other", None, "low", None, None, False, ["html", "phish"], msg(
    "DocuSecure <dse@docusecure-notices.test>", PAYER,
    "Completed: Authorization Denial Letter - Please Review", "Thu, 26 Nov 2026 02:44:10 +0000",
    html="""<html><body style="background:#f4f4f4;font-family:Helvetica,Arial">
<div style="background:#fff;max-width:520px;margin:20px auto;padding:24px">
<p style="font-size:18px">A document has been sent to you for review</p>
<p>Authorization Denial Letter.pdf</p>
<p><a href="http://docs-review-secure.test/login?id=8841" style="background:#f9c400;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p style="font-size:11px;color:#666">Do not share this email. This link will expire in 12 hours. Sign in with your corporate e-mail password to view.</p>
</div></body></html>
"""))

# O14 - thanks; patient arrived at SNF
add("other", None, "low", None, None, False, ["plain", "ack"], msg(
    "Gwen Albescu <galbescu@kestrelridge.example>", PAYER,
    "Teodor Lusk arrived", "Tue, 24 Nov 2026 17:30:00 -0500",
    body="""Thanks for the quick turnaround today - Mr. Lusk arrived at Kestrel Ridge at
4:15 and is settled in. Appreciate you all!

Gwen
Kestrel Ridge Skilled Nursing & Rehabilitation
"""))

# O15 - thanks from LTACH liaison
add("other", None, "low", None, None, False, ["plain", "ack"], msg(
    "Cyrus Bellweather <cbellweather@meridianspecialty.example>", PAYER,
    "Thank you!", "Fri, 06 Nov 2026 17:00:00 -0600",
    body="""Just wanted to say thanks for the quick approval on Ms. Ferrante's admission -
she arrived at Meridian this afternoon. Your team made a stressful week easier.

Cyrus
Clinical Liaison | Meridian Specialty Hospital (LTACH)
"""))

# O16 - spam
add("other", None, "low", None, None, False, ["html", "spam"], msg(
    "Holiday Deals <deals@megasavings-promo.test>", PAYER,
    "70% OFF gift cards – today only!!!", "Sun, 15 Nov 2026 04:20:00 +0000",
    html="""<html><body style="text-align:center;font-family:Impact,Arial">
<h1 style="color:#d00">HOLIDAY MEGA SALE</h1>
<p style="font-size:20px">Gift cards to 200+ stores at up to <b>70% OFF</b></p>
<p>Hurry &ndash; offer ends at midnight!</p>
<p><a href="http://megasavings-promo.test/claim">CLAIM YOURS</a></p>
<p style="font-size:9px;color:#aaa">To stop receiving these messages click here.</p>
</body></html>
"""))

# O17 - hospital mailbox auto-acknowledgement quoting a Ref id
add("other", None, "low", "2026029903", None, False, ["plain", "ack", "system_generated"], msg(
    "St. Brendan Case Management <casemgmt@stbrendan.example>", PAYER,
    "Message received [Ticket #88213] RE: Missing signature - Ref: 2026029903",
    "Tue, 01 Dec 2026 10:15:09 -0500",
    headers={"Auto-Submitted": "auto-replied"},
    body="""Thank you for contacting St. Brendan Regional Medical Center Case Management.
Your message has been received and assigned ticket #88213. A team member will
respond within one business day.

For urgent patient discharges, call 555-0120.

This is an automated message.
"""))

# O18 - internal: fax down
add("other", None, "low", None, None, False, ["plain", "internal"], msg(
    "Tomasz Wierzbicki <twierzbicki@cedarlinehealth.example>",
    "PSC Team <psc-team@cedarlinehealth.example>",
    "eFax down again?", "Wed, 18 Nov 2026 08:05:00 -0500",
    body="""Anyone else not getting faxes since ~7? Last one in the queue is 6:52. I called
IT, ticket INC0048812. If a provider calls about a fax, ask them to upload to
the portal instead.

-T
"""))

# O19 - policy digest newsletter (HTML)
add("other", None, "low", None, None, False, ["html", "newsletter"], msg(
    "PolicyWire Digest <digest@policywire.example>", PAYER,
    "December Digest: MA prior authorization, SNF staffing, and more", "Tue, 01 Dec 2026 12:00:00 +0000",
    headers={"List-Unsubscribe": "<mailto:unsubscribe@policywire.example>"},
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2>PolicyWire December Digest</h2>
<h3>Medicare Advantage prior authorization</h3>
<p>Plans are preparing for January reporting requirements on prior-authorization metrics. Our analysts
summarize what to expect and which data elements are causing the most questions.</p>
<h3>Inpatient rehabilitation and LTCH</h3>
<p>Comment letters on the IRF review demonstration expansion are due next month; LTCH groups continue to
push for changes to site-neutral payment.</p>
<h3>Skilled nursing</h3>
<p>Staffing rule litigation: where things stand.</p>
<p style="font-size:11px;color:#888">You are subscribed to PolicyWire Digest. Manage preferences or unsubscribe.</p>
</body></html>
"""))

# O20 - bounce quoting subject with AUTH id
add("other", None, "low", "2026019466", None, False, ["plain", "system_generated"], msg(
    "Mail Delivery Subsystem <mailer-daemon@mx1.cedarlinehealth.example>", PAYER,
    "Undeliverable: Determination letter - AUTH-2026-019466", "Thu, 05 Nov 2026 14:22:31 -0500",
    headers={"Auto-Submitted": "auto-replied"},
    body="""Delivery has failed to these recipients or groups:

jrasmusen@lakeshoregeneral.test
The e-mail address you entered couldn't be found. Please check the recipient's
e-mail address and try to resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 <jrasmusen@lakeshoregeneral.test>: Recipient
address rejected: User unknown'

Original message headers:
From: Dana Whitfield <dwhitfield@cedarlinehealth.example>
Subject: Determination letter - AUTH-2026-019466
Date: Thu, 5 Nov 2026 14:22:07 -0500
"""))

# O21 - IRF marketing its new wing (facility name implies IRF, but 'other' is null)
add("other", None, "low", None, None, False, ["plain", "marketing"], msg(
    "Willow Creek Rehabilitation Institute <outreach@willowcreekrehab.test>", PAYER,
    "Now accepting bariatric admissions - tour our new wing", "Mon, 16 Nov 2026 15:00:00 -0500",
    body="""Dear partners,

Willow Creek Rehabilitation Institute is proud to open our new 12-bed bariatric
rehabilitation wing, with ceiling lifts in every room and equipment rated to
650 lb. Our acute inpatient rehab program now accepts patients we previously
had to turn away.

Join us for an open house on December 10, 3-6 pm. Light refreshments served.
RSVP to outreach@willowcreekrehab.test or 555-0175.

Warm regards,
The Willow Creek Outreach Team
"""))


# ===========================================================================
# WRITE
# ===========================================================================
def main():
    order = list(range(len(ITEMS)))
    random.Random(20261205).shuffle(order)
    lines = []
    for n, idx in enumerate(order, 1):
        label, m = ITEMS[idx]
        fname = "%04d.eml" % n
        for i, part in enumerate(m.walk()):
            if part.is_multipart() and part.get_content_maintype() == "multipart":
                part.set_boundary("=_cedar_%04d_%02d_=" % (n, i))
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(m.as_bytes(policy=email.policy.default))
        rec = {"file": fname}
        rec.update(label)
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d e-mails" % len(order))


if __name__ == "__main__":
    main()
