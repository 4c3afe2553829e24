"""Open Objects "Marketplace" directories (Hillingdon care and support, and other tenants).

Config (``kind = "oo_marketplace"``): ``base_url`` is the site root. ``params``:

* ``search_path`` (``"Search"``) and ``search_query`` (``{SM = "ServiceSearch", SME = "True"}``)
* ``category_ids``: the ``CategoryId`` values to list; empty → read the category links from
  the home page (a service listed in several categories is fetched once)
* ``page_param`` (``"ServicePageIndex"``): page 1 has none, pages 2… add it; the walk stops
  when a page has no link to the next one
* ``detail_pattern``: a regular expression with a ``key`` group that a detail link must
  match (``"/Services/(?P<key>\\d+)$"``); the key is the listing's id

A result card carries schema.org microdata (address, position, phone, e-mail): it travels
with the detail request and fills what the detail page does not show, and is kept as a
partial record if the detail page fails.

Tenants run different themes (real scrapers of Hertfordshire, Wiltshire, Cheshire East and
Durham show them, docs/harvesters.md): a card is a ``div[data-service-id]`` or a
``div.bem-search-result-item`` (sometimes wrapping ``div.service-summary-left``); its title
link is ``a.service-name`` or only ``a[itemprop=url]``; the address is microdata or one
``p.service-location`` of text; contacts are microdata items or a
``div.bem-search-result-item__contact`` of "Telephone: …" text with a labelled website link;
the result count may be missing and the pager may have no ``rel=next``. The detail ``dl`` is
``dl.bem-service-details`` or a theme's plain one, with label variants ("Phone:", "E-mail:",
"Web:", "Locations"). Strict only about identity: a card needs a detail link matching
``detail_pattern`` (and a ``data-service-id``, when it has one, must agree); a detail page
needs one ``h1``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urljoin

from parsel import Selector
from scrapy.http import Request, Response

from harvesters.expect import ParseError, at_most_one, one
from harvesters.html import dl_pairs, inner_html, items, lines, mail_href, text, website_href
from harvesters.items import Listing
from harvesters.job import Skip
from harvesters.normalise import (
    age_bands,
    clean_text,
    normalise_email,
    normalise_url,
    parse_age_range,
    parse_cost,
    parse_opening_times,
    phones_from,
    split_address,
)
from harvesters.partial import card as partial_card
from harvesters.spiders.base import SourceSpider
from harvesters.values import position
from index.model import Location, Organization, Service

_COUNT = re.compile(r"of\s+(\d+)\s+results?|^(\d+)\s+results?", re.IGNORECASE)
_CARDS = (
    "//div[@data-service-id or contains(concat(' ', normalize-space(@class), ' '),"
    " ' bem-search-result-item ')][not(ancestor::div[@data-service-id or"
    " contains(concat(' ', normalize-space(@class), ' '), ' bem-search-result-item ')])]"
)
"""Cards, outermost only."""
_NO_RESULTS = re.compile(r"no services matched|no results|0 results", re.IGNORECASE)
_LABELS: dict[str, tuple[str, ...]] = {
    "telephone": ("telephone", "phone", "tel", "contact number", "phone number"),
    "email": ("email", "e-mail", "email address"),
    "website": ("website", "web", "web site", "website address"),
    "address": ("address", "locations", "location", "venue"),
    "age range": ("age range", "age group", "ages", "age"),
    "service type": ("service type", "category", "categories"),
    "organisation": ("organisation", "organization", "provided by"),
    "opening times": ("opening times", "opening hours", "when"),
}
"""Detail labels as the themes print them → the one each field is read under."""


def result_total(count_text: str | None) -> int | None:
    """ "Showing 1 to 13 of 13 results" → 13; "0 results" → 0; None if absent."""
    if not count_text:
        return None
    m = _COUNT.search(count_text)
    if not m:
        return None
    return int(m.group(1) or m.group(2))


def _date(value: str | None) -> datetime | None:
    try:
        return datetime.strptime(value or "", "%d/%m/%Y").replace(tzinfo=UTC)
    except ValueError:
        return None


def _contact_lines(card: Selector) -> list[str]:
    block = card.css(".bem-search-result-item__contact")
    return lines(block[0]) if block else []


def read_card(card: Selector) -> dict[str, Any]:
    """The data of one result card (all optional), from microdata or a theme's text."""
    telephone = text(card.css("[itemprop=telephone]"))
    if telephone is None:
        phone_lines = [
            line for line in _contact_lines(card) if re.match(r"(?i)\s*(tel|phone)", line)
        ]
        telephone = "; ".join(phone_lines) or None
    location = card.css("p.service-location, .bem-search-result-item__location")
    website = card.css(
        ".bem-search-result-item__contact-item--website a::attr(href),"
        " a.bem-search-result-item__contact-item-link::attr(href)"
    ).get()
    return {
        "street": text(card.css("[itemprop=streetAddress]")),
        "locality": text(card.css("[itemprop=addressLocality]")),
        "postcode": text(card.css("[itemprop=postalCode]")),
        "address_text": None if card.css("[itemprop=streetAddress]") else text(location),
        "latitude": card.css("meta[itemprop=latitude]::attr(content)").get(),
        "longitude": card.css("meta[itemprop=longitude]::attr(content)").get(),
        "telephone": telephone,
        "email": card.css("a[itemprop=email]::attr(href), a[href^='mailto:']::attr(href)").get(),
        "website": website,
        "summary": text(
            card.css(
                "[itemprop=description], p.bem-search-result-item__summary,"
                " .bem-search-result-item__summary"
            )[:1]
        ),
    }


class MarketplaceSpider(SourceSpider):
    kind = "oo_marketplace"
    parser_version = 2

    @property
    def params(self) -> dict[str, Any]:
        return self.source.params

    def search_url(self, category_id: int | str | None, page: int = 1) -> str:
        query: dict[str, Any] = {}
        if category_id is not None:
            query["CategoryId"] = category_id
        query.update(self.params.get("search_query", {"SM": "ServiceSearch", "SME": "True"}))
        if page > 1:
            query[str(self.params.get("page_param", "ServicePageIndex"))] = page
        path = str(self.params.get("search_path", "Search"))
        return urljoin(self.source.base_url, path) + "?" + urlencode(query)

    def first_requests(self) -> Iterable[Request]:
        categories = list(self.params.get("category_ids") or [])
        if categories:
            for cid in categories:
                yield self.page(self.search_url(cid), "parse_search", {"page": 1}, nav=True)
        else:
            yield self.page(self.source.base_url, "parse_home", nav=True)

    def parse_home(self, response: Response) -> Iterator[Any]:
        links = [
            response.urljoin(href)
            for href in response.css("a::attr(href)").getall()
            if "CategoryId=" in href
        ]
        if not links:
            # No category list: the uncategorised search lists every service.
            links = [self.search_url(None)]
        for url in dict.fromkeys(links):
            yield self.page(url, "parse_search", {"page": 1}, nav=True)

    def parse_search(self, response: Response, page: int) -> Iterator[Any]:
        url = self.page_url(response)
        count = response.css(".bem-search-results__count")
        total = result_total(text(count)) if count else None
        if not count:
            self.missing(url, "result count")
        cards = response.xpath(_CARDS)
        if not cards:
            if total:
                raise ParseError(url, "result cards", f"none found, though the page says {total}")
            if total is None and not _NO_RESULTS.search(text(response.css("main, body")) or ""):
                raise ParseError(
                    url, "result count", "not found, and no result cards (not a results page)"
                )
            return
        pattern = re.compile(str(self.params.get("detail_pattern", r"/Services/(?P<key>\d+)$")))
        readable = 0
        for card in cards:
            links = [
                (a, match)
                for a in card.css("a.service-name, a[itemprop=url], a[href]")
                if (match := pattern.search(response.urljoin(a.attrib.get("href", ""))))
            ]
            if not links:
                yield Skip(url, f"a card without a {pattern.pattern} link", "unreadable card", True)
                continue
            link, match = links[0]
            key = match.group("key")
            data_id = card.attrib.get("data-service-id")
            if data_id and data_id != key:
                yield Skip(url, f"card {data_id} links service {key}", "unreadable card", True)
                continue
            name = text(link)
            if not name:
                yield Skip(url, f"card {key} has no name", "unreadable card", True)
                continue
            readable += 1
            found = read_card(card)
            if found["summary"] is None:
                self.missing(url, "card summary")
            fallback = partial_card(
                key=key,
                name=name,
                listed_on=url,
                summary=found["summary"],
                phones=[found["telephone"]] if found["telephone"] else [],
                email=found["email"],
                website=found["website"],
                address=[p for p in (found["street"], found["locality"], found["postcode"]) if p]
                or found["address_text"],
                postcode=found["postcode"],
                latitude=found["latitude"],
                longitude=found["longitude"],
                borough=self.source.borough,
            )
            yield self.page(
                response.urljoin(link.attrib["href"]),
                "parse_detail",
                {"key": key, "card": found},
                fallback=fallback,
            )
        if not readable:
            raise ParseError(url, "result cards", f"{len(cards)} cards, none with a detail link")
        page_param = str(self.params.get("page_param", "ServicePageIndex"))
        next_href = response.css("a[rel=next]::attr(href)").get()
        if next_href is None:
            wanted = re.compile(rf"[?&]{re.escape(page_param)}={page + 1}(?:&|$)")
            next_href = next(
                (h for h in response.css("a::attr(href)").getall() if wanted.search(h)), None
            )
        if next_href:
            yield self.page(
                response.urljoin(next_href), "parse_search", {"page": page + 1}, nav=True
            )

    def parse_detail(self, response: Response, key: str, card: dict[str, Any]) -> Iterator[Any]:
        url = self.page_url(response)
        name = one([text(h) for h in response.css("h1")], "name", url)
        dl = response.css("dl.bem-service-details") or response.css("main dl, #main-content dl")
        if not dl:
            self.missing(url, "details list")
        found = dl_pairs(dl[0]) if dl else {}
        raw: dict[str, Any] = {label: inner_html(dd) for label, dd in found.items()}
        fields = dict(found)
        for label, variants in _LABELS.items():
            node = next((found[v] for v in variants if v in found), None)
            if node is not None:
                fields[label] = node

        def field(label: str) -> str | None:
            return text(fields.get(label))

        described = response.css("div.bem-service-description, div.service-description")
        if not described:
            self.missing(url, "description")
        description = inner_html(described[0]) if described else None
        address_lines = lines(fields.get("address"))
        address = split_address(address_lines)
        if not address_lines and card.get("street"):
            address = split_address(
                [p for p in (card.get("street"), card.get("locality"), card.get("postcode")) if p]
            )
        elif not address_lines and card.get("address_text"):
            address = split_address(card["address_text"])
        map_div = response.css("div.bem-map, div[data-lat][data-lng]")
        latitude, longitude = (
            position(map_div.attrib.get("data-lat"), map_div.attrib.get("data-lng"))
            if map_div
            else (None, None)
        )
        if latitude is None or longitude is None:
            latitude, longitude = position(card.get("latitude"), card.get("longitude"))
        location = None
        if address["address_1"] or address["postal_code"] or latitude is not None:
            location = Location(
                name=address["name"],
                address_1=address["address_1"],
                address_2=address["address_2"],
                city=address["city"],
                postal_code=address["postal_code"],
                latitude=latitude,
                longitude=longitude,
                accessibility=items(fields.get("accessibility")),
            )
        min_age, max_age = age_bands(items(fields.get("age range")))
        if min_age is None and max_age is None:
            min_age, max_age = parse_age_range(field("age range"))
        cost = field("cost")
        is_free, costs = parse_cost(cost)
        organisation = field("organisation")
        closed = bool(response.css(".bem-alert, div.alert"))
        service = Service(
            id="pending",
            name=name,
            description=description,
            url=normalise_url(
                website_href(fields.get("website")) or field("website") or card.get("website"), url
            ),
            email=normalise_email(
                mail_href(fields.get("email")) or field("email") or card.get("email")
            ),
            status="inactive" if closed else "active",
            fees_description=cost,
            is_free=is_free,
            cost_options=costs,
            eligibility_description=field("who is it for"),
            minimum_age=min_age,
            maximum_age=max_age,
            accessibility=items(fields.get("accessibility")),
            referral=field("how to access"),
            organization=Organization(name=organisation) if organisation else None,
            locations=[location] if location else [],
            phones=phones_from(lines(fields.get("telephone")) or [card.get("telephone")]),
            schedules=parse_opening_times(field("opening times")),
            categories=items(fields.get("service type")),
            last_modified=_date(field("last updated")),
        )
        raw.update(
            name=name,
            description=description,
            group=items(fields.get("group")),
            district=at_most_one([field("district")], "district", url),
            card={k: v for k, v in card.items() if v},
            closed_notice=clean_text(text(response.css(".bem-alert, div.alert")))
            if closed
            else None,
        )
        yield Listing(listing_key=key, source_url=url, service=service, raw=raw)
