"""Bot features: each module registers its commands and card-action verbs on the shared registries."""

from __future__ import annotations

from bot.commands import CommandRegistry
from bot.routing import VerbRouter


def build_registries() -> tuple[CommandRegistry, VerbRouter]:
    """Every command and verb the bot knows, in one place (dispatch, /help and the manifest use it)."""
    from bot.features import alerts, calls, cases, core, knowledge, review

    commands, verbs = CommandRegistry(), VerbRouter()
    for feature in (core, knowledge, cases, calls, alerts, review):
        feature.register(commands, verbs)
    return commands, verbs
