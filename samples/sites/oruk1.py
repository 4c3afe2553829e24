"""Open Referral UK 1.0/2.0-style feed, Outpost-like (Buckinghamshire's ``/api/v1/services``).

``GET api/v1/services?page={n}&per_page={m}`` (1-based, default 50) returns the Spring-style
envelope ``{totalElements,totalPages,number,size,first,last,content}`` with full ORUK 1.0
records (``service_at_locations[].location.physical_addresses``, ``regular_schedules``,
``eligibilitys``, ``service_taxonomys``, ``contacts[].phones``); ``api/v1/services/{id}`` is
the same record alone; ``api/v1/taxonomies`` the vocabulary.

Two themes: ``outpost`` (pages counted from 1) and ``zero`` — a Spring Data feed whose pages
count from 0 (``page=0`` is the first, ``number`` 0-based, as Spring's ``Page`` serialises):
a harvester that asks for page 1 first must notice it got the second page.
"""

from __future__ import annotations

from typing import Any

from samples.categories import BY_KEY, CATEGORIES
from samples.dataset import Listing
from samples.sites.base import Request, Response, Site, View, http_date_of
from samples.sites.oruk3 import json_response, sub_id
from samples.timetable import DAY_NAMES

BASE = "api/v1/"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100


def spring_envelope(items: list[Any], total: int, page: int, per_page: int) -> dict[str, Any]:
    pages = (total + per_page - 1) // per_page if total else 0
    return {
        "totalElements": total,
        "totalPages": pages,
        "number": page,
        "size": per_page,
        "first": page == 1,
        "last": page >= pages,
        "content": items,
    }


def v1_record(item: Listing) -> dict[str, Any]:
    sid = item.key
    record: dict[str, Any] = {
        "id": sid,
        "name": item.name,
        "description": item.description,
        "url": item.website,
        "email": item.email,
        "status": item.status,
        "fees": item.cost,
        "accreditations": None,
        "deliverable_type": None,
        "assured_date": None,
        "attending_type": "venue" if item.address else "phone",
        "attending_access": None,
        "organization": (
            {
                "id": sub_id("outpost-org", item.org_name),
                "name": item.org_name,
                "description": None,
                "url": None,
                "logo": None,
                "uri": None,
            }
            if item.org_name
            else None
        ),
        "contacts": [],
        "cost_options": [],
        "eligibilitys": [],
        "languages": [{"id": sub_id(sid, "lang", x), "language": x} for x in item.languages],
        "regular_schedules": [],
        "service_areas": [
            {"id": sub_id(sid, "area"), "service_area": item.borough, "extent": None, "uri": None}
        ]
        if item.borough
        else [],
        "service_at_locations": [],
        "service_taxonomys": [
            {
                "id": sub_id(sid, "tax", key),
                "taxonomy": {
                    "id": BY_KEY[key].key,
                    "name": BY_KEY[key].oruk_term,
                    "vocabulary": "outpost",
                    "parent": None,
                },
            }
            for key in item.categories
        ],
        "updated_at": http_date_of(item.last_modified).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
    }
    if item.phone or item.contact_name:
        record["contacts"].append(
            {
                "id": sub_id(sid, "contact"),
                "name": item.contact_name,
                "title": None,
                "phones": [{"id": sub_id(sid, "phone"), "number": item.phone, "language": None}]
                if item.phone
                else [],
            }
        )
    if item.cost:
        record["cost_options"].append(
            {
                "id": sub_id(sid, "cost"),
                "amount": 0 if item.is_free else None,
                "amount_description": item.cost,
                "option": None,
                "valid_from": None,
                "valid_to": None,
            }
        )
    if item.eligibility or item.min_age is not None or item.max_age is not None:
        record["eligibilitys"].append(
            {
                "id": sub_id(sid, "elig"),
                "eligibility": item.eligibility,
                "minimum_age": item.min_age,
                "maximum_age": item.max_age,
            }
        )
    for n, slot in enumerate(item.slots):
        for day in slot.byday.split(","):
            record["regular_schedules"].append(
                {
                    "id": sub_id(sid, "sched", str(n), day),
                    "weekday": DAY_NAMES[day],
                    "opens_at": slot.opens_at,
                    "closes_at": slot.closes_at,
                    "byday": day,
                    "freq": "WEEKLY",
                    "interval": 1,
                    "description": item.schedule_text,
                }
            )
    if item.address:
        place = item.address
        record["service_at_locations"].append(
            {
                "id": sub_id(sid, "sal"),
                "location": {
                    "id": sub_id(sid, "location"),
                    "name": place.venue,
                    "description": None,
                    "latitude": place.latitude,
                    "longitude": place.longitude,
                    "physical_addresses": [
                        {
                            "id": sub_id(sid, "address"),
                            "address_1": ", ".join(x for x in (place.line1, place.line2) if x),
                            "city": place.town,
                            "state_province": None,
                            "postal_code": place.postcode,
                            "country": "GB",
                        }
                    ],
                    "accessibility_for_disabilities": [
                        {"id": sub_id(sid, "acc", str(n)), "accessibility": text}
                        for n, text in enumerate(item.accessibility)
                    ],
                },
            }
        )
    return record


class Oruk1Site(Site):
    platform = "oruk1"
    themes = ("outpost", "zero")

    def handle(self, request: Request, view: View) -> Response:
        if not request.path.startswith(BASE):
            return json_response({"error": "Not Found", "status": 404}, 404)
        leaf = request.path.removeprefix(BASE).rstrip("/")
        if leaf == "services":
            per_page = min(max(request.int_arg("per_page", DEFAULT_PER_PAGE), 1), MAX_PER_PAGE)
            zero = view.theme == "zero"
            page = max(request.int_arg("page", 0 if zero else 1), 0 if zero else 1)
            first = page if zero else page - 1
            shown = view.listings[first * per_page : (first + 1) * per_page]
            records = [v1_record(s) for s in shown]
            if view.layout_changed:
                records = [{"data": r} for r in records]
            payload = spring_envelope(records, len(view.listings), first + 1, per_page)
            if zero:
                payload["number"] = first
                payload["numberOfElements"] = len(records)
            return json_response(payload)
        if leaf.startswith("services/"):
            item = view.by_key.get(leaf.removeprefix("services/"))
            if item is None:
                return json_response({"error": "Not Found", "status": 404}, 404)
            response = json_response(v1_record(item))
            response.last_modified = http_date_of(item.last_modified)
            return response
        if leaf == "taxonomies":
            terms = [
                {"id": c.key, "name": c.oruk_term, "vocabulary": "outpost", "parent": None}
                for c in CATEGORIES
            ]
            return json_response(spring_envelope(terms, len(terms), 1, len(terms)))
        return json_response({"error": "Not Found", "status": 404}, 404)
