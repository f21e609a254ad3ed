"""What a test does in the Playground's page: locate, navigate, send, wait, read and keep evidence.

`Playground` (tests/e2e/playground.py) mixes this in; it owns the process, the browser and `self.page`.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.harness_env import ACTION_TIMEOUT, CARD, EDITOR


class PlaygroundUI:
    """The page helpers of Playground."""

    # ------------------------------------------------------------------ locators
    def chat_pane(self):
        """The middle column (current chat or channel), excluding the left rail and the log panel."""
        page = self.page
        return (
            page.locator("div")
            .filter(has=page.locator(EDITOR))
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
        await self.chat_pane().locator(EDITOR).first.wait_for()

    async def open_group_chat(self) -> None:
        await self.page.get_by_role("treeitem", name="Group Chat").click()
        self._current = "group"
        await self.chat_pane().locator(EDITOR).first.wait_for()

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
        editor = self.chat_pane().locator(EDITOR).last
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
        await group.locator(EDITOR).click()
        await self.insert_mention(bot_name)
        await self._type(" " + text if text and not text.startswith(" ") else text)
        await group.get_by_role("button", name="Post", exact=True).click()

    async def reply_in_thread(self, thread_text: str, text: str, *, mention: bool = True) -> None:
        """Reply in the channel thread whose post contains ``thread_text`` (``@bot`` first when
        ``mention``; in Teams a thread reply reaches the bot only with an @mention)."""
        thread = self.chat_pane().get_by_role("group").filter(has_text=thread_text).last
        editor = thread.locator(EDITOR).last
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

    async def wait_for_card(self, containing_text: str | re.Pattern, timeout: float | None = None):
        """Wait for an Adaptive Card in the chat pane containing the text; returns the newest such card's
        locator (``.ac-adaptiveCard``)."""
        timeout = self.reply_timeout if timeout is None else timeout
        cards = self.chat_pane().locator(CARD).filter(has_text=containing_text)
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
