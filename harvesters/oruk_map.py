"""An Open Referral UK service object (3.0, or the 1.0/2.0 shape) → our Service.

Real feeds differ from the spec in known ways, each handled here rather than trusted:
ages of -1 meaning "none"; coordinates outside the Earth in sample data; postcodes that are
not postcodes; phone numbers wrapped in quotes, or with a label inside them ("Bristol Youth
MAPS: 0117 332 7111", kept as the phone's description); 3.0 phones under
``contacts[].phones[]``; ``service_areas`` by name (1.0: ``service_area``) with placeholder
``uri``s; placeholder e-mails (``Unknown-…@noemail.invalid``, dropped by the normalisers);
1.0's ``physical_addresses``, ``regular_schedules``, ``eligibilitys`` and
``service_taxonomys``; vendor extension fields (kept in ``raw`` only).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from harvesters.expect import ParseError
from harvesters.normalise import (
    age_or_none,
    html_to_text,
    normalise_email,
    normalise_url,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
)
from harvesters.values import as_dict, as_list, as_text
from index.model import (
    CostOption,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    TaxonomyTerm,
)

_STATUSES = {"active", "inactive", "defunct", "temporarily closed"}
_WEEKDAYS_1_0 = {
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
    "sunday": "SU",
}


def _hhmm(value: Any) -> str | None:
    text = as_text(value)
    if not text:
        return None
    parts = text.split(":")
    try:
        hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    except ValueError:
        return None
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return f"{min(hour, 23):02d}:{minute if hour < 24 else 59:02d}"


def _coordinate(value: Any, bound: float) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if -bound <= number <= bound and number != 0 else None


def _phones(items: list[Any]) -> list[Phone]:
    phones: list[Phone] = []
    for item in items:
        data = as_dict(item)
        number = as_text(data.get("number"))
        if not number or (as_text(data.get("type")) or "").lower() in ("fax", "facsimile"):
            continue
        for phone in phones_from([number.strip("\"'")], as_text(data.get("description"))):
            phones.append(phone.model_copy(update={"type": as_text(data.get("type"))}))
    return phones


def _areas(items: list[Any]) -> list[ServiceArea]:
    areas: list[ServiceArea] = []
    for data in map(as_dict, items):
        name = as_text(data.get("name")) or as_text(data.get("service_area"))  # 1.0: service_area
        if not name or any(a.name.casefold() == name.casefold() for a in areas):
            continue
        areas.append(
            ServiceArea(
                id=as_text(data.get("id")),
                name=name,
                description=html_to_text(as_text(data.get("description"))),
                uri=normalise_url(as_text(data.get("uri"))),
            )
        )
    return areas


def _schedules(items: list[Any]) -> list[Schedule]:
    rows: list[Schedule] = []
    for item in items:
        data = as_dict(item)
        byday = as_text(data.get("byday"))
        weekday = as_text(data.get("weekday"))  # ORUK 1.0 regular_schedules
        if not byday and weekday:
            byday = _WEEKDAYS_1_0.get(weekday.lower()) or (
                weekday.upper()[:2] if weekday.upper()[:2] in _WEEKDAYS_1_0.values() else None
            )
        row = Schedule(
            byday=byday,
            opens_at=_hhmm(data.get("opens_at")),
            closes_at=_hhmm(data.get("closes_at")),
            freq=as_text(data.get("freq")) or "WEEKLY",
            description=as_text(data.get("description")),
        )
        if not row.byday and not row.opens_at and row.description:
            # Some feeds only describe the times ("Fridays 9.30am - 11am"): read them.
            rows.extend(parse_opening_times(row.description))
        elif row.byday or row.opens_at or row.description:
            rows.append(row)
    return rows


def _location(loc: dict[str, Any], borough: str | None) -> Location:
    addresses = as_list(loc.get("addresses")) or as_list(loc.get("physical_addresses"))
    address = as_dict(addresses[0]) if addresses else {}
    raw_postcode = as_text(address.get("postal_code"))
    line1 = as_text(address.get("address_1"))
    postcode = postcode_from(raw_postcode, line1, as_text(loc.get("description")))
    accessibility = [
        text
        for text in (
            as_text(a.get("description")) or as_text(a.get("accessibility"))
            for a in map(
                as_dict,
                as_list(loc.get("accessibility") or loc.get("accessibility_for_disabilities")),
            )
        )
        if text
    ]
    # A coordinate is only usable with its partner (sample feeds carry latitude 100).
    latitude = _coordinate(loc.get("latitude"), 90)
    longitude = _coordinate(loc.get("longitude"), 180)
    return Location(
        id=as_text(loc.get("id")),
        name=as_text(loc.get("name")),
        description=html_to_text(as_text(loc.get("description"))),
        address_1=line1,
        address_2=as_text(address.get("address_2")),
        city=as_text(address.get("city")),
        postal_code=postcode,
        country="GB",
        latitude=latitude if longitude is not None else None,
        longitude=longitude if latitude is not None else None,
        borough=borough,
        accessibility=accessibility,
    )


def _taxonomy(data: dict[str, Any]) -> list[TaxonomyTerm]:
    terms: list[TaxonomyTerm] = []
    candidates: list[dict[str, Any]] = []
    for attr in as_list(data.get("attributes")):
        candidates.append(as_dict(as_dict(attr).get("taxonomy_term")))
    for item in as_list(data.get("taxonomy_terms")):
        candidates.append(as_dict(item))
    for item in as_list(data.get("service_taxonomys")):  # ORUK 1.0
        candidates.append(as_dict(as_dict(item).get("taxonomy")))
    for term in candidates:
        name = as_text(term.get("name")) or as_text(term.get("term"))
        term_id = as_text(term.get("id"))
        if not name or not term_id:
            continue
        vocabulary = as_text(term.get("taxonomy")) or as_text(term.get("vocabulary")) or "oruk"
        if any(t.id == term_id for t in terms):
            continue
        terms.append(
            TaxonomyTerm(
                id=term_id,
                name=name,
                taxonomy=vocabulary,
                parent_id=as_text(term.get("parent_id")) or as_text(term.get("parent")),
                description=as_text(term.get("description")),
            )
        )
    return terms


def _last_modified(value: Any) -> datetime | None:
    text = as_text(value)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def is_thin(item: dict[str, Any]) -> bool:
    """A list item without what a referral needs — a contact or a phone, and a place (a
    location or a service area) — whatever else it embeds: the full record must be fetched
    from ``/services/{id}``. (Placecube's list items embed the whole ``organization`` yet
    carry no contacts, phones, locations or areas: counting the organisation as "rich" lost
    every phone and area of a real feed.)"""
    locations = [
        as_dict(as_dict(sal).get("location")) or as_dict(sal)
        for sal in as_list(item.get("service_at_locations"))
    ]
    locations += [as_dict(loc) for loc in as_list(item.get("locations"))]
    reachable = bool(as_list(item.get("phones")) or as_list(item.get("contacts")))
    reachable = reachable or any(as_list(loc.get("phones")) for loc in locations)
    placed = bool(locations) or bool(as_list(item.get("service_areas")))
    return not (reachable and placed)


def service_from_oruk(data: dict[str, Any], url: str, borough: str | None) -> Service:
    """Map one ORUK service object; ParseError when it has no name or no id."""
    if not as_text(data.get("id")):
        raise ParseError(url, "id", "not found")
    name = as_text(data.get("name"))
    if not name:
        raise ParseError(url, "name", "not found")
    fees = as_text(data.get("fees_description")) or as_text(data.get("fees"))
    is_free, parsed_costs = parse_cost(fees)
    cost_options: list[CostOption] = []
    for item in map(as_dict, as_list(data.get("cost_options"))):
        try:
            amount = float(item["amount"]) if item.get("amount") not in (None, "") else None
        except (TypeError, ValueError):
            amount = None
        described = as_text(item.get("amount_description"))
        if amount is None and described:
            parsed = parse_cost(described)[1]  # "£12 per session" written as text only
            amount = parsed[0].amount if parsed else None
        cost_options.append(
            CostOption(
                option=as_text(item.get("option")),
                amount=amount,
                currency=as_text(item.get("currency")) or "GBP",
                amount_description=described,
            )
        )
    if not cost_options:
        cost_options = parsed_costs
    elif (
        is_free is None
        and "free" not in (fees or "").lower()
        and any(c.amount for c in cost_options)
    ):
        is_free = False

    min_age = age_or_none(data.get("minimum_age"))
    max_age = age_or_none(data.get("maximum_age"))
    # pc_… are Placecube's vendor extensions, used when the standard field is empty.
    eligibility = as_text(data.get("eligibility_description")) or as_text(
        data.get("pc_eligibility_description")
    )
    for item in map(as_dict, as_list(data.get("eligibilitys"))):  # ORUK 1.0
        min_age = min_age if min_age is not None else age_or_none(item.get("minimum_age"))
        max_age = max_age if max_age is not None else age_or_none(item.get("maximum_age"))
        eligibility = eligibility or as_text(item.get("eligibility"))

    locations: list[Location] = []
    phones = _phones(as_list(data.get("phones")))
    schedules = _schedules(as_list(data.get("schedules")) or as_list(data.get("regular_schedules")))
    for sal in map(as_dict, as_list(data.get("service_at_locations"))):
        loc = as_dict(sal.get("location")) or sal
        if loc:
            locations.append(_location(loc, borough))
            phones += [p for p in _phones(as_list(loc.get("phones"))) if p not in phones]
        schedules += _schedules(
            as_list(sal.get("schedules")) or as_list(sal.get("regular_schedules"))
        )
    for loc in map(as_dict, as_list(data.get("locations"))):
        locations.append(_location(loc, borough))
    contact_emails: list[str] = []
    for contact in map(as_dict, as_list(data.get("contacts"))):
        phones += [p for p in _phones(as_list(contact.get("phones"))) if p not in phones]
        email = normalise_email(as_text(contact.get("email")))
        if email:
            contact_emails.append(email)

    org_data = as_dict(data.get("organization"))
    organization = None
    if as_text(org_data.get("name")):
        organization = Organization(
            id=as_text(org_data.get("id")),
            name=as_text(org_data.get("name")) or "",
            description=html_to_text(as_text(org_data.get("description"))),
            email=normalise_email(as_text(org_data.get("email"))),
            website=normalise_url(
                as_text(org_data.get("website"))
                or as_text(org_data.get("url"))
                or as_text(org_data.get("uri"))
            ),
        )
        for ident in map(as_dict, as_list(org_data.get("organization_identifiers"))):
            scheme = (as_text(ident.get("identifier_scheme")) or "").upper()
            if scheme == "GB-CHC":
                organization.charity_number = as_text(ident.get("identifier"))
            elif scheme == "GB-COH":
                organization.company_number = as_text(ident.get("identifier"))

    languages = [
        text
        for text in (
            as_text(lang.get("name")) or as_text(lang.get("language")) or as_text(lang.get("code"))
            for lang in map(as_dict, as_list(data.get("languages")))
        )
        if text
    ]
    taxonomy = _taxonomy(data)
    status = (as_text(data.get("status")) or "active").lower()
    return Service(
        id="pending",  # the SourceRecord assigns the stable id
        name=name,
        description=as_text(data.get("description")),
        url=normalise_url(as_text(data.get("url"))),
        email=normalise_email(as_text(data.get("email"))) or next(iter(contact_emails), None),
        status=status if status in _STATUSES else "active",  # type: ignore[arg-type]
        fees_description=fees,
        is_free=is_free,
        cost_options=cost_options,
        eligibility_description=eligibility,
        minimum_age=min_age,
        maximum_age=max_age,
        languages=languages,
        accessibility=sorted({a for loc in locations for a in loc.accessibility}),
        referral=as_text(data.get("application_process"))
        or as_text(data.get("pc_referral_process")),
        organization=organization,
        locations=locations,
        service_areas=_areas(as_list(data.get("service_areas"))),
        phones=phones,
        schedules=schedules,
        taxonomy_terms=taxonomy,
        categories=[t.name for t in taxonomy],
        last_modified=_last_modified(data.get("last_modified") or data.get("updated_at")),
    )
