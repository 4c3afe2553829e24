"""Responses of ``/api/categories``, ``/api/sources`` and ``/api/health``."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from search_api.schemas.base import Strict


class CategoryOut(Strict):
    id: str
    name: str
    parent_id: str | None = None
    description: str | None = None
    count: int
    """Merged services in this category or any of its sub-categories."""


class CategoriesOut(Strict):
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


class RunOut(Strict):
    id: int
    status: str
    started_at: str
    finished_at: str | None = None
    counts: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None


class FreshnessOut(Strict):
    state: Literal["fresh", "stale", "never"]
    """``stale``: no good run within twice the source's harvest interval."""
    age_hours: float | None = None
    interval_hours: float | None = None


class SourceStatusOut(Strict):
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


class SourcesOut(Strict):
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


class BackendHealthOut(Strict):
    backend: str
    ok: bool
    documents: int
    detail: str | None = None


class HealthOut(Strict):
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
