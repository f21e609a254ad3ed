"""The coordinator's core job end to end in the Agents Playground: a triaged e-mail becomes a case, the PSC
reviews it, sends it to the Medical Director's personal chat, the MD denies with reasons, the PSC gets the
denial notice content and logs the denial call; then a more-days request is approved.

The Playground has one user, so here Alex holds both roles (coordinator and Medical Director); role
separation itself is proven by tests/conversation/test_review.py and tests/unit/review/.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.review.criteria import catalog_for
from tests.e2e.test_pscbot_e2e import pscbot_cli
from tests.support.dev_corpus import dev_labels

pytestmark = pytest.mark.e2e

MORE_DAYS_CASE = "2026900004"  # demo IRF extension request (bot.cases.demo)


@pytest.fixture
def bot_env(tmp_path) -> dict[str, str]:
    return {
        "DATABASE_URL": f"sqlite:///{tmp_path}/e2e.db",
        "PSCBOT_BOT_NAME": "PSC Bot",
        "PSCBOT_ENV": "development",
        "PSCBOT_INBOX_DIR": str(tmp_path / "inbox"),
        "PSCBOT_LOG_LEVEL": "INFO",
        "PSCBOT_JOBS": "false",  # the test runs the mailbox pass itself (pscbot triage run --once)
        "PSCBOT_MEDICAL_DIRECTORS": "user-id-0",  # the Playground's current user
    }


@pytest.fixture
def bot_endpoint(bot_server, bot_env):
    server = bot_server([sys.executable, "-m", "bot", "serve", "--port", "{port}"], env=bot_env)
    return server.endpoint


def triage_one_request(bot_env) -> str:
    row = next(
        r
        for r in dev_labels()
        if r["case_id"] and r["member_id"] and r["request_type"] == "new_request" and r["level_of_care"] == "IRF"
    )
    inbox = os.path.join(os.path.dirname(bot_env["DATABASE_URL"].removeprefix("sqlite:///")), "inbox")
    os.makedirs(inbox, exist_ok=True)
    target = os.path.join(inbox, "request.eml")
    shutil.copy(row["path"], target)
    os.utime(target, (time.time() - 10, time.time() - 10))  # a finished file, as the source requires
    result = pscbot_cli(bot_env, "triage", "run", "--once")
    assert result.returncode == 0, result.stderr
    return row["case_id"]


async def fill_findings(playground, card, level: str, kind: str, not_met: dict[str, str]) -> None:
    for item in catalog_for().for_level(level, kind):
        choice = "Not met" if item.id in not_met else "Met"
        await playground.select_card_choice(card, f"Finding: {item.label}", choice)


async def send_to_md(playground, card) -> None:
    await playground.click_card_button(card, "Send to MD")
    # No MD channel is set here, so the first (default) target is the MD's own personal chat.
    await playground.click_card_button(card, "Send to the MD now")


async def test_review_send_to_md_deny_notify_and_log_the_denial_call(playground, bot_env):
    case_id = triage_one_request(bot_env)
    await playground.wait_for_card("Hi, I'm PSC Bot")

    await playground.send_personal(f"/review {case_id}")
    form = await playground.wait_for_card(f"Criteria review · case {case_id}")
    await fill_findings(playground, form, "IRF", "initial", {"irf.intensity": "Tolerates 1 hour a day"})
    await playground.fill_card_input(form, "Clinical summary", "Synthetic: hip fracture, day 4 after surgery.")
    await playground.screenshot("review-filled")
    await send_to_md(playground, form)

    md = await playground.wait_for_card("Request P2P")
    await playground.screenshot("md-card")
    await playground.click_card_button(md, "Deny")
    await playground.fill_card_input(md, "Reasons in plain words", "Cannot take part in 3 hours of therapy a day.")
    await playground.click_card_button(md, "Confirm denial")
    await playground.wait_for_text(f"Denied by {playground.user_name}")

    outcome = await playground.wait_for_card("Notice of Denial")
    assert await outcome.get_by_text("Expedited (fast) reconsideration", exact=False).count() >= 1
    today = datetime.now(UTC).astimezone(ZoneInfo("America/Chicago")).date()
    due = today + timedelta(days=65)
    assert await outcome.get_by_text(f"{due.month}/{due.day}/{due.year}", exact=False).count() >= 1
    await playground.screenshot("denial-notice")

    await playground.click_card_button(outcome, "Log denial call")
    call = await playground.wait_for_card("Log call: Denial notification")
    await playground.fill_card_input(call, "Contact name", "Jordan Liaison")
    await playground.fill_card_input(call, "Phone", "555-555-0100")
    await playground.select_card_choice(call, "Outcome", "Reached")
    await playground.select_card_choice(call, "Appeal rights explained (if reached)", "Yes")
    await playground.select_card_choice(call, "Wants to appeal (if reached)", "Standard reconsideration")
    await playground.click_card_button(call, "Save call")
    done = await playground.wait_for_card("Call logged: Denial notification")
    assert await done.get_by_text("Reconsideration filing deadline").count() >= 1
    await playground.screenshot("denial-call-logged")

    result = pscbot_cli(bot_env, "audit", "export", "--case", case_id, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert '"review.decided"' in result.stdout and '"call.logged"' in result.stdout


async def test_continued_stay_review_approved_for_more_days(playground):
    await playground.wait_for_card("Hi, I'm PSC Bot")
    await playground.send_personal(f"/review {MORE_DAYS_CASE}")
    form = await playground.wait_for_card("Continued-stay review")
    await fill_findings(playground, form, "IRF", "continued_stay", {})
    await playground.fill_card_input(form, "Days requested", "7")
    await playground.fill_card_input(form, "Clinical summary", "Synthetic: progressing, tolerating 3 hours a day.")
    await send_to_md(playground, form)
    md = await playground.wait_for_card("Request P2P")
    await playground.click_card_button(md, "Approve")
    outcome = await playground.wait_for_card(f"Approved: case {MORE_DAYS_CASE}")
    shown = await outcome.inner_text()
    assert "Days approved" in shown and "7" in shown and "Next review" in shown
    await playground.screenshot("more-days-approved")
