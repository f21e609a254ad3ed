"""The Medical Director's side of a review: the MD card's decisions, the PSC's notification, `/queue md`
and the denial call form. Every rule is checked in bot.review.decide; a refusal becomes a "Not allowed" card.
"""

from __future__ import annotations

import logging

from bot.cases.deciders import DecisionNotAllowed
from bot.cases.errors import CaseError
from bot.cases.workflow import IllegalTransition
from bot.context import ActionContext, CommandContext, TurnBase
from bot.features.review import (
    checked_review,
    int_field,
    md_card_for,
    open_call_form,
    review_card_for,
    review_service,
    who_of,
)
from bot.review import decide as D
from bot.review.draft import ReviewInputError
from bot.review.notice import denial_notice
from bot.review.service import ReviewError
from bot.routing import ActionResult, Forbidden, VerbRouter, require_str
from bot.storage.base import utcnow
from cards import review as R
from cards.review_outcome import VERB_LOG_DENIAL, decision_card, md_queue_card

log = logging.getLogger(__name__)


async def _notify_psc(ctx: ActionContext, review, doc: dict | None = None, text: str | None = None) -> None:
    if not review.sent_from_key or ctx.services.proactive is None:
        return
    try:
        if doc is not None:
            await ctx.services.proactive.send_card(review.sent_from_key, doc, summary="MD decision")
        else:
            await ctx.services.proactive.send_text(review.sent_from_key, text or "")
    except Exception:  # noqa: BLE001 - the decision is saved and on the case; the PSC sees it there
        log.warning("could not notify the coordinator about review %s", review.id)


async def outcome_card(ctx: TurnBase, review) -> dict:
    services, tz = ctx.services, ctx.services.settings.tz
    case = await services.cases.get(review.case_id)
    notice = None
    if case is not None and review.decision in ("denied", "partially_approved"):
        requested = review.requested_days or 0
        notice = denial_notice(
            case_id=case.case_id,
            criteria_ids=review.decision_criteria or [],
            reasons_text=review.decision_reasons,
            decided_by=review.decided_by_name or "the MD",
            decided_at=review.decided_at,
            notice_date=review.notice_date,
            catalog=review_service(services).catalog,
            tz=tz,
            concurrent=review.kind == "continued_stay",
            denied_days=(requested - (review.approved_days or 0)) or None if requested else None,
        )
    return decision_card(case, review, utcnow(), tz, notice=notice)


async def _decide(ctx: ActionContext, decision: str) -> ActionResult:
    review = await checked_review(ctx)
    svc, who = review_service(ctx.services), who_of(ctx)
    criteria = [c for c in str(ctx.data.get(R.F_CRITERIA) or "").split(",") if c.strip()]
    try:
        key = R.F_PARTIAL_REASONS if decision == "partially_approved" else R.F_REASONS
        result = await D.decide(
            svc,
            review.id,
            decision,
            who,
            reasons=str(ctx.data.get(key) or ""),
            criteria=[c.strip() for c in criteria],
            days=int_field(ctx.data, R.F_DAYS),
        )
    except DecisionNotAllowed as exc:
        raise Forbidden(str(exc)) from None
    except (ReviewError, ReviewInputError, CaseError, IllegalTransition) as exc:
        return ActionResult(card=await md_card_for(ctx, await svc.get(review.id), error=str(exc)))
    if result.changed:
        await _notify_psc(ctx, result.review, doc=await outcome_card(ctx, result.review))
    return ActionResult(card=await md_card_for(ctx, result.review))


async def decide_by_status(ctx: TurnBase, case_id: str, decision: str, note: str | None) -> bool:
    """A decision typed with /status (or picked on the case card) while a review waits for the MD: record it
    on the review too, so the review leaves /queue md, the notice is drafted and the PSC hears of it.
    Returns False when no review is waiting (the plain status change applies)."""
    svc = review_service(ctx.services)
    review = await svc.active(case_id)
    if review is None or review.status != "with_md":
        return False
    if decision == "partially_approved":
        raise ReviewError(
            "A partial approval needs the days approved: use Partially approve on the MD card "
            f"(/queue md, review {review.id})."
        )
    result = await D.decide(svc, review.id, decision, who_of(ctx), reasons=note or "")
    if result.changed:
        await _notify_psc(ctx, result.review, doc=await outcome_card(ctx, result.review))  # type: ignore[arg-type]
    return True


def register(verbs: VerbRouter) -> None:
    @verbs.verb(R.VERB_APPROVE, help="MD: approve")
    async def approve(ctx: ActionContext) -> ActionResult:
        return await _decide(ctx, "approved")

    @verbs.verb(R.VERB_PARTIAL, help="MD: partially approve (days)")
    async def partial(ctx: ActionContext) -> ActionResult:
        return await _decide(ctx, "partially_approved")

    @verbs.verb(R.VERB_DENY, help="MD: deny with reasons")
    async def deny(ctx: ActionContext) -> ActionResult:
        return await _decide(ctx, "denied")

    @verbs.verb(R.VERB_RETURN, help="MD: return the review for more information")
    async def return_(ctx: ActionContext) -> ActionResult:
        review = await checked_review(ctx)
        note = str(ctx.data.get(R.F_NOTE) or "")[:500]
        try:
            review = await D.return_for_info(review_service(ctx.services), review.id, who_of(ctx), note)
        except DecisionNotAllowed as exc:
            raise Forbidden(str(exc)) from None
        except (ReviewError, CaseError, IllegalTransition) as exc:
            return ActionResult(card=await md_card_for(ctx, review, error=str(exc)))
        await _notify_psc(
            ctx,
            review,
            doc=await review_card_for(
                ctx, review, notice=f"Returned by {ctx.caller.name} for more information: {note or 'see the review'}"
            ),
        )
        return ActionResult(card=await md_card_for(ctx, review))

    @verbs.verb(R.VERB_P2P, help="MD: ask for a peer-to-peer before deciding")
    async def p2p(ctx: ActionContext) -> ActionResult:
        review = await checked_review(ctx)
        try:
            review = await D.request_p2p(review_service(ctx.services), review.id, who_of(ctx))
        except DecisionNotAllowed as exc:
            raise Forbidden(str(exc)) from None
        except ReviewError as exc:
            return ActionResult(card=await md_card_for(ctx, review, error=str(exc)))
        await _notify_psc(
            ctx,
            review,
            text=f"{ctx.caller.name} asks for a peer-to-peer with the attending "
            f"physician before deciding case {review.case_id}: /log {review.case_id} p2p",
        )
        return ActionResult(card=await md_card_for(ctx, review, error="P2P requested; the PSC was told."))

    @verbs.verb(VERB_LOG_DENIAL, help="Open the denial call form for the case")
    async def log_denial(ctx: ActionContext) -> ActionResult:
        case_id = require_str(ctx.data, "case_id", label="case", max_len=20)
        await ctx.reply_card(await open_call_form(ctx, case_id, "denial_notification"), summary="Log call")
        return ActionResult(message=f"Denial call form opened for case {case_id}.")


async def md_queue(ctx: CommandContext) -> None:
    """`/queue md`: reviews waiting for a determination, by due time."""
    rows = await review_service(ctx.services).md_queue()
    await ctx.reply_card(md_queue_card(rows, utcnow(), ctx.services.settings.tz), summary="MD queue")
