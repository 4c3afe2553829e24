"""Sitemap-driven sites whose pages carry schema.org JSON-LD or microdata.

Config (``kind = "sitemap"``): ``base_url`` is the site. ``params``:

* ``sitemap_url`` (default ``{base_url}/sitemap.xml``); sitemap indexes are followed
* ``include``: a regular expression a page URL must match to be a listing (e.g.
  ``"/services/[^/]+$"``); ``exclude``: one it must not match

A listing's key is its URL path, which is what such sites keep stable. ``lastmod`` is not
trusted on its own: pages are fetched conditionally, so an unchanged page costs a 304.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Request, Response, TextResponse
from scrapy.utils.sitemap import Sitemap

from harvesters.expect import ParseError
from harvesters.items import Listing
from harvesters.schema_org import extract_items, main_item, service_from_item
from harvesters.spiders.base import SourceSpider


def listing_key(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


class SitemapSpider(SourceSpider):
    kind = "sitemap"
    parser_version = 1

    def first_requests(self) -> Iterable[Request]:
        default = self.source.base_url.rstrip("/") + "/sitemap.xml"
        yield self.page(
            str(self.source.params.get("sitemap_url", default)), "parse_sitemap", nav=True
        )

    def _wanted(self, url: str) -> bool:
        include = self.source.params.get("include")
        exclude = self.source.params.get("exclude")
        if include and not re.search(str(include), url):
            return False
        return not (exclude and re.search(str(exclude), url))

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        body = response.body
        if (
            not body.lstrip().startswith(b"<?xml")
            and b"<urlset" not in body[:2048]
            and (b"<sitemapindex" not in body[:2048])
        ):
            raise ParseError(response.url, "sitemap", "not a sitemap")
        sitemap = Sitemap(body)
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                loc = entry.get("loc")
                if loc:
                    yield self.page(response.urljoin(loc), "parse_sitemap", nav=True)
            return
        for entry in sitemap:
            loc = entry.get("loc")
            if loc and self._wanted(response.urljoin(loc)):
                yield self.page(response.urljoin(loc), "parse_page")

    def parse_page(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            raise ParseError(response.url, "page", "not a text page")
        url = self.page_url(response)
        item = main_item(extract_items(response.text, response.url), response.url)
        if item is None:
            raise ParseError(response.url, "schema.org item", "no service described on the page")
        service = service_from_item(item, response.url, None)  # borough: see pipeline
        yield Listing(
            listing_key=listing_key(url),
            source_url=url,
            service=service,
            raw=item,
        )
