"""Composition: services, bot state and the activity handler, shared by the server, the CLI and tests."""

from __future__ import annotations

from botbuilder.core import BotAdapter, ConversationState, UserState

from bot.config import Settings
from bot.features import build_registries
from bot.handler import PscBot
from bot.proactive import ProactiveSender
from bot.services import Services
from bot.sql_storage import SqlStorage
from bot.storage.conversations import ConversationStore
from bot.storage.db import Database


def build_services(settings: Settings, db: Database, adapter: BotAdapter | None = None) -> Services:
    conversations = ConversationStore(db)
    services = Services(settings=settings, db=db, conversations=conversations)
    if adapter is not None:
        services.proactive = ProactiveSender(adapter, conversations, settings.app_id)
    return services


def build_bot(services: Services) -> PscBot:
    commands, verbs = build_registries()
    storage = SqlStorage(services.db)
    conversation_state, user_state = ConversationState(storage), UserState(storage)
    services.extra.update(conversation_state=conversation_state, user_state=user_state)
    return PscBot(services, commands, verbs, states=[conversation_state, user_state])
