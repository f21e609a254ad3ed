"""HTML extraction (stdlib html.parser): h1-h4 split the sections; scripts, navigation and footers are skipped."""

from __future__ import annotations

from html.parser import HTMLParser

from bot.knowledge.extracted import Extracted, RawSection, clean_text

_HTML_SKIP = {"script", "style", "head", "noscript", "template", "svg", "nav", "footer", "iframe"}
_HTML_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "table",
    "ul",
    "ol",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "h5",
    "h6",
    "hr",
    "header",
    "main",
}


class _HtmlSections(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.in_title = False
        self.skip = 0
        self.heading_level = 0
        self.heading_buf: list[str] = []
        self.stack: list[tuple[int, str]] = []
        self.buf: list[str] = []
        self.sections: list[RawSection] = []
        self.first_h1 = ""

    def flush(self) -> None:
        body = clean_text("".join(self.buf))
        if body:
            self.sections.append(RawSection([h for _, h in self.stack], body))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
            return
        if tag in _HTML_SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in {"h1", "h2", "h3", "h4"}:
            self.flush()
            self.heading_level = int(tag[1])
            self.heading_buf = []
        elif tag in _HTML_BLOCK:
            self.buf.append("\n")
        elif tag in {"td", "th"}:
            self.buf.append(" ; ")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if tag in _HTML_SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in {"h1", "h2", "h3", "h4"} and self.heading_level:
            heading = " ".join("".join(self.heading_buf).split())
            level = self.heading_level
            self.heading_level = 0
            if not heading:
                return
            if level == 1 and not self.first_h1:
                self.first_h1 = heading
            while self.stack and self.stack[-1][0] >= level:
                self.stack.pop()
            self.stack.append((level, heading))
        elif tag in _HTML_BLOCK:
            self.buf.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif self.skip:
            return
        elif self.heading_level:
            self.heading_buf.append(data)
        else:
            self.buf.append(data.replace("\n", " "))


def extract_html(text: str, fallback_title: str) -> Extracted:
    parser = _HtmlSections()
    parser.feed(text)
    parser.close()
    parser.flush()
    title = " ".join(parser.title.split()) or parser.first_h1 or fallback_title
    for s in parser.sections:
        if s.heading_path and s.heading_path[0] == title:
            s.heading_path = s.heading_path[1:]
    return Extracted(title=title, format="html", sections=parser.sections)
