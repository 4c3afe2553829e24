"""Connected Places (Laravel + Elasticsearch; Connected Kingston, Hounslow, Sutton).

Config (``kind = "connected_places"``): ``base_url`` is the API root, the URL ``services``
hangs off (``https://…/core/v1/``). ``params``:

* ``per_page`` (100, the API's maximum): services per list page
* ``query``: extra list parameters (``{"filter[organisation_id]" = "…"}``)

A service's address is not in the service: it is in its service locations. So each service on
a list page leads to ``service-locations?filter[service_id]={id}&include=location``, and the
listing is made there from both. That request goes unconditional when it comes from a list
page that was just fetched in full (the service may have changed while its locations did
not, and a 304 would bring back the previous record); an unchanged list page replays it
conditionally. Every list page is known from page 1's ``meta.last_page`` and requested at once.

The service travels with that request as its list card (``fallback``): when the locations
fail (404, 5xx, timeout, unreadable), the service as the list gave it — everything but its
places and their opening hours — is kept as a partial record (``harvesters.partial``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode

from scrapy.http import Request, Response

from harvesters.conditional import UNCONDITIONAL
from harvesters.connected_places_map import service_from_connected_places
from harvesters.expect import ParseError
from harvesters.items import Listing
from harvesters.job import Skip
from harvesters.partial import marked_partial
from harvesters.spiders.base import SourceSpider
from harvesters.spiders.oruk import parse_json

MAX_PER_PAGE = 100


def laravel_page(body: Any, url: str) -> tuple[list[dict[str, Any]], int | None]:
    """(items, last page) of a Laravel paginator; ParseError if the body is not one."""
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise ParseError(url, "paginator", "no 'data' list (not a Connected Places answer)")
    meta = body.get("meta") if isinstance(body.get("meta"), dict) else {}
    last = meta.get("last_page")
    return [i for i in body["data"] if isinstance(i, dict)], (
        int(last) if isinstance(last, int | float) and last >= 1 else None
    )


class ConnectedPlacesSpider(SourceSpider):
    kind = "connected_places"
    parser_version = 2

    def api(self, path: str) -> str:
        return self.source.base_url.rstrip("/") + "/" + path

    def services_url(self, page: int) -> str:
        per_page = min(int(self.source.params.get("per_page", MAX_PER_PAGE)), MAX_PER_PAGE)
        query: dict[str, Any] = dict(self.source.params.get("query", {}))
        query.update({"include": "organisation", "per_page": per_page, "page": page})
        return self.api("services") + "?" + urlencode(query)

    def locations_url(self, service_id: str) -> str:
        query = urlencode(
            {"filter[service_id]": service_id, "include": "location", "per_page": MAX_PER_PAGE}
        )
        return self.api("service-locations") + "?" + query

    def first_requests(self) -> Iterable[Request]:
        yield self.page(self.services_url(1), "parse_services", {"page": 1}, nav=True)

    def parse_services(self, response: Response, page: int) -> Iterator[Any]:
        url = self.page_url(response)
        items, last = laravel_page(parse_json(response), url)
        if page == 1 and last and last > 1:
            for n in range(2, last + 1):
                yield self.page(self.services_url(n), "parse_services", {"page": n}, nav=True)
        for item in items:
            service_id = str(item.get("id") or "").strip()
            if not service_id:
                yield Skip(url, "a service without an id", "unreadable id", False)
                continue
            request = self.page(
                self.locations_url(service_id),
                "parse_locations",
                {"key": service_id},
                fallback={"listed_on": url, "item": item},
            )
            request.meta[UNCONDITIONAL] = True
            yield request

    def parse_locations(self, response: Response, key: str) -> Iterator[Any]:
        """The listing: the service as its list page gave it, with these places."""
        url = self.page_url(response)
        card = (self.listed(response) or {}).get("item")
        if not isinstance(card, dict):
            raise ParseError(url, "service", "the request carries no service from a list page")
        places, last = laravel_page(parse_json(response), url)
        if last and last > 1:
            self.logger.warning(
                "%s: %s has more than %d locations", self.source.id, url, len(places)
            )
        service = service_from_connected_places(card, places, url)
        yield Listing(
            listing_key=key,
            source_url=url,
            service=service,
            raw={"service": card, "service_locations": places},
        )

    def partial_from(self, fallback: dict[str, Any], url: str, reason: str) -> Listing | None:
        """The service as its list page gave it, without places, when they failed."""
        item = fallback.get("item")
        key = str(item.get("id") or "").strip() if isinstance(item, dict) else ""
        if not isinstance(item, dict) or not key:
            return None
        try:
            service = service_from_connected_places(item, [], url)
        except ParseError:
            return None
        listing = Listing(listing_key=key, source_url=url, service=service)
        return marked_partial(listing, item, fallback.get("listed_on"), reason)
