"""The specification check itself: it refuses what a server would refuse, accepts the forms
the backend sends, needs each of its amendments, and the recorder holds every request to it."""

from __future__ import annotations

import copy
import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.elastic_spec.recorder import Recorder
from tests.elastic_spec.spec import SPEC_FILE, Specification

ORIGIN = {"lat": 51.58, "lon": -0.33}
GOOD: dict[str, Any] = {
    "query": {
        "function_score": {
            "query": {
                "bool": {
                    "must": [
                        {
                            "multi_match": {
                                "query": "debt",
                                "fields": ["name^10", "description"],
                                "type": "best_fields",
                                "fuzziness": "AUTO",
                                "prefix_length": 1,
                            }
                        }
                    ],
                    "filter": [
                        {"terms": {"boroughs": ["Harrow", "Brent"]}},
                        {"term": {"cost": {"value": "free"}}},
                        {"range": {"min_age": {"gt": 70}}},
                        {"geo_distance": {"distance": "5km", "location": ORIGIN}},
                    ],
                }
            },
            "functions": [
                {
                    "filter": {"exists": {"field": "location"}},
                    "exp": {
                        "location": {
                            "origin": ORIGIN,
                            "scale": "5km",
                            "offset": "1km",
                            "decay": 0.5,
                        },
                        "multi_value_mode": "min",
                    },
                },
                {"filter": {"match_all": {}}, "weight": 0.2},
            ],
            "score_mode": "first",
            "boost_mode": "multiply",
        }
    },
    "size": 10,
    "from": 20,
    "sort": [
        {"_geo_distance": {"location": ORIGIN, "order": "asc", "unit": "km", "mode": "min"}},
        {"_score": {"order": "desc"}},
        {"name.sort": {"order": "asc"}},
        {"id": "asc"},
    ],
    "track_total_hits": True,
    "_source": {"includes": ["hit"]},
    "aggregations": {"borough": {"terms": {"field": "boroughs", "size": 100}}},
}


@pytest.fixture(scope="module")
def raw_spec(shared_dir: Path) -> Specification:
    """The OpenAPI output alone, closed but without the amendments."""
    return Specification(
        json.loads((shared_dir / SPEC_FILE).read_text(encoding="utf-8")), amended=False
    )


def search_problems(spec: Specification, body: Any) -> list[str]:
    op, _ = spec.find("POST", "/services/_search")  # type: ignore[misc]
    return [str(p) for p in spec.check_body(op, body)]


def changed(path: str, value: Any, *, delete: bool = False) -> dict[str, Any]:
    """``GOOD`` with one place changed (``a.b.0.c`` paths)."""
    body = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    node: Any = body
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    key: Any = int(last) if last.isdigit() else last
    if delete:
        del node[key]
    else:
        node[key] = value
    return body


def test_the_bodies_the_backend_sends_are_accepted(elasticsearch_spec: Specification) -> None:
    assert search_problems(elasticsearch_spec, GOOD) == []


MUST = "query.function_score.query.bool.must.0"
FILTER = "query.function_score.query.bool.filter"
FUNCTIONS = "query.function_score.functions"


@pytest.mark.parametrize(
    ("body", "where", "says"),
    [
        (changed(f"{MUST}.multi_match.fuzzyness", "AUTO"), "multi_match", "fuzzyness"),
        (changed(f"{MUST}.multi_match.type", "best_field"), "multi_match.type", "best_field"),
        (changed(MUST, {"mach": {"name": "debt"}}), "must", "mach"),
        (changed("query.function_score.score_mode", "firstest"), "score_mode", "firstest"),
        (changed(f"{FILTER}.3.geo_distance.distance", None, delete=True), "geo_distance",
         "distance"),
        (changed(f"{FUNCTIONS}.0.exp.location.scal", "5km"), "exp", "location"),
        (changed(f"{FUNCTIONS}.0.gauss", {}), "functions[0]", "gauss"),
        (changed("sort.3", {"id": {"order": "up"}}), "sort[3]", "id"),
        (changed("sizee", 10), "body", "sizee"),
        (changed("aggs", {}), "body", "aggs"),
        (changed("aggregations.borough.terms.feild", "x"), "terms", "feild"),
        (changed("track_total_hits", "yes"), "track_total_hits", "yes"),
        (changed("query.bool", {"must": []}), "query", "bool"),
    ],
)  # fmt: skip
def test_what_a_server_would_refuse_is_refused(
    elasticsearch_spec: Specification, body: dict[str, Any], where: str, says: str
) -> None:
    problems = search_problems(elasticsearch_spec, body)
    assert problems, "the specification accepted a broken body"
    assert any(where in p and says in p for p in problems), problems


@pytest.mark.parametrize(
    ("body", "amendment"),
    [
        (GOOD["query"]["function_score"]["query"]["bool"]["filter"][3], "geo_distance's field"),
        (GOOD["query"]["function_score"]["query"]["bool"]["filter"][0], "terms' field"),
        ({"function_score": GOOD["query"]["function_score"]}, "a function with a filter"),
    ],
)
def test_each_amendment_is_needed(
    elasticsearch_spec: Specification, raw_spec: Specification, body: Any, amendment: str
) -> None:
    """Without the amendments the OpenAPI output refuses what every server accepts."""
    request = {"query": body}
    assert search_problems(raw_spec, request), amendment
    assert search_problems(elasticsearch_spec, request) == []


def test_sorts_and_index_settings_need_their_amendments(
    elasticsearch_spec: Specification, raw_spec: Specification
) -> None:
    sort = {"sort": [{"name.sort": {"order": "asc"}}, {"id": "asc"}]}
    assert search_problems(raw_spec, sort) and not search_problems(elasticsearch_spec, sort)
    create = {"settings": {"number_of_shards": 3, "number_of_replicas": 1}}
    for spec, refused in ((raw_spec, True), (elasticsearch_spec, False)):
        op, _ = spec.find("PUT", "/services-1")  # type: ignore[misc]
        assert bool(spec.check_body(op, create)) is refused
        misspelt = {"settings": {"number_of_shard": 3}}
        assert spec.check_body(op, misspelt)


def test_parameters_are_checked(elasticsearch_spec: Specification) -> None:
    op, params = elasticsearch_spec.find("POST", "/services/_search")  # type: ignore[misc]
    ok = {"search_type": ["dfs_query_then_fetch"], "preference": ["q1"]}
    assert elasticsearch_spec.check_parameters(op, params, ok) == []
    wrong = {"search_type": ["dfs"], "serach_type": ["query_then_fetch"]}
    problems = [str(p) for p in elasticsearch_spec.check_parameters(op, params, wrong)]
    assert any("?serach_type" in p and "no such query parameter" in p for p in problems)
    assert any("?search_type" in p and "dfs" in p for p in problems)


def test_the_recorder_holds_every_request_to_the_specification(
    elasticsearch_spec: Specification,
) -> None:
    recorder = Recorder(elasticsearch_spec)
    url = recorder.start()
    try:

        def send(method: str, path: str, body: Any = None) -> int:
            data = json.dumps(body).encode() if body is not None else None
            request = urllib.request.Request(url + path, data=data, method=method)
            request.add_header("Content-Type", "application/json")
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    return int(response.status)
            except urllib.error.HTTPError as exc:
                return int(exc.code)

        assert send("PUT", "/services-1", {"mappings": {"properties": {}}}) == 200
        assert send("POST", "/services-1/_search", changed("sizee", 1)) == 200
        assert send("GET", "/_cluster/helth") == 400
        bad, nowhere = recorder.take()[1:]
        assert any("sizee" in str(p) for p in bad.problems)
        assert nowhere.operation is None and nowhere.problems
        assert all(not e.answer_problems for e in (bad, nowhere))
    finally:
        recorder.stop()
