"""End-to-end harness: drive the Microsoft 365 Agents Playground (npm ``@microsoft/m365agentsplayground``)
in Debian's Chromium with Playwright's **async** API.

Usage (inside an ``async def`` pytest test; ``asyncio_mode=auto``)::

    async with Playground("http://127.0.0.1:3978/api/messages", output_dir) as pg:
        await pg.wait_for_text("Welcome")                 # install event -> bot's welcome
        await pg.send_personal("hello")
        await pg.wait_for_text("Echo: hello")
        card = await pg.wait_for_card("Case summary")
        await pg.fill_card_input(card, "Note", "synthetic note")
        await pg.click_card_button(card, "Save")
        await pg.open_channel("General")
        await pg.post_in_channel_with_mention("status")   # bot receives "<at>PSC Bot</at> status"
        await pg.screenshot("after-status")

Most tests use the ``playground`` / ``playground_factory`` fixtures from ``tests/e2e/conftest.py`` instead.

What the Playground is (verified with 0.2.28): one node process that serves the web UI *and* plays the Bot
Connector at ``serviceUrl = http://localhost:<port>/_connector`` (no JWT either way). It posts activities to
the bot endpoint given with ``-e`` and renders whatever the bot posts back to the connector. Its state (chats,
channel posts) lives in the node process, so every :class:`Playground` starts a fresh process.

Playground facts a bot (and a test) can rely on, with the bundled config:

* Page load selects the personal chat and posts ``installationUpdate`` (action add) + ``conversationUpdate``
  (membersAdded: user and bot) to the bot, conversation id ``personal-chat-id``. Each page load repeats
  them. Opening General sends both again for conversation id ``team-id`` (conversationType ``channel``,
  ``channelData.team``/``eventType: teamMemberAdded``). A channel post's conversation id is
  ``"team-id;messageid=<post id>"``; thread replies keep that id and carry no ``replyToId``.
* The bot's identity is ``recipient`` =
  ``{"id": "00000000-0000-0000-0000-00000000000011", "name": "PSC Bot"}``; the user is ``user-id-0``
  "Alex Wilber" (``from.name`` is absent on install/conversationUpdate events).
* Connector: ``GET /v3/conversations/{id}/members`` lists people with ``objectId`` (no ``aadObjectId``, so
  botbuilder's ``TeamsInfo.get_members`` yields ``aad_object_id=None``); ``.../members/{user id}`` and
  ``.../pagedmembers`` do carry ``aadObjectId``. Replies answer ``201 {"id": ...}``. The Playground also
  sends ``HEAD /api/messages`` when connecting (a 405 is fine).
* Unsupported card features (e.g. ``msteams.width: Full``) render anyway with a warning under the card.

Every wait is bounded; a failed wait raises ``AssertionError`` with a screenshot (``NN-FAILED-<what>.png``),
the visible chat texts and the tail of the Playground's log panel, so a red test explains itself.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import yaml

from tests.e2e.harness_env import (
    ACTION_TIMEOUT,
    CLI_JS,
    DEFAULT_CONFIG,
    LISTENING,
    REPLY_TIMEOUT,
    REPO_ROOT,
    STARTUP_TIMEOUT,
    _deep_merge,
    free_port,
    kill_process_group,
    load_config,
    missing_prerequisites,
)
from tests.e2e.playground_ui import PlaygroundUI
from tests.support.chromium import CHROMIUM, CHROMIUM_ARGS

# Names the e2e conftest and tests import from here (the environment lives in harness_env.py).
__all__ = [
    "REPO_ROOT",
    "Playground",
    "free_port",
    "kill_process_group",
    "load_config",
    "missing_prerequisites",
]


class Playground(PlaygroundUI):
    """One Agents Playground process plus one headless Chromium page showing its UI.

    ``bot_endpoint``: the bot's messaging endpoint, e.g. ``http://127.0.0.1:3978/api/messages``.
    ``output_dir``: where screenshots, the Playground's stdout/log and failure dumps go (created).
    ``config_path``: Playground config (bot name/id, users, team, fixed chat ids); defaults to
    ``tests/e2e/.m365agentsplayground.yml`` (bot "PSC Bot", personal chat id ``personal-chat-id``).
    ``config_overrides``: deep-merged into that config (written to ``output_dir``), e.g.
    ``{"bot": {"name": "pscbot"}}`` to match the bot's own display name.

    Attributes after start: ``port``, ``url`` (UI), ``connector_url`` (= the ``serviceUrl`` the bot sees),
    ``page`` (the Playwright page, for anything the helpers do not cover), ``config`` (the parsed yml),
    ``bot_name``, ``bot_id``, ``user_name``, ``team_id``, ``personal_conversation_id``,
    ``channel_conversation_id`` (General's id = team id; a post's thread is ``"<team id>;messageid=<id>"``).
    """

    def __init__(
        self,
        bot_endpoint: str,
        output_dir: Path,
        *,
        config_path: Path | None = DEFAULT_CONFIG,
        config_overrides: dict[str, Any] | None = None,
        headless: bool = True,
        viewport: tuple[int, int] = (1400, 900),
        startup_timeout: float = STARTUP_TIMEOUT,
        reply_timeout: float = REPLY_TIMEOUT,
        wait_for_install: bool = True,
    ) -> None:
        self.bot_endpoint = bot_endpoint
        self.output_dir = Path(output_dir)
        self.config_path = Path(config_path) if config_path else None
        self.config: dict[str, Any] = load_config(self.config_path) if self.config_path else {}
        if config_overrides:
            if not self.config_path:
                raise ValueError("config_overrides needs a config_path to start from")
            self.config = _deep_merge(self.config, config_overrides)
            self.output_dir.mkdir(parents=True, exist_ok=True)
            self.config_path = self.output_dir / ".m365agentsplayground.yml"
            self.config_path.write_text(yaml.safe_dump(self.config, sort_keys=False), encoding="utf-8")
        self.headless = headless
        self.viewport = viewport
        self.startup_timeout = startup_timeout
        self.reply_timeout = reply_timeout
        self.wait_for_install = wait_for_install

        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self.page: Any = None
        self._pw: Any = None
        self._context: Any = None
        self._shot = 0
        self._stdout_path = self.output_dir / "playground-stdout.log"
        self._current = "personal"
        self.failure_dumped = False

    # ------------------------------------------------------------------ config-derived facts
    @property
    def bot_name(self) -> str:
        return (self.config.get("bot") or {}).get("name", "Test Bot")

    @property
    def bot_id(self) -> str:
        return str((self.config.get("bot") or {}).get("id", ""))

    @property
    def user_name(self) -> str:
        return (self.config.get("currentUser") or {}).get("name", "Alex Wilber")

    @property
    def team_id(self) -> str:
        return str((self.config.get("team") or {}).get("id", "team-id"))

    @property
    def personal_conversation_id(self) -> str | None:
        """Fixed by the config file (random per process without one)."""
        return (self.config.get("personalChat") or {}).get("id")

    @property
    def channel_conversation_id(self) -> str:
        """The General channel's conversation id (equal to the team id, as in Teams)."""
        return self.team_id

    @property
    def url(self) -> str:
        return f"http://localhost:{self.port}/"

    @property
    def connector_url(self) -> str:
        """The ``serviceUrl`` in every inbound activity; the bot posts replies to
        ``{connector_url}/v3/conversations/{conversation id}/activities[/{replyToId}]``."""
        return f"http://localhost:{self.port}/_connector"

    # ------------------------------------------------------------------ lifecycle
    async def __aenter__(self) -> Playground:
        await self.start()
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        if exc is not None and self.page is not None:
            try:
                await self.dump_failure("exception")
            except Exception:  # noqa: BLE001 - never mask the original error
                pass
        await self.stop()

    async def start(self) -> None:
        missing = missing_prerequisites()
        if missing:
            raise RuntimeError("Agents Playground e2e prerequisites missing: " + "; ".join(missing))
        self.output_dir.mkdir(parents=True, exist_ok=True)
        try:
            await self._start_playground()
            await self._start_browser()
        except BaseException:
            await self.stop()
            raise

    async def _start_playground(self) -> None:
        env = dict(os.environ)
        env["TEAMSAPPTESTER_BROWSER"] = "none"  # the CLI would otherwise `open` a browser itself
        env["M365_AGENTS_PLAYGROUND_LOGFILE"] = str(self.output_dir / "playground-server.log")
        if self.config_path:
            env["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = str(self.config_path)
        else:
            env.pop("M365_AGENTS_PLAYGROUND_CONFIG_PATH", None)
        cmd = [
            shutil.which("node") or "node",
            str(CLI_JS),
            "-e",
            self.bot_endpoint,
            "-c",
            "msteams",
            "--disable-telemetry",
            "-p",
            str(free_port()),
        ]
        out = open(self._stdout_path, "wb")  # noqa: SIM115 - handed to the child, closed right after
        try:
            self.process = subprocess.Popen(
                cmd,
                cwd=self.output_dir,  # keeps any stray ./devTools out of the repo
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group -> kill_process_group() leaves no orphans
            )
        finally:
            out.close()
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            text = self._stdout_path.read_text(errors="replace")
            match = LISTENING.search(text)
            if match:
                # the CLI falls back to a random port when ours was taken in the meantime
                self.port = int(match.group(1))
                break
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"Agents Playground exited with {self.process.returncode} before listening:\n" + text[-3000:]
                )
            await asyncio.sleep(0.1)
        else:
            raise RuntimeError(
                f"Agents Playground did not print 'Listening on' within {self.startup_timeout:.0f}s:\n"
                + self._stdout_path.read_text(errors="replace")[-3000:]
            )
        # "Listening on" comes *before* the backend is mounted (config errors make it exit right after), so
        # also wait until it serves the UI and its backend config.
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"Agents Playground exited with {self.process.returncode} after starting "
                    f"(bad {self.config_path}?):\n" + self._server_log_tail()
                )
            if await asyncio.to_thread(self._http_ok, self.url):
                return
            await asyncio.sleep(0.1)
        raise RuntimeError(
            f"Agents Playground UI {self.url} not up within {self.startup_timeout:.0f}s:\n" + self._server_log_tail()
        )

    @staticmethod
    def _http_ok(url: str) -> bool:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                return resp.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def _server_log_tail(self, chars: int = 3000) -> str:
        parts = []
        for path in (self._stdout_path, self.output_dir / "playground-server.log"):
            if path.exists():
                parts.append(f"--- {path.name}\n" + path.read_text(errors="replace")[-chars:])
        return "\n".join(parts)

    async def _start_browser(self) -> None:
        from playwright.async_api import async_playwright

        self._pw = await async_playwright().start()
        user_data = self.output_dir / "chromium-profile"
        shutil.rmtree(user_data, ignore_errors=True)
        self._context = await self._pw.chromium.launch_persistent_context(
            str(user_data),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=self.headless,
            viewport={"width": self.viewport[0], "height": self.viewport[1]},
            timeout=self.startup_timeout * 1000,
        )
        self._context.set_default_timeout(ACTION_TIMEOUT * 1000)
        self.page = self._context.pages[0] if self._context.pages else await self._context.new_page()
        await self.page.goto(self.url, wait_until="load", timeout=self.startup_timeout * 1000)
        await self.page.wait_for_load_state("networkidle", timeout=self.startup_timeout * 1000)
        # Log panel's "Connected." means the UI reached its backend; the personal chat is then selected and
        # the Playground posts installationUpdate + conversationUpdate to the bot.
        await self.wait_for_log("Connected.", timeout=self.startup_timeout)
        if self.wait_for_install:
            await self.wait_for_log(re.compile(r"installationUpdate \d{3}"), timeout=self.startup_timeout)

    async def stop(self) -> None:
        """Close the browser and kill the Playground's process group. Idempotent."""
        if self._context is not None:
            try:
                await asyncio.wait_for(self._context.close(), 20)
            except Exception:  # noqa: BLE001 - browser may already be gone (or hung: the driver's stop kills it)
                pass
            self._context = None
            self.page = None
        if self._pw is not None:
            try:
                await asyncio.wait_for(self._pw.stop(), 20)
            except Exception:  # noqa: BLE001
                pass
            self._pw = None
        if self.process is not None:
            await asyncio.to_thread(kill_process_group, self.process)
            self.process = None

    # ------------------------------------------------------------------ polling waits (each checks a condition
    # between short sleeps; the page helpers are in playground_ui.py)
    async def wait_for_text(
        self, text: str | re.Pattern, timeout: float | None = None, *, count: int = 1, exact: bool = False
    ):
        """Wait until ``text`` appears at least ``count`` times in the chat pane (bot *and* user messages,
        card text, channel posts and thread replies); returns a locator for the last occurrence.

        Matching is Playwright's ``get_by_text``: a ``str`` is a case-insensitive, whitespace-normalised
        substring of one element's text (``exact=True``: whole text, case-sensitive); a compiled regex is
        searched. Text split over elements (e.g. a rendered ``<at>`` mention pill) still matches as one
        string. The user's own message also counts - wait for text only the bot says, or use ``count``
        when the same text is expected again."""
        timeout = self.reply_timeout if timeout is None else timeout
        loc = self.chat_pane().get_by_text(text, exact=exact)
        deadline = time.monotonic() + timeout
        while True:
            try:
                n = await loc.count()
            except Exception:  # noqa: BLE001 - page re-rendering; retry
                n = 0
            if n >= count:
                return loc.nth(n - 1)
            if time.monotonic() > deadline:
                await self._fail(f"text {text!r} x{count} in chat (saw {n})")
            await asyncio.sleep(0.2)

    async def wait_for_log(self, pattern: str | re.Pattern, timeout: float | None = None) -> str:
        """Wait for a log panel line containing ``pattern`` (substring or regex); returns the line."""
        timeout = self.reply_timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        while True:
            for line in await self.activity_log():
                if pattern.search(line) if isinstance(pattern, re.Pattern) else pattern in line:
                    return line
            if time.monotonic() > deadline:
                await self._fail(f"log panel line {pattern!r}")
            await asyncio.sleep(0.2)
