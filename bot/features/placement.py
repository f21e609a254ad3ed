"""`/experts here`, `/md here`, `/teamlead here`: choosing the conversation that receives a kind of post."""

from __future__ import annotations

import logging

from bot.context import CommandContext
from bot.roles import ADMIN, TEAM_LEAD, roles_of
from cards.core import error_card, notice_card

log = logging.getLogger(__name__)


def can_configure(settings, caller) -> bool:
    """Admins and team leads configure; with no admins configured at all (a fresh install) anyone may."""
    if not settings.admins and not settings.team_leads:
        return True
    roles = roles_of(settings, caller.ids)
    return ADMIN in roles or TEAM_LEAD in roles


async def place_here(ctx: CommandContext, key: str, what: str, done: str) -> None:
    """Store this conversation under `key` (an app setting) when an admin or team lead says `/<cmd> here`."""
    if ctx.args.lower() != "here":
        await ctx.reply_text(f"Type **/{ctx.command_name} here** in the {what}.")
        return
    if not can_configure(ctx.services.settings, ctx.caller):
        await ctx.reply_card(error_card(f"Only an admin or team lead can choose the {what}.", title="Not allowed"))
        return
    await ctx.services.app_settings.set(key, ctx.where.key, updated_by=ctx.caller.id)
    log.info("%s set to %s", key, ctx.where.key)
    await ctx.reply_card(notice_card(f"{what[0].upper()}{what[1:]} set", done))
