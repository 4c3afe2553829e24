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

Themes: a result is an ``li.search-result`` or a ``div.service-card`` / ``article`` holding a
``/Services/Details/{id}`` link in its heading; the count ("57 services") and the borough
line may be missing; the next page is ``rel=next`` or an ``li.next`` / "Next" link. A
profile's blocks are ``div.service-*`` or a theme's ``.service-profile__*``. Strict only about
identity (one name, one id); the result's summary, provider and borough are kept as a
partial record if the profile fails.
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
from harvesters.job import Skip
from harvesters.normalise import (
    normalise_email,
    normalise_url,
    phones_from,
    split_address,
)
from harvesters.partial import card
from harvesters.spiders.base import SourceSpider
from harvesters.values import position
from index.model import Location, Organization, Service

_DETAIL = re.compile(r"/Services/Details/(?P<key>\d+)")
_COUNT = re.compile(r"(\d+)\s+services?", re.IGNORECASE)
_RESULTS = (
    "//*[self::li or self::article or self::div][.//a[contains(@href, '/Services/Details/')]]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' search-result ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' service-card ')"
    " or self::article]"
)
_NEXT = "a.pagination__next[rel=next], a[rel=next], li.next a, a[aria-label*=Next]"


class CarePlaceSpider(SourceSpider):
    kind = "careplace"
    parser_version = 2

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
        count_text = text(response.css("p.results-count, .results-count"))
        m = _COUNT.search(count_text or "")
        total = int(m.group(1)) if m else None
        if count_text is None:
            self.missing(url, "result count")
        results = response.xpath(_RESULTS)
        if not results:
            if total:
                raise ParseError(url, "results", f"none found, though the page says {total}")
            if total is None and not re.search(
                r"(?i)no services|0 services|no results", text(response.css("main, body")) or ""
            ):
                raise ParseError(
                    url, "result count", "not found, and no results (not a category page)"
                )
        readable = 0
        for result in results:
            heading = result.css("h2 a[href], h3 a[href], h4 a[href]")
            links = [
                a for a in (heading or result.css("a[href]")) if _DETAIL.search(a.attrib["href"])
            ]
            keys = {
                m.group("key")
                for h in result.css("a::attr(href)").getall()
                if (m := _DETAIL.search(h))
            }
            if not links or len(keys) != 1:
                yield Skip(
                    url, f"a result with service ids {sorted(keys)}", "unreadable result", True
                )
                continue
            key = next(iter(keys))
            name = text(links[0])
            if not name:
                yield Skip(url, f"result {key} has no name", "unreadable result", True)
                continue
            readable += 1
            borough = text(result.css("span.search-result__borough, .service-card__borough"))
            if borough is None:
                area = re.search(r"(?i)borough:\s*([^|]+)", text(result) or "")
                borough = " ".join(area.group(1).split()) if area else None
            if borough is None:
                self.missing(url, "result borough")
            summary = text(result.css("p.search-result__summary, .service-card__summary")[:1])
            provider = text(result.css("a[href*='/Organisations/Details/']"))
            yield self.page(
                response.urljoin(links[0].attrib["href"]),
                "parse_service",
                {"key": key, "listed_borough": borough},
                fallback=card(
                    key=key,
                    name=name,
                    listed_on=url,
                    summary=summary,
                    organisation=provider,
                    borough=borough,
                ),
            )
        if results and not readable:
            raise ParseError(url, "results", f"{len(results)} results, none with a service link")
        nxt = response.css(_NEXT)
        if nxt:
            yield self.page(response.urljoin(nxt.attrib["href"]), "parse_category", nav=True)

    def parse_service(
        self, response: Response, key: str, listed_borough: str | None
    ) -> Iterator[Any]:
        url = self.page_url(response)
        name = one([text(h) for h in response.css("h1")], "name", url)
        described = response.css("div.service-description, .service-profile__about")
        if not described:
            self.missing(url, "description")
        description = inner_html(described[0]) if described else None
        provider_link = response.css("p.service-provider a, .service-profile__provider a")
        provider = text(provider_link)
        contact = response.css("div.service-contact, .service-profile__contact")
        if not contact:
            self.missing(url, "contact block")
        hidden = bool(contact.css(".contact-hidden"))
        phones = phones_from(
            contact.css("li.contact-phone, a[href^='tel:']").xpath("string()").getall()
        )
        email = normalise_email(
            contact.css("li.contact-email a::attr(href), a[href^='mailto:']::attr(href)").get()
            or text(contact.css("li.contact-email"))
        )
        website = normalise_url(
            contact.css("li.contact-website a::attr(href), a.contact-website::attr(href)").get(),
            url,
        )
        address_text = at_most_one(
            [
                text(p)
                for p in response.css(
                    "div.service-location p.address, address.service-profile__address"
                )
            ],
            "address",
            url,
        )
        address = split_address(address_text)
        area = text(response.css("p.service-area, .service-profile__borough")) or ""
        borough = re.sub(r"(?i)^borough:\s*", "", area).strip() or listed_borough
        map_div = response.css("#map, [data-latitude][data-longitude]")
        latitude, longitude = (
            position(map_div.attrib.get("data-latitude"), map_div.attrib.get("data-longitude"))
            if map_div
            else (None, None)
        )
        access_list = response.css("div.service-access ul, .service-profile__access ul")
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
        notice = text(response.css("p.service-status, .service-profile__status"))
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
                t
                for t in (
                    text(a)
                    for a in response.css(
                        "div.service-categories li a, .service-profile__categories li a"
                    )
                )
                if t
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
