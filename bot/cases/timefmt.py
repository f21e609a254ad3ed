"""Human time text: relative ("in 5 h", "in 2 d 3 h", "overdue 2 h", "due now") and local display."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

DUE_NOW_SECONDS = 60


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    days, rem = divmod(minutes, 24 * 60)
    hours, mins = divmod(rem, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {mins} min" if hours < 3 and mins else f"{hours} h"
    return f"{max(mins, 1)} min"


def relative(due_at: datetime, now: datetime) -> str:
    """`in 5 h`, `in 2 d 3 h`, `in 40 min`, `overdue 2 h`, `due now` (within a minute either side)."""
    delta = (due_at - now).total_seconds()
    if abs(delta) < DUE_NOW_SECONDS:
        return "due now"
    return f"in {_span(delta)}" if delta > 0 else f"overdue {_span(-delta)}"


def local_display(when: datetime, tz: ZoneInfo) -> str:
    """`Mon 11/30 5:00 PM CST` in the team time zone (no leading zeros, platform independent)."""
    local = when.astimezone(tz)
    hour = local.hour % 12 or 12
    ampm = "AM" if local.hour < 12 else "PM"
    return f"{local:%a} {local.month}/{local.day} {hour}:{local.minute:02d} {ampm} {local.tzname()}"


def local_date_display(when: datetime, tz: ZoneInfo) -> str:
    local = when.astimezone(tz)
    return f"{local:%a} {local.month}/{local.day}/{local.year}"


def due_text(due_at: datetime, now: datetime, tz: ZoneInfo) -> str:
    """`Mon 11/30 5:00 PM CST (in 5 h)`."""
    return f"{local_display(due_at, tz)} ({relative(due_at, now)})"
