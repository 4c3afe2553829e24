"""Distances for ranking: the nearness decay both backends apply, and the cheap planar measure
the embedded backend ranks and prefilters with (``embedded/nearby.py`` vectorises both).

What is shown, and any radius decision within a hair, is exact (great circle, ``index.geo``).
"""

from __future__ import annotations

import math

import numpy as np

from index.geo import EARTH_RADIUS_KM


def decay(distance: float | None) -> float:
    """How much nearness counts in relevance order: 1 within a kilometre, halving every 5 km
    after that; a service with no known position counts as if 12 km away. Elasticsearch uses
    the same exponential decay (``mapping.py``)."""
    if distance is None:
        return float(0.5 ** (11 / 5))
    return float(0.5 ** (max(0.0, distance - 1.0) / 5.0))


def planar_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance on geopy's sphere: within 0.01 % of the great circle at city
    scale and a fraction of its cost, so it ranks and prefilters thousands of candidates; the
    distances shown, and any that decide a radius by a hair, are exact (``index.geo``)."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return EARTH_RADIUS_KM * math.hypot(x, math.radians(lat2 - lat1))


def planar_km_many(olat: float, olon: float, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """``planar_km`` from one point to many, in one vectorised pass."""
    x = np.radians(lon - olon) * np.cos(np.radians((lat + olat) / 2))
    return EARTH_RADIUS_KM * np.hypot(x, np.radians(lat - olat))
