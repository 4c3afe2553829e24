"""Reading the label/value layouts directory pages use, with parsel.

Directory detail pages are mostly "label: value" pairs — a ``dl`` of ``dt``/``dd``, or
paragraphs that start with a bold label. These helpers turn them into a dict keyed by the
normalised label (lower case, no trailing colon), so a spider says which labels it reads
and a relabelled field is visibly missing rather than silently misread.
"""

from __future__ import annotations

import re

from parsel import Selector, SelectorList

from harvesters.normalise import clean_text, html_to_text

_BREAKS = re.compile(r"(?i)<br\s*/?>|</(span|li|p|div)>")


def label_key(label: str | None) -> str:
    """``"Service Type:"`` → ``"service type"``."""
    return (clean_text(label) or "").rstrip(":").strip().lower()


def text(node: Selector | SelectorList | None) -> str | None:
    """All text inside a node, whitespace collapsed; None when empty."""
    if node is None:
        return None
    if isinstance(node, SelectorList):
        parts = [text(n) for n in node]
        return clean_text(" ".join(p for p in parts if p))
    return html_to_text(node.get())


def inner_html(node: Selector | None) -> str | None:
    """The markup inside a node (for rich text, sanitised later by the pipeline)."""
    if node is None:
        return None
    return "".join(node.xpath("node()").getall()).strip() or None


def lines(node: Selector | None) -> list[str]:
    """The text of a node split where the page breaks lines (``<br>``, spans, list items)."""
    if node is None:
        return []
    marked = _BREAKS.sub(lambda m: m.group(0) + "\n", inner_html(node) or "")
    out: list[str] = []
    for line in marked.split("\n"):
        value = html_to_text(line)
        if value:
            out.append(value)
    return out


def items(node: Selector | None) -> list[str]:
    """``li`` texts of a list inside the node, or the node's text as one item."""
    if node is None:
        return []
    found = [t for t in (text(li) for li in node.css("li")) if t]
    if found:
        return found
    single = text(node)
    return [single] if single else []


def dl_pairs(dl: Selector | SelectorList | None) -> dict[str, Selector]:
    """``dt``/``dd`` pairs → {label: dd}; the first of a repeated label wins."""
    pairs: dict[str, Selector] = {}
    if dl is None:
        return pairs
    for node in dl.xpath("./dt"):
        dd = node.xpath("following-sibling::*[1][self::dd]")
        if dd:
            pairs.setdefault(label_key(text(node)), dd[0])
    return pairs


def bold_label_pairs(paragraphs: SelectorList) -> dict[str, Selector]:
    """``<p><b>Label:</b> value</p>`` → {label: the paragraph}. The value is the paragraph's
    text after the label: use :func:`after_label`."""
    pairs: dict[str, Selector] = {}
    for p in paragraphs:
        label = p.xpath("./b[1]|./strong[1]")
        if label:
            pairs.setdefault(label_key(text(label[0])), p)
    return pairs


def after_label(paragraph: Selector | None) -> str | None:
    """The text of a labelled paragraph without its bold label."""
    if paragraph is None:
        return None
    label = text(paragraph.xpath("./b[1]|./strong[1]"))
    whole = text(paragraph) or ""
    if label and whole.startswith(label):
        whole = whole[len(label) :]
    return clean_text(whole)


_NOT_WEB = ("mailto:", "tel:", "javascript:", "#", "data:")


def website_href(node: Selector | SelectorList | None) -> str | None:
    """The first web link in a value. A website's link text is often a label ("Charity
    website", "Visit website"): the ``href`` is the address. Scheme-less ``www.`` hrefs
    count; mail, phone and script links do not."""
    if node is None:
        return None
    for href in node.css("a::attr(href)").getall():
        value = href.strip()
        if value and not value.lower().startswith(_NOT_WEB):
            return value
    return None


def mail_href(node: Selector | SelectorList | None) -> str | None:
    """The first ``mailto:`` link in a value."""
    if node is None:
        return None
    return next(
        (h for h in node.css("a::attr(href)").getall() if h.strip().lower().startswith("mailto:")),
        None,
    )
