"""A partial record beats a missing service on the platforms of issue 19 whose listing is made
from a second request — Connect to Support (search → ``get-event/{id}``), AfC (list → record),
Jadu (A–Z → record) and Connected Places (services → service-locations).

The live sample sites serve every listing; a fault confined to the second request's URLs
(``paths``, docs/sample-sources.md) makes those pages fail while the lists still answer.
Four runs into one store, all four sources at once:

| run | the second request | each listing is |
|---|---|---|
| 1 | 404 | partial: what the list showed (checked against the ground truth), counted |
| 2 | answers | complete again (every field against the ground truth) |
| 3 | 500 | the complete version, kept; no partial replaces it |
| 4 | unreadable (a soft 404: 200 with an HTML "not found" page) | the complete version, kept |
| 5 | 404 again, the lists still showing the listing | the complete version, kept |

and a first run whose second requests are unreadable makes partial records too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from index.model import SourceRecord
from index.sources import SourceConfig
from index.store import Store
from samples.control import reset, set_fault
from samples.truth import load_truth
from signpost.config import Settings
from signpost.harvest import RunOutcome, harvest
from tests.harvesters.conftest import demo_sources
from tests.harvesters.truthcheck import mismatches

SECOND_REQUEST = {
    "hillingdon-connect": r"get-event/",
    "kingston-afc": r"^childcare_providers/\d",
    "hounslow-directory": r"^directory[-_]record/",
    "kingston-connected": r"^core/v1/service-locations",
}
"""Each source → the URLs (after its site's prefix) of the request its listings come from."""
PLATFORM = {
    "hillingdon-connect": "connect_to_support",
    "kingston-afc": "afc",
    "hounslow-directory": "jadu",
    "kingston-connected": "connected_places",
}
SOURCES = list(SECOND_REQUEST)


@dataclass
class Run:
    outcome: RunOutcome
    summary: dict[str, Any]
    records: list[SourceRecord]


@dataclass
class Runs:
    by_source: dict[str, list[Run]] = field(default_factory=dict)


def _settings(tmp: Path) -> Settings:
    return Settings(db=tmp / "e2e.db", var_dir=tmp / "var", allowed_private_hosts=["127.0.0.1"])


def _sources(base: str) -> list[SourceConfig]:
    """The demo's sources, without retries (a 500 is final at once)."""
    demo = demo_sources(base)
    return [
        demo[sid].model_copy(update={"params": {**demo[sid].params, "retry_times": 0}})
        for sid in SOURCES
    ]


def _harvest(
    base: str, settings: Settings, sources: list[SourceConfig], mode: str | None
) -> dict[str, Run]:
    """One harvest of every source with its second requests in fault ``mode`` (None: none)."""
    for sid, paths in SECOND_REQUEST.items():
        set_fault(base, sid, mode, **({"paths": paths} if mode else {}))
    try:
        with Store(settings.db) as store:
            outcomes = harvest(settings, store, sources, polite=False)
            return {
                o.source_id: Run(
                    o,
                    store.get_run(o.run_id).summary if o.run_id else {},  # type: ignore[union-attr]
                    list(store.iter_records(o.source_id)),
                )
                for o in outcomes
            }
    finally:
        for sid in SECOND_REQUEST:
            set_fault(base, sid, None)


@pytest.fixture(scope="module")
def runs(sample_sites: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    reset(sample_sites)
    settings = _settings(tmp_path_factory.mktemp("partial-new"))
    sources = _sources(sample_sites)
    found = Runs()
    try:
        for mode in ("http404", None, "http500", "soft404", "http404"):
            for sid, run in _harvest(sample_sites, settings, sources, mode).items():
                found.by_source.setdefault(sid, []).append(run)
        yield found
    finally:
        reset(sample_sites)


def _keys(source_id: str, records: list[SourceRecord]) -> set[str]:
    truth = load_truth()
    found = set()
    for r in records:
        item = truth.listing(source_id, r.source_url) or truth.listing(source_id, r.listing_key)
        found.add(item.key if item else r.listing_key)
    return found


def _check_partial(source_id: str, run: Run, reason: str) -> None:
    n = len(load_truth().listings(source_id))
    assert run.outcome.status == "published", (source_id, run.outcome.reason)
    assert _keys(source_id, run.records) == set(load_truth().listings(source_id)), source_id
    assert all("partial" in r.raw for r in run.records), source_id
    assert run.summary["partial"] == n, (source_id, run.summary["partial"])
    assert reason in run.summary["partial_examples"][0]["reason"], run.summary["partial_examples"]
    site = run.records[0].source_url.split(f"/{source_id}/", 1)[0] + f"/{source_id}/"
    shown = f"{PLATFORM[source_id]}_partial"
    for r in run.records:
        assert r.raw["partial"]["listed_on"].startswith(site), r.raw["partial"]
        assert r.raw["partial"]["listed_on"] != r.source_url
        assert mismatches(source_id, shown, r) == [], (source_id, r.listing_key)


@pytest.mark.parametrize("source_id", SOURCES)
def test_a_record_page_that_404s_leaves_a_partial_record(runs: Runs, source_id: str) -> None:
    (first, *_) = runs.by_source[source_id]
    n = len(load_truth().listings(source_id))
    _check_partial(source_id, first, "page failed: HTTP 404")
    assert first.summary["skipped_by_reason"] == {"HTTP 404": n}
    described = [r for r in first.records if r.service.description]
    assert described, "the list's summary (or the service's description) is kept"
    if source_id in ("hillingdon-connect", "kingston-connected"):
        assert any(r.service.phones for r in first.records)  # the list item's contacts
    if source_id == "kingston-afc":
        assert any(r.service.locations and r.service.locations[0].latitude for r in first.records)


@pytest.mark.parametrize("source_id", SOURCES)
def test_a_complete_read_replaces_the_partial_records(runs: Runs, source_id: str) -> None:
    _, second, *_ = runs.by_source[source_id]
    assert second.outcome.status == "published", second.outcome.reason
    assert second.summary["skipped"] == 0, second.summary["skipped_examples"]
    assert second.summary["partial"] == 0, second.summary["partial_examples"]
    assert second.outcome.counts["changed"] == len(load_truth().listings(source_id))
    assert not any("partial" in r.raw for r in second.records)
    problems = [p for r in second.records for p in mismatches(source_id, PLATFORM[source_id], r)]
    assert problems == [], problems[:5]


@pytest.mark.parametrize(
    ("step", "category"), [(2, "HTTP 500"), (3, "unreadable "), (4, "HTTP 404")]
)
@pytest.mark.parametrize("source_id", SOURCES)
def test_a_partial_never_replaces_a_complete_version(
    runs: Runs, source_id: str, step: int, category: str
) -> None:
    complete, failing = runs.by_source[source_id][1], runs.by_source[source_id][step]
    n = len(load_truth().listings(source_id))
    assert failing.outcome.status == "published", failing.outcome.reason
    assert failing.summary["partial"] == 0 and failing.summary["kept_previous"] == n
    reasons = failing.summary["skipped_by_reason"]
    assert sum(reasons.values()) == n and all(c.startswith(category) for c in reasons), reasons
    assert failing.outcome.counts["changed"] == 0
    kept = sorted((r.id, r.content_hash) for r in failing.records)
    assert kept == sorted((r.id, r.content_hash) for r in complete.records)


def test_unreadable_record_pages_on_a_first_run_leave_partial_records(
    sample_sites: str, tmp_path: Path
) -> None:
    reset(sample_sites)
    try:
        found = _harvest(sample_sites, _settings(tmp_path), _sources(sample_sites), "soft404")
    finally:
        reset(sample_sites)
    for source_id in SOURCES:
        _check_partial(source_id, found[source_id], "page unreadable")
