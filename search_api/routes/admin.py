"""The operator API (``/admin/…``): bearer token from ``Settings.admin_token``, ``401`` without.

Trigger a harvest of one source, look at quarantined runs and release or discard them, and add
or remove curator dedup overrides. No CORS headers are ever sent here, so no web page can use an
operator's browser to call it, and responses are ``no-store``.

Releasing a run publishes its records as the source's live data; the merged view and the search
index change at the next ``signpost dedup`` / ``signpost index`` (or scheduled run), which the
response says.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Response

from search_api.deps import ApiState, require_admin
from search_api.errors import ApiError
from search_api.jobs import Job
from search_api.routes.common import ERRORS
from search_api.schemas.admin import (
    HarvestJobOut,
    OverrideIn,
    OverrideOut,
    OverridesOut,
    QuarantinedRecordsOut,
    QuarantinedRunsOut,
    RunActionOut,
)


def _no_store(response: Response) -> None:
    response.headers["Cache-Control"] = "no-store"


router = APIRouter(
    prefix="/admin",
    tags=["operator"],
    dependencies=[Depends(_no_store)],
    responses={401: ERRORS[404] | {"description": "Missing or wrong bearer token"}, **ERRORS},
)

SourceId = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$")]
RunId = Annotated[int, Path(ge=1, le=2**62)]
RecordId = Annotated[str, Query(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")]


def _job(job: Job) -> dict[str, Any]:
    return {
        "source_id": job.source_id,
        "state": job.state,
        "started_at": job.started_at,
        "finished_at": job.finished_at,
        "result": job.result,
        "error": job.error,
    }


@router.post(
    "/harvest/{source_id}",
    status_code=202,
    response_model=HarvestJobOut,
    summary="Start a harvest of one source (runs in the background)",
    responses={
        409: ERRORS[404] | {"description": "Already running"},
        503: ERRORS[404] | {"description": "Harvesting not available here"},
    },
)
def trigger_harvest(source_id: SourceId, state: ApiState = Depends(require_admin)) -> Any:
    if not state.jobs.available:
        raise ApiError(503, "harvest not available in this process")
    if source_id not in state.sources():
        raise ApiError(404, f"no configured source {source_id}", {"source_id": source_id})
    with state.read_store() as store:
        last = store.last_run(source_id)
    if last is not None and last.status == "running":
        # Started by another server process or the scheduler: one crawl of a site at a time.
        raise ApiError(409, f"a harvest of {source_id} is already running (run {last.id})")
    job = state.jobs.start(source_id)
    if job is None:
        raise ApiError(409, f"a harvest of {source_id} is already running")
    return _job(job)


@router.get(
    "/harvest/{source_id}",
    response_model=HarvestJobOut,
    summary="State of the source's latest harvest (started here, or its latest run)",
)
def harvest_status(source_id: SourceId, state: ApiState = Depends(require_admin)) -> Any:
    """This process's job when it started one (with the harvester's outcome), else the
    source's latest run in the store — with several server processes, the one asked may not
    be the one that started it."""
    job = state.jobs.get(source_id)
    if job is not None:
        return _job(job)
    with state.read_store() as store:
        run = store.last_run(source_id)
    if run is None:
        raise ApiError(404, f"{source_id} has never been harvested")
    return {
        "source_id": source_id,
        "state": {"running": "running", "failed": "failed"}.get(run.status, "finished"),
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "result": {"run_id": run.id, "status": run.status, "counts": run.counts},
        "error": run.error,
    }


@router.get("/runs/quarantined", response_model=QuarantinedRunsOut, summary="Quarantined runs")
def quarantined_runs(state: ApiState = Depends(require_admin)) -> Any:
    with state.read_store() as store:
        runs = store.list_runs(status="quarantined", limit=500)
        rows = [
            {
                "id": r.id,
                "source_id": r.source_id,
                "started_at": r.started_at,
                "finished_at": r.finished_at,
                "reason": r.error,
                "records": int(r.counts.get("records", 0)),
                "summary": r.summary,
            }
            for r in runs
        ]
    return {"runs": rows}


def _quarantined(state: ApiState, run_id: int) -> None:
    with state.read_store() as store:
        run = store.get_run(run_id)
    if run is None:
        raise ApiError(404, f"no harvest run {run_id}")
    if run.status != "quarantined":
        raise ApiError(409, f"run {run_id} is not quarantined (it is {run.status})")


@router.get(
    "/runs/{run_id}/records",
    response_model=QuarantinedRecordsOut,
    summary="The records a quarantined run kept, for inspection",
    responses={409: ERRORS[404] | {"description": "Not quarantined"}},
)
def quarantined_records(
    run_id: RunId,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    state: ApiState = Depends(require_admin),
) -> Any:
    _quarantined(state, run_id)
    with state.read_store() as store:
        records = store.quarantined_records(run_id)
    return {
        "run_id": run_id,
        "total": len(records),
        "records": [
            {"id": r.id, "name": r.service.name, "source_url": r.source_url}
            for r in records[offset : offset + limit]
        ],
    }


@router.post(
    "/runs/{run_id}/release",
    response_model=RunActionOut,
    summary="Publish a quarantined run (a curator judged it good)",
    responses={409: ERRORS[404] | {"description": "Not quarantined"}},
)
def release_run(run_id: RunId, state: ApiState = Depends(require_admin)) -> Any:
    _quarantined(state, run_id)
    with state.read_store() as store:
        try:
            counts = store.release_run(run_id)
        except ValueError as exc:
            raise ApiError(409, str(exc)) from exc
    note = state.refresh_after_change()
    return {"run_id": run_id, "status": "published", "counts": counts.as_dict(), "note": note}


@router.post(
    "/runs/{run_id}/discard",
    response_model=RunActionOut,
    summary="Discard a quarantined run (its records are dropped; live data unchanged)",
    responses={409: ERRORS[404] | {"description": "Not quarantined"}},
)
def discard_run(run_id: RunId, state: ApiState = Depends(require_admin)) -> Any:
    _quarantined(state, run_id)
    with state.read_store() as store:
        try:
            store.discard_run(run_id)
        except ValueError as exc:
            raise ApiError(409, str(exc)) from exc
    return {"run_id": run_id, "status": "discarded", "counts": {}, "note": "live data unchanged"}


@router.get("/overrides", response_model=OverridesOut, summary="Curator dedup overrides")
def list_overrides(state: ApiState = Depends(require_admin)) -> Any:
    with state.read_store() as store:
        return {"overrides": store.list_overrides()}


@router.post(
    "/overrides",
    status_code=201,
    response_model=OverrideOut,
    summary="Say two source records are (must-link) or are not (cannot-link) the same service",
)
def add_override(body: OverrideIn, state: ApiState = Depends(require_admin)) -> Any:
    if body.a == body.b:
        raise ApiError(422, "an override needs two different records")
    with state.read_store() as store:
        for record_id in (body.a, body.b):
            if store.get_record(record_id) is None:
                raise ApiError(404, f"no source record {record_id}", {"id": record_id})
        store.add_override(body.a, body.b, body.kind, created_by="api")
        pair = sorted((body.a, body.b))
        stored = next(o for o in store.list_overrides() if o["a"] == pair[0] and o["b"] == pair[1])
    state.refresh_after_change()
    return stored


@router.delete(
    "/overrides",
    status_code=204,
    response_class=Response,
    summary="Remove the override between two records",
)
def remove_override(a: RecordId, b: RecordId, state: ApiState = Depends(require_admin)) -> Response:
    with state.read_store() as store:
        removed = store.remove_override(a, b)
    if not removed:
        raise ApiError(404, f"no override between {a} and {b}")
    state.refresh_after_change()
    return Response(status_code=204, headers={"Cache-Control": "no-store"})
