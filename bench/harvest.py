"""Harvest throughput over every bundled sample site, politeness delays off.

Starts the sample sites on a free 127.0.0.1 port, harvests all sources of
``sources/demo.toml`` into a temporary store with ``polite=False`` (no delays, no
AutoThrottle; robots.txt, limits and the SSRF guard still apply), then harvests again
unchanged to measure what conditional requests save. Prints one JSON document:

    pages_per_min, records_per_s     first (full) run, wall clock including process start
    rerun_bytes_ratio                payload bytes of the unchanged re-run / of the first run
    rerun_wire_bytes_ratio           the same with status lines and headers counted

Goal on the 2-core reference machine: ≥ 1,500 pages/min.

    python bench/harvest.py [--polite]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from index.sources import load_sources  # noqa: E402
from index.store import Store  # noqa: E402
from samples.server import running  # noqa: E402
from signpost.config import Settings  # noqa: E402
from signpost.harvest import harvest  # noqa: E402


def _totals(store: Store, outcomes: list) -> dict[str, int]:  # type: ignore[type-arg]
    totals = {"pages": 0, "bytes": 0, "wire_bytes": 0, "records": 0}
    for outcome in outcomes:
        run = store.get_run(outcome.run_id)
        summary = run.summary if run else {}
        for key in totals:
            totals[key] += int(summary.get(key, 0))
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polite", action="store_true", help="keep the configured delays")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, running(port=0) as base:
        settings = Settings(
            db=Path(tmp) / "bench.db",
            var_dir=Path(tmp) / "var",
            allowed_private_hosts=["127.0.0.1"],
        )
        sources = load_sources(REPO / "sources" / "demo.toml", {"SAMPLE_SITES": base})
        with Store(settings.db) as store:
            started = time.perf_counter()
            first = harvest(settings, store, sources, polite=args.polite)
            first_seconds = time.perf_counter() - started
            one = _totals(store, first)
            started = time.perf_counter()
            second = harvest(settings, store, sources, polite=args.polite)
            second_seconds = time.perf_counter() - started
            two = _totals(store, second)
    figures = {
        "sources": len(sources),
        "outcomes": {o.source_id: o.status for o in first},
        "pages": one["pages"],
        "records": one["records"],
        "seconds": round(first_seconds, 2),
        "pages_per_min": round(one["pages"] / first_seconds * 60),
        "records_per_s": round(one["records"] / first_seconds, 1),
        "goal_pages_per_min": 1500,
        "rerun_seconds": round(second_seconds, 2),
        "rerun_pages": two["pages"],
        "rerun_bytes_ratio": round(two["bytes"] / one["bytes"], 4) if one["bytes"] else None,
        "rerun_wire_bytes_ratio": round(two["wire_bytes"] / one["wire_bytes"], 4)
        if one["wire_bytes"]
        else None,
        "polite": args.polite,
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
