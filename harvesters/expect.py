"""Selectors that say what they expect.

A detail page with no name, or with two, is not a listing with an empty name: it is a page
the spider does not understand (a changed template, an error page served with 200). These
helpers raise :class:`ParseError` naming the URL and the field, the listing is skipped and
counted, and the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterable

from harvesters.normalise import clean_text


class ParseError(ValueError):
    def __init__(self, url: str, field: str, problem: str) -> None:
        super().__init__(f"{url}: {field}: {problem}")
        self.url = url
        self.field = field
        self.problem = problem


def _texts(values: Iterable[str | None]) -> list[str]:
    return [t for t in (clean_text(v) for v in values) if t]


def one(values: Iterable[str | None], field: str, url: str) -> str:
    """Exactly one non-empty value, or a ParseError saying "none" or "N found"."""
    found = _texts(values)
    if not found:
        raise ParseError(url, field, "not found")
    if len(found) > 1:
        raise ParseError(url, field, f"{len(found)} found, expected one")
    return found[0]


def at_most_one(values: Iterable[str | None], field: str, url: str) -> str | None:
    """An optional field that must not be ambiguous."""
    found = _texts(values)
    if len(found) > 1 and len(set(found)) > 1:
        raise ParseError(url, field, f"{len(found)} different values found, expected one")
    return found[0] if found else None
