"""Connect to Support / Shop4Support (PCG; Hillingdon's children and families directory, the
national Shop4Support marketplace, West Berkshire, Bradford, Sheffield …).

The directory pages are a JavaScript front end over one JSON search API (``s4s`` is
Shop4Support, the product's first name):

* ``api/s4s-advanced-search/directory-search/get-list?searchParams={JSON}`` where the JSON is
  ``{"searchText", "pageNumber" (1-based), "pageSize" (≤ 100), "sortOption", "categories",
  "postcode", "distance" (metres)}`` → ``{"pageItems", "totalItems", "totalPages",
  "pageNumber", "pageSize"}``. An unreadable ``searchParams`` is a 400.
* ``api/s4s-advanced-search/directory-search/get-event/{id}`` → one record with its
  ``address`` (one comma-separated string), ``postcode``, ``latitude``/``longitude``,
  ``phone``, ``email``, ``urn`` — **where the tenant has it**.
* ``services/{id}`` → the record's page for people (HTML).

Two themes, as tenants differ (seen in a public scraper of three of them): ``direct`` (plain
envelope, items keyed ``id``, a working ``get-event``) and ``wrapped`` (the envelope inside
``{"value": …, "success": true}``, items keyed ``eventId`` and carrying their position, no
``get-event`` at all: 404).
"""

from __future__ import annotations

import json
from typing import Any

from samples.categories import BY_KEY
from samples.dataset import Listing
from samples.sites.base import (
    Request,
    Response,
    Site,
    View,
    address_lines,
    e,
    http_date_of,
    not_found,
    page,
    paragraphs,
    summary,
    text_response,
)
from samples.sites.fid import miles_between
from samples.sites.oruk3 import json_response

API = "api/s4s-advanced-search/directory-search/"
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100
METRES_PER_MILE = 1609.344


def _website(value: str | None) -> str | None:
    if not value:
        return None
    return value if "://" in value else f"https://{value}"


def list_item(item: Listing, theme: str) -> dict[str, Any]:
    data: dict[str, Any] = {("eventId" if theme == "wrapped" else "id"): int(item.key)}
    data["name"] = item.name
    data["summary"] = summary(item.description, 200)
    data["phone"] = item.phone
    data["email"] = item.email
    data["website"] = _website(item.website)
    data["categories"] = [BY_KEY[c].label for c in item.categories]
    if theme == "wrapped":
        place = item.address
        data["latitude"] = place.latitude if place else None
        data["longitude"] = place.longitude if place else None
    return data


def event_record(item: Listing) -> dict[str, Any]:
    place = item.address
    lines = address_lines(place)
    postcode = place.postcode if place else None
    street = [line for line in lines if line != postcode]
    return {
        "id": int(item.key),
        "name": item.name,
        "description": item.description,
        "organisationName": item.org_name,
        "address": ", ".join(street) or None,
        "postcode": postcode,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "phone": item.phone,
        "email": item.email,
        "website": _website(item.website),
        "urn": None,
        "categories": [BY_KEY[c].label for c in item.categories],
        "lastUpdated": http_date_of(item.last_modified).strftime("%Y-%m-%dT%H:%M:%S"),
    }


class PcgSite(Site):
    platform = "pcg"

    def __init__(self, publisher: Any, postcodes: dict[str, tuple[float, float]]) -> None:
        super().__init__(publisher)
        self.postcodes = postcodes

    themes = ("direct", "wrapped")

    def handle(self, request: Request, view: View) -> Response:
        path = request.path.rstrip("/")
        if path == "":
            body = (
                f"<h1>{e(self.name)}</h1><p>Search for support, activities and services.</p>"
                '<div id="s4s-directory-search" data-api="'
                f'{e(self.url(API))}get-list"></div>'
            )
            return text_response(page(self.name, body, self.name))
        if path == API + "get-list":
            return self._list(request, view)
        if path.startswith(API + "get-event/"):
            item = view.by_key.get(path.removeprefix(API + "get-event/"))
            if item is None or view.theme == "wrapped":
                return json_response({"success": False, "message": "Not found"}, 404)
            response = json_response(self._wrap(event_record(item), view))
            response.last_modified = http_date_of(item.last_modified)
            return response
        if path.startswith("services/"):
            item = view.by_key.get(path.removeprefix("services/"))
            if item is None:
                return not_found("Service not found")
            response = text_response(self._service_page(item))
            response.last_modified = http_date_of(item.last_modified)
            return response
        return not_found()

    def _wrap(self, payload: dict[str, Any], view: View) -> dict[str, Any]:
        if view.theme == "wrapped":
            key = "data" if view.layout_changed else "value"
            return {key: payload, "success": True}
        return payload

    def _list(self, request: Request, view: View) -> Response:
        try:
            params = json.loads(request.arg("searchParams") or "{}")
            if not isinstance(params, dict):
                raise ValueError("not an object")
            page_no = max(int(params.get("pageNumber") or 1), 1)
            size = min(max(int(params.get("pageSize") or DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE)
        except (TypeError, ValueError):
            return json_response({"success": False, "message": "Invalid search parameters"}, 400)
        items = list(view.listings)
        text = str(params.get("searchText") or "").strip().lower()
        if text:
            items = [s for s in items if text in s.name.lower() or text in s.description.lower()]
        postcode = " ".join(str(params.get("postcode") or "").upper().split())
        origin = self.postcodes.get(postcode) if postcode else None
        if origin is not None:
            radius = float(params.get("distance") or 16093) / METRES_PER_MILE
            items = [
                s
                for s in items
                if s.address
                and s.address.latitude is not None
                and miles_between(origin, (s.address.latitude, s.address.longitude or 0)) <= radius
            ]
        total = len(items)
        pages = (total + size - 1) // size
        shown = items[(page_no - 1) * size : page_no * size]
        key = "results" if view.layout_changed and view.theme == "direct" else "pageItems"
        payload = {
            key: [list_item(s, view.theme) for s in shown],
            "totalItems": total,
            "totalPages": pages,
            "pageNumber": page_no,
            "pageSize": size,
        }
        return json_response(self._wrap(payload, view))

    def _service_page(self, item: Listing) -> str:
        rows = [
            ("Organisation", item.org_name),
            ("Address", ", ".join(address_lines(item.address))),
            ("Telephone", item.phone),
            ("Email", item.email),
            ("Website", item.website),
        ]
        details = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in rows if v)
        body = (
            f'<h1 class="s4s-service__title">{e(item.name)}</h1>'
            f'<div class="s4s-service__description">{paragraphs(item.description)}</div>'
            f'<dl class="s4s-service__details">{details}</dl>'
        )
        return page(item.name, body, self.name)
