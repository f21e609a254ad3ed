"""The suite does not depend on the machine's speed: no test asserts how long something took (figures live in
bench/), and "let it settle" sleeps are waits on a condition (tests/support/waiting.py)."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
TIMED_ASSERT = re.compile(r"^\s*assert\b.*(\b(monotonic|perf_counter|time)\(\)\s*-|\belapsed\b)")
FIXED_SLEEP = re.compile(r"\b(time|asyncio)\.sleep\(\s*(0\.\d*[1-9]|[1-9][\d.]*)\s*\)")
# Polling helpers: each sleeps between checks of a condition, never to wait something out.
POLLERS = {
    "support/waiting.py",
    "support/dovecot.py",
    "e2e/conftest.py",
    "e2e/playground.py",
    "integration/test_two_instances.py",
    "e2e/test_harness_selfcheck.py",
}


def _sources():
    for path in sorted(TESTS.rglob("*.py")):
        rel = path.relative_to(TESTS).as_posix()
        if rel != "unit/test_suite_hygiene.py":
            yield rel, path.read_text(encoding="utf-8").splitlines()


def test_no_test_asserts_a_duration():
    found = [f"{rel}:{n}" for rel, lines in _sources() for n, line in enumerate(lines, 1) if TIMED_ASSERT.search(line)]
    assert found == [], f"timing budgets belong in bench/: {found}"


def test_no_fixed_sleeps_outside_polling_helpers():
    found = [
        f"{rel}:{n}"
        for rel, lines in _sources()
        if rel not in POLLERS
        for n, line in enumerate(lines, 1)
        if FIXED_SLEEP.search(line)
    ]
    assert found == [], f"wait on a condition instead (tests/support/waiting.py): {found}"
