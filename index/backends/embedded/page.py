"""The page of a search: facet counts over the whole result set, and the hits shown, built
from the result cards stored ready to serve at indexing time (no model validation per hit)."""

from __future__ import annotations

import sqlite3
from collections import Counter

import numpy as np
import orjson

from index.arrays import sorted_unique
from index.backends.document import COST_LABELS
from index.backends.embedded.columns import Columns
from index.backends.embedded.nearby import exact_distances
from index.search.hits import Highlighter, finish_hit
from index.search.plan import Origin, QueryPlan
from index.search.types import FacetCount, SearchHit
from index.taxonomy import Taxonomy

FACETS = ("category", "borough", "cost", "source")
FACET_VALUES_SHOWN = 40


def facet_lists(counts: dict[str, int], taxonomy: Taxonomy) -> dict[str, list[FacetCount]]:
    """``facet:value`` counts → the shown facets, largest first, then by label."""
    by_facet: dict[str, Counter[str]] = {f: Counter() for f in FACETS}
    for key, n in counts.items():
        facet, _, value = key.partition(":")
        if facet in by_facet and n > 0:
            by_facet[facet][value] = n

    def label(facet: str, value: str) -> str:
        if facet == "category":
            return taxonomy.name(value)
        if facet == "cost":
            return COST_LABELS.get(value, value)
        return value

    out: dict[str, list[FacetCount]] = {}
    for facet in FACETS:
        labelled = [(v, label(facet, v), n) for v, n in by_facet[facet].items()]
        labelled.sort(key=lambda t: (-t[2], t[1]))
        out[facet] = [
            FacetCount.model_construct(value=v, label=lab, count=n)
            for v, lab, n in labelled[:FACET_VALUES_SHOWN]
        ]
    return out


def hits(
    conn: sqlite3.Connection,
    g: int,
    cols: Columns,
    plan: QueryPlan,
    page: list[tuple[int, float, str | None]],
) -> list[SearchHit]:
    """(row id, score, matched need) → hits: the stored card plus the exact distance, the
    score, the need answered, and the snippet and highlight offsets."""
    if not page:
        return []
    rows = conn.execute(
        f"SELECT d.rowid, d.hit, d.description FROM json_each(?) j JOIN docs_{g} d"
        " ON d.rowid = j.value",
        (orjson.dumps([r for r, _, _ in page]).decode(),),
    ).fetchall()
    stored = {r: (h, desc) for r, h, desc in rows}
    exact, prefixes = plan.highlight_words()
    marker = Highlighter(exact, prefixes)
    origin: Origin | None = plan.origin
    km: dict[int, float] = {}
    if origin is not None:
        rowids = np.array([r for r, _, _ in page], dtype=np.int64)
        shown = exact_distances(cols, rowids, origin.lat, origin.lon)
        km = {r: float(d) for r, d in zip(rowids.tolist(), shown.tolist(), strict=True) if d == d}
    out: list[SearchHit] = []
    for rowid, score, need in page:
        if rowid not in stored:
            continue
        card, description = stored[rowid]
        distance = km.get(rowid)
        out.append(
            finish_hit(
                orjson.loads(card),
                description=description,
                score=score,
                distance_km=distance,
                matched_need=need,
                marker=marker,
            )
        )
    return out


def union(parts: list[np.ndarray]) -> np.ndarray:
    if len(parts) == 1:
        return parts[0]
    return sorted_unique(np.concatenate(parts))
