"""Elasticsearch index definitions and query bodies, as pure functions of the vocabulary and
of a ``QueryPlan``: tested without a server, so CI checks them on every run.

- Text fields use an English analyser (possessives, ASCII folding, Porter stemming — the same
  stemmer the embedded index uses) and, at search time only, a ``synonym_graph`` filter fed by
  ``index/vocab/synonyms.txt``: changing the synonyms never needs a reindex.
- Suggestions live in their own index with a ``search_as_you_type`` field.
- Facets are ``keyword`` fields; positions a ``geo_point``; opening hours ``integer_range``s
  of minutes in the week, so "open at 18:30 on Wednesday" is one ``term`` query.
"""

from __future__ import annotations

from typing import Any

from index.backends.document import IndexDocument
from index.model import DAYS
from index.search.plan import Need, QueryPlan
from index.search.schedule import MINUTES_PER_DAY
from index.vocab import SynonymTable

TEXT_FIELDS = ["name^10", "categories^6", "organization^3", "description", "place^0.5"]
"""Field weights, as in the embedded backend's bm25."""
FACET_FIELDS = {
    "category": "category_ids",
    "borough": "boroughs",
    "cost": "cost",
    "source": "sources",
}
FACET_SIZE = 100
DECAY_SCALE_KM = 5.0
DECAY_OFFSET_KM = 1.0
NO_POSITION_WEIGHT = 0.5 ** (11 / 5)
"""Same as ``distance.decay(None)``: a service with no position counts as 12 km away."""

Body = dict[str, Any]


def index_settings(synonyms: SynonymTable) -> Body:
    folding = ["lowercase", "asciifolding", "signpost_possessive"]
    return {
        "number_of_shards": 1,
        "analysis": {
            "filter": {
                "signpost_possessive": {"type": "stemmer", "language": "possessive_english"},
                "signpost_synonyms": {
                    "type": "synonym_graph",
                    "synonyms": synonyms.solr_lines(),
                    "lenient": True,
                },
            },
            "normalizer": {
                "signpost_sort": {"type": "custom", "filter": ["lowercase", "asciifolding"]}
            },
            "analyzer": {
                "signpost_text": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*folding, "porter_stem"],
                },
                "signpost_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*folding, "signpost_synonyms", "porter_stem"],
                },
                "signpost_suggest": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
            },
        },
    }


def _text(**extra: Any) -> Body:
    return {
        "type": "text",
        "analyzer": "signpost_text",
        "search_analyzer": "signpost_search",
        **extra,
    }


def service_mappings() -> Body:
    return {
        "dynamic": "strict",
        "properties": {
            "id": {"type": "keyword"},
            "name": _text(
                fields={
                    "sort": {"type": "keyword", "ignore_above": 256, "normalizer": "signpost_sort"}
                }
            ),
            "categories": _text(),
            "organization": _text(),
            "description": _text(),
            "place": _text(),
            "category_ids": {"type": "keyword"},
            "boroughs": {"type": "keyword"},
            "area_keys": {"type": "keyword"},
            "sources": {"type": "keyword"},
            "cost": {"type": "keyword"},
            "open_days": {"type": "keyword"},
            "open_timed": {"type": "integer_range"},
            "min_age": {"type": "integer"},
            "max_age": {"type": "integer"},
            "location": {"type": "geo_point"},
            "points": {"type": "float", "index": False},
            "hit": {"type": "object", "enabled": False},
        },
    }


def suggest_mappings() -> Body:
    return {
        "dynamic": "strict",
        "properties": {
            "text": {"type": "search_as_you_type", "analyzer": "signpost_suggest"},
            "kind": {"type": "keyword"},
            "ref": {"type": "keyword"},
            "docs": {"type": "integer"},
            "vocabulary": {"type": "object", "enabled": False},
        },
    }


def document_source(doc: IndexDocument) -> Body:
    """What is stored for one service: searchable fields, filters, and the ready hit."""
    source: Body = {
        "id": doc.id,
        "name": doc.name,
        "categories": doc.categories_text,
        "organization": doc.organization,
        "description": doc.description,
        "place": doc.place_text,
        "category_ids": doc.category_ids,
        "boroughs": doc.boroughs,
        "sources": doc.sources,
        "cost": doc.cost,
        "open_days": [DAYS[d] for d in doc.open_days()],
        "open_timed": [{"gte": s, "lt": e} for s, e, timed in doc.hours if timed],
        "location": [{"lat": lat, "lon": lon} for lat, lon in doc.points],
        "points": [coordinate for point in doc.points for coordinate in point],
        "hit": doc.hit,
    }
    if doc.area_keys:  # left out when empty: documents fit an index built before the field
        source["area_keys"] = doc.area_keys
    if doc.min_age is not None:
        source["min_age"] = doc.min_age
    if doc.max_age is not None:
        source["max_age"] = doc.max_age
    return source


# -- queries ----------------------------------------------------------------------------------


def _word_query(word: str) -> Body:
    """One typed word, in any field: exactly (synonyms apply) or, a little lower, within
    ``fuzziness: AUTO`` through the synonym-free analyser (fuzzy queries and synonym graphs
    do not mix)."""
    return {
        "bool": {
            "should": [
                {"multi_match": {"query": word, "fields": TEXT_FIELDS, "type": "best_fields"}},
                {
                    "multi_match": {
                        "query": word,
                        "fields": TEXT_FIELDS,
                        "type": "best_fields",
                        "fuzziness": "AUTO",
                        "prefix_length": 1,
                        "analyzer": "signpost_text",
                        "boost": 0.5,
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }


def slot_query(alternatives: tuple[tuple[str, ...], ...], prefix: bool) -> Body:
    """Any alternative of one concept. What was typed matches word by word, each word in any
    field (as the embedded backend's AND of words); synonyms match as phrases; a word still
    being typed matches as a prefix."""
    should: list[Body] = []
    for i, alt in enumerate(alternatives):
        text = " ".join(alt)
        if prefix and len(alt) == 1:
            should.append(
                {"multi_match": {"query": text, "fields": TEXT_FIELDS, "type": "phrase_prefix"}}
            )
        elif i == 0:
            words = [_word_query(w) for w in alt]
            should.append(words[0] if len(words) == 1 else {"bool": {"must": words}})
        else:
            should.append({"multi_match": {"query": text, "fields": TEXT_FIELDS, "type": "phrase"}})
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
        out.append({"term": {"cost": "free"}})
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
            out.append({"term": {"open_timed": o.start}})
        else:
            out.append({"term": {"open_days": DAYS[(o.start // MINUTES_PER_DAY) % 7]}})
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
                    "should": [near, {"term": {"area_keys": plan.origin_area}}],
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
                    "filter": {"bool": {"must_not": {"exists": {"field": "location"}}}},
                    "weight": NO_POSITION_WEIGHT,
                },
            ],
            "score_mode": "first",
            "boost_mode": "multiply",
        }
    }


def sort(plan: QueryPlan, has_text: bool) -> list[Any]:
    if plan.origin is not None and (plan.sort == "distance" or not has_text):
        origin = {"lat": plan.origin.lat, "lon": plan.origin.lon}
        return [
            {"_geo_distance": {"location": origin, "order": "asc", "unit": "km", "mode": "min"}},
            "_score",
        ]
    if not has_text:
        return [{"name.sort": "asc"}, {"id": "asc"}]
    return ["_score", {"id": "asc"}]


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
    relaxed: bool = False,
    with_facets: bool = True,
) -> Body:
    """One request: the need (or everything, for a search without words) under the plan's
    filters, nearness-scored, sorted, with facet aggregations and an exact total."""
    query: Body = need_query(need, relaxed) if need is not None else {"match_all": {}}
    body: Body = {
        "query": scored({"bool": {"must": [query], "filter": filters(plan)}}, plan),
        "size": size,
        "sort": sort(plan, need is not None),
        "track_total_hits": True,
        "_source": ["hit", "description", "points"],
    }
    if with_facets:
        body["aggs"] = aggregations()
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
    return {"query": query, "size": 0, "track_total_hits": True, "aggs": aggregations()}


def suggest_body(prefix: str, size: int) -> Body:
    return {
        "query": {
            "bool": {
                "must": {
                    "multi_match": {
                        "query": prefix,
                        "type": "bool_prefix",
                        "fields": ["text", "text._2gram", "text._3gram"],
                    }
                },
                "must_not": {"term": {"kind": "vocabulary"}},
            }
        },
        "size": size,
        "sort": ["_score", {"docs": "desc"}],
    }
