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
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
CLI_JS = REPO_ROOT / "node_modules" / "@microsoft" / "m365agentsplayground" / "cli.js"
DEFAULT_CONFIG = Path(__file__).resolve().parent / ".m365agentsplayground.yml"
CHROMIUM = os.environ.get("PSCBOT_E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

#: Default timeouts (seconds). Generous, but bounded: a hung Playground fails the test, it never hangs CI.
STARTUP_TIMEOUT = 60.0
REPLY_TIMEOUT = 20.0
ACTION_TIMEOUT = 10.0

_LISTENING = re.compile(r"Listening on (\d+)")
_CARD = ".ac-adaptiveCard"
_EDITOR = "[data-lexical-editor=true]"


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


class Playground:
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
            match = _LISTENING.search(text)
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

    # ------------------------------------------------------------------ locators
    def chat_pane(self):
        """The middle column (current chat or channel), excluding the left rail and the log panel."""
        page = self.page
        return (
            page.locator("div")
            .filter(has=page.locator(_EDITOR))
            .filter(has_not=page.get_by_role("region", name="Chat and Teams Channel"))
            .filter(has_not=page.get_by_text("Log Panel", exact=True))
            .first
        )

    def _log_rows(self):
        return self.page.locator("[contenteditable=true][spellcheck=false] > div")

    # ------------------------------------------------------------------ navigation
    async def open_personal_chat(self) -> None:
        await self.page.get_by_role("treeitem", name="Personal Chat").click()
        self._current = "personal"
        await self.chat_pane().locator(_EDITOR).first.wait_for()

    async def open_group_chat(self) -> None:
        await self.page.get_by_role("treeitem", name="Group Chat").click()
        self._current = "group"
        await self.chat_pane().locator(_EDITOR).first.wait_for()

    async def open_channel(self, name: str = "General") -> None:
        """Select a team channel. The first visit sends installationUpdate + conversationUpdate
        (conversation id = team id for General) to the bot."""
        team = (self.config.get("team") or {}).get("name", "My Team")
        item = self.page.get_by_role("treeitem", name=f"{team} - {name}")
        if not await item.count():
            item = self.page.get_by_role("treeitem").filter(has_text=name).first
        await item.click()
        self._current = f"channel:{name}"
        await self._new_post_group().get_by_role("button", name="Post", exact=True).wait_for()

    # ------------------------------------------------------------------ sending
    async def _type(self, text: str) -> None:
        """Type into the focused editor; newlines become Shift+Enter (Enter alone sends)."""
        for i, line in enumerate(text.split("\n")):
            if i:
                await self.page.keyboard.press("Shift+Enter")
            if line:
                await self.page.keyboard.type(line)

    async def send(self, text: str) -> None:
        """Send ``text`` in the currently open personal/group chat (type + Enter). In a channel use
        :meth:`post_in_channel_with_mention` or :meth:`reply_in_thread`."""
        if self._current.startswith("channel:"):
            raise RuntimeError("send() is for chats; in a channel use post_in_channel_with_mention()")
        editor = self.chat_pane().locator(_EDITOR).last
        await editor.click()
        await self._type(text)
        await self.page.keyboard.press("Enter")

    async def send_personal(self, text: str) -> None:
        """Send ``text`` to the bot in the personal chat (switches to it if needed)."""
        if self._current != "personal":
            await self.open_personal_chat()
        await self.send(text)

    def _new_post_group(self):
        return self.page.get_by_role("group").filter(has=self.page.get_by_role("button", name="Post", exact=True))

    async def insert_mention(self, name: str | None = None, typed: str | None = None) -> None:
        """In the focused editor: type ``@`` + part of the name and *click* the typeahead entry
        (pressing Enter would insert plain text, which does not reach the bot as a mention)."""
        name = name or self.bot_name
        typed = typed if typed is not None else name.split()[0][:4]
        await self.page.keyboard.type("@" + typed)
        menu = self.page.locator("#typeahead-menu")
        entry = menu.get_by_role("menuitem").filter(has_text=name).first
        try:
            await entry.wait_for(timeout=ACTION_TIMEOUT * 1000)
        except Exception as exc:  # noqa: BLE001
            await self._fail(f"typeahead entry {name!r} after typing '@{typed}'", exc)
        await entry.click()

    async def post_in_channel_with_mention(
        self, text: str, bot_name: str | None = None, *, channel: str | None = None
    ) -> None:
        """Start a new channel post ``@<bot> text`` and click Post. The bot receives
        ``<at>{bot_name}</at> {text}`` with a ``mention`` entity, conversation id
        ``"<team id>;messageid=<post id>"``. Opens ``channel`` first when given (else the current one)."""
        if channel is not None or not self._current.startswith("channel:"):
            await self.open_channel(channel or "General")
        group = self._new_post_group()
        await group.locator(_EDITOR).click()
        await self.insert_mention(bot_name)
        await self._type(" " + text if text and not text.startswith(" ") else text)
        await group.get_by_role("button", name="Post", exact=True).click()

    async def reply_in_thread(self, thread_text: str, text: str, *, mention: bool = True) -> None:
        """Reply in the channel thread whose post contains ``thread_text`` (``@bot`` first when
        ``mention``; in Teams a thread reply reaches the bot only with an @mention)."""
        thread = self.chat_pane().get_by_role("group").filter(has_text=thread_text).last
        editor = thread.locator(_EDITOR).last
        await editor.click()
        if mention:
            await self.insert_mention()
            text = " " + text
        await self._type(text)
        await self.page.keyboard.press("Enter")

    async def mock_activity(self, item: str) -> None:
        """Trigger one of the "Mock an Activity" menu entries for the current conversation and confirm its
        dialog ("Send activity"). Entries (0.2.28): Install application, Uninstall application, Add user,
        Add application, Add channel, Remove user, Remove application, Remove channel, Remove team,
        Rename channel, Rename team, Custom activity, Send email, Mention in Word (channel/team entries are
        disabled outside a team). E.g. ``"Add user"`` -> conversationUpdate with membersAdded."""
        page = self.page
        await page.get_by_role("button", name="Mock an Activity").click()
        entry = page.get_by_role("menuitem").filter(has_text=re.compile(rf"^\s*{re.escape(item)}\s*$")).first
        try:
            await entry.click()
        except Exception as exc:  # noqa: BLE001
            await self._fail(f"'Mock an Activity' entry {item!r}", exc)
        send = page.get_by_role("dialog").get_by_role("button", name="Send activity")
        try:
            await send.click()
            await send.wait_for(state="hidden")
        except Exception as exc:  # noqa: BLE001
            await self._fail(f"'Send activity' in the {item!r} dialog", exc)

    # ------------------------------------------------------------------ waiting / reading
    async def chat_texts(self) -> list[str]:
        """Visible texts of messages in the chat pane (bot and user), oldest first."""
        pane = self.chat_pane()
        return [t.strip() for t in await pane.locator("p, span:not(:has(*))").all_inner_texts() if t.strip()]

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

    async def wait_for_card(self, containing_text: str | re.Pattern, timeout: float | None = None):
        """Wait for an Adaptive Card in the chat pane containing the text; returns the newest such card's
        locator (``.ac-adaptiveCard``)."""
        timeout = self.reply_timeout if timeout is None else timeout
        cards = self.chat_pane().locator(_CARD).filter(has_text=containing_text)
        try:
            await cards.first.wait_for(timeout=timeout * 1000)
        except Exception as exc:  # noqa: BLE001
            await self._fail(f"adaptive card containing {containing_text!r}", exc)
        return cards.last

    async def click_card_button(self, card, name: str) -> None:
        """Click the card's action button by its title (``Action.Submit`` -> message with ``value``;
        ``Action.Execute`` -> ``invoke`` ``adaptiveCard/action``)."""
        button = card.get_by_role("button", name=name, exact=True)
        try:
            await button.click(timeout=ACTION_TIMEOUT * 1000)
        except Exception as exc:  # noqa: BLE001
            await self._fail(f"button {name!r} on card", exc)

    async def fill_card_input(self, card, placeholder_or_label: str, value: str) -> None:
        """Fill a card input found by placeholder, else by label (Input.Text/Number/Date; for
        Input.ChoiceSet compact use :meth:`select_card_choice`)."""
        for loc in (
            card.get_by_placeholder(placeholder_or_label, exact=True),
            card.get_by_label(placeholder_or_label, exact=True),
            card.get_by_placeholder(placeholder_or_label),
            card.get_by_label(placeholder_or_label),
        ):
            if await loc.count():
                await loc.first.fill(value)
                return
        await self._fail(f"card input {placeholder_or_label!r}")

    async def select_card_choice(self, card, label: str, option: str) -> None:
        """Pick ``option`` in an Input.ChoiceSet (compact = <select>, expanded = radios/checkboxes)."""
        select = card.get_by_label(label).first
        if await select.count() and await select.evaluate("e => e.tagName") == "SELECT":
            await select.select_option(label=option)
            return
        # The Playground renders a compact ChoiceSet with a placeholder as a Fluent combobox (no <select>).
        combo = card.get_by_role("combobox", name=label).first
        if await combo.count():
            await combo.click()
            await self.page.get_by_role("option", name=option, exact=True).first.click()
            return
        choice = card.get_by_label(option, exact=True).first
        if await choice.count():
            await choice.check()
            return
        await self._fail(f"choice {option!r} for {label!r}")

    async def card_invoke_message(self, card, timeout: float | None = None) -> str:
        """Text the Playground shows under a card after an ``Action.Execute`` whose invoke response was a
        message: ``{"statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": "..."}``
        (returned as the HTTP body of the invoke)."""
        timeout = self.reply_timeout if timeout is None else timeout
        # the banner is a sibling of the card inside the same message bubble
        bubble = card.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' fai-OutputCard ')][1]")
        banner = bubble.locator('[aria-label="Display Invoked Message"]').last
        try:
            await banner.wait_for(timeout=timeout * 1000)
        except Exception as exc:  # noqa: BLE001
            await self._fail("invoke response message under the card", exc)
        return (await banner.inner_text()).strip()

    async def activity_log(self) -> list[str]:
        """Lines of the right-hand log panel, oldest first, e.g.
        ``"[1:38:43 PM] Microsoft 365 Agents Playground -> User Application installationUpdate 200"`` or
        ``"[1:38:44 PM] User Application -> Microsoft 365 Agents Playground message 201 Welcome ..."``."""
        rows = await self._log_rows().all_inner_texts()
        return [" ".join(r.split()) for r in rows if r.strip()]

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

    # ------------------------------------------------------------------ evidence
    async def screenshot(self, step: str, *, full_page: bool = False) -> Path:
        """Save ``<output_dir>/<nn>-<step>.png`` and return its path."""
        self._shot += 1
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", step).strip("-") or "step"
        path = self.output_dir / f"{self._shot:02d}-{safe}.png"
        await self.page.screenshot(path=str(path), full_page=full_page)
        return path

    async def dump_failure(self, what: str, *, once: bool = False) -> Path | None:
        """Screenshot + page HTML + log panel text into output_dir; returns the screenshot path.
        ``once``: skip when a failure was already dumped (the fixture's teardown uses it)."""
        if self.page is None or (once and self.failure_dumped):
            return None
        self.failure_dumped = True
        shot = await self.screenshot(f"FAILED-{what}"[:80])
        try:
            (self.output_dir / f"{shot.stem}.html").write_text(await self.page.content())
            (self.output_dir / f"{shot.stem}-log.txt").write_text("\n".join(await self.activity_log()))
        except Exception:  # noqa: BLE001
            pass
        return shot

    async def _fail(self, what: str, exc: BaseException | None = None):
        try:
            shot = await self.dump_failure(what)
        except Exception as dump_exc:  # noqa: BLE001
            shot = f"(screenshot failed: {dump_exc})"
        try:
            texts = (await self.chat_texts())[-15:]
            log = (await self.activity_log())[-12:]
        except Exception:  # noqa: BLE001
            texts, log = [], []
        detail = f": {str(exc).splitlines()[0]}" if exc else ""
        raise AssertionError(
            f"Playground: timed out waiting for {what}{detail}\n"
            f"  screenshot: {shot}\n"
            f"  chat pane (last 15): {texts}\n"
            f"  log panel (last 12):\n    " + "\n    ".join(log)
        ) from None
