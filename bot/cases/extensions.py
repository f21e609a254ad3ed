"""The extension rule on paths that set `extended_until` directly (import, `POST /api/cases`), with the stored
request facts: the same limits as `clocks.extend` (OD-05, OD-10), and an announced deadline never moves earlier."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.cases import clocks


class ExtensionError(ValueError):
    """One case's `extended_until` breaks the rule; import and API report it against that row / field."""

    def __init__(self, case_id: str, message: str, field: str = "extended_until") -> None:
        super().__init__(f"case {case_id}: {message}")
        self.case_id = case_id
        self.field = field


def check_extension(case, original_due_at: datetime, announced: datetime | None, tz: ZoneInfo) -> None:
    """`case` (a stored Case being upserted) carries case_id, request_type, expedited and extended_until."""
    try:
        clocks.check_extended_until(
            original_due_at, case.extended_until, tz, request_type=case.request_type, expedited=case.expedited
        )
    except clocks.ClockError as exc:
        raise ExtensionError(case.case_id, str(exc)) from None
    check_not_earlier(case.case_id, case.extended_until, announced, tz)


def check_not_earlier(case_id: str, new_due_at: datetime, announced: datetime | None, tz: ZoneInfo) -> None:
    """A later, shorter extension never pulls an announced deadline earlier."""
    if announced is not None and new_due_at < announced:
        raise ExtensionError(
            case_id,
            f"already extended to {announced.astimezone(tz):%Y-%m-%d %H:%M %Z}; a "
            "shorter extension would move an announced deadline earlier",
        )
