"""Responses of ``/api/search`` and ``/api/suggest``."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from search_api.schemas.base import Strict


class SourceRef(Strict):
    id: str
    name: str


class HitOut(Strict):
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
    service_areas: list[str] = Field(default_factory=list)
    """Areas the service covers; shown as "covers …" where a service has no distance."""
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


class FacetOut(Strict):
    value: str
    label: str
    count: int


class OriginOut(BaseModel):
    """Where distances are measured from, and how what was typed was understood."""

    model_config = ConfigDict(extra="ignore")

    postcode: str | None = None
    """The postcode, sector or district measured from (none for a place name)."""
    lat: float
    lon: float
    precision: str | None = None
    """``postcode``, ``sector``, ``outcode`` (district), ``place``, ``borough`` or ``point``."""
    place: str | None = None
    """The place or borough name measured from ("Harlesden")."""
    note: str | None = None
    """A sentence to show the person when the origin is not exactly what was typed, e.g.
    "UB8 1AA is not a current postcode; distances are from UB8 1"."""


class UnderstoodOut(Strict):
    """Filters read from the words typed, not given as parameters: "food bank open now",
    "free counselling", "youth club for 11 year olds", "within 2 miles of HA1"."""

    open: str | None = None
    """ "now", "today", "tomorrow", or a day of the week ("MO"…"SU")."""
    free: bool | None = None
    age: int | None = None
    within_km: float | None = None


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
    "understood": None,
    "origin": {
        "postcode": "HA1 2",
        "lat": 51.5836,
        "lon": -0.3367,
        "precision": "sector",
        "place": None,
        "note": "HA1 2ZZ is not a current postcode; distances are from HA1 2",
    },
    "attribution": "Contains OS data © Crown copyright and database right 2025. …",
}


class SearchOut(Strict):
    model_config = ConfigDict(json_schema_extra={"example": SEARCH_EXAMPLE})

    total: int
    page: int
    per_page: int
    results: list[HitOut]
    facets: dict[str, list[FacetOut]] = Field(default_factory=dict)
    corrected_text: str | None = None
    origin: OriginOut | None = None
    understood: UnderstoodOut | None = None
    """Filters read from the words typed (absent when none were)."""
    attribution: str | None = None
    """Required credit for the postcode data when distances were computed."""


class SuggestionOut(Strict):
    text: str
    kind: Literal["service", "category", "synonym", "organization", "place"]
    id: str | None = None


class SuggestOut(Strict):
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
