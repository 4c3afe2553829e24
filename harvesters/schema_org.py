"""schema.org structured data (JSON-LD and microdata, read with extruct) → our Service.

Directories that carry structured data describe a listing as a ``Service`` (or
``GovernmentService``), a ``LocalBusiness`` (or one of its many subtypes), or an
``Organization``/``NGO``. This module finds the one item a page is about and maps it; a page
describing two different services is ambiguous and raises ParseError, like any selector.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import extruct

from harvesters.expect import ParseError
from harvesters.normalise import (
    age_or_none,
    clean_text,
    html_to_text,
    normalise_email,
    normalise_url,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
    strip_postcode,
)
from index.model import DAYS, Location, Organization, Schedule, Service

SERVICE_TYPES = {
    "Service",
    "GovernmentService",
    "FinancialService",
    "ProfessionalService",
    "LocalBusiness",
    "MedicalBusiness",
    "MedicalClinic",
    "Physician",
    "MedicalOrganization",
    "CommunityHealth",
    "EmergencyService",
    "ChildCare",
    "SportsActivityLocation",
    "CivicStructure",
    "Library",
    "Place",
}
ORGANIZATION_TYPES = {"Organization", "NGO", "GovernmentOrganization", "EducationalOrganization"}

_SCHEMA_DAYS = {
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
    "sunday": "SU",
    "mo": "MO",
    "tu": "TU",
    "we": "WE",
    "th": "TH",
    "fr": "FR",
    "sa": "SA",
    "su": "SU",
}


def extract_items(html: str, url: str) -> list[dict[str, Any]]:
    """Every top-level JSON-LD and microdata item of a page (``@graph`` flattened)."""
    try:
        data = extruct.extract(html, base_url=url, syntaxes=["json-ld", "microdata"], uniform=True)
    except Exception as exc:  # extruct raises whatever lxml or json raise on broken markup
        raise ParseError(url, "structured data", f"unreadable ({type(exc).__name__})") from exc
    items: list[dict[str, Any]] = []
    for syntax in ("json-ld", "microdata"):
        for item in data.get(syntax, []):
            if isinstance(item, dict) and isinstance(item.get("@graph"), list):
                items.extend(i for i in item["@graph"] if isinstance(i, dict))
            elif isinstance(item, dict):
                items.append(item)
    return items


def _types(item: dict[str, Any]) -> set[str]:
    value = item.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1] for v in values if v}


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return clean_text(str(value)) if value not in (None, "") else None


def _texts(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    out: list[str] = []
    for v in values:
        text = _text(v)
        if text and text not in out:
            out.append(text)
    return out


def main_item(items: list[dict[str, Any]], url: str) -> dict[str, Any] | None:
    """The item the page is about: a service-like item, else an organisation; None if the
    page has neither; ParseError if it has two different ones."""
    for kinds in (SERVICE_TYPES, ORGANIZATION_TYPES):
        found = [i for i in items if _types(i) & kinds and _text(i.get("name"))]
        names = {_text(i.get("name")) for i in found}
        if len(names) > 1:
            raise ParseError(url, "schema.org item", f"{len(names)} different services on one page")
        if found:
            return found[0]
    return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _channels(item: dict[str, Any]) -> list[dict[str, Any]]:
    """``availableChannel`` ServiceChannels (where GovernmentService/Service keep their phone,
    email and location)."""
    return [c for c in _as_list(item.get("availableChannel")) if isinstance(c, dict)]


def _schedule_rows(item: dict[str, Any]) -> list[Schedule]:
    rows: list[Schedule] = []
    specs = _as_list(item.get("openingHoursSpecification")) + _as_list(item.get("hoursAvailable"))
    for spec in specs:
        if not isinstance(spec, dict):
            continue
        days_raw = spec.get("dayOfWeek")
        days = []
        for d in days_raw if isinstance(days_raw, list) else [days_raw]:
            code = _SCHEMA_DAYS.get(str(d or "").rsplit("/", 1)[-1].lower())
            if code and code not in days:
                days.append(code)
        opens, closes = _text(spec.get("opens")), _text(spec.get("closes"))
        if days and opens and closes:
            rows.append(
                Schedule(
                    byday=",".join(d for d in DAYS if d in days),
                    opens_at=opens[:5],
                    closes_at=closes[:5],
                    description=f"{', '.join(days)} {opens[:5]}-{closes[:5]}",
                )
            )
    for text in _texts(item.get("openingHours")):
        rows.extend(_opening_hours_text(text))
    return rows


_OH = re.compile(
    r"^(?P<d1>Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?P<d2>Mo|Tu|We|Th|Fr|Sa|Su))?"
    r"(?P<more>(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su))*)\s+(?P<o>\d{2}:\d{2})-(?P<c>\d{2}:\d{2})$"
)


def _opening_hours_text(text: str) -> list[Schedule]:
    """schema.org's compact form, ``Mo-Fr 09:00-17:00`` (one or several, comma-separated
    groups); anything else goes to the prose parser."""
    rows: list[Schedule] = []
    for part in re.split(r"\s*[;\n]\s*|(?<=\d)\s*,\s*(?=[A-Z])", text):
        m = _OH.match(part.strip())
        if not m:
            rows.extend(parse_opening_times(part))
            continue
        i = DAYS.index(m.group("d1").upper())
        j = DAYS.index(m.group("d2").upper()) if m.group("d2") else i
        days = list(DAYS[i : j + 1]) + [d.upper() for d in m.group("more").split(",") if d]
        rows.append(
            Schedule(
                byday=",".join(d for d in DAYS if d in days),
                opens_at=m.group("o"),
                closes_at=m.group("c"),
                description=part.strip(),
            )
        )
    return rows


def _place(item: dict[str, Any]) -> dict[str, Any]:
    """The item itself when it carries an address (LocalBusiness), else the location of its
    first service channel, else its ``location`` (Event-like items)."""
    if item.get("address") or item.get("geo"):
        return item
    for channel in _channels(item):
        place = _first(channel.get("serviceLocation"))
        if isinstance(place, dict):
            return place
    place = _first(item.get("location"))
    return place if isinstance(place, dict) else {}


def _location(item: dict[str, Any], borough: str | None) -> Location | None:
    place = _place(item)
    address = _first(place.get("address"))
    geo = _first(place.get("geo")) or {}
    street = locality = postcode_text = None
    if isinstance(address, dict):
        street = _text(address.get("streetAddress"))
        locality = _text(address.get("addressLocality"))
        postcode_text = _text(address.get("postalCode"))
    elif isinstance(address, str):
        street = clean_text(address)
    postcode = postcode_from(postcode_text, street)
    lat = lon = None
    if isinstance(geo, dict):
        try:
            lat = float(geo.get("latitude")) if geo.get("latitude") not in (None, "") else None
            lon = float(geo.get("longitude")) if geo.get("longitude") not in (None, "") else None
        except (TypeError, ValueError):
            lat = lon = None
    if not (street or postcode or lat is not None):
        return None
    return Location(
        name=_text(place.get("name")) if place is not item else None,
        address_1=strip_postcode(street, postcode),
        city=locality,
        postal_code=postcode,
        latitude=lat,
        longitude=lon,
        borough=borough,
    )


def service_from_item(item: dict[str, Any], url: str, borough: str | None) -> Service:
    name = _text(item.get("name"))
    if not name:
        raise ParseError(url, "name", "not found")
    provider = _first(item.get("provider") or item.get("parentOrganization"))
    organization = None
    if isinstance(provider, dict) and _text(provider.get("name")):
        organization = Organization(
            name=_text(provider.get("name")) or "",
            website=normalise_url(_text(provider.get("url"))),
        )
    offers = _first(item.get("offers"))
    fees = None
    if isinstance(offers, dict):
        fees = _text(offers.get("description")) or (
            f"£{offers.get('price')}" if offers.get("price") not in (None, "") else None
        )
    is_free, costs = parse_cost(fees)
    if str(item.get("isAccessibleForFree", "")).lower() in ("true", "1"):
        is_free, costs = True, []
    audience = _first(item.get("audience"))
    min_age = max_age = None
    if isinstance(audience, dict):
        min_age = age_or_none(audience.get("suggestedMinAge"))  # 0 is an age, not "none"
        max_age = age_or_none(audience.get("suggestedMaxAge"))
    location = _location(item, borough)
    categories = _texts(item.get("serviceType")) + _texts(item.get("category"))
    description = item.get("description")
    contacts = [item] + [
        point
        for channel in _channels(item)
        for point in _as_list(channel.get("servicePhone")) + _as_list(channel.get("serviceUrl"))
        if isinstance(point, dict)
    ]
    telephones = [t for c in contacts for t in _texts(c.get("telephone"))]
    email = next((e for c in contacts for e in _texts(c.get("email"))), None)
    website = normalise_url(_text(item.get("url")), url)
    if website and website.split("#")[0].rstrip("/") == url.split("#")[0].rstrip("/"):
        website = None  # the directory page itself, not the service's own site
    return Service(
        id="pending",
        name=name,
        description=html_to_text(_text(description)) if description else None,
        url=website,
        email=normalise_email(email),
        fees_description=fees,
        is_free=is_free,
        cost_options=costs,
        minimum_age=min_age,
        maximum_age=max_age,
        organization=organization,
        locations=[location] if location else [],
        phones=phones_from(telephones),
        schedules=_schedule_rows(item),
        categories=list(dict.fromkeys(categories)),
        last_modified=_date(item.get("dateModified")),
    )


def _date(value: Any) -> datetime | None:
    text = _text(value)
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
