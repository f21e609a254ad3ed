"""/subscribe, /unsubscribe, /subscriptions, /oncall and the alert card's Acknowledge / Claim buttons."""

from __future__ import annotations

import logging

from bot.alerts.service import AlertNotFound
from bot.alerts.subscriptions import LOC_ALIASES, SubscriptionError, User
from bot.cases.errors import CaseError
from bot.commands import CommandRegistry
from bot.context import ActionContext, CommandContext, card_activity
from bot.proactive import UnknownConversation
from bot.routing import ActionResult, PayloadError, VerbRouter, require_id
from bot.transport.outcomes import Outcome, RecipientGone
from cards.core import error_card, notice_card

log = logging.getLogger(__name__)

SUBSCRIBE_USAGE = "/subscribe [urgent|high|all] [IRF|LTAC|SNF]"
THRESHOLDS = {"urgent", "high", "all"}


class TeamsAlertSender:
    """The alerts dispatcher's sender: one POST per delivery row, typed outcomes back.

    The delivery row's idempotency key is deliberately not handed to the transport: the Bot
    Connector does not de-duplicate, so a transport-level re-POST would be an unrecorded duplicate.
    In-doubt sends come back as Failed(in_doubt=True) and the dispatcher's policy decides.
    """

    def __init__(self, proactive) -> None:
        self._proactive = proactive

    async def send_card(self, conversation_key: str, card: dict, *, idempotency_key: str) -> Outcome:
        try:
            return await self._proactive.deliver(conversation_key, card_activity(card, "pscbot alert"))
        except UnknownConversation:
            return RecipientGone(404, "ConversationNotStored")

    async def update_card(self, conversation_key: str, activity_id: str, card: dict) -> Outcome:
        try:
            return await self._proactive.update(conversation_key, activity_id, card_activity(card))
        except UnknownConversation:
            return RecipientGone(404, "ConversationNotStored")


def parse_subscribe(args: str) -> tuple[str, list[str] | None]:
    threshold, locs = "high", []
    for word in args.split():
        low = word.lower()
        if low in THRESHOLDS:
            threshold = low
        elif word.upper() in LOC_ALIASES:
            locs.append(word.upper())
        else:
            raise SubscriptionError(f"I don't understand '{word[:30]}'. Usage: {SUBSCRIBE_USAGE}")
    return threshold, locs or None


def describe(sub) -> str:
    what = {
        "urgent": "urgent alerts",
        "high": "urgent and high alerts",
        "all": "urgent and high alerts, plus a digest of the rest",
    }[sub.threshold]
    where = ", ".join(sub.levels_of_care) if sub.levels_of_care else "all levels of care"
    on_call = f"; on call: {sub.on_call_user_name}" if sub.on_call_user_name else ""
    return f"{what} for {where}{on_call}"


def _user(ctx) -> User:
    return User(ctx.caller.aad_object_id or ctx.caller.id, ctx.caller.name)


def register(commands: CommandRegistry, verbs: VerbRouter) -> None:
    @commands.command("subscribe", usage=SUBSCRIBE_USAGE, help="Post mailbox alerts in this conversation", order=40)
    async def subscribe(ctx: CommandContext) -> None:
        try:
            threshold, locs = parse_subscribe(ctx.args)
            sub = await ctx.services.subscriptions.subscribe(ctx.where.key, threshold, locs, _user(ctx))
        except SubscriptionError as exc:
            await ctx.reply_card(error_card(str(exc), title="Subscribe"))
            return
        await ctx.reply_card(notice_card("Subscribed", f"This conversation now gets {describe(sub)}."))

    @commands.command("unsubscribe", usage="/unsubscribe", help="Stop mailbox alerts here", order=41)
    async def unsubscribe(ctx: CommandContext) -> None:
        removed = await ctx.services.subscriptions.unsubscribe(ctx.where.key)
        await ctx.reply_card(
            notice_card(
                "Unsubscribed" if removed else "Not subscribed",
                "No more mailbox alerts here."
                if removed
                else f"This conversation had no alerts. {SUBSCRIBE_USAGE} starts them.",
            )
        )

    @commands.command("subscriptions", usage="/subscriptions", help="Show the alerts this conversation gets", order=42)
    async def subscriptions(ctx: CommandContext) -> None:
        subs = [s for s in await ctx.services.subscriptions.list_for(ctx.where.key) if s.active]
        if not subs:
            await ctx.reply_card(notice_card("No alerts here", f"Type {SUBSCRIBE_USAGE} to start them."))
            return
        await ctx.reply_card(notice_card("Alerts in this conversation", "\n".join(describe(s) for s in subs)))

    @commands.command(
        "oncall",
        usage="/oncall me|off",
        help="Be @mentioned on this channel's escalations",
        scopes=("team", "groupChat"),
        order=43,
    )
    async def oncall(ctx: CommandContext) -> None:
        arg = ctx.args.lower()
        if arg not in {"me", "off"}:
            await ctx.reply_card(
                error_card("Usage: /oncall me (you get @mentioned on escalations) or /oncall off.", title="On call")
            )
            return
        found = await ctx.services.subscriptions.set_on_call(ctx.where.key, _user(ctx) if arg == "me" else None)
        if not found:
            await ctx.reply_card(error_card(f"Subscribe this conversation first: {SUBSCRIBE_USAGE}", title="On call"))
            return
        await ctx.reply_card(
            notice_card(
                "On call", f"{ctx.caller.name} is on call here." if arg == "me" else "Nobody is on call here now."
            )
        )

    def alert_id_of(ctx: ActionContext) -> int:
        return require_id(ctx.data, "alert_id", "this card is missing its alert")

    @verbs.verb("alert.ack", help="Acknowledge an alert (updates the card for everyone)")
    async def acknowledge(ctx: ActionContext) -> ActionResult:
        try:
            result = await ctx.services.alerts.acknowledge(alert_id_of(ctx), _user(ctx))
        except AlertNotFound as exc:
            raise PayloadError(str(exc)) from None
        return ActionResult(card=result.card)

    @verbs.verb("alert.claim", help="Claim the alert's case (updates the card for everyone)")
    async def claim(ctx: ActionContext) -> ActionResult:
        try:
            result = await ctx.services.alerts.claim(alert_id_of(ctx), _user(ctx))
        except AlertNotFound as exc:
            raise PayloadError(str(exc)) from None
        except CaseError as exc:
            return ActionResult(card=error_card(str(exc), title="Not claimed"))
        return ActionResult(card=result.card)
