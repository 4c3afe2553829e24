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
from harvesters.weekly import clock, merge_weekly, weekday
from index.model import CostOption, Location, Organization, Phone, Service, TaxonomyTerm


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list | bool):
        return None
    return clean_text(str(value))


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and number != 0 else None


def rich_text(value: Any) -> str | None:
    """Outpost descriptions are HTML from its editor or, in older records, plain text with
    blank lines between paragraphs: either way, markup for the pipeline's sanitiser."""
    if not isinstance(value, str) or not value.strip():
        return None
    if re.search(r"<(p|br|ul|ol|div|strong|em|a)\b", value, re.IGNORECASE):
        return value.strip()
    paragraphs = [clean_text(p) for p in re.split(r"\n\s*\n", value)]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p) or None


def position(loc: dict[str, Any]) -> tuple[float | None, float | None]:
    """(latitude, longitude) from ``latitude``/``longitude`` or a GeoJSON point."""
    lat, lon = _float(loc.get("latitude")), _float(loc.get("longitude"))
    coords = _list(_dict(loc.get("geometry")).get("coordinates"))
    if (lat is None or lon is None) and len(coords) == 2:
        lon, lat = _float(coords[0]), _float(coords[1])
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    return lat, lon


def location(loc: dict[str, Any]) -> Location:
    masked = bool(loc.get("mask_exact_address"))
    line = _str(loc.get("address_1"))
    lat, lon = (None, None) if masked else position(loc)
    postcode = postcode_from(_str(loc.get("postal_code")), line)
    return Location(
        id=_str(loc.get("id")),
        name=_str(loc.get("name")),
        description=(
            f"Exact address withheld; in {_str(loc.get('postal_code')) or 'the area'}"
            if masked
            else html_to_text(_str(loc.get("description")))
        ),
        address_1=None if masked else line,
        city=_str(loc.get("city")),
        postal_code=None if masked else postcode,
        latitude=lat,
        longitude=lon,
        accessibility=[
            name
            for name in (_str(a.get("name")) for a in map(_dict, _list(loc.get("accessibilities"))))
            if name
        ],
    )


def _phones(contacts: list[dict[str, Any]]) -> list[Phone]:
    phones: list[Phone] = []
    for contact in contacts:
        label = _str(contact.get("title")) or _str(contact.get("name"))
        for phone in phones_from([_str(contact.get("phone"))], label):
            if phone.number not in {p.number for p in phones}:
                phones.append(phone)
    return phones


def _costs(options: list[dict[str, Any]]) -> list[CostOption]:
    out = []
    for item in options:
        amount = _float(item.get("amount"))
        text = _str(item.get("option"))
        kind = _str(item.get("cost_type"))
        if amount is None and not text:
            continue
        out.append(CostOption(option=kind or text, amount=amount, amount_description=text))
    return out


def _status(data: dict[str, Any]) -> str:
    status = (_str(data.get("status")) or "").lower()
    if data.get("temporarily_closed") is True or status == "temporarily closed":
        return "temporarily closed"
    if status in ("archived", "expired", "marked for deletion"):
        return "inactive"
    return "active"


def service_from_outpost(data: dict[str, Any], url: str) -> Service:
    """Map one record; ParseError when it has no id or no name."""
    if _str(data.get("id")) is None:
        raise ParseError(url, "id", "not found")
    name = _str(data.get("name"))
    if not name:
        raise ParseError(url, "name", "not found")
    contacts = [_dict(c) for c in _list(data.get("contacts"))]
    org = _dict(data.get("organisation"))
    organization = (
        Organization(
            id=_str(org.get("id")),
            name=_str(org.get("name")) or "",
            description=html_to_text(_str(org.get("description"))),
            email=normalise_email(_str(org.get("email"))),
            website=normalise_url(_str(org.get("url"))),
        )
        if _str(org.get("name"))
        else None
    )
    links = [_dict(link) for link in _list(data.get("links"))]
    website = _str(data.get("url")) or next(
        (_str(link.get("url")) for link in links if _str(link.get("url"))), None
    )
    rows = [
        (day, clock(row.get("opens_at")), clock(row.get("closes_at")))
        for row in map(_dict, _list(data.get("regular_schedules")))
        if (day := weekday(row.get("byday")) or weekday(row.get("weekday")))
    ]
    locations = [location(_dict(loc)) for loc in _list(data.get("locations"))]
    costs = _costs([_dict(c) for c in _list(data.get("cost_options"))])
    free = data.get("free")
    terms = [
        TaxonomyTerm(
            id=str(t.get("id")),
            name=_str(t.get("name")) or "",
            taxonomy="outpost",
            parent_id=_str(t.get("parent_id")),
        )
        for t in map(_dict, _list(data.get("taxonomies")))
        if t.get("id") is not None and _str(t.get("name"))
    ]
    suited = [
        _str(s.get("name"))
        for s in map(_dict, [*_list(data.get("suitabilities")), *_list(data.get("send_needs"))])
        if _str(s.get("name"))
    ]
    return Service(
        id="pending",
        name=name,
        description=rich_text(data.get("description")),
        url=normalise_url(website),
        email=next(
            (e for e in (normalise_email(_str(c.get("email"))) for c in contacts) if e), None
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
        last_modified=aware_datetime(_str(data.get("updated_at"))),
    )
