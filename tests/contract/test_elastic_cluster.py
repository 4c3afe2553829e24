"""Distributed behaviour on the session's real three-node cluster: shards spread over the
nodes, a zero-downtime reindex and a node going away, each while searches keep running.

The load is a fixed set of searches whose right answers are known before it starts (total and
the first page's ids); every answer during the test is compared with them. "0 errors, no
empty or short result sets, totals never drop" is checked answer by answer.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from index.backends.elastic import ElasticOptions, ElasticsearchBackend
from index.geo import Gazetteer
from index.model import MergedService
from index.search.types import SearchQuery
from signpost.escluster import Cluster, http
from tests.contract.london import london_services

COPIES = 60
"""The London services, 60 times over (1,020 services), so a reindex takes long enough for
hundreds of searches to run across it."""
QUERIES = [
    SearchQuery(text="debt advice"),
    SearchQuery(text="stop smoking", postcode="HA1 2AA"),
    SearchQuery(text="day centre", categories=["learning-disability"]),
    SearchQuery(boroughs=["Harrow"], per_page=20),
    SearchQuery(text="docter", postcode="HA1 2", sort="distance"),
    SearchQuery(text="debt advice and employment support"),
]


def many_services() -> list[MergedService]:
    out = []
    for n in range(COPIES):
        for merged in london_services():
            copy = merged.model_copy(deep=True)
            copy.id = f"{merged.id}-{n:02d}"
            out.append(copy)
    return out


@dataclass
class Load:
    """Threads searching the same queries over and over, comparing each answer with the
    answer known before the load began."""

    backend: ElasticsearchBackend
    expected: dict[int, tuple[int, list[str]]]
    answers: int = 0
    problems: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def run(self) -> None:
        i = 0
        while not self.stop.is_set():
            q = i % len(QUERIES)
            i += 1
            try:
                page = self.backend.search(QUERIES[q])
                total, ids = self.expected[q]
                found = [h.id for h in page.results]
                problem = None
                if page.total < total:
                    problem = f"total dropped to {page.total} (was {total})"
                elif len(found) < len(ids):
                    problem = f"{len(found)} results instead of {len(ids)}"
                elif set(found) != set(ids):
                    problem = f"other results: {found[:3]}… instead of {ids[:3]}…"
            except Exception as exc:
                problem = f"error: {exc!r}"[:300]
            with self.lock:
                self.answers += 1
                if problem:
                    self.problems.append(f"{QUERIES[q].model_dump(exclude_defaults=True)}: "
                                         f"{problem}")  # fmt: skip


@pytest.fixture
def loaded(elastic_cluster: Cluster, gazetteer: Gazetteer) -> Iterator[ElasticsearchBackend]:
    """A services index of 1,020 services, 3 shards and 1 replica, reached through all
    three nodes."""
    urls = ",".join(elastic_cluster.node_url(n) for n in (1, 2, 3))
    backend = ElasticsearchBackend.connect(
        ElasticOptions(url=urls, index=f"signpost-load-{uuid.uuid4().hex[:8]}", shards=3,
                       replicas=1, keep_previous=1),
        gazetteer=gazetteer,
    )  # fmt: skip
    backend.rebuild(many_services())
    yield backend
    backend.drop()


def expected(backend: ElasticsearchBackend) -> dict[int, tuple[int, list[str]]]:
    answers = {}
    for i, query in enumerate(QUERIES):
        page = backend.search(query)
        assert page.total > 0 and page.results
        answers[i] = (page.total, [h.id for h in page.results])
    return answers


def under_load(
    backend: ElasticsearchBackend, threads: int = 3
) -> tuple[Load, list[threading.Thread]]:
    load = Load(backend, expected(backend))
    workers = [threading.Thread(target=load.run, daemon=True) for _ in range(threads)]
    for w in workers:
        w.start()
    return load, workers


def finish(load: Load, workers: list[threading.Thread]) -> None:
    load.stop.set()
    for w in workers:
        w.join(timeout=60)


def test_shards_and_replicas_are_spread_over_the_nodes(
    elastic_cluster: Cluster, loaded: ElasticsearchBackend
) -> None:
    live = loaded.generations.live()
    assert live is not None
    rows = http.call(f"{elastic_cluster.url}/_cat/shards/{live.services}?format=json")
    assert sorted((r["shard"], r["prirep"]) for r in rows) == [
        (s, kind) for s in "012" for kind in "pr"
    ]
    assert all(r["state"] == "STARTED" for r in rows)
    for shard in "012":
        nodes = {r["node"] for r in rows if r["shard"] == shard}
        assert len(nodes) == 2, f"shard {shard}'s copies share a node: {rows}"
    assert {r["node"] for r in rows} == {"node-1", "node-2", "node-3"}
    assert {r["docs"] for r in rows if r["prirep"] == "p"} != {"0"}


def test_reindex_under_load_drops_nothing(loaded: ElasticsearchBackend) -> None:
    load, workers = under_load(loaded)
    stamps = []
    try:
        for _ in range(3):
            loaded.rebuild(many_services())
            live = loaded.generations.live()
            assert live is not None
            stamps.append(live.stamp)
    finally:
        finish(load, workers)
    assert len(set(stamps)) == 3
    assert load.problems == [], f"{len(load.problems)} of {load.answers}: {load.problems[:5]}"
    assert load.answers >= 30, "the load hardly ran"


def test_a_node_going_away_mid_load(elastic_cluster: Cluster, loaded: ElasticsearchBackend) -> None:
    """Node 1 — the first node the client knows, and the elected master — stops while the
    searches run: they keep answering correctly, the cluster turns green again on two
    nodes, and again on three once it is back."""
    master = http.call(f"{elastic_cluster.url}/_cat/master?format=json")[0]["node"]
    stopped = int(master.removeprefix("node-"))
    survivor = elastic_cluster.node_url(1 if stopped != 1 else 2)
    for index in (loaded.alias, loaded.suggest_alias):  # re-replicate at once, not after 1 min
        http.call(f"{survivor}/{index}/_settings", "PUT",
                  {"index": {"unassigned.node_left.delayed_timeout": "0s"}})  # fmt: skip
    load, workers = under_load(loaded)
    try:
        time.sleep(2)
        elastic_cluster.stop_node(stopped)
        during = load.answers
        time.sleep(5)
        health = http.call(
            f"{survivor}/_cluster/health?wait_for_status=green&wait_for_nodes=2&timeout=120s",
            timeout=150,
        )
        assert health["status"] == "green" and health["number_of_nodes"] == 2
        time.sleep(2)
        assert load.answers > during, "no search answered after the node stopped"
    finally:
        finish(load, workers)
        elastic_cluster.start_node(stopped)
        back = http.call(
            f"{survivor}/_cluster/health?wait_for_status=green&wait_for_nodes=3&timeout=120s",
            timeout=150,
        )
    assert back["status"] == "green" and back["number_of_nodes"] == 3
    assert load.problems == [], f"{len(load.problems)} of {load.answers}: {load.problems[:5]}"
    assert sorted(elastic_cluster.running_nodes()) == [1, 2, 3]
    assert loaded.health().ok
