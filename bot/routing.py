"""Card-action routing: one verb id shared by the card (Action.Execute / Action.Submit) and its handler."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.context import ActionContext

log = logging.getLogger(__name__)


class PayloadError(ValueError):
    """A card submission that failed server-side validation; `errors` maps field → message."""

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or {}


class Forbidden(PermissionError):
    """The caller lacks the role an action needs."""


@dataclass(frozen=True)
class ActionResult:
    """What an action answers: a replacement card (updated in place) and/or a short message."""

    card: dict | None = None
    message: str | None = None


ActionHandler = Callable[[ActionContext], Awaitable[ActionResult]]


@dataclass(frozen=True)
class Verb:
    name: str
    handler: ActionHandler
    help: str = ""


@dataclass
class VerbRouter:
    _verbs: dict[str, Verb] = field(default_factory=dict)

    def add(self, name: str, handler: ActionHandler, help: str = "") -> None:
        if name in self._verbs:
            raise ValueError(f"verb {name!r} registered twice")
        self._verbs[name] = Verb(name, handler, help)

    def verb(self, name: str, help: str = ""):
        def register(handler: ActionHandler) -> ActionHandler:
            self.add(name, handler, help)
            return handler

        return register

    def get(self, name: str) -> Verb | None:
        return self._verbs.get(name)

    def names(self) -> list[str]:
        return sorted(self._verbs)


def require_id(data: dict[str, Any], key: str, message: str) -> int:
    """An integer id from a card payload; PayloadError(message) when it is missing or not a number."""
    value = data.get(key)
    if value is None:
        raise PayloadError(message)
    try:
        return int(value)
    except (TypeError, ValueError):
        raise PayloadError(message) from None


def require_str(
    data: dict[str, Any], key: str, *, label: str | None = None, max_len: int = 500, required: bool = True
) -> str:
    """A string field from a card payload, trimmed and bounded; raises PayloadError when missing."""
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise PayloadError(f"{label or key} is required", {key: f"{label or key} is required"})
        return ""
    if not isinstance(value, str | int | float):
        raise PayloadError(f"{label or key} is not valid", {key: f"{label or key} is not valid"})
    text = str(value).strip()
    if len(text) > max_len:
        raise PayloadError(f"{label or key} is too long", {key: f"at most {max_len} characters"})
    return text
