"""The operator API (``/admin``): its one request model (a curator override) and its responses."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import ConfigDict, Field

from search_api.schemas.base import Strict


class HarvestJobOut(Strict):
    source_id: str
    state: Literal["running", "finished", "failed"]
    started_at: datetime
    finished_at: datetime | None = None
    result: Any = None
    error: str | None = None


class QuarantinedRunOut(Strict):
    id: int
    source_id: str
    started_at: str
    finished_at: str | None = None
    reason: str | None = None
    records: int
    summary: dict[str, Any] = Field(default_factory=dict)


class QuarantinedRunsOut(Strict):
    runs: list[QuarantinedRunOut]


class QuarantinedRecordOut(Strict):
    id: str
    name: str
    source_url: str


class QuarantinedRecordsOut(Strict):
    run_id: int
    total: int
    records: list[QuarantinedRecordOut]


class RunActionOut(Strict):
    run_id: int
    status: str
    counts: dict[str, int] = Field(default_factory=dict)
    note: str


class OverrideIn(Strict):
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


class OverrideOut(Strict):
    a: str
    b: str
    kind: str
    created_at: str
    created_by: str


class OverridesOut(Strict):
    overrides: list[OverrideOut]
