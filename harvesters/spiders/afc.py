"""Achieving for Children (``kr.afcinfo.org.uk``: Kingston and Richmond; ``rbwm.afcinfo.org.uk``).

Three kinds of page, all used:

* the map's markers, ``{directory}?format=json&skip_tracking=true[&{category param}={id}]``:
  every match at once with its position (``{"markers": [{"content": "<a href=…>", "latitude",
  "longitude"}]}``) — but only for records that have a position;
* the HTML list, ``{directory}?page={n}&per_page=50``, ``a[rel=next]`` while there are more —
  every match, so nothing without a position is missed;
* the record, ``{directory}/{id}-{slug}``: ``h1`` and its fields (Telephone, Email, Website,
  Address 1, Address 2, Town or City, Borough, Postcode, Ages, Costs, Opening times …) in
  either form tenants use — ``dt``/``dd`` pairs, or paragraphs that start with a bold label
  (``<p><strong>Postcode:</strong> …</p>``). A record with neither is a page the spider does
  not understand (ParseError).

The markers page leads to the list (its positions travel with the list pages to the records),
the list to the records. Marker links may go through ``/main_site/``; records are requested
by their canonical path. Each record request carries what the list showed of it (name,
summary, position): when the record fails (404, 5xx, timeout, unreadable) that is kept as a
partial record (``harvesters.partial``).

Config (``kind = "afc"``): ``base_url`` is the site root. ``params``: ``directory_path``
(``"childcare_providers"``), ``category_ids`` (``[]``: one unfiltered search; else one search
per category, results united), ``category_param``
(``"search_childcare_provider[category_ids][]"``), ``per_page`` (50, the most it shows).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

from parsel import Selector
from scrapy.http import Request, Response

from harvesters.expect import ParseError, one
from harvesters.html import after_label, bold_label_pairs, dl_pairs, inner_html, text
from harvesters.items import Listing
from harvesters.normalise import (
    normalise_email,
    normalise_url,
    parse_age_range,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
    split_address,
)
from harvesters.partial import card as partial_card
from harvesters.spiders.base import SourceSpider
from harvesters.spiders.oruk import parse_json
from harvesters.values import position
from index.model import Location, Organization, Service

_DESCRIPTION = "div[contains(concat(' ', normalize-space(@class), ' '), ' provider-description ')]"


def record_fields(response: Response) -> tuple[dict[str, Selector], dict[str, str | None]]:
    """({label: node}, {label: value text}) of a record in either form: ``dt``/``dd`` pairs,
    or paragraphs that start with a bold label (not those of the description, whose own bold
    text is not a field). The first of a repeated label wins."""
    nodes: dict[str, Selector] = {}
    values: dict[str, str | None] = {}
    for dl in response.css("main dl"):
        for label, dd in dl_pairs(dl).items():
            if label not in nodes:
                nodes[label], values[label] = dd, text(dd)
    paragraphs = response.xpath(f"//main//p[not(ancestor::{_DESCRIPTION})]")
    for label, paragraph in bold_label_pairs(paragraphs).items():
        if label and label not in nodes:
            nodes[label] = paragraph
            values[label] = (after_label(paragraph) or "").lstrip(" :") or None
    return nodes, values


class AfcSpider(SourceSpider):
    kind = "afc"
    parser_version = 2

    @property
    def directory(self) -> str:
        return str(self.source.params.get("directory_path", "childcare_providers")).strip("/")

    @property
    def record_link(self) -> re.Pattern[str]:
        return re.compile(rf"/{re.escape(self.directory)}/(\d+)-[^/?#\"]*")

    def search_url(self, category: Any | None, **extra: Any) -> str:
        query: list[tuple[str, Any]] = list(extra.items())
        if category is not None:
            param = str(
                self.source.params.get(
                    "category_param", "search_childcare_provider[category_ids][]"
                )
            )
            query.append((param, category))
        base = urljoin(self.source.base_url.rstrip("/") + "/", self.directory)
        return base + "?" + urlencode(query)

    def list_url(self, category: Any | None, page: int) -> str:
        per_page = int(self.source.params.get("per_page", 50))
        return self.search_url(category, page=page, per_page=per_page)

    def first_requests(self) -> Iterable[Request]:
        for category in list(self.source.params.get("category_ids") or []) or [None]:
            url = self.search_url(category, format="json", skip_tracking="true")
            yield self.page(url, "parse_markers", {"category": category}, nav=True)

    def canonical(self, href: str, base: str) -> tuple[str, str] | None:
        """(record id, canonical URL) of a record link, ``/main_site/`` taken out."""
        match = self.record_link.search(urlsplit(href).path)
        if not match:
            return None
        path = urlsplit(urljoin(base, href)).path.replace("/main_site/", "/", 1)
        return match.group(1), urljoin(base, path)

    def parse_markers(self, response: Response, category: Any | None) -> Iterator[Any]:
        url = self.page_url(response)
        positions: dict[str, list[float]] = {}
        try:
            body = parse_json(response)
            if not isinstance(body, dict) or not isinstance(body.get("markers"), list):
                raise ParseError(url, "markers", "no 'markers' list (not the map's JSON)")
        except ParseError as exc:
            # Positions are an extra: the list and the records still give every listing.
            self.logger.warning("%s: map markers unreadable, no positions: %s", self.source.id, exc)
            body = {"markers": []}
        for marker in body["markers"]:
            if not isinstance(marker, dict):
                continue
            href = Selector(text=str(marker.get("content") or "")).css("a::attr(href)").get()
            found = self.canonical(href or "", url)
            lat, lon = position(marker.get("latitude"), marker.get("longitude"))
            if found and lat is not None and lon is not None:
                positions[found[0]] = [lat, lon]
        yield self.page(
            self.list_url(category, 1),
            "parse_list",
            {"category": category, "page": 1, "positions": positions},
            nav=True,
        )

    def parse_list(
        self, response: Response, category: Any | None, page: int, positions: dict[str, list[float]]
    ) -> Iterator[Any]:
        url = self.page_url(response)
        if not response.css("ul.search-results"):
            raise ParseError(url, "result list", "not found (not a search results page)")
        for result in response.css("ul.search-results > li"):
            href = result.css("a::attr(href)").get() or ""
            found = self.canonical(href, url)
            if not found:
                raise ParseError(url, "record link", f"unexpected link {href!r}")
            key, record_url = found
            summary = text(result.css("p"))
            position = positions.get(key) or [None, None]
            card = {"summary": summary, "position": positions.get(key)}
            fallback = partial_card(
                key=key,
                name=text(result.css("a")[:1]),
                listed_on=url,
                summary=summary,
                latitude=position[0],
                longitude=position[1],
            )
            yield self.page(
                record_url, "parse_record", {"key": key, "card": card}, fallback=fallback
            )
        nxt = response.css("a[rel=next]::attr(href)").get()
        if nxt:
            yield self.page(
                response.urljoin(nxt),
                "parse_list",
                {"category": category, "page": page + 1, "positions": positions},
                nav=True,
            )

    def parse_record(self, response: Response, key: str, card: dict[str, Any]) -> Iterator[Any]:
        url = self.page_url(response)
        name = one([text(h) for h in response.css("h1")], "name", url)
        pairs, values = record_fields(response)
        if not pairs:
            raise ParseError(
                url, "record fields", "no dt/dd pairs and no paragraphs with a bold label"
            )

        def get(*labels: str) -> str | None:
            return next((values[x] for x in labels if values.get(x)), None)

        lines = [get("address 1"), get("address 2"), get("town", "city")]
        postcode = postcode_from(get("postcode"), *reversed([x for x in lines if x]))
        parts = split_address([x for x in lines if x])
        position = card.get("position") or [None, None]
        location = None
        if any(lines) or postcode or position[0] is not None:
            location = Location(
                name=parts["name"],
                address_1=parts["address_1"],
                address_2=parts["address_2"],
                city=parts["city"],
                postal_code=postcode,
                latitude=position[0],
                longitude=position[1],
                borough=get("borough"),
            )
        website = pairs.get("website")
        email = pairs.get("email")
        cost = get("costs", "cost", "fees")
        is_free, costs = parse_cost(cost)
        min_age, max_age = parse_age_range(get("ages", "age range"))
        org = text(response.css("p.provider-organisation"))
        described = response.css("div.provider-description")
        categories = [c.strip() for c in (get("categories") or "").split(",") if c.strip()]
        service = Service(
            id="pending",
            name=name,
            description=inner_html(described[0]) if described else card.get("summary"),
            url=normalise_url(
                (website.css("a::attr(href)").get() if website is not None else None)
                or get("website"),
                url,
            ),
            email=normalise_email(
                (email.css("a::attr(href)").get() if email is not None else None) or get("email")
            ),
            fees_description=cost,
            is_free=is_free,
            cost_options=costs,
            minimum_age=min_age,
            maximum_age=max_age,
            organization=Organization(name=org) if org else None,
            locations=[location] if location else [],
            phones=phones_from([get("telephone", "phone")]),
            schedules=parse_opening_times(get("opening times")),
            categories=categories,
        )
        raw = {
            "name": name,
            "fields": {label: inner_html(node) for label, node in pairs.items()},
            "card": card,
        }
        yield Listing(listing_key=key, source_url=url, service=service, raw=raw)
