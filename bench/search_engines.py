"""Embedded engine or Elasticsearch cluster? The same services and the same query mix on both,
in one run, printed side by side as JSON.

    .venv/bin/python bench/search_engines.py                 # 20,000 services (make bench)
    .venv/bin/python bench/search_engines.py --n 100000      # the figures in docs/search.md

Generates ``--n`` synthetic London services (``_search_synthetic.py``, as ``bench/search.py``),
indexes them in the embedded engine and in Elasticsearch — a three-node cluster on 127.0.0.1
started for the run (``--heap``), or ``ELASTICSEARCH_URL`` — with three primary shards and one
replica, then times, per engine and per kind of query, ``--queries`` calls from one client:

- ``text``: the persona and everyday needs of ``bench/search.py``, no filters;
- ``typo``: misspelt needs ("docter", "councelling"), corrected by the shared planner;
- ``prefix_suggest``: what is typed letter by letter on the way to those needs;
- ``geo_text``: needs near a real London postcode (radius or nearest first);
- ``facets``: needs under category, cost, day, age and borough filters (every search also
  counts its four facets).

Each kind reports p50/p95 latency and queries per second (calls over the wall time they took,
one client), with the machine's load average before and after; the cluster's version, start
time, heap and resident memory are printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from _search_synthetic import postcode_pool, services  # noqa: E402
from search import FILTERS, NEEDS, POSTCODES, percentiles, typed_prefixes  # noqa: E402

from index.backends.elastic import ElasticOptions, ElasticsearchBackend  # noqa: E402
from index.backends.embedded import EmbeddedBackend  # noqa: E402
from index.geo import Gazetteer  # noqa: E402
from index.search.types import SearchQuery  # noqa: E402
from signpost.escluster import Cluster, ClusterLayout, ClusterUnavailable, start_cluster  # noqa: E402
from signpost.escluster.process import free_port_run  # noqa: E402
from signpost.gazetteer import ensure_gazetteer  # noqa: E402

TYPOS = ["docter", "councelling", "befriendng", "dementa support", "walkin group", "fod bank",
         "carers suport", "emplyment support", "lunh club", "benifits advice"]  # fmt: skip
FACET_FILTERS = [f for f in FILTERS if f]


def workload(rng: random.Random, pool: list[tuple], n: int) -> dict[str, list[Any]]:
    """The calls each engine answers: the same list for both."""
    prefixes = typed_prefixes(NEEDS)
    geo = []
    for _ in range(n):
        postcode = rng.choice(POSTCODES) if rng.random() < 0.5 else rng.choice(pool)[0]
        extra = rng.choice([{"radius_km": 3.0}, {"radius_km": 8.0}, {"sort": "distance"}, {}])
        geo.append(SearchQuery(text=rng.choice(NEEDS[:30]), postcode=postcode, **extra))
    return {
        "text": [SearchQuery(text=rng.choice(NEEDS)) for _ in range(n)],
        "typo": [SearchQuery(text=rng.choice(TYPOS)) for _ in range(n)],
        "prefix_suggest": [rng.choice(prefixes) for _ in range(n)],
        "geo_text": geo,
        "facets": [
            SearchQuery(text=rng.choice(NEEDS[:30]), **rng.choice(FACET_FILTERS)) for _ in range(n)
        ],
    }


def run(backend: Any, calls: dict[str, list[Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"load_average_before": round(os.getloadavg()[0], 2)}
    for query in calls["text"][:20]:  # warm caches, as a running server would be
        backend.search(query)
    for kind, items in calls.items():
        call: Callable[[Any], Any] = (
            (lambda p: backend.suggest(p, 8)) if kind == "prefix_suggest" else backend.search
        )
        samples = []
        began = time.perf_counter()
        for item in items:
            t = time.perf_counter()
            call(item)
            samples.append((time.perf_counter() - t) * 1000)
        wall = time.perf_counter() - began
        figures = percentiles(samples)
        out[kind] = {"p50_ms": figures["p50_ms"], "p95_ms": figures["p95_ms"],
                     "qps": round(len(items) / wall, 1)}  # fmt: skip
    out["load_average_after"] = round(os.getloadavg()[0], 2)
    return out


def rss_mb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="services to index")
    parser.add_argument("--queries", type=int, default=200, help="timed calls per kind")
    parser.add_argument("--heap", default="2g", help="the cluster JVM's maximum heap")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    gaz_path = REPO / "var" / "gazetteer.sqlite"
    ensure_gazetteer(gaz_path)
    gazetteer = Gazetteer(gaz_path)
    rng = random.Random(args.seed)
    pool = postcode_pool(gazetteer, 400, rng)
    calls = workload(random.Random(args.seed + 7), pool, args.queries)
    figures: dict[str, Any] = {"n": args.n, "queries_per_kind": args.queries,
                               "clients": 1, "cpus": os.cpu_count()}  # fmt: skip

    cluster: Cluster | None = None
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        layout = ClusterLayout(REPO / "var" / "es-bench", 3, free_port_run(3), free_port_run(3),
                               args.heap)  # fmt: skip
        try:
            cluster = start_cluster(layout, tie_to_parent=True)
        except ClusterUnavailable as exc:
            print(json.dumps({"skipped": f"no Elasticsearch cluster: {exc}"}))
            return 0
        url = cluster.url
        figures["cluster"] = {"version": cluster.version, "nodes": 3, "heap": args.heap,
                              "started_s": cluster.started_seconds, "java": cluster.java}  # fmt: skip
    try:
        with tempfile.TemporaryDirectory(prefix="signpost-bench-engines-") as tmp:
            embedded = EmbeddedBackend(Path(tmp) / "bench.sqlite", gazetteer=gazetteer)
            elastic = ElasticsearchBackend.connect(
                ElasticOptions(url=url, index=f"signpost-bench-{uuid.uuid4().hex[:8]}",
                               shards=3, replicas=1),
                gazetteer=gazetteer,
            )  # fmt: skip
            try:
                for name, backend in (("embedded", embedded), ("elasticsearch", elastic)):
                    t = time.perf_counter()
                    indexed = backend.rebuild(services(args.n, pool, seed=args.seed))
                    seconds = time.perf_counter() - t
                    figures[name] = {
                        "indexed": indexed,
                        "rebuild_s": round(seconds, 1),
                        "rebuild_docs_per_s": round(indexed / seconds),
                        **run(backend, calls),
                    }
                if cluster is not None:
                    figures["cluster"]["rss_mb"] = rss_mb(cluster.pid)
            finally:
                elastic.drop()
                embedded.close()
    finally:
        if cluster is not None:
            cluster.stop()
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
