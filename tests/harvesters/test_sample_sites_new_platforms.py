"""End to end against the live sample sites for the platforms of issue 19: every source of
Connect to Support, Achieving for Children, Jadu, Connected Places, Outpost and LocalGov Drupal
(both themes of each) harvested as ``sources/demo.toml`` configures it and checked against
the ground truth; then harvested again unchanged (nothing but 304s), and after a data update
(what changed is seen as changed — including a Connected Places service edited while its
locations were not, the case the unconditional location request is for)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from index.sources import SourceConfig
from index.store import Store
from samples.control import reset, update
from samples.truth import load_truth
from signpost.config import Settings
from signpost.harvest import RunOutcome, harvest
from tests.harvesters.conftest import demo_sources
from tests.harvesters.truthcheck import mismatches

CHECKED_AS = {
    "hillingdon-connect": "connect_to_support",
    "shop4support": "connect_to_support_list",
    "kingston-afc": "afc",
    "hounslow-directory": "jadu",
    "enfield-directory": "jadu",
    "kingston-connected": "connected_places",
    "hounslow-connect": "connected_places",
    "greenwich-outpost": "outpost",
    "rbkc-outpost": "outpost",
    "greenwich-community": "localgov_directory",
    "harrow-localgov": "localgov_directory",
    "ealing-localgov": "localgov_directory",
}


@dataclass
class Harvested:
    settings: Settings
    sources: dict[str, SourceConfig]
    first: dict[str, RunOutcome]
    second: dict[str, RunOutcome]


def _settings(tmp: Path) -> Settings:
    return Settings(db=tmp / "e2e.db", var_dir=tmp / "var", allowed_private_hosts=["127.0.0.1"])


@pytest.fixture(scope="module")
def harvested(sample_sites: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harvested]:
    reset(sample_sites)
    demo = demo_sources(sample_sites)
    chosen = [demo[sid] for sid in CHECKED_AS]
    settings = _settings(tmp_path_factory.mktemp("e2e-new"))
    with Store(settings.db) as store:
        first = {o.source_id: o for o in harvest(settings, store, chosen, polite=False)}
        second = {o.source_id: o for o in harvest(settings, store, chosen, polite=False)}
    yield Harvested(settings, {s.id: s for s in chosen}, first, second)


def test_every_new_source_matches_the_ground_truth(harvested: Harvested) -> None:
    truth = load_truth()
    with Store(harvested.settings.db) as store:
        for source_id, platform in CHECKED_AS.items():
            outcome = harvested.first[source_id]
            assert outcome.status == "published", (source_id, outcome.reason)
            records = list(store.iter_records(source_id))
            found = set()
            for r in records:
                item = truth.listing(source_id, r.source_url) or truth.listing(
                    source_id, r.listing_key
                )
                found.add(item.key if item else r.listing_key)
            assert found == set(truth.listings(source_id)), source_id
            problems = [p for r in records for p in mismatches(source_id, platform, r)]
            assert problems == [], (source_id, problems[:5])
            summary = store.get_run(outcome.run_id).summary  # type: ignore[arg-type,union-attr]
            assert summary["skipped"] == 0, (source_id, summary["skipped_examples"])


def test_unchanged_rerun_is_all_304s(harvested: Harvested) -> None:
    with Store(harvested.settings.db) as store:
        for source_id in CHECKED_AS:
            again = harvested.second[source_id]
            assert again.status == "published", (source_id, again.reason)
            assert again.counts["new"] == again.counts["changed"] == again.counts["gone"] == 0
            summary = store.get_run(again.run_id).summary  # type: ignore[arg-type,union-attr]
            assert summary["not_modified"] == summary["pages"] - 1, source_id  # but robots.txt


@pytest.mark.parametrize("source_id", ["kingston-connected", "hillingdon-connect", "kingston-afc"])
def test_data_update_is_seen_as_new_changed_and_gone(
    sample_sites: str, tmp_path: Path, source_id: str
) -> None:
    settings = _settings(tmp_path)
    source = demo_sources(sample_sites)[source_id]
    reset(sample_sites)
    try:
        with Store(settings.db) as store:
            assert harvest(settings, store, [source], polite=False)[0].status == "published"
            changes = update(sample_sites, source.id)
            assert changes["edited"], "the update edits some listings"
            (outcome,) = harvest(settings, store, [source], polite=False)
            assert outcome.status == "published", outcome.reason
            assert outcome.counts["new"] == len(changes["added"])
            assert outcome.counts["changed"] == len(changes["edited"])
            assert outcome.counts["gone"] == len(changes["removed"])
    finally:
        reset(sample_sites)
