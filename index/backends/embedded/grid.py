"""The geographic index of the embedded backend: every position in a grid of ~1 km cells.

Points are sorted by cell (row-major: latitude band, then longitude), so the cells of one
latitude band that a box spans are one contiguous run of the sorted points, found with two
binary searches. A box of r km therefore costs about ``2r`` binary searches plus the points
inside it, however many points the index holds. That is what "nearest first" over a whole
city needs: squares grow around the origin until they hold enough services (``nearby.py``).

Chosen by measurement over the alternatives (SQLite's R*Tree, and measuring every point):
see docs/search.md, "Geo".
"""

from __future__ import annotations

import math

import numpy as np

CELL_LAT = 0.01
"""Degrees of latitude per cell (1.1 km)."""
CELL_LON = 0.015
"""Degrees of longitude per cell (1.0 km at London's latitude)."""
_BAND = 1 << 20
"""Cell id = band * _BAND + column: more columns than the globe needs."""


def _cells(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    band = np.floor((lat + 90.0) / CELL_LAT).astype(np.int64)
    column = np.floor((lon + 180.0) / CELL_LON).astype(np.int64)
    return band * _BAND + column


class Grid:
    """Point indexes (into the flat position arrays) sorted by cell."""

    def __init__(self, lat: np.ndarray, lon: np.ndarray) -> None:
        cells = _cells(lat, lon)
        self.order = np.argsort(cells, kind="stable").astype(np.int32)
        self.cells = cells[self.order]

    def __len__(self) -> int:
        return len(self.order)

    def points_in_box(
        self, min_lat: float, max_lat: float, min_lon: float, max_lon: float
    ) -> np.ndarray:
        """Indexes of every point in the cells the box touches (a superset of the box)."""
        if not len(self.order):
            return np.zeros(0, dtype=np.int32)
        lo_band = math.floor((max(min_lat, -90.0) + 90.0) / CELL_LAT)
        hi_band = math.floor((min(max_lat, 90.0) + 90.0) / CELL_LAT)
        lo_col = math.floor((max(min_lon, -180.0) + 180.0) / CELL_LON)
        hi_col = math.floor((min(max_lon, 180.0) + 180.0) / CELL_LON)
        bands = np.arange(lo_band, hi_band + 1, dtype=np.int64) * _BAND
        starts = np.searchsorted(self.cells, bands + lo_col, side="left")
        stops = np.searchsorted(self.cells, bands + hi_col, side="right")
        runs = [
            self.order[a:b] for a, b in zip(starts.tolist(), stops.tolist(), strict=True) if b > a
        ]
        if not runs:
            return np.zeros(0, dtype=np.int32)
        return runs[0] if len(runs) == 1 else np.concatenate(runs)
