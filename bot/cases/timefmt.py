"""Human time text, one style everywhere: `Mon 11/30 5:00 PM CST`, dates as `Mon 11/30`, the year added
(`Mon 2/8/2027`) when it is not the current one; relative as "in 5 h", "in 2 d 3 h", "in 65 days",
"overdue 2 h", "due now"."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

DUE_NOW_SECONDS = 60
# Far off, hours are noise ("in 65 d 12 h"): whole days only. The cut is past 72 hours, not 48, so the
# expedited 72-hour clocks (and their last two days) keep their hours: "in 2 d 20 h" is not "in 2 days".
WHOLE_DAYS_AFTER = 3 * 24 * 60


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    days, rem = divmod(minutes, 24 * 60)
    hours, mins = divmod(rem, 60)
    if minutes > WHOLE_DAYS_AFTER:
        return f"{days} days"
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {mins} min" if hours < 3 and mins else f"{hours} h"
    return f"{max(mins, 1)} min"


def relative(due_at: datetime, now: datetime) -> str:
    """`in 5 h`, `in 2 d 3 h`, `in 65 days` (past 72 h), `in 40 min`, `overdue 2 h`, `due now` (within a minute)."""
    delta = (due_at - now).total_seconds()
    if abs(delta) < DUE_NOW_SECONDS:
        return "due now"
    return f"in {_span(delta)}" if delta > 0 else f"overdue {_span(-delta)}"


def _current_year(tz: ZoneInfo, now: datetime | None) -> int:
    return (now or datetime.now(UTC)).astimezone(tz).year


def date_display(day: date, tz: ZoneInfo, *, now: datetime | None = None) -> str:
    """`Mon 11/30`, or `Mon 2/8/2027` when the year is not the current one (pass `now` from the caller)."""
    year = f"/{day.year}" if day.year != _current_year(tz, now) else ""
    return f"{day:%a} {day.month}/{day.day}{year}"


def local_display(when: datetime, tz: ZoneInfo, *, now: datetime | None = None) -> str:
    """`Mon 11/30 5:00 PM CST` in the team time zone (no leading zeros, platform independent); the year is
    added when it is not the current one."""
    local = when.astimezone(tz)
    hour = local.hour % 12 or 12
    ampm = "AM" if local.hour < 12 else "PM"
    return f"{date_display(local.date(), tz, now=now)} {hour}:{local.minute:02d} {ampm} {local.tzname()}"


def local_date_display(when: datetime, tz: ZoneInfo, *, now: datetime | None = None) -> str:
    return date_display(when.astimezone(tz).date(), tz, now=now)


def due_text(due_at: datetime, now: datetime, tz: ZoneInfo) -> str:
    """`Mon 11/30 5:00 PM CST (in 5 h)`."""
    return f"{local_display(due_at, tz, now=now)} ({relative(due_at, now)})"
