"""The location comparator: one judgement of "same building?" from every place field.

Address, postcode, coordinates, borough and city all measure the same thing, so they are one
comparator taking the finest evidence both records have, in that order; adding them up would
count one fact several times. A building that several services share (a civic centre, a busy
postcode) is discounted by ``log2`` of the number of services there (``Frequencies.sharing``):
the name keeps a venue's groups apart, and its many services must not hide real duplicates.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from index.dedup.addresses import UNIT
from index.dedup.comparable import Comparable
from index.dedup.frequencies import Frequencies
from index.dedup.weights import AREA_KM, FAR_KM, LOCATION_WEIGHTS, NEAR_KM, SAME_KM
from index.geo import outcode_of, sector_of

Comparison = tuple[str, float, str]


def _haversine_km(p: tuple[float, float], q: tuple[float, float]) -> float:
    """Great-circle distance; inline because it runs for every candidate pair with
    coordinates (``index.geo.distance_km`` goes through geopy, ten times slower)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (p[0], p[1], q[0], q[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _same_place_name(x: str, y: str) -> bool:
    """``new york`` and ``new york city`` are one place; ``harrow`` and ``brent`` are not."""
    if not x or not y:
        return False
    sx, sy = set(x.split()), set(y.split())
    return sx <= sy or sy <= sx


def sharing(freq: Frequencies, keys: Sequence[str]) -> float:
    """How many services the least-shared of the agreeing keys is carried by (≥ 1)."""
    if not keys:
        return 1.0
    return min(freq.sharing(k) for k in keys)


def shared(xs: tuple[str, ...], ys: tuple[str, ...]) -> list[str]:
    return [x for x in xs if x in ys]


def conflict(xs: tuple[str, ...], ys: tuple[str, ...]) -> bool:
    """Both have some, and none in common (house numbers); or both give the unit inside the
    building, and not the same one (``Flat 1`` / ``Flat 2`` at 5 Church Street: two doors).
    One side's unit alone is no conflict: directories often leave it out."""
    if not (xs and ys):
        return False
    units_x = tuple(n for n in xs if n.startswith(UNIT))
    units_y = tuple(n for n in ys if n.startswith(UNIT))
    if not units_x or not units_y:
        return not shared(xs, ys)  # the common case: no unit on one side at least
    houses_x = tuple(n for n in xs if not n.startswith(UNIT))
    houses_y = tuple(n for n in ys if not n.startswith(UNIT))
    if houses_x and houses_y and not shared(houses_x, houses_y):
        return True
    return not shared(units_x, units_y)


def _sectors(postcodes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sector_of(p) for p in postcodes)


def _outcodes(postcodes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(outcode_of(p) for p in postcodes)


def _in_two_boroughs(a: Comparable, b: Comparable, distance: float | None) -> bool:
    """Whether the two are placed in two boroughs, one of them at least by its town alone (no
    coordinates to measure): ``Church Hall, Church Road`` in Edmonton and in Chingford are two
    halls, however alike the words (every town has its Church Road). Two postcodes a kilometre
    apart across a boundary with one address are not asked: a postcode typed with two letters
    swapped (``HA8 5LR`` / ``HA8 5RL`` at Burnt Oak, where Brent meets Harrow) is likelier
    than a second ``Watling Avenue``."""
    return distance is None and _placed_in_two_boroughs(a, b)


def _placed_in_two_boroughs(a: Comparable, b: Comparable) -> bool:
    """Each listing's borough, by its postcode or else its own town, known and not one."""
    here, there = a.borough or a.town_borough, b.borough or b.town_borough
    return bool(here and there and here != there)


def _location_level(
    a: Comparable, b: Comparable, address_sim: int, distance: float | None
) -> tuple[str, list[str]]:
    """The level, and the shared keys (address, postcode) whose sharing discounts it."""
    both_addresses = bool(a.address and b.address)
    numbers_conflict = conflict(a.numbers, b.numbers)
    shared_pc = shared(a.postcodes, b.postcodes)
    if (
        both_addresses
        and not numbers_conflict
        and (address_sim >= 90 or (shared_pc and address_sim >= 75))
        and (shared_pc or not _in_two_boroughs(a, b, distance))
    ):
        keys = ["a:" + a.address] if a.address == b.address and a.numbers else []
        return "same address", keys + ["pc:" + pc for pc in shared_pc]
    if shared_pc and not numbers_conflict:
        return "same postcode", ["pc:" + pc for pc in shared_pc]
    if a.borough and b.borough and a.borough != b.borough and (distance or 1.0) > NEAR_KM:
        # Venues in two boroughs: one organisation's groups in each, not one group (a service
        # that moved across a borough boundary is rare; one next door across it is "nearby").
        return "far", []
    if distance is not None:
        if distance <= SAME_KM and not numbers_conflict:
            return "same postcode", []
        if distance <= NEAR_KM:
            return "nearby", []
        if distance <= AREA_KM:
            return ("different address" if both_addresses else "same area"), []
        return ("different area" if distance <= FAR_KM else "far"), []
    if a.postcodes and b.postcodes:
        if shared(_sectors(a.postcodes), _sectors(b.postcodes)):
            return "nearby", []
        same_outcode = shared(_outcodes(a.postcodes), _outcodes(b.postcodes))
        return ("same area" if same_outcode else "different area"), []
    if not a.postcodes and not b.postcodes and _placed_in_two_boroughs(a, b):
        # Placed by their towns (or their own word for the borough) alone, in two
        # boroughs: ``Harrow`` / ``Wembley`` are as far apart as two boroughs' venues.
        return "far", []
    towns_differ = bool(a.city and b.city) and not _same_place_name(a.city, b.city)
    if both_addresses and address_sim >= 75 and not numbers_conflict and not towns_differ:
        # Alike addresses with nothing finer: "Harrow Civic Centre" / "Brent Civic Centre"
        # are alike too, so two towns named send it to the towns below.
        return "nearby", []
    if a.city and b.city:
        same_city = _same_place_name(a.city, b.city)
        if both_addresses:
            return ("different address" if same_city else "different area"), []
        return ("same area" if same_city else "different area"), []
    if a.borough and b.borough:
        return ("different address" if both_addresses else "same area"), []
    return ("different address" if both_addresses else "missing"), []


def compare_locations(
    a: Comparable, b: Comparable, freq: Frequencies, address_sim: int, explain: bool = False
) -> Comparison:
    """The finest location evidence both records have: address, postcode, coordinates,
    borough, city — in that order."""
    distance = _haversine_km(a.point, b.point) if a.point and b.point else None
    level, keys = _location_level(a, b, address_sim, distance)
    weight = LOCATION_WEIGHTS[level]
    # A shared building is discounted gently (log2): the name gate already keeps the groups a
    # venue hosts apart, and a venue's many services must not hide its real duplicates.
    carriers = sharing(freq, keys) if weight > 0 else 1.0
    if carriers > 1:
        weight = max(0.0, weight - math.log2(carriers))
    if not explain:
        return level, weight, ""
    detail: list[str] = []
    if a.address and b.address:
        detail.append(f"address similarity {address_sim}")
        if conflict(a.numbers, b.numbers):
            detail.append("house numbers differ")
    if a.postcodes and b.postcodes:
        detail.append(f"postcodes {sorted(a.postcodes)} / {sorted(b.postcodes)}")
    if distance is not None:
        detail.append(f"{distance:.2f} km apart")
    if a.borough or b.borough:
        detail.append(f"boroughs {a.borough or '?'} / {b.borough or '?'}")
    if a.town_borough or b.town_borough:
        detail.append(f"towns' boroughs {a.town_borough or '?'} / {b.town_borough or '?'}")
    if a.city or b.city:
        detail.append(f"cities {a.city or '?'} / {b.city or '?'}")
    if carriers > 1:
        detail.append(f"shared by ~{carriers:.1f} services: -{math.log2(carriers):.1f}")
    return level, weight, "; ".join(detail)
