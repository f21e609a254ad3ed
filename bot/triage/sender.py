"""Who is asking: sender name, role and phone from the signature, the facility, the patient's name or initials.

The result is PHI: it goes into the case (bot.triage.link) and never into logs or the evaluation record.
Signatures are read line by line from the current request's message; anything not found stays None.
"""

from __future__ import annotations

import re

# Role words (lower case) → who the sender is. A title line is the first signature line naming one.
ROLE_KINDS = {
    "physician": ("md", "m.d.", "d.o.", "do", "physician", "hospitalist", "attending", "dr.", "medical director"),
    "facility": (
        "admission",
        "admissions",
        "liaison",
        "intake",
        "clinical liaison",
        "marketing",
        "business office",
        "administrator",
        "don",
        "director of nursing",
        "mds",
    ),
    "hospital": (
        "case manager",
        "case management",
        "care manager",
        "social work",
        "social worker",
        "msw",
        "lcsw",
        "discharge plann",
        "care coordinat",
        "transition",
        "utilization review",
        "ur nurse",
        "ur coordinator",
        "rn",
        "lpn",
        "bsn",
    ),
    "plan": ("pre-service", "prior auth", "utilization management", "health plan"),
    "family": ("daughter", "son", "wife", "husband", "spouse", "family", "caregiver", "niece", "nephew", "poa"),
}
ORG_WORDS = (
    r"Hospital|Medical Center|Med Ctr|Health(?:care)?|Rehab(?:ilitation)?|Nursing|Care|Center|Centre|"
    r"Institute|LTACH?|SNF|Manor|Gardens|Village|Specialty|Regional|RMC|UMC|Clinic|Living|Residence|Home"
)
_ORG = re.compile(rf"\b(?:{ORG_WORDS})\b")
_SIGNOFF = re.compile(
    r"^(?:best|thanks|thank you|thx|regards|kind regards|best regards|sincerely|cheers|respectfully|"
    r"warm regards|--|—|v/r|many thanks|sent from my \w+)[\s,.!-]*$",
    re.I,
)
_NAME = re.compile(
    r"^(?:Dr\.?\s+)?([A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2})"
    r"((?:\s*,\s*[A-Z][A-Za-z/-]{1,7})*)\s*$"
)
_PHONE = re.compile(r"(\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b(?:\s*(?:x|ext\.?)\s*\d{1,5})?)", re.I)
_FAX_BEFORE = re.compile(r"(?:\bf|fax)\s*[:.]?\s*$", re.I)
_RECEIVING = re.compile(
    rf"\b(?:at|to|into|from|admit(?:ted)? to|accepted at|bed at|referral to)\s+((?:[A-Z][\w'&.-]*\s+){{0,5}}?"
    rf"(?:[A-Z][\w'&.-]*\s+)?(?:{ORG_WORDS})(?:\s+(?:Hospital|Center|Centre|Facility))?)\b"
)
_PATIENT = re.compile(
    r"\b(?:patient|pt|member|mbr|resident)(?:\s+name)?\s*[:#-]?\s*"
    r"((?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z'-]+|[A-Z][a-z'-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z'-]+|[A-Z]\.\s?[A-Z]\.?)"
)
_INITIALS_ONLY = re.compile(r"\b(?:for|pt|patient|member|re:?)\s+([A-Z]\.\s?[A-Z]\.?)(?=[\s,;:)]|$)")
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z])(?:[a-z'-]+|\.|\b)")
_NOT_NAMES = {"Case", "Auth", "Ref", "Dear", "Hello", "Hi", "Re", "Fw", "Please", "Thank", "Thanks", "The"}


_ROLE_RX = {k: re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, ws)) + ")") for k, ws in ROLE_KINDS.items()}


_KEY_DROP = re.compile(r"[^a-z0-9]+")


def facility_key(name: str | None) -> str:
    """Directory key: lower case, punctuation and spacing folded ("St. Anne's  Rehab" → "st anne s rehab")."""
    return _KEY_DROP.sub(" ", (name or "").lower()).strip()[:200]


def role_kind(title: str) -> str | None:
    low = f" {title.lower()} "
    for kind, rx in _ROLE_RX.items():
        if rx.search(low):
            return kind
    return None


def initials(name: str | None) -> str | None:
    """'Jane Q. Doe' → 'J.D.'; 'Mr. Alvarez' → 'Mr. A.'; initials stay initials."""
    if not name:
        return None
    m = _HONORIFIC.match(name)
    if m:
        return f"{m.group(1)}. {m.group(2)}."
    parts = [p for p in re.split(r"[\s.]+", name) if p]
    if len(parts) == 1:
        return parts[0][0].upper() + "."
    return f"{parts[0][0].upper()}.{parts[-1][0].upper()}."


def _signature(sig: str, from_name: str | None) -> dict:
    out: dict = {"name": None, "role": None, "role_kind": None, "phone": None, "facility": None}
    lines = [ln.strip(" \t|>") for ln in sig.splitlines() if ln.strip(" \t|>")]
    lines = [ln for ln in lines if not _SIGNOFF.match(ln)][:8]
    for ln in lines[:3]:
        m = _NAME.match(ln)
        if m and m.group(1).split()[0] not in _NOT_NAMES and not _ORG.search(ln):
            out["name"] = (m.group(1) + (m.group(2) or "")).strip()
            break
    if out["name"] is None and from_name:
        out["name"] = from_name.strip().strip('"')[:200] or None
    for ln in lines:
        for piece in re.split(r"\s*[|•·]\s*", ln):
            kind = role_kind(piece) if not _PHONE.search(piece) and len(piece) <= 64 else None
            if kind and out["role"] is None and piece != out["name"] and not _ORG.search(piece):
                out["role"], out["role_kind"] = piece, kind
            elif _ORG.search(piece) and out["facility"] is None and not _PHONE.search(piece) and len(piece) <= 120:
                out["facility"] = piece
    if out["role_kind"] is None and out["name"] and "," in out["name"]:
        out["role_kind"] = role_kind(out["name"].split(",", 1)[1])
    for ln in lines:
        for m in _PHONE.finditer(ln):
            if not _FAX_BEFORE.search(ln[: m.start()]):
                out["phone"] = m.group(1)
                break
        if out["phone"]:
            break
    return out


def signature_role_kind(sig: str) -> str | None:
    """The kind of role (physician, facility, hospital, plan) a signature's title names, if any."""
    return _signature(sig, None)["role_kind"]


def extract_sender(body: str, sig: str, from_name: str | None, from_addr: str | None, subject: str = "") -> dict:
    """Everything we can tell about who asks and for whom (PHI: store in the case, never log)."""
    out = _signature(sig, from_name)
    out["email"] = (from_addr or None) and from_addr[:254]
    text = f"{subject}\n{body}"
    m = _RECEIVING.search(text)
    if m and m.group(1).split()[0] not in _NOT_NAMES:
        out["receiving_facility"] = m.group(1).strip()[:200]
    else:
        out["receiving_facility"] = None
    out["facility"] = out["receiving_facility"] or out["facility"]
    name = None
    m = _PATIENT.search(text)
    if m and m.group(1).split()[0] not in _NOT_NAMES:
        name = m.group(1).strip()
    else:
        m = _INITIALS_ONLY.search(text) or _HONORIFIC.search(text)
        name = m.group(0) if m is not None and m.re is _HONORIFIC else (m.group(1) if m else None)
    out["patient_name"] = name[:200] if name else None
    out["patient_initials"] = initials(name)
    return out
