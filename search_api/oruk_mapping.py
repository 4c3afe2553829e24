"""``index.model`` → Open Referral UK 3.0 JSON, in one place.

The canonical model already uses HSDS 3.0 names, so this is a mapping, not a translation; what
it adds is what the ORUK schemas require of a publisher:

- **UUIDs everywhere.** ORUK ids are ``format: uuid``. Signpost's ids are short hashes, so every
  object gets a name-based UUID (uuid5) derived from its Signpost id: the same service has the
  same ORUK id on every request and every restart, and a harvester reading us twice sees stable
  ids. Child objects (phones, schedules, locations) derive theirs from the parent's UUID and
  their position.
- **Required fields.** ``organization.description``, ``taxonomy_term.description`` and the
  address fields are required by the schema; where Signpost has nothing, they are empty strings
  rather than invented text.
- **Plain-text descriptions**, absolute http(s) URLs only (anything else is left out).

The mapping is pure: no store, no request; the routes in ``routes/oruk.py`` page and filter.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from index.model import Location, MergedService, Organization, Service, TaxonomyTerm
from search_api.text import plain_text

NAMESPACE = uuid.UUID("5b1d3a8e-2f4c-5e6d-9a7b-0c1d2e3f4a5b")
"""Fixed namespace of Signpost's ORUK ids (changing it would change every published id)."""

ORUK_VERSION = "HSDS-UK-3.0"
ORUK_PROFILE = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md"

TAXONOMY_DESCRIPTIONS = {
    "signpost": "Signpost's category taxonomy for care and support services in London.",
}


def _uuid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def service_uuid(merged_id: str) -> str:
    return _uuid("service", merged_id)


def organization_key(org: Organization) -> str:
    """What makes two services' organizations the same organization in ORUK output: the
    source's organization id when merged services carry one, else the normalised name."""
    if org.id:
        return "id:" + org.id
    return "name:" + " ".join(org.name.lower().split())


def organization_uuid(org: Organization) -> str:
    return _organization_uuid(organization_key(org))


# Organizations, taxonomies and terms repeat across thousands of services: cache their ids.
@lru_cache(maxsize=65_536)
def _organization_uuid(key: str) -> str:
    return _uuid("organization", key)


@lru_cache(maxsize=1024)
def taxonomy_uuid(taxonomy: str) -> str:
    return _uuid("taxonomy", taxonomy)


@lru_cache(maxsize=16_384)
def term_uuid(taxonomy: str, term_id: str) -> str:
    return _uuid("taxonomy_term", taxonomy, term_id)


def _absolute_url(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc and " " not in value:
        return value
    return None


def _email(value: str | None) -> str | None:
    if value and "@" in value and " " not in value.strip():
        return value.strip()
    return None


def _timestamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def _fees(service: Service) -> str | None:
    if service.fees_description:
        return service.fees_description
    if service.is_free:
        return "Free"
    return None


# -- organizations ----------------------------------------------------------------------------


def organization_summary(org: Organization) -> dict[str, Any]:
    """The one-to-one fields of an organization (``organization_list`` items)."""
    return _drop_none(
        {
            "id": organization_uuid(org),
            "name": org.name,
            "description": plain_text(org.description) or "",
            "email": _email(org.email),
            "website": _absolute_url(org.website),
        }
    )


def organization_full(org: Organization, services: Iterable[MergedService]) -> dict[str, Any]:
    data = organization_summary(org)
    org_id = data["id"]
    identifiers = []
    if org.charity_number:
        identifiers.append(
            {
                "id": _uuid(org_id, "identifier", "GB-CHC"),
                "organization_id": org_id,
                "identifier_scheme": "GB-CHC",
                "identifier_type": "Charity number",
                "identifier": org.charity_number,
            }
        )
    if org.company_number:
        identifiers.append(
            {
                "id": _uuid(org_id, "identifier", "GB-COH"),
                "organization_id": org_id,
                "identifier_scheme": "GB-COH",
                "identifier_type": "Company number",
                "identifier": org.company_number,
            }
        )
    data["organization_identifiers"] = identifiers
    data["services"] = [service_summary(m, with_organization=False) for m in services]
    return data


# -- taxonomies -------------------------------------------------------------------------------


def taxonomy_json(name: str) -> dict[str, Any]:
    return {
        "id": taxonomy_uuid(name),
        "name": name,
        "description": TAXONOMY_DESCRIPTIONS.get(name, f"Category labels used by {name}."),
    }


def taxonomy_term_json(term: TaxonomyTerm) -> dict[str, Any]:
    return _drop_none(
        {
            "id": term_uuid(term.taxonomy, term.id),
            "name": term.name,
            "description": plain_text(term.description) or term.name,
            "parent_id": term_uuid(term.taxonomy, term.parent_id) if term.parent_id else None,
            "taxonomy": term.taxonomy,
            "taxonomy_id": taxonomy_uuid(term.taxonomy),
            "term": term.id,
        }
    )


# -- services ---------------------------------------------------------------------------------


def service_summary(merged: MergedService, *, with_organization: bool = True) -> dict[str, Any]:
    """One-to-one fields of a service plus its organization (``service_list`` items)."""
    s = merged.service
    data = _drop_none(
        {
            "id": service_uuid(merged.id),
            "organization_id": organization_uuid(s.organization) if s.organization else None,
            "name": s.name,
            "description": plain_text(s.description),
            "url": _absolute_url(s.url),
            "email": _email(s.email),
            "status": s.status,
            "fees": _fees(s),
            "minimum_age": s.minimum_age,
            "maximum_age": s.maximum_age,
            "eligibility_description": plain_text(s.eligibility_description),
            "application_process": plain_text(s.referral),
            "last_modified": _timestamp(s.last_modified or merged.updated_at),
        }
    )
    if with_organization and s.organization:
        data["organization"] = organization_summary(s.organization)
    return data


def _address(loc: Location, location_id: str) -> dict[str, Any] | None:
    if not (loc.address_1 or loc.postal_code):
        return None
    return _drop_none(
        {
            "id": _uuid(location_id, "address"),
            "location_id": location_id,
            "address_1": loc.address_1 or loc.name or "",
            "address_2": loc.address_2,
            "city": loc.city or "",
            "region": loc.borough,
            "state_province": "",
            "postal_code": loc.postal_code or "",
            "country": loc.country or "GB",
            "address_type": "physical",
        }
    )


def _location(
    loc: Location, service_id: str, index: int, accessibility: list[str]
) -> dict[str, Any]:
    location_id = _uuid(service_id, "location", loc.id or str(index))
    notes = list(dict.fromkeys([*loc.accessibility, *accessibility]))
    address = _address(loc, location_id)
    location = _drop_none(
        {
            "id": location_id,
            "location_type": "physical",
            "name": loc.name,
            "description": plain_text(loc.description),
            "latitude": loc.latitude
            if loc.latitude is not None and math.isfinite(loc.latitude)
            else None,
            "longitude": loc.longitude
            if loc.longitude is not None and math.isfinite(loc.longitude)
            else None,
        }
    )
    location["addresses"] = [address] if address else []
    location["accessibility"] = [
        {"id": _uuid(location_id, "accessibility", str(i)), "location_id": location_id,
         "description": text}
        for i, text in enumerate(notes)
    ]  # fmt: skip
    return {
        "id": _uuid(service_id, "service_at_location", str(index)),
        "service_id": service_id,
        "location_id": location_id,
        "location": location,
    }


def service_full(merged: MergedService) -> dict[str, Any]:
    """A fully nested service (``/services/{id}``)."""
    s = merged.service
    data = service_summary(merged)
    sid = data["id"]
    data["phones"] = [
        _drop_none(
            {
                "id": _uuid(sid, "phone", str(i)),
                "service_id": sid,
                "number": p.number,
                "type": p.type,
                "description": p.description,
            }
        )
        for i, p in enumerate(s.phones)
    ]
    data["schedules"] = [
        _drop_none(
            {
                "id": _uuid(sid, "schedule", str(i)),
                "service_id": sid,
                "freq": sch.freq if sch.freq in ("WEEKLY", "MONTHLY") else None,
                "byday": sch.byday,
                "opens_at": sch.opens_at,
                "closes_at": sch.closes_at,
                "description": sch.description,
            }
        )
        for i, sch in enumerate(s.schedules)
    ]
    data["service_at_locations"] = [
        _location(loc, sid, i, s.accessibility) for i, loc in enumerate(s.locations)
    ]
    data["languages"] = [
        {"id": _uuid(sid, "language", str(i)), "service_id": sid, "name": lang}
        for i, lang in enumerate(s.languages)
    ]
    data["cost_options"] = [
        _drop_none(
            {
                "id": _uuid(sid, "cost_option", str(i)),
                "service_id": sid,
                "option": c.option,
                "amount": c.amount if c.amount is not None and math.isfinite(c.amount) else None,
                "currency": c.currency,
                "amount_description": c.amount_description,
            }
        )
        for i, c in enumerate(s.cost_options)
    ]
    data["attributes"] = [
        {
            "id": _uuid(sid, "attribute", term.taxonomy, term.id),
            "link_id": sid,
            "link_type": "service",
            "link_entity": "service",
            "taxonomy_term_id": term_uuid(term.taxonomy, term.id),
            "taxonomy_term": taxonomy_term_json(term),
        }
        for term in s.taxonomy_terms
    ]
    data["service_areas"] = [
        _drop_none(
            {
                "id": _uuid(sid, "service_area", area.name.casefold()),
                "service_id": sid,
                "name": area.name,
                "service_area": area.description,
                "uri": _absolute_url(area.uri),
            }
        )
        for area in s.service_areas
    ]
    data["contacts"] = []
    data["funding"] = []
    if s.organization:
        data["organization"] = organization_full(s.organization, [])
        del data["organization"]["services"]
    return data


# -- envelopes --------------------------------------------------------------------------------


def page_envelope(
    contents: list[dict[str, Any]], total: int, page: int, per_page: int
) -> dict[str, Any]:
    """ORUK's paginated response (``Page`` in the ORUK OpenAPI). ``size`` is the page size
    asked for, as in the Spring ``Page`` these names come from; ``contents`` may be shorter."""
    total_pages = math.ceil(total / per_page)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": per_page,
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def api_details(openapi_url: str) -> dict[str, str]:
    return {"version": ORUK_VERSION, "profile": ORUK_PROFILE, "openapi_url": openapi_url}
