"""`pscbot serve` as an operator meets it: every start-up failure is one line naming the setting and the fix,
exit 2 for configuration and 1 for a resource; a good start binds the port before it says "listening"."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pscbot_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PSCBOT_", "Microsoft")) and k != "DATABASE_URL"}
    env.update(PSCBOT_HOME=str(home), PSCBOT_JOBS="false", PSCBOT_DEMO_DATA="false", **extra)
    return env


def serve(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "serve", *args],
        cwd=home,
        env=pscbot_env(home, **env),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


PRODUCTION = {
    "PSCBOT_ENV": "production",
    "MicrosoftAppId": "00000000-0000-0000-0000-00000000a11d",
    "MicrosoftAppPassword": "synthetic-secret",
}

CONFIG_FAILURES = [
    pytest.param(["--port", "70000"], {}, "--port", id="bad --port"),
    pytest.param(["--port", "eighty"], {}, "--port", id="--port not a number"),
    pytest.param([], {"PSCBOT_PORT": "abc"}, "PSCBOT_PORT", id="PSCBOT_PORT=abc"),
    pytest.param([], {"PSCBOT_DIGEST_CRON": "bad"}, "PSCBOT_DIGEST_CRON", id="bad cron"),
    pytest.param([], {"PSCBOT_HTTP_TIMEOUT_S": "-1"}, "PSCBOT_HTTP_TIMEOUT_S", id="negative timeout"),
    pytest.param([], {"DATABASE_URL": "nonsense://"}, "DATABASE_URL", id="nonsense DATABASE_URL"),
    pytest.param([], PRODUCTION, "DATABASE_URL", id="production on SQLite"),
]


@pytest.mark.parametrize("args, env, key", CONFIG_FAILURES)
def test_configuration_failures_are_one_line_and_exit_2(tmp_path, args, env, key):
    done = serve(tmp_path, *args, **env)
    lines = done.stderr.splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"pscbot: configuration error: {key}:")
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_a_busy_port_is_one_line_and_exit_1(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = serve(tmp_path, "--port", str(port))
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [
        f"pscbot: PSCBOT_PORT: 127.0.0.1:{port} is already in use; stop the other process or choose another port "
        "(--port or PSCBOT_PORT)"
    ]


def test_an_unreachable_postgresql_is_one_line_and_exit_1(tmp_path):
    closed = free_port()  # nothing listens here
    done = serve(tmp_path, "--port", str(free_port()), DATABASE_URL=f"postgresql://postgres@127.0.0.1:{closed}/pscbot")
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"pscbot: DATABASE_URL: cannot reach the database at 127.0.0.1:{closed}/pscbot")
    assert "fix DATABASE_URL" in lines[0]


def test_production_may_use_sqlite_when_allowed(tmp_path):
    """PSCBOT_ALLOW_SQLITE gets past the check; the busy port then proves the settings were accepted."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        done = serve(tmp_path, "--port", str(taken.getsockname()[1]), PSCBOT_ALLOW_SQLITE="true", **PRODUCTION)
    assert done.returncode == 1 and "already in use" in done.stderr


def test_debug_shows_the_traceback(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        done = subprocess.run(
            [sys.executable, "-m", "bot", "--debug", "serve", "--port", str(taken.getsockname()[1])],
            cwd=tmp_path,
            env=pscbot_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 1 and "Traceback" in done.stderr


def test_listening_is_said_after_the_port_is_bound(tmp_path):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port)],
        cwd=tmp_path,
        env=pscbot_env(tmp_path, PSCBOT_LOG_FORMAT="json"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        seen = []
        deadline = time.monotonic() + 120
        for line in proc.stderr:
            seen.append(line)
            if "pscbot listening on" in line or time.monotonic() > deadline:
                break
        assert f'"msg": "pscbot listening on http://127.0.0.1:{port}/api/messages"' in seen[-1], seen
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
            assert response.status == 200
        messages = "".join(seen)
        assert f'"home: {tmp_path} (PSCBOT_HOME)"' in messages
        assert (tmp_path / "var" / "pscbot.db").is_file()  # the default database lives in the home folder
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == 0


def test_version():
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--version"], capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT
    )
    assert done.returncode == 0 and done.stdout.strip().startswith("pscbot 0.")
