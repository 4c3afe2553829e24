"""LocalGov Drupal directories (``localgov_directories``): Greenwich's community directory,
whose entries ``localgov_outpost`` imports from Outpost, and any council's directory pages and
venues.

The directory channel is a faceted search robots.txt forbids; the pages are reached through
the ``sitemap.xml``, walked as by the ``sitemap`` kind (indexes followed, ``include`` /
``exclude`` patterns, conditional requests). Unlike the ``sitemap`` kind's pages these carry
no schema.org data: the spider reads the page itself, in whichever markup the council's theme
prints (:mod:`harvesters.localgov_page`: Drupal's field markup in ``div``\\ s or ``dt``/``dd``
rows, or Royal Greenwich's ``rbg-`` theme). A page in neither is one the spider does not
understand (ParseError with the URL), never a listing with empty fields.

Config (``kind = "localgov_directory"``): as ``sitemap`` — ``sitemap_url``, ``include``
(e.g. ``"/services/[^/?]+$"``), ``exclude``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response, TextResponse

from harvesters.expect import ParseError, one
from harvesters.html import text
from harvesters.items import Listing
from harvesters.localgov_page import (
    Facts,
    address_parts,
    drupal_position,
    read_fields,
    read_rbg,
)
from harvesters.normalise import (
    normalise_email,
    normalise_url,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
)
from harvesters.spiders.sitemap import SitemapSpider, listing_key
from index.model import Location, Organization, Service

TITLES = "h1.lgd-page-title-block__title, h1.rbg-heading"


class LocalGovDirectorySpider(SitemapSpider):
    kind = "localgov_directory"
    parser_version = 1

    def parse_page(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            raise ParseError(response.url, "page", "not a text page")
        url = self.page_url(response)
        titles = response.css(TITLES) or response.css("main h1")
        name = one([text(h) for h in titles], "name", url)
        if response.css("article.rbg-service-details, .rbg-service-details__item"):
            facts = read_rbg(response)
        elif response.css('[class*="field--name-"]'):
            facts = read_fields(response)
        else:
            raise ParseError(
                url, "fields", "no Drupal fields (.field--name-…) and no rbg-service-details"
            )
        service = self.service(name, facts, response, url)
        raw = {"name": name, **facts.raw}
        yield Listing(listing_key=listing_key(url), source_url=url, service=service, raw=raw)

    def service(self, name: str, facts: Facts, response: Response, url: str) -> Service:
        parts = address_parts(response)
        postcode = postcode_from(parts["postal-code"], parts["text"])
        lat, lon = drupal_position(response)
        location = None
        if parts["text"] or lat is not None:
            location = Location(
                name=parts["organization"],
                address_1=parts["address-line1"],
                address_2=parts["address-line2"],
                city=parts["locality"],
                postal_code=postcode,
                latitude=lat,
                longitude=lon,
                accessibility=facts.accessibility,
            )
        is_free, costs = parse_cost(facts.cost)
        if facts.free:
            is_free = True
        return Service(
            id="pending",
            name=name,
            description=facts.description,
            url=normalise_url(facts.website, url),
            email=normalise_email(facts.email_href or facts.email_text),
            fees_description=facts.cost or ("Free" if is_free else None),
            is_free=is_free,
            cost_options=costs,
            minimum_age=facts.ages[0],
            maximum_age=facts.ages[1],
            accessibility=facts.accessibility,
            referral=facts.referral,
            organization=Organization(name=facts.organisation) if facts.organisation else None,
            locations=[location] if location else [],
            phones=phones_from(facts.phones),
            schedules=facts.schedules or parse_opening_times(facts.opening_text),
            categories=facts.categories,
        )
