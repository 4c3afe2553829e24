"""LocalGov Drupal directories (``localgov_directories``; Greenwich's community directory, whose
entries ``localgov_outpost`` imports from Outpost, and any council's directory pages and
venues).

The directory channel is a faceted search robots.txt forbids; the pages are reached through
the ``sitemap.xml`` (walked as by the ``sitemap`` kind: indexes followed, ``include`` /
``exclude`` patterns, conditional requests). Unlike the ``sitemap`` kind, these pages carry no
schema.org data: the spider reads Drupal's field markup, ``.field--name-{field}`` with its
``.field__label`` and ``.field__item``\\ s, whether the theme prints them in ``div``\\ s
(localgov_base) or as ``dt``/``dd`` rows (a sub-theme such as Croydon's). Fields read, of the
Outpost service type and the directory page/venue types: ``body``;
``localgov-directory-phone``/``-email``/``-website``/``-address``/``-opening-times``; the
Outpost contact paragraphs (``localgov-contact-phone``/``-email``/``-name``),
``localgov-outpost-links``, ``-cost``, ``-cost-free``, ``-age-min``/``-max``, ``-org-name``,
``-taxonomy``, ``-regular-sched`` (office hours). The position comes from ``drupalSettings``
(the Leaflet map's feature).

Config (``kind = "localgov_directory"``): as ``sitemap`` — ``sitemap_url``, ``include``
(e.g. ``"/services/[^/?]+$"``), ``exclude``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from parsel import Selector, SelectorList
from scrapy.http import Response, TextResponse

from harvesters.expect import ParseError, one
from harvesters.html import inner_html, text
from harvesters.items import Listing
from harvesters.normalise import (
    age_or_none,
    normalise_email,
    normalise_url,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
)
from harvesters.spiders.sitemap import SitemapSpider, listing_key
from harvesters.weekly import clock, merge_weekly, weekday
from index.model import Location, Organization, Service


def field(response: Response, name: str) -> SelectorList[Selector]:
    return response.css(f".field--name-{name}")


def items(response: Response, name: str) -> list[Selector]:
    """The items of a field: its ``.field__item`` children (the field itself when the theme
    puts the item class on the field, as for a hidden label)."""
    found: list[Selector] = []
    for node in field(response, name):
        classes = (node.attrib.get("class") or "").split()
        if "field__item" in classes:
            found.append(node)
        else:
            found.extend(node.css(".field__item"))
    return found


def first_text(response: Response, *names: str) -> str | None:
    for name in names:
        for item in items(response, name):
            value = text(item)
            if value:
                return value
    return None


def first_href(response: Response, prefix: str, *names: str) -> str | None:
    for name in names:
        for item in items(response, name):
            for href in item.css("a::attr(href)").getall():
                if href.startswith(prefix) or (
                    not prefix and not href.startswith(("mailto:", "tel:"))
                ):
                    return href
    return None


def drupal_position(response: Response) -> tuple[float | None, float | None]:
    """The first map feature's (lat, lon) in ``drupalSettings``."""
    script = response.css('script[data-drupal-selector="drupal-settings-json"]::text').get()
    if not script:
        return None, None
    try:
        settings = json.loads(script)
    except json.JSONDecodeError:
        return None, None
    stack: list[Any] = [settings]
    while stack:
        value = stack.pop(0)
        if isinstance(value, dict):
            lat, lon = value.get("lat"), value.get("lon", value.get("lng"))
            if isinstance(lat, int | float) and isinstance(lon, int | float):
                return float(lat), float(lon)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return None, None


def office_hours(response: Response) -> list[tuple[str, str | None, str | None]]:
    rows = []
    for row in response.css(".field--name-localgov-outpost-regular-sched .office-hours__item"):
        day = weekday((text(row.css(".office-hours__item-label")) or "").rstrip(": "))
        slots = text(row.css(".office-hours__item-slots")) or ""
        for slot in slots.split(","):
            opens, _, closes = slot.partition("-")
            if day and clock(opens) and clock(closes):
                rows.append((day, clock(opens), clock(closes)))
    return rows


class LocalGovDirectorySpider(SitemapSpider):
    kind = "localgov_directory"
    parser_version = 1

    def parse_page(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            raise ParseError(response.url, "page", "not a text page")
        url = self.page_url(response)
        titles = response.css("h1.lgd-page-title-block__title") or response.css("main h1")
        name = one([text(h) for h in titles], "name", url)
        if not response.css('[class*="field--name-"]'):
            raise ParseError(url, "fields", "no Drupal fields (.field--name-…) on the page")
        address = response.css(".field--name-localgov-directory-address p.address")
        parts = {
            key: text(address.css(f"span.{key}")) if address else None
            for key in ("organization", "address-line1", "address-line2", "locality", "postal-code")
        }
        postcode = postcode_from(parts["postal-code"], text(address) if address else None)
        lat, lon = drupal_position(response)
        location = None
        if address or lat is not None:
            location = Location(
                name=parts["organization"],
                address_1=parts["address-line1"],
                address_2=parts["address-line2"],
                city=parts["locality"],
                postal_code=postcode,
                latitude=lat,
                longitude=lon,
            )
        cost = first_text(response, "localgov-outpost-cost")
        is_free, costs = parse_cost(cost)
        if field(response, "localgov-outpost-cost-free"):
            is_free = True
        body = items(response, "body")
        org = first_text(response, "localgov-outpost-org-name")
        schedules = merge_weekly(office_hours(response)) or parse_opening_times(
            first_text(response, "localgov-directory-opening-times")
        )
        phones = [
            text(i)
            for name in ("localgov-directory-phone", "localgov-contact-phone")
            for i in items(response, name)
        ]
        service = Service(
            id="pending",
            name=name,
            description=inner_html(body[0]) if body else None,
            url=normalise_url(
                first_href(response, "", "localgov-directory-website", "localgov-outpost-links"),
                url,
            ),
            email=normalise_email(
                first_href(
                    response, "mailto:", "localgov-directory-email", "localgov-contact-email"
                )
                or first_text(response, "localgov-directory-email", "localgov-contact-email")
            ),
            fees_description=cost or ("Free" if is_free else None),
            is_free=is_free,
            cost_options=costs,
            minimum_age=age_or_none(first_text(response, "localgov-outpost-age-min")),
            maximum_age=age_or_none(first_text(response, "localgov-outpost-age-max")),
            organization=Organization(name=org) if org else None,
            locations=[location] if location else [],
            phones=phones_from(phones),
            schedules=schedules,
            categories=[
                t for t in (text(i) for i in items(response, "localgov-outpost-taxonomy")) if t
            ],
        )
        raw = {
            "name": name,
            "fields": {
                (node.attrib.get("class") or "").split("field--name-", 1)[1].split()[0]: inner_html(
                    node
                )
                for node in response.css('[class*="field--name-"]')
            },
            "position": [lat, lon] if lat is not None else None,
        }
        yield Listing(listing_key=listing_key(url), source_url=url, service=service, raw=raw)
