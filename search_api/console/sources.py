"""Source health: every source's last run, outcome, traffic, changes, fill rates and freshness,
with a chart of listings per run, and "harvest now".

Freshness is the age of the newest *good* (published) run, judged against the source's
harvest interval exactly as ``/api/sources`` judges it; a source whose recent runs all failed
or were quarantined goes stale here even though it "ran" today.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Path, Request, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from index.store import RunRow
from search_api.console.auth import PREFIX, Session, check_post, require_session
from search_api.console.base import ConsoleError, console_router, done
from search_api.console.charts import chart_for, run_listings
from search_api.console.render import render
from search_api.deps import ApiState, SourceInfo, get_state
from search_api.routes.sources import freshness

router = console_router()

SourceId = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$")]

HISTORY = 60
"""Runs shown per source (and charted)."""
FILL_LABELS = {
    "description": "Description",
    "contact": "Any contact (phone, e-mail or web)",
    "phone": "Phone",
    "email": "E-mail",
    "url": "Website",
    "address": "Address",
    "postcode": "Postcode",
    "geo": "Map position",
    "schedule": "Opening times",
    "cost": "Cost",
    "ages": "Age range",
    "categories": "Categories",
    "organization": "Organisation",
}
KEY_FILLS = ("contact", "address", "description")
"""The fill rates the harvest gates watch for collapse: shown on the overview."""


@dataclass
class SourceHealth:
    info: SourceInfo
    runs: list[RunRow]
    live: int
    freshness: dict[str, Any]
    job: Any = None
    last: RunRow | None = None
    last_good: RunRow | None = None
    fills: list[tuple[str, str, float, float | None]] = field(default_factory=list)
    """(key, label, rate in the last good run, rate in the good run before it)."""
    chart: Markup = field(default_factory=Markup)

    @property
    def traffic(self) -> dict[str, Any]:
        return self.last.summary if self.last else {}

    @property
    def changes(self) -> dict[str, Any]:
        return self.last_good.counts if self.last_good else {}

    @property
    def last_listings(self) -> int | None:
        return run_listings(self.last) if self.last else None

    def key_fills(self) -> list[tuple[str, str, float, float | None]]:
        return [f for f in self.fills if f[0] in KEY_FILLS]


def _fills(good: list[RunRow]) -> list[tuple[str, str, float, float | None]]:
    if not good:
        return []
    now = good[0].summary.get("fill_rates") or {}
    before = good[1].summary.get("fill_rates") or {} if len(good) > 1 else {}
    order = [k for k in FILL_LABELS if k in now] + sorted(k for k in now if k not in FILL_LABELS)
    return [(k, FILL_LABELS.get(k, k), float(now[k]), before.get(k)) for k in order]


def source_health(
    state: ApiState, info: SourceInfo, now: datetime, *, large: bool = False
) -> SourceHealth:
    with state.read_store() as store:
        runs = store.list_runs(info.id, limit=HISTORY)
        live = store.count_records(info.id)
    good = [r for r in runs if r.status == "published"]
    health = SourceHealth(
        info=info,
        runs=runs,
        live=live,
        freshness=freshness(good[0] if good else None, info.interval_hours, now),
        job=state.jobs.get(info.id),
        last=runs[0] if runs else None,
        last_good=good[0] if good else None,
        fills=_fills(good),
    )
    label = f"Listings found per harvest run, {info.name}"
    if large:
        health.chart = chart_for(
            runs, chart_id=f"chart-{info.id}", label=label, width=640, height=200, axes=True
        )
    else:
        health.chart = chart_for(runs, chart_id=f"spark-{info.id}", label=label)
    return health


def _info(state: ApiState, source_id: str) -> SourceInfo:
    info = state.sources().get(source_id)
    if info is None:
        raise ConsoleError(404, f"There is no configured source {source_id}.")
    return info


@router.get("/")
@router.get("/sources")
def sources_page(
    request: Request,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    now = datetime.now(UTC)
    rows = [source_health(state, info, now) for info in state.sources().values()]
    with state.read_store() as store:
        quarantined = len(store.list_runs(status="quarantined", limit=500))
    return render(
        request,
        "sources.html",
        {
            "rows": rows,
            "harvest_available": state.jobs.available,
            "quarantined": quarantined,
            "now": now,
        },
        session=session,
        section="sources",
    )


@router.get("/sources/{source_id}")
def source_page(
    request: Request,
    source_id: SourceId,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    info = _info(state, source_id)
    health = source_health(state, info, datetime.now(UTC), large=True)
    return render(
        request,
        "source.html",
        {
            "h": health,
            "harvest_available": state.jobs.available,
            "run_listings": run_listings,
        },
        session=session,
        section="sources",
    )


@router.post("/sources/{source_id}/harvest")
async def harvest_now(
    request: Request,
    source_id: SourceId,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    """The same trigger ``POST /admin/harvest/{source}`` uses: a background job per source."""
    fields = await check_post(request, session)
    back = fields.get("back") if fields.get("back") == "source" else "list"
    to = f"{PREFIX}/sources/{source_id}" if back == "source" else f"{PREFIX}/"
    info = await run_in_threadpool(_info, state, source_id)
    if not state.jobs.available:
        return done(request, to, "Harvesting is not available in this process.", "error", state)
    job = state.jobs.start(source_id)
    if job is None:
        return done(request, to, f"A harvest of {info.name} is already running.", "error", state)
    return done(
        request,
        to,
        f"Harvest of {info.name} started by {session.name}; reload this page to follow it.",
        state=state,
    )
