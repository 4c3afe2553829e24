"""Static guarantees about the widget's source that the browser tests cannot prove by example:
no HTML parsing of strings, no code from strings, no cookies or storage, no off-site URLs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "widget" / "src"


def _code(text: str) -> str:
    """The text without comments, so documentation that names a forbidden API is allowed."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"(?<![:\"'\\])//.*$", "", text, flags=re.M)


JS = _code((SRC / "signpost-search.js").read_text(encoding="utf-8"))
CSS = _code((SRC / "signpost-search.css").read_text(encoding="utf-8"))

FORBIDDEN_JS = {
    "innerHTML": r"\binnerHTML\b",
    "outerHTML": r"\bouterHTML\b",
    "insertAdjacentHTML": r"\binsertAdjacentHTML\b",
    "document.write": r"document\.write",
    "eval": r"\beval\s*\(",
    "new Function": r"new\s+Function\b",
    "string timers": r"set(?:Timeout|Interval)\(\s*[\"'`]",
    "cookies": r"\bcookie\b",
    "web storage": r"\b(?:localStorage|sessionStorage|indexedDB)\b",
    "inline style attributes": r"\.style\b|[\"']style[\"']\s*:",
    "HTML parsing": r"\b(?:DOMParser|createContextualFragment|parseHTMLUnsafe|setHTMLUnsafe)\b",
}


@pytest.mark.parametrize("what", sorted(FORBIDDEN_JS))
def test_script_never_uses(what: str) -> None:
    match = re.search(FORBIDDEN_JS[what], JS)
    assert match is None, f"widget script uses {what}: {match.group(0)!r}"


def test_no_third_party_urls_in_script_or_stylesheet() -> None:
    urls = re.findall(r"https?://[^\s\"'`)]+", JS + CSS)
    assert urls == [], f"hard-coded URLs would be third-party requests: {urls}"


def test_stylesheet_imports_nothing() -> None:
    assert "@import" not in CSS and "url(" not in CSS
