"""/help, /whoami and the help button."""

from __future__ import annotations

from bot.commands import CommandRegistry
from bot.context import ActionContext, CommandContext
from bot.roles import roles_of
from bot.routing import ActionResult, VerbRouter
from cards.core import help_card, whoami_card


def help_rows(commands: CommandRegistry, scope: str) -> list[tuple[str, str]]:
    manifest_scope = "team" if scope == "channel" else scope
    return [(c.usage, c.help) for c in commands.for_scope(manifest_scope)]


def register(commands: CommandRegistry, verbs: VerbRouter) -> None:
    @commands.command("help", usage="/help", help="List what I can do", aliases=("?", "commands"), order=1)
    async def show_help(ctx: CommandContext) -> None:
        await ctx.reply_card(help_card(help_rows(commands, ctx.where.scope)), summary="Help")

    @commands.command("whoami", usage="/whoami", help="Show your name, role, tenant and this conversation", order=90)
    async def whoami(ctx: CommandContext) -> None:
        roles = roles_of(ctx.services.settings, ctx.caller.ids)
        await ctx.reply_card(
            whoami_card(
                ctx.caller.name,
                ctx.caller.id,
                ctx.caller.aad_object_id,
                roles,
                ctx.caller.tenant_id,
                ctx.where.scope,
                ctx.where.key,
            )
        )

    @verbs.verb("core.help", help="Show the help card")
    async def help_button(ctx: ActionContext) -> ActionResult:
        await ctx.reply_card(help_card(help_rows(commands, ctx.where.scope)), summary="Help")
        return ActionResult()
