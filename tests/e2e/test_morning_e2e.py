"""A PSC's morning in the Agents Playground (issue 14): welcome, a question the bot is not sure about, the
question kept for the experts, status names typed as shown, a case claimed, a denial call on an undecided
case and the P2P offer after it."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.e2e

UNDECIDED = "2026900003"  # demo case: SNF, pending info, unassigned (bot.cases.demo)
NEW_CASE = "2026900004"  # demo case: IRF, new
QUESTION = "Does our plan let the liaison fax the P2P request after hours to the weekend line?"


@pytest.fixture
def bot_env(tmp_path) -> dict[str, str]:
    return {
        "DATABASE_URL": f"sqlite:///{tmp_path}/e2e.db",
        "PSCBOT_BOT_NAME": "PSC Bot",
        "PSCBOT_ENV": "development",
        "PSCBOT_INBOX_DIR": str(tmp_path / "inbox"),
        "PSCBOT_LOG_LEVEL": "INFO",
        "PSCBOT_MAIL_SOURCE": "off",
    }


@pytest.fixture
def bot_endpoint(bot_server, bot_env):
    server = bot_server([sys.executable, "-m", "bot", "serve", "--port", "{port}"], env=bot_env)
    return server.endpoint


async def _contact(pg, form) -> None:
    await pg.fill_card_input(form, "Contact name", "Jordan Liaison")
    await pg.fill_card_input(form, "Phone", "312-555-0103")
    await pg.select_card_choice(form, "Outcome", "Reached")


async def test_a_psc_morning(playground):
    pg = playground
    # Welcome: LTCH named once as LTAC, full command syntax on its own line.
    welcome = await pg.wait_for_card("Hi, I'm PSC Bot")
    assert await welcome.get_by_text("LTCH (LTAC)", exact=False).count() == 1
    await pg.screenshot("01-welcome")

    # A question the bot is not sure about: the closest passages ("These may help", issue 11), the question
    # kept for the experts.
    await pg.send_personal(QUESTION)
    not_sure = await pg.wait_for_card("These may help")
    await pg.screenshot("02-not-sure")
    await pg.click_card_button(not_sure, "Ask an expert")
    await pg.wait_for_card("Kept for the experts")
    await pg.screenshot("03-kept-for-experts")
    await pg.send_personal("/experts pending")  # the installer is this development bot's admin
    await pg.wait_for_card("Expert queue: 1 waiting")
    await pg.screenshot("04-expert-queue")

    # Status names: a typo gets the nearest status; the label as shown is accepted.
    await pg.send_personal(f"/status {NEW_CASE} in reveiw")
    await pg.wait_for_card("Did you mean In review?")
    await pg.send_personal(f"/status {NEW_CASE} In review")
    await pg.wait_for_card(f"Case {NEW_CASE}")
    await pg.wait_for_text("New → In review")
    await pg.screenshot("05-status-by-label")

    # The undecided case: claim it, then log the denial call (confirmation asked first) and the P2P offer.
    await pg.send_personal(f"/case {UNDECIDED}")
    case_card = await pg.wait_for_card(f"Case {UNDECIDED}")
    await pg.click_card_button(case_card, "Claim")
    await pg.wait_for_text(f"Claimed by {pg.user_name}")

    await pg.send_personal(f"/log {UNDECIDED} denial_notification")
    form = await pg.wait_for_card("Log call: Denial notification")
    assert await form.get_by_text("no denial is recorded yet", exact=False).count() == 1
    assert await form.get_by_text("Pending info", exact=False).count() >= 1
    today = datetime.now(UTC).astimezone(ZoneInfo("America/Chicago")).date()
    await _contact(pg, form)
    await pg.fill_card_input(form, "Denial notice date", today.isoformat())
    await pg.select_card_choice(form, "Appeal rights explained (if reached)", "Yes")
    await pg.select_card_choice(form, "Wants to appeal (if reached)", "No appeal")
    await form.get_by_label("Log it anyway", exact=False).first.check()
    await pg.screenshot("06-denial-form-confirmed")
    await pg.click_card_button(form, "Save call")
    await pg.wait_for_card("Call logged: Denial notification")
    await pg.screenshot("07-denial-logged")

    await pg.send_personal(f"/log {UNDECIDED} p2p_offer")
    p2p = await pg.wait_for_card("Log call: P2P offer")
    await _contact(pg, p2p)
    await pg.select_card_choice(p2p, "Physician's response (if reached)", "Accepted")
    await pg.fill_card_input(p2p, "Requesting physician", "Dr. Synthetic")
    await pg.fill_card_input(p2p, "Callback number", "312-555-0104")
    await pg.fill_card_input(p2p, "Date", (today + timedelta(days=1)).isoformat())
    await pg.fill_card_input(p2p, "From", "14:00")
    await pg.fill_card_input(p2p, "To", "15:00")
    await pg.screenshot("08-p2p-form", full_page=True)
    await pg.click_card_button(p2p, "Save call")
    done = await pg.wait_for_card("Call logged: P2P offer")
    await pg.wait_for_text("The case stays Pending info until the MD's decision is recorded")
    assert await done.get_by_text("2:00 PM", exact=False).count() >= 1  # the chosen time, echoed
    await pg.screenshot("09-p2p-logged")
