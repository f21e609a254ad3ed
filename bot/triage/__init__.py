"""E-mail triage engine: bounded parsing (``parse``) and rubric classification (``classify``).

Public API::

    from bot.triage import parse_message, classify, triage_bytes, load_rules, TriageResult, ParsedEmail
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
