"""E-mail triage engine (pure domain code: no database, no botbuilder, no network).

Public API::

    from bot.triage import triage_bytes, parse_message, classify, load_rules

    rules = load_rules()                      # rules.yaml shipped next to this file (RulesError names a bad key)
    result = triage_bytes(raw, rules, received_at=arrival)   # never raises; result.error set on internal error
    parsed = parse_message(raw, received_at=arrival)         # never raises; bounded by Limits
    result = classify(parsed, rules)
    result.to_json_dict("file.eml")           # evaluation record
    triage_bytes(raw, rules, models=None)     # the rule stage alone (default: the shipped learned models)

``TriageResult``: request_type, level_of_care, priority, case_id, member_id, expedited, reasons, gating_date,
flags, error, confidence (the request-type model's probability), needs_review (priority rounded up), sender (who
is asking; PHI, for the case only). ``ParsedEmail``: message_id, subject, subject_display, from_addr, from_name,
date, date_flags, segments (``Segment(text, date, kind, subject, sender)``, newest first), attachment_names, flags.
"""

from .classify import classify, triage_bytes
from .limits import DEFAULT_LIMITS, Limits
from .parse import ParsedEmail, Segment, parse_message
from .result import TriageResult
from .rules import Rules, RulesError, load_rules

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "ParsedEmail",
    "Rules",
    "RulesError",
    "Segment",
    "TriageResult",
    "classify",
    "load_rules",
    "parse_message",
    "triage_bytes",
]
