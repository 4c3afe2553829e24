"""The response of ``/api/services/{id}``: one merged service and where each field came from."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import ConfigDict, Field

from search_api.schemas.base import Strict


class ProvenanceOut(Strict):
    source_id: str
    source_name: str
    source_url: str
    last_seen: datetime


class PhoneOut(Strict):
    number: str
    description: str | None = None
    type: str | None = None


class ScheduleOut(Strict):
    byday: str | None = None
    opens_at: str | None = None
    closes_at: str | None = None
    freq: str | None = None
    description: str | None = None


class CostOptionOut(Strict):
    option: str | None = None
    amount: float | None = None
    currency: str = "GBP"
    amount_description: str | None = None


class LocationOut(Strict):
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


class ServiceAreaOut(Strict):
    """An area the service covers ("Bristol"): where it is offered when it has no venue."""

    name: str
    description: str | None = None
    uri: str | None = None


class OrganizationOut(Strict):
    name: str
    description: str | None = None
    email: str | None = None
    website: str | None = None
    charity_number: str | None = None
    company_number: str | None = None


class TermOut(Strict):
    id: str
    name: str
    taxonomy: str
    parent_id: str | None = None


class ServiceSourceOut(Strict):
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


class ServiceOut(Strict):
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
    service_areas: list[ServiceAreaOut] = Field(default_factory=list)
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
