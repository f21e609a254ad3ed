"""HTML to plain text with the standard library only.

Drops script/style/head/title and invisible elements (display:none, visibility:hidden, font-size:0,
white-on-white text, ``hidden`` attribute), keeps block structure as newlines and never follows links.
"""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser

_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "select",
        "option",
        "textarea",
        "button",
        "applet",
        "frameset",
        "noembed",
        "noframes",
    }
)
_VOID_TAGS = frozenset(
    {
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "base",
        "area",
        "col",
        "embed",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "ul",
        "ol",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "td",
        "th",
        "dd",
        "dt",
        "dl",
        "address",
        "center",
        "form",
        "fieldset",
        "body",
        "html",
    }
)
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0+(?:\.0+)?\s*(?:px|pt|em|rem|%)?\s*(?:;|$|!)"
    r"|max-height\s*:\s*0|opacity\s*:\s*0+(?:\.0+)?\s*(?:;|$)|mso-hide\s*:\s*all"
    r"|font-size\s*:\s*[01](?:\.\d+)?\s*px|color\s*:\s*transparent"
    r"|(?:^|;)\s*height\s*:\s*0+(?:px)?\s*;[^\"]*overflow\s*:\s*hidden",
    re.I,
)
_WHITE = r"(?:#fff(?:fff)?|white|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))"
_WHITE_TEXT = re.compile(r"(?:^|;|\s)color\s*:\s*" + _WHITE + r"\s*(?:;|$|!)", re.I)
_WHITE_BG = re.compile(r"background(?:-color)?\s*:\s*" + _WHITE, re.I)


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, hides content)
        self.hidden_depth = 0
        self.quote_depth = 0

    def _hides(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _DROP_TAGS:
            return True
        style = ""
        for name, value in attrs:
            if name == "hidden":
                return True
            if name == "style" and value:
                style = value
            if name == "aria-hidden" and (value or "").lower() == "true":
                return True
        if style:
            if _HIDDEN_STYLE.search(style):
                return True
            if _WHITE_TEXT.search(style) and not re.search(r"background", style, re.I):
                # white text on the default (white) background: invisible
                return True
            if _WHITE_TEXT.search(style) and _WHITE_BG.search(style):
                return True
        return False

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in _BLOCK_TAGS:
            self.out.append("\n")
        if tag in _VOID_TAGS:
            return
        hides = self._hides(tag, attrs)
        self.stack.append((tag, hides))
        if hides:
            self.hidden_depth += 1
        if tag == "blockquote":
            self.quote_depth += 1
        if len(self.stack) > 2000:  # unclosed-tag bomb: forget the oldest entries
            del self.stack[:1000]

    def handle_startendtag(self, tag, attrs):
        if tag.lower() in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in _VOID_TAGS:
            return
        # pop to the matching open tag (tolerate mis-nesting)
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 50), -1):
            if self.stack[i][0] == tag:
                for t, hides in self.stack[i:]:
                    if hides:
                        self.hidden_depth -= 1
                    if t == "blockquote":
                        self.quote_depth -= 1
                del self.stack[i:]
                break
        if tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data):
        if self.hidden_depth > 0 or not data:
            return
        self.out.append(data)


_WS = re.compile(r"[ \t\r\f\v\xa0]+")
_NL = re.compile(r"\n\s*\n\s*\n+")


def html_to_text(html: str, deadline: float | None = None) -> str:
    """Visible text of an HTML fragment; never raises. Stops feeding at ``deadline`` (time.monotonic())."""
    conv = _Converter()
    try:
        for i in range(0, len(html), 65_536):
            if deadline is not None and time.monotonic() > deadline:
                break
            conv.feed(html[i : i + 65_536])
        conv.close()
    except Exception:  # noqa: BLE001 - malformed markup: keep what we have
        pass
    text = "".join(conv.out)
    lines = [_WS.sub(" ", ln).strip() for ln in text.split("\n")]
    text = "\n".join(lines)
    return _NL.sub("\n\n", text).strip()
