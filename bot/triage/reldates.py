"""Dates as the urgency model sees them: every date expression replaced by where it falls from the e-mail's day.

"dc 11/24", "dc tomorrow", "dc Tuesday" written on Monday the 23rd all become "dc reltomorrow"; a quoted
message's "tomorrow" counts from that message's own date (the rubric's rule). The model then learns which
words next to which relative days mean something waits on us, without a phrase per writer.
"""

from __future__ import annotations

from datetime import date

MAX_CHARS = 5000


def token(d: date, today: date) -> str:
    days = (d - today).days
    if days < 0:
        return " relpast "
    if days == 0:
        return " reltoday "
    if days == 1:
        return " reltomorrow "
    return " relsoon " if days <= 3 else " rellater "


def relative_text(ctx) -> str:
    """The thread's text (current message first, payer messages left out) with dates as relative tokens."""
    from .ruledates import _DATE_RX, _resolve  # the rule stage's own date grammar (lazy: avoids a cycle)

    today = ctx.today
    if today is None or not ctx.segs:
        return ""
    cur = ctx.current or 0
    order = [ctx.segs[cur]] + [s for s in ctx.segs if s.index != cur and not s.payer]
    parts, size = [], 0
    for seg in order:
        ref = seg.date or today
        text = seg.low[: MAX_CHARS - size]

        def sub(m, ref=ref) -> str:
            d = _resolve(m, ref)
            return token(d, today) if d is not None and abs((d - ref).days) <= 200 else m.group(0)

        parts.append(_DATE_RX.sub(sub, text))
        size += len(text)
        if size >= MAX_CHARS:
            break
    return "\n".join(parts)
