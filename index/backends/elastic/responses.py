"""Reading Elasticsearch's answers into the shared result types: hits, totals, facets, and
the round-robin that interleaves several needs (as the embedded backend does)."""

from __future__ import annotations

from typing import Any

from index.backends.document import COST_LABELS
from index.backends.elastic.queries import FACET_FIELDS
from index.geo import distance_km
from index.search.hits import Highlighter, finish_hit
from index.search.plan import QueryPlan
from index.search.types import FacetCount, SearchHit
from index.taxonomy import Taxonomy

Hit = dict[str, Any]


def total(response: dict[str, Any]) -> int:
    """``hits.total``: an object (``value``, ``relation``) in 7.x and later."""
    found = response["hits"].get("total", 0)
    return int(found["value"] if isinstance(found, dict) else found)


def hits(response: dict[str, Any]) -> list[Hit]:
    return list(response["hits"]["hits"])


def nearest_from_points(points: list[float], lat: float, lon: float) -> float | None:
    """Exact distance to the nearest of a service's positions (``[lat, lon, lat, lon, …]``)."""
    pairs = zip(points[0::2], points[1::2], strict=False)
    return min((distance_km(lat, lon, a, b) for a, b in pairs), default=None)


def present(item: Hit, plan: QueryPlan, marker: Highlighter, need: str | None) -> SearchHit:
    source = item["_source"]
    distance = None
    if plan.origin is not None:
        distance = nearest_from_points(source.get("points", []), plan.origin.lat, plan.origin.lon)
    score = item.get("_score")
    return finish_hit(
        source["hit"],
        description=source.get("description", ""),
        score=float(score) if score is not None else 0.0,
        distance_km=distance,
        matched_need=need,
        marker=marker,
    )


def facets(aggregations: dict[str, Any], taxonomy: Taxonomy) -> dict[str, list[FacetCount]]:
    out: dict[str, list[FacetCount]] = {}
    for facet in FACET_FIELDS:
        values = []
        for bucket in aggregations.get(facet, {}).get("buckets", []):
            value = str(bucket["key"])
            if facet == "category":
                label = taxonomy.name(value)
            elif facet == "cost":
                label = COST_LABELS.get(value, value)
            else:
                label = value
            values.append(FacetCount(value=value, label=label, count=int(bucket["doc_count"])))
        out[facet] = sorted(values, key=lambda f: (-f.count, f.label))
    return out


def interleave(ranked: list[list[Hit]], count: int) -> list[tuple[Hit, int]]:
    """Round-robin across needs, each service once (as the embedded backend)."""
    out: list[tuple[Hit, int]] = []
    seen: set[str] = set()
    depth = max((len(r) for r in ranked), default=0)
    for i in range(depth):
        for n, found in enumerate(ranked):
            if i < len(found) and found[i]["_id"] not in seen:
                seen.add(found[i]["_id"])
                out.append((found[i], n))
        if len(out) >= count:
            break
    return out[:count]
