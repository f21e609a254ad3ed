"""The services a turn, a job or the CLI can use: one typed record, built only by `bot.wiring.build_services`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from botbuilder.core import ConversationState, UserState

    from bot.alerts.service import AlertService
    from bot.alerts.subscriptions import SubscriptionService
    from bot.cases.calls import CallService
    from bot.cases.p2p import P2PService
    from bot.cases.service import CaseService
    from bot.config import Settings
    from bot.features.knowledge import DialogHooks
    from bot.knowledge.service import KnowledgeService
    from bot.proactive import ProactiveSender
    from bot.review.service import ReviewService
    from bot.storage.app_settings import AppSettings
    from bot.storage.conversations import ConversationStore
    from bot.storage.db import Database


@dataclass
class Services:
    settings: Settings
    db: Database
    conversations: ConversationStore
    app_settings: AppSettings
    knowledge: KnowledgeService
    cases: CaseService
    subscriptions: SubscriptionService
    alerts: AlertService
    calls: CallService
    p2p: P2PService
    reviews: ReviewService
    # New domain services join here as typed fields, built in bot.wiring.build_services.
    conversation_state: ConversationState
    user_state: UserState
    # None when built without an adapter or a transport (start-up preparation, offline CLI commands).
    proactive: ProactiveSender | None = None
    # The dialogs answer through the services, so they are attached right after construction.
    dialog_hooks: DialogHooks = field(init=False)

    def sender(self) -> ProactiveSender:
        """The proactive sender, for code that only runs with one (a turn, the server's jobs, `pscbot notify`)."""
        if self.proactive is None:
            raise RuntimeError("these services were built without an adapter or a transport: nothing can be sent")
        return self.proactive
