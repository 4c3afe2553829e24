"""``GET /api/services/{id}``: one merged service with per-field provenance.

Provenance answers the question every link worker asks before referring someone: *who says
so, and when did they last say it?* Each field names the source, the page it was read from and
when that page was last fetched.

A source record id (``r-…``) is also accepted and redirected to the merged service that holds
it, so a reference kept from a source listing keeps working after deduplication.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

from index.model import MergedService
from search_api.deps import ApiState, get_state
from search_api.errors import ApiError
from search_api.presentation import opening_times
from search_api.routes.common import ERRORS, json_with_etag
from search_api.schemas.service import (
    CostOptionOut,
    LocationOut,
    OrganizationOut,
    PhoneOut,
    ScheduleOut,
    ServiceAreaOut,
    ServiceOut,
    TermOut,
)
from search_api.text import plain_text, safe_html

router = APIRouter(tags=["services"])

ServiceId = Annotated[
    str,
    Path(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$",
        description="A merged service id (or a source record id, redirected).",
    ),
]


def _pick(model: BaseModel, public: type[BaseModel]) -> dict[str, Any]:
    """Only the fields the public model declares: a field added to the storage model stays
    private until someone decides to publish it."""
    return model.model_dump(include=set(public.model_fields))


def service_out(merged: MergedService, state: ApiState) -> dict[str, Any]:
    s = merged.service
    names = state.sources()

    def source_name(source_id: str) -> str:
        info = names.get(source_id)
        return info.name if info else source_id

    provenance = {
        field: [
            {
                "source_id": p.source_id,
                "source_name": source_name(p.source_id),
                "source_url": p.source_url,
                "last_seen": p.fetched_at,
            }
            for p in entries
        ]
        for field, entries in sorted(merged.provenance.items())
    }
    per_source: dict[str, dict[str, Any]] = {
        sid: {"id": sid, "name": source_name(sid), "urls": [], "last_seen": None}
        for sid in merged.source_ids
    }
    for entries in merged.provenance.values():
        for p in entries:
            entry = per_source.setdefault(
                p.source_id,
                {
                    "id": p.source_id,
                    "name": source_name(p.source_id),
                    "urls": [],
                    "last_seen": None,
                },
            )
            if p.source_url not in entry["urls"]:
                entry["urls"].append(p.source_url)
            if entry["last_seen"] is None or p.fetched_at > entry["last_seen"]:
                entry["last_seen"] = p.fetched_at
    return {
        "id": merged.id,
        "name": s.name,
        "description": plain_text(s.description),
        "description_html": safe_html(s.description),
        "url": s.url,
        "email": s.email,
        "status": s.status,
        "fees_description": s.fees_description,
        "is_free": s.is_free,
        "cost_options": [_pick(c, CostOptionOut) for c in s.cost_options],
        "eligibility_description": plain_text(s.eligibility_description),
        "minimum_age": s.minimum_age,
        "maximum_age": s.maximum_age,
        "languages": s.languages,
        "accessibility": s.accessibility,
        "referral": plain_text(s.referral),
        "organization": _pick(s.organization, OrganizationOut) if s.organization else None,
        "locations": [_pick(loc, LocationOut) for loc in s.locations],
        "service_areas": [_pick(area, ServiceAreaOut) for area in s.service_areas],
        "phones": [_pick(p, PhoneOut) for p in s.phones],
        "schedules": [_pick(sch, ScheduleOut) for sch in s.schedules],
        "opening_times": opening_times(s.schedules),
        "taxonomy_terms": [_pick(t, TermOut) for t in s.taxonomy_terms],
        "categories": s.categories,
        "last_modified": s.last_modified,
        "last_updated": merged.updated_at,
        "source_ids": merged.source_ids,
        "sources": list(per_source.values()),
        "provenance": provenance,
    }


@router.get(
    "/api/services/{service_id}",
    response_model=ServiceOut,
    responses={**ERRORS, 304: {"description": "Not modified (ETag matched)"}},
    summary="One service, merged from every source, with where each field came from",
)
def get_service(
    service_id: ServiceId, request: Request, state: ApiState = Depends(get_state)
) -> Response:
    with state.read_store() as store:
        merged = store.get_merged(service_id)
        holder = None if merged is not None else store.merged_id_for_record(service_id)
    if merged is None:
        if holder is not None:
            return RedirectResponse(f"/api/services/{holder}", status_code=308)
        raise ApiError(404, f"no service with id {service_id}", {"id": service_id})
    payload = ServiceOut.model_validate(service_out(merged, state))
    return json_with_etag(request, payload.model_dump(mode="json"), max_age=300)
