"""Turning stored descriptions into what the API hands out.

Descriptions are stored as sanitised HTML fragments or plain text. Clients get plain text by
default (the widget puts it in ``textContent``; ORUK consumers expect text), and the HTML form is
re-sanitised on the way out with a small allowlist, so a mistake upstream cannot reach a page.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
     "blockquote", "section", "article", "dd", "dt", "pre", "hr"}
)  # fmt: skip
_SKIP = frozenset({"script", "style", "template", "noscript", "iframe", "object"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BREAKS = re.compile(r"\s*\n\s*")

SAFE_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "a"}
SAFE_ATTRIBUTES = {"a": {"href"}}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def plain_text(fragment: str | None) -> str | None:
    """Text content of an HTML fragment (or plain text, unchanged but tidied); paragraphs and
    list items become line breaks, script/style content is dropped."""
    if fragment is None:
        return None
    if "<" not in fragment and "&" not in fragment:
        text = fragment
    else:
        parser = _TextCollector()
        parser.feed(fragment)
        parser.close()
        text = "".join(parser.parts)
    text = _SPACES.sub(" ", text)
    text = _BREAKS.sub("\n", text).strip()
    return text or None


def safe_html(fragment: str | None) -> str | None:
    """The fragment through nh3 with a small allowlist; links get ``rel=noopener``."""
    if fragment is None:
        return None
    cleaned = nh3.clean(
        fragment,
        tags=SAFE_TAGS,
        attributes=SAFE_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer nofollow",
    ).strip()
    return cleaned or None
