"""Every backend, the same fixtures: the embedded backend; Elasticsearch on a real cluster
(``ELASTICSEARCH_URL``, or the session's own three-node cluster: ``tests/elastic_cluster.py``),
each run with its own index names (three primary shards, one replica), removed afterwards; and
``elasticsearch-spec``, every request the Elasticsearch backend makes checked against Elastic's
specification (``spec_shadow.py``)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from index.backends.protocol import SearchBackend
from index.geo import Gazetteer
from index.model import MergedService
from tests.contract.london import london_services
from tests.contract.spec_shadow import WALK_WINDOW, SpecShadow
from tests.elastic_spec.recorder import Recorder

BACKENDS = ["embedded", "elasticsearch", "elasticsearch-spec"]
Factory = Callable[[list[MergedService]], SearchBackend]
REPLICAS = int(os.environ.get("SIGNPOST_ELASTICSEARCH_REPLICAS", "1"))
"""One replica on the session's three nodes; 0 for a single-node server of your own."""


def _make_factory(
    request: pytest.FixtureRequest,
    root: Path,
    gazetteer: Gazetteer,
    cleanup: list[Callable[[], None]],
) -> Factory:
    kind = request.param
    from index.backends.elastic import ElasticOptions, ElasticsearchBackend
    from index.backends.embedded import EmbeddedBackend

    def embedded(services: list[MergedService]) -> SearchBackend:
        backend = EmbeddedBackend(root / f"{uuid.uuid4().hex}.sqlite", gazetteer=gazetteer)
        backend.rebuild(services)
        return backend

    if kind == "embedded":
        return embedded
    if kind == "elasticsearch-spec":
        recorder = Recorder(request.getfixturevalue("elasticsearch_spec"))
        recorded = recorder.start()
        cleanup.append(recorder.stop)

        def shadow(services: list[MergedService]) -> SearchBackend:
            name = f"signpost-spec-{uuid.uuid4().hex[:12]}"
            mirrors = [
                ElasticsearchBackend.connect(
                    ElasticOptions(
                        url=recorded, index=index, shards=3, replicas=1, result_window=window
                    ),
                    gazetteer=gazetteer,
                )
                for index, window in ((name, 10_000), (f"{name}-walk", WALK_WINDOW))
            ]
            reference = EmbeddedBackend(root / f"{uuid.uuid4().hex}.sqlite", gazetteer=gazetteer)
            backend = SpecShadow(reference, mirrors, recorder)
            backend.rebuild(services)
            return backend  # type: ignore[return-value]

        return shadow

    url = request.getfixturevalue("elasticsearch_url")

    def elastic(services: list[MergedService]) -> SearchBackend:
        options = ElasticOptions(
            url=url,
            index=f"signpost-test-{uuid.uuid4().hex[:12]}",
            api_key=os.environ.get("SIGNPOST_ELASTICSEARCH_API_KEY"),
            shards=3,
            replicas=REPLICAS,
        )
        backend = ElasticsearchBackend.connect(options, gazetteer=gazetteer)
        cleanup.append(backend.drop)
        backend.rebuild(services)
        return backend

    return elastic


@pytest.fixture(scope="module", params=BACKENDS)
def make_backend(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    gazetteer: Gazetteer,
) -> Iterator[Factory]:
    """``make_backend(services)`` → a freshly built backend of the parametrised kind."""
    cleanup: list[Callable[[], None]] = []
    root = tmp_path_factory.mktemp(f"contract-{request.param}")
    yield _make_factory(request, root, gazetteer, cleanup)
    for step in cleanup:
        step()


@pytest.fixture(scope="module")
def backend(make_backend: Factory) -> SearchBackend:
    """One backend holding the London services, shared by the read-only tests of a module."""
    return make_backend(london_services())
