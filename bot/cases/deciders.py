"""Who may decide a case: approve, partially approve or deny need the Medical Director role (OD-03).

The check lives in the domain so every path (card, /status, the Action.Submit fallback, a job, the CLI)
meets the same rule; the edge only turns the refusal into a message.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.cases import workflow
from bot.roles import MEDICAL_DIRECTOR


class DecisionNotAllowed(PermissionError):
    """A decision attempted without the Medical Director role; `str(exc)` is a user-facing sentence."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Only a Medical Director can approve, partially approve or deny a case. "
            "Send it to the MD instead: /review <case id>, then Send to MD."
        )


def is_decider(roles: Collection[str] | None) -> bool:
    return MEDICAL_DIRECTOR in (roles or ())


def check_decider(status: str, roles: Collection[str] | None, reasons: str | None = "") -> None:
    """Raises DecisionNotAllowed without the role, or for a denial without its specific reasons (OD-15)."""
    if status not in workflow.DECISION_STATUSES:
        return
    if not is_decider(roles):
        raise DecisionNotAllowed()
    if status == "denied" and reasons is not None and not reasons.strip():
        raise DecisionNotAllowed(
            "A denial needs its specific reasons (OD-15): /status <case id> denied "
            "<reasons>, or Deny on the Medical Director card."
        )
