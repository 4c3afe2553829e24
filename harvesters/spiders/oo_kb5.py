"""Open Objects "kb5" family services directories and Local Offers (Hounslow, Wandsworth,
Kensington & Chelsea, … about 68 councils on one platform).

Config (``kind = "oo_kb5"``): ``base_url`` is the tenant's ``…/kb5/{council}/{directory}/``.
``params``:

* ``channel``: the tenant's channel parameter (``familychannel``, ``directorychannel``, …)
* ``channel_values``: the channels to list; empty → read the channel links from
  ``home.page``; no channel links at all → list everything (``results.page?sr=0``)
* ``page_size`` (10): ``sr`` advances by this much; the walk follows ``li.next``

Quirks handled: result links carry the channel (``service.page?id=X&familychannel=2-1``), so
one service has a URL per channel — the spider requests ``service.page?id=X`` once.
Editorial hits (``advice.page``) are not services and are not followed. Opening times come
either as a Day | Opening | Closing table or as free text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

from parsel import Selector
from scrapy.http import Request, Response

from harvesters.expect import ParseError, one
from harvesters.html import dl_pairs, inner_html, lines, text
from harvesters.items import Listing
from harvesters.normalise import (
    clean_text,
    normalise_email,
    normalise_url,
    parse_age_range,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
)
from harvesters.opening_times import schedule_from_row
from harvesters.spiders.base import SourceSpider
from harvesters.spiders.oo_marketplace import result_total
from index.model import Location, Organization, Schedule, Service

_ID = re.compile(r"^[A-Za-z0-9_-]{6,32}$")


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _split_list(value: str | None) -> list[str]:
    return [p for p in (clean_text(x) for x in re.split(r",\s+", value or "")) if p]


def section(response: Response, name: str) -> Selector | None:
    found = response.css(f"section.service_{name}")
    return found[0] if found else None


class Kb5Spider(SourceSpider):
    kind = "oo_kb5"
    parser_version = 1

    @property
    def base(self) -> str:
        return self.source.base_url.rstrip("/") + "/"

    def results_url(self, value: str | None, offset: int = 0) -> str:
        query: dict[str, Any] = {}
        channel = self.source.params.get("channel")
        if channel and value:
            query[str(channel)] = value
        query["sr"] = offset
        return urljoin(self.base, "results.page") + "?" + urlencode(query)

    def first_requests(self) -> Iterable[Request]:
        values = list(self.source.params.get("channel_values") or [])
        if values:
            for value in values:
                yield self.page(self.results_url(str(value)), "parse_results", nav=True)
        else:
            yield self.page(urljoin(self.base, "home.page"), "parse_home", nav=True)

    def parse_home(self, response: Response) -> Iterator[Any]:
        channel = str(self.source.params.get("channel") or "")
        links = [
            response.urljoin(h)
            for h in response.css("a::attr(href)").getall()
            if "results.page" in h and channel and f"{channel}=" in h
        ]
        for url in dict.fromkeys(links or [self.results_url(None)]):
            yield self.page(url, "parse_results", nav=True)

    def parse_results(self, response: Response) -> Iterator[Any]:
        url = self.page_url(response)
        count = response.css("p.result_count")
        if not count:
            raise ParseError(url, "result count", "not found (not a results page)")
        total = result_total(text(count))
        hits = response.css("div.result_hit")
        if total and not hits:
            raise ParseError(url, "result hits", f"none found, though the page says {total}")
        for hit in hits:
            href = hit.css("div.result_hit_header a::attr(href), h3 a::attr(href)").get()
            if not href:
                raise ParseError(url, "hit link", "a result without a link")
            target = response.urljoin(href)
            path = urlsplit(target).path
            if path.endswith("advice.page") or "advice_hit" in (hit.attrib.get("class") or ""):
                continue  # editorial content, not a service
            if not path.endswith("service.page"):
                continue
            ids = parse_qs(urlsplit(target).query).get("id", [])
            if len(ids) != 1 or not _ID.match(ids[0]):
                raise ParseError(url, "service id", f"unexpected link {href!r}")
            canonical = urljoin(target, "service.page") + "?" + urlencode({"id": ids[0]})
            yield self.page(canonical, "parse_service", {"key": ids[0]})
        nxt = response.css("ul.pagination li.next a::attr(href)").get()
        if nxt:
            yield self.page(response.urljoin(nxt), "parse_results", nav=True)

    def parse_service(self, response: Response, key: str) -> Iterator[Any]:
        url = self.page_url(response)
        name = one([text(h) for h in response.css("h1")], "name", url)
        description_node = section(response, "description")
        if description_node is None:
            raise ParseError(url, "description section", "no section.service_description")
        content = description_node.css("div.field_content")
        description = inner_html(content[0]) if content else None

        contact = dl_pairs(_dl(section(response, "contact")))
        venue_section = section(response, "venue")
        venue = dl_pairs(_dl(venue_section))
        other = dl_pairs(_dl(section(response, "other")))
        event = section(response, "event")

        def get(pairs: dict[str, Selector], label: str) -> str | None:
            return text(pairs.get(label))

        address_lines = lines(venue.get("address"))
        postcode = postcode_from(get(venue, "postcode"), *reversed(address_lines))
        map_div = venue_section.css("div.map_container") if venue_section is not None else []
        latitude = _float(map_div[0].attrib.get("data-lat")) if map_div else None
        longitude = _float(map_div[0].attrib.get("data-lon")) if map_div else None
        location = None
        if address_lines or postcode or latitude is not None:
            location = Location(
                name=get(venue, "name"),
                address_1=address_lines[0] if address_lines else None,
                address_2=", ".join(address_lines[1:-1]) or None,
                city=address_lines[-1] if len(address_lines) > 1 else None,
                postal_code=postcode,
                latitude=latitude,
                longitude=longitude,
                accessibility=_split_list(get(other, "accessibility")),
            )
        schedules = _schedules(event)
        cost = get(other, "cost")
        is_free, costs = parse_cost(cost)
        min_age, max_age = parse_age_range(get(other, "age range"))
        provider = get(other, "provided by")
        updated = re.search(r"(\d{2}/\d{2}/\d{4})", text(response.css("p.last_updated")) or "")
        closed = bool(response.css("div.alert"))
        service = Service(
            id="pending",
            name=name,
            description=description,
            url=normalise_url(get(contact, "website"), url),
            email=normalise_email(get(contact, "e-mail") or get(contact, "email")),
            status="inactive" if closed else "active",
            fees_description=cost,
            is_free=is_free,
            cost_options=costs,
            eligibility_description=get(other, "eligibility"),
            minimum_age=min_age,
            maximum_age=max_age,
            accessibility=_split_list(get(other, "accessibility")),
            referral=get(other, "referral"),
            organization=Organization(name=provider) if provider else None,
            locations=[location] if location else [],
            phones=phones_from([get(contact, "telephone")]),
            schedules=schedules,
            categories=_split_list(get(other, "categories")),
            last_modified=datetime.strptime(updated.group(1), "%d/%m/%Y").replace(tzinfo=UTC)
            if updated
            else None,
        )
        raw: dict[str, Any] = {
            "name": name,
            "description": description,
            "contact": {k: inner_html(v) for k, v in contact.items()},
            "venue": {k: inner_html(v) for k, v in venue.items()},
            "other": {k: inner_html(v) for k, v in other.items()},
            "times": inner_html(event) if event is not None else None,
            "closed_notice": text(response.css("div.alert")) if closed else None,
        }
        yield Listing(listing_key=key, source_url=url, service=service, raw=raw)


def _dl(node: Selector | None) -> Selector | None:
    if node is None:
        return None
    found = node.css("dl")
    return found[0] if found else None


def _schedules(event: Selector | None) -> list[Schedule]:
    """A Day | Opening | Closing table, one row a day, or free text in the dl."""
    if event is None:
        return []
    rows: list[Schedule] = []
    for tr in event.css("table.opening_times tbody tr"):
        cells = [text(td) for td in tr.css("td")]
        if len(cells) >= 3:
            rows.extend(schedule_from_row(cells[0], cells[1], cells[2]))
    if rows:
        merged: dict[tuple[str | None, str | None], list[str]] = {}
        for row in rows:
            merged.setdefault((row.opens_at, row.closes_at), []).append(row.byday or "")
        return [
            Schedule(
                byday=",".join(d for d in ("MO", "TU", "WE", "TH", "FR", "SA", "SU") if d in days),
                opens_at=opens,
                closes_at=closes,
                description="; ".join(
                    r.description or ""
                    for r in rows
                    if (r.opens_at, r.closes_at) == (opens, closes)
                ),
            )
            for (opens, closes), days in merged.items()
        ]
    pairs = dl_pairs(_dl(event))
    free_text = text(pairs.get("time of day")) or text(event.css("dd"))
    return parse_opening_times(free_text)
