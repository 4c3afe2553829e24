"""Distances from a search's origin to many documents at once, on the position arrays.

Ranking and radius decisions use the planar approximation of ``index.backends.distance``
(within 0.01 % of the great circle at city scale) computed for every candidate in one
vectorised pass; a radius decision within 0.5 % of the edge, and every distance shown, is
exact (geopy), as before.
"""

from __future__ import annotations

import math

import numpy as np

from index.arrays import sorted_unique
from index.backends.distance import decay as distance_decay
from index.backends.distance import planar_km_many
from index.backends.embedded.columns import Columns, gather
from index.geo import EARTH_RADIUS_KM, bounding_box

RINGS_KM = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 150.0, 400.0, 20_000.0)
"""Growing squares for "nearest first" over a large set (the last one holds the globe)."""
NO_POSITION_DECAY = distance_decay(None)
"""A service with no known position counts as if 12 km away (``distance.decay``)."""


def distances(cols: Columns, ids: np.ndarray, olat: float, olon: float) -> np.ndarray:
    """Planar km from the origin to each document's nearest position (NaN: no position)."""
    out = np.full(len(ids), np.nan)
    index, counts = gather(cols.pt_ptr, ids)
    if not len(index):
        return out
    d = planar_km_many(olat, olon, cols.pt_lat[index], cols.pt_lon[index])
    if len(index) == len(ids) and bool((counts == 1).all()):
        return d
    has = counts > 0
    first = (np.cumsum(counts) - counts)[has]
    out[has] = np.minimum.reduceat(d, first)
    return out


def great_circle_km(olat: float, olon: float, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Great-circle km, the formula and sphere of geopy's ``great_circle`` (``index.geo``),
    without building two geopy points per distance."""
    lat1, lon1, lat2, lon2 = (
        math.radians(olat),
        math.radians(olon),
        np.radians(lat),
        np.radians(lon),
    )
    s1, c1, s2, c2 = math.sin(lat1), math.cos(lat1), np.sin(lat2), np.cos(lat2)
    dl = lon2 - lon1
    cdl, sdl = np.cos(dl), np.sin(dl)
    y = np.hypot(c2 * sdl, c1 * s2 - s1 * c2 * cdl)
    return EARTH_RADIUS_KM * np.arctan2(y, s1 * s2 + c1 * c2 * cdl)


def exact_distances(cols: Columns, ids: np.ndarray, olat: float, olon: float) -> np.ndarray:
    """Great-circle km to each document's nearest position (NaN: no position)."""
    out = np.full(len(ids), np.nan)
    index, counts = gather(cols.pt_ptr, ids)
    if not len(index):
        return out
    d = great_circle_km(olat, olon, cols.pt_lat[index], cols.pt_lon[index])
    has = counts > 0
    out[has] = np.minimum.reduceat(d, (np.cumsum(counts) - counts)[has])
    return out


def within(
    cols: Columns, ids: np.ndarray, dist: np.ndarray, olat: float, olon: float, radius: float
) -> np.ndarray:
    """Which documents lie within ``radius`` km; those too close to the edge for the planar
    measure are decided by the exact one."""
    keep = dist <= radius  # NaN (no position) is never within
    close = np.flatnonzero(np.abs(dist - radius) <= radius * 0.005)
    if len(close):
        keep[close] = exact_distances(cols, ids[close], olat, olon) <= radius
    return keep


def decay(dist: np.ndarray) -> np.ndarray:
    """``distance.decay`` for many: 1 within a kilometre, halving every 5 km after that."""
    out = np.power(0.5, np.maximum(0.0, dist - 1.0) / 5.0)
    out[np.isnan(dist)] = NO_POSITION_DECAY
    return out


def nearest(
    cols: Columns, allowed: np.ndarray, olat: float, olon: float, want: int, limit_km: float
) -> tuple[np.ndarray, np.ndarray]:
    """(row ids, planar km) of documents allowed by the mask ``allowed``, found in squares
    growing around the origin until ``want`` of them lie within the circle the square
    encloses (or the square reaches ``limit_km``). Everything in the last square is
    measured, so nothing nearer is missed."""
    ids = np.zeros(0, dtype=np.int64)
    dist = np.zeros(0)
    for ring in RINGS_KM:
        ring = min(ring, limit_km)
        points = cols.grid.points_in_box(*bounding_box(olat, olon, ring))
        docs = sorted_unique(cols.pt_doc[points])
        ids = docs[allowed[docs]].astype(np.int64)
        dist = distances(cols, ids, olat, olon)
        if int((dist <= ring).sum()) >= want or ring >= limit_km:
            break
    return ids, dist
