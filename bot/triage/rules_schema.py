"""The shape of ``rules.yaml``: which keys each section may have, so a misspelt key is an error, not ignored.

rules.py checks types and compiles every pattern (naming the key that fails); this module only answers "is this
key known here?". A team lead who writes ``expedite: {wrods: [...]}`` gets ``rules: unknown key expedite.wrods
(expected one of: ...)`` instead of a silently unused word list.
"""

from __future__ import annotations

from typing import Any

LEVEL = {"acronyms", "phrases"}
TYPE_RULE = {"any", "unless"}
CASE_PATTERN = {"kind", "pattern"}

# section path -> allowed keys; "*" entries name the schema of every child of a mapping
SCHEMA: dict[str, set[str]] = {
    "": {
        "version",
        "payer",
        "normalise",
        "disclaimer_markers",
        "injection_markers",
        "signoff",
        "greeting",
        "pointer_patterns",
        "other",
        "request_types",
        "approved_routine",
        "expedite",
        "level_of_care",
        "ids",
        "dates",
        "discharge_notice",
    },
    "payer": {"domains", "markers"},
    "normalise": {"replace", "fuzzy_targets", "fuzzy_exempt"},
    "other": {
        "auto_reply_subject",
        "auto_reply_headers",
        "auto_reply_body",
        "bulk_headers",
        "bulk_body",
        "request_markers",
        "spam_body",
    },
    "request_types.*": TYPE_RULE,
    "expedite": {"words", "not_the_request_after", "sentence_negations"},
    "level_of_care": {
        "IRF",
        "LTAC",
        "SNF",
        "acronym_exclude_before",
        "request_context",
        "not_requested_before_new",
    },
    "level_of_care.IRF": LEVEL,
    "level_of_care.LTAC": LEVEL,
    "level_of_care.SNF": LEVEL,
    "ids": {"case_patterns", "excluded_before", "stale_context", "member_pattern"},
    "ids.case_patterns[]": CASE_PATTERN,
    "dates": {"cues", "non_gating_before", "change_markers", "non_gating_sentence"},
    "dates.cues": {"discharge", "bed", "deadline", "lcd", "admission"},
    "discharge_notice": {"happened", "planned"},
}


class RulesError(ValueError):
    """The rules file is invalid; the message names the offending key."""


def _check(node: Any, path: str, schema: dict[str, set[str]] = SCHEMA, label: str = "rules") -> None:
    allowed = schema.get(path)
    if allowed is None and "." in path:
        allowed = schema.get(path.rsplit(".", 1)[0] + ".*")
    if isinstance(node, dict):
        for key in node:
            if allowed is not None and str(key) not in allowed:
                where = f"{path}.{key}" if path else str(key)
                raise RulesError(f"{label}: unknown key {where} (expected one of: {', '.join(sorted(allowed))})")
        for key, child in node.items():
            _check(child, f"{path}.{key}" if path else str(key), schema, label)
    elif isinstance(node, list) and path + "[]" in schema:
        for i, item in enumerate(node):
            if isinstance(item, dict):
                for key in item:
                    if str(key) not in schema[path + "[]"]:
                        raise RulesError(
                            f"{label}: unknown key {path}[{i}].{key} "
                            f"(expected one of: {', '.join(sorted(schema[path + '[]']))})"
                        )


def check_keys(data: Any) -> None:
    """Raise :class:`RulesError` naming the first key the schema does not know."""
    _check(data, "")


def check_keys_in(data: Any, schema: dict[str, set[str]], label: str) -> None:
    """The same check against another file's schema (e.g. context_rules.yaml); ``label`` starts the message."""
    _check(data, "", schema, label)
