"""HTML extraction (stdlib html.parser): h1-h4 split the sections; scripts, navigation and footers are skipped."""

from __future__ import annotations

from html.parser import HTMLParser

from bot.knowledge.extracted import Extracted, SectionBuilder, drop_title_heading

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
        # text pieces join as they came: block tags add their own line breaks
        self.builder = SectionBuilder(join="")
        self.first_h1 = ""

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
            self.builder.flush()
            self.heading_level = int(tag[1])
            self.heading_buf = []
        elif tag in _HTML_BLOCK:
            self.builder.add("\n")
        elif tag in {"td", "th"}:
            self.builder.add(" ; ")

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
            self.builder.open(level, heading)
        elif tag in _HTML_BLOCK:
            self.builder.add("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif self.skip:
            return
        elif self.heading_level:
            self.heading_buf.append(data)
        else:
            self.builder.add(data.replace("\n", " "))


def extract_html(text: str, fallback_title: str) -> Extracted:
    parser = _HtmlSections()
    parser.feed(text)
    parser.close()
    sections = parser.builder.finish()
    title = " ".join(parser.title.split()) or parser.first_h1 or fallback_title
    drop_title_heading(sections, title)
    return Extracted(title=title, format="html", sections=sections)
