"""Adaptive Card 1.5 building blocks: pure functions returning dicts, and safe text escaping."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

CARD_VERSION = "1.5"
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
# The key every action's data carries: the same id routes Action.Execute (verb) and the
# Action.Submit fallback (message with `value`), so handlers never parse verbs out of strings.
VERB_KEY = "pscbot_verb"
CARD_ID_KEY = "card_id"

# Display vocabulary shared by the card modules (the domain keeps the values, cards keep the words and colours).
PRIORITY_LABELS = {"urgent": "Urgent", "high": "High", "normal": "Normal", "low": "Low"}
PRIORITY_COLORS = {"urgent": "Attention", "high": "Warning", "normal": "Default", "low": "Accent"}
# E-mail request types (the triage rubric's keys) as the cards name them.
TYPE_LABELS = {
    "p2p_request": "P2P request",
    "appeal": "Appeal / reconsideration",
    "new_request": "New request",
    "extension_request": "Extension request",
    "updated_clinicals": "Updated clinicals",
    "status_inquiry": "Status inquiry",
    "discharge_notice": "Discharge notice",
    "other": "Other",
}


def type_label(request_type: str | None) -> str:
    return TYPE_LABELS.get(request_type or "", request_type or "—")


def priority_label(priority: str | None) -> str:
    return PRIORITY_LABELS.get(priority or "", priority or "—")


# No look-alike characters: user text stays exactly what was typed, so a status name or a case id can be
# copied back. Text that Markdown could misread goes into a RichTextBlock's TextRun, which the schema
# renders without Markdown in every host (backslash escapes in TextBlocks render differently on Teams
# desktop and mobile: microsoft/AdaptiveCards#5590). What escaping still does, by ordinary means:
# drops <at> tags (a mention needs an entity we add ourselves), defangs URL schemes and "www." the way
# security tools do ("https[:]//", "www[.]") so nothing becomes a link, and breaks templating markers
# with a space.
_AT_TAG = re.compile(r"(?i)</?at\b[^>]*>")
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{1,15}):(//)?")
_DANGEROUS = {"javascript", "data", "vbscript", "mailto", "file"}
_TEMPLATE = re.compile(r"(\$\{|\{\{)")
_WWW = re.compile(r"(?i)\b(www)\.")
# Characters (or line starts) that Teams' Markdown may turn into markup in a TextBlock or FactSet.
_MARKDOWN_SPECIAL = re.compile(r"[*_`~\[\]<>\\|&]|^\s*(?:[-+>#]|\d+[.)])|\n", re.M)


def escape_text(value: Any, *, limit: int | None = 2000) -> str:
    """Make user- or e-mail-supplied text inert, keeping every character a user may copy back.

    Removes Unicode format characters (zero-width, bidi overrides) so text cannot disguise itself,
    turns <at> tags into plain names, defangs URL schemes so nothing becomes a link, breaks templating
    markers, and caps the length. Markdown is not escaped here: `text` and `facts` put text Markdown
    could misread into TextRuns, which render literally.
    """
    text = "" if value is None else str(value)
    if not (text.isascii() and text.isprintable()):  # the common case needs no character-by-character pass
        text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in {"Cf", "Cc"})
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    text = _AT_TAG.sub(lambda m: "" if m.group(0).startswith("</") else "@", text)
    text = _SCHEME.sub(
        lambda m: (
            m.group(1) + "[:]" + (m.group(2) or "") if m.group(2) or m.group(1).lower() in _DANGEROUS else m.group(0)
        ),
        text,
    )
    text = _WWW.sub(r"\1[.]", text)
    return _TEMPLATE.sub(lambda m: m.group(0)[0] + " " + m.group(0)[1:], text)


def needs_plain_run(value: str) -> bool:
    """True when Markdown could read `value` as markup, so it must go in a TextRun, not a TextBlock."""
    return bool(_MARKDOWN_SPECIAL.search(value))


def new_card_id() -> str:
    return uuid.uuid4().hex


def card(
    body: list[dict], actions: list[dict] | None = None, *, refresh: dict | None = None, full_width: bool = True
) -> dict:
    """An Adaptive Card 1.5 document."""
    doc: dict[str, Any] = {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": CARD_VERSION,
        "body": body,
    }
    if actions:
        doc["actions"] = actions
    if refresh:
        doc["refresh"] = refresh
    if full_width:
        doc["msteams"] = {"width": "Full"}
    return doc


def text(
    value: str,
    *,
    weight: str | None = None,
    size: str | None = None,
    color: str | None = None,
    subtle: bool = False,
    wrap: bool = True,
    spacing: str | None = None,
    style: str | None = None,
    escape: bool = True,
) -> dict:
    """A line of text. Escaped by default: a TextBlock when Markdown cannot misread it, else a
    RichTextBlock whose TextRun shows it literally. `escape=False` is for trusted Markdown we wrote."""
    shown = escape_text(value) if escape else value
    if escape and needs_plain_run(shown):
        return rich([run(shown, weight=weight, size=size, color=color, subtle=subtle)], spacing=spacing)
    block: dict[str, Any] = {"type": "TextBlock", "text": shown, "wrap": wrap}
    for key, val in (("weight", weight), ("size", size), ("color", color), ("spacing", spacing), ("style", style)):
        if val:
            block[key] = val
    if subtle:
        block["isSubtle"] = True
    return block


def run(
    value: str, *, weight: str | None = None, size: str | None = None, color: str | None = None, subtle: bool = False
) -> dict:
    """A TextRun: shown literally (no Markdown). `value` must already be escaped."""
    inline: dict[str, Any] = {"type": "TextRun", "text": value}
    for key, val in (("weight", weight), ("size", size), ("color", color)):
        if val:
            inline[key] = val
    if subtle:
        inline["isSubtle"] = True
    return inline


def rich(inlines: list[dict], *, spacing: str | None = None) -> dict:
    block: dict[str, Any] = {"type": "RichTextBlock", "inlines": inlines}
    if spacing:
        block["spacing"] = spacing
    return block


def heading(value: str, *, color: str | None = None) -> dict:
    return text(value, weight="Bolder", size="Medium", color=color, style="heading")


def facts(pairs: Iterable[tuple[str, Any]]) -> dict:
    """Label/value pairs, escaped: a FactSet, or (when Markdown could misread a value) one RichTextBlock
    line per pair, since FactSet values are Markdown in Teams."""
    shown = [(escape_text(t), escape_text("—" if v in (None, "") else v)) for t, v in pairs]
    if not any(needs_plain_run(t) or needs_plain_run(v) for t, v in shown):
        return {"type": "FactSet", "facts": [{"title": t, "value": v} for t, v in shown]}
    return container(
        [rich([run(t + ": ", weight="Bolder"), run(v)], spacing="None") for t, v in shown], spacing="Small"
    )


def container(
    items: list[dict], *, style: str | None = None, separator: bool = False, spacing: str | None = None
) -> dict:
    block: dict[str, Any] = {"type": "Container", "items": items}
    if style:
        block["style"] = style
    if separator:
        block["separator"] = True
    if spacing:
        block["spacing"] = spacing
    return block


def action_data(verb: str, data: Mapping[str, Any] | None = None) -> dict:
    payload = dict(data or {})
    payload[VERB_KEY] = verb
    return payload


def execute(
    title: str,
    verb: str,
    data: Mapping[str, Any] | None = None,
    *,
    style: str | None = None,
    associated_inputs: str | None = None,
) -> dict:
    """Action.Execute (Universal Actions). The verb is also in data for the Action.Submit fallback."""
    action: dict[str, Any] = {"type": "Action.Execute", "title": title, "verb": verb, "data": action_data(verb, data)}
    # Clients without Universal Actions fall back to Action.Submit; the handler routes both alike.
    action["fallback"] = {"type": "Action.Submit", "title": title, "data": action_data(verb, data)}
    if style:
        action["style"] = style
    if associated_inputs:
        action["associatedInputs"] = associated_inputs
    return action


def submit(title: str, verb: str, data: Mapping[str, Any] | None = None, *, style: str | None = None) -> dict:
    action: dict[str, Any] = {"type": "Action.Submit", "title": title, "data": action_data(verb, data)}
    if style:
        action["style"] = style
    return action


def open_url(title: str, url: str) -> dict:
    """A link button; only https links are allowed on our cards."""
    if not url.lower().startswith("https://"):
        raise ValueError("only https links may appear on cards")
    return {"type": "Action.OpenUrl", "title": title, "url": url}


def show_card(title: str, inner: dict) -> dict:
    return {"type": "Action.ShowCard", "title": title, "card": inner}


def attachment(card_doc: Mapping[str, Any]) -> dict:
    """The attachment dict for an activity (framework-neutral; the edge turns it into an Attachment)."""
    return {"contentType": CARD_CONTENT_TYPE, "content": dict(card_doc)}
