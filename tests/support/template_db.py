"""Settings on a per-test copy of the conversation tests' template database (migrated, bundled KB loaded)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.config import Settings


def settings_on_copy(
    template_db: Path, tmp_path: Path, env: dict[str, str] | None = None, name: str = "chat.db"
) -> Settings:
    """Copy the template database to `tmp_path/name` and return settings on it (no demo data) plus `env`."""
    shutil.copy(template_db, tmp_path / name)
    return Settings.from_env(
        {"DATABASE_URL": f"sqlite:///{tmp_path}/{name}", "PSCBOT_DEMO_DATA": "false", **(env or {})}
    )
