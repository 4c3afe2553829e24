"""Open Referral UK feeds: the 3.0 envelope and the 1.0/2.0 one, every page, thin lists
completed from ``/services/{id}``.

Config (``[[source]]`` with ``kind = "oruk"``): ``base_url`` is the API root (the URL that
``/services`` hangs off). ``params``:

* ``services_path`` (default ``"/services"``)
* ``per_page`` (default 50), ``page_param`` / ``per_page_param`` (``page`` / ``per_page``)
* ``detail``: ``"auto"`` (fetch ``/services/{id}`` when the list item is thin), ``"always"``
  or ``"never"``
* ``query``: extra query parameters for the list (e.g. a taxonomy filter)

Feeds that ignore the page parameter are caught (a page repeating the first page's ids ends
the walk), as are feeds that answer 200 with an HTML page (a soft 404: the run fails with that
reason instead of publishing nothing). A list item is thin unless it has a contact or phone
and a location or service area (``oruk_map.is_thin``): a Placecube item embeds the whole
organisation and still needs its ``/services/{id}``. When that page fails (404, 5xx,
timeout, unreadable), the list item is kept as a partial record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote, urlencode

from scrapy.http import Request, Response

from harvesters.expect import ParseError
from harvesters.items import Listing
from harvesters.job import Skip
from harvesters.oruk_map import is_thin, service_from_oruk
from harvesters.partial import marked_partial
from harvesters.spiders.base import SourceSpider
from harvesters.spiders.numbered_pages import list_page, next_pages, repeats_page_one


def read_envelope(body: Any, url: str) -> tuple[list[dict[str, Any]], int | None, bool]:
    """(items, total_pages, is_last) from either envelope; ParseError if it is neither."""
    if isinstance(body, list):  # some feeds return a bare array: one page
        return [i for i in body if isinstance(i, dict)], 1, True
    if not isinstance(body, dict):
        raise ParseError(url, "envelope", "not a JSON object")
    if "contents" in body:  # 3.0
        items = body.get("contents") or []
        total = body.get("total_pages")
        last = body.get("last_page")
        number = body.get("page_number")
    elif "content" in body:  # 1.0 / 2.0
        items = body.get("content") or []
        total = body.get("totalPages")
        last = body.get("last")
        number = body.get("number")
    else:
        raise ParseError(url, "envelope", "neither 'contents' (3.0) nor 'content' (1.0/2.0)")
    if not isinstance(items, list):
        raise ParseError(url, "envelope", "the item list is not a list")
    total_pages = int(total) if isinstance(total, int | float) and total >= 0 else None
    if last is None and total_pages is not None and isinstance(number, int | float):
        last = number >= total_pages
    return [i for i in items if isinstance(i, dict)], total_pages, bool(last) or not items


def parse_json(response: Response) -> Any:
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    text = response.text if hasattr(response, "text") else response.body.decode("utf-8", "replace")
    if "html" in content_type or text.lstrip()[:1] == "<":
        raise ParseError(
            response.url, "feed", f"not JSON (an HTML page, {content_type or 'no type'})"
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(response.url, "feed", f"not valid JSON ({exc.msg})") from exc


class OrukSpider(SourceSpider):
    kind = "oruk"
    parser_version = 2

    @property
    def services_url(self) -> str:
        path = str(self.source.params.get("services_path", "/services"))
        return self.source.base_url.rstrip("/") + "/" + path.lstrip("/")

    def list_url(self, page: int) -> str:
        params = self.source.params
        query: dict[str, Any] = dict(params.get("query", {}))
        query[str(params.get("page_param", "page"))] = page
        query[str(params.get("per_page_param", "per_page"))] = int(params.get("per_page", 50))
        return f"{self.services_url}?{urlencode(query)}"

    def first_requests(self) -> Iterable[Request]:
        yield self.page(self.list_url(1), "parse_list", {"page": 1, "first_ids": None}, nav=True)

    def parse_list(
        self, response: Response, page: int, first_ids: list[str] | None
    ) -> Iterator[Any]:
        body = parse_json(response)
        items, total_pages, last = read_envelope(body, response.url)
        ids = [str(i.get("id")) for i in items if i.get("id") is not None]
        first_flag = body.get("first", body.get("first_page")) if isinstance(body, dict) else None
        zero_based = page == 1 and first_flag is False and first_ids is None
        if repeats_page_one(page, ids, first_ids):
            # The feed ignores the page parameter and served page 1 again: stop here.
            self.logger.warning("%s repeats page 1 at page %d; stopping", self.source.id, page)
            return
        mode = str(self.source.params.get("detail", "auto"))
        for item in items:
            item_id = item.get("id")
            if item_id is None or str(item_id).strip() == "":
                yield Skip(response.url, "a list item has no id", "unreadable id", False)
                continue
            if mode == "always" or (mode == "auto" and is_thin(item)):
                detail = f"{self.services_url}/{quote(str(item_id), safe='')}"
                fallback = {"listed_on": self.page_url(response), "item": item}
                yield self.page(
                    detail, "parse_detail", {"listing_key": str(item_id)}, fallback=fallback
                )
            else:
                try:
                    yield self._listing(item, self.page_url(response))
                except ParseError as exc:
                    yield Skip(response.url, str(exc), f"unreadable {exc.field}", True)
        if zero_based:
            # Asked for page 1, the feed says it is not the first: its pages count from 0
            # (Spring Data's Page). Page 0 and the rest are requested now.
            self.logger.info("%s counts pages from 0", self.source.id)
            last_index = (total_pages or 2) - 1
            for n in [0, *range(2, last_index + 1)]:
                yield list_page(self, n, ids)
            if not total_pages and not last and items:
                yield list_page(self, 2, ids)
        else:
            yield from next_pages(self, page, total_pages, last, ids, first_ids, bool(items))

    def parse_detail(self, response: Response, listing_key: str) -> Iterator[Any]:
        body = parse_json(response)
        if isinstance(body, dict) and isinstance(body.get("service"), dict):
            body = body["service"]  # a few feeds wrap the object
        if not isinstance(body, dict):
            raise ParseError(response.url, "service", "not a JSON object")
        yield self._listing(body, self.page_url(response), listing_key)

    def partial_from(self, fallback: dict[str, Any], url: str, reason: str) -> Listing | None:
        """The list item as a partial record: whatever the feed's list carried (a
        Placecube item has the organisation, description, website and e-mail)."""
        item = fallback.get("item")
        if not isinstance(item, dict):
            return None
        try:
            listing = self._listing(item, url)
        except ParseError:
            return None
        return marked_partial(listing, item, fallback.get("listed_on"), reason)

    def _listing(self, data: dict[str, Any], url: str, listing_key: str | None = None) -> Listing:
        service = service_from_oruk(data, url, None)  # borough: see pipeline
        return Listing(
            listing_key=listing_key or str(data["id"]),
            source_url=url,
            service=service,
            raw=data,
        )
