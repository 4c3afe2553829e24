"""FID directories (ASP.NET; Bexley's Family Information Directory).

Config (``kind = "fid"``): ``base_url`` is the site root. ``params``:

* ``category_ids``: the ``SelectedCategory`` values to search (empty: the unfiltered search)
* ``result_cap`` (200): FID has no pagination and shows at most this many results
* ``split_postcodes`` and ``split_proximity_miles``: when a search reaches the cap, it is
  repeated around each of these postcodes (``Postcode=…&Proximity=…``) to reach the rest

A search still capped after splitting means listings may be missing: the run is marked
incomplete (so it is quarantined, never published short) and the reason names the search.

Tenants differ (Bexley, Cumberland, North Lincolnshire run the platform): a result is a
``div.provider-result`` panel or a plain ``div.panel`` whose ``h3`` is a link or plain text
with a separate "View profile" link; labels are ``<b>`` or ``<strong>``; the results summary
("Your search returned N results") may be missing, in which case a page showing exactly the
cap is treated as capped. Strict only about identity: a panel needs one ``providerId`` and a
name. The panel's summary, address and phone are kept as a partial record if the provider's
page fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

from scrapy.http import Request, Response

from harvesters.expect import ParseError, one
from harvesters.html import after_label, bold_label_pairs, inner_html, text
from harvesters.items import Listing
from harvesters.job import Skip
from harvesters.normalise import (
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
from index.model import Location, Organization, Service

_RETURNED = re.compile(r"returned\s+(\d+)\s+results?", re.IGNORECASE)
_PANELS = (
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' provider-result ')"
    " or (contains(concat(' ', normalize-space(@class), ' '), ' panel ')"
    " and .//a[contains(@href, 'providerId=')])]"
)


class FidSpider(SourceSpider):
    kind = "fid"
    parser_version = 2

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._capped: dict[str, tuple[str, int]] = {}
        self._found: dict[str, set[str]] = {}

    @property
    def cap(self) -> int:
        return int(self.source.params.get("result_cap", 200))

    def search_url(self, category: Any | None, postcode: str | None = None) -> str:
        query: dict[str, Any] = {}
        if category is not None:
            query["SelectedCategory"] = category
        if postcode:
            query["Postcode"] = postcode
            query["Proximity"] = self.source.params.get("split_proximity_miles", 2)
        url = urljoin(self.source.base_url, "Provider")
        return url + ("?" + urlencode(query) if query else "")

    def first_requests(self) -> Iterable[Request]:
        categories = list(self.source.params.get("category_ids") or []) or [None]
        for category in categories:
            yield self.page(
                self.search_url(category),
                "parse_results",
                {"category": category, "postcode": None},
                nav=True,
            )

    def parse_results(
        self, response: Response, category: Any | None, postcode: str | None
    ) -> Iterator[Any]:
        url = self.page_url(response)
        summary = text(response.css("p.results-summary, .results-summary"))
        main = text(response.css("main, body")) or ""
        if response.css("form select[name=SelectedCategory]") and "not recognised" in main:
            self.logger.warning("%s: postcode %s not recognised", self.source.id, postcode)
            return
        panels = response.xpath(_PANELS)
        if summary is None:
            self.missing(url, "results summary")
            if not panels and not re.search(r"(?i)no (results|providers)|returned 0", main):
                raise ParseError(url, "results summary", "not found (not a results page)")
        m = _RETURNED.search(summary or main)
        total = int(m.group(1)) if m else None
        if total and not panels:
            raise ParseError(url, "results", f"none found, though the page says {total}")
        keys = self._found.setdefault(str(category), set())
        readable = 0
        for panel in panels:
            hrefs = {
                ids[0]
                for h in panel.css("a::attr(href)").getall()
                if len(ids := parse_qs(urlsplit(response.urljoin(h)).query).get("providerId", []))
                == 1
            }
            if len(hrefs) != 1 or not next(iter(hrefs)).isdigit():
                yield Skip(
                    url, f"a panel with provider ids {sorted(hrefs)}", "unreadable panel", True
                )
                continue
            key = next(iter(hrefs))
            name = text(panel.css(".panel-heading h3, h3, .panel-heading")[:1])
            if not name:
                yield Skip(url, f"provider {key} has no name", "unreadable panel", True)
                continue
            readable += 1
            keys.add(key)
            link = next(h for h in panel.css("a::attr(href)").getall() if "providerId=" in h)
            detail = urljoin(response.urljoin(link), "Details")
            canonical = detail + "?" + urlencode({"providerId": key})
            body = bold_label_pairs(panel.css(".panel-body p, p"))
            card = {
                "address": after_label(body.get("address")),
                "phone": after_label(body.get("phone") or body.get("telephone")),
            }
            summary_text = next(
                (
                    t
                    for p in panel.css(".panel-body p, p")
                    if not p.xpath("./b|./strong")
                    if (t := text(p))
                ),
                None,
            )
            fallback = partial_card(
                key=key,
                name=name,
                listed_on=url,
                summary=summary_text,
                phones=[card["phone"]] if card["phone"] else [],
                address=card["address"],
                borough=self.source.borough,
            )
            yield self.page(
                canonical, "parse_provider", {"key": key, "card": card}, fallback=fallback
            )
        if panels and not readable:
            raise ParseError(url, "results", f"{len(panels)} panels, none with a provider link")
        capped = total is not None and total > len(panels)
        if total is None and len(panels) >= self.cap:
            capped, total = True, len(panels) + 1  # at the cap with no count: assume more
        if capped and total is not None:
            if postcode is None:
                self._capped[str(category)] = (url, total)
            yield from self._split(url, category, postcode, total, len(panels))

    def _split(
        self, url: str, category: Any | None, postcode: str | None, total: int, shown: int
    ) -> Iterator[Any]:
        """The search hit the cap: repeat it around each split postcode."""
        postcodes = list(self.source.params.get("split_postcodes") or [])
        if postcode is None and postcodes:
            for pc in postcodes:
                yield self.page(
                    self.search_url(category, pc),
                    "parse_results",
                    {"category": category, "postcode": pc},
                    nav=True,
                )
            return
        if postcode is None:
            self.result.incomplete = self.result.incomplete or (
                f"search {url} shows {shown} of {total} results (the {self.cap} cap); "
                "add split_postcodes or narrower categories"
            )

    def closed(self, reason: str) -> None:
        """A capped search is complete only if its postcode splits found all its results."""
        super().closed(reason)
        for category, (url, total) in self._capped.items():
            found = len(self._found.get(category, set()) - {""})
            if found < total:
                self.result.incomplete = self.result.incomplete or (
                    f"search {url} reports {total} results but only {found} could be reached "
                    f"past the {self.cap} cap; add split_postcodes"
                )

    def parse_provider(self, response: Response, key: str, card: dict[str, Any]) -> Iterator[Any]:
        url = self.page_url(response)
        name = one([text(h) for h in response.css("h1")], "name", url)
        details = response.css("div.provider-details")
        if not details:
            self.missing(url, "provider details")
        fields = bold_label_pairs((details or response.css("main, body")).css("p"))
        if "telephone" in fields and "phone" not in fields:
            fields["phone"] = fields["telephone"]

        def get(label: str) -> str | None:
            return after_label(fields.get(label))

        described = response.css("div.provider-description, div.provider-about")
        description = inner_html(described[0]) if described else None
        address_text = get("address") or card.get("address")
        address = split_address(address_text)
        location = None
        if address_text:
            location = Location(
                name=address["name"],
                address_1=address["address_1"],
                address_2=address["address_2"],
                city=address["city"],
                postal_code=address["postal_code"],
            )
        cost = get("cost")
        is_free, costs = parse_cost(cost)
        min_age, max_age = parse_age_range(get("ages"))
        provider = get("provider")
        website = fields.get("website")
        website_href = website.css("a::attr(href)").get() if website is not None else None
        email_node = fields.get("email")
        email_href = email_node.css("a::attr(href)").get() if email_node is not None else None
        categories = [c for c in (clean_text(x) for x in (get("category") or "").split(",")) if c]
        service = Service(
            id="pending",
            name=name,
            description=description,
            url=normalise_url(website_href or get("website"), url),
            email=normalise_email(email_href or get("email")),
            status="inactive" if response.css("p.text-danger") else "active",
            fees_description=cost,
            is_free=is_free,
            cost_options=costs,
            minimum_age=min_age,
            maximum_age=max_age,
            organization=Organization(name=provider) if provider else None,
            locations=[location] if location else [],
            phones=phones_from([get("phone") or card.get("phone")]),
            schedules=parse_opening_times(get("opening hours")),
            categories=categories,
        )
        raw = {
            "name": name,
            "description": description,
            "details": {label: inner_html(p) for label, p in fields.items()},
            "card": {k: v for k, v in card.items() if v},
            "closed_notice": text(response.css("p.text-danger")),
        }
        yield Listing(listing_key=key, source_url=url, service=service, raw=raw)
