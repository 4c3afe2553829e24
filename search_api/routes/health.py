"""``GET /api/health``: is the service up, and is its search index usable?

Answers ``200`` when the backend reports healthy and ``503`` otherwise, so a load balancer or
the tests waiting for the server to start can use it as is. Never rate limited.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from search_api.deps import ApiState, get_state
from search_api.schemas.catalogue import HealthOut

router = APIRouter(tags=["health"])


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("signpost")
    except PackageNotFoundError:
        return "unknown"


VERSION = _version()


@router.get(
    "/api/health",
    response_model=HealthOut,
    responses={503: {"model": HealthOut, "description": "The search backend is not usable"}},
    summary="Liveness and search-index health",
)
def health(state: ApiState = Depends(get_state)) -> Any:
    try:
        backend = state.backend.health().model_dump()
    except Exception as exc:  # a broken backend is exactly what health must report
        backend = {"backend": getattr(state.backend, "name", "?"), "ok": False, "documents": 0,
                   "detail": f"{type(exc).__name__}: {exc}"[:300]}  # fmt: skip
    with state.read_store() as store:
        services = store.count_merged()
    body = {
        "status": "ok" if backend["ok"] else "degraded",
        "services": services,
        "backend": backend,
        "version": VERSION,
    }
    return JSONResponse(
        HealthOut.model_validate(body).model_dump(mode="json"),
        status_code=200 if backend["ok"] else 503,
        headers={"Cache-Control": "no-store"},
    )
