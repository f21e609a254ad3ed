"""The alerts domain bound to Teams cards: the edge hands the dispatcher and the alert service cards.alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.alerts import dispatcher, service
from bot.alerts.rendering import AlertCards
from bot.alerts.sender import AlertSender
from bot.storage.db import Database
from cards.alerts import alert_card, digest_card, escalation_card

ALERT_CARDS = AlertCards(alert=alert_card, escalation=escalation_card, digest=digest_card)


class CardDispatcher(dispatcher.Dispatcher):
    """The alert dispatcher rendering Adaptive Cards."""

    def __init__(self, db: Database, sender: AlertSender, owner: str, **options: Any) -> None:
        super().__init__(db, sender, owner, cards=ALERT_CARDS, **options)


class CardAlertService(service.AlertService):
    """Acknowledge / Claim returning the refreshed Adaptive Card."""

    def __init__(self, db: Database, tz: ZoneInfo | str = "America/Chicago") -> None:
        super().__init__(db, tz, cards=ALERT_CARDS)


async def dispatch_once(
    db: Database, sender: AlertSender, owner: str, now: datetime | None = None, batch: int = 20, **options: Any
) -> dispatcher.DispatchStats:
    """One dispatcher pass with Adaptive Cards (see bot.alerts.dispatcher)."""
    return await CardDispatcher(db, sender, owner, **options).dispatch_once(now, batch)
