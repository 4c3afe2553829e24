"""Elasticsearch index definitions, as pure functions of the vocabulary and the options:
tested without a server (``tests/index/test_search_mapping.py``) and validated against
Elastic's specification (``tests/contract``, the ``elasticsearch-spec`` run).

- Text fields use an English analyser (possessives, ASCII folding, Porter stemming — the same
  stemmer the embedded index uses). Synonyms are not in the index: the shared query planner
  expands each concept into its alternatives from ``index/vocab/synonyms.txt``, for both
  engines, so changing the synonyms never needs a reindex (docs/search.md says why a
  ``synonym_graph`` filter was taken out).
- ``name`` and ``categories`` keep no length norms: a one-word name ("Befriending") is no
  better an answer than a longer one ("Telephone Befriending – West Drayton"), and on these
  heavily weighted fields per-field length normalisation outweighed nearness (the embedded
  index normalises by the whole document's length instead).
- Suggestions live in their own index with a ``search_as_you_type`` field.
- Facets are ``keyword`` fields; positions a ``geo_point``; opening hours ``integer_range``s
  of minutes in the week, so "open at 18:30 on Wednesday" is one ``term`` query.
"""

from __future__ import annotations

from typing import Any

from index.backends.document import IndexDocument
from index.backends.elastic.client import ElasticOptions
from index.model import DAYS

Body = dict[str, Any]
LOADING = "-1"
"""``refresh_interval`` while a new index is bulk-loaded: nobody searches it yet, and
refreshing every second would only slow the load down."""


def index_settings(options: ElasticOptions) -> Body:
    """Settings of a new generation, as created (refreshes paused for the bulk load;
    ``live_settings`` switches them on before the alias swap)."""
    folding = ["lowercase", "asciifolding", "signpost_possessive"]
    return {
        "number_of_shards": options.shards,
        "number_of_replicas": options.replicas,
        "refresh_interval": LOADING,
        "max_result_window": options.result_window,
        "analysis": {
            "filter": {
                "signpost_possessive": {"type": "stemmer", "language": "possessive_english"},
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
                "signpost_suggest": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
            },
        },
    }


def live_settings(options: ElasticOptions) -> Body:
    return {"index": {"refresh_interval": options.refresh_interval}}


def _text(**extra: Any) -> Body:
    return {"type": "text", "analyzer": "signpost_text", **extra}


def service_mappings() -> Body:
    return {
        "dynamic": "strict",
        "properties": {
            "id": {"type": "keyword"},
            "name": _text(
                norms=False,
                fields={
                    "sort": {"type": "keyword", "ignore_above": 256, "normalizer": "signpost_sort"}
                },
            ),
            "categories": _text(norms=False),
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
