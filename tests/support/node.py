"""Running the repository's Node helpers from tests (node_modules comes from `npm ci` at the repo root)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.ci import in_ci

REPO = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO / "node_modules"
SUPPORT = Path(__file__).resolve().parent


def require_node_packages(*packages: str) -> str:
    """Return the `node` executable, or skip the test (fail when CI=true) if Node or a package is missing."""
    node = shutil.which("node")
    missing = [p for p in packages if not (NODE_MODULES / p / "package.json").is_file()]
    problem = None
    if node is None:
        problem = "node is not on PATH"
    elif missing:
        problem = f"{', '.join(missing)} not in {NODE_MODULES} (run scripts/install-test-deps.sh or npm ci)"
    if problem:
        if in_ci():
            pytest.fail(problem, pytrace=False)
        pytest.skip(problem)
    return node
