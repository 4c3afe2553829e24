"""Rich text and raw evidence as directories print them: whitespace, HTML to plain text, and
HTML sanitised to the few tags a description needs (nh3), with links made absolute."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import nh3
from w3lib.html import remove_tags, replace_entities

_WS = re.compile(r"\s+")


def clean_text(text: str | None) -> str | None:
    """Collapse runs of whitespace (including non-breaking spaces) and trim; empty → None."""
    if text is None:
        return None
    cleaned = _WS.sub(" ", text.replace("\xa0", " ")).strip()
    return cleaned or None


_BLOCK_END = re.compile(r"(?i)</(p|div|li|h[1-6]|tr|dd|dt)>|<br\s*/?>")


def html_to_text(html: str | None) -> str | None:
    """Plain text of an HTML fragment, keeping a space where block elements ended."""
    if not html:
        return None
    spaced = _BLOCK_END.sub(lambda m: m.group(0) + " ", html)
    no_scripts = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", spaced)
    return clean_text(replace_entities(remove_tags(no_scripts)))


ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "dl",
        "dt",
        "em",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "i",
        "li",
        "ol",
        "p",
        "strong",
        "sub",
        "sup",
        "u",
        "ul",
    }
)
"""Structure and emphasis only: no images, media, forms, frames, tables of layout or styling."""

ALLOWED_ATTRIBUTES = {"a": {"href"}}
"""Only ``href`` on links; every other attribute (``on*`` handlers, ``style``, ``class``,
``id``, ``src``) is dropped."""

ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

_CLEAN_CONTENT = {"script", "style", "template", "noscript", "iframe", "object", "svg", "math"}


def _href_filter(base_url: str | None) -> Callable[[str, str, str], str | None]:
    def keep(tag: str, attr: str, value: str) -> str | None:
        if tag != "a" or attr != "href":
            return value
        href = value.strip()
        if base_url and not urlsplit(href).scheme:
            href = urljoin(base_url, href)
        scheme = urlsplit(href).scheme.lower()
        return href if scheme in ALLOWED_URL_SCHEMES else None

    return keep


def sanitise_html(html: str | None, base_url: str | None = None) -> str | None:
    """Rich text made safe to show: the explicit allowlist above, relative links resolved
    against the page they came from, comments and script/style contents removed."""
    if not html or not html.strip():
        return None
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_CLEAN_CONTENT),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_href_filter(base_url),
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()
    return cleaned if html_to_text(cleaned) else None


def sanitise_raw(value: object, base_url: str | None = None) -> object:
    """The raw fields kept as evidence, sanitised the same way: every string goes through
    the allowlist (plain text passes unchanged apart from HTML escaping), containers recurse."""
    if isinstance(value, str):
        if "<" not in value and "&" not in value:
            return value
        return nh3.clean(
            value,
            tags=set(ALLOWED_TAGS),
            clean_content_tags=set(_CLEAN_CONTENT),
            attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
            attribute_filter=_href_filter(base_url),
            url_schemes=set(ALLOWED_URL_SCHEMES),
            link_rel="noopener noreferrer nofollow",
        )
    if isinstance(value, dict):
        return {str(k): sanitise_raw(v, base_url) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [sanitise_raw(v, base_url) for v in value]
    return value
