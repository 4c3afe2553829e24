"""``GET /api/search``: every ``SearchQuery`` field as a query parameter.

Parameter names are short and URL-friendly (``q``, ``need``, ``category``, ``free``); lists
are repeated parameters (``?need=debt+advice&need=employment+support``). Limits come from the
protocol's constants so the OpenAPI document, the validation and the backend agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Query, Request, Response
from pydantic import StringConstraints, ValidationError

from index.backends.errors import BackendError, IndexNotBuilt
from index.geo import ATTRIBUTION, GEONAMES_ATTRIBUTION, GazetteerMissing, UnknownPostcode
from index.search.plan import QueryError
from index.search.types import (
    MAX_PAGE,
    MAX_PER_PAGE,
    MAX_PLACE_CHARS,
    MAX_QUERY_CHARS,
    SearchPage,
    SearchQuery,
)
from search_api.cache import SEARCH_TTL
from search_api.deps import ApiState, api_state, backend_call
from search_api.errors import ApiError, describe_validation
from search_api.routes.common import ERRORS
from search_api.schemas.search import FacetOut, HitOut, SearchOut

router = APIRouter(tags=["search"])

Text = Annotated[str, StringConstraints(max_length=MAX_QUERY_CHARS)]
Short = Annotated[str, StringConstraints(max_length=100)]


def _query(**fields: Any) -> SearchQuery:
    try:
        return SearchQuery(**fields)
    except ValidationError as exc:
        sentence, detail = describe_validation(list(exc.errors(include_url=False)))  # type: ignore[arg-type]
        raise ApiError(422, sentence, detail) from exc


@contextmanager
def backend_errors() -> Iterator[None]:
    """Backend exceptions → JSON errors: the question was wrong (422, the message says what
    to change) or the index cannot answer now (503)."""
    try:
        yield
    except (QueryError, UnknownPostcode) as exc:
        raise ApiError(422, str(exc)) from exc
    except GazetteerMissing as exc:
        raise ApiError(503, "postcode search is not available: the gazetteer is missing") from exc
    except IndexNotBuilt as exc:
        raise ApiError(503, "the search index has not been built yet", str(exc)) from exc
    except BackendError as exc:
        raise ApiError(503, "search is temporarily unavailable", str(exc)) from exc


HIT_FIELDS = frozenset(HitOut.model_fields)
FACET_FIELDS = frozenset(FacetOut.model_fields)
PAGE_FIELDS = frozenset(SearchOut.model_fields)


def decorate(page: SearchPage, state: ApiState) -> dict[str, Any]:
    """The public shape: what the backend returns, limited to the published fields (a field a
    backend adds stays private until the public model names it), plus what the backend does
    not know — source names, and the postcode data credit.

    Read straight from the models' fields: every field of a hit, facet and page is already
    JSON-ready data (strings, numbers, lists, tuples, plain dicts), so pydantic's serialiser —
    a model walk per hit and per facet value — is not needed to make it so."""
    names = state.sources()

    def name(source_id: str) -> str:
        info = names.get(source_id)
        return info.name if info else source_id

    out = {k: v for k, v in vars(page).items() if k in PAGE_FIELDS}
    results = []
    for hit in page.results:
        row = {k: v for k, v in vars(hit).items() if k in HIT_FIELDS}
        row["sources"] = [{"id": sid, "name": name(sid)} for sid in row.get("source_ids", [])]
        results.append(row)
    out["results"] = results
    out["facets"] = {
        facet: [{"value": r.value, "label": r.label, "count": r.count} for r in rows]
        for facet, rows in page.facets.items()
    }
    for row in out["facets"].get("source", []):
        if row.get("label") in (None, "", row.get("value")):
            row["label"] = name(row["value"])
    origin = out.get("origin") or {}
    out["attribution"] = ATTRIBUTION if origin else None
    if origin.get("place"):
        out["attribution"] += " " + GEONAMES_ATTRIBUTION  # place names are partly GeoNames'
    return out


def page_bytes(page: SearchPage, state: ApiState) -> bytes:
    """The public page as the response body (``decorate``), serialised once by orjson."""
    return orjson.dumps(decorate(page, state))


@router.get(
    "/api/search",
    response_model=SearchOut,
    responses=ERRORS,
    summary="Search services",
    description=(
        'Full-text, typo-tolerant search over every merged service, with synonyms ("GP" finds '
        "doctors), several needs at once, distance from a postcode, filters and facet counts. "
        "Pages go up to 100 deep; to read the whole directory use `/oruk/services`."
    ),
)
async def search(
    request: Request,
    q: Annotated[Text, Query(description="What the person needs, in their words.")] = "",
    need: Annotated[
        list[Text],
        Query(max_length=5, description="Several needs at once; results cover each."),
    ] = [],  # noqa: B006 - FastAPI copies defaults per request
    postcode: Annotated[
        str | None,
        Query(
            max_length=MAX_PLACE_CHARS,
            description=(
                "Where the person is: a full or partial UK postcode (HA1 2AA, HA1 2, HA1;"
                " any case, space optional) or a London place or borough name (Harlesden,"
                " Ealing Broadway, Brent), or both as an address ends (Harlesden, NW10; Brixton"
                " SW2; an address with its postcode). An unknown full postcode is measured from"
                " its sector or district and `origin.note` says so."
            ),
        ),
    ] = None,
    lat: Annotated[float | None, Query(ge=-90, le=90)] = None,
    lon: Annotated[float | None, Query(ge=-180, le=180)] = None,
    radius_km: Annotated[float | None, Query(gt=0, le=1000)] = None,
    category: Annotated[
        list[Short], Query(max_length=20, description="Signpost taxonomy term ids.")
    ] = [],  # noqa: B006
    borough: Annotated[list[Short], Query(max_length=40)] = [],  # noqa: B006
    source: Annotated[list[Short], Query(max_length=40)] = [],  # noqa: B006
    age: Annotated[int | None, Query(ge=0, le=120, description="The person's age.")] = None,
    free: Annotated[bool, Query(description="Only services that cost nothing.")] = False,
    open_now: Annotated[bool, Query(description="Open now in London.")] = False,
    day: Annotated[Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"] | None, Query()] = None,
    time: Annotated[
        str | None, Query(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="HH:MM, with day.")
    ] = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 10,
    sort: Annotated[Literal["relevance", "distance"], Query()] = "relevance",
) -> Response:
    state = api_state(request)
    if (lat is None) != (lon is None):
        raise ApiError(422, "lat and lon must be given together", {"lat": lat, "lon": lon})
    query = _query(
        text=q,
        needs=[n for n in need if n.strip()],
        postcode=postcode.strip() if postcode and postcode.strip() else None,
        lat=lat,
        lon=lon,
        radius_km=radius_km,
        categories=category,
        boroughs=borough,
        sources=source,
        age=age,
        free_only=free,
        open_now=open_now,
        day=day,
        time=time,
        page=page,
        per_page=per_page,
        sort=sort,
    )
    state.sources()  # source names are part of the page: a change to them is a new key
    key = (query.model_dump_json(), state.sources_version)
    with backend_errors():
        body = await backend_call(
            state,
            lambda: state.search_cache.get_or_compute(
                key, lambda: page_bytes(state.backend.search(query), state)
            ),
        )
    return JsonBytes(body, headers={"Cache-Control": f"public, max-age={SEARCH_TTL}"})


class JsonBytes(Response):
    """A body already serialised (``page_bytes``, or the result cache's copy of it).
    ``decorate`` gives the exact public shape (``SearchOut``, which the tests check every
    response against), so FastAPI's second validation and serialisation of the response model
    — a model per hit and per facet value, on every request — is skipped, and a repeated
    question costs no model work at all."""

    media_type = "application/json"
