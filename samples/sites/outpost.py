"""Outpost's own public API (``wearefuturegov/outpost-api-service``; Buckinghamshire's
``api.familyinfo.buckinghamshire.gov.uk/api/v1/services``; Greenwich's LocalGov Drupal
directory imports it).

* ``api/v1/services?page={n}&per_page={m}`` (default 50) →
  ``{number, size, totalPages, totalElements, first, last, interpreted_location, content}``
  where ``size`` is the number of records on the page; every record is complete.
* ``api/v1/services/{id}`` → one record; unknown id → 404 ``{"error": "No matching
  document"}``; any other path → 404 ``{"error": "No route matches your request"}``.

Outpost's records are not ORUK: ``locations[]`` with ``address_1``/``postal_code`` and a
GeoJSON ``geometry`` (``[longitude, latitude]``), phones and e-mails only in ``contacts[]``,
``free``, ``min_age``/``max_age``, ``regular_schedules`` by weekday name, ``cost_options``
with ``cost_type``, ``links``. Two themes, two index generations:

* ``index`` — the public serializer (2020 on), plus the schedule fields Buckinghamshire's feed
  carries (``dtstart``, ``freq``, ``interval``, ``byday``);
* ``legacy`` — the first index, whole table rows: ``weekday`` 1–7 and ``opens_at`` as a
  2000-01-01 timestamp, coordinates as decimal strings, bookkeeping columns.
"""

from __future__ import annotations

from typing import Any

from samples.categories import BY_KEY, CATEGORIES
from samples.dataset import Listing
from samples.sites.base import Request, Response, Site, View, http_date_of
from samples.sites.oruk3 import json_response
from samples.timetable import DAY_NAMES
from samples.world import slugify

API = "api/v1/"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
WEEKDAY_NUMBERS = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}
TAXONOMY_IDS: dict[str, int] = {c.key: 40 + n for n, c in enumerate(CATEGORIES)}
ROW_STAMP = "2020-03-02T10:15:00.000Z"


def _number(key: str, salt: int) -> int:
    return int(key) * 10 + salt


def _stamp(day: str) -> str:
    return http_date_of(day).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _website(value: str | None) -> str | None:
    if not value:
        return None
    return value if "://" in value else f"https://{value}"


def _cost(item: Listing) -> tuple[str | None, float | None, str | None]:
    """(option, amount, cost_type) from the copy's cost text (``£3 per session``)."""
    text = item.cost or ""
    if item.is_free or not text:
        return None, None, None
    amount = None
    for token in text.replace("£", " £").split():
        if token.startswith("£"):
            try:
                amount = float(token[1:].rstrip(".,"))
            except ValueError:
                continue
            break
    rest = text.split(" per ", 1)
    return text, amount, f"per {rest[1]}" if len(rest) == 2 else None


def record(item: Listing, theme: str) -> dict[str, Any]:
    service_id = int(item.key)
    org_id = _number(item.key, 1)
    option, amount, cost_type = _cost(item)
    closed = item.status != "active"
    place = item.address
    data: dict[str, Any] = {
        "id": service_id,
        "updated_at": _stamp(item.last_modified),
        "name": item.name,
        "description": item.description,
        "url": _website(item.website),
    }
    ages = {
        "min_age": item.min_age,
        "max_age": item.max_age,
        "age_band_under_2": item.min_age is not None and item.min_age < 2,
        "age_band_2": False,
        "age_band_3_4": False,
        "age_band_5_7": False,
        "age_band_8_plus": False,
        "age_band_all": item.min_age is None and item.max_age is None,
    }
    organisation = {
        "id": org_id,
        "name": item.org_name,
        "description": f"{item.org_name} runs community services.",
        "email": None,
        "url": None,
    }
    contacts = (
        [
            {
                "id": _number(item.key, 2),
                "name": item.contact_name,
                "title": None,
                "email": item.email,
                "phone": item.phone,
            }
        ]
        if item.phone or item.email or item.contact_name
        else []
    )
    taxonomies = [
        {"id": TAXONOMY_IDS[key], "name": BY_KEY[key].oruk_term, "parent_id": None}
        for key in item.categories
    ]
    schedules = [
        (WEEKDAY_NUMBERS[day], day, slot) for slot in item.slots for day in slot.byday.split(",")
    ]
    if theme == "legacy":
        data.update(
            {
                "organisation_id": org_id,
                "created_at": ROW_STAMP,
                "discarded_at": None,
                "approved": True,
                "visible_from": None,
                "visible_to": None,
                "notes_count": 0,
                "visible": True,
                "needs_referral": bool(item.referral),
                "marked_for_deletion": None,
                "ofsted_item_id": None,
                "free": item.is_free,
                **ages,
                "old_open_objects_external_id": None,
                "temporarily_closed": closed,
                "organisation": {
                    **organisation,
                    "created_at": ROW_STAMP,
                    "updated_at": ROW_STAMP,
                    "old_external_id": None,
                    "users_count": 1,
                    "services_count": 1,
                },
                "locations": [_legacy_location(item)] if place else [],
                "taxonomies": [
                    {
                        **t,
                        "slug": slugify(t["name"]),
                        "created_at": ROW_STAMP,
                        "updated_at": ROW_STAMP,
                    }
                    for t in taxonomies
                ],
                "contacts": [{**c, "service_id": service_id, "visible": True} for c in contacts],
                "local_offer": None,
                "cost_options": [
                    {
                        "id": _number(item.key, 3),
                        "service_id": service_id,
                        "option": option,
                        "amount": amount,
                        "created_at": ROW_STAMP,
                        "updated_at": ROW_STAMP,
                        "cost_type": cost_type,
                    }
                ]
                if option
                else [],
                "regular_schedules": [
                    {
                        "id": _number(item.key, 4) * 10 + number,
                        "service_id": service_id,
                        "opens_at": f"2000-01-01T{slot.opens_at}:00.000Z"
                        if slot.opens_at
                        else None,
                        "closes_at": f"2000-01-01T{slot.closes_at}:00.000Z"
                        if slot.closes_at
                        else None,
                        "weekday": number,
                        "created_at": ROW_STAMP,
                        "updated_at": ROW_STAMP,
                    }
                    for number, _, slot in schedules
                ],
            }
        )
        return data
    data.update(
        {
            "visible_from": None,
            "visible_to": None,
            **ages,
            "needs_referral": bool(item.referral),
            "free": item.is_free,
            "created_at": "2021-01-11T09:00:00.000Z",
            "status": "temporarily closed" if closed else "active",
            "target_directories": [{"name": "Family Information Service", "label": "fis"}],
            "locations": [_location(item)] if place else [],
            "contacts": contacts,
            "meta": [],
            "organisation": organisation,
            "taxonomies": [{**t, "slug": slugify(t["name"])} for t in taxonomies],
            "regular_schedules": [
                {
                    "id": _number(item.key, 4) * 10 + number,
                    "weekday": DAY_NAMES[day],
                    "opens_at": slot.opens_at,
                    "closes_at": slot.closes_at,
                    "dtstart": "2026-09-07T00:00:00.000Z",
                    "freq": "week",
                    "interval": 1,
                    "byday": day,
                }
                for number, day, slot in schedules
            ],
            "cost_options": [
                {
                    "id": _number(item.key, 3),
                    "option": option,
                    "amount": amount,
                    "cost_type": cost_type,
                }
            ]
            if option
            else [],
            "links": [{"label": "Website", "url": _website(item.website)}] if item.website else [],
            "send_needs": [],
            "suitabilities": [],
            "local_offer": None,
        }
    )
    return data


def _accessibilities(item: Listing) -> list[dict[str, str]]:
    return [{"name": a, "slug": slugify(a)} for a in item.accessibility]


def _location(item: Listing) -> dict[str, Any]:
    place = item.address
    assert place is not None
    street = ", ".join(x for x in (place.line1, place.line2) if x)
    return {
        "id": _number(item.key, 5),
        "name": place.venue,
        "address_1": street or None,
        "city": place.town,
        "state_province": None,
        "postal_code": place.postcode,
        "country": "GB",
        "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
        "mask_exact_address": False,
        "accessibilities": _accessibilities(item),
    }


def _legacy_location(item: Listing) -> dict[str, Any]:
    place = item.address
    assert place is not None
    street = ", ".join(x for x in (place.line1, place.line2) if x)
    return {
        "id": _number(item.key, 5),
        "name": place.venue,
        "description": None,
        "latitude": f"{place.latitude:.6f}" if place.latitude is not None else None,
        "longitude": f"{place.longitude:.6f}" if place.longitude is not None else None,
        "address_1": street or None,
        "city": place.town,
        "state_province": None,
        "postal_code": place.postcode,
        "country": "GB",
        "google_place_id": None,
        "visible": True,
        "geometry": {
            "type": "Point",
            "coordinates": [place.longitude or 0.0, place.latitude or 0.0],
        },
    }


class OutpostSite(Site):
    platform = "outpost"

    themes = ("index", "legacy")

    def robots(self, origin: str = "") -> str:
        return "User-agent: *\nAllow: /\n"

    def handle(self, request: Request, view: View) -> Response:
        path = request.path.rstrip("/")
        if path == API + "services":
            return self._list(request, view)
        if path.startswith(API + "services/"):
            item = view.by_key.get(path.removeprefix(API + "services/"))
            if item is None:
                return json_response({"error": "No matching document"}, 404)
            response = json_response(record(item, view.theme))
            response.last_modified = http_date_of(item.last_modified)
            return response
        return json_response({"error": "No route matches your request"}, 404)

    def _list(self, request: Request, view: View) -> Response:
        per_page = min(max(request.int_arg("per_page", DEFAULT_PER_PAGE), 1), MAX_PER_PAGE)
        page_no = max(request.int_arg("page", 1), 1)
        items = view.listings
        shown = items[(page_no - 1) * per_page : page_no * per_page]
        total_pages = (len(items) + per_page - 1) // per_page
        key = "results" if view.layout_changed else "content"
        payload = {
            "number": page_no,
            "size": len(shown),
            "totalPages": total_pages,
            "totalElements": len(items),
            "first": page_no == 1,
            "last": page_no == total_pages,
            "interpreted_location": None,
            key: [record(s, view.theme) for s in shown],
        }
        return json_response(payload)
