"""Quarantine review: what a quarantined run would change if released, and release / discard.

A run is quarantined when it fails a gate (empty, shrunk, a field's fill rate collapsed, an
incomplete crawl). The curator's question is "is the source really like this now, or did the
harvest go wrong?", so the page compares the run with what is live for the source — which is
what its last good run left — : listings the run would add, change, and no longer see, with a
sample of each, the changed ones field by field, and the fill rates before and after.

Release and discard call the same store functions as the operator API
(``Store.release_run`` / ``Store.discard_run``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Path, Request, Response
from starlette.concurrency import run_in_threadpool

from index.model import SourceRecord
from index.review import FieldRow, record_fields
from index.store import RunRow, Store
from search_api.console.auth import PREFIX, Session, check_post, require_session
from search_api.console.base import ConsoleError, console_router, done
from search_api.console.render import render
from search_api.console.sources import FILL_LABELS
from search_api.deps import ApiState, get_state

router = console_router()

RunId = Annotated[int, Path(ge=1, le=2**62)]
SAMPLE = 10
"""Listings shown per kind of change (the counts are always complete)."""


@dataclass
class ChangedListing:
    live: SourceRecord
    incoming: SourceRecord
    fields: list[FieldRow]
    """Only the fields that differ."""


@dataclass
class QuarantineDiff:
    run: RunRow
    last_good: RunRow | None
    live_count: int
    incoming_count: int
    new: list[SourceRecord] = field(default_factory=list)
    removed: list[SourceRecord] = field(default_factory=list)
    changed: list[ChangedListing] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    fills: list[tuple[str, float | None, float | None]] = field(default_factory=list)
    """(label, live rate from the last good run, this run's rate)."""


def quarantine_diff(store: Store, run: RunRow, sample: int = SAMPLE) -> QuarantineDiff:
    incoming = {r.id: r for r in store.quarantined_records(run.id)}
    live = {r.id: r for r in store.iter_records(run.source_id)}
    new_ids = sorted(set(incoming) - set(live))
    removed_ids = sorted(set(live) - set(incoming))
    both = sorted(set(live) & set(incoming))
    changed_ids = [i for i in both if live[i].content_hash != incoming[i].content_hash]
    last_good = store.last_good_run(run.source_id)
    diff = QuarantineDiff(
        run=run,
        last_good=last_good,
        live_count=len(live),
        incoming_count=len(incoming),
        counts={
            "new": len(new_ids),
            "changed": len(changed_ids),
            "removed": len(removed_ids),
            "unchanged": len(both) - len(changed_ids),
        },
    )

    def by_name(ids: list[str], pool: dict[str, SourceRecord]) -> list[SourceRecord]:
        return sorted((pool[i] for i in ids), key=lambda r: (r.service.name.casefold(), r.id))[
            :sample
        ]

    diff.new = by_name(new_ids, incoming)
    diff.removed = by_name(removed_ids, live)
    for rec in by_name(changed_ids, live):
        a, b = record_fields(rec), record_fields(incoming[rec.id])
        rows = [
            FieldRow(label, a[label], b[label])
            for label in a
            if a[label] != b[label] and label not in ("Source page",)
        ]
        diff.changed.append(ChangedListing(rec, incoming[rec.id], rows))
    now = run.summary.get("fill_rates") or {}
    before = (last_good.summary.get("fill_rates") or {}) if last_good else {}
    keys = [k for k in FILL_LABELS if k in now or k in before]
    diff.fills = [(FILL_LABELS[k], before.get(k), now.get(k)) for k in keys]
    return diff


def _quarantined(store: Store, run_id: int) -> RunRow:
    run = store.get_run(run_id)
    if run is None:
        raise ConsoleError(404, f"There is no harvest run {run_id}.")
    if run.status != "quarantined":
        raise ConsoleError(409, f"Run {run_id} is not quarantined (it is {run.status}).")
    return run


@router.get("/quarantine")
def quarantine_list(
    request: Request,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    with state.read_store() as store:
        runs = store.list_runs(status="quarantined", limit=500)
        live = {r.source_id: store.count_records(r.source_id) for r in runs}
    names = {sid: state.source_name(sid) for sid in live}
    return render(
        request,
        "quarantine_list.html",
        {"runs": runs, "live": live, "names": names},
        session=session,
        section="quarantine",
    )


@router.get("/quarantine/{run_id}")
def quarantine_run(
    request: Request,
    run_id: RunId,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    with state.read_store() as store:
        diff = quarantine_diff(store, _quarantined(store, run_id))
    return render(
        request,
        "quarantine_run.html",
        {"d": diff, "source_name": state.source_name(diff.run.source_id)},
        session=session,
        section="quarantine",
    )


def _release(state: ApiState, run_id: int) -> str:
    with state.read_store() as store:
        run = _quarantined(store, run_id)
        counts = store.release_run(run_id)
    c = counts.as_dict()
    return (
        f"Run {run_id} of {state.source_name(run.source_id)} released and published:"
        f" {c['new']} new, {c['changed']} changed, {c['gone']} missing, {c['tombstoned']}"
        f" tombstoned; {state.refresh_after_change()}."
    )


def _discard(state: ApiState, run_id: int) -> str:
    with state.read_store() as store:
        run = _quarantined(store, run_id)
        store.discard_run(run_id)
    return f"Run {run_id} of {state.source_name(run.source_id)} discarded; live data unchanged."


@router.post("/quarantine/{run_id}/release")
async def release(
    request: Request,
    run_id: RunId,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    await check_post(request, session)
    message = await run_in_threadpool(_release, state, run_id)
    return done(request, f"{PREFIX}/quarantine", message, state=state)


@router.post("/quarantine/{run_id}/discard")
async def discard(
    request: Request,
    run_id: RunId,
    session: Session = Depends(require_session),
    state: ApiState = Depends(get_state),
) -> Response:
    await check_post(request, session)
    message = await run_in_threadpool(_discard, state, run_id)
    return done(request, f"{PREFIX}/quarantine", message, state=state)
