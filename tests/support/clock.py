"""A fixed clock for tests: "now" and "tomorrow" never depend on when the suite runs."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import pytest

# Mon 2026-11-30 09:00 America/Chicago: mid-morning on a weekday, far from a DST change or midnight.
FIXED_NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


def freeze_bot_clock(monkeypatch: pytest.MonkeyPatch, now: datetime = FIXED_NOW) -> datetime:
    """Every `utcnow()` the bot calls (bot.storage.base and each module that imported it) returns `now`."""
    import bot.features  # noqa: F401 - load the modules that hold a reference before patching them
    import bot.storage.base as base

    real = base.utcnow
    for name, module in list(sys.modules.items()):
        if (name == "bot" or name.startswith("bot.")) and getattr(module, "utcnow", None) is real:
            monkeypatch.setattr(module, "utcnow", lambda: now)
    return now
