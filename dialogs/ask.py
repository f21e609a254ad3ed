"""`/ask` with no question: prompt for it, then answer (a genuine two-turn text flow)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.dialogs import (
    ComponentDialog,
    DialogTurnResult,
    TextPrompt,
    WaterfallDialog,
    WaterfallStepContext,
)
from botbuilder.dialogs.prompts import PromptOptions

ASK_DIALOG = "ask"
Answerer = Callable[[TurnContext, str], Awaitable[None]]


class AskDialog(ComponentDialog):
    def __init__(self, answer: Answerer) -> None:
        super().__init__(ASK_DIALOG)
        self._answer = answer
        self.add_dialog(TextPrompt("question"))
        self.add_dialog(WaterfallDialog("steps", [self._prompt, self._reply]))
        self.initial_dialog_id = "steps"

    async def _prompt(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await step.prompt(
            "question",
            PromptOptions(
                prompt=MessageFactory.text(
                    "What's your question? (IRF, LTAC or SNF coverage, notices, appeals, timeframes…)"
                )
            ),
        )

    async def _reply(self, step: WaterfallStepContext) -> DialogTurnResult:
        await self._answer(step.context, str(step.result or ""))
        return await step.end_dialog()
