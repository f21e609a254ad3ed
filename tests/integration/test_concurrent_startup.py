"""Two `pscbot serve` processes started together on a FRESH PostgreSQL database both come up: migrations take
the start-up advisory lock, so the second waits and then finds the database current (5 rounds, both orders)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import uuid

import pytest

from tests.conftest import PG_ADMIN_URL, _pg_admin
from tests.e2e.playground import free_port
from tests.integration.test_two_instances import start_instance, wait_healthy
from tests.support.ci import in_ci

pytestmark = pytest.mark.postgres
ROUNDS = 5


def fresh_database() -> tuple[str, str]:
    name = f"pscbot_start_{uuid.uuid4().hex[:8]}"
    try:
        _pg_admin(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001
        if in_ci():
            pytest.fail(f"PostgreSQL unreachable in CI: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    return name, f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"


def stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.mark.parametrize("round_", range(ROUNDS))
async def test_two_instances_start_together_on_a_fresh_database(tmp_path, round_):
    name, url = fresh_database()
    env = {
        "DATABASE_URL": url,
        "PSCBOT_JOBS": "false",
        "PSCBOT_MAIL_SOURCE": "off",
        "PSCBOT_DEMO_DATA": "false",
        "PSCBOT_LOG_LEVEL": "INFO",
    }
    ports = [free_port(), free_port()]
    logs = [tmp_path / "first.log", tmp_path / "second.log"]
    if round_ % 2:  # either one may be first to the lock
        ports.reverse()
        logs.reverse()
    procs = [start_instance(port, env, log) for port, log in zip(ports, logs, strict=True)]
    try:
        await asyncio.gather(
            *(wait_healthy(port, proc, log, timeout=120) for port, proc, log in zip(ports, procs, logs, strict=True))
        )
        for log in logs:
            text = log.read_text()
            assert "Traceback" not in text and "UniqueViolation" not in text, text[-2000:]
    finally:
        stop(procs)
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
