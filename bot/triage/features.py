"""Feature documents for the learned judgements: the same text fields at training time and at run time.

A document is a dict of named text fields. ``current``/``top``/``subject``/``thread`` are normalised message
text; ``facts`` is a space-separated list of tokens describing what the rule stage found (rule request type,
thread shape, ids present, gating date distance, ...). Nothing here is logged.
"""

from __future__ import annotations

import re
from datetime import date

from .reldates import relative_text

FIELDS = ("current", "top", "subject", "thread", "facts", "rule")
THREAD_CHARS = 4000  # older messages matter less; keep the thread field bounded for speed
CURRENT_CHARS = 3000

_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_TOKEN = re.compile(r"[^a-z0-9]+")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"le{e}"
    return f"gt{edges[-1]}"


def type_document(ctx, rule_type: str, other_kind: str | None) -> dict[str, str]:
    """Fields for the request-type model, from the rule stage's context (``prepare._Ctx``)."""
    segs, parsed = ctx.segs, ctx.parsed
    cur = ctx.current if ctx.current is not None else 0
    subj = parsed.subject or ""
    facts = [f"nseg_{_bucket(len(segs), (1, 2, 3, 5))}"]
    rule = f"rule_{rule_type}"
    if other_kind:
        rule += " otherkind_" + _TOKEN.sub("_", other_kind.lower())
    if re.match(r"^\s*(re|aw)\s*:", subj, re.I):
        facts.append("subj_reply")
    if re.match(r"^\s*(fw|fwd|wg|tr)\s*:", subj, re.I):
        facts.append("subj_forward")
    if parsed.auto_headers:
        facts.extend("hdr_" + _TOKEN.sub("_", h) for h in sorted(parsed.auto_headers))
    for name in parsed.attachment_names[:5]:
        facts.extend("att_" + w for w in _TOKEN.split(name.lower()) if len(w) > 2)
    if segs:
        top = segs[0]
        facts.append(f"topwords_{_bucket(top.words, (0, 5, 15, 40, 120))}")
        facts.append(f"curidx_{min(cur, 3)}")
        facts.extend(f"kind_{s.kind}" for s in segs[1:4])
        if any(s.payer for s in segs):
            facts.append("payer_in_thread")
    current = segs[cur].low_without_subject[:CURRENT_CHARS] if segs else ""
    top_text = segs[0].low[:CURRENT_CHARS] if segs else ""
    thread = "\n".join(s.low for s in segs[1:])[:THREAD_CHARS] if len(segs) > 1 else ""
    return {
        "current": current,
        "top": top_text,
        "subject": _PREFIX.sub("", subj.lower()),
        "thread": thread,
        "facts": " ".join(facts),
        "rule": rule,
        "dated": relative_text(ctx),
        "today": ctx.today.isoformat() if ctx.today else "",
    }


def urgency_document(
    doc: dict[str, str],
    request_type: str,
    priority: str,
    expedited: bool,
    gating: date | None,
) -> dict[str, str]:
    """Fields for the urgency safety net: the type document plus what the priority rubric decided."""
    today = date.fromisoformat(doc["today"]) if doc.get("today") else None
    facts = [f"type_{request_type}", f"prio_{priority}", f"exp_{int(expedited)}"]
    if gating is not None and today is not None:
        delta = (gating - today).days
        facts.append("gate_" + ("past" if delta < 0 else str(delta) if delta <= 3 else "later"))
    else:
        facts.append("gate_none")
    out = dict(doc)
    out["rubric"] = " ".join(facts)
    return out
