"""A kb5 ``service.page``: the sections every theme of the platform shares
(``section.field_section.service_*``: description, contact, venue, times, other details), each
read tolerantly — a ``div.field_content`` or a theme's ``div.description_text``, a
``table.opening_times`` or a plain ``table``, phone lines without their fax line, a website or
e-mail link whose text is a label."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from parsel import Selector
from scrapy.http import Response

from harvesters.expect import one
from harvesters.html import dl_pairs, inner_html, lines, mail_href, text, website_href
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
from harvesters.values import position
from index.model import Location, Organization, Schedule, Service


def _split_list(value: str | None) -> list[str]:
    return [p for p in (clean_text(x) for x in re.split(r",\s+", value or "")) if p]


def section(response: Response, name: str) -> Selector | None:
    found = response.css(f"section.service_{name}")
    return found[0] if found else None


def read_service(
    response: Response, url: str, key: str, missing: Callable[[str, str], None]
) -> Listing:
    """The listing on a ``service.page``: strict about its one name, every section optional
    (``missing(url, element)`` notes each one absent)."""
    name = one([text(h) for h in response.css("h1")], "name", url)
    description_node = section(response, "description")
    description = None
    if description_node is None:
        missing(url, "description section")
    else:
        content = description_node.css("div.field_content, div.description_text")
        if content:
            description = inner_html(content[0])
        else:
            body = description_node.xpath("./*[not(self::h2 or self::h3)]").getall()
            description = "".join(body).strip() or None

    contact_section = section(response, "contact")
    venue_section = section(response, "venue")
    other_section = section(response, "other")
    for name_, node in (
        ("contact section", contact_section),
        ("venue section", venue_section),
        ("other details section", other_section),
    ):
        if node is None:
            missing(url, name_)
    contact = dl_pairs(_dl(contact_section))
    venue = dl_pairs(_dl(venue_section))
    other = dl_pairs(_dl(other_section))
    event = section(response, "event")

    def get(pairs: dict[str, Selector], label: str) -> str | None:
        return text(pairs.get(label))

    address_lines = lines(venue.get("address"))
    postcode = postcode_from(get(venue, "postcode"), *reversed(address_lines))
    map_div = venue_section.css("div.map_container") if venue_section is not None else []
    latitude, longitude = (
        position(map_div[0].attrib.get("data-lat"), map_div[0].attrib.get("data-lon"))
        if map_div
        else (None, None)
    )
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
    website = contact.get("website")
    email = contact.get("e-mail") or contact.get("email")
    service = Service(
        id="pending",
        name=name,
        description=description,
        url=normalise_url(website_href(website) or text(website), url),
        email=normalise_email(mail_href(email) or text(email)),
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
        phones=phones_from(lines(contact.get("telephone"))),
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
    return Listing(listing_key=key, source_url=url, service=service, raw=raw)


def _dl(node: Selector | None) -> Selector | None:
    if node is None:
        return None
    found = node.css("dl")
    return found[0] if found else None


def _schedules(event: Selector | None) -> list[Schedule]:
    """A Day | Opening | Closing table (``table.opening_times`` or a theme's plain
    ``table``), one row a day, or free text in the dl."""
    if event is None:
        return []
    rows: list[Schedule] = []
    for tr in event.css("table tr"):
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
