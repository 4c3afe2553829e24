"""Pair scoring: per-field comparators, each at a discrete level with a weight in bits, summed.

The weights are Fellegi–Sunter match weights, ``log2(m / u)``: ``m`` is how often the level is
seen when two listings are the same service, ``u`` how often when they are different ones. A
positive weight is evidence for a match, a negative one against. ``docs/dedup.md`` gives the m
and u behind every weight and how the threshold was measured.

Comparators (each reads the comparable form, ``comparable.py``):

* **name** — IDF-weighted token overlap of the normalised names (abbreviations expanded, stop
  words dropped, plural-folded, one-typo tokens matched), with the record's own place names
  down-weighted. Also a *gate*: two listings whose names are different never match, however much
  else they share — a community centre's five groups share an address and a phone.
* **location** — one comparator for address, postcode, coordinates, borough and city, taking
  the finest evidence both records have. These all measure "same building", and summing them
  would count one fact several times.
* **phone**, **email**, **domain** — exact shared keys, discounted by how many distinct services
  share the key (``Frequencies.sharing``).
* **registration** — charity or company number: organisation-level, so agreement is weak
  evidence (one charity runs many services) but disagreement is strong evidence against.

String similarities come from rapidfuzz in batches (``process.cpdist`` over all candidate
pairs); the scalar path used by clustering and ``explain-match`` runs the same batch function on
one pair so both paths produce identical numbers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from index.dedup.comparable import Comparable
from index.dedup.frequencies import Frequencies

# -- weights (bits) ------------------------------------------------------------------------------

NAME_WEIGHTS: dict[str, float] = {
    "exact": 8.0,  # m .55  u .002
    "near": 6.0,  # m .20  u .003
    "contained": 4.0,  # m .12  u .008
    "partial": 1.0,  # m .06  u .03
    "weak": -2.0,  # m .04  u .16
    "different": -8.0,  # m .01  u 2.6 (gate: never a match)
    "missing": 0.0,
}
LOCATION_WEIGHTS: dict[str, float] = {
    "same address": 6.0,
    "same postcode": 5.0,
    "nearby": 2.0,
    "same area": 0.5,
    "different address": -1.5,
    "different area": -3.0,
    "far": -6.0,
    "missing": 0.0,
}
PHONE_WEIGHTS: dict[str, float] = {"shared": 8.0, "different": -2.0, "missing": 0.0}
EMAIL_WEIGHTS: dict[str, float] = {"shared": 6.0, "different": -0.5, "missing": 0.0}
DOMAIN_WEIGHTS: dict[str, float] = {"shared": 3.0, "different": -1.0, "missing": 0.0}
REGISTRATION_WEIGHTS: dict[str, float] = {"same": 2.0, "different": -8.0, "missing": 0.0}

MATCH_THRESHOLD = 9.0
"""Total weight at or above which a pair (that passes the name gate) is the same service."""
SAME_SOURCE_THRESHOLD = 14.0
"""Two listings of one source merge only when near-identical: exact or near names and this."""
LINK_THRESHOLD = 5.0
"""Anti-chaining guard: clusters join only if their members' mean pairwise score reaches this,
and every member of a final cluster must reach it with the cluster's centre."""

NAME_FLOOR = 40.0
"""Below this token-set similarity the names are ``different`` without further work."""
PLACE_FACTOR = 0.3
"""A name token that is the record's own city or borough counts this much."""

FAR_KM = 10.0
AREA_KM = 3.0
NEAR_KM = 0.3
SAME_KM = 0.08

# -- string similarities in batches --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Similarities:
    """Batch string similarities (0–100, rounded to integers) for a list of pairs."""

    name_set: np.ndarray
    name_sort: np.ndarray


def name_similarities(names_a: Sequence[str], names_b: Sequence[str]) -> Similarities:
    """Token-set and sorted-token similarity of name keys, pair by pair (both cores)."""
    kwargs = {"workers": -1, "dtype": np.int32}
    return Similarities(
        name_set=process.cpdist(names_a, names_b, scorer=fuzz.token_set_ratio, **kwargs),
        name_sort=process.cpdist(names_a, names_b, scorer=fuzz.ratio, **kwargs),
    )


def address_similarities(addr_a: Sequence[str], addr_b: Sequence[str]) -> np.ndarray:
    return process.cpdist(addr_a, addr_b, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.int32)


# -- comparators ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldScore:
    comparator: str
    level: str
    weight: float
    detail: str


def _fuzzy_pairs(rest_a: set[str], rest_b: set[str]) -> list[tuple[str, str]]:
    """Tokens left unmatched on both sides that are one typo apart (``harow``/``harrow``) or an
    abbreviation and its word (``deli``/``delicatessen``)."""
    pairs: list[tuple[str, str]] = []
    taken: set[str] = set()
    for x in sorted(rest_a):
        if len(x) < 4:
            continue
        for y in sorted(rest_b):
            if y in taken or len(y) < 4:
                continue
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if long_.startswith(short) or fuzz.ratio(x, y) >= 85:
                pairs.append((x, y))
                taken.add(y)
                break
    return pairs


def compare_names(
    a: Comparable, b: Comparable, freq: Frequencies, name_set: int, name_sort: int
) -> tuple[str, float, str]:
    """Name level: how much of each name's distinguishing weight the other shares."""
    if not a.tokens or not b.tokens:
        return "missing", 0.0, "a name has no distinguishing words"
    if name_set < NAME_FLOOR:
        return "different", NAME_WEIGHTS["different"], f"token-set {name_set}"
    ta, tb = set(a.tokens), set(b.tokens)
    places = a.places | b.places

    def weight(token: str) -> float:
        w = freq.idf(token)
        return w * PLACE_FACTOR if token in places else w

    common = ta & tb
    shared = sum(weight(t) for t in common)
    rest_a, rest_b = ta - common, tb - common
    for x, y in _fuzzy_pairs(rest_a, rest_b):
        shared += (weight(x) + weight(y)) / 2
        rest_a.discard(x)
        rest_b.discard(y)
    extra_a = sum(weight(t) for t in rest_a)
    extra_b = sum(weight(t) for t in rest_b)
    total = shared + extra_a + extra_b
    overlap = shared / total if total else 0.0
    containment = shared / (shared + min(extra_a, extra_b)) if shared else 0.0
    if ta == tb or name_sort >= 97:
        level = "exact"
    elif overlap >= 0.85 or name_sort >= 90:
        level = "near"
    elif containment >= 0.9 and overlap >= 0.4:
        level = "contained"
    elif overlap >= 0.5:
        level = "partial"
    elif overlap >= 0.25:
        level = "weak"
    else:
        level = "different"
    detail = (
        f"token-set {name_set}, sorted {name_sort}, weighted overlap {overlap:.2f},"
        f" containment {containment:.2f}"
    )
    return level, NAME_WEIGHTS[level], detail


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


def _discount(freq: Frequencies, keys: Sequence[str]) -> float:
    """Bits to take off shared-key evidence when the key is carried by several services."""
    if not keys:
        return 0.0
    return math.log2(min(freq.sharing(k) for k in keys))


def compare_locations(
    a: Comparable, b: Comparable, freq: Frequencies, address_sim: int
) -> tuple[str, float, str]:
    """The finest location evidence both records have: address, postcode, coordinates,
    borough, city — in that order."""
    detail: list[str] = []
    both_addresses = bool(a.address and b.address)
    numbers_conflict = bool(a.numbers and b.numbers and not (a.numbers & b.numbers))
    shared_pc = sorted(a.postcodes & b.postcodes)
    distance = _haversine_km(a.point, b.point) if a.point and b.point else None
    if both_addresses:
        detail.append(
            f"address {address_sim}{', house numbers differ' if numbers_conflict else ''}"
        )
    if a.postcodes and b.postcodes:
        detail.append(f"postcodes {sorted(a.postcodes)} / {sorted(b.postcodes)}")
    if distance is not None:
        detail.append(f"{distance:.2f} km apart")
    level: str | None = None
    keys: list[str] = []
    if (
        both_addresses
        and not numbers_conflict
        and (address_sim >= 90 or (shared_pc and address_sim >= 75))
    ):
        level = "same address"
        keys = ["a:" + a.address] if a.address == b.address and a.numbers else []
        keys += ["pc:" + pc for pc in shared_pc]
    elif shared_pc and not numbers_conflict:
        level = "same postcode"
        keys = ["pc:" + pc for pc in shared_pc]
    elif distance is not None:
        if distance <= SAME_KM and not numbers_conflict:
            level = "same postcode"
        elif distance <= NEAR_KM:
            level = "nearby"
        elif distance <= AREA_KM:
            level = "same area"
        elif distance <= FAR_KM:
            level = "different area"
        else:
            level = "far"
    elif a.postcodes and b.postcodes:
        if a.sectors & b.sectors:
            level = "nearby"
        elif a.outcodes & b.outcodes:
            level = "same area"
        else:
            level = "different area"
    elif both_addresses and address_sim >= 75 and not numbers_conflict:
        level = "nearby"
    if level is None:
        same_borough = a.borough and b.borough and a.borough == b.borough
        if a.borough and b.borough and not same_borough:
            detail.append(f"boroughs {a.borough} / {b.borough}")
            level = "far"
        elif a.city and b.city:
            same_city = _same_place_name(a.city, b.city)
            detail.append(f"cities {a.city} / {b.city}")
            if both_addresses:
                level = "different address" if same_city else "different area"
            else:
                level = "same area" if same_city else "different area"
        elif same_borough:
            level = "different address" if both_addresses else "same area"
        elif both_addresses:
            level = "different address"
        else:
            level = "missing"
    weight = LOCATION_WEIGHTS[level]
    if weight > 0 and keys:
        cut = _discount(freq, keys)
        if cut:
            weight = max(0.0, weight - cut)
            detail.append(f"shared by ~{2**cut:.0f} services: -{cut:.1f}")
    return level, weight, "; ".join(detail)


def _compare_keys(
    label: str,
    xs: frozenset[str],
    ys: frozenset[str],
    prefix: str,
    weights: dict[str, float],
    freq: Frequencies,
) -> tuple[str, float, str]:
    if not xs or not ys:
        return "missing", 0.0, ""
    shared = sorted(xs & ys)
    if not shared:
        return "different", weights["different"], f"{label} {sorted(xs)} / {sorted(ys)}"
    cut = _discount(freq, [prefix + k for k in shared])
    weight = max(0.0, weights["shared"] - cut)
    detail = f"shared {shared[0]}" + (f" (carried by ~{2**cut:.0f} services)" if cut else "")
    return "shared", weight, detail


def compare_registration(a: Comparable, b: Comparable) -> tuple[str, float, str]:
    levels = []
    for kind, x, y in (("charity", a.charity, b.charity), ("company", a.company, b.company)):
        if x and y:
            levels.append(("same" if x == y else "different", f"{kind} {x} / {y}"))
    if not levels:
        return "missing", 0.0, ""
    if any(level == "different" for level, _ in levels):
        return "different", REGISTRATION_WEIGHTS["different"], "; ".join(d for _, d in levels)
    return "same", REGISTRATION_WEIGHTS["same"], "; ".join(d for _, d in levels)


# -- the pair score ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PairScore:
    a: str
    b: str
    fields: tuple[FieldScore, ...]
    total: float
    name_gate: bool
    same_source: bool
    match: bool
    """Above threshold (the higher one for two listings of one source) and through the gate."""

    def field(self, comparator: str) -> FieldScore:
        return next(f for f in self.fields if f.comparator == comparator)


NEAR_IDENTICAL_NAMES = frozenset({"exact", "near"})


def decide(total: float, name_level: str, same_source: bool) -> bool:
    """The match rule, one place for every path."""
    if name_level == "different":
        return False
    if same_source:
        return name_level in NEAR_IDENTICAL_NAMES and total >= SAME_SOURCE_THRESHOLD
    return total >= MATCH_THRESHOLD


def score_with(
    a: Comparable,
    b: Comparable,
    freq: Frequencies,
    name_set: int,
    name_sort: int,
    address_sim: int,
) -> PairScore:
    """Score one pair given its batch string similarities."""
    name = compare_names(a, b, freq, name_set, name_sort)
    fields = (
        FieldScore("name", *name),
        FieldScore("location", *compare_locations(a, b, freq, address_sim)),
        FieldScore(
            "phone", *_compare_keys("phones", a.phones, b.phones, "p:", PHONE_WEIGHTS, freq)
        ),
        FieldScore(
            "email", *_compare_keys("emails", a.emails, b.emails, "e:", EMAIL_WEIGHTS, freq)
        ),
        FieldScore(
            "domain", *_compare_keys("domains", a.domains, b.domains, "d:", DOMAIN_WEIGHTS, freq)
        ),
        FieldScore("registration", *compare_registration(a, b)),
    )
    total = round(sum(f.weight for f in fields), 3)
    same_source = a.source == b.source
    return PairScore(
        a=a.id,
        b=b.id,
        fields=fields,
        total=total,
        name_gate=name[0] != "different",
        same_source=same_source,
        match=decide(total, name[0], same_source),
    )


def score_pair(a: Comparable, b: Comparable, freq: Frequencies) -> PairScore:
    """Scalar path (clustering checks, ``explain-match``): the same batch functions on one
    pair, so the numbers equal the batch path's."""
    sims = name_similarities([a.name_key], [b.name_key])
    addr = address_similarities([a.address], [b.address])
    return score_with(a, b, freq, int(sims.name_set[0]), int(sims.name_sort[0]), int(addr[0]))


@dataclass(frozen=True, slots=True)
class ScoredPairs:
    """Batch result: indices into the comparables and their totals (gated pairs dropped)."""

    left: list[int]
    right: list[int]
    totals: list[float]
    matches: list[bool]
    gated: int
    """Candidate pairs rejected by the name gate without full scoring."""


def score_candidates(
    comparables: Sequence[Comparable],
    freq: Frequencies,
    left: np.ndarray,
    right: np.ndarray,
) -> ScoredPairs:
    """Score every candidate pair: names in one batch first, since most candidates from
    shared-key blocks fail the name gate and need nothing else."""
    keys = np.array([c.name_key for c in comparables], dtype=object)
    sims = name_similarities(keys[left], keys[right])
    keep = np.flatnonzero(sims.name_set >= NAME_FLOOR)
    kl, kr = left[keep], right[keep]
    addresses = np.array([c.address for c in comparables], dtype=object)
    addr = address_similarities(addresses[kl], addresses[kr])
    name_set = sims.name_set[keep].tolist()
    name_sort = sims.name_sort[keep].tolist()
    out_l: list[int] = []
    out_r: list[int] = []
    totals: list[float] = []
    matches: list[bool] = []
    for n, (i, j) in enumerate(zip(kl.tolist(), kr.tolist(), strict=True)):
        scored = score_with(
            comparables[i], comparables[j], freq, name_set[n], name_sort[n], int(addr[n])
        )
        if not scored.name_gate:
            continue
        out_l.append(i)
        out_r.append(j)
        totals.append(scored.total)
        matches.append(scored.match)
    return ScoredPairs(out_l, out_r, totals, matches, gated=len(left) - len(out_l))
