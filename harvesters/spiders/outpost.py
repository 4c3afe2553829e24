"""Outpost's own API (``/api/v1/services``: Buckinghamshire's Family Information Service; the
service directory behind Greenwich's LocalGov Drupal site).

Config (``kind = "outpost"``): ``base_url`` is the API root (``…/api/v1``). ``params``:

* ``services_path`` (``"/services"``), ``per_page`` (50)
* ``query``: extra list parameters (``{targetDirectories = "bfis"}`` to list one directory
  of a shared instance; ``taxonomies``, ``ages`` … as the API takes them)

The envelope is Spring-like (``number``, ``size`` — the records on the page —,
``totalPages``, ``totalElements``, ``first``, ``last``, ``content``); every record on a list
page is complete, so there is no detail request. A feed that ignores ``page`` (page n repeats
page 1) ends the walk. Records are Outpost's own shape (:mod:`harvesters.outpost_map`),
not ORUK, which is why this is not an ``oruk`` source.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode

from scrapy.http import Request, Response

from harvesters.expect import ParseError
from harvesters.items import Listing
from harvesters.job import Skip
from harvesters.outpost_map import service_from_outpost
from harvesters.spiders.base import SourceSpider
from harvesters.spiders.numbered_pages import next_pages, repeats_page_one
from harvesters.spiders.oruk import parse_json


def envelope(body: Any, url: str) -> tuple[list[dict[str, Any]], int | None, bool]:
    """(records, total pages, is last page); ParseError if it is not Outpost's envelope."""
    if not isinstance(body, dict) or not isinstance(body.get("content"), list):
        raise ParseError(url, "envelope", "no 'content' list (not an Outpost answer)")
    total = body.get("totalPages")
    total_pages = int(total) if isinstance(total, int | float) and total >= 0 else None
    items = [i for i in body["content"] if isinstance(i, dict)]
    return items, total_pages, bool(body.get("last")) or not items


class OutpostSpider(SourceSpider):
    kind = "outpost"
    parser_version = 1

    @property
    def services_url(self) -> str:
        path = str(self.source.params.get("services_path", "/services"))
        return self.source.base_url.rstrip("/") + "/" + path.lstrip("/")

    def list_url(self, page: int) -> str:
        query: dict[str, Any] = dict(self.source.params.get("query", {}))
        query["page"] = page
        query["per_page"] = int(self.source.params.get("per_page", 50))
        return f"{self.services_url}?{urlencode(query, doseq=True)}"

    def first_requests(self) -> Iterable[Request]:
        yield self.page(self.list_url(1), "parse_list", {"page": 1, "first_ids": None}, nav=True)

    def parse_list(
        self, response: Response, page: int, first_ids: list[str] | None
    ) -> Iterator[Any]:
        url = self.page_url(response)
        items, total_pages, last = envelope(parse_json(response), url)
        ids = [str(i.get("id")) for i in items if i.get("id") is not None]
        if repeats_page_one(page, ids, first_ids):
            self.logger.warning("%s repeats page 1 at page %d; stopping", self.source.id, page)
            return
        for item in items:
            try:
                service = service_from_outpost(item, url)
            except ParseError as exc:
                yield Skip(url, str(exc), f"unreadable {exc.field}", True)
                continue
            yield Listing(listing_key=str(item["id"]), source_url=url, service=service, raw=item)
        yield from next_pages(self, page, total_pages, last, ids, first_ids, bool(items))
