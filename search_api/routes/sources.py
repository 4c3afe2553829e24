"""``GET /api/sources``: where the directory's data comes from and how fresh it is.

Integrators need to know whether a borough's listings are current before trusting them; this
is ``signpost status`` for the public: per source, the latest run and its outcome, the last good
(published) run, live listings, merged services it contributes to, and a freshness verdict.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, Response

from index.store import RunRow
from search_api.deps import ApiState, SourceInfo, get_state
from search_api.routes.common import ERRORS
from search_api.schemas.catalogue import SourcesOut

router = APIRouter(tags=["sources"])

STALE_AFTER_INTERVALS = 2.0
"""A source is stale when its last good run is older than this many harvest intervals."""


def _run(run: RunRow | None) -> dict[str, Any] | None:
    if run is None:
        return None
    error = (run.error or "").strip().splitlines()
    return {
        "id": run.id,
        "status": run.status,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "counts": run.counts,
        "error": error[0][:300] if error else None,
    }


def freshness(
    last_good: RunRow | None, interval_hours: float | None, now: datetime
) -> dict[str, Any]:
    if last_good is None or not last_good.finished_at:
        return {"state": "never", "age_hours": None, "interval_hours": interval_hours}
    finished = datetime.fromisoformat(last_good.finished_at)
    if finished.tzinfo is None:
        finished = finished.replace(tzinfo=UTC)
    age = max(0.0, (now - finished).total_seconds() / 3600)
    stale = interval_hours is not None and age > STALE_AFTER_INTERVALS * interval_hours
    return {
        "state": "stale" if stale else "fresh",
        "age_hours": round(age, 2),
        "interval_hours": interval_hours,
    }


def source_row(info: SourceInfo, state: ApiState, services: int, now: datetime) -> dict[str, Any]:
    with state.read_store() as store:
        last = store.last_run(info.id)
        good = store.last_good_run(info.id)
        live = store.count_records(info.id)
    return {
        "id": info.id,
        "name": info.name,
        "kind": info.kind,
        "base_url": info.base_url,
        "borough": info.borough,
        "live_records": live,
        "services": services,
        "outcome": last.status if last else None,
        "last_run": _run(last),
        "last_good_run": _run(good),
        "freshness": freshness(good, info.interval_hours, now),
    }


@router.get(
    "/api/sources",
    response_model=SourcesOut,
    responses=ERRORS,
    summary="Each source: last good run, freshness, counts, outcome",
)
def sources(response: Response, state: ApiState = Depends(get_state)) -> dict[str, Any]:
    snap = state.catalogue.snapshot()
    now = datetime.now(UTC)
    rows = [
        source_row(info, state, snap.source_counts.get(info.id, 0), now)
        for info in state.sources().values()
    ]
    response.headers["Cache-Control"] = "public, max-age=60"
    return {"total_services": len(snap.entries), "sources": rows}
