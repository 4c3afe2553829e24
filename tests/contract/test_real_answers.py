"""What the real server answers, held against the specification's response schemas: the
recorder answers as the specification says, so the backend is only proven to read real answers
if every way a real server differs is known and read. Here each of the backend's requests
goes to the real cluster, and every disagreement of its answer with the specification must be
one of ``KNOWN``, each explained in docs/search.md ("What a real server does differently")."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from index.backends.document import DocumentBuilder
from index.backends.elastic import ElasticOptions
from index.backends.elastic import mapping as m
from index.backends.elastic import queries as q
from index.backends.elastic.client import as_kwargs, connect
from index.geo import Gazetteer
from index.search.planner import QueryPlanner
from index.search.types import SearchQuery
from index.taxonomy import default_taxonomy
from tests.contract.london import london_services
from tests.elastic_spec.spec import Specification

KNOWN = [
    # 7.x still names the mapping type in every document it returns (types were removed in 8.0)
    (r"", r"'_type' was unexpected|'_type': '_doc'"),
    # 7.x answers a missing alias with the message as the whole error, not an ErrorCause
    (r"GET /_alias/\{name\}\.error$", r"is not of type 'object'"),
    # a document that is not there: 404 with found: false, a shape the specification's get
    # (which describes only 200) does not give
    (r"GET /\{index\}/_doc/\{id\}$", r"required property|'found' were unexpected"),
]


def known(problem: str) -> bool:
    where, _, message = problem.partition(": ")
    return any(re.search(w, where) and re.search(r, message) for w, r in KNOWN)


@pytest.fixture(scope="module")
def client(elasticsearch_url: str) -> Iterator[Any]:
    es = connect(ElasticOptions(url=elasticsearch_url))
    yield es
    es.transport.close()


def test_the_real_server_differs_from_the_specification_only_as_documented(
    client: Any, elasticsearch_spec: Specification, gazetteer: Gazetteer
) -> None:
    spec = elasticsearch_spec
    name = f"signpost-answers-{uuid.uuid4().hex[:8]}"
    seen: list[str] = []
    problems: list[str] = []

    def answered(method: str, path: str, body: Any, status: int = 200) -> Any:
        op, _ = spec.find(method, path)  # type: ignore[misc]
        checked = spec.check_response(op, status, body) if status < 400 else spec.check_error(
            op, body
        )  # fmt: skip
        seen.append(op.operation_id)
        problems.extend(str(p) for p in checked)
        return body

    options = ElasticOptions(url="", shards=3, replicas=1)
    try:
        answered("GET", "/", client.info())
        answered("PUT", f"/{name}", client.indices.create(
            index=name, settings=m.index_settings(options), mappings=m.service_mappings()))  # fmt: skip
        builder = DocumentBuilder(default_taxonomy(), gazetteer)
        docs = [d for d in (builder.build(s) for s in london_services()) if d is not None]
        lines: list[Any] = []
        for doc in docs:
            lines += [{"index": {"_index": name, "_id": doc.id}}, m.document_source(doc)]
        lines.append({"delete": {"_index": name, "_id": "not-there"}})
        answered("POST", "/_bulk", client.bulk(body=lines))
        answered("PUT", f"/{name}/_settings",
                 client.indices.put_settings(index=name, body=m.live_settings(options)))  # fmt: skip
        answered("POST", f"/{name}/_refresh", client.indices.refresh(index=name))
        planner = QueryPlanner(gazetteer)
        for query in (SearchQuery(text="debt advice", postcode="HA1 2AA"), SearchQuery()):
            plan = planner.plan(query)
            body = q.search_body(plan, plan.needs[0] if plan.has_text else None, size=3)
            answered("POST", f"/{name}/_search", client.search(index=name, **as_kwargs(body)))
        answered("POST", f"/{name}/_mget", client.mget(
            index=name, body={"ids": [docs[0].id, "not-there"]},
            _source_includes=["hit.name"]))  # fmt: skip
        answered("GET", f"/{name}/_doc/{{id}}", client.get(index=name, id=docs[0].id))
        answered("GET", f"/{name}/_doc/{{id}}", client.get(index=name, id="not-there",
                                                          ignore=404), 404)  # fmt: skip
        answered("POST", f"/{name}/_count", client.count(index=name))
        answered("GET", f"/_cat/indices/{name}", client.cat.indices(
            index=name, h=["health", "status", "index", "pri", "rep"],
            headers={"accept": "application/json"}))  # fmt: skip
        answered("GET", "/_alias/{name}", client.indices.get_alias(name=f"{name}-a",
                                                                   ignore=404), 404)  # fmt: skip
        answered("POST", "/_aliases", client.indices.update_aliases(
            body={"actions": [{"add": {"index": name, "alias": f"{name}-a"}}]}))  # fmt: skip
        answered("GET", "/_alias/{name}", client.indices.get_alias(name=f"{name}-a"))
        answered("GET", f"/{name}*/_alias", client.indices.get_alias(index=f"{name}*"))
    finally:
        answered("DELETE", f"/{name}", client.indices.delete(index=name, ignore=404))
    assert len(set(seen)) >= 14
    unexplained = [p for p in problems if not known(p)]
    assert unexplained == [], "\n".join(unexplained)
    if client.info()["version"]["number"].startswith("7."):
        assert any("_type" in p for p in problems), "7.x answers name _type: KNOWN is stale"
