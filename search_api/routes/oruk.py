"""Open Referral UK 3.0 API of the whole aggregate (``/oruk/…``).

Other directories, and Signpost itself, harvest the merged data from here, so unlike
``/api/search`` it pages to the very end (no depth limit) in a stable order (by service id) and
its filters are plain and predictable rather than clever: ``text`` matches services whose name,
organization, description or categories contain every word; ages follow the ORUK wording
(``minimum_age=N``: services whose minimum age is at least N; ``maximum_age=N``: whose maximum
age is at most N); ``postcode`` orders by distance from it and, with ``proximity`` (metres),
keeps only services within that distance.

Responses follow ``uk-profile/docs/extras/openapi30.json`` and validate against the profile's
compiled JSON schemas (``tests/api/test_oruk.py``).
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict

from index.geo import GazetteerMissing, UnknownPostcode, open_gazetteer
from index.model import MergedService
from search_api.catalogue import Entry, Snapshot, term_key
from search_api.deps import ApiState, get_state
from search_api.errors import ApiError
from search_api.oruk_mapping import (
    api_details,
    organization_full,
    organization_summary,
    page_envelope,
    service_full,
    service_summary,
    taxonomy_json,
    taxonomy_term_json,
    taxonomy_uuid,
    term_uuid,
)
from search_api.routes.common import ERRORS, json_with_etag
from search_api.taxonomy_source import signpost_terms

router = APIRouter(prefix="/oruk", tags=["open referral uk"])

MAX_ORUK_PER_PAGE = 100
OrukId = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")]
Page = Annotated[int, Query(ge=1, le=10_000_000, description="Page number, from 1.")]
PerPage = Annotated[int, Query(ge=1, le=MAX_ORUK_PER_PAGE, description="Items per page.")]
_WORD = re.compile(r"\w+", re.UNICODE)


class OrukPage(BaseModel):
    """ORUK's paginated envelope; ``contents`` items follow the ORUK schema of the resource."""

    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "total_items": 1520,
                "total_pages": 31,
                "page_number": 1,
                "size": 50,
                "first_page": True,
                "last_page": False,
                "empty": False,
                "contents": [
                    {
                        "id": "0f7e3c8a-4b2d-5e1f-9a6b-3c2d1e0f9a8b",
                        "name": "Harrow Debt Advice Service",
                        "status": "active",
                    }
                ],
            }
        }
    )

    total_items: int
    total_pages: int
    page_number: int
    size: int
    first_page: bool
    last_page: bool
    empty: bool
    contents: list[dict[str, Any]]


class OrukApiDetails(BaseModel):
    version: str
    profile: str
    openapi_url: str


def _paginate(items: list[Any], page: int, per_page: int) -> tuple[list[Any], int]:
    start = (page - 1) * per_page
    return items[start : start + per_page], len(items)


def _parse_modified_after(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise ApiError(
            422,
            f"modified_after: {value[:40]!r} is not an ISO 8601 date or date-time",
            {"modified_after": value[:40]},
        ) from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _origin(state: ApiState, postcode: str) -> tuple[float, float]:
    try:
        info = open_gazetteer(str(state.settings.gazetteer_path)).lookup(postcode)
    except UnknownPostcode as exc:
        raise ApiError(422, str(exc), {"postcode": postcode}) from exc
    except GazetteerMissing as exc:
        raise ApiError(503, "postcode search is not available: the gazetteer is missing") from exc
    return info.latitude, info.longitude


EARTH_RADIUS_KM = 6371.0088


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance: the same great-circle distance as ``index.geo.distance_km``, at a
    tenth of the cost — a listing sorted by distance measures every service."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _nearest(entry: Entry, lat: float, lon: float) -> float | None:
    if not entry.points:
        return None
    return min(great_circle_km(lat, lon, p_lat, p_lon) for p_lat, p_lon in entry.points)


def filter_services(
    snap: Snapshot,
    *,
    text: str = "",
    taxonomy_term_id: str | None = None,
    taxonomy_id: str | None = None,
    organization_id: str | None = None,
    minimum_age: float | None = None,
    maximum_age: float | None = None,
    modified_after: datetime | None = None,
    origin: tuple[float, float] | None = None,
    proximity_m: float | None = None,
) -> list[Entry]:
    """The ORUK listing filters over the catalogue digest (pure: testable without HTTP)."""
    words = [w.lower() for w in _WORD.findall(text)]
    selected: list[Entry] = []
    distances: dict[str, float] = {}
    for e in snap.entries:
        if words and not all(w in e.haystack for w in words):
            continue
        # A term's ORUK uuid, ``taxonomy:id``, or a bare Signpost term id.
        if taxonomy_term_id and not (
            taxonomy_term_id in e.term_keys or term_key("signpost", taxonomy_term_id) in e.term_keys
        ):
            continue
        if taxonomy_id and taxonomy_id not in e.taxonomy_keys:
            continue
        if organization_id and e.organization_uuid != organization_id:
            continue
        if minimum_age is not None and (e.minimum_age is None or e.minimum_age < minimum_age):
            continue
        if maximum_age is not None and (e.maximum_age is None or e.maximum_age > maximum_age):
            continue
        if modified_after is not None and e.modified < modified_after:
            continue
        if origin is not None:
            d = _nearest(e, *origin)
            if proximity_m is not None and (d is None or d * 1000 > proximity_m):
                continue
            distances[e.id] = d if d is not None else float("inf")
        selected.append(e)
    if origin is not None:
        selected.sort(key=lambda e: (distances[e.id], e.id))
    return selected


def _load(state: ApiState, ids: list[str]) -> list[MergedService]:
    with state.read_store() as store:
        found = [store.get_merged(i) for i in ids]
    return [m for m in found if m is not None]


@router.get("/", response_model=OrukApiDetails, summary="About this ORUK API")
def oruk_root(request: Request) -> dict[str, str]:
    return api_details(str(request.url_for("openapi")))


@router.get(
    "/services",
    response_model=OrukPage,
    responses=ERRORS,
    summary="Paginated services (ORUK 3.0 service_list items)",
)
def oruk_services(
    response: Response,
    text: Annotated[str | None, Query(max_length=200, description="Words to find.")] = None,
    search: Annotated[
        str | None, Query(max_length=200, description="Same as text (ORUK's name).")
    ] = None,
    page: Page = 1,
    per_page: PerPage = 50,
    taxonomy_term_id: Annotated[str | None, Query(max_length=100)] = None,
    taxonomy_id: Annotated[str | None, Query(max_length=100)] = None,
    organization_id: Annotated[str | None, Query(max_length=100)] = None,
    minimum_age: Annotated[float | None, Query(ge=0, le=150)] = None,
    maximum_age: Annotated[float | None, Query(ge=0, le=150)] = None,
    modified_after: Annotated[
        str | None, Query(max_length=40, description="ISO 8601 date or date-time.")
    ] = None,
    postcode: Annotated[str | None, Query(max_length=10)] = None,
    proximity: Annotated[
        float | None, Query(gt=0, le=1_000_000, description="Metres from the postcode.")
    ] = None,
    state: ApiState = Depends(get_state),
) -> dict[str, Any]:
    if proximity is not None and not postcode:
        raise ApiError(422, "proximity needs a postcode to measure from")
    origin = _origin(state, postcode) if postcode and postcode.strip() else None
    snap = state.catalogue.snapshot()
    entries = filter_services(
        snap,
        text=" ".join(filter(None, (text, search))),
        taxonomy_term_id=taxonomy_term_id,
        taxonomy_id=taxonomy_id,
        organization_id=organization_id,
        minimum_age=minimum_age,
        maximum_age=maximum_age,
        modified_after=_parse_modified_after(modified_after),
        origin=origin,
        proximity_m=proximity,
    )
    chunk, total = _paginate(entries, page, per_page)
    services = _load(state, [e.id for e in chunk])
    response.headers["Cache-Control"] = "public, max-age=60"
    return page_envelope([service_summary(m) for m in services], total, page, per_page)


@router.get(
    "/services/{service_id}",
    responses={**ERRORS, 200: {"description": "A fully nested ORUK 3.0 service"}},
    summary="One fully nested service (ORUK 3.0 service)",
)
def oruk_service(
    service_id: OrukId, request: Request, state: ApiState = Depends(get_state)
) -> Response:
    snap = state.catalogue.snapshot()
    merged_id = snap.by_uuid.get(service_id, service_id)
    with state.read_store() as store:
        merged = store.get_merged(merged_id)
    if merged is None:
        raise ApiError(404, f"no service with id {service_id}", {"id": service_id})
    return json_with_etag(request, service_full(merged), max_age=300)


@router.get(
    "/organizations",
    response_model=OrukPage,
    responses=ERRORS,
    summary="Paginated organizations (ORUK 3.0 organization_list items)",
)
def oruk_organizations(
    response: Response,
    page: Page = 1,
    per_page: PerPage = 50,
    state: ApiState = Depends(get_state),
) -> dict[str, Any]:
    snap = state.catalogue.snapshot()
    orgs = sorted(snap.organizations.items(), key=lambda kv: (kv[1].name.lower(), kv[0]))
    chunk, total = _paginate(orgs, page, per_page)
    response.headers["Cache-Control"] = "public, max-age=60"
    return page_envelope([organization_summary(o) for _, o in chunk], total, page, per_page)


@router.get(
    "/organizations/{organization_id}",
    responses={**ERRORS, 200: {"description": "An ORUK 3.0 organization with its services"}},
    summary="One organization with its services",
)
def oruk_organization(
    organization_id: OrukId, request: Request, state: ApiState = Depends(get_state)
) -> Response:
    snap = state.catalogue.snapshot()
    org = snap.organizations.get(organization_id)
    if org is None:
        raise ApiError(404, f"no organization with id {organization_id}", {"id": organization_id})
    services = _load(state, snap.organization_services.get(organization_id, []))
    return json_with_etag(request, organization_full(org, services), max_age=300)


def _all_terms(snap: Snapshot) -> list[Any]:
    used_signpost = [t for t in snap.terms.values() if t.taxonomy == "signpost"]
    others = sorted(
        (t for t in snap.terms.values() if t.taxonomy != "signpost"),
        key=lambda t: (t.taxonomy, t.name.lower(), t.id),
    )
    return [*signpost_terms(used_signpost), *others]


@router.get(
    "/taxonomies",
    response_model=OrukPage,
    responses=ERRORS,
    summary="Paginated taxonomies",
)
def oruk_taxonomies(
    page: Page = 1, per_page: PerPage = 50, state: ApiState = Depends(get_state)
) -> dict[str, Any]:
    names = sorted({"signpost", *(t.taxonomy for t in _all_terms(state.catalogue.snapshot()))})
    chunk, total = _paginate(names, page, per_page)
    return page_envelope([taxonomy_json(n) for n in chunk], total, page, per_page)


@router.get(
    "/taxonomies/{taxonomy_id}",
    responses={**ERRORS, 200: {"description": "An ORUK 3.0 taxonomy"}},
    summary="One taxonomy",
)
def oruk_taxonomy(taxonomy_id: OrukId, state: ApiState = Depends(get_state)) -> dict[str, Any]:
    names = {"signpost", *(t.taxonomy for t in _all_terms(state.catalogue.snapshot()))}
    for name in names:
        if taxonomy_id in (name, taxonomy_uuid(name)):
            return taxonomy_json(name)
    raise ApiError(404, f"no taxonomy with id {taxonomy_id}", {"id": taxonomy_id})


@router.get(
    "/taxonomy_terms",
    response_model=OrukPage,
    responses=ERRORS,
    summary="Paginated taxonomy terms",
)
def oruk_taxonomy_terms(
    page: Page = 1,
    per_page: PerPage = 50,
    taxonomy_id: Annotated[str | None, Query(max_length=100)] = None,
    state: ApiState = Depends(get_state),
) -> dict[str, Any]:
    terms = _all_terms(state.catalogue.snapshot())
    if taxonomy_id:
        terms = [t for t in terms if taxonomy_id in (t.taxonomy, taxonomy_uuid(t.taxonomy))]
    chunk, total = _paginate(terms, page, per_page)
    return page_envelope([taxonomy_term_json(t) for t in chunk], total, page, per_page)


@router.get(
    "/taxonomy_terms/{term_id}",
    responses={**ERRORS, 200: {"description": "An ORUK 3.0 taxonomy term"}},
    summary="One taxonomy term",
)
def oruk_taxonomy_term(term_id: OrukId, state: ApiState = Depends(get_state)) -> dict[str, Any]:
    for t in _all_terms(state.catalogue.snapshot()):
        if term_id == term_uuid(t.taxonomy, t.id) or (t.taxonomy == "signpost" and term_id == t.id):
            return taxonomy_term_json(t)
    raise ApiError(404, f"no taxonomy term with id {term_id}", {"id": term_id})
