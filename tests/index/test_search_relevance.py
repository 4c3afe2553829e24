"""Relevance on the sample data, through the real harvester, dedup and index.

Three West London sources (Harrow and Hillingdon Marketplaces, Ealing's open-data CSV) are
harvested from the bundled sample sites, deduplicated and indexed; the ground truth
(``samples/truth.py``) says which real services each result is and what it offers.
For each persona's need near a postcode, the top five results must be services that meet
the need (four of five at least, the first always), and they must be local: one of them among
the five nearest services that meet it, and three among the ten nearest. Both engines are held
to it: the embedded index and Elasticsearch on the real cluster (``bench/relevance_overlap.py``
compares their top fives).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from index.backends.elastic import ElasticOptions, ElasticsearchBackend
from index.backends.embedded import EmbeddedBackend
from index.backends.protocol import SearchBackend
from index.geo import Gazetteer, distance_km
from index.model import MergedService
from index.search.types import SearchQuery
from index.sources import load_sources
from index.store import Store
from samples.truth import GroundTruth, load_truth
from signpost.config import Settings
from signpost.dedup_step import run_dedup
from signpost.harvest import harvest as harvest_sources
from tests.samples.conftest import sample_sites  # noqa: F401  (the sample sites fixture)

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("harrow-marketplace", "hillingdon-marketplace", "ealing-open-data")


@dataclass
class Harvest:
    """The sample world harvested and deduplicated once for the module."""

    merged: list[MergedService]
    truth: GroundTruth
    members: dict[str, set[str]]
    """merged service id → ground-truth service ids it stands for"""
    listed: set[str]
    """ground-truth services with a listing in the harvested sources"""


@dataclass
class Harvested:
    backend: SearchBackend
    truth: GroundTruth
    members: dict[str, set[str]]
    listed: set[str]


@pytest.fixture(scope="module")
def harvest(
    sample_sites: str,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
    gazetteer_path: Path,
) -> Harvest:
    root = tmp_path_factory.mktemp("relevance")
    settings = Settings(
        db=root / "signpost.db",
        var_dir=gazetteer_path.parent,
        allowed_private_hosts=["127.0.0.1"],
        sample_sites_url=sample_sites,
    )
    configs = [
        s
        for s in load_sources(REPO / "sources/demo.toml", {"SAMPLE_SITES": sample_sites})
        if s.id in SOURCES
    ]
    assert sorted(s.id for s in configs) == sorted(SOURCES)
    truth = load_truth()
    with Store(settings.db) as store:
        outcomes = harvest_sources(settings, store, configs, polite=False)
        assert all(o.status == "published" for o in outcomes), outcomes
        run_dedup(store)
        merged = list(store.iter_merged())
        members: dict[str, set[str]] = {}
        for service in merged:
            ids = set()
            for record_id in service.member_ids:
                record = store.get_record(record_id)
                if record is not None:
                    found = truth.service_for(record.source_id, record.listing_key)
                    if found is not None:
                        ids.add(found if isinstance(found, str) else found.id)
            members[service.id] = ids
    listed = {item.service_id for item in truth.dataset.listings if item.source_id in SOURCES}
    return Harvest(merged, truth, members, listed)


@pytest.fixture(scope="module", params=["embedded", "elasticsearch"])
def harvested(
    request: pytest.FixtureRequest,
    harvest: Harvest,
    tmp_path_factory: pytest.TempPathFactory,
    gazetteer: Gazetteer,
) -> Iterator[Harvested]:
    """The harvest indexed by each engine: embedded, and Elasticsearch on the real cluster
    (three shards, one replica)."""
    backend: SearchBackend
    if request.param == "embedded":
        backend = EmbeddedBackend(tmp_path_factory.mktemp("relevance") / "search.sqlite",
                                  gazetteer=gazetteer)  # fmt: skip
    else:
        options = ElasticOptions(
            url=request.getfixturevalue("elasticsearch_url"),
            index=f"signpost-relevance-{uuid.uuid4().hex[:8]}",
            shards=3,
            replicas=1,
        )
        backend = ElasticsearchBackend.connect(options, gazetteer=gazetteer)
    backend.rebuild(harvest.merged)
    yield Harvested(backend, harvest.truth, harvest.members, harvest.listed)
    if isinstance(backend, ElasticsearchBackend):
        backend.drop()


PERSONA_NEEDS = [
    ("debt advice", "debt-advice", "HA1 2AA"),
    ("employment support", "employment-support", "HA1 2AA"),
    ("walking group", "walking-groups", "UB8 1UW"),
    ("stop smoking", "stop-smoking", "HA3 5BD"),
    ("day centre", "learning-disability-day", "UB4 0NG"),
    ("horse riding for disabled people", "riding-for-disabled", "HA4 8BN"),
    ("IT lessons", "digital-skills", "HA2 0DU"),
    ("carers support", "carers-support", "W5 2HL"),
    ("food bank", "food-banks", "W5 2HL"),
    ("befriending", "befriending", "UB3 1AW"),
    ("dementia cafe", "dementia-cafes", "HA1 1BA"),
    ("ESOL", "esol", "W5 2HL"),
]


@pytest.mark.parametrize(("text", "category", "postcode"), PERSONA_NEEDS)
def test_persona_needs_find_the_right_local_services(
    harvested: Harvested, gazetteer: Gazetteer, text: str, category: str, postcode: str
) -> None:
    truth = harvested.truth
    origin = gazetteer.lookup(postcode)
    relevant = sorted(
        (
            s
            for s in truth.services.values()
            if category in s.categories and s.id in harvested.listed and s.status != "defunct"
        ),
        key=lambda s: distance_km(origin.latitude, origin.longitude, s.latitude, s.longitude),
    )
    assert len(relevant) >= 5
    radius = [
        distance_km(origin.latitude, origin.longitude, s.latitude, s.longitude) for s in relevant
    ]
    page = harvested.backend.search(SearchQuery(text=text, postcode=postcode, per_page=5))
    assert len(page.results) == 5

    def meets(hit_id: str) -> bool:
        return any(category in truth.services[t].categories for t in harvested.members[hit_id])

    good = [meets(h.id) for h in page.results]
    assert good[0] and sum(good) >= 4, [h.name for h in page.results]
    distances = [h.distance_km for h in page.results]
    near5, near10 = radius[4] + 0.05, radius[min(9, len(radius) - 1)] + 0.05
    assert any(d is not None and d <= near5 for d in distances), (distances, near5)
    assert sum(1 for d in distances if d is not None and d <= near10) >= 3, (distances, near10)


def test_a_link_workers_two_needs(harvested: Harvested) -> None:
    page = harvested.backend.search(
        SearchQuery(text="debt advice and employment support near HA1 2AA")
    )
    first, second = page.results[:2]
    assert {first.matched_need, second.matched_need} == {"debt advice", "employment support"}
    for hit in page.results[:6]:
        category = hit.matched_need.replace(" ", "-")  # type: ignore[union-attr]
        truth_ids = harvested.members[hit.id]
        assert any(category in harvested.truth.services[t].categories for t in truth_ids)
