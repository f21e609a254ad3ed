"""Current-message choice: which segment carries the request, its request type, auto-reply/bulk/spam."""

from __future__ import annotations

from .facts import _find_case_candidates
from .prepare import _FWD_PREFIX, _PREFIX, _REPLY_PREFIX, _Ctx, _Seg, normalise
from .rules import REQUEST_TYPES, Rules


def _first_type(low: str, rules: Rules) -> str | None:
    """The first request type (rubric precedence) whose patterns match (memoised per rules object)."""
    cache = rules._type_cache
    hit = cache.get(low)
    if hit is not None:
        return hit or None
    found = None
    for name in REQUEST_TYPES:
        tr = rules.types[name]
        if tr.any.search(low) and not tr.unless.search(low):
            found = name
            break
    if len(cache) > 64:
        cache.clear()
    cache[low] = found or ""
    return found


def _is_pointer(seg: _Seg, rules: Rules) -> bool:
    if seg.words == 0:
        return True
    return seg.words <= 40


def _other_kind(ctx: _Ctx) -> str | None:
    """auto-reply / bulk / spam detection (only for e-mail without a request from a real sender)."""
    rules, parsed = ctx.rules, ctx.parsed
    subj = parsed.subject
    if rules.auto_reply_subject.search(subj.lower()):
        return "auto-reply"
    for h, rx in rules.auto_reply_headers.items():
        if h in parsed.auto_headers and rx.search(parsed.auto_headers[h]):
            return "auto-reply"
    top_raw = (parsed.segments[0].text if parsed.segments else "").lower()
    top_low = ctx.segs[0].low if ctx.segs else ""
    has_type = _first_type(top_low, rules) is not None
    if not has_type and ctx.segs and _is_pointer(ctx.segs[0], rules):
        # "FYI" on top of a forwarded newsletter / auto-reply / spam: judge the forwarded message
        for seg in ctx.segs[1:]:
            if seg.payer or seg.words == 0:
                continue
            top_raw = top_raw + "\n" + seg.text.lower()
            has_type = _first_type(seg.low_without_subject, rules) is not None
            break
    if not has_type and rules.auto_reply_body.search(top_raw):
        return "auto-reply"
    has_ids = bool(_find_case_candidates(ctx, top_raw + "\n" + subj)) or bool(
        rules.member_re.search(parsed.segments[0].text if parsed.segments else "")
    )
    if has_ids or rules.request_markers.search(top_raw):
        return None
    bulk = any(h in parsed.auto_headers and rx.search(parsed.auto_headers[h]) for h, rx in rules.bulk_headers.items())
    if bulk or rules.bulk_body.search(top_raw):
        return "newsletter/bulk"
    if rules.spam_body.search(top_raw) or rules.spam_body.search(subj.lower()):
        return "spam"
    return None


def _choose_current(ctx: _Ctx) -> str:
    """Find the current request segment; returns its request type (or 'other')."""
    rules, segs = ctx.rules, ctx.segs
    if not segs:
        return "other"
    t = _first_type(segs[0].low, rules)
    if t:
        _follow_pointer_note(ctx, t)
        return t
    forward_below = len(segs) > 1 and (segs[1].kind == "forwarded" or bool(_FWD_PREFIX.match(ctx.parsed.subject)))
    if not _is_pointer(segs[0], rules) and not forward_below:
        return _own_subject_type(ctx)
    return _request_below(ctx)


def _follow_pointer_note(ctx: _Ctx, request_type: str) -> None:
    """The top message names the request; a short pointer note ("see below") hands over to the same ask below."""
    rules, segs = ctx.rules, ctx.segs
    ctx.current = 0
    if _is_pointer(segs[0], rules) and rules.pointer.search(segs[0].low):
        # "Forwarding the new referral below": the message below carries the details of the same ask
        for seg in segs[1:]:
            if seg.payer:
                break
            below = _first_type(seg.low_without_subject, rules)
            if below:
                if below == request_type:
                    ctx.pointers = [i for i in range(seg.index)]
                    ctx.current = seg.index
                break


def _own_subject_type(ctx: _Ctx) -> str:
    """A long body naming no request: the sender's own subject (not a reply's) may still carry it."""
    rules = ctx.rules
    subj = ctx.parsed.subject
    if subj and not _REPLY_PREFIX.match(subj) and not _FWD_PREFIX.match(subj):
        t = _first_type(normalise(subj, rules), rules)
        if t:
            ctx.current = 0
            return t
    return "other"


def _request_below(ctx: _Ctx) -> str:
    """The top message only points elsewhere: the first message below it that names a request."""
    rules, segs = ctx.rules, ctx.segs
    ctx.pointers.append(0)
    for seg in segs[1:]:
        if seg.payer:
            # a reply to our own message: what is below it was handled before
            if seg.index == 1 and segs[0].kind == "top" and seg.kind == "quoted":
                break
            continue
        t = _first_type(seg.low_without_subject, rules)
        if t:
            ctx.current = seg.index
            return t
        if seg.words > 40:
            break
        ctx.pointers.append(seg.index)
    return _type_from_subjects(ctx)


def _type_from_subjects(ctx: _Ctx) -> str:
    """Nothing in the bodies: a forwarded message's own subject, then the e-mail's subject."""
    rules, segs = ctx.rules, ctx.segs
    for seg in segs[1:]:
        if seg.payer or seg.index not in ctx.pointers or not seg.subject:
            continue
        t = _first_type(normalise(_PREFIX.sub("", seg.subject), rules), rules)
        if t:
            ctx.current = seg.index
            ctx.pointers = [i for i in ctx.pointers if i < seg.index]
            return t
    if _REPLY_PREFIX.match(ctx.parsed.subject) and segs[0].words > 0:
        return "other"  # a reply's subject was written by whoever we reply to
    subj = normalise(_PREFIX.sub("", ctx.parsed.subject), rules)
    t = _first_type(subj, rules)
    if t:
        below = next((s for s in segs[1:] if not s.payer and s.words > 0), None)
        if below is not None and _is_pointer(segs[0], rules):
            # "see below" over the message the subject names: that message is the current request, so its
            # urgency words and dates count (the rubric's "points elsewhere")
            ctx.current = below.index
            ctx.pointers = list(range(below.index))
        else:
            ctx.current = 0
            ctx.pointers = []
        return t
    return "other"
