"""Same answers on both engines? The persona needs of ``tests/index/test_search_relevance.py``
on the harvested sample world, top five from the embedded index and from Elasticsearch, with
their overlap, printed as JSON.

    .venv/bin/python bench/relevance_overlap.py             # starts its own 3-node cluster
    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/relevance_overlap.py

For each query: both top fives (id, name, score, distance, whether the ground truth says the
service meets the need, which of its fields hold the query's words), the ids they share, and for each service only one engine ranks in
its top five, where the other engine ranks it (``rank_elsewhere``, 0 = not in its first 50).
docs/search.md, "Same answers on both engines", explains every difference.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from index.backends.document import DocumentBuilder, IndexDocument  # noqa: E402
from index.backends.elastic import ElasticOptions, ElasticsearchBackend  # noqa: E402
from index.backends.embedded import EmbeddedBackend  # noqa: E402
from index.geo import Gazetteer  # noqa: E402
from index.search.hits import Highlighter  # noqa: E402
from index.search.types import SearchQuery  # noqa: E402
from index.sources import load_sources  # noqa: E402
from index.store import Store  # noqa: E402
from index.taxonomy import default_taxonomy  # noqa: E402
from samples.server import running  # noqa: E402
from samples.truth import load_truth  # noqa: E402
from signpost.config import Settings  # noqa: E402
from signpost.dedup_step import run_dedup  # noqa: E402
from signpost.escluster import ClusterLayout, ClusterUnavailable, start_cluster  # noqa: E402
from signpost.escluster.process import free_port_run  # noqa: E402
from signpost.harvest import harvest  # noqa: E402
from tests.index.test_search_relevance import PERSONA_NEEDS, SOURCES  # noqa: E402

LINK_WORKER = "debt advice and employment support near HA1 2AA"


def main() -> int:
    gazetteer_path = REPO / "var" / "gazetteer.sqlite"
    gazetteer = Gazetteer(gazetteer_path)
    truth = load_truth()
    cluster = None
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        base = REPO / "var" / "es-bench"
        layout = ClusterLayout(base, 3, free_port_run(3), free_port_run(3), "1g")
        try:
            cluster = start_cluster(layout, tie_to_parent=True)
        except ClusterUnavailable as exc:
            print(json.dumps({"skipped": f"no Elasticsearch cluster: {exc}"}))
            return 0
        url = cluster.url
    try:
        with tempfile.TemporaryDirectory() as tmp, running(port=0) as sites:
            settings = Settings(db=Path(tmp) / "signpost.db", var_dir=gazetteer_path.parent,
                                allowed_private_hosts=["127.0.0.1"], sample_sites_url=sites)  # fmt: skip
            configs = [
                s
                for s in load_sources(REPO / "sources/demo.toml", {"SAMPLE_SITES": sites})
                if s.id in SOURCES
            ]
            with Store(settings.db) as store:
                harvest(settings, store, configs, polite=False)
                run_dedup(store)
                merged = list(store.iter_merged())
                members = {
                    m.id: {
                        t if isinstance(t, str) else t.id
                        for r in m.member_ids
                        if (rec := store.get_record(r)) is not None
                        and (t := truth.service_for(rec.source_id, rec.listing_key)) is not None
                    }
                    for m in merged
                }
            embedded = EmbeddedBackend(Path(tmp) / "search.sqlite", gazetteer=gazetteer)
            embedded.rebuild(merged)
            elastic = ElasticsearchBackend.connect(
                ElasticOptions(url=url, index=f"signpost-overlap-{uuid.uuid4().hex[:8]}",
                               shards=3, replicas=1),
                gazetteer=gazetteer,
            )  # fmt: skip
            elastic.rebuild(merged)
            try:
                builder = DocumentBuilder(default_taxonomy(), gazetteer)
                docs = {m.id: d for m in merged if (d := builder.build(m)) is not None}
                report = compare(embedded, elastic, members, truth, docs)
            finally:
                elastic.drop()
    finally:
        if cluster is not None:
            cluster.stop()
    print(json.dumps(report, indent=2))
    return 0


def matched_in(doc: IndexDocument | None, marker: Highlighter) -> list[str]:
    """The fields of a service in which the query's words (or their synonyms) occur."""
    if doc is None:
        return []
    fields = {"name": doc.name, "categories": doc.categories_text,
              "organization": doc.organization, "description": doc.description}  # fmt: skip
    return [f for f, text in fields.items() if marker.spans(text or "")]


def compare(
    embedded: Any,
    elastic: Any,
    members: dict[str, set[str]],
    truth: Any,
    docs: dict[str, IndexDocument],
) -> Any:
    queries = [(text, category, SearchQuery(text=text, postcode=pc, per_page=5))
               for text, category, pc in PERSONA_NEEDS]  # fmt: skip
    queries.append((LINK_WORKER, None, SearchQuery(text=LINK_WORKER, per_page=5)))
    out = []
    for text, category, query in queries:
        pages = {"embedded": embedded.search(query), "elasticsearch": elastic.search(query)}
        deep = {
            name: [h.id for h in b.search(query.model_copy(update={"per_page": 50})).results]
            for name, b in (("embedded", embedded), ("elasticsearch", elastic))
        }

        def meets(hit_id: str, need: str | None, category: str | None = category) -> bool:
            wanted = category or (need or "").replace(" ", "-")
            return any(wanted in truth.services[t].categories for t in members.get(hit_id, ()))

        tops = {
            name: [
                {"id": h.id, "name": h.name, "score": round(h.score, 3),
                 "distance_km": h.distance_km, "meets_need": meets(h.id, h.matched_need)}
                for h in page.results
            ]
            for name, page in pages.items()
        }  # fmt: skip
        exact, prefixes = embedded.planner.plan(query).highlight_words()
        marker = Highlighter(exact, prefixes)
        for top in tops.values():
            for hit in top:
                hit["matched_in"] = matched_in(docs.get(hit["id"]), marker)
        ids = {name: [h["id"] for h in top] for name, top in tops.items()}
        shared = [i for i in ids["embedded"] if i in ids["elasticsearch"]]
        only = {
            name: [
                {"id": i, "rank_elsewhere": (deep[other].index(i) + 1) if i in deep[other] else 0}
                for i in ids[name]
                if i not in shared
            ]
            for name, other in (("embedded", "elasticsearch"), ("elasticsearch", "embedded"))
        }
        out.append({
            "query": text,
            "postcode": query.postcode,
            "overlap_top5": len(shared),
            "same_order": ids["embedded"] == ids["elasticsearch"],
            "totals": {name: page.total for name, page in pages.items()},
            "only_in": only,
            "top5": tops,
        })  # fmt: skip
    return {
        "queries": out,
        "mean_overlap": round(sum(q["overlap_top5"] for q in out) / len(out), 2),
    }


if __name__ == "__main__":
    sys.exit(main())
