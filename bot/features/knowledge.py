"""Guideline questions: free text and /ask, feedback, Ask an expert, /experts here."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING

from botbuilder.core import TurnContext
from botbuilder.dialogs import DialogSet, DialogTurnStatus

from bot import metrics
from bot.commands import CommandRegistry
from bot.context import ActionContext, CommandContext, caller_of, card_activity, conversation_id_of
from bot.features.placement import may_configure, place_here
from bot.knowledge import experts as experts_queue
from bot.routing import ActionResult, Forbidden, PayloadError, VerbRouter, require_id, require_str
from bot.storage.app_settings import EXPERTS_CONVERSATION
from bot.storage.base import utcnow
from cards.core import error_card
from cards.experts import expert_kept_card, pending_questions_card
from cards.knowledge import (
    QUESTION_LIMIT,
    answer_card,
    expert_answered_card,
    expert_question_card,
    expert_reply_card,
    expert_sent_card,
    may_help_card,
    refusal_card,
)
from dialogs.ask import ASK_DIALOG, AskDialog

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)


async def answer_question(services, turn: TurnContext, question: str) -> None:

    question = question.strip()[:QUESTION_LIMIT]
    if not question:
        await turn.send_activity("Ask me a question about IRF, LTAC or SNF coverage, notices, appeals or timeframes.")
        return
    caller = caller_of(turn.activity)
    started = time.perf_counter()
    answer = await services.knowledge.ask(question, user_id=caller.id)
    if not answer.answered and not answer.suggestions and not answer.related:
        # The refusal text promises related articles: show the nearest ones the search found.
        answer = replace(answer, related=await related_titles(services, question))
    metrics.record_kb_answer(answer.answered, answer.status, time.perf_counter() - started)
    if answer.answered:
        card, summary = answer_card(question, answer), "Answer"
    elif answer.suggestions:
        card, summary = may_help_card(question, answer), "These may help"
    else:
        card, summary = refusal_card(question, answer), "Not sure"
    await turn.send_activity(card_activity(card, summary))


async def related_titles(services, question: str, limit: int = 3) -> list[str]:
    _, candidates = await services.knowledge.search_sections(question, limit=limit * 3)
    titles: list[str] = []
    for c in candidates:
        if c.title and c.title not in titles:
            titles.append(c.title)
    return titles[:limit]


async def show_pending(ctx: CommandContext) -> None:
    """`/experts pending`: questions may carry PHI, so only those who route them see the list."""
    services = ctx.services
    if not await may_configure(services, ctx.caller):
        await ctx.reply_card(error_card("Only an admin or team lead can see the expert queue.", title="Not allowed"))
        return
    waiting = await experts_queue.pending(services.db, limit=10)
    total = await experts_queue.count_pending(services.db)
    routed = bool(await services.app_settings.get(EXPERTS_CONVERSATION))
    await ctx.reply_card(pending_questions_card(waiting, total, utcnow(), services.settings.tz, routed=routed))


async def post_pending(services, experts_key: str) -> int:
    """Post every kept question to the newly chosen experts conversation; the count posted."""
    posted = 0
    for q in await experts_queue.pending(services.db, limit=200):
        card = expert_question_card(
            q.id, q.question, q.asker_name or "a coordinator", q.created_at, services.settings.tz
        )
        try:
            await services.sender().send_card(experts_key, card, summary="Question for the experts")
        except Exception:  # noqa: BLE001 - it stays in the queue and goes out with the next /experts here
            log.warning("could not post kept expert question %d", q.id)
            continue
        posted += await experts_queue.mark_posted(services.db, q.id)
    if posted:
        log.info("posted %d kept expert questions", posted)
    return posted


def register(commands: CommandRegistry, verbs: VerbRouter) -> None:
    @commands.command("ask", usage="/ask <question>", help="Ask a guideline question (or just type it)", order=10)
    async def ask(ctx: CommandContext) -> None:
        if ctx.args:
            await answer_question(ctx.services, ctx.turn, ctx.args)
            return
        await ctx.services.dialog_hooks.begin(ctx.turn, ASK_DIALOG)

    @commands.command(
        "experts",
        usage="/experts here|pending",
        help="Send expert questions to this conversation, or list the ones waiting for it",
        scopes=("personal", "team", "groupChat"),
        order=80,
    )
    async def experts(ctx: CommandContext) -> None:
        if ctx.args.strip().lower() == "pending":
            await show_pending(ctx)
            return
        if ctx.where.scope == "personal":
            await ctx.reply_text(
                "Type **/experts here** in the channel or group chat where experts should "
                "answer questions; **/experts pending** lists the questions waiting for it."
            )
            return
        if await place_here(
            ctx,
            EXPERTS_CONVERSATION,
            "experts channel",
            "Questions the knowledge base can't answer will be posted here.",
        ):
            await post_pending(ctx.services, ctx.where.key)

    @verbs.verb("kb.feedback", help="Helpful / Not helpful on an answer")
    async def feedback(ctx: ActionContext) -> ActionResult:
        answer_id = require_str(ctx.data, "answer_id", label="answer", max_len=64)
        helpful = ctx.data.get("helpful")
        if not isinstance(helpful, bool):
            raise PayloadError("feedback must be helpful or not helpful")
        stored = await ctx.services.knowledge.record_feedback(answer_id, helpful, ctx.caller.id)
        if not stored:
            raise PayloadError("That answer is no longer on record, so the feedback could not be saved.")
        return ActionResult(message="Thanks, your feedback was recorded.")

    @verbs.verb("kb.ask_expert", help="Send a question to the experts conversation")
    async def ask_expert(ctx: ActionContext) -> ActionResult:
        question = require_str(ctx.data, "question", max_len=QUESTION_LIMIT)
        experts_key = await ctx.services.app_settings.get(EXPERTS_CONVERSATION)
        if not experts_key:
            # Nowhere to post yet: keep the question (nothing is lost) and say so.
            await experts_queue.keep(
                ctx.services.db,
                question,
                ctx.caller.id,
                ctx.caller.name,
                ctx.where.key,
                str(ctx.data.get("answer_id") or "") or None,
            )
            return ActionResult(card=expert_kept_card(question, await related_titles(ctx.services, question)))
        qid = await ctx.services.knowledge.create_expert_question(
            question, ctx.caller.id, ctx.caller.name, ctx.where.key, str(ctx.data.get("answer_id") or "") or None
        )
        card = expert_question_card(qid, question, ctx.caller.name, utcnow(), ctx.services.settings.tz)
        await ctx.services.sender().send_card(experts_key, card, summary="Question for the experts")
        return ActionResult(card=expert_sent_card(question))

    @verbs.verb("kb.expert_answer", help="An expert answers a question")
    async def expert_answer(ctx: ActionContext) -> ActionResult:
        services, tz = ctx.services, ctx.services.settings.tz
        qid = require_id(ctx.data, "question_id", "this card is missing its question")
        question = await services.knowledge.get_expert_question(qid)
        if question is None:
            raise PayloadError("That question no longer exists.")
        if ctx.where.key != await services.app_settings.get(EXPERTS_CONVERSATION):
            raise Forbidden("Expert answers are accepted only from the experts channel.")
        answer = str(ctx.data.get("answer") or "").strip()
        if not answer and question.status != "answered":
            form = expert_question_card(
                qid,
                question.question,
                question.asker_name or "a coordinator",
                question.created_at,
                tz,
                error="Write an answer before sending.",
            )
            return ActionResult(card=form)
        if len(answer) > 2000:
            raise PayloadError("The answer is too long (2,000 characters at most).")
        save = str(ctx.data.get("save_to_kb", "false")).lower() == "true"
        result = await services.knowledge.answer_expert_question(
            qid,
            answer or question.answer or "",
            ctx.caller.id,
            ctx.caller.name,
            save_to_kb=save,
            citation=str(ctx.data.get("citation") or "")[:200],
        )
        if result.changed and result.asker_conversation_key and result.answer:
            reply = expert_reply_card(
                result.question, result.answer, result.expert_name or "an expert", result.saved_to_kb
            )
            try:
                await services.sender().send_card(result.asker_conversation_key, reply, summary="Expert answer")
            except Exception:  # noqa: BLE001 - the answer is saved; the asker can still find it
                log.warning("could not deliver expert answer %d to the asker", qid)
        return ActionResult(
            card=expert_answered_card(
                result.question,
                result.answer or "",
                result.expert_name or "",
                result.answered_at or utcnow(),
                tz,
                result.saved_to_kb,
            )
        )


async def free_text(ctx: CommandContext) -> None:
    await answer_question(ctx.services, ctx.turn, ctx.args)


def build_dialogs(services: Services) -> DialogHooks:
    state_property = services.conversation_state.create_property("dialogs")
    dialogs = DialogSet(state_property)
    dialogs.add(AskDialog(lambda turn, question: answer_question(services, turn, question)))
    return DialogHooks(dialogs, state_property)


class DialogHooks:
    """What the handler needs from dialogs: start one, and resume one in progress.

    Every dialog here ends by answering free text exactly as a free-text turn would, so a turn only
    needs to read dialog state in conversations where this process started a dialog recently: that
    keeps the state read (and botbuilder's first-load write) off ordinary turns. A dialog left open
    elsewhere is harmless: the text gets the same answer either way.
    """

    def __init__(self, dialogs: DialogSet, state_property, remembered: int = 4096) -> None:
        self._dialogs = dialogs
        self._property = state_property
        self._open: OrderedDict[str, None] = OrderedDict()
        self._remembered = remembered

    async def begin(self, turn: TurnContext, dialog_id: str) -> None:
        key = conversation_id_of(turn.activity)
        self._open[key] = None
        self._open.move_to_end(key)
        if len(self._open) > self._remembered:
            self._open.popitem(last=False)
        dialog_context = await self._dialogs.create_context(turn)
        await dialog_context.begin_dialog(dialog_id)

    async def continue_active(self, turn: TurnContext) -> bool:
        key = conversation_id_of(turn.activity)
        if key not in self._open:
            return False
        state = await self._property.get(turn)  # no default: an absent state stays absent
        if not getattr(state, "dialog_stack", None):
            self._open.pop(key, None)
            return False
        dialog_context = await self._dialogs.create_context(turn)
        result = await dialog_context.continue_dialog()
        if dialog_context.active_dialog is None:
            self._open.pop(key, None)
        return result.status != DialogTurnStatus.Empty
