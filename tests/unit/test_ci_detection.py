"""One helper decides "running in CI" for every test: CI=true, 1 or yes (any case) turn skips into failures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import ci, node

TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("value", ["true", "1", "yes", "TRUE", "Yes", " true "])
def test_ci_values_that_mean_ci(value):
    assert ci.in_ci({"CI": value})


@pytest.mark.parametrize("value", ["", "false", "0", "no", "off"])
def test_ci_values_that_do_not(value):
    assert not ci.in_ci({"CI": value})
    assert not ci.in_ci({})


@pytest.mark.parametrize("value", ["true", "1", "yes"])
def test_missing_node_package_fails_in_ci_instead_of_skipping(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception):
        node.require_node_packages("pscbot-no-such-package")


def test_missing_prerequisite_skips_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        ci.missing("not installed here")


def test_no_test_reads_the_ci_variable_itself():
    pattern = re.compile(r"""(environ\.get|getenv|environ\[)\(?\s*["']CI["']""")
    readers = [
        str(p.relative_to(TESTS))
        for p in TESTS.rglob("*.py")
        if p.name != "ci.py" and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert readers == [], f"use tests.support.ci.in_ci(): {readers}"
