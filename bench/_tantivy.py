"""The alternative embedded engine measured beside ours: tantivy (Rust, through its official
Python binding from PyPI), on the same documents and the same questions.

Each service is indexed from the same ``IndexDocument`` the embedded backend indexes: the five
weighted text fields (English stemming), the row id, the first position (fast fields) and the
borough and categories (raw fast fields, for facet counts). A question is the same need the
planner made (typed words AND-ed, synonyms as phrases, a word being typed as a prefix), as a
tantivy query with the same field weights (BM25 per field, summed); a radius is a range on
latitude and longitude (tantivy has no distance ranking or circle: the embedded engine does
more work for the same question). Counting, the top ten and the borough and category counts
are what is timed, and the raw match count alone as tantivy's floor.

Only ``bench/search.py`` uses it; without the ``tantivy`` package it reports that it was
skipped.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from index.backends.document import IndexDocument
from index.geo import bounding_box
from index.search.plan import Need, QueryPlan

FIELDS = ("name", "categories", "organization", "description", "place")
BOOSTS = {"name": 10.0, "categories": 6.0, "organization": 3.0, "description": 1.0, "place": 0.5}
_SAFE = re.compile(r"[^\w]+")

try:
    import tantivy
except ImportError:  # pragma: no cover - reported as skipped
    tantivy = None


def available() -> bool:
    return tantivy is not None


class TantivyIndex:
    def __init__(self, path: Path) -> None:
        assert tantivy is not None
        sb = tantivy.SchemaBuilder()
        sb.add_unsigned_field("rowid", stored=True, fast=True, indexed=True)
        for name in FIELDS:
            sb.add_text_field(name, tokenizer_name="en_stem")
        sb.add_float_field("lat", fast=True, indexed=True)
        sb.add_float_field("lon", fast=True, indexed=True)
        sb.add_text_field("borough", tokenizer_name="raw", fast=True)
        sb.add_text_field("category", tokenizer_name="raw", fast=True)
        self.schema = sb.build()
        path.mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(self.schema, path=str(path))

    def build(self, docs: Iterable[tuple[int, IndexDocument]]) -> dict[str, float]:
        """Index the documents; (documents, seconds) — the documents are built by the caller
        (the same ``DocumentBuilder`` work as the embedded rebuild) while tantivy indexes on
        its own threads."""
        started = time.perf_counter()
        writer = self.index.writer(heap_size=256_000_000, num_threads=2)
        n = 0
        for rowid, d in docs:
            doc = tantivy.Document()
            doc.add_unsigned("rowid", rowid)
            doc.add_text("name", d.name)
            doc.add_text("categories", d.categories_text)
            doc.add_text("organization", d.organization)
            doc.add_text("description", d.description)
            doc.add_text("place", d.place_text)
            if d.points:
                doc.add_float("lat", d.points[0][0])
                doc.add_float("lon", d.points[0][1])
            for b in d.boroughs:
                doc.add_text("borough", b)
            for c in d.category_ids:
                doc.add_text("category", c)
            writer.add_document(doc)
            n += 1
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()
        seconds = time.perf_counter() - started
        return {"documents": n, "seconds": round(seconds, 1), "docs_per_s": round(n / seconds)}

    def _need_query(self, need: Need) -> str:
        slots = []
        for slot in need.slots:
            alts = []
            for i, alt in enumerate(slot.alternatives):
                words = [w for w in (_SAFE.sub("", w) for w in alt) if w]
                if not words:
                    continue
                if len(words) == 1:
                    alts.append(words[0] + ("*" if slot.prefix else ""))
                elif i == 0:
                    alts.append("(" + " AND ".join(words) + ")")
                else:
                    alts.append('"' + " ".join(words) + '"')
            if alts:
                slots.append("(" + " OR ".join(alts) + ")")
        return " AND ".join(slots)

    def query(self, plan: QueryPlan, need: Need) -> Any:
        q = self.index.parse_query(self._need_query(need), list(FIELDS), field_boosts=BOOSTS)
        if plan.origin is None or not plan.radius_km:
            return q
        min_lat, max_lat, min_lon, max_lon = bounding_box(
            plan.origin.lat, plan.origin.lon, plan.radius_km
        )
        must = tantivy.Occur.Must
        lat = tantivy.Query.range_query(
            self.schema, "lat", tantivy.FieldType.Float, min_lat, max_lat
        )
        lon = tantivy.Query.range_query(
            self.schema, "lon", tantivy.FieldType.Float, min_lon, max_lon
        )
        return tantivy.Query.boolean_query([(must, q), (must, lat), (must, lon)])

    def count(self, plan: QueryPlan) -> int:
        """The floor: the matches of each need counted (tantivy needs a top-1 collector beside
        the count; nothing is fetched)."""
        return sum(
            self.searcher.search(self.query(plan, n), 1, count=True).count for n in plan.needs
        )

    def search(self, plan: QueryPlan) -> tuple[int, list[int]]:
        """Count, the first page (row ids) and the borough and category counts of each need."""
        total, ids = 0, []
        aggs = {
            "borough": {"terms": {"field": "borough", "size": 40}},
            "category": {"terms": {"field": "category", "size": 40}},
        }
        for need in plan.needs:
            q = self.query(plan, need)
            result = self.searcher.search(q, plan.per_page, count=True)
            total += result.count
            ids += [self.searcher.doc(addr)["rowid"][0] for _, addr in result.hits]
            self.searcher.aggregate(q, aggs)
        return total, ids
