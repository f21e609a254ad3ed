"""/review, /find, `/queue md` and the review and Medical Director card actions.

The edge only parses, picks where cards go and notifies; every rule (who may decide, what a denial needs,
which step the review allows) is checked in bot.review. MD cards go to the conversation set with `/md here`
or to a named MD's personal chat; the PSC who sent the review hears the outcome proactively.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.cases import calls as C
from bot.cases.errors import CaseError, CaseNotFound
from bot.cases.workflow import IllegalTransition
from bot.commands import CommandRegistry
from bot.context import ActionContext, CommandContext, TurnBase
from bot.features.cases import split_case_ref
from bot.review.draft import ReviewInputError
from bot.review.find import find_open_cases
from bot.review.service import ReviewChanges, ReviewError, ReviewService, Who
from bot.roles import roles_of
from bot.routing import ActionResult, PayloadError, VerbRouter, require_str
from bot.storage.app_settings import MD_CONVERSATION
from bot.storage.base import utcnow
from cards import review as R
from cards.calls import call_form_card
from cards.core import error_card
from cards.review_outcome import VERB_OPEN_REVIEW, find_card

log = logging.getLogger(__name__)

MD_CHANNEL = "md_channel"
EXTEND_WORDS = {"extend", "extension", "more", "more days", "continued", "continued stay", "cs"}


def review_service(services) -> ReviewService:
    return services.reviews


def who_of(ctx: TurnBase) -> Who:
    return Who(ctx.caller.id, ctx.caller.name, tuple(roles_of(ctx.services.settings, ctx.caller.ids)), ctx.where.key)


async def md_targets(services) -> list[tuple[str, str]]:
    """Where "Send to MD" can go: the MD conversation (`/md here`), then each MD's personal chat we know."""
    out = [(MD_CHANNEL, "Medical Director channel")] if await services.app_settings.get(MD_CONVERSATION) else []
    mds = set(services.settings.medical_directors)
    for conv in await services.conversations.list():
        user = (conv.reference or {}).get("user") or {}
        if conv.scope == "personal" and mds & {user.get("id"), user.get("aadObjectId"), conv.user_aad_id}:
            out.append((f"conv:{conv.key}", f"{user.get('name') or 'Medical Director'} (personal chat)"))
    return out


async def review_card_for(ctx: TurnBase, review, notice: str | None = None, errors=None) -> dict:
    svc = review_service(ctx.services)
    case = await ctx.services.cases.get(review.case_id)
    return R.review_card(
        case,
        review,
        svc.checklist(review),
        utcnow(),
        ctx.services.settings.tz,
        md_targets=await md_targets(ctx.services),
        notice=notice,
        errors=errors,
        drafted=svc.drafted(review),
    )


async def md_card_for(ctx: TurnBase, review, error: str | None = None) -> dict:
    svc = review_service(ctx.services)
    case = await ctx.services.cases.get(review.case_id)
    return R.md_card(case, review, svc.checklist(review), utcnow(), ctx.services.settings.tz, error=error)


def int_field(data: dict, key: str) -> int | None:
    raw = data.get(key)
    if raw in (None, ""):
        return None
    try:
        return int(float(str(raw)))
    except ValueError:
        raise PayloadError(f"{key.replace('_', ' ').capitalize()} must be a number.", {key: "a number"}) from None


def changes_from(data: dict[str, Any]) -> ReviewChanges:
    findings: dict[str, dict[str, str]] = {}
    for key, value in data.items():
        for prefix, field in (("f_", "finding"), ("n_", "note"), ("p_", "page")):
            if key.startswith(prefix) and isinstance(value, str | int):
                findings.setdefault(R.item_id_of(key[2:]), {})[field] = str(value)
    text = {
        k: (str(data[k]) if data.get(k) is not None else None)
        for k in (R.F_DOCS_IN, R.F_DOCS_MISSING, R.F_SUMMARY, R.F_RECOMMENDATION_TEXT)
    }
    return ReviewChanges(
        findings=findings,
        documents_received=text[R.F_DOCS_IN],
        documents_missing=text[R.F_DOCS_MISSING],
        summary=text[R.F_SUMMARY],
        recommendation=str(data.get(R.F_RECOMMENDATION) or "") or None,
        recommendation_text=text[R.F_RECOMMENDATION_TEXT],
        requested_days=int_field(data, R.F_REQUESTED),
    )


async def checked_review(ctx: ActionContext):
    case_id = require_str(ctx.data, "case_id", label="case", max_len=20)
    review_id = int_field(ctx.data, "review_id")
    review = await review_service(ctx.services).get(review_id) if review_id else None
    if review is None or review.case_id != case_id:
        raise PayloadError("This card does not match a review on record; nothing was changed.")
    return review


async def open_call_form(ctx: TurnBase, case_id: str, call_type: str, values: dict | None = None) -> dict:
    case = await ctx.services.cases.get(case_id)
    if case is None:
        return error_card(f"No case {case_id} on record.", title="Case not found")
    card_id = await ctx.services.calls.issue_card(C.CARD_KIND_FORM, case_id, ctx.caller.tenant_id, ctx.caller.id)
    return call_form_card(case, call_type, card_id, utcnow(), ctx.services.settings.tz, values=values)


def register(commands: CommandRegistry, verbs: VerbRouter) -> None:
    @commands.command(
        "review",
        usage="/review <case id> [extend]",
        help="Criteria review: findings, summary, recommendation, send to the MD",
        order=25,
    )
    async def review_cmd(ctx: CommandContext) -> None:
        case_id, rest = split_case_ref(ctx.args, utcnow().astimezone(ctx.services.settings.tz).year)
        extend = rest.strip().lower() in EXTEND_WORDS
        if case_id is None or (rest.strip() and not extend):
            await ctx.reply_card(
                error_card(
                    "Usage: /review <case id> [extend], e.g. /review 2026004512, or "
                    "/review 2026004512 extend for a more-days request.",
                    title="Review",
                )
            )
            return
        try:
            review = await review_service(ctx.services).open(case_id, who_of(ctx), extend=extend)
        except (CaseNotFound, ReviewError, CaseError, IllegalTransition) as exc:
            await ctx.reply_card(error_card(str(exc), title="Review"))
            return
        await ctx.reply_card(await review_card_for(ctx, review), summary="Review")

    @commands.command(
        "find",
        usage="/find <member id | last name + DOB | facility>",
        help="Authorization status for a caller: open cases by member, name or facility",
        order=26,
    )
    async def find_cmd(ctx: CommandContext) -> None:
        found = await find_open_cases(ctx.services.db, ctx.args)
        if found.error:
            await ctx.reply_card(error_card(found.error, title="Find"))
            return
        await ctx.reply_card(
            find_card(
                found.label, found.cases, utcnow(), ctx.services.settings.tz, personal=ctx.where.scope == "personal"
            ),
            summary="Authorization status",
        )

    @verbs.verb(R.VERB_SAVE, help="Save the review draft")
    async def save(ctx: ActionContext) -> ActionResult:
        review = await checked_review(ctx)
        try:
            review = await review_service(ctx.services).save(review.id, changes_from(ctx.data), who_of(ctx))
        except ReviewInputError as exc:
            return ActionResult(card=await review_card_for(ctx, review, notice=str(exc), errors=exc.errors))
        except ReviewError as exc:
            return ActionResult(card=await review_card_for(ctx, review, notice=str(exc)))
        return ActionResult(card=await review_card_for(ctx, review, notice=f"Draft saved (version {review.version})."))

    @verbs.verb(R.VERB_NEED_INFO, help="Need more information: pending info and the clinicals request form")
    async def need_info(ctx: ActionContext) -> ActionResult:
        review = await checked_review(ctx)
        svc, who = review_service(ctx.services), who_of(ctx)
        try:
            review = await svc.save(review.id, changes_from(ctx.data), who)
            review = await svc.need_info(review.id, who)
        except (ReviewInputError, ReviewError, CaseError, IllegalTransition) as exc:
            return ActionResult(card=await review_card_for(ctx, review, notice=str(exc)))
        values = {C.F_REQUESTED: review.documents_missing} if review.documents_missing else None
        await ctx.reply_card(
            await open_call_form(ctx, review.case_id, "clinicals_request", values), summary="Clinicals request"
        )
        return ActionResult(
            card=await review_card_for(
                ctx, review, notice="Case is Pending info; log the clinicals request on the form below."
            )
        )

    @verbs.verb(R.VERB_SEND, help="Send the review to the Medical Director")
    async def send(ctx: ActionContext) -> ActionResult:
        review = await checked_review(ctx)
        svc, who, services = review_service(ctx.services), who_of(ctx), ctx.services
        target = str(ctx.data.get(R.F_SEND_TO) or MD_CHANNEL)
        md_key = (
            await services.app_settings.get(MD_CONVERSATION)
            if target == MD_CHANNEL
            else target.removeprefix("conv:")
            if target.startswith("conv:")
            else None
        )
        if target.startswith("conv:") and target not in {v for v, _ in await md_targets(services)}:
            md_key = None
        if not md_key:
            return ActionResult(
                card=await review_card_for(
                    ctx,
                    review,
                    notice="No Medical Director conversation is "
                    "set up: an admin or team lead can type /md here in the "
                    "MD channel (or pick an MD's personal chat).",
                )
            )
        try:
            if review.status == "draft":
                review = await svc.save(review.id, changes_from(ctx.data), who)
            review = await svc.send_to_md(review.id, who, md_key)
        except (ReviewInputError, ReviewError, CaseError, IllegalTransition) as exc:
            return ActionResult(card=await review_card_for(ctx, await svc.get(review.id), notice=str(exc)))
        if not review.md_activity_id and services.proactive is not None:
            try:
                activity_id = await services.proactive.send_card(
                    md_key, await md_card_for(ctx, review), summary="Review for the Medical Director"
                )
                await svc.set_md_post(review.id, md_key, activity_id)
            except Exception:  # noqa: BLE001 - the review is with the MD in /queue md either way
                log.warning("could not post review %s to the MD conversation", review.id)
        return ActionResult(
            card=await review_card_for(
                ctx, review, notice="Sent to the Medical Director. You will get the decision here."
            )
        )

    @verbs.verb(VERB_OPEN_REVIEW, help="Open a review from the MD queue")
    async def open_review(ctx: ActionContext) -> ActionResult:
        review = await checked_review(ctx)
        doc = await (md_card_for(ctx, review) if review.status != "draft" else review_card_for(ctx, review))
        await ctx.reply_card(doc, summary="Review")
        return ActionResult(message=f"Opened the review of case {review.case_id}.")

    from bot.features import review_md  # imported here: review_md builds on this module's helpers

    review_md.register(verbs)
