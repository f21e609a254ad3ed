"""Logging a denial call from a demo case card in the Agents Playground, then exporting the audit."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.test_pscbot_e2e import pscbot_cli

pytestmark = pytest.mark.e2e

CASE = "2026900010"  # a denied demo case (bot.cases.demo)


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


async def test_log_a_denial_call_from_the_case_card_and_export_the_audit(playground, bot_env):
    await playground.wait_for_card("Hi, I'm PSC Bot")
    await playground.send_personal(f"/case {CASE}")
    case_card = await playground.wait_for_card("DEMO DATA")
    await playground.click_card_button(case_card, "Log call")
    picker = await playground.wait_for_card("What kind of call was it?")
    await playground.screenshot("call-type-picker")
    await playground.click_card_button(picker, "Denial notification")
    form = await playground.wait_for_card("Log call: Denial notification")

    notice = datetime.now(UTC).astimezone(ZoneInfo("America/Chicago")).date() - timedelta(days=1)
    await playground.fill_card_input(form, "Contact name", "Jordan Liaison")
    await playground.fill_card_input(form, "Phone", "555-555-0100")
    await playground.select_card_choice(form, "Outcome", "Reached")
    await playground.fill_card_input(form, "Denial notice date", notice.isoformat())
    await playground.select_card_choice(form, "Appeal rights explained (if reached)", "Yes")
    await playground.select_card_choice(form, "Wants to appeal (if reached)", "Standard reconsideration")
    await playground.screenshot("denial-form-filled")
    await playground.click_card_button(form, "Save call")

    done = await playground.wait_for_card("Call logged: Denial notification")
    await playground.wait_for_text(f"Logged by {playground.user_name}")
    assert await done.get_by_text("Reconsideration filing deadline").count() >= 1
    await playground.screenshot("call-logged-confirmation")

    result = pscbot_cli(bot_env, "audit", "export", "--case", CASE, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    logged = [r for r in rows if r["action"] == "call.logged"]
    assert len(logged) == 1
    after = logged[0]["after"]
    assert after["call_type"] == "denial_notification" and after["details"]["rights_explained"] is True
    assert after["deadlines"]["reconsideration_filing"]["rule"] == "recon_filing_65d"
    # The deadline on the card is 65 calendar days from the notice date that was recorded (AP-02).
    recorded = date.fromisoformat(after["details"]["notice_date"])
    assert recorded in {notice, notice + timedelta(days=1)}  # typed, or the case's own notice date kept
    due = recorded + timedelta(days=65)
    assert await done.get_by_text(f"{due.month}/{due.day}", exact=False).count() >= 1
