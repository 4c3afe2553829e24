"""End to end against the live sample sites: every platform harvested and checked against the
ground truth, the unchanged re-run, data updates, and the fault matrix — where every fault
ends with its documented outcome and the previously published data unchanged.

| fault | source | outcome |
|---|---|---|
| ``http500`` | enfield-outpost | failed: start page HTTP 500 |
| ``slow`` (4 s, page timeout 2 s) | enfield-outpost | failed: timeout |
| ``ratelimit`` (burst 2, Retry-After 1) | enfield-outpost | **published**, complete, after waiting |
| ``truncated`` | enfield-outpost | failed: the feed is not valid JSON |
| ``layout_changed`` | enfield-outpost, ealing-open-data, hillingdon-marketplace | quarantined or failed: nothing readable |
| ``empty`` | enfield-outpost | quarantined: empty run |
| ``soft404`` | enfield-outpost, hillingdon-marketplace | failed: not JSON / not a results page |
| ``gzip_bomb`` | enfield-outpost | failed: too large after decompression |
| ``redirect_private`` | enfield-outpost | failed: refused, no request to 169.254.169.254 |
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from index.sources import SourceConfig
from index.store import Store
from samples.control import reset, set_fault, set_theme, update
from samples.sites import theme_of
from samples.truth import load_truth
from signpost.config import Settings
from signpost.harvest import RunOutcome, harvest
from tests.harvesters.conftest import demo_sources
from tests.harvesters.truthcheck import mismatches

PLATFORM = {
    "hillingdon-marketplace": "marketplace",
    "harrow-marketplace": "marketplace",  # the summary theme
    "hounslow-fsd": "kb5",
    "wandsworth-fis": "kb5",  # presence: h4 names, count only in the heading, fax spans
    "rbkc-directory": "kb5",  # bootstrap: article cards, no record count anywhere
    "careplace": "careplace",
    "bexley-fid": "fid",
    "kingston-openplace": "oruk",
    "enfield-outpost": "oruk",
    "greenwich-directory": "sitemap",
    "ealing-open-data": "csv",
}
CAREPLACE_BOROUGH = "Harrow"


@dataclass
class Harvested:
    settings: Settings
    sources: dict[str, SourceConfig]
    first: dict[str, RunOutcome]
    second: dict[str, RunOutcome]
    store_path: Path


def _settings(tmp: Path) -> Settings:
    return Settings(db=tmp / "e2e.db", var_dir=tmp / "var", allowed_private_hosts=["127.0.0.1"])


@pytest.fixture(scope="module")
def harvested(sample_sites: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harvested]:
    """One source of each platform (and of each kb5 and Marketplace theme; plus the
    robots-blocked one) harvested twice, unchanged. CarePlace is limited to one borough with
    its ``borough`` parameter to keep this quick."""
    reset(sample_sites)
    demo = demo_sources(sample_sites)
    careplace = demo["careplace"]
    demo["careplace"] = careplace.model_copy(
        update={"params": {**careplace.params, "borough": CAREPLACE_BOROUGH}}
    )
    chosen = [demo[sid] for sid in [*PLATFORM, "bexley-localoffer"]]
    settings = _settings(tmp_path_factory.mktemp("e2e"))
    with Store(settings.db) as store:
        first = {o.source_id: o for o in harvest(settings, store, chosen, polite=False)}
        second = {o.source_id: o for o in harvest(settings, store, chosen, polite=False)}
    yield Harvested(settings, {s.id: s for s in chosen}, first, second, settings.db)


def test_every_platform_harvested_matches_the_ground_truth(harvested: Harvested) -> None:
    truth = load_truth()
    assert harvested.first["bexley-localoffer"].status == "blocked"
    with Store(harvested.store_path) as store:
        for source_id, platform in PLATFORM.items():
            outcome = harvested.first[source_id]
            assert outcome.status == "published", (source_id, outcome.reason)
            records = list(store.iter_records(source_id))
            found = set()
            for r in records:
                item = truth.listing(source_id, r.source_url) or truth.listing(
                    source_id, r.listing_key
                )
                found.add(item.key if item else r.listing_key)
            expected = set(truth.listings(source_id))
            if source_id == "careplace":
                expected = {
                    k
                    for k in expected
                    if (item := truth.listing(source_id, k)) and item.borough == CAREPLACE_BOROUGH
                }
            assert found == expected, source_id
            problems = [p for r in records for p in mismatches(source_id, platform, r)]
            assert problems == [], (source_id, problems[:5])
            summary = store.get_run(outcome.run_id).summary  # type: ignore[arg-type,union-attr]
            assert summary["skipped"] == 0, (source_id, summary["skipped_examples"])


def _check_against_truth(store: Store, source_id: str, platform: str, theme: str) -> None:
    truth = load_truth()
    records = list(store.iter_records(source_id))
    found = set()
    for r in records:
        item = truth.listing(source_id, r.source_url) or truth.listing(source_id, r.listing_key)
        found.add(item.key if item else r.listing_key)
    expected = set(truth.listings(source_id))
    if source_id == "careplace":
        expected = {
            k
            for k in expected
            if (item := truth.listing(source_id, k)) and item.borough == CAREPLACE_BOROUGH
        }
    assert found == expected, (source_id, theme)
    problems = [p for r in records for p in mismatches(source_id, platform, r, theme)]
    assert problems == [], (source_id, theme, problems[:5])


OTHER_THEMES = [
    ("hillingdon-marketplace", "summary", "marketplace"),
    ("hounslow-fsd", "presence", "kb5"),
    ("hounslow-fsd", "bootstrap", "kb5"),
    ("careplace", "cards", "careplace"),
    ("bexley-fid", "plain", "fid"),
    ("kingston-openplace", "thin", "oruk"),
    ("enfield-outpost", "zero", "oruk"),
    ("greenwich-directory", "microdata", "sitemap"),
    ("ealing-open-data", "semicolon", "csv"),
    ("kingston-afc", "labelled", "afc"),
]
"""Every theme the harvest above does not already cover (each platform has two or more)."""


@pytest.mark.parametrize(
    ("source_id", "theme", "platform"), OTHER_THEMES, ids=[f"{s}-{t}" for s, t, _ in OTHER_THEMES]
)
def test_every_theme_of_every_platform_is_harvested_exactly(
    sample_sites: str, tmp_path: Path, source_id: str, theme: str, platform: str
) -> None:
    assert theme != theme_of(source_id)
    demo = demo_sources(sample_sites)
    source = demo[source_id]
    if source_id == "careplace":
        source = source.model_copy(
            update={"params": {**source.params, "borough": CAREPLACE_BOROUGH}}
        )
    settings = _settings(tmp_path)
    set_theme(sample_sites, source_id, theme)
    try:
        with Store(settings.db) as store:
            (outcome,) = harvest(settings, store, [source], polite=False)
            assert outcome.status == "published", (theme, outcome.reason)
            _check_against_truth(store, source_id, platform, theme)
            summary = store.get_run(outcome.run_id).summary  # type: ignore[arg-type,union-attr]
            assert summary["skipped"] == 0, (theme, summary["skipped_examples"])
            assert summary["partial"] == 0
    finally:
        set_theme(sample_sites, source_id, None)


def test_a_placecube_service_known_only_by_its_area_is_found_near_there(
    harvested: Harvested, tmp_path: Path, gazetteer_path: Path
) -> None:
    """Kingston's ORUK feed (Placecube-shaped) publishes some services with a service area
    and no location; deduplicated and indexed, one is found by a search near a postcode of
    its area, within a kilometre, and shows its area instead of a distance."""
    from index.backends.embedded import EmbeddedBackend
    from index.geo import Gazetteer
    from index.search.types import SearchQuery
    from samples.sites.oruk3 import area_only
    from signpost.dedup_step import run_dedup

    db = tmp_path / "copy.db"
    with Store(harvested.store_path) as live, Store(db) as copy:
        copy.sync_sources(list(harvested.sources.values()))
        run = copy.start_run("kingston-openplace")
        copy.publish_run(run, list(live.iter_records("kingston-openplace")), {})
    truth = load_truth()
    listing = next(
        item
        for key in sorted(truth.listings("kingston-openplace"))
        if (item := truth.listing("kingston-openplace", key))
        and area_only(item)
        and item.status == "active"
        and item.borough == "Kingston upon Thames"
    )
    gazetteer = Gazetteer(gazetteer_path)
    postcode = gazetteer.postcodes_in_borough("Kingston upon Thames")[0]
    with Store(db) as store:
        run_dedup(store, gazetteer_path)
        backend = EmbeddedBackend(tmp_path / "index.sqlite", gazetteer=gazetteer)
        backend.rebuild(store.iter_merged())
    page = backend.search(
        SearchQuery(text=listing.name, postcode=postcode, radius_km=1, per_page=50)
    )
    hit = next(h for h in page.results if h.name == listing.name and not h.latitude)
    assert hit.distance_km is None
    assert "Kingston upon Thames" in hit.service_areas


def test_unchanged_rerun_of_the_sample_sites_is_cheap_and_complete(harvested: Harvested) -> None:
    first_bytes = second_bytes = first_wire = second_wire = 0
    with Store(harvested.store_path) as store:
        for source_id in PLATFORM:
            again = harvested.second[source_id]
            assert again.status == "published", (source_id, again.reason)
            assert again.counts["new"] == again.counts["changed"] == again.counts["gone"] == 0
            one = store.get_run(harvested.first[source_id].run_id).summary  # type: ignore[arg-type,union-attr]
            two = store.get_run(again.run_id).summary  # type: ignore[arg-type,union-attr]
            assert two["not_modified"] == two["pages"] - 1, source_id  # all but robots.txt
            first_bytes += one["bytes"]
            second_bytes += two["bytes"]
            first_wire += one["wire_bytes"]
            second_wire += two["wire_bytes"]
    assert second_bytes < 0.05 * first_bytes, (second_bytes, first_bytes)
    assert second_wire < 0.12 * first_wire, (second_wire, first_wire)


def test_data_update_is_seen_as_new_changed_and_gone(sample_sites: str, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    source = demo_sources(sample_sites)["hounslow-fsd"]
    reset(sample_sites)
    try:
        with Store(settings.db) as store:
            assert harvest(settings, store, [source], polite=False)[0].status == "published"
            before = store.count_records(source.id)
            changes = update(sample_sites, source.id)
            (outcome,) = harvest(settings, store, [source], polite=False)
            assert outcome.status == "published", outcome.reason
            assert outcome.counts["new"] == len(changes["added"])
            assert outcome.counts["changed"] == len(changes["edited"])
            assert outcome.counts["gone"] == len(changes["removed"])
            summary = store.get_run(outcome.run_id).summary  # type: ignore[arg-type,union-attr]
            # Every listing that did not change was a 304: only changes were read again.
            unchanged = before - len(changes["edited"]) - len(changes["removed"])
            assert summary["not_modified"] >= unchanged
    finally:
        reset(sample_sites)


# -- the fault matrix ----------------------------------------------------------------------------


@dataclass
class Baseline:
    settings: Settings
    sources: dict[str, SourceConfig]
    snapshot: dict[str, list[tuple[str, str]]]


def _live(store: Store, source_id: str) -> list[tuple[str, str]]:
    return sorted((r.id, r.content_hash) for r in store.iter_records(source_id))


FAULT_SOURCES = ("enfield-outpost", "ealing-open-data", "hillingdon-marketplace")


@pytest.fixture(scope="module")
def baseline(sample_sites: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Baseline]:
    reset(sample_sites)
    demo = demo_sources(sample_sites)
    sources = {
        sid: demo[sid].model_copy(update={"params": {**demo[sid].params, "retry_times": 0}})
        for sid in FAULT_SOURCES
    }
    settings = _settings(tmp_path_factory.mktemp("faults"))
    with Store(settings.db) as store:
        outcomes = harvest(settings, store, list(sources.values()), polite=False)
        assert all(o.status == "published" for o in outcomes), outcomes
        snapshot = {sid: _live(store, sid) for sid in sources}
    yield Baseline(settings, sources, snapshot)
    reset(sample_sites)


FAULTS = [
    ("enfield-outpost", "http500", {}, "failed", "HTTP 500"),
    ("enfield-outpost", "slow", {"delay": 4}, "failed", "took longer than 2.0 seconds"),
    ("enfield-outpost", "truncated", {}, "failed", "not valid JSON"),
    ("enfield-outpost", "layout_changed", {}, "quarantined", "empty run"),
    ("enfield-outpost", "empty", {}, "quarantined", "empty run"),
    ("enfield-outpost", "soft404", {}, "failed", "not JSON"),
    ("enfield-outpost", "gzip_bomb", {"size_mb": 64}, "failed", "exceeded DOWNLOAD_MAXSIZE"),
    (
        "enfield-outpost",
        "redirect_private",
        {},
        "failed",
        "169.254.169.254 is not a public address",
    ),
    ("ealing-open-data", "layout_changed", {}, "failed", "name column: not found"),
    ("hillingdon-marketplace", "layout_changed", {}, "failed", "result cards: none found"),
    ("hillingdon-marketplace", "soft404", {}, "failed", "result count: not found"),
]


@pytest.mark.parametrize(
    ("source_id", "mode", "options", "status", "reason"),
    FAULTS,
    ids=[f"{f[0]}-{f[1]}" for f in FAULTS],
)
def test_fault_ends_with_its_outcome_and_live_data_unchanged(
    baseline: Baseline,
    sample_sites: str,
    source_id: str,
    mode: str,
    options: dict[str, object],
    status: str,
    reason: str,
) -> None:
    set_fault(sample_sites, source_id, mode, **options)
    try:
        with Store(baseline.settings.db) as store:
            source = baseline.sources[source_id]
            if mode == "slow":  # a page timeout shorter than the server's delay
                params = {**source.params, "page_timeout_seconds": 2}
                source = source.model_copy(update={"params": params})
            (outcome,) = harvest(baseline.settings, store, [source], polite=False)
            assert outcome.status == status, outcome
            assert reason in (outcome.reason or ""), outcome.reason
            assert _live(store, source_id) == baseline.snapshot[source_id]
            summary = store.get_run(outcome.run_id).summary  # type: ignore[arg-type,union-attr]
            assert all(h.startswith("127.0.0.1:") for h in summary["hosts_contacted"])
    finally:
        set_fault(sample_sites, source_id, None)


def test_rate_limited_feed_is_waited_for_and_published_complete(
    baseline: Baseline, sample_sites: str
) -> None:
    base = baseline.sources["enfield-outpost"]
    source = base.model_copy(update={"params": {**base.params, "retry_times": 3}})
    set_fault(sample_sites, source.id, "ratelimit", burst=2, retry_after=1)
    try:
        with Store(baseline.settings.db) as store:
            (outcome,) = harvest(baseline.settings, store, [source], polite=False)
            assert outcome.status == "published", outcome.reason
            assert _live(store, source.id) == baseline.snapshot[source.id]
            summary = store.get_run(outcome.run_id).summary  # type: ignore[arg-type,union-attr]
            assert summary["retry_after_waits"] >= 1
    finally:
        set_fault(sample_sites, source.id, None)
