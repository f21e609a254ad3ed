"""Issue 14, items 2, 7 and 9: help fits a narrow column, one date style, and the small things."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.cases import timefmt
from tests.conversation.test_cases import add_case
from tests.support.chat import only

CHI = ZoneInfo("America/Chicago")


def _blocks(node, kind):
    if isinstance(node, dict):
        if node.get("type") == kind:
            yield node
        for value in node.values():
            yield from _blocks(value, kind)
    elif isinstance(node, list):
        for item in node:
            yield from _blocks(item, kind)


async def test_help_is_one_command_per_row_with_the_full_syntax(chat):
    reply = only(await chat.say("/help"))
    assert not list(_blocks(reply.card, "ColumnSet"))  # no side-by-side columns to squeeze
    lines = reply.shown.splitlines()
    usage = lines.index("/queue [mine | team | md] [urgent | today | overdue] [IRF | LTAC | SNF]")
    assert lines[usage + 1] == "Your or the team's open cases by deadline"  # the description right below
    assert "/log <case id> [denial | p2p | clinicals | status | extension]" in lines
    assert "…" not in reply.shown


async def test_welcome_names_ltch_once_then_says_ltac(chat):
    welcome = only(await chat.install()).shown
    assert welcome.count("LTCH (LTAC)") == 1 and welcome.count("LTCH") == 1
    assert "LTCH" not in only(await chat.say("/help")).shown


async def test_far_deadlines_in_days_and_other_years_with_the_year(chat, services):
    now = datetime.now(UTC)
    await add_case(services, received=now - timedelta(days=400))
    shown = only(await chat.say("/case 2026004512")).shown
    received = (now - timedelta(days=400)).astimezone(services.settings.tz)
    assert f"{received.month}/{received.day}/{received.year}" in shown  # last year: with the year
    assert re.search(r"overdue \d{3} days", shown)
    assert not re.search(r"\d+ d \d+ h", shown)


def test_one_date_style_with_the_year_only_when_not_current():
    now = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    assert timefmt.date_display(date(2027, 2, 8), CHI, now=now) == "Mon 2/8/2027"
    assert timefmt.date_display(date(2026, 12, 10), CHI, now=now) == "Thu 12/10"
    feb = datetime(2027, 2, 8, 23, 0, tzinfo=UTC)
    assert timefmt.due_text(feb, now, CHI) == "Mon 2/8/2027 5:00 PM CST (in 69 days)"


async def test_answers_and_confirmations_read_plainly(chat):
    answer = only(await chat.say("how long does a member have to appeal?"))
    assert "Curated answer" not in answer.shown
    for block in _blocks(answer.card, "TextBlock"):
        assert block.get("color") != "Good"  # light green on white is hard to read
