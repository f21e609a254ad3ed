"""Every card the bot sends parses cleanly in Microsoft's Adaptive Cards renderer (schema 1.5, as Teams),
the checker really catches broken cards, and hostile text is made inert by cards.base.escape_text."""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import pkgutil

import pytest

import cards
from cards.base import escape_text, facts, text
from tests.support.card_samples import HOSTILE, SAMPLE_SOURCES, all_card_samples
from tests.support.cardcheck import check_cards

SAMPLES = all_card_samples()


@pytest.fixture(scope="module")
def results() -> dict[str, list[str]]:
    return check_cards(SAMPLES)


@pytest.mark.parametrize("name", [name for name, _ in SAMPLES])
def test_card_has_no_parse_or_validation_events(results, name):
    assert results[name] == []


def test_every_cards_module_has_a_sample_source():
    modules = {m.name for m in pkgutil.iter_modules(cards.__path__)} - {"base"}
    sources = {source.__name__.removesuffix("_samples") for source in SAMPLE_SOURCES}
    assert modules <= sources, f"cards modules without samples: {sorted(modules - sources)}"


def test_every_card_builder_has_a_sample():
    names = [name for name, _ in SAMPLES]
    for source in SAMPLE_SOURCES:
        module_name = source.__name__.removesuffix("_samples")
        module = importlib.import_module(f"cards.{module_name}")  # missing: fail, never skip
        builders = [
            n
            for n, fn in inspect.getmembers(module, inspect.isfunction)
            if n.endswith("_card") and not n.startswith("_") and fn.__module__ == module.__name__
        ]
        assert builders, module.__name__
        for builder in builders:
            prefix = f"{module_name}.{builder.removesuffix('_card')}"
            assert any(n.startswith(prefix) for n in names), f"no sample for {module.__name__}.{builder}"


def test_cards_declare_version_1_5_and_stay_small():
    for name, doc in SAMPLES:
        assert doc["type"] == "AdaptiveCard" and doc["version"] == "1.5", name
        assert len(json.dumps(doc).encode()) < 28 * 1024, name


# -- the checker catches broken cards ------------------------------------------------------------------


def _card(body, actions=None, version="1.5"):
    doc = {"type": "AdaptiveCard", "version": version, "body": body}
    if actions:
        doc["actions"] = actions
    return doc


BROKEN = {
    "unknown_element": (_card([{"type": "Frobnicate", "text": "x"}]), "UnknownElementType"),
    "v16_element": (_card([{"type": "Carousel", "pages": []}]), "UnknownElementType"),
    "v16_card_version": (_card([{"type": "TextBlock", "text": "x"}], version="1.6"), "UnsupportedCardVersion"),
    "input_without_id": (_card([{"type": "Input.Text", "label": "Note"}]), "PropertyCantBeNull"),
    "duplicate_ids": (
        _card([{"type": "TextBlock", "text": "a", "id": "x"}, {"type": "TextBlock", "text": "b", "id": "x"}]),
        "DuplicateId",
    ),
    "bad_enum": (_card([{"type": "TextBlock", "text": "x", "color": "Purple"}]), "InvalidPropertyValue"),
    "unknown_action": (_card([], [{"type": "Action.Frob", "title": "x"}]), "UnknownActionType"),
    "typo_property": (_card([{"type": "TextBlock", "text": "x", "wieght": "Bolder"}]), "UnsupportedProperty"),
    "nested_typo": (
        _card(
            [
                {
                    "type": "ColumnSet",
                    "columns": [
                        {"type": "Column", "items": [{"type": "FactSet", "facts": [{"title": "a", "valeu": "b"}]}]}
                    ],
                }
            ]
        ),
        "UnsupportedProperty",
    ),
    "javascript_link": (
        _card([], [{"type": "Action.OpenUrl", "title": "x", "url": "javascript:alert(1)"}]),
        "InvalidPropertyValue",
    ),
    "not_a_card": ({"type": "Message", "text": "hi"}, "MissingCardType"),
}


def test_checker_catches_broken_cards():
    results = check_cards([(name, doc) for name, (doc, _) in BROKEN.items()])
    for name, (_, expected) in BROKEN.items():
        assert any(expected in problem for problem in results[name]), (name, results[name])


def test_checker_catches_a_broken_real_card():
    name, doc = SAMPLES[0]
    broken = copy.deepcopy(doc)
    broken["body"].append(
        {
            "type": "Table",
            "columns": [{"width": 1}],
            "rows": [
                {"type": "TableRow", "cells": [{"type": "TableCell", "items": [{"type": "Badge", "text": "new"}]}]}
            ],
        }
    )
    broken["actions"] = [
        *broken.get("actions", []),
        {"type": "Action.Execute", "title": "x", "verb": "v", "tooltipp": "typo"},
    ]
    problems = check_cards([(name, doc), (name + ".broken", broken)])
    assert problems[name] == []
    joined = "\n".join(problems[name + ".broken"])
    assert "Badge" in joined and "tooltipp" in joined


# -- escaping ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, forbidden",
    [
        ("[click](https://evil.example/phish)", ["https://"]),
        ("![x](https://evil.example/x.png)", ["https://"]),
        ("[x](javascript:alert(1))", ["javascript:"]),
        ("JaVaScRiPt:alert(1)", ["javascript:", "JaVaScRiPt:"]),
        ("java\u200bscript:alert(1)", ["javascript:", "\u200b"]),
        ("<at>Everyone</at>", ["<at>", "</at>"]),
        ('<at id="0">Pat</at> please', ["<at", "</at"]),
        ("${user.name}", ["${"]),
        ("$\u200b{user.name}", ["${"]),
        ("{{secret}}", ["{{"]),
        ("https://evil.example/x", ["https://"]),
        ("see www.evil.example", ["www.evil"]),
        ("data:text/html,hi", ["data:"]),
        ("\u202egnp.exe", ["\u202e"]),
    ],
)
def test_escape_text_makes_hostile_text_inert(raw, forbidden):
    out = escape_text(raw)
    for bad in forbidden:
        assert bad not in out, (raw, out)
    assert out.strip(), "escaping must keep something readable"


def test_escape_text_keeps_plain_text_and_caps_length():
    assert (
        escape_text("Case 2026004512 · IRF · due 12/01 3:00 PM (you)")
        == "Case 2026004512 · IRF · due 12/01 3:00 PM (you)"
    )
    assert escape_text("in_review [mine|team] *note*") == "in_review [mine|team] *note*"
    assert escape_text("<at>Pat</at> called") == "@Pat called"
    assert escape_text(None) == ""
    assert len(escape_text("x" * 5000)) == 2000
    assert escape_text("x" * 5000).endswith("\u2026")


def test_markdown_looking_text_is_shown_literally_in_a_text_run():
    """What Markdown could misread goes in a TextRun (never Markdown); plain text stays a TextBlock."""
    assert text("Case 2026004512 is in review") == {
        "type": "TextBlock",
        "text": "Case 2026004512 is in review",
        "wrap": True,
    }
    block = text("Status in_review: **not** bold", weight="Bolder")
    assert block["type"] == "RichTextBlock"
    assert block["inlines"] == [{"type": "TextRun", "text": "Status in_review: **not** bold", "weight": "Bolder"}]
    plain = facts([("Status", "In review")])
    assert plain["type"] == "FactSet"
    literal = facts([("Status", "in_review"), ("Note", "plain")])
    runs = [[i["text"] for i in b["inlines"]] for b in literal["items"]]
    assert runs == [["Status: ", "in_review"], ["Note: ", "plain"]]


def test_builders_escape_by_default():
    block = text(HOSTILE)
    value = "".join(i["text"] for i in block["inlines"])
    for bad in ("<at>", "${", "{{", "javascript:", "\u202e"):
        assert bad not in value


DISPLAYED_KEYS = {"TextBlock": ("text",), "TextRun": ("text",)}
MARKDOWN_KEYS = {"TextBlock"}  # and FactSet titles/values: Teams reads these as Markdown


def _displayed_text(node, out, *, markdown_only=False):
    if isinstance(node, dict):
        kind = node.get("type", "")
        if not markdown_only or kind in MARKDOWN_KEYS:
            for key in DISPLAYED_KEYS.get(kind, ()):
                out.append(node.get(key, ""))
        if kind == "FactSet":
            for fact in node.get("facts", []):
                out += [fact.get("title", ""), fact.get("value", "")]
        for key, value in node.items():
            if key != "data":
                _displayed_text(value, out, markdown_only=markdown_only)
    elif isinstance(node, list):
        for item in node:
            _displayed_text(item, out, markdown_only=markdown_only)
    return out


def _mention_texts(doc):
    return {e["text"] for e in doc.get("msteams", {}).get("entities", [])}


@pytest.mark.parametrize("name", [name for name, _ in SAMPLES])
def test_no_hostile_markup_survives_in_any_sample(name):
    doc = dict(SAMPLES)[name]
    mentions = _mention_texts(doc)
    for shown in _displayed_text(doc, []):
        for at in mentions:  # our own mention entities are the only <at> allowed
            shown = shown.replace(at, "")
        for bad in ("<at", "</at>", "${", "{{", "javascript:", "\u202e", "\u200b", "https://evil"):
            assert bad not in shown, (name, bad, shown)
    for shown in _displayed_text(doc, [], markdown_only=True):
        for bad in ("](", "**", "`", "<script", "\\*"):
            assert bad not in shown, (name, bad, shown)
    for action in _actions(doc):
        if action["type"] == "Action.OpenUrl":
            assert action["url"].startswith("https://"), (name, action)


# Look-alikes once used instead of escaping: full-width forms (U+FF01-U+FF5E: ＿ ［ ］ ＆ ...) and the
# mathematical/typographic twins of * ` ~ < > | \\ : and "." that made printed names impossible to type back.
LOOKALIKES = {chr(c) for c in range(0xFF01, 0xFF5F)} | set("\u2217\u02cb\u223c\u2039\u203a\u2223\u29f5\u2236\u2024")


@pytest.mark.parametrize("name", [name for name, _ in SAMPLES])
def test_no_lookalike_characters_in_any_sample(name):
    dumped = json.dumps(dict(SAMPLES)[name], ensure_ascii=False)
    found = sorted({f"U+{ord(ch):04X}" for ch in dumped if ch in LOOKALIKES})
    assert not found, (name, found)


def _actions(node):
    if isinstance(node, dict):
        if str(node.get("type", "")).startswith("Action."):
            yield node
        for value in node.values():
            yield from _actions(value)
    elif isinstance(node, list):
        for item in node:
            yield from _actions(item)
