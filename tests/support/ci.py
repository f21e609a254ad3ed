"""The one answer to "are we running in CI?" for every test and fixture (CI=true, 1 or yes)."""

from __future__ import annotations

import os

CI_TRUE = frozenset({"1", "true", "yes"})


def in_ci(environ: dict[str, str] | None = None) -> bool:
    value = (os.environ if environ is None else environ).get("CI", "")
    return value.strip().lower() in CI_TRUE


def missing(reason: str) -> None:
    """A test prerequisite is missing: fail in CI (a skip there would pass silently), skip elsewhere."""
    import pytest

    if in_ci():
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason)
