"""Which geographic index for the embedded backend: measured, printed as JSON.

    .venv/bin/python bench/geo.py --n 100000
    .venv/bin/python bench/geo.py --n 1000000

``--n`` positions drawn from real London postcodes (the gazetteer), and the same question
asked of each candidate index: every position within 3 km and within 8 km of a random London
postcode (the radius searches of ``bench/api.py``), and the 10 nearest. The answer sets must
be identical; the time per question is what differs.

- ``rtree``: SQLite's R*Tree module (what the embedded index used before), a bounding-box
  query returning row ids, then exact circles on their positions;
- ``grid``: ``index.backends.embedded.grid`` — positions sorted by ~1 km cell, a box is a
  binary search per latitude band;
- ``scan``: measuring every position (numpy, one pass).

"Nearest 10" grows a square until it holds 10 within its circle (expanding rings) for the
R*Tree and the grid, and sorts everything for the scan.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from index.backends.distance import planar_km_many  # noqa: E402
from index.backends.embedded.grid import Grid  # noqa: E402
from index.backends.embedded.nearby import RINGS_KM  # noqa: E402
from index.geo import Gazetteer, bounding_box  # noqa: E402
from index.search.places import LONDON_BOROUGHS  # noqa: E402
from signpost.gazetteer import ensure_gazetteer  # noqa: E402


def london_points(gazetteer: Gazetteer, n: int, rng: random.Random) -> np.ndarray:
    coords = []
    for borough in LONDON_BOROUGHS:
        for pc in gazetteer.postcodes_in_borough(borough)[::7]:
            info = gazetteer.lookup(pc)
            coords.append((info.latitude, info.longitude))
    picks = [coords[rng.randrange(len(coords))] for _ in range(n)]
    return np.array(picks, dtype=np.float64)


class Rtree:
    def __init__(self, points: np.ndarray) -> None:
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute("CREATE VIRTUAL TABLE geo USING rtree(id, a, b, c, d)")
        self.conn.executemany(
            "INSERT INTO geo VALUES (?, ?, ?, ?, ?)",
            ((i, la, la, lo, lo) for i, (la, lo) in enumerate(points.tolist())),
        )

    def box(self, min_lat: float, max_lat: float, min_lon: float, max_lon: float) -> np.ndarray:
        """R*Tree boxes are stored as 32-bit floats, rounded outwards: a point just inside
        the query box can be stored as just outside it, so the query box is widened by more
        than that rounding (~1e-5 degrees here) and the circle decides."""
        e = 1e-4
        rows = self.conn.execute(
            "SELECT id FROM geo WHERE a >= ? AND b <= ? AND c >= ? AND d <= ?",
            (min_lat - e, max_lat + e, min_lon - e, max_lon + e),
        ).fetchall()
        return np.array([r[0] for r in rows], dtype=np.int64)


def within(points: np.ndarray, idx: np.ndarray, lat: float, lon: float, km: float) -> np.ndarray:
    d = planar_km_many(lat, lon, points[idx, 0], points[idx, 1])
    return np.sort(idx[d <= km])


def nearest_by_rings(
    box: Callable[..., np.ndarray], points: np.ndarray, lat: float, lon: float, k: int
) -> np.ndarray:
    for ring in RINGS_KM:
        idx = box(*bounding_box(lat, lon, ring))
        d = planar_km_many(lat, lon, points[idx, 0], points[idx, 1])
        if int((d <= ring).sum()) >= k:
            break
    return np.sort(idx[np.lexsort((idx, d))[:k]])


def timed(fn: Callable[..., np.ndarray], *args: object) -> tuple[float, np.ndarray]:
    t = time.perf_counter()
    out = fn(*args)
    return (time.perf_counter() - t) * 1000, out


def in_circle(
    box: Callable[..., np.ndarray], points: np.ndarray, lat: float, lon: float, km: float
) -> np.ndarray:
    return within(points, box(*bounding_box(lat, lon, km)), lat, lon, km)


def scan_circle(points: np.ndarray, lat: float, lon: float, km: float) -> np.ndarray:
    return within(points, np.arange(len(points)), lat, lon, km)


def scan_nearest(points: np.ndarray, lat: float, lon: float, k: int) -> np.ndarray:
    d = planar_km_many(lat, lon, points[:, 0], points[:, 1])
    return np.sort(np.lexsort((np.arange(len(points)), d))[:k])


def summary(ms: list[float]) -> dict[str, float]:
    ordered = sorted(ms)
    return {
        "p50_ms": round(ordered[len(ordered) // 2], 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95)], 3),
        "mean_ms": round(statistics.fmean(ordered), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    gaz_path = REPO / "var" / "gazetteer.sqlite"
    ensure_gazetteer(gaz_path)
    rng = random.Random(5)
    points = london_points(Gazetteer(gaz_path), args.n, rng)
    origins = points[[rng.randrange(len(points)) for _ in range(args.questions)]]

    built: dict[str, float] = {}
    t = time.perf_counter()
    rtree = Rtree(points)
    built["rtree_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    grid = Grid(points[:, 0], points[:, 1])
    built["grid_s"] = round(time.perf_counter() - t, 2)

    methods: dict[str, Callable[..., np.ndarray]] = {
        "rtree": rtree.box,
        "grid": lambda *b: grid.points_in_box(*b).astype(np.int64),
    }
    figures: dict[str, object] = {
        "bench": "geo",
        "positions": args.n,
        "questions": args.questions,
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
        "build": built,
    }
    for km in (3.0, 8.0):
        times: dict[str, list[float]] = {"rtree": [], "grid": [], "scan": []}
        found = 0
        for lat, lon in origins.tolist():
            answers = []
            for name, box in methods.items():
                ms, ids = timed(in_circle, box, points, lat, lon, km)
                times[name].append(ms)
                answers.append(ids)
            ms, ids = timed(scan_circle, points, lat, lon, km)
            times["scan"].append(ms)
            answers.append(ids)
            assert all(np.array_equal(answers[0], a) for a in answers[1:]), "indexes disagree"
            found += len(answers[0])
        figures[f"within_{km:g}_km"] = {
            "mean_found": round(found / len(origins)),
            **{name: summary(ms) for name, ms in times.items()},
        }
    times = {"rtree": [], "grid": [], "scan": []}
    for lat, lon in origins.tolist():
        answers = []
        for name, box in methods.items():
            ms, ids = timed(nearest_by_rings, box, points, lat, lon, 10)
            times[name].append(ms)
            answers.append(ids)
        ms, ids = timed(scan_nearest, points, lat, lon, 10)
        times["scan"].append(ms)
        answers.append(ids)
        assert all(np.array_equal(answers[0], a) for a in answers[1:]), "nearest disagree"
    figures["nearest_10"] = {name: summary(ms) for name, ms in times.items()}
    figures["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
