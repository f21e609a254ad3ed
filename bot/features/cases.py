"""/case, /queue, /claim, /status and the case card's buttons."""

from __future__ import annotations

import logging

from bot.cases import workflow
from bot.cases.deciders import DecisionNotAllowed, is_decider
from bot.cases.errors import CaseError, CaseNotFound
from bot.cases.reads import FILTERS
from bot.cases.workflow import IllegalTransition
from bot.commands import CommandRegistry
from bot.context import ActionContext, CommandContext, TurnBase
from bot.review.draft import ReviewInputError
from bot.review.service import ReviewError
from bot.roles import roles_of
from bot.routing import ActionResult, PayloadError, VerbRouter, require_str
from bot.storage.base import utcnow
from cards.base import text
from cards.cases import (
    NOTE_INPUT,
    STATUS_INPUT,
    VERB_CLAIM,
    VERB_OPEN,
    VERB_STATUS,
    case_card,
    case_list_card,
    empty_queue_card,
    queue_card,
)
from cards.core import error_card

log = logging.getLogger(__name__)

QUEUE_USAGE = "/queue [mine|team|md] [urgent|today|overdue] [IRF|LTAC|SNF]"
LEVELS = {"IRF", "LTAC", "SNF"}


class QueueArgs:
    """`/queue` words in any order; anything unknown is a user error with the usage line."""

    def __init__(self, args: str) -> None:
        self.view, self.flt, self.loc = "team", None, None
        for word in args.split():
            low = word.lower()
            if low in {"mine", "team"}:
                self.view = low
            elif low in FILTERS:
                self.flt = low
            elif word.upper() in LEVELS or low in {"ltach", "ltch"}:
                self.loc = "LTAC" if low in {"ltach", "ltch"} else word.upper()
            else:
                raise PayloadError(f"I don't understand '{word[:30]}' here. Usage: {QUEUE_USAGE}")

    @property
    def title(self) -> str:
        parts = ["My queue" if self.view == "mine" else "Team queue"]
        parts += [p for p in (self.flt, self.loc) if p]
        return " · ".join(parts)


async def case_card_for(ctx: TurnBase, case_id: str, notice: str | None = None) -> dict:
    case, events = await ctx.services.cases.get_with_events(case_id)
    if case is None:
        return error_card(f"No case {case_id} on record.", title="Case not found")
    doc = case_card(case, events, utcnow(), ctx.services.settings.tz, viewer_id=ctx.caller.id)
    if notice:
        doc["body"].insert(0, text(notice, color="Attention"))
    return doc


def split_case_ref(args: str, year: int) -> tuple[str | None, str]:
    """A leading case reference (one to three words: "2026004512", "Ref: 2026004512", "Case # 4512") and the rest."""
    from bot.cases.ids import parse_case_ref

    words = args.split()
    for n in (3, 2, 1):
        if len(words) >= n and (case_id := parse_case_ref(" ".join(words[:n]), year)):
            return case_id, " ".join(words[n:])
    return None, args


def _case_id_arg(ctx: CommandContext) -> tuple[str | None, str]:
    return split_case_ref(ctx.args, utcnow().astimezone(ctx.services.settings.tz).year)


async def _change_status(ctx, case_id: str, new_status: str, note: str | None) -> None:
    """A decision on a case whose review waits for the MD goes through the review (audited there, the PSC
    notified); everything else is a plain status change. Both check the Medical Director role."""
    roles = roles_of(ctx.services.settings, ctx.caller.ids)
    if new_status in workflow.DECISION_STATUSES and is_decider(roles):
        from bot.features.review_md import decide_by_status  # the review feature builds on this one

        if await decide_by_status(ctx, case_id, new_status, note):
            return
    await ctx.services.cases.change_status(case_id, new_status, ctx.caller.id, ctx.caller.name, note, roles=roles)


def register(commands: CommandRegistry, verbs: VerbRouter) -> None:
    @commands.command(
        "case", usage="/case <case id | member id>", help="Show a case: status, deadline, history", order=20
    )
    async def show_case(ctx: CommandContext) -> None:
        if not ctx.args:
            await ctx.reply_card(
                error_card(
                    "Tell me which case, e.g. /case 2026004512, /case AUTH-2026-004512, "
                    "/case Case #4512 or a member id like M123456789.",
                    title="Which case?",
                )
            )
            return
        found = await ctx.services.cases.lookup(ctx.args)
        if found.kind == "invalid":
            await ctx.reply_card(
                error_card(
                    "That doesn't look like a case id (2026004512, AUTH-2026-004512, "
                    "Case #4512, Ref: 2026004512) or a member id (M + 9 digits).",
                    title="Case id not recognised",
                )
            )
        elif not found.cases:
            what = "case" if found.kind == "case" else "case for member"
            await ctx.reply_card(error_card(f"No {what} {found.query} on record.", title="Not found"))
        elif len(found.cases) == 1:
            await ctx.reply_card(await case_card_for(ctx, found.cases[0].case_id), summary="Case")
        else:
            await ctx.reply_card(case_list_card(found.query or "", found.cases, utcnow(), ctx.services.settings.tz))

    @commands.command("queue", usage=QUEUE_USAGE, help="Your or the team's open cases by deadline", order=21)
    async def queue(ctx: CommandContext) -> None:
        if ctx.args.lower().split()[:1] == ["md"]:  # the Medical Director's queue lives with the reviews
            from bot.features.review_md import md_queue

            await md_queue(ctx)
            return
        try:
            args = QueueArgs(ctx.args)
        except PayloadError as exc:
            await ctx.reply_card(error_card(str(exc), title="Queue"))
            return
        cases, total = await ctx.services.cases.queue(args.view, ctx.caller.id, args.flt, args.loc)
        if not cases:
            hint = "Nothing is assigned to you; try /queue team." if args.view == "mine" else None
            await ctx.reply_card(empty_queue_card(args.title, hint))
            return
        await ctx.reply_card(
            queue_card(cases, total, args.title, utcnow(), ctx.services.settings.tz), summary=args.title
        )

    @commands.command("claim", usage="/claim <case id>", help="Assign a case to yourself", order=22)
    async def claim(ctx: CommandContext) -> None:
        case_id, _ = _case_id_arg(ctx)
        if case_id is None:
            await ctx.reply_card(error_card("Usage: /claim <case id>, e.g. /claim 2026004512", title="Claim"))
            return
        try:
            await ctx.services.cases.claim(case_id, ctx.caller.id, ctx.caller.name)
        except CaseError as exc:
            await ctx.reply_card(error_card(str(exc), title="Claim"))
            return
        await ctx.reply_card(await case_card_for(ctx, case_id))

    @commands.command(
        "status", usage="/status <case id> <status> [note]", help="Move a case along the workflow", order=23
    )
    async def status(ctx: CommandContext) -> None:
        case_id, rest = _case_id_arg(ctx)
        if case_id is None or not rest.strip():
            await ctx.reply_card(
                error_card(
                    "Usage: /status <case id> <status> [note], e.g. "
                    "/status 2026004512 Pending info waiting for PT notes. Statuses: "
                    f"{workflow.status_list()}.",
                    title="Status",
                )
            )
            return
        parsed = workflow.parse_status(rest)
        if parsed.status is None:
            await ctx.reply_card(error_card(workflow.unknown_status_message(parsed.typed), title="Status not changed"))
            return
        new_status, note = parsed.status, parsed.note
        try:
            await _change_status(ctx, case_id, new_status, note)
        except (IllegalTransition, CaseError, DecisionNotAllowed, ReviewError, ReviewInputError) as exc:
            await ctx.reply_card(error_card(str(exc), title="Status not changed"))
            return
        await ctx.reply_card(await case_card_for(ctx, case_id))

    @verbs.verb(VERB_OPEN, help="Open a case card")
    async def open_case(ctx: ActionContext) -> ActionResult:
        case_id = require_str(ctx.data, "case_id", label="case", max_len=20)
        await ctx.reply_card(await case_card_for(ctx, case_id), summary="Case")
        return ActionResult(message=f"Opened case {case_id}.")

    @verbs.verb(VERB_CLAIM, help="Claim the case on this card")
    async def claim_button(ctx: ActionContext) -> ActionResult:
        case_id = require_str(ctx.data, "case_id", label="case", max_len=20)
        try:
            await ctx.services.cases.claim(case_id, ctx.caller.id, ctx.caller.name)
        except CaseNotFound:
            raise PayloadError(f"No case {case_id} on record.") from None
        except CaseError as exc:
            return ActionResult(card=await case_card_for(ctx, case_id, notice=str(exc)))
        return ActionResult(card=await case_card_for(ctx, case_id))

    @verbs.verb(VERB_STATUS, help="Change the status of the case on this card")
    async def status_button(ctx: ActionContext) -> ActionResult:
        case_id = require_str(ctx.data, "case_id", label="case", max_len=20)
        new_status = require_str(ctx.data, STATUS_INPUT, label="New status", max_len=40)
        note = require_str(ctx.data, NOTE_INPUT, label="Note", max_len=1000, required=False)
        try:
            await _change_status(ctx, case_id, new_status, note)
        except CaseNotFound:
            raise PayloadError(f"No case {case_id} on record.") from None
        except (IllegalTransition, CaseError, DecisionNotAllowed, ReviewError, ReviewInputError) as exc:
            return ActionResult(card=await case_card_for(ctx, case_id, notice=str(exc)))
        return ActionResult(card=await case_card_for(ctx, case_id))
