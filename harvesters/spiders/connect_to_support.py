"""Connect to Support / Shop4Support (PCG): Hillingdon's children and families directory, the
national Shop4Support marketplace, and other PCG tenants (West Berkshire, Bradford,
Sheffield).

The directory pages are a JavaScript front end over one search API; the spider reads the API:

* ``api/s4s-advanced-search/directory-search/get-list?searchParams={JSON}`` — one page of
  results (``pageItems``, ``totalPages``), possibly wrapped as ``{"value": …, "success":
  true}``; items carry the id (``id``, ``eventId`` or ``Id``), name, summary, phone, e-mail
  and, on some tenants, the position.
* ``api/s4s-advanced-search/directory-search/get-event/{id}`` — the whole record (address,
  postcode, position) where the tenant has it.

Config (``kind = "connect_to_support"``): ``base_url`` is the site root. ``params``:

* ``search_terms`` (``[""]``: everything): several terms are searched in turn and their
  results united (some tenants answer nothing to an empty search)
* ``page_size`` (100, the largest the API takes), ``sort_option`` (``"Rank;asc"``),
  ``categories`` (``[]``), ``postcode`` and ``distance_metres`` (a tenant may need a centre)
* ``detail`` (``true``): fetch ``get-event/{id}`` for each result; ``false`` on tenants
  without it — the listing is then what the result list shows (no address)

When a ``get-event`` page fails (404, 5xx, timeout, unreadable), the result as the list gave
it (name, summary, phone, e-mail, website, categories, the position where the tenant shows
one) is kept as a partial record (``harvesters.partial``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote, urljoin

from scrapy.http import Request, Response

from harvesters.expect import ParseError
from harvesters.items import Listing
from harvesters.job import Skip
from harvesters.normalise import (
    normalise_email,
    normalise_url,
    phones_from,
    postcode_from,
    split_address,
)
from harvesters.partial import marked_partial
from harvesters.spiders.base import SourceSpider
from harvesters.spiders.oruk import parse_json
from harvesters.timestamps import aware_datetime
from harvesters.values import as_text, position
from index.model import Location, Organization, Service

API = "api/s4s-advanced-search/directory-search/"
MAX_PAGE_SIZE = 100


def unwrap(body: Any, url: str) -> dict[str, Any]:
    """The answer without the ``{"value": …, "success": …}`` wrapper some tenants add."""
    if not isinstance(body, dict):
        raise ParseError(url, "answer", "not a JSON object")
    if "success" in body and "value" in body:
        if body.get("success") is False:
            raise ParseError(url, "answer", f"the API says it failed: {body.get('message')!r}")
        body = body["value"]
        if not isinstance(body, dict):
            raise ParseError(url, "answer", "'value' is not an object")
    return body


def item_id(item: dict[str, Any]) -> str | None:
    for key in ("id", "eventId", "Id"):
        value = item.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def service_from_pcg(data: dict[str, Any], url: str) -> Service:
    """A result (list item or ``get-event`` record) → Service; ParseError without a name."""
    name = as_text(data.get("name"))
    if not name:
        raise ParseError(url, "name", "not found")
    address_text = as_text(data.get("address"))
    postcode = postcode_from(as_text(data.get("postcode")), address_text)
    lat, lon = position(data.get("latitude"), data.get("longitude"))
    location = None
    if address_text or postcode or (lat is not None and lon is not None):
        parts = split_address([p for p in (address_text, postcode) if p])
        location = Location(
            name=parts["name"],
            address_1=parts["address_1"],
            address_2=parts["address_2"],
            city=parts["city"],
            postal_code=postcode,
            latitude=lat if lon is not None else None,
            longitude=lon if lat is not None else None,
        )
    org = as_text(data.get("organisationName"))
    categories = [c for c in (as_text(x) for x in data.get("categories") or []) if c]
    description = as_text(data.get("description")) or as_text(data.get("summary"))
    return Service(
        id="pending",
        name=name,
        description=description,
        url=normalise_url(as_text(data.get("website"))),
        email=normalise_email(as_text(data.get("email"))),
        organization=Organization(name=org) if org else None,
        locations=[location] if location else [],
        phones=phones_from([as_text(data.get("phone"))]),
        categories=categories,
        last_modified=aware_datetime(as_text(data.get("lastUpdated"))),
    )


class ConnectToSupportSpider(SourceSpider):
    kind = "connect_to_support"
    parser_version = 2

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._listed: set[str] = set()

    def api(self, path: str) -> str:
        return urljoin(self.source.base_url.rstrip("/") + "/", API + path)

    def list_url(self, term: str, page: int) -> str:
        params = self.source.params
        search = {
            "searchText": term,
            "pageNumber": page,
            "pageSize": min(int(params.get("page_size", MAX_PAGE_SIZE)), MAX_PAGE_SIZE),
            "sortOption": str(params.get("sort_option", "Rank;asc")),
            "categories": list(params.get("categories") or []),
            "postcode": str(params.get("postcode") or ""),
            "distance": str(params.get("distance_metres") or ""),
        }
        encoded = quote(json.dumps(search, separators=(",", ":")), safe="")
        return self.api("get-list") + f"?searchParams={encoded}"

    @property
    def detail(self) -> bool:
        return bool(self.source.params.get("detail", True))

    def first_requests(self) -> Iterable[Request]:
        for term in self.source.params.get("search_terms") or [""]:
            yield self.page(
                self.list_url(str(term), 1), "parse_list", {"term": str(term), "page": 1}, nav=True
            )

    def parse_list(self, response: Response, term: str, page: int) -> Iterator[Any]:
        url = self.page_url(response)
        body = unwrap(parse_json(response), url)
        items = body.get("pageItems")
        if not isinstance(items, list):
            raise ParseError(url, "result list", "no 'pageItems' (not a directory search answer)")
        total = body.get("totalPages")
        if page == 1 and isinstance(total, int | float) and total > 1:
            for n in range(2, int(total) + 1):
                yield self.page(
                    self.list_url(term, n), "parse_list", {"term": term, "page": n}, nav=True
                )
        for item in (i for i in items if isinstance(i, dict)):
            key = item_id(item)
            if key is None:
                yield Skip(url, "a result without an id", "unreadable id", False)
                continue
            if self.detail:
                yield self.page(
                    self.api(f"get-event/{quote(key, safe='')}"),
                    "parse_event",
                    {"key": key},
                    fallback={"listed_on": url, "item": item},
                )
            elif key not in self._listed:
                self._listed.add(key)
                try:
                    service = service_from_pcg(item, url)
                except ParseError as exc:
                    yield Skip(url, str(exc), f"unreadable {exc.field}", True)
                    continue
                yield Listing(listing_key=key, source_url=url, service=service, raw={"item": item})

    def parse_event(self, response: Response, key: str) -> Iterator[Any]:
        """The record, completed by what the result list showed where the record is silent."""
        url = self.page_url(response)
        record = unwrap(parse_json(response), url)
        card = (self.listed(response) or {}).get("item") or {}
        merged = {k: v for k, v in card.items() if v not in (None, "", [])}
        merged.update({k: v for k, v in record.items() if v not in (None, "", [])})
        yield Listing(
            listing_key=key,
            source_url=url,
            service=service_from_pcg(merged, url),
            raw={"item": card, "record": record},
        )

    def partial_from(self, fallback: dict[str, Any], url: str, reason: str) -> Listing | None:
        """The result as the list showed it, when its ``get-event`` page failed."""
        item = fallback.get("item")
        key = item_id(item) if isinstance(item, dict) else None
        if not isinstance(item, dict) or key is None:
            return None
        try:
            service = service_from_pcg(item, url)
        except ParseError:
            return None
        listing = Listing(listing_key=key, source_url=url, service=service)
        return marked_partial(listing, item, fallback.get("listed_on"), reason)
