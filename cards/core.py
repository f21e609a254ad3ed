"""Welcome, help, who-am-I and error cards."""

from __future__ import annotations

from collections.abc import Sequence

from cards.base import card, container, execute, facts, heading, text

WHAT_I_DO = [
    "Answer guideline questions (IRF, LTAC, SNF, appeals, notices) with the citation",
    "Post prioritized alerts from the shared mailbox, driven by the regulatory clocks",
    "Record liaison calls, peer-to-peer requests and appeal rights with an audit trail",
    "Show case status and your work queue",
]


def usage_shown(usage: str) -> str:
    """A usage line that can wrap in a narrow column: `[a|b|c]` is shown as `[a | b | c]`."""
    return " | ".join(part.strip() for part in usage.split("|"))


def _command_rows(commands: Sequence[tuple[str, str]]) -> list[dict]:
    """One command per row, its full syntax wrapped on its own line and the description below: a Teams
    personal chat column can be 320 px wide, where usage and description side by side squeeze each other."""
    return [
        container(
            [text(usage_shown(usage), weight="Bolder"), text(help_line, subtle=True, spacing="None")], spacing="Small"
        )
        for usage, help_line in commands
    ]


def welcome_card(bot_name: str, commands: Sequence[tuple[str, str]]) -> dict:
    """Sent once when the app is installed in a personal chat, group chat or team."""
    body = [
        heading(f"Hi, I'm {bot_name}"),
        # LTCH (the CMS term) named once; the bot says LTAC everywhere else, as the team and the case data do.
        text("I help Pre-Service Coordinators with IRF, LTCH (LTAC) and SNF reviews, right here in Teams."),
        container([text("• " + line, spacing="None") for line in WHAT_I_DO], spacing="Small"),
        text("Try one of these:", weight="Bolder", spacing="Medium"),
        *_command_rows(commands[:6]),
        text(
            "In a channel, @mention me first. Synthetic data only in demos; never paste PHI into a "
            "channel that is not approved for it.",
            subtle=True,
            size="Small",
            spacing="Medium",
        ),
    ]
    return card(body, [execute("Show all commands", "core.help")])


def help_card(commands: Sequence[tuple[str, str]], *, hint: str | None = None) -> dict:
    body = [heading("What I can do")]
    if hint:
        body.append(text(hint, color="Attention"))
    body.extend(_command_rows(commands))
    body.append(
        text(
            "Commands work with or without the slash. Anything else is treated as a guideline question.",
            subtle=True,
            size="Small",
            spacing="Medium",
        )
    )
    return card(body)


def whoami_card(
    name: str,
    user_id: str,
    aad_object_id: str | None,
    roles: Sequence[str],
    tenant_id: str | None,
    scope: str,
    conversation_key: str,
) -> dict:
    return card(
        [
            heading("Who you are to me"),
            facts(
                [
                    ("Name", name),
                    ("Role", ", ".join(roles) if roles else "coordinator"),
                    ("Teams user id", user_id),
                    ("Entra object id", aad_object_id),
                    ("Tenant", tenant_id),
                    ("Conversation", f"{scope} ({conversation_key})"),
                ]
            ),
        ]
    )


def fallback_card(commands: Sequence[tuple[str, str]]) -> dict:
    """Free text before the knowledge base answers it."""
    return card(
        [
            heading("I can help with…"),
            container([text("• " + line, spacing="None") for line in WHAT_I_DO]),
            *_command_rows(commands[:5]),
        ],
        [execute("Show all commands", "core.help")],
    )


def error_card(message: str, *, reference: str | None = None, title: str = "Something went wrong") -> dict:
    body = [heading(title, color="Attention"), text(message)]
    if reference:
        body.append(text(f"Reference: {reference}", subtle=True, size="Small"))
    return card(body)


def notice_card(title: str, message: str, *, color: str | None = None) -> dict:
    return card([heading(title, color=color), text(message)])
