#!/usr/bin/env python3
"""Generate the dev3 triage set (blind third writer, 2026-12-05).

Every body below is written by hand; this script only wraps them into RFC 5322
messages (plain, HTML-only, quoted-printable, base64, attachments) and writes
labels.jsonl next to it. Synthetic data only: invented people, facilities, ids.
Run: python3 make_dev3.py
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
PLAN = "Summit Crest Health Plan"
BOX = "Pre-Service UR <preservice.ur@summitcrest-health.example>"

# writer key -> (display name, address)
WRITERS = {
    "w3-rosalind": ("Rosalind Achterberg, RN", "rachterberg@stbrendan-med.example"),
    "w3-dmarsh": ("Dev Marsh", "dmarsh@calloway-memorial.test"),
    "w3-pinecrest": ("Tamsin Oduya", "admissions@pinecrest-snr.example"),
    "w3-kestrel": ("Marco Vellucci", "mvellucci@kestrelridge-ltach.example"),
    "w3-brightwater": ("Brightwater Intake", "intake@brightwater-rehab.example"),
    "w3-okafor": ("Lena Pruitt", "lpruitt@okafor-pulm.test"),
    "w3-halvorsen": ("Greta Halvorsen", "greta.halvorsen@mailbox.example"),
    "w3-reyes": ("Tomas Reyes", "treyes82@freemail.test"),
    "w3-planfwd": ("Nadine Coyle", "ncoyle@summitcrest-health.example"),
    "w3-carebridge": ("CareBridge Link", "no-reply@carebridge-link.example"),
    "w3-oakmont": ("Wendell Abara", "wabara@oakmont-subacute.example"),
    "w3-lakeshore": ("Beatrix Fennimore", "bfennimore@lakeshore-uh.example"),
    "w3-saunders": ("Elaine Saunders, MD", "esaunders@stbrendan-med.example"),
    "w3-meridian": ("Meridian UR Desk", "ur-desk@meridian-postacute.test"),
    "w3-harborpines": ("Vic Dunmore", "vdunmore@harborpines-hosp.test"),
    "w3-vendors": ("", ""),  # assorted senders, given per message
    "w3-ooo": ("", ""),  # auto-replies, given per message
}

ITEMS: list[dict] = []


def add(writer, date, subj, body, lab, fmt="plain", att=(), tags=(), frm=None,
        headers=None, rfc822=None):
    """Register one e-mail. lab = "type loc priority case member exp" ('-' = null)."""
    ITEMS.append(dict(writer=writer, date=date, subj=subj, body=body, lab=lab, fmt=fmt,
                      att=list(att), tags=list(tags), frm=frm, headers=headers or {},
                      rfc822=rfc822))


def to_html(text: str) -> str:
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(_html.escape(q[1:].lstrip()) for q in quote)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:6px">{inner}</blockquote>')
            quote.clear()

    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        plain = []
        for ln in lines:
            if ln.startswith(">"):
                if plain:
                    out.append("<p>" + "<br>\n".join(_html.escape(x) for x in plain) + "</p>")
                    plain = []
                quote.append(ln)
            else:
                flush_quote()
                plain.append(ln)
        flush_quote()
        if plain:
            out.append("<p>" + "<br>\n".join(_html.escape(x) for x in plain) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;'
            'font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


def parse_date(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def build_one(n: int, it: dict) -> tuple[bytes, dict]:
    name, addr = WRITERS[it["writer"]]
    if it["frm"]:
        frm = it["frm"]
    else:
        frm = f'"{name}" <{addr}>' if name else addr
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = BOX
    msg["Subject"] = it["subj"]
    msg["Date"] = format_datetime(parse_date(it["date"]))
    dom = frm.rsplit("@", 1)[-1].rstrip(">")
    # Deterministic ids so that re-running the script reproduces the same files byte for byte.
    digest = hashlib.sha1(f"{n}{it['date']}{it['subj']}".encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{digest}.dev3.{n:04d}@{dom}>"
    for k, v in it["headers"].items():
        msg[k] = v
    fmt = it["fmt"]
    body = it["body"].strip("\n") + "\n"
    tags = [f"writer:{it['writer']}"]
    # Unencoded bodies as most clients send them; qp/b64 only where a message asks for it.
    raw_cte = "7bit" if body.isascii() else "8bit"
    if fmt == "html":
        msg.set_content(to_html(body), subtype="html", charset="utf-8", cte=raw_cte)
        tags.append("html")
    elif fmt == "alt":
        msg.set_content(body, charset="utf-8", cte=raw_cte)
        msg.add_alternative(to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
        tags.append("alt")
    elif fmt == "qp":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        tags += ["plain", "qp_body"]
    elif fmt == "b64":
        msg.set_content(body, charset="utf-8", cte="base64")
        tags += ["plain", "b64_body"]
    elif fmt == "b64html":
        msg.set_content(to_html(body), subtype="html", charset="utf-8", cte="base64")
        tags += ["html", "b64_body"]
    else:
        msg.set_content(body, charset="utf-8", cte=raw_cte)
        tags.append("plain")
    for fn in it["att"]:
        data = b"%PDF-1.4\n% synthetic placeholder, no content\n%%EOF\n"
        if fn.lower().endswith(".pdf"):
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
        elif fn.lower().endswith((".tif", ".tiff")):
            msg.add_attachment(b"II*\x00synthetic", maintype="image", subtype="tiff", filename=fn)
        else:
            msg.add_attachment(b"synthetic placeholder\n", maintype="application",
                               subtype="octet-stream", filename=fn)
    if it["att"]:
        tags.append("attachment")
    if it["rfc822"]:
        inner = EmailMessage(policy=policy.SMTP)
        r = it["rfc822"]
        inner["From"] = r["from"]
        inner["To"] = r.get("to", BOX)
        inner["Subject"] = r["subj"]
        inner["Date"] = format_datetime(parse_date(r["date"]))
        inner.set_content(r["body"].strip("\n") + "\n", charset="utf-8", cte="7bit")
        msg.add_attachment(inner)
        tags.append("forward_as_attachment")
    # Encoding tags from what was actually written: the library picks quoted-printable by itself for
    # long or non-ASCII lines, so the requested fmt alone would under-count qp bodies.
    tags = [t for t in tags if t not in ("qp_body", "b64_body")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            cte = str(part.get("Content-Transfer-Encoding", "")).lower()
            if cte == "quoted-printable" and "qp_body" not in tags:
                tags.append("qp_body")
            if cte == "base64" and "b64_body" not in tags:
                tags.append("b64_body")
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_dev3_{n:04d}_{k}_{digest}")
    s = it["subj"].lower()
    if re.match(r"^\s*(re|aw)\s*:", s) and "reply" not in it["tags"]:
        tags.append("reply")
    if re.match(r"^\s*(fw|fwd)\s*:", s) and "forward" not in it["tags"]:
        tags.append("forward")
    tags += [t for t in it["tags"] if t not in tags]
    typ, loc, pri, case, mem, exp = it["lab"].split()
    label = {
        "file": f"{n:04d}.eml", "request_type": typ,
        "level_of_care": None if loc == "-" else loc, "priority": pri,
        "case_id": None if case == "-" else case, "member_id": None if mem == "-" else mem,
        "expedited": exp == "1", "tags": tags,
    }
    return msg.as_bytes(), label


def build() -> None:
    labels = []
    for old in OUT.glob("*.eml"):
        old.unlink()
    for i, it in enumerate(ITEMS, 1):
        raw, lab = build_one(i, it)
        (OUT / f"{i:04d}.eml").write_bytes(raw)
        labels.append(lab)
    with open(OUT / "labels.jsonl", "w") as fh:
        for lab in labels:
            fh.write(json.dumps(lab) + "\n")
    print(f"wrote {len(labels)} e-mails to {OUT}")


# ---------------------------------------------------------------------------
# Signatures (each writer keeps one voice)
SIG_ROS = """Rosalind Achterberg, RN, BSN
Case Management | St. Brendan Regional Medical Center
p 555-0142 x3317 | f 555-0143"""
SIG_MARSH = "Dev Marsh, Discharge Planning, Calloway Memorial\n\nSent from my iPhone"
SIG_PINE = """Tamsin Oduya
Admissions Coordinator
Pinecrest Skilled Nursing & Rehab
(555) 0188 ext 4 | fax (555) 0189"""
SIG_KES = """Marco Vellucci, RRT
Clinical Liaison, Kestrel Ridge Specialty Hospital (LTACH)
cell 555-0117"""
SIG_BW = """Priya Ramaswamy-Cole, PT, DPT
Admissions & Intake | Brightwater Rehabilitation Institute
Phone 555-0160 | Secure fax 555-0161"""
SIG_OKA = """Lena Pruitt, CMA
Office of Chidi Okafor, MD - Okafor Pulmonary & Sleep Associates
555-0131 (office) 555-0132 (fax)"""
SIG_NAD = """Nadine Coyle
Member Services Specialist II
Summit Crest Health Plan"""
SIG_OAK = """Wendell Abara, LPN
UR / MDS Coordinator, Oakmont Subacute Center
555-0177"""
SIG_LAKE = """Beatrix Fennimore, LCSW
Inpatient Social Work | Lakeshore University Hospital
Pager 555-0199 | Office 555-0198"""
DISC_LAKE = """CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended
recipient(s) and may contain confidential health information. If you are not the intended recipient,
please notify the sender and destroy all copies. For urgent clinical matters do not rely on e-mail."""
SIG_HP = """-- 
V. Dunmore, RN | Care Coordination | Harbor Pines Community Hospital | 555-0172"""
SIG_SAU = """Elaine Saunders, MD
Hospitalist Group, St. Brendan Regional Medical Center
cell 555-0125"""
SIG_MER = """UR Desk - Meridian Post-Acute Partners
(skilled nursing centers: Meridian at Fallowfield, Meridian at Quarry Hill)
ur-desk@meridian-postacute.test | 555-0150"""


# ---------------------------------------------------------------------------
# 0001-0040
add("w3-rosalind", "2026-11-02 08:12 -0500", "IRF referral - Hollis, Vernon",
f"""Good morning,

Sending over a new acute inpatient rehab referral for Vernon Hollis (DOB 03/14/1949), member ID M204518337.
He is a 77 yo male admitted 10/29 with a L MCA ischemic stroke, s/p tPA, residual R hemiparesis and
expressive aphasia. Currently mod assist for transfers, min-mod for gait 40 ft with hemi-walker, tolerating
PT/OT/SLP daily. Wife at home, two-story house, motivated to go home.

Accepting facility: Brightwater Rehabilitation Institute. Anticipated discharge is Wednesday 11/4 if we have
an approval by then. H&P, therapy notes and the PM&R consult are in the portal.

Thank you,
{SIG_ROS}
""", "new_request IRF normal - M204518337 0")

add("w3-dmarsh", "2026-11-03 14:40 -0600", "auth",
f"""SNF auth needed for Mr Kowalczyk, mbr M311902846. Pinecrest has a bed for him tmrw. PT eval in chart. pls advise

{SIG_MARSH}
""", "new_request SNF high - M311902846 0", tags=["typos"])

add("w3-pinecrest", "2026-11-03 10:05 -0500", "Continued stay request Case #20117",
f"""Hello UR team,

Requesting an additional 7 days for our resident Ms. Adaeze Nwosu, Case #20117, member M480021569.
Current last covered day is 11/5. She is still requiring skilled PT/OT 5x/week: gait 120 ft with RW and
CGA, not yet safe for stairs (3 steps to enter home). Wound vac to sacral wound changed M/W/F by nursing.
Updated therapy progress note and wound measurements attached.

Thanks so much,
{SIG_PINE}
""", "extension_request SNF normal 2026020117 M480021569 0", att=["Nwosu_PT_progress_1103.pdf", "wound_measurements.pdf"])

add("w3-kestrel", "2026-11-04 16:22 -0500", "AUTH-2026-003381",
f"""Updated clinicals attached.

{SIG_KES}
""", "updated_clinicals LTAC high 2026003381 - 0", att=["KRSH_clinicals_1104.pdf"])

add("w3-brightwater", "2026-11-04 09:30 -0800", "Checking in - Delacroix-Hume",
f"""Hi there,

I hope your week is going smoothly! I just wanted to gently touch base on the referral we sent Monday for
Mrs. Odile Delacroix-Hume (Ref: 2026004419, member M556120874). Our team reviewed her and we'd love to have her.

No pressure at all, but I should mention that we are holding a bed for her through noon tomorrow; after that
it goes back to the waitlist. Could you let us know where things stand?

Warmly,
{SIG_BW}
""", "status_inquiry IRF high 2026004419 M556120874 0", fmt="html")

add("w3-halvorsen", "2026-11-05 19:48 -0600", "My mother Ingrid Halvorsen",
"""To whom it may concern,

I apologize for writing to a general mailbox, the nurse at St. Brendan gave me this address. My name is Greta
Halvorsen and I am the daughter and health care POA for my mother, Ingrid Halvorsen. She fell at home two
weeks ago and broke her hip, had surgery, and has been doing the therapy in the hospital every day. Everyone
there has been wonderful.

The case manager told us Mom is medically ready to leave today and the only thing holding her up is approval
from your plan for the acute rehab unit at Brightwater. We visited Brightwater on Sunday and she really wants
to go there. Her member number on the card is 887 20 1193 if that helps.

Can someone please tell me if this has been decided and if not, what is missing? I can be reached at 555-0102
any time.

Thank you for your time,
Greta Halvorsen
""", "status_inquiry IRF urgent - - 0", tags=["family"])

add("w3-planfwd", "2026-11-05 11:02 -0500", "FW: voicemail for UR",
f"""Hi UR, this came into the member services queue, pls handle.

-----Original Message-----
From: CallCenter VM <vm-transcripts@summitcrest-health.example>
Sent: Thursday, November 5, 2026 10:41 AM
To: Member Services Queue
Subject: voicemail for UR

Transcript: "Hi this is Beatrix Fennimore, social worker at Lakeshore University Hospital, calling about
member M600431275, Case #7719, that got the denial yesterday. The attending would like to do a peer to peer
with your medical director, she's available between two and four today, my pager is 555-0199. Thanks."

{SIG_NAD}
""", "p2p_request - high 2026007719 M600431275 0", tags=["internal"])

add("w3-carebridge", "2026-11-05 07:15 -0500", "[CareBridge Link] New referral CB-88213 - Skilled Nursing Facility",
"""CareBridge Link - Referral Notification

A new referral has been sent to Summit Crest Health Plan.

Referral #: CB-88213
Level of care requested: Skilled Nursing Facility
Receiving facility: Oakmont Subacute Center
Patient: MARLOWE, JUNE  DOB 1941-07-30
Plan member ID: M702215594
Priority flag: Expedited
Requested admission date: 11/06/2026
Sending facility: Calloway Memorial Hospital
Diagnosis: S72.001A fracture of right femoral neck

Log in to CareBridge Link to view documents. This is an automated message; replies are not monitored.
""", "new_request SNF urgent - M702215594 1", tags=["system_generated"])

add("w3-ooo", "2026-11-06 13:20 -0500", "Automatic reply: Case #5521 - additional info needed",
"""I am out of the office until Monday 11/9 with limited access to e-mail. For urgent discharges please
contact the CM office line at 555-0140. Otherwise I will respond when I return.

Harriet Quist, RN
Case Management, Lakeshore University Hospital
""", "other - low 2026005521 - 0", frm='"Harriet Quist" <hquist@lakeshore-uh.example>', tags=["ooo"])

add("w3-oakmont", "2026-11-06 15:45 -0500", "Discharge - AUTH-2026-002290",
f"""Resident Harold Bexley discharged home with home health this morning, 11/6. Please close the authorization
AUTH-2026-002290. DC summary attached.

{SIG_OAK}
""", "discharge_notice SNF low 2026002290 - 0", att=["Bexley_DC_summary.pdf"])

add("w3-saunders", "2026-11-06 12:05 -0500", "RE: Determination notice Case #6040",
f"""I'd like to speak with your medical director about this one. Mr. Ostrowski has been on 4-6 L high flow
for two weeks, failed two SBTs before extubation, still needs q2h suctioning and IV meropenem through 11/14.
He does not belong in a SNF and honestly he has been ready for transfer since yesterday.
I am free until 5 pm, cell below.

{SIG_SAU}

-----Original Message-----
From: Summit Crest UR <preservice.ur@summitcrest-health.example>
Sent: Thursday, November 5, 2026 4:58 PM
Subject: Determination notice Case #6040

The request for long-term acute care hospital admission (Kestrel Ridge Specialty Hospital) for member
M390027718 has been denied as not medically necessary. The attending physician may request a peer-to-peer
discussion within 14 days.
""", "p2p_request LTAC urgent 2026006040 M390027718 0", tags=["overdue"])

add("w3-meridian", "2026-11-06 09:00 -0500", "Reconsideration request - AUTH-2026-001874",
f"""To the Summit Crest Appeals / UR team:

On behalf of our resident Ms. Philomena Garza (member M145509932), Meridian at Fallowfield requests a
standard reconsideration of the 11/4 denial of continued skilled stay under AUTH-2026-001874. The resident
continues to require daily skilled therapy and IV antibiotics through 11/12 (PICC). Appeal letter from
the attending and supporting notes are attached.

Respectfully,
{SIG_MER}
""", "appeal SNF high 2026001874 M145509932 0", att=["Garza_reconsideration_letter.pdf", "Garza_MAR_1101-1105.pdf"])

add("w3-reyes", "2026-11-04 21:10 -0700", "my dad",
"""hi is my dad approved yet for the nursing home? its skilled nursing at oakmont. hes at calloway right now
they said maybe friday. his name is Ernesto Reyes thank u

Sent from my iPhone
""", "status_inquiry SNF normal - - 0", tags=["family"])

add("w3-lakeshore", "2026-11-05 10:30 -0600", "LTACH referral: Pham, Quoc",
f"""Good morning,

Please accept this referral for long-term acute care for Mr. Quoc Pham, member M918830042.

Summary: 68M with septic shock from perforated diverticulitis, s/p Hartmann's, prolonged ventilation,
trach placed 10/30, currently on trach collar 40% by day with vent at night, TPN, open abdominal wound
with wound vac. Accepting LTACH: Kestrel Ridge Specialty Hospital. Tentative transfer date 11/9.

Documents have been faxed and uploaded. Please reach out with any questions.

{SIG_LAKE}

{DISC_LAKE}
""", "new_request LTAC normal - M918830042 0", fmt="html", tags=["disclaimer", "urgency_in_signature"])

add("w3-okafor", "2026-11-02 11:48 -0500", "SNF admission from home - Dr. Okafor patient",
f"""Hello,

Dr. Okafor is requesting authorization for a skilled nursing admission directly from home for his patient
Albert Fenwick, member M233017456. Mr. Fenwick has end-stage COPD with a recent decline: now on 3 L
continuous O2, desats to 84% walking to the bathroom, two falls in the past week. Daughter cannot provide
24 hour care. Pinecrest has offered a bed whenever we have the authorization.

Office note from 10/30 and the 6 minute walk test are attached. Please let us know if you need anything else.

Thank you,
{SIG_OKA}
""", "new_request SNF normal - M233017456 0", att=["Fenwick_office_note_1030.pdf", "6MWT_Fenwick.pdf"])

add("w3-rosalind", "2026-11-11 09:03 -0500", "RE: RE: RE: RE: IRF referral - Wren, Tobias",
f"""Hi again,

Any word on Mr. Wren? His family is picking him up Thursday unless we hear back - they would take him home
without rehab, which none of us want.

Rosalind

{SIG_ROS}

From: Summit Crest UR <preservice.ur@summitcrest-health.example>
Sent: Tuesday, November 10, 2026 2:16 PM
To: Achterberg, Rosalind
Subject: RE: RE: RE: IRF referral - Wren, Tobias

Thank you, the consult was received. The request is under clinical review.

From: Achterberg, Rosalind
Sent: Tuesday, November 10, 2026 8:40 AM
To: Summit Crest UR
Subject: RE: RE: IRF referral - Wren, Tobias

PM&R consult is now uploaded as well.

From: Summit Crest UR <preservice.ur@summitcrest-health.example>
Sent: Monday, November 9, 2026 3:02 PM
To: Achterberg, Rosalind
Subject: RE: IRF referral - Wren, Tobias

Good afternoon, your request has been received and assigned Case #8120. A reviewer will contact you if
more information is needed.

From: Achterberg, Rosalind
Sent: Monday, November 9, 2026 10:11 AM
To: Summit Crest UR
Subject: IRF referral - Wren, Tobias

New IRF request for Tobias Wren, member M771340256, 71M s/p bilateral TKA complicated by post-op delirium,
now resolved; needs 3 disciplines. Brightwater has accepted.
""", "status_inquiry IRF high 2026008120 M771340256 0", tags=["long_thread", "thread_len_5"])

add("w3-dmarsh", "2026-11-09 10:12 -0600", "Case #4471",
f"""any decision on this one? oakmont only holding the SNF bed til noon today then its gone. pt in ED obs still

{SIG_MARSH}
""", "status_inquiry SNF urgent 2026004471 - 0")

add("w3-pinecrest", "2026-11-11 13:30 -0500", "New SNF auth request - Castellanos, Rufina",
f"""Hello,

Pinecrest is requesting authorization for a skilled admission for Rufina Castellanos, member M309948211,
coming to us from Lakeshore University Hospital. She is an 84 y/o female admitted 11/6 with CHF exacerbation
and AKI, diuresed 6 L, now on oral torsemide, deconditioned: min assist bed mobility, mod assist sit to stand,
ambulating 15 ft with RW. Needs daily weights, med titration and PT/OT.

Anticipated admission to our facility is Friday the 13th (11/13), assuming approval.

Thank you!
{SIG_PINE}
""", "new_request SNF normal - M309948211 0", fmt="qp")

add("w3-kestrel", "2026-11-12 08:05 -0500", "Concurrent review due today - AUTH-2026-005127",
f"""Good morning,

Concurrent review for Mrs. Eloise Tan (M264410093), AUTH-2026-005127. Today 11/12 is her last covered day.

Status: trach collar 28% around the clock since 11/9, no vent since Monday. Still q3-4h suctioning, thick
secretions, sputum growing MDR Pseudomonas, on IV cefiderocol through 11/18. Weaning plan is capping trials
starting this week. Requesting continued stay x 7 days. Daily RT and progress notes uploaded.

Thanks, Marco
{SIG_KES}
""", "extension_request LTAC urgent 2026005127 M264410093 0")

add("w3-brightwater", "2026-11-10 12:40 -0800", "Additional documentation - AUTH-2026-008533",
f"""Hi UR team,

As requested on your call this morning, attaching the updated PT and OT evaluations and the PM&R
pre-admission screening for Mr. Leopold Ambrose, AUTH-2026-008533. He's now ambulating 60 ft with a
platform walker and mod A, and he tolerated 3 hours of therapy in the acute setting yesterday.

Many thanks,
{SIG_BW}
""", "updated_clinicals IRF high 2026008533 - 0", fmt="html", att=["Ambrose_PT_OT_eval.pdf", "Ambrose_preadmission_screen.pdf"])

add("w3-vendors", "2026-11-10 06:00 +0000", "Post-Acute Insights | November: 5 ways to expedite your referrals",
"""POST-ACUTE INSIGHTS - Monthly newsletter for utilization management professionals

In this issue:
 * 5 ways to expedite your referrals (without burning out your team)
 * Webinar: What the 2027 MA final rule means for IRF and SNF prior authorization
 * Urgent reminder: register for our December roundtable before seats run out

You are receiving this because you subscribed at a conference. Unsubscribe | Manage preferences
Post-Acute Insights, 400 Example Way, Suite 12
""", "other - low - - 0", frm='"Post-Acute Insights" <news@postacute-insights.example>', fmt="html", tags=["newsletter"])

add("w3-saunders", "2026-11-13 07:30 -0500", "Expedited appeal - Case #8544",
f"""To the appeals team,

I am requesting an expedited appeal of your 11/12 denial of acute inpatient rehab for Mrs. Winifred Oyelaran
(M118806373), Case #8544. Applying the standard timeframe could seriously jeopardize her ability to regain
maximum function: she is 10 days post right thalamic hemorrhage, tolerating 3 hours of therapy, with a good
support system at home. A SNF level of therapy will not meet her needs.

My letter of medical necessity is attached.

{SIG_SAU}
""", "appeal IRF urgent 2026008544 M118806373 1", att=["LMN_Oyelaran_Saunders.pdf"], tags=["multi_loc"])

add("w3-okafor", "2026-11-09 14:20 -0500", "Checking on SNF request - Albert Fenwick",
f"""Hi, this is Lena from Dr. Okafor's office again. Just checking on the skilled nursing request we sent
last Monday (11/2) for Albert Fenwick, member M233017456. Has a decision been made, or do you need anything
else from us? His daughter has been calling our office daily.

Thanks,
{SIG_OKA}
""", "status_inquiry SNF normal - M233017456 0", fmt="qp")

add("w3-halvorsen", "2026-11-08 10:14 -0600", "Thank you",
"""Hello,

I just wanted to say thank you to whoever worked on my mother's case. Mom moved over to Brightwater on Friday
evening and is already complaining about the therapists, which means she is feeling more like herself.

With gratitude,
Greta Halvorsen
""", "other - low - - 0", tags=["ack"])

add("w3-meridian", "2026-11-10 16:10 -0500", "Planned discharge Case #3390",
f"""Hello,

FYI Mr. Lyle Ashdown (M650017832), Case #3390, will discharge from Meridian at Quarry Hill to assisted living
(Willowmere ALF) on Friday 11/13. He met his therapy goals. We will send the discharge summary once he is out.

{SIG_MER}
""", "discharge_notice SNF normal 2026003390 M650017832 0")

add("w3-lakeshore", "2026-11-12 15:25 -0600", "P2P request - Okonjo, Delphine (Case #8802)",
f"""Hello,

Our attending, Dr. Ravi Mendelsohn, would like to schedule a peer-to-peer regarding the denial of inpatient
rehabilitation for Ms. Delphine Okonjo (member M427719060), Case #8802. If the medical director cannot support
IRF after that conversation, we would want to move quickly on a skilled nursing referral instead.

Dr. Mendelsohn's availability: 11/13 8-10 am or 1-3 pm. Direct line 555-0196.

{SIG_LAKE}

{DISC_LAKE}
""", "p2p_request IRF high 2026008802 M427719060 0", fmt="html", tags=["fallback_loc", "disclaimer"])

add("w3-carebridge", "2026-11-13 06:55 -0500", "[CareBridge Link] New referral CB-88590 - Long Term Acute Care",
"""CareBridge Link - Referral Notification

Referral #: CB-88590
Level of care requested: Long Term Acute Care Hospital
Receiving facility: Kestrel Ridge Specialty Hospital
Patient: ABERNATHY, SILAS  DOB 1952-02-11
Plan member ID: M883102247
Priority flag: Standard
Requested admission date: 11/13/2026
Sending facility: St. Brendan Regional Medical Center
Diagnosis: J96.11 chronic respiratory failure with hypoxia; Z93.0 tracheostomy status

This is an automated message; replies are not monitored.
""", "new_request LTAC urgent - M883102247 0", tags=["system_generated"])

add("w3-reyes", "2026-11-05 22:40 -0700", "Re: my dad",
"""they moved his discharge to tomorow morning. did the nursing home get approved?? nobody is calling me back

Sent from my iPhone

> On Nov 4, 2026, at 9:10 PM, Tomas Reyes <treyes82@freemail.test> wrote:
>
> hi is my dad approved yet for the nursing home? its skilled nursing at oakmont. hes at calloway right now
> they said maybe friday. his name is Ernesto Reyes thank u
""", "status_inquiry SNF high - - 0", tags=["typos", "family"])

add("w3-oakmont", "2026-11-13 11:20 -0500", "RE: Additional information needed - AUTH-2026-006612",
f"""See attached per your request below.

{SIG_OAK}

-----Original Message-----
From: Summit Crest UR <preservice.ur@summitcrest-health.example>
Sent: Friday, November 13, 2026 9:02 AM
To: Abara, Wendell
Subject: Additional information needed - AUTH-2026-006612

Good morning. To complete the concurrent review for this member, please send the most recent PT/OT notes
and the current medication administration record.
""", "updated_clinicals SNF high 2026006612 - 0", att=["PT_OT_notes_1109-1112.pdf", "MAR_current.pdf"])

add("w3-vendors", "2026-11-12 03:14 +0000", "Action required: mailbox storage limit reached",
"""Dear user,

Your mailbox preservice.ur has exceeded its storage limit and incoming messages will be held. URGENT: verify
your account within 24 hours to avoid suspension.

Verify now: http://mail-verify.summitcrest-support.test/login

IT Service Desk
""", "other - low - - 0", frm='"IT Service Desk" <it-desk@summitcrest-support.test>', tags=["phish"])

add("w3-rosalind", "2026-11-16 07:48 -0500", "Subacute rehab request - Dunleavy, Maeve",
f"""Good morning team,

Requesting subacute rehab at Pinecrest for Maeve Dunleavy, member M345528190. 88F, pneumonia + delirium,
now back to baseline cognition, on room air, walking 30 ft with RW and min A. She has been medically cleared
for discharge since rounds this morning and Pinecrest can take her this afternoon.

Clinicals in the portal. Thank you!
{SIG_ROS}
""", "new_request SNF urgent - M345528190 0")

add("w3-dmarsh", "2026-11-16 12:30 -0600", "Need P2P - Case #4471 denial, pt still here",
f"""{SIG_MARSH}
""", "p2p_request - high 2026004471 - 0", tags=["subject_only"])

add("w3-kestrel", "2026-11-16 10:10 -0500", "Hello from Kestrel Ridge",
f"""Hi folks,

Hope everyone had a good weekend and that the new portal rollout is treating you better than it is treating
us. Our RT director says hello to Joan, by the way, they worked together years ago.

While I have you: when you get a moment, could you let me know whether a determination has been made on
Mr. Fitzgerald Obi (M557730184), Ref: 2026009104? We sent the referral on the 12th. No rush on our side, he is
stable at the referring hospital.

Thanks much,
{SIG_KES}
""", "status_inquiry LTAC normal 2026009104 M557730184 0")

add("w3-brightwater", "2026-11-16 09:15 -0800", "Inpatient rehab request: Szabo, Imre",
f"""Hello Summit Crest UR,

Brightwater Rehabilitation Institute is requesting prior authorization for an inpatient rehab admission for
Imre Szabo, member M190044827.

- 63M, L BKA 11/9 for PVD with non-healing wound
- Prior level: independent, works part time, lives with spouse, 1 step to enter
- Now: min A transfers, ambulating 25 ft with RW hop-to, needs prosthetic training planning, wound care,
  diabetes management (A1c 9.4)
- Can tolerate 3 hrs/day, 5 days/week per PT/OT

Referring hospital (St. Brendan) is targeting discharge on Tuesday, November 17.

Thank you,
{SIG_BW}
""", "new_request IRF high - M190044827 0", fmt="html")

add("w3-vendors", "2026-11-16 14:00 +0000", "Cut your auth turnaround by 40% with RehabRoute",
"""Hi there,

Utilization review teams tell us the hardest part of the day is chasing clinicals. RehabRoute reads faxes,
pulls therapy minutes and drafts your IRF, LTACH and SNF criteria summaries automatically.

Book a 15-minute demo this week and get a free pilot for your team.

Best,
Kelsey from RehabRoute
""", "other - low - - 0", frm='"Kelsey Marr" <kelsey@rehabroute.test>', tags=["marketing"])

add("w3-oakmont", "2026-11-16 13:05 -0500", "Extension request AUTH-2026-006612",
f"""Hi,

Requesting 5 more days for Mr. Cyrus Bellamy, AUTH-2026-006612. LCD is tomorrow 11/17. He is still on IV
vancomycin via PICC for osteomyelitis of the L heel, end date 11/21, and PT is working on transfers; he is mod
assist with a slide board. Notes attached.

{SIG_OAK}
""", "extension_request SNF high 2026006612 - 0", fmt="b64", att=["Bellamy_notes_1116.pdf"])

add("w3-saunders", "2026-11-17 06:45 -0500", "Addendum to LTACH request Case #9012",
f"""Echo resulted overnight: EF 20-25%, new severe MR. Cardiology now recommends continued inotrope wean in
a monitored setting, which strengthens the LTACH need for Mr. Renaud. Please add the attached echo report
and cardiology note to Case #9012. He's been sitting in our ICU for a while now.

{SIG_SAU}
""", "updated_clinicals LTAC high 2026009012 - 0", att=["Renaud_TTE_1116.pdf", "Renaud_cardiology_note.pdf"])

add("w3-pinecrest", "2026-11-12 11:40 -0500", "A few questions",
f"""Hi again,

Sorry to bundle these together!

1) Has the auth for Mrs. Castellanos (M309948211) been approved yet? We have her coming on the 13th... well,
we will see.
2) Do you need the PASRR level I from us or from the hospital?
3) Is the fax number for clinicals still 555-0100, or should everything go through the portal now?

Appreciate you,
{SIG_PINE}
""", "status_inquiry SNF high - M309948211 0")

add("w3-halvorsen", "2026-12-01 18:02 -0600", "Mom coming home",
"""Hello,

I wanted to let you know that the rehabilitation hospital (Brightwater) told us Mom (Ingrid Halvorsen) will be going home next Tuesday
after her team meeting. Home health will start the following day. I think that's all you need from us but I
wanted to keep you in the loop since you were so helpful before.

Greta Halvorsen
""", "discharge_notice IRF normal - - 0", tags=["family"])

add("w3-lakeshore", "2026-11-18 11:00 -0600", "Outcome of P2P - Okonjo (Case #8802)?",
f"""Hi,

Dr. Mendelsohn completed the peer-to-peer with your medical director yesterday afternoon, but we have not
received the outcome in writing. Could you share the determination?
Ms. Okonjo remains appropriate for inpatient rehab and Brightwater is holding the bed until tomorrow.

{SIG_LAKE}

{DISC_LAKE}
""", "status_inquiry IRF high 2026008802 - 0", fmt="html", tags=["disclaimer"])

add("w3-meridian", "2026-11-17 08:30 -0500", "Fast reconsideration - AUTH-2026-007045",
f"""Summit Crest Appeals,

Meridian at Quarry Hill requests that the reconsideration of the denial of SNF continued stay for
Mr. Augustin Perrault (M662093318), AUTH-2026-007045, be processed as a 72-hour reconsideration. His physician
attests that waiting the standard 30 days could seriously jeopardize his health: he still requires
IV antibiotics and daily wound care for a stage 4 sacral ulcer.

Physician attestation attached.

{SIG_MER}
""", "appeal SNF urgent 2026007045 M662093318 1", att=["Perrault_physician_attestation.pdf"])

add("w3-carebridge", "2026-11-17 12:01 -0500", "[CareBridge Link] New referral CB-89011 - Acute Inpatient Rehab",
"""CareBridge Link - Referral Notification

Referral #: CB-89011
Level of care requested: Acute Inpatient Rehabilitation
Receiving facility: Brightwater Rehabilitation Institute
Patient: LINDQVIST, ARVID  DOB 1950-09-03
Plan member ID: M371150962
Priority flag: Urgent
Requested admission date: 11/20/2026
Sending facility: Lakeshore University Hospital
Diagnosis: I63.512 cerebral infarction

This is an automated message; replies are not monitored.
""", "new_request IRF urgent - M371150962 1", tags=["system_generated"])

add("w3-ooo", "2026-11-18 09:12 -0500", "Out of Office: RE: AUTH-2026-007301 P2P availability",
"""Thank you for your message. Our office is closed Wednesday 11/18 for staff training. If this is an urgent
medical matter, please call 911 or go to the nearest emergency room. For urgent scheduling questions call
555-0131 tomorrow.

Okafor Pulmonary & Sleep Associates
""", "other - low 2026007301 - 0", frm='"Okafor Pulmonary Front Desk" <frontdesk@okafor-pulm.test>', tags=["ooo"])

add("w3-reyes", "2026-11-20 07:55 -0700", "dad in hospital again",
"""hi its Tomas Reyes again. my dad Ernesto went to the ER from the nursing home (oakmont subacute) last night
and they admitted him at calloway for pneumonia. just letting u know, not sure who else to tell

Sent from my iPhone
""", "discharge_notice SNF low - - 0", tags=["family"])

add("w3-planfwd", "2026-11-18 15:40 -0500", "FW: fax received - SNF request",
f"""UR team - this fax came to the member services fax queue by mistake. Forwarding, TIFF attached.

{SIG_NAD}

---------- Forwarded message ---------
From: Fax Gateway <faxgateway@summitcrest-health.example>
Date: Wed, Nov 18, 2026 at 2:55 PM
Subject: fax received - SNF request

Fax from: Harbor Pines Community Hospital, Care Coordination (555-0171)
Pages: 14
Cover note: "Skilled nursing facility authorization request for Eudora Maples, member M520047736.
Accepting facility Meridian at Fallowfield. Anticipated discharge 11/19. Call Vic at 555-0172 with questions."
""", "new_request SNF high - M520047736 0", att=["fax_20261118_1455.tif"])

add("w3-pinecrest", "2026-11-18 10:20 -0500", "Weekly update - AUTH-2026-006240 (approved through 11/30)",
f"""Hi team,

Ms. Gwendolyn Farr's stay is approved through 11/30 under AUTH-2026-006240. Attaching her weekly therapy
progress notes for your records. No action needed from your side at this time, she's progressing as planned.

{SIG_PINE}
""", "updated_clinicals SNF normal 2026006240 - 0", att=["Farr_weekly_1118.pdf"], tags=["approved_routine"])

add("w3-rosalind", "2026-11-18 13:10 -0500", "Please expedite - LTACH referral Beaumont, Cass",
f"""Hello,

Please expedite this one. New LTACH referral for Cassius Beaumont, member M808814459. 59M with ARDS from
influenza A, trach 11/10, PEG 11/12, still vent dependent (AC 14/450/PEEP 8/40%), failed SBT x3, on IV
steroids taper and tube feeds. Kestrel Ridge has accepted and can take him tomorrow.

{SIG_ROS}
""", "new_request LTAC urgent - M808814459 1")

add("w3-kestrel", "2026-11-28 09:00 -0500", "Discharge: Obi, Fitzgerald",
f"""Morning, quick FYI - Mr. Fitzgerald Obi (Ref: 2026009104) was decannulated and went home with his wife
yesterday afternoon. Please close out the authorization on your end.

{SIG_KES}
""", "discharge_notice LTAC low 2026009104 - 0")

add("w3-brightwater", "2026-11-20 14:35 -0800", "Continued stay request: Lindqvist, Arvid",
f"""Hello,

Following today's team conference, we are requesting 5 additional days for Arvid Lindqvist (M371150962),
AUTH-2026-009230. His current authorization runs through 11/25. He has progressed from mod A to min A for
transfers and is now ambulating 100 ft with a quad cane, but still needs skilled SLP for dysphagia (on
mechanical soft, thin liquids) and caregiver training with his daughter before discharge home.

Team conference note and FIM scores attached.

{SIG_BW}
""", "extension_request IRF normal 2026009230 M371150962 0", fmt="html", att=["Lindqvist_team_conf_1120.pdf"])

add("w3-okafor", "2026-11-19 09:40 -0500", "Dr. Okafor - peer to peer request Case #9377",
f"""Good morning,

Dr. Okafor received the denial letter for Mr. Fenwick's skilled nursing admission (Case #9377) and would
like to discuss it with your medical director. He is available Thursday and Friday between 12 and 1 pm, or
after 4:30 pm. Please call the office to schedule.

{SIG_OKA}
""", "p2p_request SNF high 2026009377 - 0")

add("w3-saunders", "2026-11-19 17:20 -0500", "Renaud",
f"""Your denial of LTACH for Mr. Renaud (Case #9012) doesn't match the chart. Happy to do a P2P whenever
your MD is free, tonight or tomorrow.

{SIG_SAU}
""", "p2p_request LTAC high 2026009012 - 0")

add("w3-lakeshore", "2026-11-19 09:05 -0600", "SNF referral - Abernathy-Crane, Louisa",
f"""Hello,

Sending a skilled nursing referral for Louisa Abernathy-Crane, member M455031907. 79F s/p ORIF of a R distal
radius and R ankle fracture after a fall, NWB RLE, needs assist with all ADLs. Accepting facility:
Pinecrest Skilled Nursing & Rehab. Discharge planned for 11/24.

No need to expedite, standard review is fine.

{SIG_LAKE}

{DISC_LAKE}
""", "new_request SNF normal - M455031907 0", fmt="html", tags=["negated_expedite", "disclaimer"])

add("w3-dmarsh", "2026-11-19 16:02 -0600", "rehab ref",
f"""acute rehab referral for Mrs Tillman mbr M276630118, CVA, Brightwater accepted. DC sat 11/21. need this ASAP pls

{SIG_MARSH}
""", "new_request IRF normal - M276630118 0", tags=["asap_only"])

add("w3-vendors", "2026-11-19 20:00 +0000", "How did we do? 2-minute survey",
"""Hello,

Thank you for using CareBridge Link this month. Please take 2 minutes to tell us about your experience with
referral notifications. Your feedback helps us improve.

Take the survey: https://survey.carebridge-link.example/s/n0v

CareBridge Link Customer Success
""", "other - low - - 0", frm='"CareBridge Link" <success@carebridge-link.example>', tags=["survey"])

add("w3-pinecrest", "2026-11-16 16:45 -0500", "Discharge notice - Nwosu, Adaeze Case #20117",
f"""Hello,

Ms. Adaeze Nwosu (M480021569) discharged from Pinecrest to home with her son on Saturday 11/14, with home health
PT and nursing. Case #20117 can be closed. Discharge summary will follow by fax.

Have a good evening,
{SIG_PINE}
""", "discharge_notice SNF low 2026020117 M480021569 0")

add("w3-meridian", "2026-11-22 10:00 -0500", "Continued stay - Case #9501 (not #2210)",
f"""Hello,

Please note the case number: this is for Mrs. Ottoline Vance's current admission, Case #9501. Her prior stay
with us in September (Case #2210) is closed and should not be used.

We are requesting 7 additional days. LCD on the current authorization is 11/23. She remains on daily skilled
PT/OT after a revision hip arthroplasty, WBAT, ambulating 50 ft with RW and CGA, and nursing is managing a
draining incision with daily dressing changes.

{SIG_MER}
""", "extension_request SNF high 2026009501 - 0", tags=["multi_case"])

add("w3-planfwd", "2026-11-20 12:12 -0500", "portal down?",
"""Hi all - is anyone else getting a blank screen in the UM portal since about noon? Can't load the queue.
IT ticket is in. Sorry for using the shared box, Teams is also being weird.

Nadine
""", "other - low - - 0", tags=["internal"])

add("w3-oakmont", "2026-11-23 10:45 -0500", "Reconsideration status AUTH-2026-006612",
f"""Hello,

Checking on the reconsideration we filed on 11/10 for Mr. Bellamy, AUTH-2026-006612. We have not received a
decision letter yet. Can you tell me where it is in the process?

{SIG_OAK}
""", "status_inquiry SNF normal 2026006612 - 0")

add("w3-carebridge", "2026-11-20 08:30 -0500", "[CareBridge Link] Referral CB-88590 status: Accepted by facility",
"""CareBridge Link - Status Update

Referral #: CB-88590
New status: Accepted by receiving facility (Kestrel Ridge Specialty Hospital)
Updated by: M. Vellucci

No action is required. This is an automated message; replies are not monitored.
""", "other - low - - 0", tags=["system_generated"])

add("w3-kestrel", "2026-11-20 11:25 -0500", "New LTACH request - Quintero, Amparo",
f"""Hi,

New request for Amparo Quintero (M134482075) from Lakeshore University Hospital. 66F, necrotizing pancreatitis
with infected walled-off necrosis, s/p endoscopic necrosectomy x2, on IV meropenem and TPN, 2 perc drains,
needs daily labs and wound care. Not a surgical candidate right now. Planned transfer Monday.

{SIG_KES}
""", "new_request LTAC normal - M134482075 0", fmt="b64html")

add("w3-brightwater", "2026-11-23 08:20 -0800", "Expedited peer to peer - Tillman",
f"""Hello UR,

We received the denial for Mrs. Constance Tillman (M276630118), AUTH-2026-009655, this morning. Her attending at
Calloway, Dr. Ibsen, requests an expedited peer-to-peer. She's been sitting at Calloway since her planned
discharge on Saturday. Dr. Ibsen's cell is 555-0109.

{SIG_BW}
""", "p2p_request IRF urgent 2026009655 M276630118 1", fmt="html")

add("w3-rosalind", "2026-11-23 15:30 -0500", "RE: SNF request - Pell, Ambrose - more info needed",
f"""Hi,

Attached are the PT and OT notes you asked for. Also, heads up, he's now cleared to leave tomorrow.

Thanks,
{SIG_ROS}

From: Summit Crest UR <preservice.ur@summitcrest-health.example>
Sent: Monday, November 23, 2026 11:05 AM
To: Achterberg, Rosalind
Subject: SNF request - Pell, Ambrose - more info needed

Hello, for the skilled nursing request for Ambrose Pell (M612278804), Case #9720, please send PT and OT
notes from the last 48 hours.
""", "updated_clinicals SNF high 2026009720 M612278804 0", att=["Pell_PT_1123.pdf", "Pell_OT_1123.pdf"])

add("w3-saunders", "2026-11-24 08:05 -0500", "Reconsideration - Oyelaran Case #8544",
f"""Appeals team,

Following up on my earlier expedited request: the family has since taken Mrs. Oyelaran to a SNF as a bridge,
so I'm converting this to a standard reconsideration of the acute inpatient rehab denial, Case #8544. No
longer needs to be expedited. Updated letter attached.

{SIG_SAU}
""", "appeal IRF high 2026008544 - 0", att=["LMN_Oyelaran_v2.pdf"], tags=["negated_expedite", "multi_loc"])

add("w3-lakeshore", "2026-11-23 22:30 -0600", "LTACH request - Marchetti, Giulio",
f"""Hello,

Late referral, apologies. Long term acute care request for Giulio Marchetti (M743390126): 72M, s/p CABG x4
complicated by sternal wound infection and prolonged ventilation, trach 11/16, on vent at night, IV
daptomycin x 6 weeks. Kestrel Ridge accepted. He is ready for discharge tomorrow.

{SIG_LAKE}

{DISC_LAKE}
""", "new_request LTAC high - M743390126 0", fmt="html", tags=["late_night_utc_next_day", "disclaimer"])

add("w3-okafor", "2026-11-17 10:15 -0500", "PFTs for Fenwick skilled nursing request",
f"""Hello,

Attaching Mr. Fenwick's PFTs from 11/16 and an updated office note for his skilled nursing request
(member M233017456). FEV1 is down to 24% predicted.

{SIG_OKA}
""", "updated_clinicals SNF high - M233017456 0", att=["Fenwick_PFT_1116.pdf", "Fenwick_note_1116.pdf"])

add("w3-reyes", "2026-11-07 09:30 -0700", "Re: my dad",
"""ok thank you so much!! he got there last night

> On Nov 6, 2026, at 8:14 AM, Summit Crest UR <preservice.ur@summitcrest-health.example> wrote:
> Mr. Reyes, the authorization for skilled nursing at Oakmont Subacute Center was approved this morning.
""", "other - low - - 0", tags=["ack", "family"])

add("w3-meridian", "2026-11-23 09:10 -0500", "SNF admission request - Kaczmarek, Bronislaw",
f"""Good morning,

Meridian at Fallowfield requests authorization for a skilled admission for Bronislaw Kaczmarek (M919905563),
currently at Harbor Pines Community Hospital. 81M, UTI with sepsis, resolved, now deconditioned: mod A bed to
chair, unable to ambulate. The hospital tells us he's been medically ready since Friday and is waiting only on
this authorization.

{SIG_MER}
""", "new_request SNF urgent - M919905563 0", tags=["overdue"])

add("w3-pinecrest", "2026-11-20 09:50 -0500", "Extension - Castellanos LCD today",
f"""Good morning!

Requesting continued stay for Rufina Castellanos, M309948211, AUTH-2026-009388. Her last covered day is
today. Weight is trending up again (+2.1 kg in 3 days), cardiology adjusted torsemide, she needs continued
daily weights and skilled nursing assessment plus PT (ambulating 60 ft RW, SBA).

{SIG_PINE}
""", "extension_request SNF urgent 2026009388 M309948211 0", fmt="qp")

add("w3-kestrel", "2026-11-30 13:30 -0500", "Quintero - P2P still possible?",
f"""Hi there,

I know it has been about a week since the denial for Ms. Quintero (M134482075), AUTH-2026-010021. Is it still
possible to set up a peer-to-peer? Our medical director Dr. Haldane would like to speak with yours this week.

{SIG_KES}
""", "p2p_request LTAC high 2026010021 M134482075 0")

add("w3-rosalind", "2026-11-17 10:40 -0500", "Mrs. Dunleavy",
f"""Hi there,

Just wondering whether there is any news on Mrs. Dunleavy's subacute referral from yesterday? She was medically
ready to go yesterday and is still with us. Pinecrest has been very patient.

Many thanks,
{SIG_ROS}
""", "status_inquiry SNF urgent - - 0", fmt="html", tags=["overdue"])

add("w3-dmarsh", "2026-11-25 08:15 -0600", "FW: bed offer - Lutz",
f"""see below

{SIG_MARSH}

Begin forwarded message:

From: Wendell Abara <wabara@oakmont-subacute.example>
Date: November 24, 2026 at 4:50:12 PM CST
To: Dev Marsh <dmarsh@calloway-memorial.test>
Subject: bed offer - Lutz

Dev, we can accept Mr. Jerome Lutz (M338015529) on 11/25. I can hold the bed until 3pm tomorrow, after that it
goes to the next referral. Plan auth is still needed for the SNF admission, can you send it over to Summit Crest?

Wendell Abara, LPN
UR / MDS Coordinator, Oakmont Subacute Center
""", "new_request SNF urgent - M338015529 0", tags=["urgency_in_forward", "quoted_relative_date"])

add("w3-planfwd", "2026-11-25 09:30 -0500", "Call note - wife asking about extension",
f"""Hi UR,

Member's wife (Dolores Amundsen) called the member services line this morning asking whether the extension for
her husband Pieter at Pinecrest Skilled Nursing has been approved. Member ID M104457621. She says the facility told her his last covered
day was Monday and they will start the discharge paperwork this afternoon if nothing comes through. I told
her I'd pass it along. Callback 555-0114.

{SIG_NAD}
""", "status_inquiry SNF urgent - M104457621 0", tags=["internal"])

add("w3-carebridge", "2026-11-30 10:02 -0500", "[CareBridge Link] New referral CB-90177 - Skilled Nursing Facility",
"""CareBridge Link - Referral Notification

Referral #: CB-90177
Level of care requested: Skilled Nursing Facility
Receiving facility: Meridian at Quarry Hill
Patient: DESROCHERS, YVETTE  DOB 1938-12-19
Plan member ID: M227746013
Priority flag: Routine
Requested admission date: 12/03/2026
Sending facility: Lakeshore University Hospital
Diagnosis: J18.9 pneumonia, unspecified organism; R53.81 debility

This is an automated message; replies are not monitored.
""", "new_request SNF normal - M227746013 0", tags=["system_generated"])

add("w3-ooo", "2026-11-25 17:02 -0500", "Auto: Re: New LTACH request - Quintero, Amparo",
"""Hi, I'm out of the office for the holiday and back Monday 11/30. For new LTACH referrals please contact our
admissions line at 555-0118. For anything urgent about a current patient, page the house supervisor.

Marco Vellucci, Kestrel Ridge
""", "other - low - - 0", frm='"Marco Vellucci" <mvellucci@kestrelridge-ltach.example>', tags=["ooo"])

add("w3-brightwater", "2026-11-30 11:10 -0800", "Planned discharge - Szabo, Imre (AUTH-2026-009312)",
f"""Hello,

Happy post-holiday Monday! Mr. Imre Szabo (AUTH-2026-009312) has an anticipated discharge date of Friday 12/4
to home with his wife, outpatient PT arranged, prosthetist follow up 12/9. He met his goals beautifully.
We'll send the discharge summary once he's out.

{SIG_BW}
""", "discharge_notice IRF normal 2026009312 - 0", fmt="html")

add("w3-saunders", "2026-11-26 07:10 -0500", "STAT review please - AUTH-2026-009877",
f"""Please review the attached STAT. Mrs. Greer (AUTH-2026-009877, acute inpatient rehab request) was cleared by
neurosurgery last night, drain out, and I'd like her out of my ICU step-down today. PT/OT notes from yesterday
and the neurosurgery clearance are attached.

{SIG_SAU}
""", "updated_clinicals IRF urgent 2026009877 - 1", att=["Greer_NSGY_clearance.pdf", "Greer_PT_OT_1125.pdf"])

add("w3-meridian", "2026-11-20 13:00 -0500", "Where are we on the fast-track reconsideration? AUTH-2026-007045",
f"""Hello,

We filed the fast reconsideration for Mr. Perrault (AUTH-2026-007045) on Tuesday morning. Could someone let us
know whether a decision has been made? We haven't seen a letter or a call.

{SIG_MER}
""", "status_inquiry SNF normal 2026007045 - 0")

add("w3-reyes", "2026-11-24 18:20 -0700", "papers for oakmont",
"""hi sorry to bother again. the hospital says dad can go back to oakmont tmrw if the insurance says ok. did u
get the papers from calloway? they said they sent them for the skilled nursing

Sent from my iPhone
""", "status_inquiry SNF high - - 0", tags=["family", "typos"])

add("w3-pinecrest", "2026-11-27 08:40 -0500", "Skilled admission request - Hollingsworth, Beryl",
f"""Good morning,

Requesting authorization for skilled nursing admission for Beryl Hollingsworth, M561188240, from St. Brendan.
92F, L hip hemiarthroplasty 11/23, WBAT, ambulating 20 ft RW with mod A, on enoxaparin, mild post-op
delirium resolving. The hospital has asked us to take her today; requested admission date is 11/27.

Thank you and hope you had a nice Thanksgiving,
{SIG_PINE}
""", "new_request SNF urgent - M561188240 0", fmt="b64")

add("w3-kestrel", "2026-12-01 15:15 -0500", "AUTH-2026-010140 update",
f"""Pt: G. Marchetti
Vent: PS 10/5 x 12h yesterday, trach collar 35% overnight
ABG 7.41/44/88
Sputum cx NGTD, Tmax 37.9
Sternal wound: granulating, vac changed 11/30
Notes attached.

{SIG_KES}
""", "updated_clinicals LTAC high 2026010140 - 0", att=["Marchetti_RT_progress_1201.pdf"])

add("w3-vendors", "2026-11-24 15:00 +0000", "Free CEU webinar: IRF documentation pitfalls",
"""Join us Thursday, December 10 at 1 pm ET for a free 1-hour CEU webinar on the most common IRF documentation
pitfalls: the preadmission screening, the post-admission physician evaluation and the individualized plan of care.

Register today, seats are limited.

Northgate Clinical Education
""", "other - low - - 0", frm='"Northgate Clinical Education" <events@northgate-ce.example>', fmt="html", tags=["marketing"])

add("w3-rosalind", "2026-11-05 08:30 -0500", "RE: IRF referral - Hollis, Vernon",
f"""Good morning,

We received the denial for Mr. Hollis yesterday afternoon (Case #7802). Dr. Saunders would like a peer-to-peer
with your medical director. He was supposed to go to Brightwater yesterday and is still here on our floor.
Dr. Saunders' cell is 555-0125.

Thank you,
{SIG_ROS}

-----Original Message-----
From: Achterberg, Rosalind
Sent: Monday, November 2, 2026 8:12 AM
To: Summit Crest UR
Subject: IRF referral - Hollis, Vernon

Sending over a new acute inpatient rehab referral for Vernon Hollis (DOB 03/14/1949), member ID M204518337.
Anticipated discharge is Wednesday 11/4 if we have an approval by then.
""", "p2p_request IRF urgent 2026007802 M204518337 0", tags=["overdue"])

add("w3-okafor", "2026-11-24 11:05 -0500", "Peer to peer for Mr. Fenwick - still possible?",
f"""Hello,

We have left two voicemails about scheduling the peer to peer for Albert Fenwick's skilled nursing denial
(Case #9377). Dr. Okafor understands the window closes Friday. Is it still possible to get this on the
calendar? He can make himself available any afternoon this week.

{SIG_OKA}
""", "p2p_request SNF high 2026009377 - 0")

add("w3-meridian", "2026-11-25 07:55 -0500", "Resident expired - Case #9501",
f"""Good morning,

We are sorry to report that Mrs. Ottoline Vance (Case #9501) expired at Meridian at Fallowfield early this
morning, 11/25 at 03:40. Family was present. Please close the authorization.

{SIG_MER}
""", "discharge_notice SNF low 2026009501 - 0")

add("w3-brightwater", "2026-12-02 10:00 -0800", "Request for auth: Okonkwo-Bright, Della",
f"""Hi team,

Brightwater is requesting an inpatient rehab authorization for Della Okonkwo-Bright, member M604417729, 58F s/p
resection of a thoracic meningioma with incomplete paraplegia (ASIA C), now 8 days post-op. She's been
accepted here and the neurosurgery team at Lakeshore would like her to transfer tomorrow.

Documents in the portal, and happy to hop on a call.

{SIG_BW}
""", "new_request IRF high - M604417729 0", fmt="html")

add("w3-dmarsh", "2026-11-23 13:44 -0600", "Status?",
f"""denied?? need a P2P for mrs tillman (the acute rehab one), hospitalist Dr Ibsen 555-0109. shes still here,
was supposed to go sat

{SIG_MARSH}
""", "p2p_request IRF urgent - - 0", tags=["misleading_subject", "overdue"])

add("w3-planfwd", "2026-11-24 10:20 -0500", "FW: RE: Extension request - Amundsen",
f"""Forwarding to UR, Pinecrest replied to our member services acknowledgment instead of the UR box.

{SIG_NAD}

From: Tamsin Oduya <admissions@pinecrest-snr.example>
Sent: Tuesday, November 24, 2026 9:58 AM
To: Summit Crest Member Services
Subject: RE: Extension request - Amundsen

Thank you. Can you tell me if it's been approved? His LCD was yesterday and we are keeping him in the meantime.

Tamsin Oduya
Admissions Coordinator
Pinecrest Skilled Nursing & Rehab

From: Summit Crest Member Services <memberservices@summitcrest-health.example>
Sent: Friday, November 20, 2026 4:12 PM
To: Tamsin Oduya
Subject: RE: Extension request - Amundsen

Hello, we received your message and have routed the extension request for Pieter Amundsen (M104457621)
to utilization review. Please allow up to 72 hours for a standard decision.
""", "status_inquiry SNF urgent - M104457621 0", tags=["overdue", "long_thread", "thread_len_3"])

add("w3-lakeshore", "2026-11-30 09:40 -0600", "IRF referral - Baptiste, Honore",
f"""Hello,

Please find below an acute inpatient rehabilitation referral.

Member: Honore Baptiste, M382209915
Dx: GBS, s/p IVIG x5 days, improving proximal strength (3/5 hips, 4/5 shoulders)
Function: max A sit to stand, wheelchair level, needs OT for ADLs, SLP for mild dysphagia
Accepting: Brightwater Rehabilitation Institute
Target discharge: Thursday

{SIG_LAKE}

{DISC_LAKE}
""", "new_request IRF normal - M382209915 0", fmt="alt", tags=["disclaimer"])

add("w3-oakmont", "2026-11-27 10:30 -0500", "Continued stay AUTH-2026-009960",
f"""Good morning, requesting continued stay x 7 days for Mr. Jerome Lutz, AUTH-2026-009960, LCD 11/30.
Still NWB LLE, mod A transfers, wound care BID to the fasciotomy site. Notes in portal.

{SIG_OAK}
""", "extension_request SNF normal 2026009960 - 0")

add("w3-saunders", "2026-12-01 09:12 -0500", "AUTH-2026-010300",
f"""Pt has been ready for LTACH since this morning. Why is this still pending?

{SIG_SAU}
""", "status_inquiry LTAC urgent 2026010300 - 0")

add("w3-kestrel", "2026-12-01 10:05 -0500", "Two things - Marchetti and Quintero",
f"""Hi team,

Two quick items:

1) Marchetti, AUTH-2026-010140: requesting a 7-day continued stay. His LCD is Thursday 12/3. Weaning is going
well but he's not off the vent at night yet and is on IV dapto through 12/28. Notes attached.

2) Separate patient: could you tell me where the reconsideration for Quintero (AUTH-2026-010021) stands? We
filed it 11/30 after the P2P.

Thanks!
{SIG_KES}
""", "extension_request LTAC normal 2026010140 - 0", att=["Marchetti_weekly_1201.pdf"], tags=["multi_case"])

add("w3-pinecrest", "2026-11-25 14:30 -0500", "Happy Thanksgiving from Pinecrest!",
f"""Hi friends at Summit Crest,

Just wanted to say Happy Thanksgiving from all of us at Pinecrest! Our residents made turkey hand-prints this
morning and the dining room smells amazing. Thank you for all of your help this year, we know how busy you all are
and we really appreciate the quick turnarounds lately.

Oh, and one small thing while I have you - Mrs. Loretta Quayle's extension request from last Friday
(M418870052): her daughter is picking her up Thursday unless we hear back, so if there is any update at all
please let me know.

Gratefully,
{SIG_PINE}
""", "status_inquiry SNF high - M418870052 0", tags=["buried_request"])

add("w3-brightwater", "2026-11-25 13:10 -0800", "Reconsideration request - Tillman AUTH-2026-009655",
f"""Dear Appeals Team,

Following the peer-to-peer on 11/24, at which the denial was upheld, Brightwater Rehabilitation Institute, on
behalf of Mrs. Constance Tillman (M276630118), requests reconsideration of the denial of inpatient rehabilitation
admission, AUTH-2026-009655. Her neurologic deficits, prior level of function and family support make her an
excellent candidate for intensive rehabilitation. Letter and records attached.

Sincerely,
{SIG_BW}
""", "appeal IRF high 2026009655 M276630118 0", fmt="qp", att=["Tillman_appeal_letter.pdf", "Tillman_records.pdf"])

add("w3-meridian", "2026-11-24 11:45 -0500", "PT eval - Kaczmarek Ref: 2026010055",
f"""Attached is the PT evaluation from Harbor Pines dated 11/23 for Mr. Kaczmarek's skilled nursing request,
Ref: 2026010055. OT eval to follow when we receive it.

{SIG_MER}
""", "updated_clinicals SNF high 2026010055 - 0", att=["Kaczmarek_PT_eval_1123.pdf"])

add("w3-rosalind", "2026-11-27 09:20 -0500", "Rehab request - Yamamoto, Keiko (IRF, SNF backup)",
f"""Good morning,

Requesting acute inpatient rehab at Brightwater for Keiko Yamamoto, member M516630087. If IRF is not approvable,
please consider subacute rehab at Pinecrest as the backup plan so we don't lose time.

74F, R frontal SDH s/p craniotomy 11/20, L-sided weakness, impulsive, min-mod A for ambulation, good
tolerance of therapy (2.5 hrs yesterday). Lives with husband in a ranch home. Planned discharge Monday 11/30.

{SIG_ROS}
""", "new_request IRF normal - M516630087 0", tags=["fallback_loc", "multi_loc"])

add("w3-dmarsh", "2026-11-24 15:55 -0600", "Lutz PT note",
f"""PT note from today attached for Lutz M338015529. walked 15ft, mod A

{SIG_MARSH}
""", "updated_clinicals - high - M338015529 0", att=["IMG_4471.jpg"])

add("w3-okafor", "2026-11-30 14:00 -0500", "LTACH recommendation - Dr. Okafor's patient Hadley, Ruth",
f"""Hello,

Dr. Okafor has been consulting on his longtime patient Ruth Hadley (member M699120534), currently in the ICU at
Lakeshore University Hospital after a COPD exacerbation requiring intubation; she now has a trach and has failed
multiple weaning attempts. He is requesting authorization for a long-term acute care hospital for ventilator
weaning. Kestrel Ridge has reviewed her and can accept. Expected transfer date is not set yet.

His consult note and a letter of medical necessity are attached.

{SIG_OKA}
""", "new_request LTAC normal - M699120534 0", att=["Hadley_consult_Okafor.pdf", "Hadley_LMN.pdf"])

add("w3-halvorsen", "2026-12-03 20:15 -0600", "Now my father - Arne Halvorsen",
"""Hello again,

I'm sorry to be writing again so soon. This time it's my father, Arne Halvorsen. He was admitted to St. Brendan
last week with pneumonia and is very weak. The social worker says he needs a skilled nursing facility for a
couple of weeks and that she sent the request to your plan on Tuesday.

Could you tell me whether you received it? They are saying he is supposed to leave on Monday. I just don't want
him to be stuck like Mom almost was.

Thank you so much,
Greta Halvorsen
""", "status_inquiry SNF normal - - 0", tags=["family"])

add("w3-lakeshore", "2026-11-24 08:50 -0600", "Updated clinicals - Marchetti LTACH request",
f"""Good morning,

Updated vent settings (now PS 12/5 during the day), last 48 hours of vitals and the sputum culture result for
Mr. Giulio Marchetti's long term acute care request (M743390126) are attached. Please let me know if anything
else is needed.

{SIG_LAKE}

{DISC_LAKE}
""", "updated_clinicals LTAC high - M743390126 0", fmt="html", att=["Marchetti_vitals_48h.pdf", "Marchetti_sputum_cx.pdf"], tags=["disclaimer"])

add("w3-vendors", "2026-11-21 11:11 +0000", "Congratulations! You have been selected",
"""Dear Valued Customer,

You have been selected to receive a $500 gift card for being a loyal healthcare professional. Claim your prize
now by confirming your details. Offer expires in 24 hours!!!

Claim here: http://prize-center.test/claim?id=88213
""", "other - low - - 0", frm='"Rewards Center" <rewards@prize-center.test>', tags=["spam"])

add("w3-ooo", "2026-11-24 09:03 -0500", "Read: RE: SNF request - Pell, Ambrose - Case #9720",
"""Your message

  To: Achterberg, Rosalind
  Subject: RE: SNF request - Pell, Ambrose - Case #9720
  Sent: Tuesday, November 24, 2026 8:41 AM

was read on Tuesday, November 24, 2026 9:03 AM.
""", "other - low 2026009720 - 0", frm='"Achterberg, Rosalind" <rachterberg@stbrendan-med.example>', tags=["read", "system_generated"])

add("w3-carebridge", "2026-11-30 16:40 -0500", "[CareBridge Link] New referral CB-90204 - Acute Inpatient Rehab",
"""CareBridge Link - Referral Notification

Referral #: CB-90204
Level of care requested: Acute Inpatient Rehabilitation
Receiving facility: Brightwater Rehabilitation Institute
Patient: NAKASHIMA, TORU  DOB 1956-04-22
Plan member ID: M845562190
Priority flag: Expedited
Requested admission date: 12/01/2026
Sending facility: Harbor Pines Community Hospital
Diagnosis: S06.5X0A traumatic subdural hemorrhage

This is an automated message; replies are not monitored.
""", "new_request IRF urgent - M845562190 1", tags=["system_generated"])

add("w3-reyes", "2026-11-26 12:05 -0700", "Re: papers for oakmont",
"""dad is back at oakmont now, gracias a todos. happy thanksgiving

Sent from my iPhone

> On Nov 24, 2026, at 6:20 PM, Tomas Reyes <treyes82@freemail.test> wrote:
> hi sorry to bother again. the hospital says dad can go back to oakmont tmrw if the insurance says ok.
""", "other - low - - 0", tags=["ack", "family", "mixed_language"])

add("w3-oakmont", "2026-11-20 09:15 -0500", "Resident sent out - Reyes, Ernesto",
f"""FYI resident Ernesto Reyes was sent out to Calloway Memorial ED last night around 2300 for fever and
hypoxia and was admitted there. Please hold/close the current authorization, AUTH-2026-004902. We will
send a new request if he returns.

{SIG_OAK}
""", "discharge_notice SNF low 2026004902 - 0")

add("w3-saunders", "2026-12-02 07:35 -0500", "Urgent P2P - Baptiste, AUTH-2026-010388",
f"""I need an urgent peer to peer on the inpatient rehab denial for Mr. Baptiste (AUTH-2026-010388). GBS patient,
improving daily, and the denial rationale cites "unable to tolerate therapy", which is simply not true per
yesterday's PT note. I am on service all day, cell below.

{SIG_SAU}
""", "p2p_request IRF urgent 2026010388 - 1")

add("w3-planfwd", "2026-12-02 08:05 -0500", "FW: SNF referral - Desjardins, Aurelie",
f"""pls handle

{SIG_NAD}

-----Original Message-----
From: Beatrix Fennimore <bfennimore@lakeshore-uh.example>
Sent: Tuesday, December 1, 2026 5:48 PM
To: Summit Crest Member Services <memberservices@summitcrest-health.example>
Subject: SNF referral - Desjardins, Aurelie

Hello, sending a skilled nursing referral for Aurelie Desjardins, M370085546, 86F with a L pubic ramus fracture,
pain controlled, WBAT, ambulating 10 ft with mod A. Accepting facility: Meridian at Quarry Hill.
She is ready for discharge tomorrow.

Beatrix Fennimore, LCSW
Inpatient Social Work | Lakeshore University Hospital
""", "new_request SNF urgent - M370085546 0", tags=["urgency_in_forward", "quoted_relative_date"])

add("w3-kestrel", "2026-12-02 16:00 -0500", "Planned discharge - Tan, Eloise (AUTH-2026-005127)",
f"""Hi,

Mrs. Eloise Tan (AUTH-2026-005127) is planned to step down from Kestrel Ridge to Pinecrest Skilled Nursing on
Friday 12/4. She's been capped 72 hours and decannulation is scheduled Thursday. Pinecrest will send their
own SNF request. Please close the LTACH auth after Friday.

{SIG_KES}
""", "discharge_notice LTAC normal 2026005127 - 0", tags=["multi_loc"])

add("w3-brightwater", "2026-12-03 08:05 -0800", "Good morning! Quick question about Nakashima",
f"""Good morning team!

I hope you all had a restful long weekend and that December is off to a calm start. We finally got our
holiday decorations up in the gym, and the patients voted for a very sparkly tree.

When you have a second, do you know where the request for Mr. Toru Nakashima (M845562190) stands? Harbor Pines
tells us he's ready and we are holding the bed for him only until noon today, since we have another admission
waiting.

Thank you so much!
{SIG_BW}
""", "status_inquiry IRF urgent - M845562190 0", fmt="html", tags=["buried_request"])

add("w3-harborpines", "2026-11-09 10:30 -0500", "SNF auth req - Maples, Eudora - M520047736",
f"""Pt: Eudora Maples, 90F
Mbr: M520047736
Dx: CHF exac, AFib RVR (rate controlled), deconditioning
Fx: mod A transfers, amb 10 ft RW, was indep w/ cane PTA
Skilled needs: PT/OT, daily wts, dilt titration
Accepting: Meridian at Fallowfield (skilled nursing)
Anticip DC: 11/12

{SIG_HP}
""", "new_request SNF normal - M520047736 0")

add("w3-harborpines", "2026-11-12 09:15 -0500", "RE: SNF auth req - Maples, Eudora - M520047736",
f"""Pt now anticip DC tmrw 11/13. Any decision? Your ack said Case #9188.

{SIG_HP}

> From: V. Dunmore
> Sent: 11/9/2026 10:30 AM
> Pt: Eudora Maples, 90F ... Accepting: Meridian at Fallowfield (skilled nursing). Anticip DC: 11/12
""", "status_inquiry SNF high 2026009188 M520047736 0", tags=["quoted_relative_date"])

add("w3-oakmont", "2026-11-10 14:20 -0500", "Extension request - Hurtado, Celestina AUTH-2026-007561",
f"""Hello,

Requesting additional 10 days for Celestina Hurtado, M287301149, AUTH-2026-007561. Current auth through 11/16.
She had a setback with a UTI last week, now on day 4 of 7 of oral antibiotics. PT: min A transfers,
ambulating 40 ft RW. OT: mod A lower body dressing. Goal is home with her sister.

{SIG_OAK}
""", "extension_request SNF normal 2026007561 M287301149 0")

add("w3-rosalind", "2026-11-12 11:05 -0500", "New request - skilled nursing for Ferreira, Joaquim",
f"""Hello UR,

New skilled nursing request for Joaquim Ferreira, member M402218765. 80M admitted with a COPD exacerbation,
now on 2L (home O2 baseline 2L), weak, needs assist x1 for transfers and PT/OT to return to his apartment.
Oakmont Subacute Center has accepted him. Target discharge is early next week.

Clinicals are uploaded.

{SIG_ROS}
""", "new_request SNF normal - M402218765 0", fmt="qp")

add("w3-pinecrest", "2026-11-09 15:00 -0500", "Auth request - Gallagher, Seamus",
f"""Good afternoon,

Pinecrest requests authorization for skilled nursing care for Seamus Gallagher, M731924806, referred by
Calloway Memorial. 76M s/p laminectomy L3-5 on 11/5 with post-op urinary retention (Foley, voiding trial
planned), ambulating 50 ft RW with CGA, needs assist with LB dressing. He's hoping to come to us on Thursday.

Thank you,
{SIG_PINE}
""", "new_request SNF normal - M731924806 0")

add("w3-kestrel", "2026-11-06 09:45 -0500", "New LTACH request - Okoye, Bartholomew",
f"""Good morning,

Kestrel Ridge is requesting authorization for an LTACH admission for Bartholomew Okoye (M163385047),
currently at Calloway Memorial ICU. 61M, necrotizing fasciitis of the L thigh, s/p 5 debridements,
large wound with vac, on IV pip-tazo plus clindamycin, needs ID and wound care daily, plus TPN for malnutrition
(albumin 1.9). Calloway is hoping to transfer him next week.

{SIG_KES}
""", "new_request LTAC normal - M163385047 0", fmt="html")

add("w3-brightwater", "2026-11-11 10:25 -0800", "Status check - Ambrose AUTH-2026-008533",
f"""Hi! Just checking whether a determination has been made for Mr. Leopold Ambrose (AUTH-2026-008533). We sent
the additional documents yesterday. Thanks so much!

{SIG_BW}
""", "status_inquiry IRF normal 2026008533 - 0", fmt="html")

add("w3-meridian", "2026-11-13 12:30 -0500", "Continued stay request - Garza, Philomena Case #5540",
f"""Hello,

Requesting continued stay for Philomena Garza (M145509932), Case #5540, new authorization after the
reconsideration was approved. LCD 11/18. IV ertapenem through 11/20 via PICC, PT working on stairs.

{SIG_MER}
""", "extension_request SNF normal 2026005540 M145509932 0")

add("w3-okafor", "2026-11-04 16:30 -0500", "Re: SNF admission from home - Dr. Okafor patient",
f"""Hi, forgot to include his member ID in my earlier message: M233017456. Sorry about that!

Lena

> From: Lena Pruitt <lpruitt@okafor-pulm.test>
> Date: Mon, Nov 2, 2026 11:48 AM
> Subject: SNF admission from home - Dr. Okafor patient
> Dr. Okafor is requesting authorization for a skilled nursing admission directly from home for his patient
> Albert Fenwick. Pinecrest has offered a bed whenever we have the authorization.
""", "new_request SNF normal - M233017456 0")

add("w3-lakeshore", "2026-11-16 13:20 -0600", "Status - LTACH request Pham, Quoc",
f"""Hello,

Could you let me know the status of the long-term acute care request for Mr. Quoc Pham (M918830042)? We sent
it on 11/5. His transfer was pushed back while he had a bleed, but the team would like to move him later
this week.

{SIG_LAKE}

{DISC_LAKE}
""", "status_inquiry LTAC normal - M918830042 0", fmt="html", tags=["disclaimer"])

add("w3-dmarsh", "2026-11-10 09:40 -0600", "ltach ref okoye",
f"""Okoye going to kestrel, they sent the LTACH request friday. anything needed from calloway side? CT abd from
yesterday attached

{SIG_MARSH}
""", "updated_clinicals LTAC high - - 0", att=["CT_abd_pelvis_1109.pdf"])

add("w3-saunders", "2026-11-10 18:45 -0500", "Reconsideration - Ostrowski Case #6040",
f"""Appeals,

The P2P on 11/6 did not change the LTACH denial for Mr. Ostrowski (M390027718), Case #6040. I am filing a
reconsideration. He remains on high-flow and IV meropenem; I have attached my letter and the last 72 hours
of respiratory therapy notes.

{SIG_SAU}
""", "appeal LTAC high 2026006040 M390027718 0", att=["Ostrowski_recon_letter.pdf", "Ostrowski_RT_notes.pdf"])

add("w3-carebridge", "2026-11-10 11:11 -0500", "[CareBridge Link] New referral CB-88402 - Skilled Nursing Facility",
"""CareBridge Link - Referral Notification

Referral #: CB-88402
Level of care requested: Skilled Nursing Facility
Receiving facility: Pinecrest Skilled Nursing & Rehab
Patient: GALLAGHER, SEAMUS  DOB 1950-06-14
Plan member ID: M731924806
Priority flag: Routine
Requested admission date: 11/12/2026
Sending facility: Calloway Memorial Hospital
Diagnosis: M48.062 spinal stenosis, lumbar region

This is an automated message; replies are not monitored.
""", "new_request SNF normal - M731924806 0", tags=["system_generated"])

add("w3-pinecrest", "2026-11-18 16:05 -0500", "Discharge planned - Gallagher, Seamus AUTH-2026-008890",
f"""Hi,

Mr. Seamus Gallagher (AUTH-2026-008890) is planning to discharge home on Monday 11/23 with his wife and
outpatient PT. Foley is out and he's voiding well. Will send the DC summary afterwards.

{SIG_PINE}
""", "discharge_notice SNF normal 2026008890 - 0")

add("w3-vendors", "2026-11-13 16:00 +0000", "Summit Crest UM Operations - weekly huddle notes",
"""UM Operations weekly huddle - notes

- Portal upgrade scheduled for 11/20, expect downtime 12-1 pm
- Reminder: expedited requests must be decided within 72 hours; please flag in the queue
- Holiday coverage sign-up sheet is on the team site
- Kudos to the SNF pod for clearing the backlog

Thanks, UM Ops
""", "other - low - - 0", frm='"UM Operations" <um-ops@summitcrest-health.example>', tags=["internal", "newsletter"])

add("w3-harborpines", "2026-11-16 08:10 -0500", "IRF req - Delgado-Pryce, Ana",
f"""Pt: Ana Delgado-Pryce 69F  Mbr M640078231
Dx: R MCA CVA 11/12, L hemiparesis, neglect
Fx: mod A transfers, max A amb 10 ft, SLP for dysphagia
Accepting: Brightwater (acute rehab)
Anticip DC: Thurs

{SIG_HP}
""", "new_request IRF normal - M640078231 0")

add("w3-oakmont", "2026-11-18 09:00 -0500", "Discharged - Hurtado, Celestina",
f"""Celestina Hurtado (AUTH-2026-007561) discharged home with her sister yesterday afternoon. HH ordered.
Please close.

{SIG_OAK}
""", "discharge_notice SNF low 2026007561 - 0")

add("w3-rosalind", "2026-11-19 08:55 -0500", "Any update? Ferreira",
f"""Morning! Any update on the skilled nursing request for Mr. Ferreira (M402218765)? He's doing fine, no
rush, just planning my week.

{SIG_ROS}
""", "status_inquiry SNF normal - M402218765 0")

add("w3-kestrel", "2026-11-19 14:40 -0500", "Continued stay - Okoye AUTH-2026-008721",
f"""Hi,

Concurrent review for Bartholomew Okoye, AUTH-2026-008721, LCD 11/24. Two more debridements planned, wound
vac changes q48h, still on IV antibiotics and TPN (albumin up to 2.3). Requesting 14 additional days.
Clinicals attached.

{SIG_KES}
""", "extension_request LTAC normal 2026008721 - 0", att=["Okoye_CR_1119.pdf"])

add("w3-meridian", "2026-11-19 10:40 -0500", "New admission request - Bergstrom, Lennart",
f"""Good morning,

Meridian at Quarry Hill requests authorization for skilled nursing care for Lennart Bergstrom (M258819034),
coming from St. Brendan after a TKA revision with periprosthetic infection, on IV cefazolin through 12/10,
WBAT, ambulating 40 ft RW with min A. Hospital targets discharge this weekend.

{SIG_MER}
""", "new_request SNF normal - M258819034 0", fmt="b64")

add("w3-lakeshore", "2026-11-20 10:10 -0600", "IRF referral - Whitcombe, Perpetua",
f"""Hello,

Please accept this referral for acute inpatient rehab for Perpetua Whitcombe (M502211348). 64F with
a spinal cord infarct (T8), paraplegia, neurogenic bladder, new to wheelchair. Accepting: Brightwater.
Anticipated discharge: Tuesday 11/24.

{SIG_LAKE}

{DISC_LAKE}
""", "new_request IRF normal - M502211348 0", fmt="html", tags=["disclaimer"])

add("w3-okafor", "2026-11-12 09:00 -0500", "Fw: denial letter Fenwick",
f"""Hello, Dr. Okafor asked me to forward this. He would like to request a reconsideration of this denial. He disagrees
with the statement that Mr. Fenwick's needs are custodial.

Lena

---------- Forwarded message ----------
From: Summit Crest Health Plan <notices@summitcrest-health.example>
Date: Wed, Nov 11, 2026
Subject: Notice of denial - Case #9377

Your request for skilled nursing facility services for member M233017456 has been denied. The information
provided shows the services are custodial in nature. You may request a reconsideration (appeal) within 65 days.
Your physician may also request a peer-to-peer discussion.

{SIG_OKA}
""", "appeal SNF high 2026009377 M233017456 0", tags=["quoted_plan_message"])

add("w3-brightwater", "2026-11-24 09:00 -0800", "Continued stay - Whitcombe AUTH-2026-009702",
f"""Hello UR,

Requesting an extension for Perpetua Whitcombe (AUTH-2026-009702). Current auth ends 12/1. She is learning
wheelchair skills and bowel/bladder program, needs 7 more days to complete caregiver training with her husband.
Weekly team conference note attached.

{SIG_BW}
""", "extension_request IRF normal 2026009702 - 0", fmt="html", att=["Whitcombe_team_conf_1124.pdf"])

add("w3-dmarsh", "2026-11-30 07:02 -0600", "SNF REQUEST - ORTEGA, BENITO - DC TODAY",
f"""NEW SNF REQUEST. BENITO ORTEGA M853302716. HIP FX S/P IM NAIL 11/26, WBAT, MOD A. OAKMONT ACCEPTED. DC TODAY IF AUTH.

{SIG_MARSH}
""", "new_request SNF urgent - M853302716 0", tags=["all_caps"])

add("w3-halvorsen", "2026-12-04 08:30 -0600", "Re: Now my father - Arne Halvorsen",
"""Hello again,

The hospital called this morning and said Dad is actually ready to go today and the skilled nursing place
(Pinecrest) has a bed for him, but they still need your approval. I know you are busy. Please, is there any way
someone could look at it today?

Greta

On Thu, Dec 3, 2026 at 8:15 PM Greta Halvorsen <greta.halvorsen@mailbox.example> wrote:
> I'm sorry to be writing again so soon. This time it's my father, Arne Halvorsen.
> They are saying he is supposed to leave on Monday.
""", "status_inquiry SNF urgent - - 0", tags=["family"])

add("w3-kestrel", "2026-11-24 10:30 -0500", "Extension request - Okoye, AUTH-2026-008721 (LCD today)",
f"""Hi team,

Following up on the concurrent review I sent 11/19 for Mr. Okoye, AUTH-2026-008721. LCD is today and we have not
heard back. Resending the request for 14 additional days with today's wound care note. Please expedite.

{SIG_KES}
""", "extension_request LTAC urgent 2026008721 - 1", att=["Okoye_wound_1124.pdf"])

add("w3-saunders", "2026-11-30 12:15 -0500", "LTACH referral - Abiodun, Kehinde",
f"""New LTACH request. Kehinde Abiodun, M277041936. 57M, post-op day 12 Whipple complicated by pancreatic leak,
two IR drains, TPN, IV meropenem, new trach for failure to wean. Kestrel accepted. Target transfer 12/3.

{SIG_SAU}
""", "new_request LTAC normal - M277041936 0")

add("w3-meridian", "2026-11-30 15:20 -0500", "Discharged - Kaczmarek, Bronislaw Ref: 2026010055",
f"""Good afternoon,

Mr. Bronislaw Kaczmarek (Ref: 2026010055) discharged from Meridian at Fallowfield to his daughter's home on
Saturday 11/28 with home health. Please close the authorization.

{SIG_MER}
""", "discharge_notice SNF low 2026010055 - 0")

add("w3-carebridge", "2026-12-01 09:00 -0500", "[CareBridge Link] New referral CB-90288 - Long Term Acute Care",
"""CareBridge Link - Referral Notification

Referral #: CB-90288
Level of care requested: Long Term Acute Care Hospital
Receiving facility: Kestrel Ridge Specialty Hospital
Patient: HADLEY, RUTH  DOB 1947-01-08
Plan member ID: M699120534
Priority flag: Expedited
Requested admission date: 12/04/2026
Sending facility: Lakeshore University Hospital
Diagnosis: J96.11 chronic respiratory failure; J44.1 COPD with exacerbation

This is an automated message; replies are not monitored.
""", "new_request LTAC urgent - M699120534 1", tags=["system_generated"])

add("w3-pinecrest", "2026-12-01 11:10 -0500", "Weekly notes Hollingsworth (approved thru 12/8)",
f"""Hi team,

Beryl Hollingsworth is approved through 12/8 (AUTH-2026-010102). Attaching this week's therapy notes so
you have them on file. She's doing great, ambulating 80 ft with RW and SBA. No action needed.

{SIG_PINE}
""", "updated_clinicals SNF normal 2026010102 - 0", fmt="qp", att=["Hollingsworth_week1.pdf"], tags=["approved_routine"])

add("w3-oakmont", "2026-12-01 13:30 -0500", "Lutz extension AUTH-2026-009960 - LCD tomorrow",
f"""Hi, following up on the extension for Mr. Lutz (AUTH-2026-009960). We never heard back and the LCD on the
current auth is tomorrow, 12/2. He's still NWB, so we are re-requesting 7 more days. Can you please look at it?

{SIG_OAK}
""", "extension_request SNF high 2026009960 - 0")

add("w3-rosalind", "2026-12-01 09:45 -0500", "SNF referral - Halvorsen, Arne",
f"""Good morning,

New skilled nursing request for Arne Halvorsen, member M811902374. 84M with RLL pneumonia, now afebrile on oral
antibiotics, weak (min-mod A transfers, 20 ft RW), lives alone, daughter nearby but works. Pinecrest has
accepted. Tentative discharge Monday 12/7.

{SIG_ROS}
""", "new_request SNF normal - M811902374 0")

add("w3-lakeshore", "2026-12-02 14:40 -0600", "Status of Desjardins SNF referral",
f"""Hi,

Checking on the skilled nursing request for Aurelie Desjardins (M370085546), which I sent to your member services
address by mistake on 12/1. Did it reach UR? She has been ready since this morning.

{SIG_LAKE}

{DISC_LAKE}
""", "status_inquiry SNF urgent - M370085546 0", fmt="html", tags=["disclaimer"])

add("w3-reyes", "2026-12-03 19:25 -0700", "question",
"""hi, oakmont says dad is coming home dec 17 with my wife and me. just fyi. thx for everything

Sent from my iPhone
""", "discharge_notice - normal - - 0", tags=["family"])

add("w3-vendors", "2026-12-02 13:00 +0000", "Your CareBridge Link invoice for November",
"""Hello,

Your invoice INV-2026-1147 for November is now available in the billing portal. Amount due: $1,240.00.
Payment is due by 12/31/2026.

CareBridge Link Billing
""", "other - low - - 0", frm='"CareBridge Billing" <billing@carebridge-link.example>')

add("w3-ooo", "2026-12-02 08:00 -0500", "Automatic reply: Reconsideration - Tillman AUTH-2026-009655",
"""Thank you for your email. I am out of the office through December 4. Please resend any expedited or urgent
requests to the intake line at 555-0160 and they will be handled by my colleague.

Priya Ramaswamy-Cole
Brightwater Rehabilitation Institute
""", "other - low 2026009655 - 0", frm='"Priya Ramaswamy-Cole" <pramaswamy@brightwater-rehab.example>', tags=["ooo"])

add("w3-harborpines", "2026-11-25 16:20 -0500", "Delgado-Pryce still waiting",
f"""Ana Delgado-Pryce M640078231 - IRF req sent 11/16. Was planned for DC 11/19. Still here. Status pls.

{SIG_HP}
""", "status_inquiry IRF urgent - M640078231 0", tags=["overdue"])

add("w3-planfwd", "2026-11-30 11:45 -0500", "FW: Question from provider office",
f"""Forwarding for UR. Not sure if this needs anything from us.

{SIG_NAD}

-----Original Message-----
From: Lena Pruitt <lpruitt@okafor-pulm.test>
Sent: Monday, November 30, 2026 11:20 AM
To: Summit Crest Provider Relations
Subject: Question from provider office

Hi, does Summit Crest plan to update its prior authorization fax cover sheet for 2027? We want to make sure our
templates are current. Thanks, Lena
""", "other - low - - 0", tags=["internal"])

add("w3-saunders", "2026-12-03 16:50 -0500", "Re: P2P outcome Baptiste?",
f"""I did the P2P on Mr. Baptiste (AUTH-2026-010388) yesterday at 11 with Dr. Kimura. She said she'd overturn,
but I haven't seen anything in writing and Brightwater won't take him without it. What's the outcome?

{SIG_SAU}
""", "status_inquiry - normal 2026010388 - 0")

add("w3-kestrel", "2026-12-03 09:20 -0500", "Hadley - bed hold",
f"""Hi,

Ms. Ruth Hadley (M699120534), LTACH request via CareBridge on 12/1. Lakeshore has her ready and we're holding
the bed until tomorrow morning. Can you tell us where the review stands?

{SIG_KES}
""", "status_inquiry LTAC high - M699120534 0")

add("w3-brightwater", "2026-11-02 13:40 -0800", "Pre-auth request: Delacroix-Hume, Odile",
f"""Hello Summit Crest team,

Brightwater Rehabilitation Institute requests prior authorization for an inpatient rehab admission for
Odile Delacroix-Hume, member M556120874.

She is an 81 y/o woman, 6 days s/p R TKA, with post-op course complicated by a peroneal nerve palsy (new foot
drop) and orthostatic hypotension, now resolved on midodrine. Needs PT/OT for gait with AFO, stair training
(12 steps to bedroom), and physician oversight of BP and anticoagulation. Prior level: independent, drives.
Anticipated admission Thursday 11/5 from Lakeshore.

Pre-admission screen attached.

{SIG_BW}
""", "new_request IRF normal - M556120874 0", fmt="qp", att=["PAS_DelacroixHume.pdf"])

add("w3-rosalind", "2026-11-03 16:25 -0500", "Expedited IRF request - Oyelaran, Winifred",
f"""Hello,

Requesting expedited review, please: acute rehab referral for Winifred Oyelaran, member M118806373.
63F, R thalamic hemorrhage 11/2... apologies, correction, 10/24. Dense L hemisensory loss, ataxia, min-mod A,
tolerating 3 hrs therapy. Accepted at Brightwater. Neuro says she can go tomorrow.

{SIG_ROS}
""", "new_request IRF urgent - M118806373 1")

add("w3-saunders", "2026-11-04 07:05 -0500", "Re: Expedited IRF request - Oyelaran, Winifred",
f"""Adding my note to Rosalind's request below. I agree she's an excellent IRF candidate. Attached my progress
note from this morning.

{SIG_SAU}

On Tue, Nov 3, 2026 at 4:25 PM Rosalind Achterberg <rachterberg@stbrendan-med.example> wrote:
> Requesting expedited review, please: acute rehab referral for Winifred Oyelaran, member M118806373.
> Accepted at Brightwater. Neuro says she can go tomorrow.
""", "updated_clinicals IRF urgent - M118806373 1", att=["Oyelaran_progress_1104.pdf"], tags=["urgency_in_forward", "quoted_relative_date"])

add("w3-dmarsh", "2026-11-06 11:30 -0600", "pls call",
f"""mr kowalczyk still here, ready for DC since wed. pinecrest gave the bed away yesterday. can someone pls call me on the SNF auth, was
sent tues. 555-0151

{SIG_MARSH}
""", "status_inquiry SNF urgent - - 0", tags=["overdue"])

add("w3-meridian", "2026-11-05 14:10 -0500", "SNF request - Ashdown, Lyle",
f"""Hello,

Meridian at Quarry Hill requests SNF authorization for Lyle Ashdown (M650017832), referred from Harbor Pines.
78M, L hip ORIF 11/1, WBAT, mod A transfers, ambulating 15 ft RW, on apixaban, mild CKD. Discharge planned
11/9. Thank you.

{SIG_MER}
""", "new_request SNF normal - M650017832 0", fmt="b64")

add("w3-kestrel", "2026-11-09 08:30 -0500", "Pham transfer pushed",
f"""Morning - FYI the transfer for Quoc Pham (M918830042) is on hold, he had a GI bleed overnight at Lakeshore and
needs a scope. They now think next week. Has anything been decided on our LTACH request in the meantime?

{SIG_KES}
""", "status_inquiry LTAC normal - M918830042 0")

add("w3-okafor", "2026-11-06 10:50 -0500", "URGENT - Fenwick SNF request",
f"""Hi, Dr. Okafor asked me to flag this as urgent. Mr. Fenwick (M233017456) fell again last night at home and his
daughter can't lift him. We sent the skilled nursing request on 11/2 and Pinecrest is still holding a bed.
Please review as soon as you can.

{SIG_OKA}
""", "status_inquiry SNF urgent - M233017456 1")

add("w3-lakeshore", "2026-11-09 15:50 -0600", "72-hour review requested - LTACH Pham",
f"""Hello,

The team has moved up Mr. Quoc Pham's transfer after a successful scope; Kestrel Ridge can take him Wednesday.
Please treat the LTACH request (M918830042) as a 72-hour review. Updated H&P and GI note attached.

{SIG_LAKE}

{DISC_LAKE}
""", "updated_clinicals LTAC urgent - M918830042 1", fmt="html", att=["Pham_GI_note_1109.pdf", "Pham_HP_update.pdf"], tags=["disclaimer"])

add("w3-carebridge", "2026-11-09 13:15 -0500", "[CareBridge Link] New referral CB-88344 - Acute Inpatient Rehab",
"""CareBridge Link - Referral Notification

Referral #: CB-88344
Level of care requested: Acute Inpatient Rehabilitation
Receiving facility: Brightwater Rehabilitation Institute
Patient: WREN, TOBIAS  DOB 1955-03-02
Plan member ID: M771340256
Priority flag: Routine
Requested admission date: (not specified)
Sending facility: St. Brendan Regional Medical Center
Diagnosis: Z96.653 presence of artificial knee joint, bilateral

This is an automated message; replies are not monitored.
""", "new_request IRF normal - M771340256 0", tags=["system_generated"])

add("w3-pinecrest", "2026-11-06 12:20 -0500", "Mr. Kowalczyk",
f"""Hello,

Just to let you know, we had to release the bed we were holding for Mr. Kowalczyk (M311902846) from Calloway
yesterday. We would be happy to take him when our next male bed opens, likely Tuesday 11/10, once the
skilled nursing authorization is in place. Has there been a decision?

{SIG_PINE}
""", "status_inquiry SNF normal - M311902846 0")

add("w3-halvorsen", "2026-11-04 21:30 -0600", "Question about rehab for my mother",
"""Hello,

My mother Ingrid Halvorsen is at St. Brendan after hip surgery. The case manager mentioned she'll be sending a
request to your plan for inpatient rehab in the next day or so. I just wanted to introduce myself as her POA
and ask whether I can be listed as a contact so that someone can call me about it. My number is 555-0102.

Greta Halvorsen
""", "other - low - - 0", tags=["family"])

add("w3-oakmont", "2026-11-11 16:00 -0500", "Reconsideration - Bellamy AUTH-2026-006612",
f"""Hello Appeals,

Oakmont Subacute Center requests reconsideration of the 11/9 denial of continued stay for Cyrus Bellamy
(AUTH-2026-006612). He still requires IV vancomycin and daily skilled nursing for the L heel wound. Records
attached.

{SIG_OAK}
""", "appeal SNF high 2026006612 - 0", att=["Bellamy_recon_records.pdf"])

add("w3-harborpines", "2026-11-03 12:00 -0500", "LTACH req - Abernathy? no - Nwachukwu, Ifeoma",
f"""Pt: Ifeoma Nwachukwu 70F  Mbr M390774128
Dx: ESRD on HD, MRSA bacteremia w/ spinal epidural abscess, s/p laminectomy, IV vanc 6 wks
Resp: trach, vent qHS
Accepting: Kestrel Ridge LTACH
Anticip DC: next Mon

{SIG_HP}
""", "new_request LTAC normal - M390774128 0", tags=["misleading_subject"])

add("w3-saunders", "2026-11-13 18:20 -0500", "P2P - Oyelaran, Case #8544 - before Monday?",
f"""Before the appeal goes further: can I still get a peer-to-peer on Mrs. Oyelaran (Case #8544)? Her IRF bed at
Brightwater is being held through Monday. Weekend is fine for me.

{SIG_SAU}
""", "p2p_request IRF high 2026008544 - 0")

add("w3-vendors", "2026-11-18 22:00 +0000", "Re: Your password expires today",
"""Your Office password expires today. Keep your current password by confirming below.

KEEP SAME PASSWORD: http://0ffice-keep.test/k?u=preservice.ur

Microsoft Account Team
""", "other - low - - 0", frm='"Account Team" <security@0ffice-keep.test>', tags=["phish"])

add("w3-rosalind", "2026-11-20 10:10 -0500", "Thank you!",
f"""Just wanted to say thank you for the quick turnaround on Mr. Pell's skilled nursing approval (Case #9720).
He went over to Pinecrest this morning and was all smiles.

{SIG_ROS}
""", "other - low 2026009720 - 0", tags=["ack"])

add("w3-meridian", "2026-11-16 09:40 -0500", "Continued stay request - Maples, Eudora AUTH-2026-009188",
f"""Good morning,

Requesting continued SNF stay for Eudora Maples, AUTH-2026-009188. LCD today 11/16. Weight up 1.8 kg over the
weekend, torsemide increased, she needs daily weights and nursing assessment plus PT (ambulating 35 ft RW).

{SIG_MER}
""", "extension_request SNF urgent 2026009188 - 0")

add("w3-kestrel", "2026-11-13 15:45 -0500", "RE: AUTH-2026-003381 - decision?",
f"""Hi,

Following up again on our request for Mr. Lorcan Devereux, AUTH-2026-003381. I sent updated clinicals on
11/4. St. Brendan tells me they've had him ready for LTACH since Tuesday. Anything you can share would help.

{SIG_KES}

> On Nov 4, 2026, at 4:22 PM, Marco Vellucci wrote:
> Updated clinicals attached.
""", "status_inquiry LTAC urgent 2026003381 - 0", tags=["overdue"])

add("w3-reyes", "2026-11-03 20:45 -0700", "Ernesto Reyes",
"""hello my dad ernesto reyes is at calloway memorial hospital, the social worker said you need to approve him
for oakmont subacute before he can go. how long does that take usually? his member number is M560320917.

Sent from my iPhone
""", "status_inquiry SNF normal - M560320917 0", tags=["family"])

add("w3-brightwater", "2026-11-06 15:00 -0800", "Admission notice - Delacroix-Hume",
f"""Hi team,

Thank you for the approval! Mrs. Delacroix-Hume (AUTH-2026-004419) arrived this afternoon. Admission paperwork
attached for your records.

{SIG_BW}
""", "other - low 2026004419 - 0", fmt="html", att=["DelacroixHume_admission_1106.pdf"], tags=["ack"])

add("w3-planfwd", "2026-11-11 14:05 -0500", "FW: appeal letter received by mail",
f"""UR - this one came to us as an attachment from the mailroom scan queue. Forwarding as is. It is from
Meridian about a reconsideration.

{SIG_NAD}
""", "appeal SNF high 2026007045 M662093318 0", rfc822={
    "from": "UR Desk - Meridian Post-Acute Partners <ur-desk@meridian-postacute.test>",
    "subj": "Reconsideration - Perrault, Augustin", "date": "2026-11-10 17:30 -0500",
    "body": """To Summit Crest Appeals,

Meridian at Quarry Hill, a skilled nursing center, requests a standard reconsideration of the 11/9 denial of
continued stay for Augustin Perrault (M662093318), AUTH-2026-007045. Clinical records will follow via portal.

UR Desk - Meridian Post-Acute Partners"""})

add("w3-oakmont", "2026-11-24 11:00 -0500", "Re-admission request - Reyes, Ernesto",
f"""Hello,

Ernesto Reyes (M560320917) is returning to Oakmont from Calloway Memorial after treatment for pneumonia. We are
requesting a new SNF authorization for the readmission; Calloway plans to discharge him tomorrow morning.
Previous auth AUTH-2026-004902 was closed 11/20, this is a new request.

{SIG_OAK}
""", "new_request SNF high - M560320917 0", tags=["multi_case"])

add("w3-dmarsh", "2026-12-02 17:40 -0600", "expedite pls - LTAC ref Vasquez-Olin",
f"""new LTAC ref. Rosario Vasquez-Olin M148890227. 3 wk ICU stay, trach/PEG, vent wean, IV abx. kestrel accepted.
expedite pls, family wants her closer to home and bed is open thurs

{SIG_MARSH}
""", "new_request LTAC urgent - M148890227 1")

add("w3-brightwater", "2026-11-13 09:30 -0800", "Updated clinicals for Lindqvist referral (CB-89011)",
f"""Hi again,

Attaching the most recent PT/OT notes and neurology progress note for Arvid Lindqvist (M371150962), our IRF
referral from Tuesday. He's making steady gains, now standing with min A.

{SIG_BW}
""", "updated_clinicals IRF high - M371150962 0", fmt="b64html", att=["Lindqvist_PT_OT_1112.pdf", "Lindqvist_neuro_1112.pdf"])

add("w3-kestrel", "2026-11-16 12:10 -0500", "Case #9104 - Obi",
f"""Per your voicemail this morning, attached are the ABGs and vent flowsheet for Mr. Obi, Case #9104.

{SIG_KES}
""", "updated_clinicals LTAC high 2026009104 - 0", att=["Obi_ABG_flowsheet.pdf"])

add("w3-lakeshore", "2026-11-25 09:15 -0600", "Re: SNF referral - Abernathy-Crane, Louisa",
f"""Hi,

Quick follow-up: Ms. Abernathy-Crane's discharge slipped from yesterday to today because of a transport issue.
Do we have a decision on the skilled nursing request? Pinecrest is ready for her.

{SIG_LAKE}

{DISC_LAKE}

> From: Fennimore, Beatrix
> Sent: Thursday, November 19, 2026 9:05 AM
> Sending a skilled nursing referral for Louisa Abernathy-Crane, member M455031907. Discharge planned for 11/24.
> No need to expedite, standard review is fine.
""", "status_inquiry SNF urgent - M455031907 0", fmt="html", tags=["negated_expedite", "disclaimer"])

add("w3-meridian", "2026-12-01 10:05 -0500", "Discharge planned - Perrault, Augustin AUTH-2026-007045",
f"""Good morning,

Mr. Augustin Perrault (AUTH-2026-007045) is scheduled to discharge home with his son on Thursday 12/3. Wound is
down to stage 3 and home health wound care is arranged.

{SIG_MER}
""", "discharge_notice SNF normal 2026007045 - 0", fmt="qp")

add("w3-saunders", "2026-11-27 08:10 -0500", "Greer - DC today?",
f"""Checking on Mrs. Greer (AUTH-2026-009877) - I sent the NSGY clearance yesterday. She's been ready for rehab since
yesterday. Any decision?

{SIG_SAU}
""", "status_inquiry - urgent 2026009877 - 0", tags=["overdue"])

add("w3-pinecrest", "2026-11-30 14:45 -0500", "Extension - Quayle, Loretta M418870052",
f"""Hello,

Requesting 7 more days for Loretta Quayle (M418870052), AUTH-2026-009811. LCD 12/4. She is progressing (now
ambulating 120 ft with RW) but still needs stair training and OT for bathing before going home with her daughter.

{SIG_PINE}
""", "extension_request SNF normal 2026009811 M418870052 0")

add("w3-okafor", "2026-12-02 11:30 -0500", "Hadley - updated pulmonary note",
f"""Hello,

Please find attached Dr. Okafor's updated pulmonary note for Ruth Hadley (M699120534) to add to her LTACH
request. She tolerated 4 hours of trach collar yesterday.

{SIG_OKA}
""", "updated_clinicals LTAC high - M699120534 0", fmt="qp", att=["Hadley_pulm_note_1202.pdf"])

add("w3-harborpines", "2026-12-01 09:05 -0500", "SNF req - Lindgren, Astrid - DC 12/2",
f"""Pt: Astrid Lindgren-Moss 88F  Mbr M717203398
Dx: L humerus fx, nonop, sling; UTI
Fx: mod A transfers, unable to use walker
Accepting: Pinecrest SNF
DC: 12/2

{SIG_HP}
""", "new_request SNF high - M717203398 0")

add("w3-rosalind", "2026-11-30 08:40 -0500", "Inpatient rehab request - Castellano-Moore, Ines",
f"""Good morning,

Inpatient rehabilitation referral for Ines Castellano-Moore, member M820053614. 59F s/p L TKA revision with
quad tendon repair, knee immobilizer, NWB x 2 wks then progressive, needs PT/OT and pain management; she has
stairs at home. Accepted at Brightwater. Discharge planned for Thursday 12/3.

Clinicals in the portal.

{SIG_ROS}
""", "new_request IRF normal - M820053614 0", fmt="alt")

add("w3-ooo", "2026-11-27 07:00 -0500", "Automatic reply: SNF REQUEST - ORTEGA",
"""Thank you for contacting Calloway Memorial Discharge Planning. I am off today (11/27) and will return Monday.
Urgent requests: call the CM on-call at 555-0150.

Dev Marsh
""", "other - low - - 0", frm='"Dev Marsh" <dmarsh@calloway-memorial.test>', tags=["ooo"])

add("w3-kestrel", "2026-12-04 09:40 -0500", "FW: Hadley - bed hold",
f"""Resending - bed hold for Ms. Hadley expires at 10 am today. Please call me.

{SIG_KES}

-----Original Message-----
From: Marco Vellucci
Sent: Thursday, December 3, 2026 9:20 AM
To: Summit Crest UR
Subject: Hadley - bed hold

Ms. Ruth Hadley (M699120534), LTACH request via CareBridge on 12/1. Lakeshore has her ready and we're holding
the bed until tomorrow morning. Can you tell us where the review stands?
""", "status_inquiry LTAC urgent - M699120534 0", tags=["quoted_relative_date"])

add("w3-meridian", "2026-12-02 09:00 -0500", "Appeal - Desrochers, Yvette Case #10201",
f"""Summit Crest Appeals,

Meridian at Quarry Hill requests an expedited reconsideration of the 12/1 denial of SNF admission for Yvette
Desrochers (M227746013), Case #10201. She remains hospitalized at Lakeshore. Physician statement attached.

{SIG_MER}
""", "appeal SNF urgent 2026010201 M227746013 1", att=["Desrochers_MD_statement.pdf"])

add("w3-brightwater", "2026-12-03 14:20 -0800", "Discharged - Szabo, Imre",
f"""Hi! Mr. Szabo (AUTH-2026-009312) went home a day early, this afternoon 12/3. Discharge summary attached.
Thanks for your help with him.

{SIG_BW}
""", "discharge_notice IRF low 2026009312 - 0", fmt="html", att=["Szabo_DC_summary.pdf"])

add("w3-reyes", "2026-11-25 06:50 -0700", "dad going back 2 oakmont 2day?",
"""hey sorry, hospital says 2day now not tmrw. is it approved? he's all packed

Sent from my iPhone
""", "status_inquiry - urgent - - 0", tags=["family", "typos"])

add("w3-saunders", "2026-12-04 07:50 -0500", "Vasquez-Olin - peer to peer",
f"""Denial came through overnight on the LTACH referral for Mrs. Vasquez-Olin (M148890227). I'd like a P2P today if
at all possible. Kestrel's bed is open until tomorrow.

{SIG_SAU}
""", "p2p_request LTAC high - M148890227 0")

add("w3-carebridge", "2026-12-02 10:30 -0500", "[CareBridge Link] New referral CB-90301 - Skilled Nursing Facility",
"""CareBridge Link - Referral Notification

Referral #: CB-90301
Level of care requested: Skilled Nursing Facility
Receiving facility: Pinecrest Skilled Nursing & Rehab
Patient: LINDGREN-MOSS, ASTRID  DOB 1938-05-02
Plan member ID: M717203398
Priority flag: Standard
Requested admission date: 12/02/2026
Sending facility: Harbor Pines Community Hospital
Diagnosis: S42.201A fracture of upper end of left humerus

This is an automated message; replies are not monitored.
""", "new_request SNF urgent - M717203398 0", tags=["system_generated"])

add("w3-lakeshore", "2026-12-03 11:30 -0600", "Re: Re: Re: Status of Desjardins SNF referral",
f"""Hi Nadine and UR team,

Thank you for confirming it reached UR. Ms. Desjardins is still here, now two days past her planned discharge.
Is there anything else you need to finish the review?

{SIG_LAKE}

{DISC_LAKE}

On Wed, Dec 2, 2026 at 3:10 PM Summit Crest UR wrote:
> Hello Beatrix, we have located the request in our queue (Case #10177) and it is under review.

On Wed, Dec 2, 2026 at 2:40 PM Beatrix Fennimore wrote:
> Checking on the skilled nursing request for Aurelie Desjardins (M370085546), which I sent to your member
> services address by mistake on 12/1. Did it reach UR? She has been ready since this morning.

On Wed, Dec 2, 2026 at 8:05 AM Nadine Coyle wrote:
> pls handle
""", "status_inquiry SNF urgent 2026010177 M370085546 0", tags=["long_thread", "thread_len_4", "overdue", "disclaimer"])

add("w3-pinecrest", "2026-11-02 09:30 -0500", "Extension request - Farr, Gwendolyn",
f"""Good morning,

Requesting continued stay for Gwendolyn Farr (M207716438), AUTH-2026-006240, current LCD 11/6. She is s/p
R TKA with a slow course, ROM 5-85, ambulating 75 ft with RW and CGA, needs PT/OT 5x/wk and nursing for
anticoagulation teaching. Asking for 10 additional days.

Have a wonderful week,
{SIG_PINE}
""", "extension_request SNF normal 2026006240 M207716438 0", fmt="b64")

add("w3-oakmont", "2026-11-04 10:15 -0500", "Continued stay - Bellamy AUTH-2026-006612",
f"""Hello, requesting 7 additional days for Cyrus Bellamy, AUTH-2026-006612, LCD 11/8. IV vanc through 11/21,
wound vac to L heel, slide board transfers with mod A. Weekly summary attached.

{SIG_OAK}
""", "extension_request SNF normal 2026006612 - 0", att=["Bellamy_weekly_1104.pdf"])

add("w3-kestrel", "2026-11-02 14:00 -0500", "Continued stay request - Devereux, Lorcan",
f"""Hi,

Requesting continued stay for Lorcan Devereux (M495530261) at Kestrel Ridge. Currently approved through
11/7 under AUTH-2026-002877. Still on the vent 18 hrs/day, weaning protocol in progress; secretions improving.
Please see attached RT notes.

{SIG_KES}
""", "extension_request LTAC normal 2026002877 M495530261 0", fmt="html", att=["Devereux_RT_1102.pdf"])

add("w3-brightwater", "2026-11-27 10:00 -0800", "Extension - Baptiste? no, Okonjo, Delphine",
f"""Hello and happy Friday!

Requesting an extension for Delphine Okonjo (AUTH-2026-009455). She is approved through 12/1. At team conference
we agreed on 6 more days to finish gait training with her new AFO and a home eval. Notes attached.

{SIG_BW}
""", "extension_request IRF normal 2026009455 - 0", fmt="html", att=["Okonjo_conf_1127.pdf"], tags=["misleading_subject"])

add("w3-meridian", "2026-11-27 11:30 -0500", "Continued stay - Bergstrom, Lennart AUTH-2026-009780",
f"""Hello,

Requesting 7 more days for Lennart Bergstrom, AUTH-2026-009780, LCD 12/1. On IV cefazolin through 12/10, PICC
care, ambulating 80 ft RW with SBA, still needs PT for stairs.

{SIG_MER}
""", "extension_request SNF normal 2026009780 - 0", fmt="qp")

add("w3-pinecrest", "2026-12-02 13:15 -0500", "Extension request - Hollingsworth, Beryl",
f"""Hi!

Requesting 7 more days for Beryl Hollingsworth (AUTH-2026-010102), approved through 12/8. She had a near-fall on
Sunday and PT wants more balance work before she goes back to her apartment.

{SIG_PINE}
""", "extension_request SNF normal 2026010102 - 0")

add("w3-kestrel", "2026-11-23 09:05 -0500", "Continued stay - Pham, Quoc AUTH-2026-008910",
f"""Morning,

Concurrent review for Quoc Pham, AUTH-2026-008910, LCD 11/27. Trach collar 35% days, vent nights, TPN being
weaned to tube feeds, wound vac to abdomen. Requesting 14 more days. Notes uploaded.

{SIG_KES}
""", "extension_request LTAC normal 2026008910 - 0")

add("w3-oakmont", "2026-12-03 15:00 -0500", "Continued stay request - Reyes, Ernesto",
f"""Requesting continued stay for Ernesto Reyes (M560320917), AUTH-2026-010066. LCD 12/7. Finishing oral
antibiotics, PT 5x/wk, ambulating 60 ft RW with CGA. Plan is home with son around 12/17.

{SIG_OAK}
""", "extension_request SNF normal 2026010066 M560320917 0", fmt="b64")

add("w3-brightwater", "2026-12-04 09:10 -0800", "Continued stay - Nakashima, Toru (AUTH-2026-010290)",
f"""Hello,

Mr. Toru Nakashima (AUTH-2026-010290) arrived on 12/3 and was approved for an initial 7 days through 12/9.
Requesting the concurrent review be scheduled: attaching his admission PM&R evaluation and first therapy
evaluations. Nothing pressing, just keeping you up to date.

{SIG_BW}
""", "extension_request IRF normal 2026010290 - 0", fmt="html", att=["Nakashima_PMR_eval.pdf"])

add("w3-meridian", "2026-11-11 15:10 -0500", "Discharge planned - Garza, Philomena",
f"""Hello,

Planned discharge for Philomena Garza (Case #5540) is Saturday 11/21, to home with her husband and home health.

{SIG_MER}
""", "discharge_notice SNF normal 2026005540 - 0")

add("w3-oakmont", "2026-12-04 10:20 -0500", "Planned DC - Lutz, Jerome",
f"""FYI Mr. Lutz (AUTH-2026-009960) will discharge to his daughter's home on Tuesday 12/8. DME delivered.

{SIG_OAK}
""", "discharge_notice SNF normal 2026009960 - 0")

add("w3-kestrel", "2026-11-18 11:30 -0500", "Okoye - transferred back to acute",
f"""Hi, Mr. Bartholomew Okoye (AUTH-2026-008721) was sent out to Calloway Memorial last night for an acute GI bleed
and was admitted to their ICU. We will re-refer if he comes back to us.

{SIG_KES}
""", "discharge_notice LTAC low 2026008721 - 0")

add("w3-pinecrest", "2026-12-03 09:00 -0500", "Discharge next week - Quayle, Loretta",
f"""Hi team, Loretta Quayle (AUTH-2026-009811) is planning to go home with her daughter on Wednesday 12/9.
Thanks for the extension!

{SIG_PINE}
""", "discharge_notice SNF normal 2026009811 - 0", fmt="qp")

add("w3-brightwater", "2026-11-14 10:45 -0800", "Planned discharge - Delacroix-Hume (AUTH-2026-004419)",
f"""Hello,

Mrs. Delacroix-Hume will discharge home on 11/19 after a great stay. She's walking 300 ft with her AFO and a
cane. We'll send the summary after discharge.

{SIG_BW}
""", "discharge_notice IRF normal 2026004419 - 0", fmt="html")

add("w3-lakeshore", "2026-11-06 12:40 -0600", "Inpatient rehab referral - Okonjo, Delphine",
f"""Hello,

Acute inpatient rehabilitation referral for Delphine Okonjo (M427719060). 55F, anoxic brain injury after
cardiac arrest 10/28, now following commands, ambulating 30 ft with mod A, cognitive deficits, needs PT/OT/SLP.
Brightwater has accepted her. Target discharge is the middle of next week.

{SIG_LAKE}

{DISC_LAKE}
""", "new_request IRF normal - M427719060 0", fmt="html", tags=["disclaimer"])

add("w3-saunders", "2026-11-09 13:30 -0500", "LTACH request - Renaud, Lucien",
f"""New LTACH request for Lucien Renaud (M303358147). 70M, cardiogenic shock after NSTEMI, s/p Impella, now on
low-dose milrinone, CRRT transitioned to iHD, deconditioned, needs continued inotrope wean and HD. Kestrel Ridge
reviewing. No firm date yet.

{SIG_SAU}
""", "new_request LTAC normal - M303358147 0", fmt="qp")

add("w3-rosalind", "2026-11-24 09:30 -0500", "SNF referral - Greenhalgh, Mabel",
f"""Hello,

Skilled nursing referral for Mabel Greenhalgh, member M628810473, 90F, bilateral pubic rami fractures after a
fall, WBAT, ambulating 10 ft RW with mod A, pain controlled on acetaminophen and lidocaine patch. Oakmont has
a bed available next week. No discharge date yet, family is still touring.

{SIG_ROS}
""", "new_request SNF normal - M628810473 0")

add("w3-harborpines", "2026-11-19 14:45 -0500", "SNF req - Kaczmarek, B - M919905563",
f"""Pt: Bronislaw Kaczmarek 81M  Mbr M919905563
Dx: urosepsis, resolved; deconditioning
Fx: mod A bed-chair, non-amb
Accepting: Meridian at Fallowfield (SNF)
Anticip DC: Fri 11/20

{SIG_HP}
""", "new_request SNF high - M919905563 0")

add("w3-meridian", "2026-11-30 09:25 -0500", "SNF request - Desrochers, Yvette",
f"""Good morning,

Meridian at Quarry Hill requests a skilled nursing authorization for Yvette Desrochers (M227746013), 87F, CAP
with debility, referred from Lakeshore via CareBridge. Needs PT/OT and nursing for O2 weaning (2L). Admission
requested for 12/3.

{SIG_MER}
""", "new_request SNF normal - M227746013 0", fmt="b64")

add("w3-okafor", "2026-12-03 10:00 -0500", "SNF from home - Whitfield, Corliss",
f"""Hello,

Dr. Okafor requests authorization for a skilled nursing stay for Corliss Whitfield (M591146620), who is at home
after a 2-week hospitalization for pneumonia with new 4L oxygen need; she has declined since discharge and cannot
manage her O2 and nebulizers alone. Pinecrest can accept next week. Office notes attached.

{SIG_OKA}
""", "new_request SNF normal - M591146620 0", att=["Whitfield_office_note_1202.pdf"])

add("w3-dmarsh", "2026-11-12 10:50 -0600", "Re: rehab ref",
f"""pls expidite, pt ready now

{SIG_MARSH}

> On Nov 12, 2026, at 8:02 AM, Dev Marsh <dmarsh@calloway-memorial.test> wrote:
> acute rehab ref for Mr Halloran, Cormac M334907165. TBI after MVC 11/1, now RLA level VI, amb 50 ft min A.
> Brightwater accepted.
""", "new_request IRF urgent - M334907165 1", tags=["typos"])

add("w3-saunders", "2026-11-21 09:00 -0500", "P2P - Abernathy, Silas LTACH denial AUTH-2026-008877",
f"""Requesting a peer to peer on the LTACH denial for Silas Abernathy (AUTH-2026-008877). He's on 30% trach collar
but still needs nightly vent and q2h suction; the denial calls him "stable for SNF", I disagree. Available all
weekend.

{SIG_SAU}
""", "p2p_request LTAC high 2026008877 - 0", tags=["multi_loc"])

add("w3-lakeshore", "2026-11-13 14:00 -0600", "Expedited appeal request - Okonjo (Case #8802)",
f"""To Summit Crest Appeals,

Following an unsuccessful peer-to-peer this morning, Lakeshore University Hospital, on behalf of Ms. Delphine
Okonjo (M427719060), requests an expedited reconsideration of the denial of inpatient rehabilitation, Case #8802.
The attending's letter is attached.

{SIG_LAKE}

{DISC_LAKE}
""", "appeal IRF urgent 2026008802 M427719060 1", fmt="html", att=["Okonjo_attending_letter.pdf"], tags=["disclaimer"])

add("w3-kestrel", "2026-11-25 15:30 -0500", "Reconsideration - Quintero, Amparo AUTH-2026-010021",
f"""Hello Appeals,

Kestrel Ridge requests reconsideration of the 11/23 denial of LTACH admission for Amparo Quintero (M134482075),
AUTH-2026-010021. She remains at Lakeshore on TPN and IV meropenem with two drains. Our medical director's
letter is attached.

{SIG_KES}
""", "appeal LTAC high 2026010021 M134482075 0", att=["Quintero_MD_letter.pdf"])

add("w3-pinecrest", "2026-11-13 08:50 -0500", "Castellanos - coming today?",
f"""Good morning,

Lakeshore says Mrs. Castellanos (M309948211) is ready and they'd like to send her to us this afternoon. We don't
see an approval yet. Could someone take a look at the skilled nursing request this morning, please?

{SIG_PINE}
""", "status_inquiry SNF urgent - M309948211 0")

add("w3-oakmont", "2026-11-16 09:30 -0500", "RE: Extension request - Hurtado (approved), weekly notes",
f"""Hi, as requested in your approval letter, attached are this week's progress notes for Ms. Hurtado
(AUTH-2026-007561). Stay is approved through 11/26, nothing else needed at this point.

{SIG_OAK}
""", "updated_clinicals SNF normal 2026007561 - 0", att=["Hurtado_week2.pdf"], tags=["approved_routine"])

add("w3-meridian", "2026-11-18 10:00 -0500", "Weekly update - Ashdown (approved, routine)",
f"""Routine weekly update for Lyle Ashdown, Case #3390, approved through 11/20. Therapy notes attached for your
file. He's on track.

{SIG_MER}
""", "updated_clinicals SNF normal 2026003390 - 0", att=["Ashdown_weekly_1118.pdf"], tags=["approved_routine"])

add("w3-rosalind", "2026-12-02 10:30 -0500", "Halvorsen, Arne - PT/OT notes",
f"""Hello,

Attaching today's PT and OT notes for Arne Halvorsen (M811902374), skilled nursing request sent 12/1. He walked
40 ft today with RW and min A.

{SIG_ROS}
""", "updated_clinicals SNF high - M811902374 0", fmt="qp", att=["Halvorsen_A_PT_1202.pdf", "Halvorsen_A_OT_1202.pdf"])

add("w3-brightwater", "2026-11-18 08:30 -0800", "STAT - Okonjo clinicals",
f"""Hi team,

Please review STAT if you can: attaching Ms. Okonjo's (Case #8802) updated neuropsych screen and PT note
from this morning. Lakeshore is ready to discharge to us today.

{SIG_BW}
""", "updated_clinicals IRF urgent 2026008802 - 1", fmt="html", att=["Okonjo_neuropsych.pdf", "Okonjo_PT_1118.pdf"])

add("w3-harborpines", "2026-11-05 08:00 -0500", "Nwachukwu - ID note",
f"""ID note + MRI spine attached for Ifeoma Nwachukwu (M390774128), LTACH req from 11/3. MRN 00481127.

{SIG_HP}
""", "updated_clinicals LTAC high - M390774128 0", att=["Nwachukwu_ID_1104.pdf", "Nwachukwu_MRI_spine.pdf"])

add("w3-vendors", "2026-11-30 15:00 +0000", "Holiday schedule - UM department",
"""Hi team,

Reminder of holiday coverage for December: the UR mailbox will be staffed 8-5 on 12/24 and closed 12/25.
Urgent/expedited queue coverage will rotate per the posted schedule.

UM Operations
""", "other - low - - 0", frm='"UM Operations" <um-ops@summitcrest-health.example>', tags=["internal"])

add("w3-reyes", "2026-11-19 08:40 -0700", "Fwd: letter from insurance",
"""we want to appeal this!! he still cant walk by himself. how is he supposed to go home friday

Sent from my iPhone

Begin forwarded message:

From: Summit Crest Health Plan <notices@summitcrest-health.example>
Date: November 18, 2026
Subject: Notice of Medicare Non-Coverage

Your skilled nursing facility services at Oakmont Subacute Center will end on 11/20/2026. If you disagree, you
may request a fast-track appeal by noon of the day before your services end.
""", "appeal SNF urgent - - 0", tags=["family", "quoted_plan_message"])

add("w3-halvorsen", "2026-11-06 07:50 -0600", "Re: My mother Ingrid Halvorsen",
"""Good morning,

I haven't heard anything back since last night and Mom is still waiting at St. Brendan. The case manager
said she was ready yesterday. Is there someone I can call directly?

Greta

On Thu, Nov 5, 2026 at 7:48 PM Greta Halvorsen wrote:
> The case manager told us Mom is medically ready to leave today and the only thing holding her up is approval
> from your plan for the acute rehab unit at Brightwater.
""", "status_inquiry IRF urgent - - 0", tags=["family", "overdue"])

add("w3-planfwd", "2026-11-16 16:10 -0500", "FW: Automatic reply: Case #8802 P2P scheduling",
f"""FYI only, the auto-reply below came back to the P2P scheduling inbox. No action needed, I'm just cleaning
the queue.

{SIG_NAD}

> From: Ravi Mendelsohn MD <rmendelsohn@lakeshore-uh.example>
> Subject: Automatic reply: Case #8802 P2P scheduling
> I am out of the office until 11/17. For urgent matters contact the hospitalist office.
""", "other - low 2026008802 - 0", tags=["internal", "ooo"])

add("w3-carebridge", "2026-12-03 14:00 -0500", "[CareBridge Link] New referral CB-90355 - Acute Inpatient Rehab",
"""CareBridge Link - Referral Notification

Referral #: CB-90355
Level of care requested: Acute Inpatient Rehabilitation
Receiving facility: Brightwater Rehabilitation Institute
Patient: HALLORAN, CORMAC  DOB 1990-10-17
Plan member ID: M334907165
Priority flag: Routine
Requested admission date: 12/08/2026
Sending facility: Calloway Memorial Hospital
Diagnosis: S06.2X0D diffuse traumatic brain injury, subsequent encounter

This is an automated message; replies are not monitored.
""", "new_request IRF normal - M334907165 0", tags=["system_generated"])

add("w3-okafor", "2026-11-20 15:20 -0500", "P2P Fenwick - today?",
f"""Hello, Dr. Okafor is waiting for the call for the peer-to-peer on Mr. Fenwick's skilled nursing denial
(Case #9377). Your scheduler told us today at 3 pm, it's now 3:20. Is it still happening? The P2P deadline is
today per the letter.

{SIG_OKA}
""", "p2p_request SNF urgent 2026009377 - 0")

add("w3-rosalind", "2026-11-13 13:15 -0500", "IRF request - Adeyemi, Folasade",
f"""Good afternoon,

Inpatient rehab request for Folasade Adeyemi, member M459902318. 67F, R TKA 11/10 complicated by a L MCA
stroke on POD1 with R hemiparesis and mild aphasia. Now min A transfers, mod A gait 30 ft, tolerating PT/OT/SLP.
Lives with husband, ranch home. Brightwater reviewing. Target discharge sometime next week.

{SIG_ROS}
""", "new_request IRF normal - M459902318 0", fmt="b64html")

add("w3-lakeshore", "2026-11-27 09:00 -0600", "SNF referral - Trudeau-Walsh, Marguerite",
f"""Hello,

Skilled nursing referral for Marguerite Trudeau-Walsh (M694427105), 83F, admitted with a COPD exacerbation and
new diagnosis of heart failure. On 2L O2, ambulating 25 ft with RW and min A, needs PT/OT, diuretic titration and
inhaler teaching. Oakmont Subacute Center has accepted. Discharge is planned for Wednesday 12/2.

{SIG_LAKE}

{DISC_LAKE}
""", "new_request SNF normal - M694427105 0", fmt="qp", tags=["disclaimer"])

add("w3-kestrel", "2026-12-01 08:15 -0500", "LTACH request - Abiodun, Kehinde (expedited)",
f"""Good morning,

Kestrel Ridge requests an expedited review of LTACH admission for Kehinde Abiodun (M277041936) from St. Brendan.
Post-Whipple with pancreatic leak, trach, TPN, IV meropenem, two IR drains. Clinicals uploaded.

{SIG_KES}
""", "new_request LTAC urgent - M277041936 1")

add("w3-harborpines", "2026-11-10 13:30 -0500", "Nwachukwu LTACH - status",
f"""Status on Ifeoma Nwachukwu M390774128 LTACH req (sent 11/3)? No DC date yet, pt still on pressors
intermittently. Just tracking.

{SIG_HP}
""", "status_inquiry LTAC normal - M390774128 0")

add("w3-meridian", "2026-11-20 09:30 -0500", "Bergstrom",
f"""Good morning,

I hope your Friday is off to a good start. We are so grateful for the help your team gave us this week with
Mrs. Vance and Mr. Perrault.

Would you be able to let us know where the skilled nursing request for Lennart Bergstrom (M258819034) stands?
St. Brendan has him ready, and we can only hold the bed until noon today because of a waitlist.

{SIG_MER}
""", "status_inquiry SNF urgent - M258819034 0", tags=["buried_request"])

add("w3-saunders", "2026-11-11 17:45 -0500", "Renaud LTACH - where are we",
f"""Where are we with the LTACH request for Mr. Renaud (M303358147)? No date pressure yet, still titrating milrinone,
just want to know it's moving.

{SIG_SAU}
""", "status_inquiry LTAC normal - M303358147 0")

add("w3-oakmont", "2026-11-25 14:00 -0500", "Extension - Reyes AUTH-2026-010066",
f"""Requesting concurrent review/continued stay for Ernesto Reyes (AUTH-2026-010066), readmitted 11/25 after his
hospital stay. Initial auth runs through 12/2. PT eval attached.

{SIG_OAK}
""", "extension_request SNF normal 2026010066 - 0", att=["Reyes_PT_eval_readmit.pdf"])

add("w3-pinecrest", "2026-11-23 10:00 -0500", "Extension - Farr, Gwendolyn (LCD was Sunday)",
f"""Hi team,

I'm so sorry, this one slipped through on our end over the weekend. Ms. Gwendolyn Farr (AUTH-2026-006240)'s last
covered day was Sunday 11/22 and she is still with us. Requesting 5 more days: she had a knee manipulation under
anesthesia on 11/19 and needs daily PT for ROM. Notes attached.

{SIG_PINE}
""", "extension_request SNF urgent 2026006240 - 0", att=["Farr_MUA_PT.pdf"], tags=["overdue"])

add("w3-brightwater", "2026-11-10 08:00 -0800", "Urgent peer to peer request - Wren, Tobias Case #8120",
f"""Hello,

Our medical director, Dr. Anneliese Gorski, requests an urgent peer-to-peer regarding the denial for Tobias Wren
(Case #8120), inpatient rehab. She is available 10-12 PT today. Phone 555-0163.

{SIG_BW}
""", "p2p_request IRF urgent 2026008120 - 1", fmt="html")

add("w3-okafor", "2026-12-04 13:40 -0500", "Reconsideration request - Whitfield, Corliss",
f"""Hello,

Dr. Okafor would like to file a reconsideration of the denial of skilled nursing care for Corliss Whitfield
(M591146620), AUTH-2026-010390, received today. His letter is attached.

{SIG_OKA}
""", "appeal SNF high 2026010390 M591146620 0", att=["Whitfield_recon_letter.pdf"])

add("w3-dmarsh", "2026-11-17 12:20 -0600", "gallo",
f"""any news on the SNF auth for Mr Gallo M476610038? no rush, he's fine here til next wk

{SIG_MARSH}
""", "status_inquiry SNF normal - M476610038 0")

add("w3-pinecrest", "2026-12-04 11:30 -0500", "Halvorsen, Arne - planned discharge",
f"""Hello,

Just a heads up that Mr. Arne Halvorsen (AUTH-2026-010455), who came to us from St. Brendan today, already has a
planned discharge home for 12/18 per his care conference. We'll send updates weekly.

{SIG_PINE}
""", "discharge_notice SNF normal 2026010455 - 0")

add("w3-planfwd", "2026-11-30 12:30 -0500", "FW: call from Brightwater - 72 hr request",
f"""UR team, forwarding a call I took at the front desk.

-----Original Message-----
From: Nadine Coyle
Sent: Monday, November 30, 2026 12:25 PM
To: Nadine Coyle
Subject: call from Brightwater - 72 hr request

Priya from Brightwater Rehabilitation Institute called: they faxed a new IRF request this morning for member
Honore Baptiste, M382209915, and asked that it be handled as a 72-hour review because the family has a very tight
window. Callback 555-0160.

{SIG_NAD}
""", "new_request IRF urgent - M382209915 1", tags=["internal"])

add("w3-lakeshore", "2026-12-01 15:00 -0600", "LTACH referral - Sorensen, Halvard",
f"""Hello,

Referral for long-term acute care for Halvard Sorensen (M733390584). 74M, s/p AAA repair with prolonged
respiratory failure, trach, vent at night, stage 3 sacral wound, needs HD three times weekly. Kestrel Ridge is
reviewing. No date yet.

{SIG_LAKE}

{DISC_LAKE}
""", "new_request LTAC normal - M733390584 0", fmt="html", tags=["disclaimer"])

add("w3-carebridge", "2026-11-24 09:45 -0500", "[CareBridge Link] New referral CB-89877 - Skilled Nursing Facility",
"""CareBridge Link - Referral Notification

Referral #: CB-89877
Level of care requested: Skilled Nursing Facility
Receiving facility: Oakmont Subacute Center
Patient: GREENHALGH, MABEL  DOB 1936-08-29
Plan member ID: M628810473
Priority flag: Standard
Requested admission date: 11/30/2026
Sending facility: St. Brendan Regional Medical Center
Diagnosis: S32.591A other fracture of pubis

This is an automated message; replies are not monitored.
""", "new_request SNF normal - M628810473 0", tags=["system_generated"])

add("w3-rosalind", "2026-12-03 14:05 -0500", "URGENT?? - Castellano-Moore",
f"""Sorry for the subject line, my colleague typed it. This is not urgent at all, just checking whether the
inpatient rehab request for Ines Castellano-Moore (M820053614) has been reviewed. Her discharge moved to next
week, so no pressure.

{SIG_ROS}
""", "status_inquiry IRF normal - M820053614 0", tags=["misleading_subject", "negated_expedite"])
def validate() -> None:
    """Every file parses and every label uses the rubric's vocabularies."""
    import email

    types = {"p2p_request", "appeal", "new_request", "extension_request", "updated_clinicals",
             "status_inquiry", "discharge_notice", "other"}
    keys = {"file", "request_type", "level_of_care", "priority", "case_id", "member_id", "expedited", "tags"}
    rows = [json.loads(x) for x in (OUT / "labels.jsonl").read_text().splitlines()]
    assert len(rows) == 240, len(rows)
    for row in rows:
        email.message_from_bytes((OUT / row["file"]).read_bytes(), policy=policy.default)
        assert set(row) == keys, row["file"]
        assert row["request_type"] in types
        assert row["level_of_care"] in {"IRF", "LTAC", "SNF", None}
        assert row["priority"] in {"urgent", "high", "normal", "low"}
        assert row["case_id"] is None or re.fullmatch(r"\d{10}", row["case_id"])
        assert row["member_id"] is None or re.fullmatch(r"M\d{9}", row["member_id"])
        assert isinstance(row["expedited"], bool)
        assert any(t.startswith("writer:w3-") for t in row["tags"])
        if row["request_type"] == "other":
            assert row["level_of_care"] is None and row["priority"] == "low" and not row["expedited"]
        if row["request_type"] == "discharge_notice":
            assert row["priority"] in {"low", "normal"} and not row["expedited"]
        if row["expedited"]:
            assert row["priority"] == "urgent"
    print("validated", len(rows))


if __name__ == "__main__":
    build()
    validate()
