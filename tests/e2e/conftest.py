"""Fixtures for end-to-end tests that drive the Agents Playground (see ``tests/e2e/playground.py``).

Typical real-bot test module::

    import sys
    import pytest

    pytestmark = pytest.mark.e2e

    @pytest.fixture
    def bot_endpoint(bot_server, tmp_path):
        server = bot_server([sys.executable, "-m", "bot", "serve", "--port", "{port}"],
                            env={"PSCBOT_BOT_NAME": "PSC Bot", ...})   # name as in the Playground config
        return server.endpoint

    async def test_welcome(playground):
        await playground.wait_for_text("Welcome")
        await playground.screenshot("welcome")

Fixtures:

* ``e2e_prerequisites`` (autouse here, for tests marked ``e2e``): node, ``node_modules`` (Playground CLI),
  ``/usr/bin/chromium`` and Playwright must be present - else **fail** when ``CI`` is true, skip otherwise.
* ``e2e_output_dir``: ``test-output/e2e/<test name>/`` (emptied first); screenshots and logs land there.
* ``bot_server``: factory ``bot_server(cmd, env=None, health_path="/healthz", cwd=REPO_ROOT)`` that starts a
  bot process on a free port (``{port}`` in ``cmd``/``env`` values is replaced; ``PORT`` is also set), waits
  for ``GET http://127.0.0.1:<port>/healthz`` to answer 200 and returns a :class:`BotServer`
  (``.endpoint`` = ``http://127.0.0.1:<port>/api/messages``, ``.base_url``, ``.port``, ``.log_path``).
  Processes are killed (whole process group) at teardown.
* ``standin_bot``: the stand-in bot (``tests/e2e/standin_bot.py``) as a :class:`BotServer`.
* ``bot_endpoint``: override it in your module/conftest (see above); the default raises a clear error.
* ``playground``: a started :class:`Playground` against ``bot_endpoint``; ``playground_factory``: async
  factory ``await playground_factory(endpoint, **kwargs)`` for several/customised Playgrounds. On a failed
  test, a ``NN-FAILED-test.png`` screenshot, the page HTML and the log panel text are saved in the output dir.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.e2e.playground import REPO_ROOT, Playground, free_port, kill_process_group, missing_prerequisites
from tests.support.ci import in_ci

OUTPUT_ROOT = REPO_ROOT / "test-output" / "e2e"
STANDIN = Path(__file__).resolve().parent / "standin_bot.py"
HEALTH_TIMEOUT = 60.0


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Expose each phase's report as ``item.rep_<phase>`` (used for failure screenshots)."""
    outcome = yield
    rep = outcome.get_result()
    setattr(item, f"rep_{rep.when}", rep)


@pytest.fixture(autouse=True)
def e2e_prerequisites(request):
    if request.node.get_closest_marker("e2e") is None:
        return
    missing = missing_prerequisites()
    if missing:
        msg = "e2e prerequisites missing (run scripts/install-test-deps.sh): " + "; ".join(missing)
        if in_ci():
            pytest.fail(msg)
        pytest.skip(msg)


@pytest.fixture
def e2e_output_dir(request) -> Path:
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", request.node.name).strip("-")
    out = OUTPUT_ROOT / name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    return out


@dataclass
class BotServer:
    """A bot process started by the ``bot_server`` fixture."""

    port: int
    process: subprocess.Popen
    log_path: Path
    base_url: str = field(init=False)
    endpoint: str = field(init=False)

    def __post_init__(self) -> None:
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.endpoint = f"{self.base_url}/api/messages"

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def get_json(self, path: str):
        """GET ``base_url + path`` and decode JSON (handy for test-control endpoints)."""
        with urllib.request.urlopen(self.base_url + path, timeout=10) as resp:
            return json.loads(resp.read())

    def post_json(self, path: str, body: dict):
        req = urllib.request.Request(
            self.base_url + path, data=json.dumps(body).encode(), headers={"content-type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=20) as resp:
            return json.loads(resp.read() or b"null")


@pytest.fixture
def bot_server(e2e_output_dir):
    """Factory: start a bot server process on a free port and wait for its health endpoint."""
    started: list[subprocess.Popen] = []

    def start(
        cmd: list[str],
        env: dict[str, str] | None = None,
        *,
        health_path: str = "/healthz",
        cwd: Path = REPO_ROOT,
        timeout: float = HEALTH_TIMEOUT,
        name: str = "bot",
    ) -> BotServer:
        port = free_port()
        full_env = dict(os.environ)
        full_env["PORT"] = str(port)
        full_env.setdefault("PYTHONUNBUFFERED", "1")
        for key, value in (env or {}).items():
            full_env[key] = str(value).replace("{port}", str(port))
        argv = [str(a).replace("{port}", str(port)) for a in cmd]
        log_path = e2e_output_dir / f"{name}-{len(started)}.log"
        with open(log_path, "wb") as out:
            proc = subprocess.Popen(
                argv,
                cwd=cwd,
                env=full_env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        started.append(proc)
        server = BotServer(port=port, process=proc, log_path=log_path)
        url = server.base_url + health_path
        deadline = time.monotonic() + timeout
        last_error: object = None
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(
                    f"bot server {argv} exited with {proc.returncode} before {health_path} answered:\n"
                    + server.log_tail()
                )
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    if resp.status == 200:
                        return server
                    last_error = f"HTTP {resp.status}"
            except (urllib.error.URLError, OSError) as exc:
                last_error = exc
            time.sleep(0.2)
        pytest.fail(f"bot server {argv}: {url} not healthy within {timeout:.0f}s ({last_error}):\n" + server.log_tail())

    yield start
    for proc in reversed(started):
        kill_process_group(proc)


@pytest.fixture
def standin_bot(bot_server) -> BotServer:
    """The stand-in bot (tests/e2e/standin_bot.py): echo, card, welcome, proactive via /_test/proactive."""
    return bot_server([sys.executable, str(STANDIN), "--port", "{port}"], name="standin")


@pytest.fixture
def bot_endpoint():
    """Override in your test module/conftest to return the messaging endpoint of the bot under test."""
    raise pytest.UsageError(
        "define a `bot_endpoint` fixture (e.g. `return bot_server([...]).endpoint`) to use `playground`"
    )


@pytest.fixture
async def playground_factory(request, e2e_output_dir):
    """Async factory: ``pg = await playground_factory(endpoint, **Playground kwargs)``; all closed at teardown
    (after a failure screenshot when the test failed)."""
    made: list[Playground] = []

    async def make(endpoint: str, **kwargs) -> Playground:
        out = e2e_output_dir if not made else e2e_output_dir / f"playground-{len(made)}"
        pg = Playground(endpoint, out, **kwargs)
        made.append(pg)
        await pg.start()
        return pg

    yield make
    rep = getattr(request.node, "rep_call", None)
    for pg in made:
        if rep is not None and rep.failed and pg.page is not None:
            try:
                await pg.dump_failure("test", once=True)
            except Exception:  # noqa: BLE001 - evidence is best effort
                pass
        await pg.stop()


@pytest.fixture
async def playground(playground_factory, bot_endpoint) -> Playground:
    """A started Playground (UI loaded, install events delivered) against ``bot_endpoint``."""
    return await playground_factory(bot_endpoint)
