"""The e2e harness's environment: paths, timeouts, selectors, ports, process groups and prerequisites."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.support.chromium import CHROMIUM

REPO_ROOT = Path(__file__).resolve().parents[2]
CLI_JS = REPO_ROOT / "node_modules" / "@microsoft" / "m365agentsplayground" / "cli.js"
DEFAULT_CONFIG = Path(__file__).resolve().parent / ".m365agentsplayground.yml"

#: Default timeouts (seconds). Generous, but bounded: a hung Playground fails the test, it never hangs CI.
STARTUP_TIMEOUT = 60.0
REPLY_TIMEOUT = 20.0
ACTION_TIMEOUT = 10.0

LISTENING = re.compile(r"Listening on (\d+)")
CARD = ".ac-adaptiveCard"
EDITOR = "[data-lexical-editor=true]"


def free_port() -> int:
    """A TCP port that was free a moment ago (bind to port 0, read it, close)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def kill_process_group(proc: subprocess.Popen | None, timeout: float = 5.0) -> None:
    """SIGTERM the child's whole process group (it was started with ``start_new_session=True``), then
    SIGKILL if it does not exit within ``timeout``. Safe to call twice."""
    if proc is None:
        return
    try:
        pgid = os.getpgid(proc.pid)
    except ProcessLookupError:
        pgid = None
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, timeout)):
        if pgid is not None:
            try:
                os.killpg(pgid, sig)
            except ProcessLookupError:
                pass
        elif proc.poll() is None:
            proc.send_signal(sig)
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    # the group may still hold grandchildren after the leader exited
    if pgid is not None:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def load_config(path: Path | None = None) -> dict[str, Any]:
    """The Playground config (users, bot, team, chat ids) as a dict."""
    with open(path or DEFAULT_CONFIG, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def missing_prerequisites() -> list[str]:
    """What is missing to run e2e tests (empty list: all there)."""
    missing = []
    if shutil.which("node") is None:
        missing.append("node (apt-get install nodejs, or run scripts/install-test-deps.sh)")
    if not CLI_JS.exists():
        missing.append(f"{CLI_JS.relative_to(REPO_ROOT)} (run `npm ci` at the repo root)")
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (apt-get install -y chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package (pip install -e '.[test]')")
    return missing
