"""Case status workflow: statuses, labels, allowed transitions and `IllegalTransition`.

Transitions (documented decisions marked *):

    new            -> in_review, withdrawn
    in_review      -> pending_info, sent_to_md, withdrawn
    pending_info   -> in_review (clinicals arrived), sent_to_md*, withdrawn
    sent_to_md     -> approved, partially_approved, denied, pending_info* (MD asks for more), in_review*
                      (MD returns it to the nurse), withdrawn
    approved / partially_approved -> closed
    partially_approved -> p2p_requested*, appeal_filed* (the denied part is appealable like a denial)
    denied         -> p2p_requested, appeal_filed, closed
    p2p_requested  -> p2p_scheduled, appeal_filed*, withdrawn*, closed*
    p2p_scheduled  -> p2p_completed, appeal_filed*, withdrawn*, closed*
    p2p_completed  -> appeal_filed*, closed
    appeal_filed   -> closed (the reconsideration itself is a new case with request_type=reconsideration)
    withdrawn      -> closed
    closed         -> (none)

"Open" (the regulatory decision clock runs and the case is in the queue): new, in_review, pending_info,
sent_to_md. "Decided" statuses set `decided_at` when first entered: approved, partially_approved, denied.
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import Final, NamedTuple

STATUSES: Final[tuple[str, ...]] = (
    "new",
    "in_review",
    "pending_info",
    "sent_to_md",
    "approved",
    "partially_approved",
    "denied",
    "p2p_requested",
    "p2p_scheduled",
    "p2p_completed",
    "appeal_filed",
    "withdrawn",
    "closed",
)

LABELS: Final[dict[str, str]] = {
    "new": "New",
    "in_review": "In review",
    "pending_info": "Pending info",
    "sent_to_md": "Sent to MD",
    "approved": "Approved",
    "partially_approved": "Partially approved",
    "denied": "Denied",
    "p2p_requested": "P2P requested",
    "p2p_scheduled": "P2P scheduled",
    "p2p_completed": "P2P completed",
    "appeal_filed": "Appeal filed",
    "withdrawn": "Withdrawn",
    "closed": "Closed",
}

QUEUE_STATUSES: Final[frozenset[str]] = frozenset({"new", "in_review", "pending_info", "sent_to_md"})
DECISION_STATUSES: Final[frozenset[str]] = frozenset({"approved", "partially_approved", "denied"})
TERMINAL_STATUSES: Final[frozenset[str]] = frozenset({"closed"})

_OPEN_EXITS = ("withdrawn",)
TRANSITIONS: Final[dict[str, tuple[str, ...]]] = {
    "new": ("in_review", *_OPEN_EXITS),
    "in_review": ("pending_info", "sent_to_md", *_OPEN_EXITS),
    "pending_info": ("in_review", "sent_to_md", *_OPEN_EXITS),
    "sent_to_md": ("approved", "partially_approved", "denied", "pending_info", "in_review", *_OPEN_EXITS),
    "approved": ("closed",),
    "partially_approved": ("p2p_requested", "appeal_filed", "closed"),
    "denied": ("p2p_requested", "appeal_filed", "closed"),
    "p2p_requested": ("p2p_scheduled", "appeal_filed", "withdrawn", "closed"),
    "p2p_scheduled": ("p2p_completed", "appeal_filed", "withdrawn", "closed"),
    "p2p_completed": ("appeal_filed", "closed"),
    "appeal_filed": ("closed",),
    "withdrawn": ("closed",),
    "closed": (),
}

# Aliases a user may type in `/status <case> <status>`.
_ALIASES: Final[dict[str, str]] = {
    "review": "in_review",
    "reviewing": "in_review",
    "pending": "pending_info",
    "info": "pending_info",
    "md": "sent_to_md",
    "to_md": "sent_to_md",
    "partial": "partially_approved",
    "partially": "partially_approved",
    "approve": "approved",
    "deny": "denied",
    "p2p": "p2p_requested",
    "appeal": "appeal_filed",
    "withdraw": "withdrawn",
    "close": "closed",
}


class IllegalTransition(ValueError):
    """A status change the workflow does not allow; `str(exc)` is a user-facing sentence."""

    def __init__(self, current: str, requested: str) -> None:
        self.current = current
        self.requested = requested
        self.allowed = allowed_next(current)
        if requested not in LABELS:
            msg = unknown_status_message(requested)
        elif not self.allowed:
            msg = f"The case is {label(current)}; its status can no longer change."
        elif requested == current:
            msg = f"The case is already {label(current)}. Next allowed: {', '.join(label(s) for s in self.allowed)}."
        else:
            msg = (
                f"A case that is {label(current)} cannot move to {label(requested)}. Next allowed: "
                f"{', '.join(label(s) for s in self.allowed)}."
            )
        super().__init__(msg)


def label(status: str) -> str:
    return LABELS.get(status, status)


def allowed_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def can_transition(current: str, new: str) -> bool:
    return new in TRANSITIONS.get(current, ())


def check_transition(current: str, new: str) -> None:
    if not can_transition(current, new):
        raise IllegalTransition(current, new)


def is_open(status: str) -> bool:
    return status in QUEUE_STATUSES


def normalize_status(text: str | None) -> str | None:
    """A status from user text: `In review`, `in-review`, `IN_REVIEW`, `p2p` → canonical, or None."""
    if not text:
        return None
    key = _key(text)
    if key in LABELS:
        return key
    for status, lab in LABELS.items():
        if key == "_".join(lab.lower().split()):
            return status
    return _ALIASES.get(key)


def unknown_status_message(typed: str) -> str:
    near = suggest_status(typed)
    hint = f" Did you mean {label(near)}?" if near else ""
    return f"'{typed[:40]}' is not a case status.{hint} Statuses: {status_list()}."


def status_list(statuses: tuple[str, ...] = STATUSES) -> str:
    """Statuses as a user may type them back: the label, which any case and spacing accepts."""
    return ", ".join(label(s) for s in statuses)


_MAX_STATUS_WORDS = max(len(lab.split()) for lab in LABELS.values())


class ParsedStatus(NamedTuple):
    status: str | None  # canonical key, or None when the words name no status
    note: str  # what follows the status words
    typed: str  # the words read as the status (for the error message)
    suggestion: str | None  # nearest status on a typo


def parse_status(words: str) -> ParsedStatus:
    """`Sent to MD waiting for notes` -> (sent_to_md, "waiting for notes"): the longest leading run of words
    that names a status by key, label or alias, in any case and spacing; else the nearest status."""
    parts = (words or "").split()
    for n in range(min(_MAX_STATUS_WORDS, len(parts)), 0, -1):
        status = normalize_status(" ".join(parts[:n]))
        if status is not None:
            return ParsedStatus(status, " ".join(parts[n:]), " ".join(parts[:n]), None)
    for n in range(min(_MAX_STATUS_WORDS, len(parts)), 0, -1):
        near = suggest_status(" ".join(parts[:n]))
        if near is not None:
            return ParsedStatus(None, " ".join(parts[n:]), " ".join(parts[:n]), near)
    return ParsedStatus(None, " ".join(parts[1:]), parts[0] if parts else "", None)


def suggest_status(text: str) -> str | None:
    """The status nearest to a mistyped name (`in reveiw` -> in_review), or None if nothing is close."""
    key = _key(text)
    if not key:
        return None
    names = {**{s: s for s in STATUSES}, **{"_".join(lab.lower().split()): s for s, lab in LABELS.items()}, **_ALIASES}
    match = difflib.get_close_matches(key, list(names), n=1, cutoff=0.75)
    if match:
        return names[match[0]]
    starts = {s for name, s in names.items() if name.startswith(key + "_")}  # "sent" -> sent_to_md
    return starts.pop() if len(starts) == 1 else None


def _key(text: str | None) -> str:
    # NFKC folds full-width forms (in＿review, as older cards printed it) back to ASCII.
    folded = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    return "_".join(folded.replace("-", " ").replace("_", " ").split())
