"""An urgent e-mail dropped into the inbox becomes an alert card in the team channel; Acknowledge updates it."""

from __future__ import annotations

import os
import shutil
import sys
import time

import pytest

from tests.e2e.playground import REPO_ROOT
from tests.support.dev_corpus import dev_labels

pytestmark = pytest.mark.e2e
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def bot_endpoint(bot_server, tmp_path, inbox):
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path}/e2e.db",
        "PSCBOT_BOT_NAME": "PSC Bot",
        "PSCBOT_INBOX_DIR": str(inbox),
        "PSCBOT_MAIL_POLL_S": "1",
        "PSCBOT_DEMO_DATA": "false",
    }
    return bot_server([sys.executable, "-m", "bot", "serve", "--port", "{port}"], env=env).endpoint


def urgent_dev_mail():
    for row in dev_labels(SHARED / "eval" / "triage_dev"):
        if row["priority"] == "urgent" and row["expedited"] and row["level_of_care"] == "SNF":
            return row["path"]
    raise AssertionError("no urgent SNF e-mail in the dev corpus")


async def test_urgent_email_alert_in_channel_and_acknowledge(playground, inbox):
    await playground.wait_for_card("Hi, I'm PSC Bot")
    await playground.open_channel("General")
    await playground.post_in_channel_with_mention("subscribe high")
    await playground.wait_for_text("This conversation now gets urgent and high alerts")

    target = inbox / "urgent.eml"
    shutil.copy(urgent_dev_mail(), target)
    os.utime(target, (time.time() - 5, time.time() - 5))  # a finished file, not one still being written

    alert = await playground.wait_for_card("Acknowledge", timeout=30)
    await playground.wait_for_text("SNF")
    await playground.screenshot("alert-card-in-channel")
    await playground.click_card_button(alert, "Acknowledge")
    await playground.wait_for_text(f"Acknowledged by {playground.user_name}")
    await playground.screenshot("alert-acknowledged")


REFERRAL = """From: Marisol Quintero <mquintero@valleymed.example>
To: Pre-Service Intake <preservice@brightpathpac.example>
Subject: New IRF referral AUTH-2026-004777
Date: Thu, 12 Nov 2026 10:15:00 -0600
Message-ID: <e2e-referral-4777@valleymed.example>
Content-Type: text/plain; charset="utf-8"

New acute inpatient rehab referral to Synthetic Ridge Rehabilitation Hospital for pt Jane Sample,
member M123456777, AUTH-2026-004777. EXPEDITED 72-hour review please, she is ready for discharge today.

Thanks,

Marisol Quintero, RN
Case Manager | Synthetic Valley Medical Center
p (555) 555-0142  f (555) 555-0199
"""


async def test_channel_alert_from_an_email_says_who_is_asking(playground, inbox):
    """Issue 14 item 6: the alert names the receiving facility and the sender; the patient only by initials."""
    await playground.wait_for_card("Hi, I'm PSC Bot")
    await playground.open_channel("General")
    await playground.post_in_channel_with_mention("subscribe high")
    await playground.wait_for_text("This conversation now gets urgent and high alerts")

    target = inbox / "referral.eml"
    target.write_text(REFERRAL, encoding="utf-8")
    os.utime(target, (time.time() - 5, time.time() - 5))

    alert = await playground.wait_for_card("Synthetic Ridge Rehabilitation Hospital", timeout=30)
    assert await alert.get_by_text("Marisol Quintero, RN · Case Manager · (555) 555-0142", exact=False).count() >= 1
    assert await alert.get_by_text("J.S.", exact=False).count() >= 1
    assert await alert.get_by_text("Jane", exact=False).count() == 0
    assert await alert.get_by_text("Alert 1", exact=False).count() == 0
    await playground.screenshot("alert-says-who-is-asking")
    await playground.click_card_button(alert, "Claim")
    await playground.wait_for_text(f"Claimed by {playground.user_name}")
    claimed = await playground.wait_for_card(f"Claimed by {playground.user_name}")
    assert await claimed.get_by_role("button", name="Claim", exact=True).count() == 0
    await playground.screenshot("alert-claimed-without-claim-button")
