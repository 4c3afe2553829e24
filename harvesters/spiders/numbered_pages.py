"""Walking a JSON feed paged by number (``?page=N``), as ORUK feeds and Outpost's API are.

When page 1 says how many pages there are, every other page is requested at once (they are
remembered as page 1's links, so a 304 on page 1 replays them all); otherwise pages are walked
one after another until one says it is the last or comes back empty. A feed that ignores the
page parameter and serves page 1 again stops the walk instead of looping.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from scrapy import Request


class NumberedFeed(Protocol):
    """What a spider of such a feed offers (``SourceSpider.page`` and its page URLs)."""

    def list_url(self, page: int) -> str: ...

    def page(
        self, url: str, callback: str, data: dict[str, Any] | None = ..., *, nav: bool = ...
    ) -> Request: ...


def repeats_page_one(page: int, ids: list[str], first_ids: list[str] | None) -> bool:
    """Whether a later page served page 1's items again (the feed ignores ``page``)."""
    return page != 1 and bool(first_ids) and bool(ids) and ids == first_ids


def list_page(spider: NumberedFeed, page: int, first_ids: list[str]) -> Request:
    """The request for list page ``page``, carrying page 1's ids to spot a repeat."""
    return spider.page(
        spider.list_url(page), "parse_list", {"page": page, "first_ids": first_ids}, nav=True
    )


def next_pages(
    spider: NumberedFeed,
    page: int,
    total_pages: int | None,
    last: bool,
    ids: list[str],
    first_ids: list[str] | None,
    has_items: bool,
) -> Iterator[Request]:
    """The list pages to ask for after ``page``: all of them from page 1 when the count is
    known, else the next one while the feed has not said this page is the last."""
    if page == 1 and total_pages and total_pages > 1:
        for n in range(2, total_pages + 1):
            yield list_page(spider, n, ids)
    elif not total_pages and not last and has_items:
        yield list_page(spider, page + 1, first_ids or ids)
