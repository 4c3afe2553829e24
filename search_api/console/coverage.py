"""Coverage and gaps: the category × borough matrix of live services with gaps marked, the stale
listings, and a CSV export of each (``index.coverage`` does the counting)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import Depends, Query, Request, Response

from index.coverage import (
    DEFAULT_GAP_SHARE,
    DEFAULT_STALE_MONTHS,
    CoverageMatrix,
    StaleListing,
    coverage_matrix,
    matrix_csv,
    stale_csv,
    stale_listings,
)
from search_api.console.auth import Session, require_session
from search_api.console.base import console_router
from search_api.console.render import NO_STORE, render
from search_api.deps import ApiState, get_state

router = console_router()

LevelQuery = Annotated[Literal["term", "top"], Query()]
MonthsQuery = Annotated[int, Query(ge=1, le=240)]
ShareQuery = Annotated[float, Query(ge=0.0, lt=1.0)]
STALE_SHOWN = 50


def _source_boroughs(state: ApiState) -> dict[str, str | None]:
    return {sid: info.borough for sid, info in state.sources().items()}


def _matrix(state: ApiState, level: Literal["term", "top"], share: float) -> CoverageMatrix:
    boroughs = _source_boroughs(state)
    with state.read_store() as store:
        services = list(store.iter_merged())
    return coverage_matrix(
        services,
        source_boroughs=boroughs,
        boroughs=[b for b in boroughs.values() if b],
        level=level,
        gap_share=share,
    )


def _stale(state: ApiState, months: int) -> list[StaleListing]:
    boroughs = _source_boroughs(state)
    with state.read_store() as store:
        return stale_listings(store, months=months, source_boroughs=boroughs)


@router.get("/coverage")
def coverage_page(
    request: Request,
    level: LevelQuery = "term",
    months: MonthsQuery = DEFAULT_STALE_MONTHS,
    share: ShareQuery = DEFAULT_GAP_SHARE,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    matrix = _matrix(state, level, share)
    stale = _stale(state, months)
    return render(
        request,
        "coverage.html",
        {
            "m": matrix,
            "stale": stale[:STALE_SHOWN],
            "stale_total": len(stale),
            "level": level,
            "months": months,
            "share": share,
            "gap_threshold": int(share * len(matrix.boroughs)) + 1,
        },
        session=session,
        section="coverage",
    )


def _csv(body: str, name: str) -> Response:
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    return Response(
        "\ufeff" + body,  # a BOM so spreadsheet programs read UTF-8 names correctly
        media_type="text/csv; charset=utf-8",
        headers={**NO_STORE, "Content-Disposition": f'attachment; filename="{name}-{stamp}.csv"'},
    )


@router.get("/coverage/matrix.csv")
def coverage_matrix_csv(
    level: LevelQuery = "term",
    share: ShareQuery = DEFAULT_GAP_SHARE,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    return _csv(matrix_csv(_matrix(state, level, share)), f"signpost-coverage-{level}")


@router.get("/coverage/stale.csv")
def coverage_stale_csv(
    months: MonthsQuery = DEFAULT_STALE_MONTHS,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    return _csv(stale_csv(_stale(state, months)), f"signpost-stale-{months}-months")
