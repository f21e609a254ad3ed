"""The lock file is what gets installed, and it covers every dependency pyproject.toml declares."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.config import PROJECT_ROOT

LOCK = PROJECT_ROOT / "requirements.lock"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def locked() -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes)."""
    out: dict[str, tuple[str, int]] = {}
    current = None
    for line in LOCK.read_text().splitlines():
        if match := PIN.match(line):
            current = canonicalize_name(match.group(1))
            out[current] = (match.group(2), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, hashes = out[current]
            out[current] = (version, hashes + 1)
    return out


def declared() -> list[Requirement]:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    return [Requirement(spec) for spec in specs]


def test_every_declared_dependency_is_locked_at_a_matching_version():
    pins = locked()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in requirements.lock: run scripts/lock.sh"
        version = pins[name][0]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements.lock pins {requirement.name}=={version}, pyproject.toml asks for {requirement}: "
            "run scripts/lock.sh"
        )


def test_every_locked_package_is_pinned_with_hashes():
    pins = locked()
    assert len(pins) > 20
    assert all(hashes for _, hashes in pins.values()), [n for n, (_, h) in pins.items() if not h]


def test_bootstrap_installs_from_the_lock_with_hashes():
    script = (PROJECT_ROOT / "scripts" / "bootstrap.sh").read_text()
    assert "pip install --quiet --require-hashes -r requirements.lock" in script
    assert "--no-deps -e ." in script
    assert "requirements.lock -nt" in script  # a changed lock re-installs
    assert "scripts/bootstrap.sh" in (PROJECT_ROOT / "scripts" / "run.sh").read_text()
    assert "scripts/bootstrap.sh" in (PROJECT_ROOT / "scripts" / "test.sh").read_text()
    lock_script = (PROJECT_ROOT / "scripts" / "lock.sh").read_text()
    assert "--generate-hashes" in lock_script and "--extra test" in lock_script
