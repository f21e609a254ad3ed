"""The home folder: where `.env`, `var/` and the default database live, whatever folder a command runs from."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from bot.config import PROJECT_ROOT, Settings

HOME_ENV = "PSCBOT_HOME"


def resolve_home(environ: Mapping[str, str] | None = None) -> tuple[Path, str]:
    """The folder holding `.env`, `var/` and the default database, and why it was chosen.

    PSCBOT_HOME wins; a source checkout (what `make run` and the tests use) is its own home; an installed
    pscbot uses the per-user data folder, so every command finds the same state from any working folder.
    """
    env = os.environ if environ is None else environ
    raw = env.get(HOME_ENV, "").strip()
    if raw:
        return Path(raw).expanduser().resolve(), HOME_ENV
    if (PROJECT_ROOT / "pyproject.toml").is_file() and "site-packages" not in PROJECT_ROOT.parts:
        return PROJECT_ROOT, "source checkout"
    from platformdirs import user_data_dir

    return Path(user_data_dir("pscbot", appauthor=False)), "per-user data folder"


def load(environ: Mapping[str, str] | None = None) -> tuple[Settings, Path, str]:
    """Settings as every command sees them: the home's `.env` under the environment, paths under the home."""
    home, why = resolve_home(environ)
    settings = Settings.from_env(environ, dotenv=home / ".env")
    return settings.under_home(home), home, why
