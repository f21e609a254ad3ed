"""Mailbox alerts in Teams: subscribe, an urgent e-mail arrives, the card is posted once and acknowledged."""

import os
import shutil
import time

import pytest

from bot.audit.service import AuditService
from bot.jobs import MailJobs
from tests.support.chat import SAM, actions_of, card_texts, only
from tests.support.dev_corpus import dev_labels


@pytest.fixture
def inbox(tmp_path, services, shared_dir):
    folder = tmp_path / "inbox"
    folder.mkdir()
    services.settings = services.settings.replace(inbox_dir=str(folder))
    return folder


def dev_mail(shared_dir, priority, **labels):
    for row in dev_labels(shared_dir / "eval" / "triage_dev"):
        if row["priority"] == priority and all(row.get(k) == v for k, v in labels.items()):
            return row["path"], row
    raise AssertionError("no such dev e-mail")


def drop(src, inbox, name):
    """Put a message in the drop folder as a finished file (the source skips files still being written)."""
    target = inbox / name
    shutil.copy(src, target)
    os.utime(target, (time.time() - 10, time.time() - 10))


def alert_cards(chat):
    chat.drain()
    return [r for r in chat.history if r.card and "[Acknowledge]" in r.shown]


async def test_subscribe_commands(chat):
    channel = chat.in_("channel")
    assert "urgent alerts for IRF, SNF" in only(await channel.say("<at>pscbot</at> /subscribe urgent IRF SNF")).shown
    assert "urgent alerts for IRF, SNF" in only(await channel.say("<at>pscbot</at> /subscriptions")).shown
    assert "I don't understand 'loud'" in only(await channel.say("<at>pscbot</at> /subscribe loud")).shown
    assert "is on call here" in only(await channel.say("<at>pscbot</at> /oncall me")).shown
    assert "Unsubscribed" in only(await channel.say("<at>pscbot</at> /unsubscribe")).shown
    assert "No alerts here" in only(await channel.say("<at>pscbot</at> /subscriptions")).shown


async def test_urgent_mail_becomes_one_alert_card_that_acknowledge_updates_in_place(chat, services, inbox, shared_dir):
    channel = chat.in_("channel")
    await channel.say("<at>pscbot</at> /subscribe high")
    path, labels = dev_mail(shared_dir, "urgent", expedited=True, level_of_care="LTAC")
    drop(path, inbox, "urgent.eml")
    low_path, _ = dev_mail(shared_dir, "low")
    drop(low_path, inbox, "low.eml")

    mail = MailJobs(services)
    first = await mail.run_once()
    assert first["polled"].stored_new == 2
    cards = alert_cards(chat)
    assert len(cards) == 1, "only the urgent e-mail is alerted individually; low goes to the digest"
    shown = cards[0].shown
    assert "URGENT" in shown.upper() and "LTAC" in shown and "expedited" in shown.lower()

    again = await mail.run_once()  # nothing new: no second card
    assert again["polled"].stored_new == 0 and len(alert_cards(chat)) == 1

    ack = next(a for a in actions_of(cards[0].card) if a["title"] == "Acknowledge")
    response = await channel.as_(SAM).invoke("alert.ack", ack["data"])
    assert "Acknowledged by Sam Coordinator" in card_texts(response["value"])
    await channel.as_(SAM).invoke("alert.ack", ack["data"])  # a second click changes nothing
    acks = [e for e in await AuditService(services.db).all() if e.action == "alert.acknowledged"]
    assert [(e.entity_id, e.actor_name) for e in acks] == [(str(ack["data"]["alert_id"]), "Sam Coordinator")]
    await mail.dispatch()  # the queued in-place update of the posted card
    updated = services.test_adapter.updated_activities
    assert updated and "Acknowledged by Sam Coordinator" in card_texts(updated[-1].attachments[0].content)
    await mail.close()


async def test_tampered_alert_id(chat):
    response = await chat.invoke("alert.ack", {"alert_id": "999999"})
    assert "No alert 999999" in card_texts(response["value"])
    response = await chat.invoke("alert.claim", {"alert_id": "not-a-number"})
    assert "missing its alert" in card_texts(response["value"])


REFERRAL = """From: Marisol Quintero <mquintero@valleymed.example>
To: Pre-Service Intake <preservice@brightpathpac.example>
Subject: New IRF referral AUTH-2026-004777
Date: Thu, 12 Nov 2026 10:15:00 -0600
Message-ID: <referral-4777@valleymed.example>
Content-Type: text/plain; charset="utf-8"

New acute inpatient rehab referral to Synthetic Ridge Rehabilitation Hospital for pt Jane Sample,
member M123456777, AUTH-2026-004777. EXPEDITED 72-hour review please, she is ready for discharge today.

Thanks,

Marisol Quintero, RN
Case Manager | Synthetic Valley Medical Center
p (555) 555-0142  f (555) 555-0199
"""


async def test_emailed_case_alert_says_who_is_asking_and_claim_goes_away_once_claimed(chat, services, inbox):
    channel = chat.in_("channel")
    await channel.say("<at>pscbot</at> /subscribe high")
    src = inbox.parent / "referral.eml"
    src.write_text(REFERRAL)
    drop(src, inbox, "referral.eml")
    mail = MailJobs(services)
    await mail.run_once()
    [alert] = alert_cards(chat)
    shown = alert.shown
    assert "Synthetic Ridge Rehabilitation Hospital" in shown
    assert "Marisol Quintero, RN · Case Manager · (555) 555-0142" in shown
    assert "J.S." in shown and "Jane" not in shown and "M123456777" not in shown
    assert "Alert 1" not in shown
    claim = next(a for a in actions_of(alert.card) if a["title"] == "Claim")
    response = await channel.as_(SAM).invoke("alert.claim", claim["data"])
    assert "Claim" not in [a["title"] for a in actions_of(response["value"])]
    assert "Claimed by Sam Coordinator" in card_texts(response["value"])
    await mail.close()
