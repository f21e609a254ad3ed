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

from typing import Final

STATUSES: Final[tuple[str, ...]] = (
    "new", "in_review", "pending_info", "sent_to_md", "approved", "partially_approved", "denied",
    "p2p_requested", "p2p_scheduled", "p2p_completed", "appeal_filed", "withdrawn", "closed",
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
    "review": "in_review", "reviewing": "in_review", "pending": "pending_info", "info": "pending_info",
    "md": "sent_to_md", "to_md": "sent_to_md", "partial": "partially_approved",
    "partially": "partially_approved",
    "approve": "approved", "deny": "denied", "p2p": "p2p_requested", "appeal": "appeal_filed",
    "withdraw": "withdrawn", "close": "closed",
}


class IllegalTransition(ValueError):
    """A status change the workflow does not allow; `str(exc)` is a user-facing sentence."""

    def __init__(self, current: str, requested: str) -> None:
        self.current = current
        self.requested = requested
        self.allowed = allowed_next(current)
        if requested not in LABELS:
            msg = f"'{requested}' is not a case status. Statuses: {', '.join(STATUSES)}."
        elif not self.allowed:
            msg = f"The case is {label(current)}; its status can no longer change."
        elif requested == current:
            msg = (f"The case is already {label(current)}. Next allowed: "
                   f"{', '.join(label(s) for s in self.allowed)}.")
        else:
            msg = (f"A case that is {label(current)} cannot move to {label(requested)}. Next allowed: "
                   f"{', '.join(label(s) for s in self.allowed)}.")
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
    key = "_".join(str(text).strip().lower().replace("-", " ").split())
    if key in LABELS:
        return key
    for status, lab in LABELS.items():
        if key == "_".join(lab.lower().split()):
            return status
    return _ALIASES.get(key)
