"""Harvest wiring: run the crawl, then decide per source what the store does with it.

``harvest(settings, store, sources)`` is what the pipeline, the scheduler and
``signpost harvest`` call. For each source it

1. starts a run in the store and loads what the last good run left: the validators of the
   pages whose ``304`` can be answered, and the links each page led to;
2. crawls every selected source in one child process (:func:`harvesters.runner.run_crawl`);
3. completes the run: pages that answered ``304`` (and listings whose page failed for a
   reason that says nothing about the listing) bring back their previously stored records,
   so an unchanged re-run still publishes a complete run;
4. applies the gates and calls exactly one of ``publish_run`` / ``quarantine_run`` /
   ``fail_run`` / ``block_run``; after a publish, saves the new validators and page links.

The spiders never see the store; this module never parses a page.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from harvesters.gates import check_gates, fill_rates
from harvesters.job import (
    CrawlOptions,
    LinkSpec,
    SourceResult,
    SourceState,
    pages_from_json,
    pages_to_json,
)
from harvesters.partial import is_partial
from harvesters.politeness import user_agent
from harvesters.registry import spider_for
from harvesters.runner import run_crawl
from index.model import SourceRecord, utcnow
from index.sources import SourceConfig
from index.store import Store
from signpost.config import Settings

logger = logging.getLogger(__name__)

SKIP_EXAMPLES = 20


@dataclass
class RunOutcome:
    source_id: str
    run_id: int | None
    status: str
    """``published``, ``quarantined``, ``failed`` or ``blocked``."""
    counts: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None


class UnknownSources(ValueError):
    """``only`` named sources that are not configured."""


def crawl_options(settings: Settings, *, polite: bool = True) -> CrawlOptions:
    return CrawlOptions(
        user_agent=user_agent(settings.contact_url),
        allowed_private_hosts=list(settings.allowed_private_hosts),
        polite=polite,
    )


def select_sources(sources: list[SourceConfig], only: list[str] | None) -> list[SourceConfig]:
    """The enabled sources, or exactly those named in ``only`` (enabled or not: naming a
    source is an explicit request to harvest it)."""
    if not only:
        return [s for s in sources if s.enabled]
    known = {s.id: s for s in sources}
    missing = [sid for sid in only if sid not in known]
    if missing:
        raise UnknownSources(f"unknown source(s): {', '.join(missing)}")
    return [known[sid] for sid in dict.fromkeys(only)]


def due_sources(
    store: Store, sources: list[SourceConfig], now: datetime | None = None
) -> list[SourceConfig]:
    """Enabled sources whose last run started at least ``interval_hours`` ago (or never)."""
    now = now or utcnow()
    due: list[SourceConfig] = []
    for src in sources:
        if not src.enabled:
            continue
        last = store.last_run(src.id)
        if (
            last is None
            or datetime.fromisoformat(last.started_at) + timedelta(hours=src.interval_hours) <= now
        ):
            due.append(src)
    return due


# -- what the last good run left ---------------------------------------------------------------


def pages_dir(settings: Settings) -> Path:
    """Where page links are remembered: beside the database, because they are only
    meaningful together with the validators stored in it."""
    return settings.db.parent / f"{settings.db.stem}-harvest"


def _pages_file(settings: Settings, source_id: str) -> Path:
    return pages_dir(settings) / f"{source_id}.pages.json"


def _read_pages(settings: Settings, source: SourceConfig) -> dict[str, list[LinkSpec]] | None:
    """The links each page led to in the last published run, or None when they are not known
    for this exact configuration and parser (then nothing may be answered by a 304)."""
    path = _pages_file(settings, source.id)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = spider_for(source.kind).parser_version
    if data.get("kind") != source.kind or data.get("parser_version") != version:
        return None
    if data.get("base_url") != source.base_url or data.get("params") != source.params:
        return None
    try:
        return pages_from_json(data.get("pages", {}))
    except TypeError:
        return None


def _write_pages(
    settings: Settings, source: SourceConfig, pages: dict[str, list[LinkSpec]]
) -> None:
    path = _pages_file(settings, source.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "kind": source.kind,
        "parser_version": spider_for(source.kind).parser_version,
        "base_url": source.base_url,
        "params": source.params,
        "pages": pages_to_json(pages),
    }
    tmp = path.with_suffix(".part")
    tmp.write_text(json.dumps(payload), encoding="utf-8")
    tmp.replace(path)


def _previous(store: Store, source_id: str) -> dict[str, list[SourceRecord]]:
    by_url: dict[str, list[SourceRecord]] = defaultdict(list)
    for rec in store.iter_records(source_id):
        by_url[rec.source_url].append(rec)
    return by_url


def load_state(
    settings: Settings,
    store: Store,
    source: SourceConfig,
    previous: dict[str, list[SourceRecord]],
) -> SourceState:
    """Validators only for pages whose 304 can be answered: pages that gave live records,
    and pages whose links are remembered. Any other page is fetched in full — and every page
    is, when the links of the last run are unknown (a 304 on a list page would otherwise
    hide the pages it leads to)."""
    pages = _read_pages(settings, source)
    if pages is None:
        return SourceState()
    validators: dict[str, tuple[str | None, str | None]] = {}
    for url in set(previous) | set(pages):
        etag, last_modified = store.get_validators(url)
        if etag or last_modified:
            validators[url] = (etag, last_modified)
    return SourceState(validators=validators, pages=pages)


# -- concluding a run ----------------------------------------------------------------------------


def _assemble(
    result: SourceResult, previous: dict[str, list[SourceRecord]]
) -> tuple[list[SourceRecord], int, int]:
    """(records, reused, kept): the fresh records, plus the previous records of pages that
    answered 304 (reused, re-dated: they were confirmed now) and of listings whose page
    failed without saying the listing is gone (kept). A fresh record wins over an old one."""
    now = utcnow()
    records: dict[str, SourceRecord] = {}
    origin: dict[str, str] = {}
    for url in dict.fromkeys(result.unchanged_urls):
        for rec in previous.get(url, []):
            records.setdefault(rec.id, rec.model_copy(update={"fetched_at": now}))
            origin.setdefault(rec.id, "reused")
    for skip in result.skipped:
        if skip.keep_previous:
            for rec in previous.get(skip.url, []):
                records.setdefault(rec.id, rec)
                origin.setdefault(rec.id, "kept")
    earlier = {rec.id: rec for recs in previous.values() for rec in recs}
    for rec in result.records:
        if is_partial(rec.raw):
            # The list page still shows the listing, so its page failing (even with a 404: a
            # broken link on the council's site) never costs the complete version we have.
            old = records.get(rec.id) if origin.get(rec.id) == "kept" else earlier.get(rec.id)
            if old is not None and not is_partial(old.raw):
                records[rec.id] = old
                origin[rec.id] = "kept"
                continue
        records[rec.id] = rec
        origin[rec.id] = "fresh"
    tally = Counter(origin.values())
    return list(records.values()), tally["reused"], tally["kept"]


def _summary(
    result: SourceResult, records: list[SourceRecord], reused: int, kept: int
) -> dict[str, Any]:
    categories = Counter(s.category for s in result.skipped)
    partial = [r for r in records if is_partial(r.raw)]
    return {
        **result.stats,
        "records": len(records),
        "parsed": len(result.records),
        "reused_unchanged": reused,
        "kept_previous": kept,
        "skipped": sum(categories.values()),
        "skipped_by_reason": dict(categories.most_common()),
        "skipped_examples": [
            {"url": s.url, "reason": s.reason} for s in result.skipped[:SKIP_EXAMPLES]
        ],
        "fill_rates": fill_rates(r.service for r in records),
        "partial": len(partial),
        "partial_examples": [
            {"url": r.source_url, "reason": r.raw["partial"].get("reason")}
            for r in partial[:SKIP_EXAMPLES]
        ],
        "missing_optional": dict(sorted(result.missing.items(), key=lambda kv: -kv[1])),
        "missing_examples": result.missing_examples,
        "placeholders_dropped": result.placeholders,
    }


def _last_good(
    store: Store, source_id: str, previous: dict[str, list[SourceRecord]]
) -> tuple[int, dict[str, float]]:
    """Listing count and fill rates of the last good run (from its summary), or of the live
    records when no run recorded them (the first run, or data that predates summaries)."""
    good = store.last_good_run(source_id)
    summary = good.summary if good else {}
    count = summary.get("records")
    fill = summary.get("fill_rates")
    if isinstance(count, int) and isinstance(fill, dict):
        return count, {k: float(v) for k, v in fill.items()}
    live = [r for recs in previous.values() for r in recs]
    return len({r.id for r in live}), fill_rates(r.service for r in live)


def conclude(
    settings: Settings,
    store: Store,
    source: SourceConfig,
    run_id: int,
    result: SourceResult,
    previous: dict[str, list[SourceRecord]],
) -> RunOutcome:
    """Act on one source's crawl result (see the module docstring, step 3–4)."""
    records, reused, kept = _assemble(result, previous)
    summary = _summary(result, records, reused, kept)
    if result.status == "blocked":
        reason = result.reason or "blocked by robots.txt"
        store.block_run(run_id, reason, summary)
        return RunOutcome(source.id, run_id, "blocked", {}, reason)
    if result.status == "failed" and not result.records:
        reason = result.reason or "the crawl failed"
        store.fail_run(run_id, reason, summary)
        return RunOutcome(source.id, run_id, "failed", {}, reason)
    before_count, before_fill = _last_good(store, source.id, previous)
    verdict = check_gates(
        records=len(records),
        fill=summary["fill_rates"],
        previous_records=before_count,
        previous_fill=before_fill,
        max_shrink_ratio=settings.max_shrink_ratio,
        incomplete=result.incomplete or (result.reason if result.status == "failed" else None),
    )
    if not verdict.publish:
        reason = verdict.reason or "did not pass the gates"
        summary["gate"] = reason
        store.quarantine_run(run_id, records, reason, summary)
        return RunOutcome(source.id, run_id, "quarantined", {"records": len(records)}, reason)
    summary["gate"] = "passed"
    counts = store.publish_run(run_id, records, summary)
    try:
        _write_pages(settings, source, result.pages)
        store.set_validators((url, e, lm) for url, (e, lm) in result.validators.items())
    except OSError as exc:  # the run is published; only the next run's savings are lost
        logger.warning("could not remember pages of %s: %s", source.id, exc)
    return RunOutcome(source.id, run_id, "published", counts.as_dict(), None)


def harvest(
    settings: Settings,
    store: Store,
    sources: list[SourceConfig],
    only: list[str] | None = None,
    *,
    polite: bool = True,
) -> list[RunOutcome]:
    """Harvest the enabled sources (or those named in ``only``) in one crawl; one outcome
    per source. ``polite=False`` is for benchmarks against local sample sites only."""
    selected = select_sources(sources, only)
    if not selected:
        return []
    store.sync_sources(selected)
    runs: dict[str, int] = {}
    previous: dict[str, dict[str, list[SourceRecord]]] = {}
    states: dict[str, SourceState] = {}
    for src in selected:
        runs[src.id] = store.start_run(src.id)
        previous[src.id] = _previous(store, src.id)
        states[src.id] = load_state(settings, store, src, previous[src.id])
    try:
        results = run_crawl(selected, crawl_options(settings, polite=polite), states)
    except Exception as exc:
        for src in selected:
            store.fail_run(runs[src.id], f"the crawl could not run: {exc}")
        raise
    outcomes: list[RunOutcome] = []
    for src in selected:
        result = results.get(src.id) or SourceResult(src.id, "failed", "no result")
        outcome = conclude(settings, store, src, runs[src.id], result, previous[src.id])
        logger.info(
            "%s: %s%s", src.id, outcome.status, f" ({outcome.reason})" if outcome.reason else ""
        )
        outcomes.append(outcome)
    return outcomes
