"""Search request bodies, as pure functions of a ``QueryPlan``: tested as data
(``tests/index/test_search_mapping.py``), validated against Elastic's specification on every run
and answered by a real cluster in the contract suite.

Every text clause names the ``signpost_text`` analyser: what is matched is exactly the
planner's words and phrases (synonyms included, as alternatives), as in the embedded backend.

Bodies use the specification's canonical forms (``aggregations``, ``term`` with ``value``,
``_source`` with ``includes``) rather than the shortcuts a server also accepts, so what we send
is exactly what the published schema describes.
"""

from __future__ import annotations

from typing import Any

from index.backends.fts import WEIGHTS
from index.model import DAYS
from index.search.plan import Need, QueryPlan
from index.search.schedule import MINUTES_PER_DAY

Body = dict[str, Any]

FIELDS = ("name", "categories", "organization", "description", "place")
BM25_K1 = 1.2


def _as_fts5_counts_it(weight: float) -> float:
    """What one occurrence in a column of ``weight`` is worth in FTS5's bm25, relative to
    one in a column of weight 1: FTS5 multiplies the count by the weight *before* saturating
    it (BM25F), so it is worth ``w (k1 + 1) / (w + k1)``."""
    return weight * (BM25_K1 + 1) / (weight + BM25_K1)


TEXT_FIELDS = [
    f"{name}^{_as_fts5_counts_it(float(w)):.2f}"
    for name, w in zip(FIELDS, WEIGHTS.split(","), strict=True)
]
"""The embedded index's column weights (name 10, categories 6, organisation 3, description 1,
address 0.5) as they act there: 1.96, 1.83, 1.57, 1, 0.65. Elasticsearch multiplies a
field's score *after* saturating it (7.10 has no BM25F ``combined_fields``); given the raw
weights, a name match counted five times what it does in the embedded index and outweighed
nearness (docs/search.md, "Same answers on both engines")."""
FACET_FIELDS = {
    "category": "category_ids",
    "borough": "boroughs",
    "cost": "cost",
    "source": "sources",
}
FACET_SIZE = 500
"""Larger than the number of values any facet has (taxonomy terms, boroughs, sources), so
counts are exact on any number of shards."""
DECAY_SCALE_KM = 5.0
DECAY_OFFSET_KM = 1.0
NO_POSITION_WEIGHT = 0.5 ** (11 / 5)
"""Same as ``distance.decay(None)``: a service with no position counts as 12 km away."""
SYNONYM_BOOST = 0.8
"""What a synonym's match counts beside the words as typed: "employment support" in a name
ranks above "job club" at about the same distance (one service's score against another's
moved by a tenth of a per cent with the harvest's word counts otherwise)."""
ANALYZER = "signpost_text"
HIT_SOURCE = ["hit", "description", "points"]
"""The stored fields a result is shown from."""


def _term(field: str, value: object) -> Body:
    return {"term": {field: {"value": value}}}


def _match(text: str, kind: str, **extra: Any) -> Body:
    return {
        "multi_match": {
            "query": text,
            "fields": TEXT_FIELDS,
            "type": kind,
            "analyzer": ANALYZER,
            **extra,
        }
    }


def _word_query(word: str) -> Body:
    """One typed word, in any field. Typos were corrected by the planner already (against
    the index's own words, as for the embedded backend); fuzzy matching of known words on
    top only found near-misses ("support" ~ "sport", "carers" ~ "careers")."""
    return _match(word, "best_fields")


def slot_query(alternatives: tuple[tuple[str, ...], ...], prefix: bool) -> Body:
    """Any alternative of one concept. What was typed matches word by word, each word in any
    field (as the embedded backend's AND of words); synonyms match as phrases; a word still
    being typed matches as a prefix."""
    should: list[Body] = []
    for i, alt in enumerate(alternatives):
        text = " ".join(alt)
        if prefix and len(alt) == 1:
            should.append(_match(text, "phrase_prefix"))
        elif i == 0:
            words = [_word_query(w) for w in alt]
            should.append(words[0] if len(words) == 1 else {"bool": {"must": words}})
        else:
            should.append(_match(text, "phrase", boost=SYNONYM_BOOST))
    return (
        should[0] if len(should) == 1 else {"bool": {"should": should, "minimum_should_match": 1}}
    )


def need_query(need: Need, relaxed: bool = False) -> Body:
    """Every concept of the need (or, ``relaxed``, any of them, ranked by how many match)."""
    slots = [slot_query(s.alternatives, s.prefix) for s in need.slots]
    if relaxed:
        return {"bool": {"should": slots, "minimum_should_match": 1}}
    return {"bool": {"must": slots}}


def filters(plan: QueryPlan) -> list[Body]:
    out: list[Body] = []
    if plan.category_requested:
        if not plan.categories:
            return [{"match_none": {}}]
        out.append({"terms": {"category_ids": sorted(plan.categories)}})
    if plan.boroughs:
        out.append({"terms": {"boroughs": plan.boroughs}})
    if plan.sources:
        out.append({"terms": {"sources": plan.sources}})
    if plan.free_only:
        out.append(_term("cost", "free"))
    if plan.age is not None:
        out.append(
            {
                "bool": {
                    "must_not": [
                        {"range": {"min_age": {"gt": plan.age}}},
                        {"range": {"max_age": {"lt": plan.age}}},
                    ]
                }
            }
        )
    if plan.open_at is not None:
        o = plan.open_at
        if o.timed:
            out.append(_term("open_timed", o.start))
        else:
            out.append(_term("open_days", DAYS[(o.start // MINUTES_PER_DAY) % 7]))
    if plan.origin is not None and plan.radius_km:
        near: Body = {
            "geo_distance": {
                "distance": f"{plan.radius_km}km",
                "location": {"lat": plan.origin.lat, "lon": plan.origin.lon},
            }
        }
        if plan.origin_area:
            # A service covering the origin's area passes whatever its distance
            # (index.search.areas).
            near = {
                "bool": {
                    "should": [near, _term("area_keys", plan.origin_area)],
                    "minimum_should_match": 1,
                }
            }
        out.append(near)
    return out


def scored(query: Body, plan: QueryPlan) -> Body:
    """With an origin, relevance is multiplied by nearness: 1 within a kilometre, halving
    every 5 km beyond (``distance.decay``)."""
    if plan.origin is None:
        return query
    origin = {"lat": plan.origin.lat, "lon": plan.origin.lon}
    return {
        "function_score": {
            "query": query,
            "functions": [
                {
                    "filter": {"exists": {"field": "location"}},
                    "exp": {
                        "location": {
                            "origin": origin,
                            "scale": f"{DECAY_SCALE_KM}km",
                            "offset": f"{DECAY_OFFSET_KM}km",
                            "decay": 0.5,
                        },
                        "multi_value_mode": "min",
                    },
                },
                {
                    "filter": {"bool": {"must_not": [{"exists": {"field": "location"}}]}},
                    "weight": NO_POSITION_WEIGHT,
                },
            ],
            "score_mode": "first",
            "boost_mode": "multiply",
        }
    }


def sort(plan: QueryPlan, has_text: bool) -> list[Any]:
    """Always ends in ``id``: a total order, so pages never overlap and ``search_after`` can
    continue exactly where a page ended."""
    if plan.origin is not None and (plan.sort == "distance" or not has_text):
        origin = {"lat": plan.origin.lat, "lon": plan.origin.lon}
        return [
            {"_geo_distance": {"location": origin, "order": "asc", "unit": "km", "mode": "min"}},
            {"_score": {"order": "desc"}},
            {"id": {"order": "asc"}},
        ]
    if not has_text:
        return [{"name.sort": {"order": "asc"}}, {"id": {"order": "asc"}}]
    return [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}]


def aggregations() -> Body:
    return {
        name: {"terms": {"field": field, "size": FACET_SIZE}}
        for name, field in FACET_FIELDS.items()
    }


def search_body(
    plan: QueryPlan,
    need: Need | None,
    *,
    size: int,
    start: int = 0,
    after: list[Any] | None = None,
    relaxed: bool = False,
    with_facets: bool = True,
    with_total: bool = True,
    with_source: bool = True,
) -> Body:
    """One request: the need (or everything, for a search without words) under the plan's
    filters, nearness-scored, sorted; ``start`` hits in (``from``) or after the sort values
    ``after`` (``search_after``); with facet aggregations and an exact total unless the
    caller (a later step of a ``search_after`` walk) needs neither."""
    query: Body = need_query(need, relaxed) if need is not None else {"match_all": {}}
    body: Body = {
        "query": scored({"bool": {"must": [query], "filter": filters(plan)}}, plan),
        "size": size,
        "sort": sort(plan, need is not None),
        "track_total_hits": with_total,
        "_source": {"includes": HIT_SOURCE} if with_source else False,
    }
    if after is not None:
        body["search_after"] = after
    elif start:
        body["from"] = start
    if with_facets:
        body["aggregations"] = aggregations()
    return body


def union_body(plan: QueryPlan, needs: list[tuple[Need, bool]]) -> Body:
    """Facets and the total for several needs at once: services matching any of them."""
    query = {
        "bool": {
            "should": [need_query(n, relaxed) for n, relaxed in needs],
            "minimum_should_match": 1,
            "filter": filters(plan),
        }
    }
    return {"query": query, "size": 0, "track_total_hits": True, "aggregations": aggregations()}


def category_counts_body() -> Body:
    """How many services each category has (suggestions offer categories with services)."""
    return {
        "size": 0,
        "aggregations": {"c": {"terms": {"field": "category_ids", "size": FACET_SIZE}}},
    }


def suggest_body(prefix: str, size: int) -> Body:
    return {
        "query": {
            "bool": {
                "must": [
                    {
                        "multi_match": {
                            "query": prefix,
                            "type": "bool_prefix",
                            "fields": ["text", "text._2gram", "text._3gram"],
                        }
                    }
                ],
                "must_not": [_term("kind", "vocabulary")],
            }
        },
        "size": size,
        "sort": [{"_score": {"order": "desc"}}, {"docs": {"order": "desc"}}],
    }
