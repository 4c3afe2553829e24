"""Distances for ranking and radius filters in the embedded backend.

A service's positions are stored as its first point (``lat``/``lon`` columns) plus the rest as
``lat,lon;lat,lon`` text. Ranking thousands of candidates uses a planar approximation on the
same sphere as geopy; what is shown, and any radius decision within a hair, is exact.
"""

from __future__ import annotations

import math

from index.geo import EARTH_RADIUS_KM, distance_km

MAX_POINTS = 8
"""Positions kept per service (multi-site services rarely have more)."""


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


def points_text(points: list[tuple[float, float]]) -> str | None:
    """Positions after the first (most services have one), as ``lat,lon;lat,lon``."""
    return ";".join(f"{lat:.6f},{lon:.6f}" for lat, lon in points[1:MAX_POINTS]) or None


def positions(lat: float | None, lon: float | None, more: str | None) -> list[tuple[float, float]]:
    if lat is None or lon is None:
        return []
    out = [(lat, lon)]
    if more:
        for pair in more.split(";"):
            a, b = pair.split(",")
            out.append((float(a), float(b)))
    return out


def nearest_km(
    lat: float | None, lon: float | None, more: str | None, olat: float, olon: float,
    exact: bool = False,
) -> float | None:  # fmt: skip
    """Distance from the origin to the service's nearest position (``None`` if it has none)."""
    measure = distance_km if exact else planar_km
    points = positions(lat, lon, more)
    return min((measure(olat, olon, a, b) for a, b in points), default=None)


def within_km(
    lat: float | None, lon: float | None, more: str | None, olat: float, olon: float, radius: float
) -> bool:
    d = nearest_km(lat, lon, more, olat, olon)
    if d is None:
        return False
    if abs(d - radius) <= radius * 0.005:  # too close to call with the cheap measure
        d = nearest_km(lat, lon, more, olat, olon, exact=True)
    return d is not None and d <= radius
