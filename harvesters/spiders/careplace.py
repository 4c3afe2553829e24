"""CarePlace: one shared directory for many London boroughs.

Config (``kind = "careplace"``): ``base_url`` is the site root. ``params``:

* ``category_ids``: the ``Categories/{id}`` listings to walk; empty → read the category links
  from the home page
* ``page_param`` (``"page"``): listing pages are ``Categories/{id}?page={n}``, followed by
  their ``rel=next`` link
* ``borough``: list only one borough (``&borough=…``); the borough of each listing is read
  from the listing either way

Quirks handled: the borough is an attribute of the listing ("Borough: Brent"), not of the
source; a provider may hide its contact details (no phone, e-mail or website — a listing,
not an error); there is no postcode field, so the postcode is read from the address text;
descriptions are rich text that may embed images (the sanitiser drops them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode, urljoin

from scrapy.http import Request, Response

from harvesters.expect import ParseError, at_most_one, one
from harvesters.html import inner_html, items, text
from harvesters.items import Listing
from harvesters.normalise import (
    normalise_email,
    normalise_url,
    phones_from,
    split_address,
)
from harvesters.spiders.base import SourceSpider
from index.model import Location, Organization, Service

_DETAIL = re.compile(r"/Services/Details/(?P<key>\d+)")
_COUNT = re.compile(r"(\d+)\s+services?", re.IGNORECASE)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


class CarePlaceSpider(SourceSpider):
    kind = "careplace"
    parser_version = 1

    def category_url(self, category_id: int | str) -> str:
        query: dict[str, Any] = {}
        if self.source.params.get("borough"):
            query["borough"] = self.source.params["borough"]
        url = urljoin(self.source.base_url, f"Categories/{category_id}")
        return url + ("?" + urlencode(query) if query else "")

    def first_requests(self) -> Iterable[Request]:
        categories = list(self.source.params.get("category_ids") or [])
        if categories:
            for cid in categories:
                yield self.page(self.category_url(cid), "parse_category", nav=True)
        else:
            yield self.page(self.source.base_url, "parse_home", nav=True)

    def parse_home(self, response: Response) -> Iterator[Any]:
        ids = dict.fromkeys(
            m.group(1)
            for href in response.css("a::attr(href)").getall()
            if (m := re.search(r"/Categories/(\d+)", href))
        )
        if not ids:
            raise ParseError(self.page_url(response), "category links", "none on the home page")
        for cid in ids:
            yield self.page(self.category_url(cid), "parse_category", nav=True)

    def parse_category(self, response: Response) -> Iterator[Any]:
        url = self.page_url(response)
        count_text = text(response.css("p.results-count"))
        if count_text is None:
            raise ParseError(url, "result count", "not found (not a category page)")
        m = _COUNT.search(count_text)
        total = int(m.group(1)) if m else None
        results = response.css("ul.search-results > li.search-result")
        if total and not results:
            raise ParseError(url, "results", f"none found, though the page says {total}")
        for result in results:
            href = result.css("h3.search-result__title a::attr(href)").get()
            match = _DETAIL.search(href or "")
            if not href or not match:
                raise ParseError(url, "service link", "a result without a Services/Details link")
            borough = text(result.css("span.search-result__borough"))
            yield self.page(
                response.urljoin(href),
                "parse_service",
                {"key": match.group("key"), "listed_borough": borough},
            )
        nxt = response.css("a.pagination__next[rel=next]::attr(href), a[rel=next]::attr(href)")
        if nxt:
            yield self.page(response.urljoin(nxt.get()), "parse_category", nav=True)

    def parse_service(
        self, response: Response, key: str, listed_borough: str | None
    ) -> Iterator[Any]:
        url = self.page_url(response)
        name = one([text(h) for h in response.css("h1")], "name", url)
        described = response.css("div.service-description")
        description = inner_html(described[0]) if described else None
        provider_link = response.css("p.service-provider a")
        provider = text(provider_link)
        contact = response.css("div.service-contact")
        hidden = bool(contact.css(".contact-hidden"))
        phones = phones_from(contact.css("li.contact-phone").xpath("string()").getall())
        email = normalise_email(
            contact.css("li.contact-email a::attr(href)").get()
            or text(contact.css("li.contact-email"))
        )
        website = normalise_url(contact.css("li.contact-website a::attr(href)").get(), url)
        address_text = at_most_one(
            [text(p) for p in response.css("div.service-location p.address")], "address", url
        )
        address = split_address(address_text)
        area = text(response.css("p.service-area")) or ""
        borough = re.sub(r"(?i)^borough:\s*", "", area).strip() or listed_borough
        map_div = response.css("#map")
        latitude = _float(map_div.attrib.get("data-latitude")) if map_div else None
        longitude = _float(map_div.attrib.get("data-longitude")) if map_div else None
        access_list = response.css("div.service-access ul")
        access = items(access_list[0]) if access_list else []
        location = None
        if address_text or latitude is not None:
            location = Location(
                name=address["name"],
                address_1=address["address_1"],
                address_2=address["address_2"],
                city=address["city"],
                postal_code=address["postal_code"],
                latitude=latitude,
                longitude=longitude,
                borough=borough or None,
                accessibility=access,
            )
        notice = text(response.css("p.service-status"))
        closed = bool(notice and re.search(r"unavailable|closed|no longer", notice, re.I))
        service = Service(
            id="pending",
            name=name,
            description=description,
            status="inactive" if closed else "active",
            url=website,
            email=email,
            accessibility=access,
            organization=Organization(name=provider) if provider else None,
            locations=[location] if location else [],
            phones=phones,
            categories=[
                t for t in (text(a) for a in response.css("div.service-categories li a")) if t
            ],
        )
        raw = {
            "name": name,
            "description": description,
            "provider": provider,
            "provider_url": response.urljoin(provider_link.attrib["href"])
            if provider_link and provider_link.attrib.get("href")
            else None,
            "contact_hidden": hidden,
            "address": address_text,
            "area": area or None,
            "listed_borough": listed_borough,
            "status_notice": notice,
        }
        yield Listing(listing_key=key, source_url=url, service=service, raw=raw)
