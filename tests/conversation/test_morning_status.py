"""Issue 14, item 1: a status name can be typed back exactly as the bot prints it."""

import re

import pytest

from bot.cases import workflow
from tests.conversation.test_cases import add_case
from tests.support.chat import only


@pytest.mark.parametrize("typed", ["sent to md", "Sent to MD", "sent_to_md", "SENT  TO  MD", "sent-to-md"])
async def test_status_by_key_label_any_case_and_spacing(chat, services, typed):
    await add_case(services, status="in_review")
    moved = only(await chat.say(f"/status 2026004512 {typed} waiting for the MD"))
    assert "Sent to MD" in moved.shown and "waiting for the MD" in moved.shown
    assert "Status not changed" not in moved.shown


async def test_a_typo_gets_the_nearest_status_and_nothing_changes(chat, services):
    await add_case(services, status="new")
    typo = only(await chat.say("/status 2026004512 in reveiw"))
    assert "'in reveiw' is not a case status. Did you mean In review?" in typo.shown
    assert (
        "'Sent' is not a case status. Did you mean Sent to MD?" in only(await chat.say("/status 2026004512 Sent")).shown
    )
    case = await services.cases.get("2026004512")
    assert case.status == "new"


async def test_every_status_in_the_error_can_be_sent_back_as_printed(chat, services):
    await add_case(services, status="new")
    error = only(await chat.say("/status 2026004512 frobbed")).shown
    assert "＿" not in error and "［" not in error
    printed = re.search(r"Statuses: (.*)\.", error).group(1).split(", ")
    assert [workflow.parse_status(name).status for name in printed] == list(workflow.STATUSES)
    moved = only(await chat.say(f"/status 2026004512 {printed[1]}"))  # "In review", exactly as shown
    assert "Status not changed" not in moved.shown


async def test_usage_line_is_typeable(chat, services):
    await add_case(services, status="new")
    usage = only(await chat.say("/status 2026004512")).shown
    assert "/status <case id> <status> [note]" in usage
    assert not any(0xFF01 <= ord(ch) <= 0xFF5E for ch in usage)
