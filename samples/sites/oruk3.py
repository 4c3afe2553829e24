"""Open Referral UK 3.0 feed, Placecube-like (``{tenant}.openplace.directory/o/OpenReferralService/v3``).

``GET …/v3/`` API details; ``GET …/v3/services?page={n}&per_page={m}`` (default 50, 1-based)
returns the 3.0 envelope ``{total_items,total_pages,page_number,size,first_page,last_page,
empty,contents}`` whose items are **thin** (id and name); the full record is only at
``…/v3/services/{id}``. Filter parameters are silently ignored, ``minimum_age``/
``maximum_age`` of -1 mean "none", vendor extension fields start with ``pc_``, and
``/taxonomies`` is empty — all seen on real feeds. Full records validate against the ORUK 3.0
UK profile ``service.json``.

Two themes. ``placecube`` follows real captures of Bristol's Open Place Directory (page 1
and one ``/services/{id}``): list items embed the ``organization`` (with description,
website, e-mail — ``Unknown-…@noemail.invalid`` where the service has none — and
``pc_metadata``) yet carry no contacts, phones, locations or service areas; the full record
has its phones under ``contacts[].phones[]``, some with a label inside the number, and now
and then a fax line; ``service_areas`` by name with a placeholder ``uri``; and for services
delivered across their area (``area_only``) no location at all. ``thin`` is the plainer
shape: ``{id, name}`` items, phones at the top level, a location for every service.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from samples.categories import BY_KEY
from samples.dataset import Listing
from samples.sites.base import Request, Response, Site, View, http_date_of

BASE = "o/OpenReferralService/v3/"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
NAMESPACE = uuid.UUID("6f1c1a52-1d0e-4c55-9b4e-0c7d2f3f9a11")


def sub_id(*parts: str) -> str:
    """Stable uuids for nested objects (location, address, schedule…) of one record."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def json_response(payload: Any, status: int = 200) -> Response:
    body = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    return Response(status, body, "application/json; charset=utf-8")


def envelope(items: list[Any], total: int, page: int, per_page: int) -> dict[str, Any]:
    pages = max((total + per_page - 1) // per_page, 1) if total else 0
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": per_page,
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not items,
        "contents": items,
    }


def _time(hhmm: str | None) -> str | None:
    return f"{hhmm}:00" if hhmm else None


PLACEHOLDER_AREA_URI = "http://www.example.com"  # as the real feed fills ``uri``


def area_only(item: Listing) -> bool:
    """Services the ``placecube`` theme publishes with a service area and no location
    (outreach, phone and online services are listed that way on the real feed)."""
    return sum(item.key.encode()) % 8 == 0


def placeholder_email(item: Listing) -> str:
    """What the ``placecube`` theme prints where a service has no e-mail."""
    digits = "".join(str(b % 10) for b in item.key.encode())[:18]
    return f"Unknown-{digits}@noemail.invalid"


def placecube_item(item: Listing, origin_org: str) -> dict[str, Any]:
    """A list item as Placecube serves it (see the module docstring)."""
    out: dict[str, Any] = {
        "id": item.key,
        "name": item.name,
        "description": item.description,
        "email": item.email or placeholder_email(item),
        "status": item.status,
        "minimum_age": -1,
        "maximum_age": -1,
        "pc_metadata": {"date_modified": item.last_modified[:10]},
    }
    if item.website:
        website = item.website
        out["url"] = website if "://" in website else f"https://{website}"
    if item.org_name:
        org_id = sub_id(origin_org, "org", item.org_name)
        out["organization_id"] = org_id
        out["organization"] = {
            "id": org_id,
            "name": item.org_name,
            "description": f"{item.org_name} provides services in {item.borough}.",
            **({"website": out["url"], "uri": out["url"]} if "url" in out else {}),
        }
    return out


def placecube_record(item: Listing, origin_org: str) -> dict[str, Any]:
    """``/services/{id}`` in the ``placecube`` theme."""
    record = full_record(item, origin_org)
    record.pop("phones", None)
    record["email"] = item.email or placeholder_email(item)
    record["organization"] = placecube_item(item, origin_org).get("organization")
    if record["organization"] is None:
        record.pop("organization")
    roll = sum(item.key.encode())
    numbers: list[dict[str, Any]] = []
    if item.phone:
        label = "Enquiries: " if roll % 3 == 0 else ""
        numbers.append({"id": sub_id(item.key, "phone"), "number": f"{label}{item.phone}"})
        if roll % 5 == 0:
            fax = f"Fax: 020 7946 0{(roll * 13) % 1000:03d}"
            numbers.append({"id": sub_id(item.key, "fax"), "number": fax})
    contact: dict[str, Any] = {"id": sub_id(item.key, "contact"), "service_id": item.key}
    if item.contact_name:
        contact["name"] = item.contact_name
    if numbers:
        contact["phones"] = numbers
    record["contacts"] = [contact] if len(contact) > 2 else []
    for area in record.get("service_areas", []):
        area["uri"] = PLACEHOLDER_AREA_URI
    if area_only(item):
        record.pop("service_at_locations", None)
    return record


def full_record(item: Listing, origin_org: str) -> dict[str, Any]:
    sid = item.key
    record: dict[str, Any] = {
        "id": sid,
        "name": item.name,
        "description": item.description,
        "status": item.status,
        "minimum_age": item.min_age if item.min_age is not None else -1,
        "maximum_age": item.max_age if item.max_age is not None else -1,
        "last_modified": http_date_of(item.last_modified).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if item.website:
        # The 3.0 schema says ``format: uri``; the feed normalises what the HTML sites leave
        # scheme-less.
        website = item.website
        record["url"] = website if "://" in website else f"https://{website}"
    if item.email:
        record["email"] = item.email
    if item.cost:
        record["fees"] = item.cost
        record["cost_options"] = [
            {
                "id": sub_id(sid, "cost"),
                "service_id": sid,
                "option": "Standard",
                "amount_description": item.cost,
                **({"amount": 0} if item.is_free else {}),
            }
        ]
    if item.org_name:
        org_id = sub_id(origin_org, "org", item.org_name)
        record["organization_id"] = org_id
        record["organization"] = {
            "id": org_id,
            "name": item.org_name,
            "description": f"{item.org_name} provides services in {item.borough}.",
        }
    record["schedules"] = [
        {
            "id": sub_id(sid, "schedule", str(n)),
            "service_id": sid,
            "freq": "WEEKLY",
            "byday": slot.byday,
            "opens_at": _time(slot.opens_at),
            "closes_at": _time(slot.closes_at),
            "description": item.schedule_text,
        }
        for n, slot in enumerate(item.slots)
    ]
    if not item.slots and item.schedule_text:
        record["schedules"].append(
            {
                "id": sub_id(sid, "schedule", "text"),
                "service_id": sid,
                "description": item.schedule_text,
            }
        )
    if item.borough:
        record["service_areas"] = [
            {
                "id": sub_id(sid, "area"),
                "service_id": sid,
                "name": item.borough,
                "extent_type": "local_authority",
            }
        ]
    if item.address:
        place = item.address
        loc_id = sub_id(sid, "location")
        location: dict[str, Any] = {"id": loc_id, "location_type": "physical"}
        if place.venue:
            location["name"] = place.venue
        if place.latitude is not None:
            location["latitude"] = place.latitude
            location["longitude"] = place.longitude
        location["addresses"] = [
            {
                "id": sub_id(sid, "address"),
                "location_id": loc_id,
                "address_1": ", ".join(x for x in (place.line1, place.line2) if x) or "",
                "city": place.town or place.line2 or "London",
                "state_province": "London",
                "postal_code": place.postcode or "",
                "country": "GB",
                "address_type": "physical",
            }
        ]
        location["accessibility"] = [
            {"id": sub_id(sid, "access", str(n)), "location_id": loc_id, "description": text}
            for n, text in enumerate(item.accessibility)
        ]
        record["service_at_locations"] = [
            {
                "id": sub_id(sid, "sal"),
                "service_id": sid,
                "location_id": loc_id,
                "location": location,
            }
        ]
    record["languages"] = [
        {"id": sub_id(sid, "lang", lang), "service_id": sid, "name": lang}
        for lang in item.languages
    ]
    if item.contact_name:
        record["contacts"] = [
            {"id": sub_id(sid, "contact"), "service_id": sid, "name": item.contact_name}
        ]
    if item.phone:
        # Not in the UK profile's compiled schema, but HSDS 3.0 has it and feeds send it.
        record["phones"] = [{"id": sub_id(sid, "phone"), "service_id": sid, "number": item.phone}]
    record["attributes"] = [
        {
            "id": sub_id(sid, "attr", key),
            "link_id": sid,
            "link_type": "service",
            "taxonomy_term_id": sub_id("term", key),
            "taxonomy_term": {
                "id": sub_id("term", key),
                "name": BY_KEY[key].oruk_term,
                "description": BY_KEY[key].label,
                "taxonomy": "openplace-needs",
                "term": BY_KEY[key].oruk_term,
            },
        }
        for key in item.categories
    ]
    if item.eligibility:
        record["pc_eligibility_description"] = item.eligibility
    if item.referral:
        record["pc_referral_process"] = item.referral
    record["pc_listed_date"] = item.last_modified[:10]
    return record


class Oruk3Site(Site):
    platform = "oruk3"
    themes = ("placecube", "thin")

    def robots(self, origin: str = "") -> str:
        return "User-agent: *\nAllow: /\n"

    def handle(self, request: Request, view: View) -> Response:
        if not request.path.startswith(BASE):
            return json_response({"message": "Not found"}, 404)
        leaf = request.path.removeprefix(BASE).rstrip("/")
        if leaf == "":
            return json_response(
                {
                    "version": "HSDS-UK-3.0",
                    "profile": "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md",
                    "openapi_url": "https://docs.openreferraluk.org/en/latest/openapi30.json",
                }
            )
        if leaf == "services":
            return self._list(request, view)
        if leaf.startswith("services/"):
            item = view.by_key.get(leaf.removeprefix("services/"))
            if item is None:
                return json_response({"message": "Service not found"}, 404)
            if view.theme == "placecube":
                record = placecube_record(item, self.id)
            else:
                record = full_record(item, self.id)
            if view.layout_changed:
                record = {"service": record}
            response = json_response(record)
            response.last_modified = http_date_of(item.last_modified)
            return response
        if leaf in ("taxonomies", "taxonomy_terms"):
            return json_response(envelope([], 0, 1, DEFAULT_PER_PAGE))
        return json_response({"message": "Not found"}, 404)

    def _list(self, request: Request, view: View) -> Response:
        per_page = min(max(request.int_arg("per_page", DEFAULT_PER_PAGE), 1), MAX_PER_PAGE)
        page = max(request.int_arg("page", 1), 1)
        items = view.listings  # filters (taxonomy_term_id, text, …) are ignored, as seen live
        shown = items[(page - 1) * per_page : page * per_page]
        if view.theme == "placecube":
            contents = [placecube_item(s, self.id) for s in shown]
        else:
            contents = [{"id": s.key, "name": s.name} for s in shown]
        payload = envelope(contents, len(items), page, per_page)
        if view.layout_changed:
            payload["items"] = payload.pop("contents")
        return json_response(payload)
