"""The one command registry: it drives dispatch, the /help card and the manifest's command lists."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.context import CommandContext

Handler = Callable[["CommandContext"], Awaitable[None]]
ALL_SCOPES = ("personal", "team", "groupChat")
MANIFEST_MAX_COMMANDS = 12  # per scope list in the Teams manifest schema (v1.24 and later)

_MENTION = re.compile(r"<at\b[^>]*>.*?</at>", re.IGNORECASE | re.DOTALL)
_WS = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
_HTML_TAG = re.compile(r"</?(?:p|div|span|br)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    help: str
    handler: Handler
    aliases: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ALL_SCOPES
    in_manifest: bool = True
    order: int = 100


@dataclass(frozen=True)
class ParsedInput:
    """What the user typed after the @mention was removed."""

    text: str
    command: Command | None = None
    args: str = ""
    unknown_command: str | None = None  # "/foo" that matches nothing

    @property
    def is_free_text(self) -> bool:
        return self.command is None and self.unknown_command is None


def clean_text(raw: str | None) -> str:
    """Remove <at> mentions, stray HTML wrappers and odd whitespace (Teams adds all three)."""
    text = _MENTION.sub(" ", raw or "")
    text = _HTML_TAG.sub(" ", text)
    text = text.replace("&nbsp;", " ")
    return _WS.sub(" ", text).strip()


@dataclass
class CommandRegistry:
    _commands: dict[str, Command] = field(default_factory=dict)
    _lookup: dict[str, Command] = field(default_factory=dict)

    def add(self, command: Command) -> Command:
        for word in (command.name, *command.aliases):
            word = word.lower()
            if word in self._lookup:
                raise ValueError(f"command word {word!r} registered twice")
            self._lookup[word] = command
        self._commands[command.name] = command
        return command

    def command(
        self,
        name: str,
        *,
        usage: str,
        help: str,
        aliases: Iterable[str] = (),
        scopes: Iterable[str] = ALL_SCOPES,
        in_manifest: bool = True,
        order: int = 100,
    ):
        """Decorator form of `add`."""

        def register(handler: Handler) -> Handler:
            self.add(
                Command(
                    name=name,
                    usage=usage,
                    help=help,
                    handler=handler,
                    aliases=tuple(aliases),
                    scopes=tuple(scopes),
                    in_manifest=in_manifest,
                    order=order,
                )
            )
            return handler

        return register

    def get(self, word: str) -> Command | None:
        return self._lookup.get(word.lower())

    def __iter__(self):
        return iter(sorted(self._commands.values(), key=lambda c: (c.order, c.name)))

    def parse(self, raw: str | None) -> ParsedInput:
        """`/case 123`, `case 123` and `<at>pscbot</at> /case 123` all reach the same command.

        A leading word without a slash is a command only if it is registered, so free-text
        questions that happen to start with "case" still work when they do not parse as one.
        """
        text = clean_text(raw)
        if not text:
            return ParsedInput(text="")
        head, _, rest = text.partition(" ")
        slashed = head.startswith("/")
        word = head.lstrip("/").lower()
        command = self.get(word) if word else None
        if command is not None and (slashed or _bare_word_is_command(command, rest)):
            return ParsedInput(text=text, command=command, args=rest.strip())
        if slashed:
            return ParsedInput(text=text, unknown_command=head)
        return ParsedInput(text=text)

    def for_scope(self, scope: str) -> list[Command]:
        return [c for c in self if scope in c.scopes]

    def manifest_command_lists(self) -> list[dict[str, Any]]:
        """The bot's `commandLists` for the Teams manifest: one list per scope set."""
        lists = []
        for scope in ALL_SCOPES:
            commands = [c for c in self.for_scope(scope) if c.in_manifest][:MANIFEST_MAX_COMMANDS]
            if commands:
                lists.append(
                    {
                        "scopes": [scope],
                        "commands": [{"title": c.name, "description": c.help[:128]} for c in commands],
                    }
                )
        return lists


def _bare_word_is_command(command: Command, rest: str) -> bool:
    # "help", "queue mine", "case 2026004512" are commands; "case manager called about ..." is a question.
    if not rest:
        return True
    if "<" not in command.usage:
        return len(rest.split()) <= 3
    return len(rest.split()) <= 4 and not rest.rstrip().endswith("?")
