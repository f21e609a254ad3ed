"""The Teams activity handler: remembers conversations, then dispatches. No business logic here."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from botbuilder.core import BotState, InvokeResponse, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    ChannelAccount,
)
from botbuilder.schema.teams import TeamInfo, TeamsChannelAccount

from bot import metrics
from bot.commands import CommandRegistry
from bot.context import (
    ActionContext,
    CommandContext,
    Where,
    caller_of,
    card_activity,
    conversation_id_of,
    id_of,
    tenant_of,
)
from bot.features.core import help_rows
from bot.features.placement import claim_first_admin
from bot.routing import ActionResult, Forbidden, PayloadError, VerbRouter
from bot.services import Services
from bot.storage.conversations import SeenConversation, conversation_key
from cards.base import CARD_CONTENT_TYPE, VERB_KEY
from cards.core import error_card, fallback_card, help_card, welcome_card

log = logging.getLogger(__name__)

TURN_LABEL = "pscbot.turn_label"  # turn_state key: the command or verb a turn ran (a metrics label)

FreeTextHandler = Callable[[CommandContext], Awaitable[None]]


def base_conversation_id(activity: Activity) -> str:
    # Channel replies carry ";messageid=..." — proactive posts need the channel's own id.
    return conversation_id_of(activity).split(";messageid=")[0]


def scope_of(activity: Activity) -> str:
    kind = (activity.conversation.conversation_type if activity.conversation else None) or "personal"
    return kind if kind in {"personal", "groupChat", "channel"} else "personal"


class PscBot(TeamsActivityHandler):
    def __init__(
        self,
        services: Services,
        commands: CommandRegistry,
        verbs: VerbRouter,
        states: list[BotState] | None = None,
        free_text: FreeTextHandler | None = None,
        dialogs=None,
    ) -> None:
        super().__init__()
        self.dialogs = dialogs  # DialogHooks: continue_active(turn) -> bool, cancel_all(turn)
        self.services = services
        self.commands = commands
        self.verbs = verbs
        self.states = states or []
        self.free_text = free_text
        self._recent: OrderedDict[str, None] = OrderedDict()

    # -- turn entry ---------------------------------------------------------------------------

    async def on_turn(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        allowed = self.services.settings.allowed_tenants
        if allowed and tenant_of(activity) not in allowed:
            log.warning("activity from a tenant outside PSCBOT_ALLOWED_TENANTS ignored (type=%s)", activity.type)
            metrics.TURNS.labels(activity.type or "unknown", "ignored").inc()
            return
        if self._is_redelivery(activity):
            log.info("duplicate activity %s ignored", activity.id)
            metrics.TURNS.labels(activity.type or "unknown", "ignored").inc()
            return
        started = time.perf_counter()
        outcome = "error"
        try:
            await super().on_turn(turn_context)
            for state in self.states:
                await state.save_changes(turn_context)
            outcome = "ok"
        finally:
            # The label is what the turn turned out to be (a command, a card verb, a question), set on the way.
            label = turn_context.turn_state.get(TURN_LABEL) or activity.type or "unknown"
            metrics.TURNS.labels(label, outcome).inc()
            metrics.TURN_SECONDS.labels(label).observe(time.perf_counter() - started)

    def _is_redelivery(self, activity: Activity) -> bool:
        # Teams re-sends a message it thinks timed out; answering twice would double-post.
        if activity.type != ActivityTypes.message or not activity.id:
            return False
        key = f"{activity.conversation.id if activity.conversation else ''}|{activity.id}"
        if key in self._recent:
            return True
        self._recent[key] = None
        if len(self._recent) > 2048:
            self._recent.popitem(last=False)
        return False

    async def remember(self, turn_context: TurnContext) -> tuple[Where, bool]:
        """Persist the conversation reference; returns where we are and whether it is new to us."""
        activity = turn_context.activity
        conversation_id = base_conversation_id(activity)
        reference = TurnContext.get_conversation_reference(activity)
        if reference.conversation is not None:  # copied from the activity, which always names it
            reference.conversation.id = conversation_id
        # botbuilder annotates `activity_id: str = None`; None ("not a reply to anything") is the model's default.
        reference.activity_id = None  # pyright: ignore[reportAttributeAccessIssue]
        scope = scope_of(activity)
        team_id = id_of(activity.channel_data, "team")
        channel_id = id_of(activity.channel_data, "channel")
        seen = SeenConversation(
            conversation_id=conversation_id,
            reference=reference.serialize(),
            scope=scope,
            service_url=activity.service_url or "",
            tenant_id=tenant_of(activity),
            team_id=team_id,
            channel_id=channel_id,
            user_aad_id=getattr(activity.from_property, "aad_object_id", None) if scope == "personal" else None,
            title=activity.conversation.name if activity.conversation else None,
        )
        key, is_new = await self.services.conversations.remember(seen)
        return Where(conversation_id, key, scope, team_id, channel_id), is_new

    # -- messages -------------------------------------------------------------------------------

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        where, _ = await self.remember(turn_context)
        activity = turn_context.activity
        caller = caller_of(activity)
        value = activity.value
        if isinstance(value, dict) and VERB_KEY in value:
            await self._submit_fallback(turn_context, where, value)
            return
        parsed = self.commands.parse(activity.text)
        ctx = CommandContext(
            turn_context,
            self.services,
            caller,
            where,
            args=parsed.args,
            command_name=parsed.command.name if parsed.command else "",
        )
        # Only free text can answer a dialog's prompt; commands run without touching dialog state, and
        # a prompt left open simply takes the next free text (which it answers the same way).
        if (
            self.dialogs is not None
            and parsed.is_free_text
            and parsed.text
            and await self.dialogs.continue_active(turn_context)
        ):
            return
        if parsed.command is not None:
            log.info("command %s", parsed.command.name)
            turn_context.turn_state[TURN_LABEL] = parsed.command.name
            await parsed.command.handler(ctx)
        elif parsed.unknown_command is not None or not parsed.text:
            turn_context.turn_state[TURN_LABEL] = "help"
            hint = (
                f"I don't know the command {parsed.unknown_command[:40]}. Here is what I can do."
                if parsed.unknown_command
                else None
            )
            await ctx.reply_card(help_card(help_rows(self.commands, where.scope), hint=hint), summary="Help")
        elif self.free_text is not None:
            turn_context.turn_state[TURN_LABEL] = "question"
            ctx.args = parsed.text
            await self.free_text(ctx)
        else:
            await ctx.reply_card(fallback_card(help_rows(self.commands, where.scope)))

    # -- card actions -----------------------------------------------------------------------------

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        if turn_context.activity.name != "adaptiveCard/action":
            return await super().on_invoke_activity(turn_context)
        # Handled here rather than in on_adaptive_card_invoke: the SDK's msrest model cannot carry the
        # plain-string value of a message response, and its own payload checks answer with bare errors.
        where, _ = await self.remember(turn_context)
        value = turn_context.activity.value
        action = value.get("action") if isinstance(value, dict) else None
        action = action if isinstance(action, dict) else {}
        data = action.get("data")
        data = data if isinstance(data, dict) else {}
        verb = action.get("verb") or data.get(VERB_KEY) or ""
        result = await self._run_action(turn_context, where, str(verb), data)
        if result.card is not None:
            body = {"statusCode": 200, "type": CARD_CONTENT_TYPE, "value": result.card}
        else:
            body = {
                "statusCode": 200,
                "type": "application/vnd.microsoft.activity.message",
                "value": result.message or "Done.",
            }
        return InvokeResponse(status=200, body=body)

    async def _submit_fallback(self, turn_context: TurnContext, where: Where, value: dict) -> None:
        """Action.Submit (older clients) arrives as a message with `value`: same handlers, same results."""
        result = await self._run_action(turn_context, where, str(value.get(VERB_KEY, "")), value)
        reply_to = turn_context.activity.reply_to_id
        if result.card is not None:
            if reply_to:
                update = card_activity(result.card)
                update.id = reply_to
                try:
                    await turn_context.update_activity(update)
                    return
                except Exception:  # noqa: BLE001 - some clients cannot update; post a new card instead
                    log.info("in-place card update failed; posting a new card")
            await turn_context.send_activity(card_activity(result.card))
        elif result.message:
            await turn_context.send_activity(MessageFactory.text(result.message))

    async def _run_action(self, turn_context: TurnContext, where: Where, verb: str, data: dict) -> ActionResult:
        route = self.verbs.get(verb)
        turn_context.turn_state[TURN_LABEL] = f"card:{verb}" if route is not None else "card:unknown"
        if route is None:
            log.warning("unknown card verb rejected")
            return ActionResult(
                card=error_card(
                    "That button is not one I know (it may be from an older version of this card).",
                    title="Unknown action",
                )
            )
        ctx = ActionContext(
            turn_context,
            self.services,
            caller_of(turn_context.activity),
            where,
            verb=verb,
            data=data,
            card_activity_id=turn_context.activity.reply_to_id,
        )
        log.info("card action %s", verb)
        try:
            return await route.handler(ctx)
        except PayloadError as exc:
            return ActionResult(card=error_card(str(exc), title="Please check the form"))
        except Forbidden as exc:
            return ActionResult(card=error_card(str(exc), title="Not allowed"))

    # -- installs and membership ----------------------------------------------------------------------

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        _, is_new = await self.remember(turn_context)
        if is_new:
            # Whoever installs a development bot with no admins configured may route it (see may_configure).
            await claim_first_admin(self.services, caller_of(turn_context.activity))
            await self._welcome(turn_context)

    async def on_installation_update_remove(self, turn_context: TurnContext) -> None:
        await self.services.conversations.deactivate(base_conversation_id(turn_context.activity))

    async def on_teams_members_added(
        self, teams_members_added: list[TeamsChannelAccount], team_info: TeamInfo, turn_context: TurnContext
    ) -> None:
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if any(m.id == bot_id for m in teams_members_added):
            _, is_new = await self.remember(turn_context)
            if is_new:
                await self._welcome(turn_context)

    async def on_teams_members_removed(
        self, teams_members_removed: list[ChannelAccount], team_info: TeamInfo, turn_context: TurnContext
    ) -> None:
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if any(m.id == bot_id for m in teams_members_removed):
            await self.services.conversations.deactivate(base_conversation_id(turn_context.activity))

    async def _welcome(self, turn_context: TurnContext) -> None:
        scope = scope_of(turn_context.activity)
        card = welcome_card(self.services.settings.bot_name, help_rows(self.commands, scope))
        await turn_context.send_activity(card_activity(card))
        log.info("welcome sent to conversation %s", conversation_key(base_conversation_id(turn_context.activity)))
