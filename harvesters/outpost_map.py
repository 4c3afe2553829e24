"""An Outpost service record (its own API, not ORUK) → our Service.

Two index generations are read alike: the public serializer's (weekday names, ``09:30``,
GeoJSON ``geometry``, ``status``) and the first one's whole table rows (weekday numbers,
``2000-01-01T09:30:00.000Z`` times, coordinates as decimal strings, ``temporarily_closed``).
A location with ``mask_exact_address`` (a childminder's home) is published by Outpost with
its street removed, only the outcode and a position rounded to two decimals: the record
keeps the town and outcode as text and no position, so it is never placed on a map as if
exact.
"""

from __future__ import annotations

import html
import re
from typing import Any

from harvesters.expect import ParseError
from harvesters.normalise import (
    age_or_none,
    clean_text,
    html_to_text,
    normalise_email,
    normalise_url,
    phones_from,
    postcode_from,
)
from harvesters.timestamps import aware_datetime
from harvesters.values import as_dict, as_list, as_text, number, position
from harvesters.weekly import clock, merge_weekly, weekday
from index.model import CostOption, Location, Organization, Phone, Service, TaxonomyTerm


def rich_text(value: Any) -> str | None:
    """Outpost descriptions are HTML from its editor or, in older records, plain text with
    blank lines between paragraphs: either way, markup for the pipeline's sanitiser."""
    if not isinstance(value, str) or not value.strip():
        return None
    if re.search(r"<(p|br|ul|ol|div|strong|em|a)\b", value, re.IGNORECASE):
        return value.strip()
    paragraphs = [clean_text(p) for p in re.split(r"\n\s*\n", value)]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p) or None


def location_position(loc: dict[str, Any]) -> tuple[float | None, float | None]:
    """(latitude, longitude) from ``latitude``/``longitude`` or a GeoJSON point."""
    lat, lon = position(loc.get("latitude"), loc.get("longitude"))
    coords = as_list(as_dict(loc.get("geometry")).get("coordinates"))
    if lat is None and len(coords) == 2:
        lat, lon = position(coords[1], coords[0])
    return lat, lon


def location(loc: dict[str, Any]) -> Location:
    masked = bool(loc.get("mask_exact_address"))
    line = as_text(loc.get("address_1"))
    lat, lon = (None, None) if masked else location_position(loc)
    postcode = postcode_from(as_text(loc.get("postal_code")), line)
    return Location(
        id=as_text(loc.get("id")),
        name=as_text(loc.get("name")),
        description=(
            f"Exact address withheld; in {as_text(loc.get('postal_code')) or 'the area'}"
            if masked
            else html_to_text(as_text(loc.get("description")))
        ),
        address_1=None if masked else line,
        city=as_text(loc.get("city")),
        postal_code=None if masked else postcode,
        latitude=lat,
        longitude=lon,
        accessibility=[
            name
            for name in (
                as_text(a.get("name")) for a in map(as_dict, as_list(loc.get("accessibilities")))
            )
            if name
        ],
    )


def _phones(contacts: list[dict[str, Any]]) -> list[Phone]:
    phones: list[Phone] = []
    for contact in contacts:
        label = as_text(contact.get("title")) or as_text(contact.get("name"))
        for phone in phones_from([as_text(contact.get("phone"))], label):
            if phone.number not in {p.number for p in phones}:
                phones.append(phone)
    return phones


def _costs(options: list[dict[str, Any]]) -> list[CostOption]:
    out = []
    for item in options:
        amount = number(item.get("amount")) or None
        text = as_text(item.get("option"))
        kind = as_text(item.get("cost_type"))
        if amount is None and not text:
            continue
        out.append(CostOption(option=kind or text, amount=amount, amount_description=text))
    return out


def _status(data: dict[str, Any]) -> str:
    status = (as_text(data.get("status")) or "").lower()
    if data.get("temporarily_closed") is True or status == "temporarily closed":
        return "temporarily closed"
    if status in ("archived", "expired", "marked for deletion"):
        return "inactive"
    return "active"


def service_from_outpost(data: dict[str, Any], url: str) -> Service:
    """Map one record; ParseError when it has no id or no name."""
    if as_text(data.get("id")) is None:
        raise ParseError(url, "id", "not found")
    name = as_text(data.get("name"))
    if not name:
        raise ParseError(url, "name", "not found")
    contacts = [as_dict(c) for c in as_list(data.get("contacts"))]
    org = as_dict(data.get("organisation"))
    organization = (
        Organization(
            id=as_text(org.get("id")),
            name=as_text(org.get("name")) or "",
            description=html_to_text(as_text(org.get("description"))),
            email=normalise_email(as_text(org.get("email"))),
            website=normalise_url(as_text(org.get("url"))),
        )
        if as_text(org.get("name"))
        else None
    )
    links = [as_dict(link) for link in as_list(data.get("links"))]
    website = as_text(data.get("url")) or next(
        (as_text(link.get("url")) for link in links if as_text(link.get("url"))), None
    )
    rows = [
        (day, clock(row.get("opens_at")), clock(row.get("closes_at")))
        for row in map(as_dict, as_list(data.get("regular_schedules")))
        if (day := weekday(row.get("byday")) or weekday(row.get("weekday")))
    ]
    locations = [location(as_dict(loc)) for loc in as_list(data.get("locations"))]
    costs = _costs([as_dict(c) for c in as_list(data.get("cost_options"))])
    free = data.get("free")
    terms = [
        TaxonomyTerm(
            id=str(t.get("id")),
            name=as_text(t.get("name")) or "",
            taxonomy="outpost",
            parent_id=as_text(t.get("parent_id")),
        )
        for t in map(as_dict, as_list(data.get("taxonomies")))
        if t.get("id") is not None and as_text(t.get("name"))
    ]
    suited = [
        as_text(s.get("name"))
        for s in map(
            as_dict, [*as_list(data.get("suitabilities")), *as_list(data.get("send_needs"))]
        )
        if as_text(s.get("name"))
    ]
    return Service(
        id="pending",
        name=name,
        description=rich_text(data.get("description")),
        url=normalise_url(website),
        email=next(
            (e for e in (normalise_email(as_text(c.get("email"))) for c in contacts) if e), None
        ),
        status=_status(data),  # type: ignore[arg-type]
        fees_description="; ".join(c.amount_description for c in costs if c.amount_description)
        or None,
        is_free=free if isinstance(free, bool) else None,
        cost_options=costs,
        eligibility_description=("Suitable for: " + ", ".join(s for s in suited if s))
        if suited
        else None,
        minimum_age=age_or_none(data.get("min_age")),
        maximum_age=age_or_none(data.get("max_age")),
        accessibility=list(dict.fromkeys(a for loc in locations for a in loc.accessibility)),
        referral="Needs a referral" if data.get("needs_referral") is True else None,
        organization=organization,
        locations=locations,
        phones=_phones(contacts),
        schedules=merge_weekly(rows),
        taxonomy_terms=terms,
        categories=[t.name for t in terms],
        last_modified=aware_datetime(as_text(data.get("updated_at"))),
    )
