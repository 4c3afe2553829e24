"""What only the Elasticsearch backend has: index generations behind aliases (swap, rollback,
pruning), bulk refusals reported, pages past the result window, a health check naming the
server — each on the real cluster and, with every request checked against Elastic's
specification, on the recorder; retries of a busy cluster on both (a real circuit breaker's
429, and the recorder's); TLS with an API key on the recorder, which can serve a certificate
of our own."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from index.backends import document
from index.backends.elastic import BulkRejected, ElasticOptions, ElasticsearchBackend
from index.backends.elastic.bulk import run_bulk
from index.backends.elastic.client import connect
from index.backends.embedded import EmbeddedBackend
from index.backends.errors import BackendError
from index.geo import Gazetteer
from index.model import Location, MergedService
from index.search.types import SearchQuery
from signpost.escluster import Cluster, http
from tests.contract.conftest import REPLICAS
from tests.contract.london import INDEXED, london_services
from tests.elastic_spec.recorder import Recorder
from tests.elastic_spec.spec import Specification


@dataclass
class Target:
    """A server to run against: the real cluster, or the recorder (``recorder`` set)."""

    url: str
    gazetteer: Gazetteer
    recorder: Recorder | None = None
    made: list[ElasticsearchBackend] = field(default_factory=list)

    def backend(self, **options: Any) -> ElasticsearchBackend:
        settings = {"shards": 3, "replicas": REPLICAS, **options}
        backend = ElasticsearchBackend.connect(
            ElasticOptions(url=self.url, index=f"signpost-ops-{uuid.uuid4().hex[:10]}",
                           **settings),
            gazetteer=self.gazetteer,
        )  # fmt: skip
        self.made.append(backend)
        return backend


def _targets(request: pytest.FixtureRequest, gazetteer: Gazetteer) -> Iterator[Target]:
    if request.param == "elasticsearch":
        found = Target(request.getfixturevalue("elasticsearch_url"), gazetteer)
    else:
        recorder = Recorder(request.getfixturevalue("elasticsearch_spec"))
        found = Target(recorder.start(), gazetteer, recorder)
    yield found
    for backend in found.made:
        backend.drop()
    if found.recorder is not None:
        problems = found.recorder.problems()
        found.recorder.stop()
        assert not problems, "the specification rejects:\n" + "\n".join(problems)


target = pytest.fixture(params=["elasticsearch", "elasticsearch-spec"])(_targets)
recorded = pytest.fixture(params=["elasticsearch-spec"])(_targets)
"""Only on the recorder: a real cluster cannot be made busy on demand."""


def _service(key: str) -> MergedService:
    return next(m for m in london_services() if m.id == key)


def test_each_rebuild_is_a_generation_that_can_be_rolled_back(target: Target) -> None:
    backend = target.backend(keep_previous=1)
    backend.rebuild(london_services())
    first = backend.generations.live()
    backend.rebuild([_service("m-rda")])
    second = backend.generations.live()
    assert first is not None and second is not None and first != second
    assert backend.search(SearchQuery()).total == 1
    assert backend.generations.stamps() == [first.stamp, second.stamp]  # kept for rollback

    assert backend.rollback() == first.stamp
    assert backend.generations.live() == first
    assert backend.generations.stamps() == [first.stamp]  # the abandoned one is removed
    assert backend.search(SearchQuery()).total == INDEXED
    assert [s.id for s in backend.suggest("riding") if s.kind == "service"] == ["m-rda"]

    backend.rebuild([_service("m-rda")])
    backend.rebuild(london_services()[:3])  # a third: the oldest beyond one kept goes
    stamps = backend.generations.stamps()
    assert len(stamps) == 2 and first.stamp not in stamps
    assert backend.search(SearchQuery()).total == 3
    assert backend.generations.previous() is not None
    assert backend.rollback() == stamps[0]
    assert backend.search(SearchQuery()).total == 1
    with pytest.raises(BackendError, match="no previous generation"):
        backend.rollback()


def _unplaceable() -> MergedService:
    """A listing whose coordinates are impossible: a server refuses the document (the
    document builder drops a position nowhere in Britain, ``index.geo.plausible_point``, so
    the tests that need a refusal let this one through: ``_send_as_given``)."""
    bad = _service("m-cab-harrow").model_copy(deep=True)
    bad.id = "m-bad-coordinates"
    bad.service.locations = [Location(address_1="1 Nowhere", latitude=95.0, longitude=-0.3)]
    return bad


def _send_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """Positions go to the server as the record gives them, unchecked: the one way left to
    make a server refuse a document Signpost builds (its mapping takes every other field)."""

    def as_given(
        lat: float | None, lon: float | None
    ) -> tuple[tuple[float, float] | None, str | None]:
        return ((lat, lon), None) if lat is not None and lon is not None else (None, None)

    monkeypatch.setattr(document, "plausible_point", as_given)


def test_a_position_nowhere_in_britain_is_sent_as_none_and_the_service_indexed(
    target: Target,
) -> None:
    backend = target.backend()
    backend.rebuild(london_services())
    assert backend.upsert([_service("m-rda"), _unplaceable()]) == 2
    assert backend.health().documents == INDEXED + 1


def test_a_document_the_server_refuses_is_reported_and_nothing_is_lost(
    target: Target, monkeypatch: pytest.MonkeyPatch
) -> None:
    _send_as_given(monkeypatch)
    backend = target.backend()
    backend.rebuild(london_services())
    live = backend.generations.live()

    with pytest.raises(BulkRejected) as refused:
        backend.upsert([_service("m-rda"), _unplaceable()])
    report = refused.value.report
    assert [r.id for r in report.rejected] == ["m-bad-coordinates"]
    assert report.rejected[0].status == 400 and "latitude" in report.rejected[0].reason
    assert report.written == 1  # the other service was written
    assert "m-bad-coordinates" in str(refused.value) and "latitude" in str(refused.value)
    assert backend.health().documents == INDEXED

    with pytest.raises(BulkRejected, match="still serves the previous one"):
        backend.rebuild([*london_services(), _unplaceable()])
    assert backend.generations.live() == live  # the old generation still answers
    assert backend.generations.stamps() == [live.stamp]  # the refused one is gone
    assert backend.search(SearchQuery()).total == INDEXED


def test_pages_past_the_result_window_are_reached_with_search_after(
    target: Target, tmp_path: Path
) -> None:
    """With a window of 5, page 4 of 4 (hits 13–16) needs ``search_after`` — the cluster
    would refuse ``from`` + ``size`` past the window — and matches the embedded backend."""
    backend = target.backend(result_window=5)
    backend.rebuild(london_services())
    reference = EmbeddedBackend(tmp_path / "reference.sqlite", gazetteer=target.gazetteer)
    reference.rebuild(london_services())
    pages = [backend.search(SearchQuery(per_page=4, page=n)) for n in range(1, 5)]
    ids = [h.id for p in pages for h in p.results]
    assert all(p.total == INDEXED for p in pages)
    assert len(ids) == len(set(ids)) == INDEXED
    if target.recorder is None:  # the recorder does not order by name
        expected = [h.id for h in reference.search(SearchQuery(per_page=50)).results]
        assert ids == expected
    near = backend.search(SearchQuery(postcode="HA1 2AA", sort="distance", per_page=3, page=3))
    assert len(near.results) == 3


def test_health_names_the_server_and_the_index_state(target: Target) -> None:
    backend = target.backend()
    before = backend.health()
    assert not before.ok and "signpost index" in (before.detail or "")
    backend.rebuild(london_services())
    health = backend.health()
    assert health.ok and health.documents == INDEXED
    detail = health.detail or ""
    assert detail.startswith("Elasticsearch ") and backend.alias in detail
    assert f"3 primary shards × {REPLICAS} replicas" in detail
    assert "green" in detail or (os.environ.get("ELASTICSEARCH_URL") and "yellow" in detail)


def test_a_busy_cluster_is_retried(recorded: Target) -> None:
    """429 (the write queue is full) for six documents: the helper sends them again."""
    recorder = recorded.recorder
    assert recorder is not None
    backend = recorded.backend()
    backend.rebuild(london_services()[:2])
    recorder.take()
    recorder.cluster.throttle = 6
    backend.rebuild(london_services())
    assert backend.health().documents == INDEXED
    bulks = [e for e in recorder.take() if e.operation and e.operation.startswith("bulk")]
    statuses = [item[next(iter(item))]["status"] for e in bulks for item in e.answer["items"]]
    assert statuses.count(429) == 6 and len(bulks) >= 3


def test_a_busy_real_cluster_is_retried(elastic_cluster: Cluster) -> None:
    """A real 429: the in-flight requests circuit breaker, set below one bulk chunk, refuses
    the bulk requests until it is lifted 2.5 s later; the helper backs off and sends them
    again, and every document arrives."""
    client = connect(ElasticOptions(url=elastic_cluster.url))
    index = f"signpost-busy-{uuid.uuid4().hex[:8]}"
    client.indices.create(index=index)
    settings = f"{elastic_cluster.url}/_cluster/settings"
    breaker = "network.breaker.inflight_requests.limit"

    def trips() -> int:
        nodes = http.call(f"{elastic_cluster.url}/_nodes/stats/breaker")["nodes"].values()
        return sum(n["breakers"]["in_flight_requests"]["tripped"] for n in nodes)

    before = trips()
    http.call(settings, "PUT", {"transient": {breaker: "4kb"}})
    lift = threading.Timer(2.5, lambda: http.call(settings, "PUT", {"transient": {breaker: None}}))
    lift.start()
    try:
        docs = (
            {"_index": index, "_id": str(i), "_source": {"text": "x" * 200}} for i in range(300)
        )
        report = run_bulk(client, docs, "busy")
    finally:
        lift.join()
        http.call(settings, "PUT", {"transient": {breaker: None}})
        client.indices.delete(index=index)
    assert trips() > before, "the cluster never refused a request"
    assert report.written == 300 and report.clean


def test_api_key_and_ca_certificates(elasticsearch_spec: Specification, tmp_path: Path,
                                     gazetteer: Gazetteer) -> None:  # fmt: skip
    """An https cluster whose certificate our own CA signed: reached with that CA bundle,
    refused without it; the API key travels as ``Authorization: ApiKey``."""
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    recorder = Recorder(elasticsearch_spec, tls=ca)
    url = recorder.start()
    try:
        options = ElasticOptions(url=url, index="signpost-tls", api_key="aWQ6c2VjcmV0",
                                 ca_certs=bundle)  # fmt: skip
        backend = ElasticsearchBackend.connect(options, gazetteer=gazetteer)
        backend.rebuild(london_services()[:3])
        assert backend.health().ok
        sent = recorder.take()
        assert sent and all(
            {k.lower(): v for k, v in e.headers.items()}.get("authorization")
            == "ApiKey aWQ6c2VjcmV0"
            for e in sent
        )
        untrusting = ElasticsearchBackend.connect(
            ElasticOptions(url=url, index="signpost-tls"), gazetteer=gazetteer
        )
        health = untrusting.health()
        assert not health.ok and "CERTIFICATE_VERIFY_FAILED" in (health.detail or "")
        with pytest.raises(BackendError):
            untrusting.search(SearchQuery(text="debt"))
        assert not recorder.problems()
    finally:
        recorder.stop()
