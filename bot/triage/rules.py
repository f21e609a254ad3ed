"""Load and validate the triage vocabulary (``rules.yaml``) into compiled patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .pattern_set import PatternSet
from .rules_schema import RulesError, check_keys

DEFAULT_RULES_PATH = Path(__file__).with_name("rules.yaml")

REQUEST_TYPES = (
    "p2p_request",
    "appeal",
    "new_request",
    "extension_request",
    "updated_clinicals",
    "status_inquiry",
    "discharge_notice",
)
LEVELS = ("IRF", "LTAC", "SNF")
DATE_CUE_KINDS = ("discharge", "bed", "deadline", "lcd", "admission")


@dataclass
class TypeRule:
    any: PatternSet
    unless: PatternSet


@dataclass
class LevelRule:
    acronyms: list[str]
    acronym_re: re.Pattern | None
    phrases: PatternSet


@dataclass
class Rules:
    payer_domains: list[str]
    payer_markers: PatternSet
    replace: dict[str, str]
    replace_re: re.Pattern | None
    fuzzy_targets: list[str]
    fuzzy_exempt: set[str]
    disclaimer: PatternSet
    injection: PatternSet
    signoff: re.Pattern
    greeting: re.Pattern
    pointer: PatternSet
    auto_reply_subject: PatternSet
    auto_reply_headers: dict[str, re.Pattern]
    auto_reply_body: PatternSet
    bulk_headers: dict[str, re.Pattern]
    bulk_body: PatternSet
    spam_body: PatternSet
    request_markers: PatternSet
    types: dict[str, TypeRule]
    approved_routine: PatternSet
    expedite_words: PatternSet
    expedite_neg_after: re.Pattern  # expedite.not_the_request_after
    expedite_sentence_neg: PatternSet
    levels: dict[str, LevelRule]
    acronym_exclude_before: re.Pattern
    loc_request_context: PatternSet
    loc_not_requested_before_new: re.Pattern
    case_patterns: list[tuple[str, re.Pattern]]
    id_excluded_before: re.Pattern
    id_stale_context: re.Pattern
    member_re: re.Pattern
    date_cues: dict[str, PatternSet]
    non_gating_before: re.Pattern
    non_gating_sentence: PatternSet
    date_change: PatternSet
    dc_happened: PatternSet
    dc_planned: PatternSet
    source: str = ""
    _fuzzy_cache: dict[str, str] = field(default_factory=dict, repr=False)
    _type_cache: dict[str, str] = field(default_factory=dict, repr=False)
    _word_re: re.Pattern | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # words the typo corrector looks at: same first letter and +-1 length as some fuzzy target
        if self.fuzzy_targets:
            firsts = "".join(sorted({t[0] for t in self.fuzzy_targets if t}))
            lo = max(1, min(len(t) for t in self.fuzzy_targets) - 2)
            hi = max(len(t) for t in self.fuzzy_targets)
            self._word_re = re.compile(rf"(?<![a-z'])[{re.escape(firsts)}][a-z']{{{lo},{hi}}}(?![a-z'])")


def _get(d: Any, key: str, path: str, typ: type | tuple = (dict,)) -> Any:
    if not isinstance(d, dict) or key not in d:
        raise RulesError(f"rules: missing key {path}.{key}" if path else f"rules: missing key {key}")
    val = d[key]
    if not isinstance(val, typ):
        want = typ.__name__ if isinstance(typ, type) else "/".join(t.__name__ for t in typ)
        raise RulesError(f"rules: {path + '.' if path else ''}{key} must be a {want}")
    return val


def _rx(pattern: Any, path: str, flags: int = re.I | re.M) -> re.Pattern:
    if not isinstance(pattern, str) or not pattern:
        raise RulesError(f"rules: {path} must be a non-empty regex string")
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise RulesError(f"rules: {path}: invalid regex ({exc})") from None


def _rx_list(d: Any, key: str, path: str, flags: int = re.I | re.M, allow_empty: bool = False) -> PatternSet:
    items = _get(d, key, path, list)
    if not items and not allow_empty:
        raise RulesError(f"rules: {path}.{key} must not be empty")
    return PatternSet([_rx(p, f"{path}.{key}[{i}]", flags) for i, p in enumerate(items)], flags)


def _rx_map(d: Any, key: str, path: str) -> dict[str, re.Pattern]:
    m = _get(d, key, path, dict)
    return {str(k).lower(): _rx(v, f"{path}.{key}.{k}") for k, v in m.items()}


def build_rules(data: Any, source: str = "<data>") -> Rules:
    """Validate a parsed YAML document and compile it, one section of the file at a time."""
    if not isinstance(data, dict):
        raise RulesError("rules: top level must be a mapping")
    check_keys(data)
    return Rules(
        **_payer(data),
        **_normalise(data),
        **_text_markers(data),
        **_other(data),
        types=_request_types(data),
        **_expedite(data),
        **_level_of_care(data),
        **_ids(data),
        **_dates(data),
        **_discharge_notice(data),
        source=source,
    )


def _payer(data: dict) -> dict[str, Any]:
    payer = _get(data, "payer", "")
    return {
        "payer_domains": [str(x).lower() for x in _get(payer, "domains", "payer", list)],
        "payer_markers": _rx_list(payer, "markers", "payer"),
    }


def _normalise(data: dict) -> dict[str, Any]:
    """Spelling fixes (`replace`, one alternation, longest first) and the typo corrector's word lists."""
    norm = _get(data, "normalise", "")
    replace = {str(k).lower(): str(v).lower() for k, v in _get(norm, "replace", "normalise", dict).items()}
    replace_re = (
        re.compile(
            r"(?<![\w/])(" + "|".join(re.escape(k) for k in sorted(replace, key=len, reverse=True)) + r")(?![\w/])"
        )
        if replace
        else None
    )
    return {
        "replace": replace,
        "replace_re": replace_re,
        "fuzzy_targets": [str(x).lower() for x in _get(norm, "fuzzy_targets", "normalise", list)],
        "fuzzy_exempt": {str(x).lower() for x in _get(norm, "fuzzy_exempt", "normalise", list)},
    }


def _text_markers(data: dict) -> dict[str, Any]:
    """Top-level patterns: disclaimers, injected instructions, sign-off, greeting, pointers, routine approvals."""
    return {
        "disclaimer": _rx_list(data, "disclaimer_markers", ""),
        "injection": _rx_list(data, "injection_markers", "", allow_empty=True),
        "signoff": _rx(_get(data, "signoff", "", str), "signoff"),
        "greeting": _rx(_get(data, "greeting", "", str), "greeting"),
        "pointer": _rx_list(data, "pointer_patterns", ""),
        "approved_routine": _rx_list(data, "approved_routine", ""),
    }


def _other(data: dict) -> dict[str, Any]:
    """What makes an e-mail something other than a request: auto-replies, bulk mail, spam."""
    other = _get(data, "other", "")
    return {
        "auto_reply_subject": _rx_list(other, "auto_reply_subject", "other"),
        "auto_reply_headers": _rx_map(other, "auto_reply_headers", "other"),
        "auto_reply_body": _rx_list(other, "auto_reply_body", "other"),
        "bulk_headers": _rx_map(other, "bulk_headers", "other"),
        "bulk_body": _rx_list(other, "bulk_body", "other"),
        "spam_body": _rx_list(other, "spam_body", "other"),
        "request_markers": _rx_list(other, "request_markers", "other", allow_empty=True),
    }


def _request_types(data: dict) -> dict[str, TypeRule]:
    rt = _get(data, "request_types", "")
    types: dict[str, TypeRule] = {}
    for name in REQUEST_TYPES:
        entry = _get(rt, name, "request_types")
        types[name] = TypeRule(
            any=_rx_list(entry, "any", f"request_types.{name}"),
            unless=_rx_list(entry, "unless", f"request_types.{name}", allow_empty=True),
        )
    unknown = set(rt) - set(REQUEST_TYPES)
    if unknown:
        raise RulesError(f"rules: request_types has unknown type(s): {', '.join(sorted(unknown))}")
    return types


def _expedite(data: dict) -> dict[str, Any]:
    exp = _get(data, "expedite", "")
    return {
        "expedite_words": _rx_list(exp, "words", "expedite"),
        "expedite_neg_after": _rx(
            _get(exp, "not_the_request_after", "expedite", str), "expedite.not_the_request_after"
        ),
        "expedite_sentence_neg": _rx_list(exp, "sentence_negations", "expedite"),
    }


def _level_of_care(data: dict) -> dict[str, Any]:
    """Each level's acronyms and phrases, and the context patterns that say a mention is (not) the request."""
    loc = _get(data, "level_of_care", "")
    levels: dict[str, LevelRule] = {}
    for lv in LEVELS:
        entry = _get(loc, lv, "level_of_care")
        acr = [str(a) for a in _get(entry, "acronyms", f"level_of_care.{lv}", list)]
        acr_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in acr) + r")(?![\w-])") if acr else None
        levels[lv] = LevelRule(acr, acr_re, _rx_list(entry, "phrases", f"level_of_care.{lv}", allow_empty=True))

    def pattern(key: str) -> re.Pattern:
        return _rx(_get(loc, key, "level_of_care", str), f"level_of_care.{key}")

    return {
        "levels": levels,
        "acronym_exclude_before": pattern("acronym_exclude_before"),
        "loc_request_context": _rx_list(loc, "request_context", "level_of_care"),
        "loc_not_requested_before_new": pattern("not_requested_before_new"),
    }


def _ids(data: dict) -> dict[str, Any]:
    """Case reference patterns (each of kind split, short or full), the member id, and where ids do not count."""
    ids = _get(data, "ids", "")
    case_patterns = []
    for i, item in enumerate(_get(ids, "case_patterns", "ids", list)):
        kind = _get(item, "kind", f"ids.case_patterns[{i}]", str)
        if kind not in {"split", "short", "full"}:
            raise RulesError(f"rules: ids.case_patterns[{i}].kind must be split, short or full")
        case_patterns.append(
            (
                kind,
                _rx(_get(item, "pattern", f"ids.case_patterns[{i}]", str), f"ids.case_patterns[{i}].pattern"),
            )
        )
    return {
        "case_patterns": case_patterns,
        "id_excluded_before": _rx(_get(ids, "excluded_before", "ids", str), "ids.excluded_before"),
        "id_stale_context": _rx(_get(ids, "stale_context", "ids", str), "ids.stale_context"),
        "member_re": _rx(_get(ids, "member_pattern", "ids", str), "ids.member_pattern", 0),
    }


def _dates(data: dict) -> dict[str, Any]:
    dates = _get(data, "dates", "")
    cues = _get(dates, "cues", "dates")
    return {
        "date_cues": {k: _rx_list(cues, k, "dates.cues") for k in DATE_CUE_KINDS},
        "non_gating_before": _rx(_get(dates, "non_gating_before", "dates", str), "dates.non_gating_before"),
        "non_gating_sentence": _rx_list(dates, "non_gating_sentence", "dates", allow_empty=True),
        "date_change": _rx_list(dates, "change_markers", "dates", allow_empty=True),
    }


def _discharge_notice(data: dict) -> dict[str, Any]:
    dn = _get(data, "discharge_notice", "")
    return {
        "dc_happened": _rx_list(dn, "happened", "discharge_notice"),
        "dc_planned": _rx_list(dn, "planned", "discharge_notice"),
    }


_CACHE: dict[str, Rules] = {}


def load_rules(path: str | Path | None = None) -> Rules:
    """Load ``rules.yaml`` (default: the shipped file); raises :class:`RulesError` naming a bad key."""
    p = Path(path) if path is not None else DEFAULT_RULES_PATH
    key = str(p.resolve())
    if path is None and key in _CACHE:
        return _CACHE[key]
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RulesError(f"rules: {p.name} is not valid YAML ({exc})") from None
    rules = build_rules(data, source=str(p))
    if path is None:
        _CACHE[key] = rules
    return rules
