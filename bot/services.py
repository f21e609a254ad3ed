"""The services a turn, a job or the CLI can use; built once by the app factory."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from bot.storage.conversations import ConversationStore
from bot.storage.db import Database

if TYPE_CHECKING:
    from bot.proactive import ProactiveSender


@dataclass
class Services:
    settings: Settings
    db: Database
    conversations: ConversationStore
    proactive: ProactiveSender | None = None
    # Domain services join here as features are composed (cases, knowledge, alerts, calls ...).
    extra: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        extra = self.__dict__.get("extra", {})
        if name in extra:
            return extra[name]
        raise AttributeError(name)
