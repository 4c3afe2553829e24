"""Embedded search backend at scale: rebuild rate and query latencies against the engine's own
floor and an alternative engine, printed as JSON.

    .venv/bin/python bench/search.py --n 100000
    .venv/bin/python bench/search.py --n 1000000

Generates ``--n`` synthetic London services with realistic text (``_search_synthetic.py``),
rebuilds an embedded index from them in a temporary directory (up to ``--materialise``
services are generated first, so the rebuild rate is the index's own; beyond, they are
generated on the fly and the rate includes generating them), then times:

- ``search``: a mix of realistic needs (persona needs, typos, partly typed words, multi-need,
  a few broad words, some with filters), ``per_page`` 10;
- ``geo_text``: needs near a real London postcode (a radius, nearest first, or relevance ×
  nearness) — the "dense geo + text" row;
- ``suggest``: what is typed letter by letter on the way to those needs.

Every query's wall and CPU time is recorded, and beside it, in the same run on the same index,
the **floor**: the raw FTS5 ``MATCH`` of its needs (``count(*)``: no ranking, filters or
Python). ``ratio_p50``/``ratio_p95`` (search ÷ floor) say how close to the engine's limit a
search is on a noisy shared machine; the load average is printed at each step.

``relevance`` compares each first page with exact ranking (every match scored with the full
expression, ``_reference.py``): the share of the exact page found. ``alternative`` indexes the
same documents in tantivy (``_tantivy.py``) and times the same questions.
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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import _tantivy  # noqa: E402
from _reference import exact_search, overlap, score_share  # noqa: E402
from _search_synthetic import postcode_pool, services  # noqa: E402

from index.backends.document import DocumentBuilder  # noqa: E402
from index.backends.embedded import EmbeddedBackend  # noqa: E402
from index.backends.embedded.textsql import NeedText  # noqa: E402
from index.geo import Gazetteer  # noqa: E402
from index.model import MergedService  # noqa: E402
from index.search.plan import QueryPlan  # noqa: E402
from index.search.types import SearchQuery  # noqa: E402
from index.taxonomy import default_taxonomy  # noqa: E402
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
GOALS = {
    "rebuild_docs_per_s": 15_000,
    "geo_text_p95_ms_at_100k": 10,
    "search_p95_ms_at_1m": 100,
    "geo_text_p95_ms_at_1m": 150,
}


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


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


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """(wall ms, CPU ms of this thread)."""
    t, c = time.perf_counter(), time.thread_time()
    fn()
    return (time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000


def text_queries(rng: random.Random, n: int) -> list[SearchQuery]:
    return [SearchQuery(text=rng.choice(NEEDS), **rng.choice(FILTERS)) for _ in range(n)]


def geo_queries(rng: random.Random, n: int, pool: list[tuple]) -> list[SearchQuery]:
    out = []
    for _ in range(n):
        postcode = rng.choice(POSTCODES) if rng.random() < 0.5 else rng.choice(pool)[0]
        extra = rng.choice([{"radius_km": 3.0}, {"radius_km": 8.0}, {"sort": "distance"}, {}])
        out.append(SearchQuery(text=rng.choice(NEEDS[:30]), postcode=postcode, **extra))
    return out


class Floor:
    """The raw FTS5 MATCH of a query's needs: ``count(*)``, nothing ranked or filtered."""

    def __init__(self, backend: EmbeddedBackend) -> None:
        self.backend = backend

    def plan(self, query: SearchQuery) -> tuple[QueryPlan, list[str]]:
        with self.backend._read() as (_, state):
            plan = self.backend.planner.plan(query, state.words)
            exprs = [
                NeedText(need, state.words.counts, state.documents, self.backend.stems).match()
                for need in plan.needs
            ]
            return plan, exprs

    def run(self, exprs: list[str]) -> None:
        with self.backend._read() as (conn, state):
            g = state.generation
            for expr in exprs:
                conn.execute(f"SELECT count(*) FROM fts_{g} WHERE fts_{g} MATCH ?", (expr,))


def measure_mix(
    backend: EmbeddedBackend, floor: Floor, queries: list[SearchQuery], alt: Any | None
) -> dict[str, Any]:
    """Each query, then its floor (and tantivy's), back to back so they share the noise.
    ``wall``/``cpu`` are first-time searches: the process's cache of each need's matches and
    scores (``textcache.py``) is emptied before each. ``warm`` is the same query again, as a
    running server answers a need it was asked before (from another place, say)."""
    wall, cpu, warm, floor_wall, alt_wall, alt_floor = [], [], [], [], [], []
    for q in queries:
        plan, exprs = floor.plan(q)
        backend.forget_text()
        w, c = timed(lambda q=q: backend.search(q))
        wall.append(w)
        cpu.append(c)
        warm.append(timed(lambda q=q: backend.search(q))[0])
        if exprs:
            floor_wall.append(timed(lambda e=exprs: floor.run(e))[0])
        if alt is not None and plan.needs:
            alt_wall.append(timed(lambda p=plan: alt.search(p))[0])
            alt_floor.append(timed(lambda p=plan: alt.count(p))[0])
    out: dict[str, Any] = {
        "wall": percentiles(wall),
        "cpu": percentiles(cpu),
        "warm": percentiles(warm),
    }
    if floor_wall:
        f = percentiles(floor_wall)
        out["floor_fts5_match"] = f
        out["ratio_p50"] = round(out["wall"]["p50_ms"] / max(f["p50_ms"], 0.01), 1)
        out["ratio_p95"] = round(out["wall"]["p95_ms"] / max(f["p95_ms"], 0.01), 1)
    if alt_wall:
        out["tantivy"] = {"wall": percentiles(alt_wall), "floor_match": percentiles(alt_floor)}
    out["load_average"] = load_average()
    return out


def relevance(backend: EmbeddedBackend, queries: list[SearchQuery]) -> dict[str, Any]:
    """Against exact ranking: the share of the exact first page found (strict: a tie broken
    differently counts as a miss), and the exact score of the page found over the best
    (single-need questions ranked by relevance)."""
    shares = [overlap(backend.search(q), exact_search(backend, q)) for q in queries]
    judged = [s for s in (score_share(backend, q) for q in queries) if s is not None]
    return {
        "queries": len(shares),
        "mean_share_of_exact_first_page": round(statistics.fmean(shares), 3),
        "identical_first_pages": sum(1 for s in shares if s == 1.0),
        "score_share": {
            "queries": len(judged),
            "mean": round(statistics.fmean(judged), 3) if judged else None,
            "worst": round(min(judged), 3) if judged else None,
        },
    }


def alternative_relevance(
    backend: EmbeddedBackend, alt: Any, queries: list[SearchQuery]
) -> dict[str, float]:
    """tantivy's first page against exact ranking, on questions without a place (it cannot
    rank by nearness) and with one need."""
    shares = []
    for q in queries:
        plan, _ = Floor(backend).plan(q)
        if len(plan.needs) != 1 or plan.origin is not None:
            continue
        _, ids = alt.search(plan)
        exact = exact_search(backend, q)
        want = [h.id for h in exact.results]
        if not want:
            continue
        with backend._read() as (conn, state):
            rows = (
                conn.execute(
                    f"SELECT id FROM docs_{state.generation} WHERE rowid IN ({','.join('?' * len(ids))})",
                    ids,
                ).fetchall()
                if ids
                else []
            )
        shares.append(len(set(want) & {r[0] for r in rows}) / len(want))
    return {
        "queries": len(shares),
        "mean_share_of_exact_first_page": round(statistics.fmean(shares), 3) if shares else None,
    }


def rebuild(
    backend: EmbeddedBackend, stream: Iterator[MergedService] | list[MergedService]
) -> dict[str, Any]:
    t, cpu = time.perf_counter(), time.process_time()
    indexed = backend.rebuild(stream)
    seconds = time.perf_counter() - t
    stats = backend.last_rebuild
    assert stats is not None
    return {
        "documents": indexed,
        "seconds": round(seconds, 1),
        "docs_per_s": round(indexed / seconds),
        "cpu_s": round(time.process_time() - cpu, 1),
        "producer_cpu_s": round(stats.producer_cpu_s, 1),
        "writer_cpu_s": round(stats.writer_cpu_s, 1),
        "generation_included": not isinstance(stream, list),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load_average": load_average(),
    }


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
    parser.add_argument(
        "--materialise", type=int, default=200_000,
        help="generate up to this many services before the rebuild (beyond: on the fly)",
    )  # fmt: skip
    parser.add_argument("--no-alternative", action="store_true", help="skip tantivy")
    parser.add_argument(
        "--relevance", type=int, default=80, help="queries of each mix judged against exact ranking"
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
    figures: dict[str, Any] = {
        "bench": "search",
        "n": args.n,
        "backend": "embedded",
        "cpus": os.cpu_count(),
        "load_average_start": load_average(),
    }
    try:
        rng = random.Random(args.seed)
        pool = postcode_pool(gazetteer, 400, rng)
        backend = EmbeddedBackend(index_path, gazetteer=gazetteer)

        def stream() -> Iterator[MergedService] | list[MergedService]:
            fresh = services(args.n, pool, seed=args.seed)
            return list(fresh) if args.n <= args.materialise else fresh

        built = None
        if reuse:
            figures["reused_index"] = backend.health().documents
        else:
            built = stream()
            figures["rebuild"] = rebuild(backend, built)
            figures["index_mb"] = round(
                sum(p.stat().st_size for p in workdir.glob("bench-search.sqlite*")) / 2**20
            )
        alt = None
        if not args.no_alternative and _tantivy.available():
            alt = _tantivy.TantivyIndex(workdir / "tantivy")
            builder = DocumentBuilder(default_taxonomy(), gazetteer)
            source = built if isinstance(built, list) else stream()
            docs = ((i + 1, d) for i, d in enumerate(filter(None, map(builder.build, source))))
            figures["alternative"] = {
                "engine": "tantivy (Python binding)",
                "build": {
                    **alt.build(docs),
                    "generation_included": not isinstance(source, list),
                },
            }
        elif not args.no_alternative:
            figures["alternative"] = {"skipped": "the tantivy package is not installed"}
        del built

        t = time.perf_counter()
        backend.search(SearchQuery(text="debt advice"))
        figures["first_search_ms"] = round((time.perf_counter() - t) * 1000, 1)
        for need in NEEDS:  # warm the page cache once, as a running server would be
            backend.search(SearchQuery(text=need))

        floor = Floor(backend)
        text_mix = text_queries(rng, args.queries)
        geo_mix = geo_queries(rng, args.queries, pool)
        figures["search"] = measure_mix(backend, floor, text_mix, alt)
        figures["geo_text"] = measure_mix(backend, floor, geo_mix, alt)
        prefixes = [need[:i] for need in NEEDS for i in range(1, min(len(need), 14) + 1)]
        suggest = [
            timed(lambda p=rng.choice(prefixes): backend.suggest(p, 8)) for _ in range(args.queries)
        ]
        figures["suggest"] = {
            "wall": percentiles([w for w, _ in suggest]),
            "cpu": percentiles([c for _, c in suggest]),
        }
        figures["relevance"] = {
            "search": relevance(backend, text_mix[: args.relevance]),
            "geo_text": relevance(backend, geo_mix[: args.relevance]),
        }
        if alt is not None:
            figures["alternative"]["relevance"] = alternative_relevance(
                backend, alt, text_mix[: args.relevance]
            )
        figures["goals"] = GOALS
        figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        figures["load_average_end"] = load_average()
        backend.close()
    finally:
        if not args.keep and args.dir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
