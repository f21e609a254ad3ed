"""The Medical Director's determination on a review: approve, partially approve (days), deny (reasons
required), return for information, or ask for a peer-to-peer first.

Only the Medical Director role decides (OD-03), checked here for every path through
bot.cases.deciders. The deciding physician, time, reasons and criteria are kept on the review, on the case
timeline and in the audit log (OD-03, OD-15). A continued-stay denial of an approved stay is a concurrent
organization determination (CS-01): the case keeps its approved status for the days already authorized,
and gets the notice date that starts the filing clock (AP-02).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.audit.service import audit_add
from bot.cases import timeline, workflow
from bot.cases.deciders import DecisionNotAllowed, check_decider, is_decider
from bot.cases.models import Case
from bot.review.draft import ReviewInputError
from bot.review.models import Review
from bot.review.service import ReviewError, ReviewService, Who
from bot.storage.base import utcnow

log = logging.getLogger(__name__)

DECISIONS = {"approved": "Approved", "partially_approved": "Partially approved", "denied": "Denied"}
REASONS_MAX = 2000


@dataclass(frozen=True)
class Decided:
    review: Review
    case: Case | None
    changed: bool


def _reasons_text(svc: ReviewService, criteria: Sequence[str], reasons: str) -> str:
    labels = [item.label for c in criteria if (item := svc.catalog.item(c)) is not None]
    return "; ".join([*labels, *([reasons] if reasons else [])])


async def decide(
    svc: ReviewService,
    review_id: int,
    decision: str,
    who: Who,
    *,
    reasons: str = "",
    criteria: Sequence[str] = (),
    days: int | None = None,
    now: datetime | None = None,
) -> Decided:
    """Record the determination; a repeat of the same decision (double click) changes nothing."""
    now = now or utcnow()
    if decision not in DECISIONS:
        raise ReviewError(f"Unknown decision {decision!r}.")
    reasons = (reasons or "").strip()
    if len(reasons) > REASONS_MAX:
        raise ReviewInputError(f"Reasons: at most {REASONS_MAX} characters.", {"reasons": "too long"})
    if not is_decider(who.roles):
        log.warning("review decision refused: caller lacks the medical_director role (review %s)", review_id)
        raise DecisionNotAllowed()
    review = await svc.get(review_id)
    if review is None:
        raise ReviewError("That review no longer exists.")
    if review.status == "decided":
        if review.decision == decision:
            return Decided(review, await svc.cases.get(review.case_id), False)
        earlier = DECISIONS.get(review.decision or "", review.decision or "decided")
        raise ReviewError(f"Already decided: {earlier} by {review.decided_by_name}.")
    if review.status != "with_md":
        raise ReviewError("This review is not waiting for a determination (it was returned to the PSC).")
    known = {c.id for c in svc.checklist(review)}
    criteria = [c for c in dict.fromkeys(criteria) if c]
    if any(c not in known for c in criteria):
        raise ReviewInputError("Pick criteria from this review.", {"criteria": "not a criterion of this review"})
    if decision == "partially_approved":
        if days is None or not 0 < days <= 365:
            raise ReviewInputError("Partial approval: enter the days approved (1 to 365).", {"days": "1 to 365"})
        if review.requested_days and days >= review.requested_days:
            raise ReviewInputError(
                f"Partial approval is fewer than the {review.requested_days} days requested.",
                {"days": "fewer than requested"},
            )
    summary = _reasons_text(svc, criteria, reasons)
    check_decider(decision, who.roles, summary)  # a denial without reasons stops here (OD-15)
    granted = (
        days
        if decision == "partially_approved"
        else ((days or review.requested_days) if decision == "approved" else None)
    )
    case = await svc.cases.get(review.case_id)
    if review.kind == "initial" and case is not None and not case.is_open and case.status != decision:
        # The same decision already on the case is a racing second click: the review lock below settles it.
        raise ReviewError(f"The case is already {workflow.label(case.status)} (changed outside this card).")
    if case is not None and case.is_open:
        try:
            await svc.cases.change_status(
                case.case_id, decision, who.id, who.name, summary or DECISIONS[decision], now=now, roles=who.roles
            )
        except workflow.IllegalTransition:
            # A second click racing the first: the case already carries this decision; the review lock
            # below lets exactly one of them record it.
            current = await svc.cases.get(case.case_id)
            if current is None or current.status != decision:
                raise
    async with svc.db.session() as s:
        review = await svc._locked(s, review_id)
        if review.status != "with_md":
            return Decided(review, await s.get(Case, review.case_id), False)
        case = await s.get(Case, review.case_id, populate_existing=True)
        today = now.astimezone(svc.tz).date()
        review.status, review.decision = "decided", decision
        review.decided_by_id, review.decided_by_name, review.decided_at = who.id, who.name, now
        review.decision_reasons, review.decision_criteria = reasons or None, criteria
        review.approved_days = granted
        if decision in ("denied", "partially_approved"):
            review.notice_date = today
        if case is not None:
            _apply_days(case, review, granted, today)
            if decision != "approved" and (case.denial_notice_date is None or review.kind == "continued_stay"):
                case.denial_notice_date = today  # the filing clock counts from this notice (AP-02)
            case.updated_at = now
            timeline.add_event(
                s,
                case.case_id,
                "decision",
                at=now,
                actor_id=who.id,
                actor_name=who.name,
                detail=f"{DECISIONS[decision]} by {who.name or who.id}" + (f" ({granted} days)" if granted else ""),
                data={
                    "review_id": review.id,
                    "decision": decision,
                    "criteria": criteria,
                    "days": granted,
                    "kind": review.kind,
                },
            )
        audit_add(
            s,
            action="review.decided",
            entity="review",
            entity_id=review.id,
            case_id=review.case_id,
            actor_id=who.id,
            actor_name=who.name,
            before={"status": "with_md"},
            after={
                "decision": decision,
                "physician": who.name,
                "physician_id": who.id,
                "decided_at": now,
                "reasons": reasons or None,
                "criteria": criteria,
                "days": granted,
                "kind": review.kind,
            },
            at=now,
        )
        svc._version(s, review, "decided", who, now, audit=False)
    log.info("review %s decided=%s case=%s", review_id, decision, review.case_id)
    return Decided(review, case, True)


def _apply_days(case: Case, review: Review, granted: int | None, today) -> None:
    """Authorized days and the next review date: a continued stay adds days after the last covered day."""
    if not granted:
        return
    if review.kind == "continued_stay" and case.last_covered_day is not None:
        start = case.last_covered_day + timedelta(days=1)
        case.authorized_days = (case.authorized_days or 0) + granted
    else:
        start = today
        case.authorized_days = granted if review.kind == "initial" else (case.authorized_days or 0) + granted
    case.last_covered_day = start + timedelta(days=granted - 1)
    review.next_review_date = case.last_covered_day


async def return_for_info(
    svc: ReviewService, review_id: int, who: Who, note: str = "", *, now: datetime | None = None
) -> Review:
    """The MD sends the review back to the PSC for more information (case → pending_info)."""
    now = now or utcnow()
    if not is_decider(who.roles):
        raise DecisionNotAllowed("Only a Medical Director can return a review from the MD queue.")
    review = await svc.get(review_id)
    if review is None or review.status != "with_md":
        raise ReviewError("This review is not waiting for a determination.")
    case = await svc.cases.get(review.case_id)
    if case is not None and workflow.can_transition(case.status, "pending_info"):
        await svc.cases.change_status(
            case.case_id,
            "pending_info",
            who.id,
            who.name,
            "Returned by the MD: " + (note.strip()[:500] or "more information needed"),
            now=now,
        )
    async with svc.db.session() as s:
        review = await svc._locked(s, review_id)
        review.status = "draft"
        review.decision_reasons = note.strip()[:REASONS_MAX] or None
        svc._version(s, review, "returned", who, now)
    return review


async def request_p2p(
    svc: ReviewService, review_id: int, who: Who, note: str = "", *, now: datetime | None = None
) -> Review:
    """The MD wants a peer-to-peer with the attending before deciding; the review stays with the MD."""
    now = now or utcnow()
    if not is_decider(who.roles):
        raise DecisionNotAllowed("Only a Medical Director can ask for a peer-to-peer from the MD card.")
    async with svc.db.session() as s:
        review = await svc._locked(s, review_id)
        if review.status != "with_md":
            raise ReviewError("This review is not waiting for a determination.")
        timeline.add_event(
            s,
            review.case_id,
            "review",
            at=now,
            actor_id=who.id,
            actor_name=who.name,
            detail="MD asks for a peer-to-peer before deciding",
            data={"review_id": review.id, "note": note.strip()[:500] or None},
        )
        svc._version(s, review, "p2p_requested", who, now)
    return review
