"""Connected Places (Laravel + Elasticsearch; Connected Kingston, Hounslow, Sutton): a JSON API.

Shaped after the open-source API (``RoyalBoroughKingston/ck-api`` v1 and ``ck-api-v2``):

* ``core/v1/services?page={n}&per_page={m}[&include=organisation]`` — the Laravel paginator
  ``{data, links{first,last,prev,next}, meta{current_page,from,last_page,path,per_page,to,
  total}}``; 25 a page by default, at most 100. Guests see active services only. Descriptions
  are Markdown. No address here: it is in the service's service locations.
* ``core/v1/service-locations?filter[service_id]={id}[&include=location]`` — the places a
  service runs, each with ``regular_opening_hours`` (weekday 1 = Monday … 7) and, included,
  its ``location`` (``address_line_1..3``, ``city``, ``postcode``, ``lat``, ``lon``,
  accessibility flags).
* ``core/v1/services/{id}`` — one service, ``{"data": …}``.

Two themes, as the two API generations differ: ``v1`` (eligibility as ``criteria`` with
``age_group``, ``other``…) and ``v2`` (``eligibility_types.custom``, ``tags``, ``image``,
``score``, ``ends_at``, ``next_occurs``, ``has_accessible_toilet``).
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any
from urllib.parse import urlencode

from samples.categories import BY_KEY
from samples.dataset import Listing
from samples.sites.base import (
    Request,
    Response,
    Site,
    View,
    age_text,
    e,
    http_date_of,
    page,
    summary,
    text_response,
)
from samples.sites.oruk3 import json_response
from samples.world import slugify

API = "core/v1/"
DEFAULT_PER_PAGE = 25
MAX_PER_PAGE = 100
NAMESPACE = uuid.UUID("3d1b8a90-5c0e-4a7e-9f57-7f2c1e6b2a44")
WEEKDAYS = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}


def _id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _stamp(day: str) -> str:
    """Laravel's ISO 8601 (``2026-07-16T09:00:00+00:00``)."""
    return http_date_of(day).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _bucket(key: str, salt: str) -> int:
    return hashlib.sha1(f"{key}|{salt}".encode()).digest()[0]


def markdown_description(item: Listing) -> str:
    """The description as the admin's Markdown editor leaves it: paragraphs, and now and then
    a bulleted list of what happens at a session."""
    parts = [p.strip() for p in item.description.split("\n\n") if p.strip()]
    text = "\n\n".join(parts)
    if _bucket(item.key, "list") < 64 and item.categories:
        bullets = "\n".join(f"* {BY_KEY[c].label}" for c in item.categories)
        text += f"\n\n**What we offer**\n\n{bullets}"
    return text


def _url(website: str | None) -> str | None:
    """The API validates ``url`` as a URL: what the HTML sites leave scheme-less gets one."""
    if not website:
        return None
    return website if "://" in website else f"http://{website}"


def _criteria(item: Listing) -> dict[str, str | None]:
    return {
        "age_group": age_text(item.min_age, item.max_age),
        "disability": None,
        "employment": None,
        "gender": None,
        "housing": None,
        "income": None,
        "language": ", ".join(item.languages) or None,
        "other": item.eligibility,
    }


def service_json(item: Listing, theme: str, with_org: bool) -> dict[str, Any]:
    org_id = _id("org", item.org_name or item.key)
    referral = "external" if item.referral else "none"
    useful = []
    if item.referral:
        useful.append({"title": "How to access", "description": item.referral, "order": 1})
    if item.schedule_text and not item.slots:
        useful.append({"title": "When", "description": item.schedule_text, "order": 2})
    record: dict[str, Any] = {
        "id": item.key,
        "organisation_id": org_id,
        "has_logo": False,
        "slug": slugify(item.name)[:60].strip("-"),
        "name": item.name,
        "type": "activity" if item.slots else "service",
        "status": "active",
        "intro": summary(item.description, 250),
        "description": markdown_description(item),
    }
    if theme == "v2":
        record["image"] = None
    record.update(
        {
            "wait_time": None,
            "is_free": item.is_free if item.is_free is not None else bool(not item.cost),
            "fees_text": None if item.is_free else item.cost,
            "fees_url": None,
            "testimonial": None,
            "video_embed": None,
            "url": _url(item.website),
            "contact_name": item.contact_name,
            "contact_phone": item.phone,
            "contact_email": item.email,
            "show_referral_disclaimer": False,
            "referral_method": referral,
            "referral_button_text": None,
            "referral_email": None,
            "referral_url": None,
        }
    )
    if theme == "v1":
        record["criteria"] = _criteria(item)
    record["useful_infos"] = useful
    record["offerings"] = []
    record["social_medias"] = []
    record["gallery_items"] = []
    taxonomies = [
        {
            "id": _id("taxonomy", key),
            "parent_id": _id("taxonomy", "category"),
            "name": BY_KEY[key].oruk_term,
            "created_at": "2019-03-01T10:00:00+00:00",
            "updated_at": "2019-03-01T10:00:00+00:00",
        }
        for key in item.categories
    ]
    if theme == "v2":
        record["tags"] = []
    record["category_taxonomies"] = taxonomies
    if theme == "v2":
        criteria = _criteria(item)
        record["eligibility_types"] = {
            "custom": {
                "age_group": criteria["age_group"],
                "disability": None,
                "ethnicity": None,
                "gender": None,
                "income": None,
                "language": criteria["language"],
                "housing": None,
                "other": criteria["other"],
            },
            "taxonomies": [],
        }
        record["score"] = 3
        record["ends_at"] = None
    stamp = _stamp(item.last_modified)
    record["last_modified_at"] = stamp
    record["created_at"] = "2021-05-04T11:20:00+00:00"
    record["updated_at"] = stamp
    if with_org and item.org_name:
        record["organisation"] = {
            "id": org_id,
            "has_logo": False,
            "slug": slugify(item.org_name)[:60],
            "name": item.org_name,
            "description": f"{item.org_name} runs services in {item.borough}.",
            **({"image": None} if theme == "v2" else {}),
            "url": None,
            "email": None,
            "phone": None,
            **({"social_medias": [], "category_taxonomies": []} if theme == "v2" else {}),
            "created_at": "2021-05-04T11:20:00+00:00",
            "updated_at": "2021-05-04T11:20:00+00:00",
        }
    return record


def service_location_json(item: Listing, theme: str, with_location: bool) -> dict[str, Any]:
    place = item.address
    assert place is not None
    loc_id = _id("location", item.key)
    hours = [
        {
            "frequency": "weekly",
            "weekday": WEEKDAYS[day],
            "opens_at": f"{slot.opens_at}:00" if slot.opens_at else "00:00:00",
            "closes_at": f"{slot.closes_at}:00" if slot.closes_at else "23:59:00",
        }
        for slot in item.slots
        for day in slot.byday.split(",")
    ]
    data: dict[str, Any] = {
        "id": _id("service-location", item.key),
        "service_id": item.key,
        "location_id": loc_id,
        "has_image": False,
        "name": place.venue,
        "is_open_now": False,
        "regular_opening_hours": hours,
        "holiday_opening_hours": [],
    }
    if theme == "v2":
        data["next_occurs"] = None
    data["created_at"] = "2021-05-04T11:20:00+00:00"
    data["updated_at"] = _stamp(item.last_modified)
    if with_location:
        access = list(item.accessibility)
        wheelchair = any("step-free" in a.lower() or "wheelchair" in a.lower() for a in access)
        loop = any("loop" in a.lower() for a in access)
        toilet = any("toilet" in a.lower() for a in access)
        other = [
            a
            for a in access
            if not any(w in a.lower() for w in ("step-free", "wheelchair", "loop"))
            and not (theme == "v2" and "toilet" in a.lower())
        ]
        location: dict[str, Any] = {
            "id": loc_id,
            "has_image": False,
            "address_line_1": place.line1 or place.venue or "",
            "address_line_2": place.line2,
            "address_line_3": None,
            "city": place.town or "London",
            "county": "Greater London",
            "postcode": place.postcode,
            "country": "United Kingdom",
            "lat": place.latitude,
            "lon": place.longitude,
        }
        if theme == "v2":
            location["image"] = None
        location["accessibility_info"] = "; ".join(other) or None
        location["has_wheelchair_access"] = wheelchair
        location["has_induction_loop"] = loop
        if theme == "v2":
            location["has_accessible_toilet"] = toilet
        location["created_at"] = "2021-05-04T11:20:00+00:00"
        location["updated_at"] = "2021-05-04T11:20:00+00:00"
        data["location"] = location
    return data


def paginator(
    items: list[dict[str, Any]], total: int, page_no: int, per_page: int, path: str, query: dict
) -> dict[str, Any]:
    last = max((total + per_page - 1) // per_page, 1)

    def link(n: int) -> str:
        return f"{path}?{urlencode({**query, 'page': n})}"

    start = (page_no - 1) * per_page
    return {
        "data": items,
        "links": {
            "first": link(1),
            "last": link(last),
            "prev": link(page_no - 1) if page_no > 1 else None,
            "next": link(page_no + 1) if page_no < last else None,
        },
        "meta": {
            "current_page": page_no,
            "from": start + 1 if items else None,
            "last_page": last,
            "path": path,
            "per_page": per_page,
            "to": start + len(items) if items else None,
            "total": total,
        },
    }


class ConnectedPlacesSite(Site):
    platform = "connected_places"

    themes = ("v1", "v2")

    def handle(self, request: Request, view: View) -> Response:
        path = request.path.rstrip("/")
        if path == "":
            body = (
                f"<h1>{e(self.name)}</h1><p>Find local services, groups and activities.</p>"
                f'<p>Developers: the data is available from <a href="{e(self.url(API))}'
                'services">the Connected Places API</a>.</p>'
            )
            return text_response(page(self.name, body, self.name))
        if path == API + "services":
            return self._services(request, view)
        if path.startswith(API + "services/"):
            item = view.by_key.get(path.removeprefix(API + "services/"))
            if item is None:
                return json_response({"message": "No query results for model [Service]."}, 404)
            with_org = "organisation" in (request.arg("include") or "").split(",")
            response = json_response({"data": service_json(item, view.theme, with_org)})
            response.last_modified = http_date_of(item.last_modified)
            return response
        if path == API + "service-locations":
            return self._service_locations(request, view)
        return json_response({"message": "Not Found"}, 404)

    def _page_args(self, request: Request) -> tuple[int, int]:
        per_page = min(max(request.int_arg("per_page", DEFAULT_PER_PAGE), 1), MAX_PER_PAGE)
        return max(request.int_arg("page", 1), 1), per_page

    def _payload(self, payload: dict[str, Any], view: View) -> dict[str, Any]:
        if view.layout_changed:
            payload["results"] = payload.pop("data")
        return payload

    def _services(self, request: Request, view: View) -> Response:
        page_no, per_page = self._page_args(request)
        with_org = "organisation" in (request.arg("include") or "").split(",")
        items = sorted(view.listings, key=lambda s: (s.name.lower(), s.key))
        wanted = request.arg("filter[organisation_id]")
        if wanted:
            items = [s for s in items if _id("org", s.org_name or s.key) == wanted]
        shown = items[(page_no - 1) * per_page : page_no * per_page]
        query = {k: v[0] for k, v in request.query.items() if k != "page"}
        payload = paginator(
            [service_json(s, view.theme, with_org) for s in shown],
            len(items),
            page_no,
            per_page,
            f"{request.origin}{self.url(API + 'services')}",
            query,
        )
        return json_response(self._payload(payload, view))

    def _service_locations(self, request: Request, view: View) -> Response:
        page_no, per_page = self._page_args(request)
        with_location = "location" in (request.arg("include") or "").split(",")
        wanted = request.arg("filter[service_id]")
        items = [s for s in view.listings if s.address and (not wanted or s.key == wanted)]
        items.sort(key=lambda s: ((s.address.venue or "") if s.address else "", s.key))
        shown = items[(page_no - 1) * per_page : page_no * per_page]
        query = {k: v[0] for k, v in request.query.items() if k != "page"}
        payload = paginator(
            [service_location_json(s, view.theme, with_location) for s in shown],
            len(items),
            page_no,
            per_page,
            f"{request.origin}{self.url(API + 'service-locations')}",
            query,
        )
        response = json_response(self._payload(payload, view))
        if wanted and shown:
            response.last_modified = http_date_of(shown[0].last_modified)
        return response
