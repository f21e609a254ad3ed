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

# Look-alike replacements instead of backslash escapes: Teams and the JS renderer disagree on
# backslash support, and a visible "\\*" helps nobody. Without brackets no link or image can
# form, without * _ ` ~ no emphasis or code, without < > no <at> mention or HTML.
_LOOKALIKES = str.maketrans({
    "*": "\u2217", "_": "\uff3f", "`": "\u02cb", "~": "\u223c", "[": "\uff3b", "]": "\uff3d",
    "<": "\u2039", ">": "\u203a", "|": "\u2223", "\\": "\u29f5",
})
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{1,15}):(//)?")
_TEMPLATE = re.compile(r"(\$\{|\{\{)")
_ENTITY = re.compile(r"&(#?\w{1,10});")  # an entity a client might decode back into markup
_WWW = re.compile(r"(?i)\bwww\.")


def escape_text(value: Any, *, limit: int | None = 2000) -> str:
    """Make user- or e-mail-supplied text inert in a TextBlock or FactSet.

    Removes Unicode format characters (zero-width, bidi overrides) so text cannot disguise
    itself, replaces markdown/HTML specials with look-alikes, defangs URL schemes so nothing
    becomes a clickable link, breaks templating markers, and caps the length.
    """
    text = "" if value is None else str(value)
    if not (text.isascii() and text.isprintable()):  # the common case needs no character-by-character pass
        text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in {"Cf", "Cc"})
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    text = text.translate(_LOOKALIKES)
    text = _SCHEME.sub(lambda m: m.group(1) + "\u2236" + (m.group(2) or "") if m.group(2) or
                       m.group(1).lower() in {"javascript", "data", "vbscript", "mailto", "file"}
                       else m.group(0), text)
    text = _ENTITY.sub("\uff06\\1;", text)
    text = _WWW.sub("www\u2024", text)
    return _TEMPLATE.sub(lambda m: m.group(0)[0] + "\u2009" + m.group(0)[1:], text)


def new_card_id() -> str:
    return uuid.uuid4().hex


def card(body: list[dict], actions: list[dict] | None = None, *, refresh: dict | None = None,
         full_width: bool = True) -> dict:
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


def text(value: str, *, weight: str | None = None, size: str | None = None, color: str | None = None,
         subtle: bool = False, wrap: bool = True, spacing: str | None = None, style: str | None = None,
         escape: bool = True) -> dict:
    """A TextBlock; `value` is escaped unless the caller built it from trusted, already-escaped parts."""
    block: dict[str, Any] = {"type": "TextBlock", "text": escape_text(value) if escape else value, "wrap": wrap}
    for key, val in (("weight", weight), ("size", size), ("color", color), ("spacing", spacing),
                     ("style", style)):
        if val:
            block[key] = val
    if subtle:
        block["isSubtle"] = True
    return block


def heading(value: str, *, color: str | None = None) -> dict:
    return text(value, weight="Bolder", size="Medium", color=color, style="heading")


def facts(pairs: Iterable[tuple[str, Any]]) -> dict:
    """A FactSet; titles are ours, values are escaped."""
    return {
        "type": "FactSet",
        "facts": [{"title": escape_text(t), "value": escape_text("—" if v in (None, "") else v)}
                  for t, v in pairs],
    }


def container(items: list[dict], *, style: str | None = None, separator: bool = False,
              spacing: str | None = None) -> dict:
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


def execute(title: str, verb: str, data: Mapping[str, Any] | None = None, *, style: str | None = None,
            associated_inputs: str | None = None) -> dict:
    """Action.Execute (Universal Actions). The verb is also in data for the Action.Submit fallback."""
    action: dict[str, Any] = {"type": "Action.Execute", "title": title, "verb": verb,
                              "data": action_data(verb, data)}
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
