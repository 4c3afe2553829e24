"""Elasticsearch mapping and query bodies, checked as data (no server needed): what each
says. That the server's specification accepts them is ``tests/contract``'s
``elasticsearch-spec`` run; that a cluster answers them right, its ``elasticsearch`` run."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from index.backends import make_backend, search_index_path
from index.backends.document import DocumentBuilder
from index.backends.elastic import ElasticOptions
from index.backends.elastic import mapping as m
from index.backends.elastic import queries as q
from index.backends.elastic.responses import interleave, nearest_from_points
from index.backends.elastic.suggest_docs import SuggestionTable
from index.backends.errors import BackendError
from index.geo import Gazetteer, distance_km
from index.model import MergedService, Service, ServiceArea
from index.search.planner import QueryPlanner
from index.search.types import SearchQuery
from index.taxonomy import default_taxonomy
from tests.contract.london import london_services


@pytest.fixture(scope="module")
def planner(gazetteer: Gazetteer) -> QueryPlanner:
    return QueryPlanner(gazetteer)


def _walk(node: object) -> list[dict]:
    """Every dict inside a body, depth first."""
    found: list[dict] = []
    if isinstance(node, dict):
        found.append(node)
        for v in node.values():
            found += _walk(v)
    elif isinstance(node, list):
        for v in node:
            found += _walk(v)
    return found


def _clauses(body: object, kind: str) -> list[dict]:
    return [d[kind] for d in _walk(body) if kind in d]


def test_settings_shape_each_generation() -> None:
    options = ElasticOptions(url="http://127.0.0.1:9200", shards=3, replicas=1, result_window=500)
    settings = m.index_settings(options)
    assert settings["number_of_shards"] == 3 and settings["number_of_replicas"] == 1
    assert settings["refresh_interval"] == "-1"  # paused while a new generation loads
    assert settings["max_result_window"] == 500
    assert m.live_settings(options) == {"index": {"refresh_interval": "1s"}}
    chain = settings["analysis"]["analyzer"]["signpost_text"]["filter"]
    assert chain == ["lowercase", "asciifolding", "signpost_possessive", "porter_stem"]
    assert "synonym" not in json.dumps(settings)  # synonyms come from the shared planner


def test_every_text_clause_uses_the_planners_words_only(planner: QueryPlanner) -> None:
    """The same analyser as the index, so synonyms are exactly the planner's alternatives
    (as in the embedded backend) and never expanded a second time by the server."""
    for text in ("gp near HA1", "quit smoking support", "debt adv", "docter"):
        plan = planner.plan(SearchQuery(text=text))
        body = q.search_body(plan, plan.needs[0], size=10)
        clauses = _clauses(body, "multi_match")
        assert clauses and all(c["analyzer"] == "signpost_text" for c in clauses)


def test_mappings_types() -> None:
    props = m.service_mappings()["properties"]
    assert m.service_mappings()["dynamic"] == "strict"
    for text in ("name", "categories", "organization", "description", "place"):
        assert props[text]["type"] == "text"
        assert props[text]["analyzer"] == "signpost_text" and "search_analyzer" not in props[text]
    assert props["name"]["norms"] is False and props["categories"]["norms"] is False
    assert "norms" not in props["description"]  # length still counts in long text
    for keyword in ("category_ids", "boroughs", "sources", "cost", "open_days"):
        assert props[keyword]["type"] == "keyword"
    assert props["location"]["type"] == "geo_point"
    assert props["open_timed"]["type"] == "integer_range"
    assert props["hit"] == {"type": "object", "enabled": False}
    assert props["name"]["fields"]["sort"]["normalizer"] == "signpost_sort"  # browse A–Z
    assert m.suggest_mappings()["properties"]["text"]["type"] == "search_as_you_type"
    assert set(q.aggregations()) == {"category", "borough", "cost", "source"}


def test_document_source(gazetteer: Gazetteer) -> None:
    builder = DocumentBuilder(default_taxonomy(), gazetteer)
    woodlands = next(s for s in london_services() if s.id == "m-woodlands")
    doc = builder.build(woodlands)
    assert doc is not None
    source = m.document_source(doc)
    assert set(source) <= set(m.service_mappings()["properties"])
    assert source["open_days"] == ["MO", "TU", "WE", "TH", "FR", "SA"]
    saturday = {"gte": 5 * 1440 + 600, "lt": 5 * 1440 + 900}
    assert saturday in source["open_timed"]
    assert source["category_ids"] == ["day-centres", "learning-disability"]
    assert source["boroughs"] == ["Hillingdon"]
    assert source["cost"] == "free"
    assert len(source["location"]) == 1 and len(source["points"]) == 2
    assert "min_age" not in source and "max_age" not in source
    json.dumps(source)


def test_typed_words_synonyms_phrases_and_prefix(planner: QueryPlanner) -> None:
    plan = planner.plan(SearchQuery(text="quit smoking support"))
    body = q.search_body(plan, plan.needs[0], size=10)
    multi = _clauses(body, "multi_match")
    typed = [c for c in multi if c["query"] == "support"]
    assert typed and not any("fuzziness" in c for c in multi)  # the planner corrects typos
    phrases = {c["query"] for c in multi if c.get("type") == "phrase"}
    assert {"stop smoking", "smoking cessation"} <= phrases
    assert all(c["fields"] == q.TEXT_FIELDS for c in multi)
    assert q.TEXT_FIELDS == [
        "name^1.96",
        "categories^1.83",
        "organization^1.57",
        "description^1.00",
        "place^0.65",
    ]
    partial = planner.plan(SearchQuery(text="debt adv"))
    prefixes = _clauses(q.search_body(partial, partial.needs[0], size=10), "multi_match")
    assert {
        "query": "adv",
        "fields": q.TEXT_FIELDS,
        "type": "phrase_prefix",
        "analyzer": "signpost_text",
    } in prefixes
    json.dumps(body)


def test_relaxed_need_is_any_concept(planner: QueryPlanner) -> None:
    need = planner.plan(SearchQuery(text="horse riding disabled")).needs[0]
    strict, relaxed = q.need_query(need), q.need_query(need, relaxed=True)
    assert len(strict["bool"]["must"]) == 2
    assert relaxed["bool"]["minimum_should_match"] == 1 and len(relaxed["bool"]["should"]) == 2


def test_filters(planner: QueryPlanner) -> None:
    plan = planner.plan(
        SearchQuery(
            text="day centre",
            categories=["health"],
            boroughs=["Harrow"],
            sources=["careplace"],
            free_only=True,
            age=70,
            day="SA",
            time="10:30",
            postcode="HA1 2AA",
            radius_km=5,
        )
    )
    found = q.filters(plan)
    terms = [f["terms"] for f in found if "terms" in f]
    assert {"category_ids": sorted(default_taxonomy().descendants("health"))} in terms
    assert {"boroughs": ["Harrow"]} in terms and {"sources": ["careplace"]} in terms
    assert {"term": {"cost": {"value": "free"}}} in found
    assert {"term": {"open_timed": {"value": 5 * 1440 + 630}}} in found
    ages = next(f for f in found if "bool" in f)["bool"]["must_not"]
    assert {"range": {"min_age": {"gt": 70}}} in ages and {"range": {"max_age": {"lt": 70}}} in ages
    (geo,) = _clauses(found, "geo_distance")
    assert geo["distance"] == "5.0km"
    assert geo["location"] == {"lat": pytest.approx(51.580689), "lon": pytest.approx(-0.334313)}
    saturday = planner.plan(SearchQuery(day="SA"))
    assert q.filters(saturday) == [{"term": {"open_days": {"value": "SA"}}}]
    nowhere = planner.plan(SearchQuery(text="x", categories=["no-such-term"]))
    assert q.filters(nowhere) == [{"match_none": {}}]


def test_a_radius_also_lets_through_services_covering_the_origin_area(
    planner: QueryPlanner, gazetteer: Gazetteer
) -> None:
    """``index.search.areas``: near a postcode, a service whose areas name the postcode's
    district passes the radius filter whatever its distance (it has none)."""
    plan = planner.plan(SearchQuery(text="housing", postcode="BS1 4DJ", radius_km=3))
    assert plan.origin_area == "bristol"  # the gazetteer says "City of Bristol"
    (radius,) = [f for f in q.filters(plan) if "bool" in f]
    should = radius["bool"]["should"]
    assert radius["bool"]["minimum_should_match"] == 1
    assert {"term": {"area_keys": {"value": "bristol"}}} in should
    assert any("geo_distance" in clause for clause in should)
    no_postcode = planner.plan(SearchQuery(text="housing", lat=51.45, lon=-2.59, radius_km=3))
    assert no_postcode.origin_area is None
    assert "geo_distance" in q.filters(no_postcode)[0]

    covering = MergedService(
        id="m-area",
        service=Service(
            id="s-area",
            name="Housing advice line",
            service_areas=[
                ServiceArea(name="Bristol"),
                ServiceArea(name="Royal Borough of Kingston upon Thames"),
            ],
        ),
        member_ids=["r-area"],
        source_ids=["bristol-openplace"],
    )
    doc = DocumentBuilder(default_taxonomy(), gazetteer).build(covering)
    assert doc is not None
    source = m.document_source(doc)
    assert source["area_keys"] == ["bristol", "kingston upon thames"]
    assert source["boroughs"] == ["Kingston upon Thames"]  # a covered London borough
    assert source["hit"]["service_areas"] == ["Bristol", "Royal Borough of Kingston upon Thames"]
    assert "distance_km" not in source["hit"]
    assert m.service_mappings()["properties"]["area_keys"] == {"type": "keyword"}
    plain = DocumentBuilder(default_taxonomy(), gazetteer).build(london_services()[0])
    assert plain is not None and "area_keys" not in m.document_source(plain)


def test_nearness_scoring_and_sorting(planner: QueryPlanner) -> None:
    near = planner.plan(SearchQuery(text="debt advice", postcode="HA1 2AA"))
    body = q.search_body(near, near.needs[0], size=20)
    fs = body["query"]["function_score"]
    assert fs["boost_mode"] == "multiply" and fs["score_mode"] == "first"
    decay = fs["functions"][0]["exp"]["location"]
    assert decay["scale"] == "5.0km" and decay["offset"] == "1.0km" and decay["decay"] == 0.5
    assert fs["functions"][1]["weight"] == pytest.approx(0.5 ** (11 / 5))
    assert body["sort"] == [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}]
    assert body["track_total_hits"] is True
    nearest = planner.plan(SearchQuery(text="gp", postcode="HA1 2AA", sort="distance"))
    geo_sort = q.search_body(nearest, nearest.needs[0], size=10)["sort"][0]["_geo_distance"]
    assert geo_sort["order"] == "asc" and geo_sort["unit"] == "km"
    browse = planner.plan(SearchQuery(boroughs=["Harrow"]))
    body = q.search_body(browse, None, size=10)
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert body["sort"][0] == {"name.sort": {"order": "asc"}}
    assert body["sort"][-1] == {"id": {"order": "asc"}}  # a total order: pages never overlap


def test_union_body_counts_any_need(planner: QueryPlanner) -> None:
    plan = planner.plan(SearchQuery(text="debt advice and employment support"))
    body = q.union_body(plan, [(n, False) for n in plan.needs])
    assert body["size"] == 0 and len(body["query"]["bool"]["should"]) == 2
    assert set(body["aggregations"]) == set(q.FACET_FIELDS)


def test_suggest_body() -> None:
    body = q.suggest_body("debt adv", 50)
    mm = body["query"]["bool"]["must"][0]["multi_match"]
    assert mm["type"] == "bool_prefix" and "text._2gram" in mm["fields"]
    assert body["query"]["bool"]["must_not"] == [{"term": {"kind": {"value": "vocabulary"}}}]


def test_elasticsearch_helpers(gazetteer: Gazetteer) -> None:
    a, b, c = ({"_id": x} for x in "abc")
    assert interleave([[a, b], [b, c]], 10) == [(a, 0), (b, 1), (c, 1)]
    assert interleave([[a, b, c]], 2) == [(a, 0), (b, 0)]
    assert nearest_from_points([51.5, -0.1, 51.58, -0.33], 51.58, -0.33) == pytest.approx(0.0)
    assert nearest_from_points([], 51.5, -0.1) is None
    builder = DocumentBuilder(default_taxonomy(), gazetteer)
    cab = builder.build(next(s for s in london_services() if s.id == "m-cab-harrow"))
    assert cab is not None
    table = SuggestionTable()
    table.add(cab)
    actions = {a["_source"]["text"]: a["_source"] for a in table.actions("s")}
    assert actions["Debt advice (Citizens Advice Harrow)"] == {
        "text": "Debt advice (Citizens Advice Harrow)",
        "kind": "service",
        "docs": 1,
        "ref": "m-cab-harrow",
    }
    assert actions["Citizens Advice Harrow"]["kind"] == "organization"
    table.add(cab)  # a text two services share names neither
    assert "ref" not in next(a for a in table.actions("s") if a["_source"]["docs"] == 2)["_source"]


def test_make_backend(tmp_path: Path, gazetteer: Gazetteer) -> None:
    settings = SimpleNamespace(backend="embedded", db=tmp_path / "signpost.db",
                               gazetteer_path=tmp_path / "missing.sqlite")  # fmt: skip
    assert search_index_path(settings.db) == tmp_path / "signpost-search.sqlite"
    backend = make_backend(settings)
    assert backend.name == "embedded"
    assert not backend.health().ok  # not built yet, and says so
    assert "signpost index" in (backend.health().detail or "")
    backend.rebuild(london_services())
    with pytest.raises(Exception, match="gazetteer"):
        backend.search(SearchQuery(text="debt", postcode="HA1 2AA"))
    with_gazetteer = make_backend(settings, gazetteer=gazetteer)
    assert with_gazetteer.search(SearchQuery(text="debt", postcode="HA1 2AA")).total == 2
    with pytest.raises(BackendError, match="ELASTICSEARCH_URL"):
        make_backend(SimpleNamespace(backend="elasticsearch", elasticsearch_url=None))
    elastic = make_backend(
        SimpleNamespace(backend="elasticsearch", elasticsearch_url="http://a:9200,http://b:9200",
                        elasticsearch_index="idx", elasticsearch_shards=3,
                        elasticsearch_replicas=0, elasticsearch_result_window=500),
        gazetteer=gazetteer,
    )  # fmt: skip
    options = elastic.options  # type: ignore[attr-defined]
    assert (options.index, options.shards, options.replicas, options.result_window) == (
        "idx", 3, 0, 500)  # fmt: skip
    assert options.keep_previous == 1 and options.refresh_interval == "1s"  # defaults
    assert len(elastic.client.transport.hosts) == 2  # type: ignore[attr-defined]
    with pytest.raises(BackendError, match="unknown search backend"):
        make_backend(SimpleNamespace(backend="solr"))


@pytest.mark.parametrize("slip", ["nought, nought", "swapped", "typo"])
def test_a_stored_position_nowhere_in_britain_is_placed_by_its_postcode(
    gazetteer: Gazetteer, slip: str
) -> None:
    """Records stored before harvesting mended positions: a feed's ``0, 0``, or a latitude
    and longitude the wrong way round, or a typo, never puts the service thousands of
    kilometres from its postcode in a search (swapped, it is turned back)."""
    from index.model import Location

    postcode = gazetteer.lookup("HA2 7SE")
    lat, lon = {
        "nought, nought": (0.0, 0.0),
        "swapped": (postcode.longitude, postcode.latitude),
        "typo": (postcode.latitude, 151.5),
    }[slip]
    merged = MergedService(
        id="m-pos",
        service=Service(
            id="s-pos",
            name="Harrow Carers Centre",
            locations=[
                Location(
                    address_1="3 Station Parade", postal_code="HA2 7SE", latitude=lat, longitude=lon
                )
            ],
        ),
        member_ids=["r-pos"],
        source_ids=["oruk-harrow"],
    )
    doc = DocumentBuilder(default_taxonomy(), gazetteer).build(merged)
    assert doc is not None and len(doc.points) == 1
    ((doc_lat, doc_lon),) = doc.points
    assert distance_km(doc_lat, doc_lon, postcode.latitude, postcode.longitude) < 0.5
    assert doc.hit["borough"] == "Harrow"
