"""`/experts here`, `/md here`, `/teamlead here`: choosing the conversation that receives a kind of post."""

from __future__ import annotations

import logging

from bot.context import CommandContext
from bot.roles import ADMIN, TEAM_LEAD, roles_of
from cards.core import error_card, notice_card

log = logging.getLogger(__name__)

# App setting: the first user of a development install without configured admins (see may_configure).
FIRST_ADMIN = "first_admin"


async def may_configure(services, caller) -> bool:
    """Admins and team leads configure. With none configured: in development the first user to install
    or configure the bot is its admin; in production nobody is until PSCBOT_ADMINS names them."""
    settings = services.settings
    if settings.admins or settings.team_leads:
        roles = roles_of(settings, caller.ids)
        return ADMIN in roles or TEAM_LEAD in roles
    if settings.is_production:
        return False
    return await claim_first_admin(services, caller)


async def claim_first_admin(services, caller) -> bool:
    """Development without configured admins: the first user becomes admin; True if `caller` is that user."""
    if services.settings.admins or services.settings.team_leads or services.settings.is_production:
        return False
    first = await services.app_settings.get(FIRST_ADMIN)
    if first is None:
        await services.app_settings.set(FIRST_ADMIN, caller.id, updated_by=caller.id)
        log.info("first user is admin of this development install")
        return True
    return first in caller.ids


def not_allowed_text(settings, what: str) -> str:
    if settings.is_production and not (settings.admins or settings.team_leads):
        return (
            f"Only an admin or team lead can choose the {what}, and none is configured: set PSCBOT_ADMINS "
            "(or PSCBOT_TEAM_LEADS) to their Teams or Entra ids and restart the bot."
        )
    return f"Only an admin or team lead can choose the {what}."


async def place_here(ctx: CommandContext, key: str, what: str, done: str) -> bool:
    """Store this conversation under `key` (an app setting) when an admin or team lead says `/<cmd> here`;
    True when it was stored."""
    if ctx.args.lower() != "here":
        await ctx.reply_text(f"Type **/{ctx.command_name} here** in the {what}.")
        return False
    if not await may_configure(ctx.services, ctx.caller):
        await ctx.reply_card(error_card(not_allowed_text(ctx.services.settings, what), title="Not allowed"))
        return False
    await ctx.services.app_settings.set(key, ctx.where.key, updated_by=ctx.caller.id)
    log.info("%s set to %s", key, ctx.where.key)
    await ctx.reply_card(notice_card(f"{what[0].upper()}{what[1:]} set", done))
    return True
