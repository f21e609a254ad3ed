"""Case card builders: expected texts, actions with case_id, escaping of injected markdown."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from cards import cases as cc
from cards.base import VERB_KEY
from cards.core import error_card
from tests.support.chat import card_texts
from tests.support.sample_inputs import _fake_case

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)  # Mon 11/30 12:00 PM CST


def fake_case(**kw):
    # the shared synthetic case, with the shorter facility and liaison names these cards were written against
    return _fake_case(**{"facility": "Synthetic Rehab", "liaison_name": "Liaison", **kw})


def actions_of(doc):
    out = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type", "").startswith("Action."):
                out.append(node)
            for k, v in node.items():
                if k != "fallback":  # an Action.Execute's Action.Submit twin is not another button
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    return out


def test_case_card_content_and_actions():
    ev = SimpleNamespace(
        at=NOW - timedelta(hours=1), actor_id="u1", actor_name="Nurse One", kind="status", detail="New → In review"
    )
    doc = cc.case_card(fake_case(), [ev], NOW, CHI, viewer_id="u2")
    blob = json.dumps(doc, ensure_ascii=False)
    for expected in (
        "Case 2026004512",
        "In review",
        "Urgent",
        "Mon 11/30 5:00 PM CST (in 5 h)",
        "IRF",
        "Initial",
        "Synthetic Person · M123456789",
        "Nurse One",
        "Recent activity",
        "New → In review",
    ):
        assert expected in blob, expected
    assert doc["body"][1]["color"] == "Attention"
    verbs = {a.get("verb") or a["data"][VERB_KEY] if "data" in a else a["title"]: a for a in actions_of(doc)}
    assert {"case.claim", "case.status", "call.open", "Change status"} <= set(verbs)
    for verb in ("case.claim", "case.status", "call.open"):
        assert verbs[verb]["data"]["case_id"] == "2026004512"
    choice = next(i for i in verbs["Change status"]["card"]["body"] if i["type"] == "Input.ChoiceSet")
    assert [c["value"] for c in choice["choices"]] == ["pending_info", "sent_to_md", "withdrawn"]


def test_case_card_for_own_closed_and_denied_cases():
    own = cc.case_card(fake_case(), [], NOW, CHI, viewer_id="u1")
    assert "case.claim" not in json.dumps(own)
    assert "Nurse One (you)" in json.dumps(own)
    closed = cc.case_card(fake_case(status="closed"), [], NOW, CHI, viewer_id="u2")
    titles = [a["title"] for a in actions_of(closed)]
    assert titles == ["Log call"]
    denied = cc.case_card(fake_case(status="denied", denial_notice_date=date(2026, 11, 30)), [], NOW, CHI)
    assert "Appeal by" in json.dumps(denied) and "AP-02" in json.dumps(denied)


def test_injected_markdown_is_escaped():
    evil = "**[click](https://evil.example)** <at>x</at> ${x}"
    doc = cc.case_card(
        fake_case(facility=evil, member_name=evil, assigned_to_name=evil),
        [SimpleNamespace(at=NOW, actor_id="u", actor_name=evil, kind="note", detail=evil)],
        NOW,
        CHI,
    )
    blob = json.dumps(doc, ensure_ascii=False)
    for bad in ("<at>", "https://", "${"):
        assert bad not in blob, bad
    q = cc.queue_card([fake_case(facility=evil)], 1, "Team queue", NOW, CHI)
    for shown in _markdown_texts(doc) + _markdown_texts(q):  # Markdown-looking text only in literal TextRuns
        assert "**" not in shown and "](" not in shown, shown
    assert "**[click](https[:]//evil.example)** @x $ {x}" in card_texts(doc)


def _markdown_texts(node) -> list[str]:
    """Strings Teams reads as Markdown: TextBlock texts and FactSet titles/values."""
    out: list[str] = []
    if isinstance(node, dict):
        if node.get("type") == "TextBlock":
            out.append(node["text"])
        for fact in node.get("facts", []) if node.get("type") == "FactSet" else []:
            out += [fact["title"], fact["value"]]
        for value in node.values():
            out += _markdown_texts(value)
    elif isinstance(node, list):
        for item in node:
            out += _markdown_texts(item)
    return out


def test_queue_card_rows_and_more():
    cases = [fake_case(case_id=f"20260000{i:02d}", due_at=NOW + timedelta(hours=i - 2)) for i in range(20)]
    doc = cc.queue_card(cases, 42, "Team queue", NOW, CHI)
    rows = [b for b in doc["body"] if b["type"] == "ColumnSet"]
    assert len(rows) == 15
    blob = json.dumps(doc, ensure_ascii=False)
    assert "and 27 more" in blob and "42 cases awaiting a decision" in blob
    assert "overdue 2 h" in blob and "Synthetic Person" not in blob  # no member names on the queue
    opens = [a for a in actions_of(doc) if a.get("verb") == "case.open"]
    assert len(opens) == 15 and opens[0]["data"]["case_id"] == "2026000000"


def test_queue_card_capped_total():
    from bot.cases.service import QUEUE_COUNT_CAP

    doc = cc.queue_card([fake_case()], QUEUE_COUNT_CAP + 1, "Team queue", NOW, CHI)
    blob = json.dumps(doc)
    assert "More than 1,000 cases" in blob and "and 999+ more" in blob


def test_empty_list_and_error_cards():
    assert "No cases" in json.dumps(cc.empty_queue_card("My queue", "Try /queue team"))
    doc = cc.case_list_card("M123456789", [fake_case(), fake_case(case_id="2026004513")], NOW, CHI)
    blob = json.dumps(doc)
    assert "Cases for member M123456789" in blob and "2026004513" in blob
    assert error_card("No case *x*", title="Not found")["body"][1]["inlines"][0]["text"] == "No case *x*"
