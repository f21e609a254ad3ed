"""The Bot Framework edge: CloudAdapter with configuration-based authentication and the turn error handler."""

from __future__ import annotations

import logging
import uuid
from types import SimpleNamespace

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import ActivityTypes

from bot.config import Settings
from bot.context import card_activity
from bot.transport.outcomes import ConnectorError
from cards.core import error_card

log = logging.getLogger(__name__)


def sdk_configuration(settings: Settings) -> SimpleNamespace:
    """The attribute names botbuilder's configuration classes read."""
    return SimpleNamespace(
        APP_ID=settings.app_id or None,
        APP_PASSWORD=settings.app_password or None,
        APP_TYPE=settings.app_type,
        APP_TENANTID=settings.app_tenant_id or None,
    )


def create_adapter(settings: Settings, auth=None) -> CloudAdapter:
    """A CloudAdapter; `auth` lets the pooled transport replace the SDK's per-turn connector clients."""
    if auth is None:
        auth = ConfigurationBotFrameworkAuthentication(sdk_configuration(settings))
    adapter = CloudAdapter(auth)
    adapter.on_turn_error = on_turn_error
    return adapter


async def on_turn_error(turn_context: TurnContext, error: Exception) -> None:
    """Log without PHI (type and a reference id only) and tell the user, quoting the same reference."""
    reference = uuid.uuid4().hex[:8]
    activity = turn_context.activity
    log.error(
        "turn failed ref=%s activity_type=%s error=%s",
        reference,
        activity.type,
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__),
    )
    if activity.type not in (ActivityTypes.message, ActivityTypes.invoke) or isinstance(error, ConnectorError):
        return  # nothing to say, or the connector itself is what failed
    try:
        card = error_card(
            "I couldn't finish that. Please try again; if it keeps happening, give your admin this reference.",
            reference=reference,
        )
        await turn_context.send_activity(card_activity(card))
    except Exception:  # noqa: BLE001 - the connector itself may be what failed
        log.warning("could not tell the user about failure ref=%s", reference)
