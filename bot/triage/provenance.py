"""The thread model's PHI-free view: who wrote each message of an e-mail (role) and where each extracted fact
was found (provenance).

A PSC reading an alert needs to know when the evidence is not in the newest message: "discharge tomorrow"
may sit in the hospital's quoted request under a one-line follow-up, the level of care only in the subject.
Those sources become short reasons ("discharge date from a quoted message (11/3, hospital)"); labels carry
dates and roles, never names, addresses or text.
"""

from __future__ import annotations

import re

from .prepare import _Ctx, _Seg
from .sender import signature_role_kind

# A relative writing about the patient in the first person ("my mother", "our dad"): the family's role.
_FAMILY = re.compile(
    r"\b(?:my|our)\s+(?:mother|mom|mum|father|dad|husband|wife|spouse|son|daughter|sister|brother|aunt|uncle|"
    r"grand(?:mother|father|ma|pa)|parent)\b"
)
# Field names as the alert's reasons call them.
FIELD_LABELS = {
    "case_id": "case id",
    "member_id": "member id",
    "level_of_care": "level of care",
    "expedited": "expedite request",
}
ROLES = ("plan", "physician", "hospital", "facility", "family")


def role(seg: _Seg) -> str | None:
    """The author's role: the plan (a payer domain or marker), else the signature's title, else a relative's
    first-person words; None when nothing says."""
    if seg.payer:
        return "plan"
    kind = signature_role_kind(seg.sig)
    if kind in ROLES:
        return kind
    return "family" if _FAMILY.search(seg.body.lower()) else None


def role_of(ctx: _Ctx, seg: _Seg) -> str | None:
    """``role(seg)``, computed once per e-mail: labels, reasons and the thread all ask for it."""
    if seg.index not in ctx.roles:
        ctx.roles[seg.index] = role(seg)
    return ctx.roles[seg.index]


def thread(ctx: _Ctx) -> list[dict]:
    """The e-mail's messages, newest first: kind (newest / quoted / forwarded), date, role and whether it is
    the message the request type was read from."""
    current = ctx.current if ctx.current is not None else 0
    return [
        {
            "kind": "newest" if seg.index == 0 else seg.kind,
            "date": seg.date.isoformat() if seg.date else None,
            "role": role_of(ctx, seg),
            "request": seg.index == current,
        }
        for seg in ctx.segs
    ]


def where(ctx: _Ctx, index: int | None, part: str = "body") -> str:
    """A short label for a source: "the subject", "the newest message", "a quoted message (11/3, hospital)"."""
    if index is None or not (0 <= index < len(ctx.segs)):
        return "the subject"
    seg = ctx.segs[index]
    if index == 0:
        label = "the newest message"
    else:
        kind = "forwarded" if seg.kind == "forwarded" else "quoted"
        bits = [f"{seg.date.month}/{seg.date.day}"] if seg.date else []
        who = role_of(ctx, seg)
        if who:
            bits.append(who)
        label = f"a {kind} message" + (f" ({', '.join(bits)})" if bits else "")
    return f"the signature of {label}" if part == "signature" else label


def describe(ctx: _Ctx) -> dict[str, str]:
    """field -> source label for every fact the rule stage took from the e-mail."""
    return {name: where(ctx, index, part) for name, (index, part) in ctx.sources.items()}


def elsewhere(ctx: _Ctx, name: str) -> str | None:
    """The source label of ``name`` when it is not the newest message's own text (the subject, its
    signature, a quoted or forwarded message): a source a reader would not see at a glance; else None."""
    found = ctx.sources.get(name)
    if found is None or found[0] == 0:  # the newest message, its signature included
        return None
    return where(ctx, *found)


def reasons(ctx: _Ctx) -> list[str]:
    """One reason per source outside the newest message, naming the facts found there ("case id, level of
    care from a quoted message (11/3, hospital)"); the date's source goes into the date's own reason (rubric)."""
    by_source: dict[str, list[str]] = {}
    for name, label in FIELD_LABELS.items():
        source = elsewhere(ctx, name)
        if source:
            by_source.setdefault(source, []).append(label)
    return [f"{', '.join(names)} from {source}" for source, names in by_source.items()]
