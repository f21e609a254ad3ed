"""Composition: services, bot state and the activity handler, shared by the server, the CLI and tests."""

from __future__ import annotations

import logging

from botbuilder.core import ConversationState, UserState
from sqlalchemy import text

from bot.alerts.subscriptions import SubscriptionService
from bot.cases.calls import CallService
from bot.cases.demo import load_demo
from bot.cases.p2p import P2PService
from bot.cases.service import CaseService
from bot.config import Settings
from bot.features import build_registries, knowledge
from bot.features.alert_delivery import CardAlertService
from bot.handler import PscBot
from bot.knowledge.ingest import ensure_loaded, resolve_kb_dir
from bot.knowledge.service import KnowledgeService
from bot.proactive import ConversationAdapter, ProactiveSender
from bot.review.criteria import catalog_for
from bot.review.service import ReviewService
from bot.services import Services
from bot.sql_storage import SqlStorage
from bot.storage.app_settings import AppSettings
from bot.storage.conversations import ConversationStore
from bot.storage.db import Database
from bot.storage.migrate import STARTUP_LOCK
from bot.transport.client import ConnectorTransport

log = logging.getLogger(__name__)


def build_services(
    settings: Settings,
    db: Database,
    adapter: ConversationAdapter | None = None,
    *,
    transport: ConnectorTransport | None = None,
) -> Services:
    """Every service a turn, a job or the CLI uses; the proactive sender only with an adapter or a transport."""
    conversations = ConversationStore(db)
    cases = CaseService(db, settings.tz)
    state_storage = SqlStorage(db)
    proactive = None
    if adapter is not None or transport is not None:
        proactive = ProactiveSender(conversations, settings.app_id, transport=transport, adapter=adapter)
    services = Services(
        settings=settings,
        db=db,
        conversations=conversations,
        app_settings=AppSettings(db),
        knowledge=KnowledgeService(db, settings, write_behind=True),
        cases=cases,
        subscriptions=SubscriptionService(db),
        alerts=CardAlertService(db, settings.tz),
        calls=CallService(db, settings.tz, cases=cases, p2p_window_hours=settings.p2p_window_hours),
        p2p=P2PService(db, settings.tz, cases=cases),
        reviews=ReviewService(db, cases, catalog_for(settings.criteria_dir), settings.tz),
        conversation_state=ConversationState(state_storage),
        user_state=UserState(state_storage),
        proactive=proactive,
    )
    services.dialog_hooks = knowledge.build_dialogs(services)
    return services


def build_bot(services: Services) -> PscBot:
    commands, verbs = build_registries()
    return PscBot(
        services,
        commands,
        verbs,
        states=[services.conversation_state, services.user_state],
        free_text=knowledge.free_text,
        dialogs=services.dialog_hooks,
    )


async def prepare(services: Services) -> None:
    """Start-up work that needs the database: load the bundled knowledge base into an empty one, and the
    demo cases in development. Instances starting together on PostgreSQL take turns (advisory lock), so
    the second one finds the work done instead of racing the first."""
    if not services.db.is_postgres:
        await _prepare(services)
        return
    async with services.db.engine.connect() as conn:
        await conn.execute(text("SELECT pg_advisory_lock(:id)"), {"id": STARTUP_LOCK})
        try:
            await _prepare(services)
        finally:
            await conn.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": STARTUP_LOCK})
            await conn.commit()


async def _prepare(services: Services) -> None:
    settings = services.settings
    await ensure_loaded(services.db, resolve_kb_dir(settings.kb_dir))
    services.knowledge.invalidate()
    await services.knowledge.search_sections("inpatient rehabilitation")  # build the ranking caches now
    if settings.demo_data and not settings.is_production:
        created = await load_demo(services.db, settings.tz)
        if created:
            log.info("loaded %d synthetic demo cases (PSCBOT_DEMO_DATA=false turns this off)", created)
