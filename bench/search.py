"""Embedded search backend at scale: rebuild rate and query latencies, printed as JSON.

    .venv/bin/python bench/search.py --n 100000
    .venv/bin/python bench/search.py --n 1000000

Generates ``--n`` synthetic London services with realistic text (``_search_synthetic.py``),
rebuilds an embedded index in a temporary directory from that stream, then times:

- ``search``: a mix of realistic needs (persona needs, typos, partly typed words, multi-need,
  a few broad words, some with filters), ``per_page`` 10;
- ``suggest``: what is typed letter by letter on the way to those needs;
- ``geo_text``: needs near a real London postcode (radius or nearest first).

Timings are wall-clock on whatever else the machine is doing; the load average is printed
beside them, and ``rebuild_cpu_s`` (both rebuild threads, services generated on the fly
included — ``generation_cpu_s`` of it) shows the work itself.

Goals on the 2-core box (embedded): search p50 ≤10 ms / p95 ≤40 ms at 100k, p95 ≤100 ms at
1M; suggest p95 ≤20 ms; geo+text p95 ≤30 ms at 100k; rebuild ≥15,000 docs/s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from _search_synthetic import postcode_pool, services  # noqa: E402

from index.backends.embedded import EmbeddedBackend  # noqa: E402
from index.geo import Gazetteer  # noqa: E402
from index.model import MergedService  # noqa: E402
from index.search.types import SearchQuery  # noqa: E402
from signpost.gazetteer import ensure_gazetteer  # noqa: E402

NEEDS = [
    "debt advice", "employment support", "walking group", "stop smoking", "day centre",
    "horse riding for disabled people", "IT lessons", "computer classes", "GP", "doctor",
    "carers support", "food bank", "counselling", "dementia", "befriending", "lunch club",
    "mental health", "english classes", "benefits advice", "housing advice", "bereavement",
    "learning disability day centre", "men's shed", "tai chi", "singing for the brain",
    "debt advice and employment support", "walking group, lunch club", "docter", "councelling",
    "befriendng", "dementa support", "deb", "walkin", "coun", "support", "free advice",
    "help at home", "meals on wheels", "young carers", "domestic abuse",
]  # fmt: skip
FILTERS = [
    {},
    {},
    {},
    {"free_only": True},
    {"categories": ["activities"]},
    {"day": "SA"},
    {"open_now": True},
    {"age": 70},
    {"boroughs": ["Harrow"]},
]
POSTCODES = ["HA1 2AA", "UB8 1UW", "HA3 5BD", "SE1 7PB", "NW1 2DB", "E15 1DA", "SW17 0RG",
             "W5 2HL", "TW3 1ES", "HA1 2", "HA0 2SB"]  # fmt: skip


def typed_prefixes(needs: list[str]) -> list[str]:
    out: list[str] = []
    for need in needs:
        for i in range(1, min(len(need), 14) + 1):
            out.append(need[:i])
    return out


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 2)

    return {
        "n": len(ordered),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(ordered), 2),
        "max_ms": round(ordered[-1], 2),
    }


def rebuild(
    backend: EmbeddedBackend,
    stream: Iterator[MergedService],
    gen_cpu_per_doc: float,
    figures: dict[str, object],
) -> None:
    t, cpu = time.perf_counter(), time.process_time()
    indexed = backend.rebuild(stream)
    rebuild_s, rebuild_cpu = time.perf_counter() - t, time.process_time() - cpu
    figures.update(
        {
            "indexed": indexed,
            "rebuild_s": round(rebuild_s, 1),
            "rebuild_docs_per_s": round(indexed / rebuild_s),
            "rebuild_cpu_s": round(rebuild_cpu, 1),
            "generation_cpu_s": round(gen_cpu_per_doc * indexed, 1),
            "load_average_after_rebuild": round(os.getloadavg()[0], 2),
        }
    )


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="services to index")
    parser.add_argument("--queries", type=int, default=400, help="timed calls per kind")
    parser.add_argument("--dir", type=Path, default=None, help="where the index goes (temp)")
    parser.add_argument("--keep", action="store_true", help="keep the index directory")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--reuse", action="store_true", help="time queries on the index already in --dir"
    )
    args = parser.parse_args()

    gaz_path = REPO / "var" / "gazetteer.sqlite"
    ensure_gazetteer(gaz_path)
    gazetteer = Gazetteer(gaz_path)
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="signpost-bench-search-"))
    workdir.mkdir(parents=True, exist_ok=True)
    index_path = workdir / "bench-search.sqlite"
    reuse = args.reuse and index_path.exists()
    if not reuse:
        for stale in workdir.glob("bench-search.sqlite*"):
            stale.unlink()
    figures: dict[str, object] = {"n": args.n, "backend": "embedded"}
    try:
        # generation alone, on a sample, so the rebuild rate can be read without it
        rng = random.Random(args.seed)
        pool = postcode_pool(gazetteer, 400, rng)
        backend = EmbeddedBackend(index_path, gazetteer=gazetteer)
        figures["load_average_before"] = round(os.getloadavg()[0], 2)
        if reuse:
            figures["reused_index"] = backend.health().documents
        else:
            sample = min(args.n, 20_000)  # generation alone, to read the rebuild CPU without it
            cpu = time.process_time()
            for _ in services(sample, pool, seed=args.seed + 1):
                pass
            gen_cpu_per_doc = (time.process_time() - cpu) / sample
            rebuild(backend, services(args.n, pool, seed=args.seed), gen_cpu_per_doc, figures)
            figures["index_mb"] = round(
                sum(p.stat().st_size for p in workdir.glob("bench-search.sqlite*")) / 2**20
            )

        t = time.perf_counter()
        backend.search(SearchQuery(text="debt advice"))
        figures["first_search_ms"] = round((time.perf_counter() - t) * 1000, 1)
        for need in NEEDS:  # warm the page cache once, as a running server would be
            backend.search(SearchQuery(text=need))

        search_ms = [
            timed(backend.search, SearchQuery(text=rng.choice(NEEDS), **rng.choice(FILTERS)))
            for _ in range(args.queries)
        ]
        prefixes = typed_prefixes(NEEDS)
        suggest_ms = [timed(backend.suggest, rng.choice(prefixes), 8) for _ in range(args.queries)]
        geo_ms = []
        for _ in range(args.queries):
            postcode = rng.choice(POSTCODES) if rng.random() < 0.5 else rng.choice(pool)[0]
            extra = rng.choice([{"radius_km": 3.0}, {"radius_km": 8.0}, {"sort": "distance"}, {}])
            query = SearchQuery(text=rng.choice(NEEDS[:30]), postcode=postcode, **extra)
            geo_ms.append(timed(backend.search, query))
        figures["search"] = percentiles(search_ms)
        figures["suggest"] = percentiles(suggest_ms)
        figures["geo_text"] = percentiles(geo_ms)
        figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        figures["load_average_end"] = round(os.getloadavg()[0], 2)
        backend.close()
    finally:
        if not args.keep and args.dir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
