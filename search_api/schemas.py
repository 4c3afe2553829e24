"""Public response models of the JSON API.

They are deliberately separate from the storage models in ``index.model``: the store may gain
fields (raw evidence, internal ids, curator notes) without any of it leaking to the internet,
and integrators (GP systems, council sites, the widget) get shapes that only change on purpose.
Every model carries an example so the OpenAPI document shows what a response looks like.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorOut(_Out):
    """Every error, whatever the status: a sentence for people and detail for programs."""

    model_config = ConfigDict(
        json_schema_extra={
            "example": {"error": "postcode ZZ1 1ZZ does not exist", "detail": None},
        }
    )

    error: str
    detail: Any = None


# -- search ---------------------------------------------------------------------------------


class SourceRef(_Out):
    id: str
    name: str


class HitOut(_Out):
    """One merged service in a result list."""

    id: str
    name: str
    organization: str | None = None
    snippet: str = ""
    categories: list[str] = Field(default_factory=list)
    address: str | None = None
    postcode: str | None = None
    borough: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    distance_km: float | None = None
    phones: list[str] = Field(default_factory=list)
    email: str | None = None
    url: str | None = None
    opening_times: list[str] = Field(default_factory=list)
    cost: str | None = None
    is_free: bool | None = None
    source_ids: list[str] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)
    last_updated: str | None = None
    score: float = 0.0
    matched_need: str | None = None
    highlights: dict[str, list[tuple[int, int]]] = Field(default_factory=dict)


class FacetOut(_Out):
    value: str
    label: str
    count: int


class OriginOut(BaseModel):
    """Where distances are measured from."""

    model_config = ConfigDict(extra="ignore")

    postcode: str | None = None
    lat: float
    lon: float
    precision: str | None = None


SEARCH_EXAMPLE: dict[str, Any] = {
    "total": 1,
    "page": 1,
    "per_page": 10,
    "results": [
        {
            "id": "s-3f2a9c1e0b7d4a6f8e21",
            "name": "Harrow Debt Advice Service",
            "organization": "Harrow Citizens Advice",
            "snippet": "Free, confidential help with debts, bills and money worries.",
            "categories": ["Debt advice"],
            "address": "Civic Centre, Station Road, Harrow, HA1 2XY",
            "postcode": "HA1 2XY",
            "borough": "Harrow",
            "latitude": 51.5866,
            "longitude": -0.3366,
            "distance_km": 0.4,
            "phones": ["+442084271234"],
            "email": "advice@example.org.uk",
            "url": "https://www.example.org.uk/debt",
            "opening_times": ["Mon–Fri 09:00–17:00"],
            "cost": "Free",
            "is_free": True,
            "source_ids": ["harrow-marketplace"],
            "sources": [{"id": "harrow-marketplace", "name": "Harrow Care and Support"}],
            "last_updated": "2025-11-20T09:12:00+00:00",
            "score": 12.5,
            "matched_need": None,
            "highlights": {"name": [[7, 11]], "snippet": [[25, 30]]},
        }
    ],
    "facets": {
        "category": [{"value": "debt-advice", "label": "Debt advice", "count": 1}],
        "borough": [{"value": "Harrow", "label": "Harrow", "count": 1}],
        "cost": [{"value": "free", "label": "Free", "count": 1}],
        "source": [{"value": "harrow-marketplace", "label": "Harrow Care and Support", "count": 1}],
    },
    "corrected_text": None,
    "origin": {"postcode": "HA1 2AA", "lat": 51.5836, "lon": -0.3367, "precision": "postcode"},
    "attribution": "Contains OS data © Crown copyright and database right 2025. …",
}


class SearchOut(_Out):
    model_config = ConfigDict(json_schema_extra={"example": SEARCH_EXAMPLE})

    total: int
    page: int
    per_page: int
    results: list[HitOut]
    facets: dict[str, list[FacetOut]] = Field(default_factory=dict)
    corrected_text: str | None = None
    origin: OriginOut | None = None
    attribution: str | None = None
    """Required credit for the postcode data when distances were computed."""


class SuggestionOut(_Out):
    text: str
    kind: Literal["service", "category", "synonym", "organization"]
    id: str | None = None


class SuggestOut(_Out):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "query": "deb",
                "suggestions": [
                    {"text": "Debt advice", "kind": "category", "id": "debt-advice"},
                    {"text": "Harrow Debt Advice Service", "kind": "service", "id": "s-3f2a9c"},
                ],
            }
        }
    )

    query: str
    suggestions: list[SuggestionOut]


# -- one service ----------------------------------------------------------------------------


class ProvenanceOut(_Out):
    source_id: str
    source_name: str
    source_url: str
    last_seen: datetime


class PhoneOut(_Out):
    number: str
    description: str | None = None
    type: str | None = None


class ScheduleOut(_Out):
    byday: str | None = None
    opens_at: str | None = None
    closes_at: str | None = None
    freq: str | None = None
    description: str | None = None


class CostOptionOut(_Out):
    option: str | None = None
    amount: float | None = None
    currency: str = "GBP"
    amount_description: str | None = None


class LocationOut(_Out):
    name: str | None = None
    description: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    postal_code: str | None = None
    country: str = "GB"
    latitude: float | None = None
    longitude: float | None = None
    borough: str | None = None
    accessibility: list[str] = Field(default_factory=list)


class OrganizationOut(_Out):
    name: str
    description: str | None = None
    email: str | None = None
    website: str | None = None
    charity_number: str | None = None
    company_number: str | None = None


class TermOut(_Out):
    id: str
    name: str
    taxonomy: str
    parent_id: str | None = None


class ServiceSourceOut(_Out):
    id: str
    name: str
    urls: list[str] = Field(default_factory=list)
    """The pages or API addresses where this source lists the service."""
    last_seen: datetime | None = None


SERVICE_EXAMPLE: dict[str, Any] = {
    "id": "s-3f2a9c1e0b7d4a6f8e21",
    "name": "Harrow Debt Advice Service",
    "description": "Free, confidential help with debts, bills and money worries.",
    "description_html": "<p>Free, confidential help with debts, bills and money worries.</p>",
    "url": "https://www.example.org.uk/debt",
    "email": "advice@example.org.uk",
    "status": "active",
    "fees_description": "Free",
    "is_free": True,
    "cost_options": [],
    "eligibility_description": "Harrow residents aged 18 and over",
    "minimum_age": 18,
    "maximum_age": None,
    "languages": ["English", "Gujarati"],
    "accessibility": ["Wheelchair accessible"],
    "referral": "Self-referral",
    "organization": {"name": "Harrow Citizens Advice"},
    "locations": [
        {
            "name": "Civic Centre",
            "address_1": "Station Road",
            "city": "Harrow",
            "postal_code": "HA1 2XY",
            "country": "GB",
            "latitude": 51.5866,
            "longitude": -0.3366,
            "borough": "Harrow",
        }
    ],
    "phones": [{"number": "+442084271234"}],
    "schedules": [{"byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}],
    "opening_times": ["Mon–Fri 09:00–17:00"],
    "taxonomy_terms": [{"id": "debt-advice", "name": "Debt advice", "taxonomy": "signpost"}],
    "categories": ["Money and debt"],
    "last_modified": None,
    "last_updated": "2025-11-20T09:12:00Z",
    "source_ids": ["harrow-marketplace"],
    "sources": [
        {
            "id": "harrow-marketplace",
            "name": "Harrow Care and Support",
            "urls": ["https://harrow.example/services/123"],
            "last_seen": "2025-11-20T09:12:00Z",
        }
    ],
    "provenance": {
        "name": [
            {
                "source_id": "harrow-marketplace",
                "source_name": "Harrow Care and Support",
                "source_url": "https://harrow.example/services/123",
                "last_seen": "2025-11-20T09:12:00Z",
            }
        ]
    },
}


class ServiceOut(_Out):
    """One real-world service, merged from every source that lists it, with where each field
    came from."""

    model_config = ConfigDict(json_schema_extra={"example": SERVICE_EXAMPLE})

    id: str
    name: str
    description: str | None = None
    """Plain text."""
    description_html: str | None = None
    """The same, as a sanitised HTML fragment (paragraphs, lists, links only)."""
    url: str | None = None
    email: str | None = None
    status: str
    fees_description: str | None = None
    is_free: bool | None = None
    cost_options: list[CostOptionOut] = Field(default_factory=list)
    eligibility_description: str | None = None
    minimum_age: int | None = None
    maximum_age: int | None = None
    languages: list[str] = Field(default_factory=list)
    accessibility: list[str] = Field(default_factory=list)
    referral: str | None = None
    organization: OrganizationOut | None = None
    locations: list[LocationOut] = Field(default_factory=list)
    phones: list[PhoneOut] = Field(default_factory=list)
    schedules: list[ScheduleOut] = Field(default_factory=list)
    opening_times: list[str] = Field(default_factory=list)
    taxonomy_terms: list[TermOut] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    last_modified: datetime | None = None
    """When a source said the listing last changed."""
    last_updated: datetime
    """When Signpost last rebuilt this merged record."""
    source_ids: list[str] = Field(default_factory=list)
    sources: list[ServiceSourceOut] = Field(default_factory=list)
    provenance: dict[str, list[ProvenanceOut]] = Field(default_factory=dict)
    """Field name → the source listing(s) its value was taken from."""


# -- categories -----------------------------------------------------------------------------


class CategoryOut(_Out):
    id: str
    name: str
    parent_id: str | None = None
    description: str | None = None
    count: int
    """Merged services in this category or any of its sub-categories."""


class CategoriesOut(_Out):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "taxonomy": "signpost",
                "total_services": 1520,
                "categories": [
                    {
                        "id": "money",
                        "name": "Money and debt",
                        "parent_id": None,
                        "description": None,
                        "count": 120,
                    },
                    {
                        "id": "debt-advice",
                        "name": "Debt advice",
                        "parent_id": "money",
                        "description": None,
                        "count": 64,
                    },
                ],
            }
        }
    )

    taxonomy: str
    total_services: int
    categories: list[CategoryOut]


# -- sources and health ---------------------------------------------------------------------


class RunOut(_Out):
    id: int
    status: str
    started_at: str
    finished_at: str | None = None
    counts: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None


class FreshnessOut(_Out):
    state: Literal["fresh", "stale", "never"]
    """``stale``: no good run within twice the source's harvest interval."""
    age_hours: float | None = None
    interval_hours: float | None = None


class SourceStatusOut(_Out):
    id: str
    name: str
    kind: str
    base_url: str
    borough: str | None = None
    live_records: int
    services: int
    """Merged services that this source contributes to."""
    outcome: str | None = None
    """Status of the latest run: published, quarantined, failed, blocked, …"""
    last_run: RunOut | None = None
    last_good_run: RunOut | None = None
    freshness: FreshnessOut


class SourcesOut(_Out):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "total_services": 1520,
                "sources": [
                    {
                        "id": "harrow-marketplace",
                        "name": "Harrow Care and Support",
                        "kind": "oo_marketplace",
                        "base_url": "https://harrow.example/",
                        "borough": "Harrow",
                        "live_records": 412,
                        "services": 398,
                        "outcome": "published",
                        "last_run": {
                            "id": 17,
                            "status": "published",
                            "started_at": "2025-11-20T02:00:00+00:00",
                            "finished_at": "2025-11-20T02:09:12+00:00",
                            "counts": {"new": 3, "changed": 11, "unchanged": 398, "gone": 1},
                            "error": None,
                        },
                        "last_good_run": None,
                        "freshness": {"state": "fresh", "age_hours": 7.1, "interval_hours": 24},
                    }
                ],
            }
        }
    )

    total_services: int
    sources: list[SourceStatusOut]


class BackendHealthOut(_Out):
    backend: str
    ok: bool
    documents: int
    detail: str | None = None


class HealthOut(_Out):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "status": "ok",
                "services": 1520,
                "backend": {"backend": "embedded", "ok": True, "documents": 1520},
                "version": "0.1.0",
            }
        }
    )

    status: Literal["ok", "degraded"]
    services: int
    backend: BackendHealthOut
    version: str


# -- operator API ---------------------------------------------------------------------------


class HarvestJobOut(_Out):
    source_id: str
    state: Literal["running", "finished", "failed"]
    started_at: datetime
    finished_at: datetime | None = None
    result: Any = None
    error: str | None = None


class QuarantinedRunOut(_Out):
    id: int
    source_id: str
    started_at: str
    finished_at: str | None = None
    reason: str | None = None
    records: int
    summary: dict[str, Any] = Field(default_factory=dict)


class QuarantinedRunsOut(_Out):
    runs: list[QuarantinedRunOut]


class QuarantinedRecordOut(_Out):
    id: str
    name: str
    source_url: str


class QuarantinedRecordsOut(_Out):
    run_id: int
    total: int
    records: list[QuarantinedRecordOut]


class RunActionOut(_Out):
    run_id: int
    status: str
    counts: dict[str, int] = Field(default_factory=dict)
    note: str


class OverrideIn(_Out):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "a": "r-0a1b2c3d4e5f6a7b8c9d",
                "b": "r-9d8c7b6a5f4e3d2c1b0a",
                "kind": "cannot-link",
            }
        }
    )

    a: str = Field(min_length=1, max_length=100)
    b: str = Field(min_length=1, max_length=100)
    kind: Literal["must-link", "cannot-link"]


class OverrideOut(_Out):
    a: str
    b: str
    kind: str
    created_at: str
    created_by: str


class OverridesOut(_Out):
    overrides: list[OverrideOut]
