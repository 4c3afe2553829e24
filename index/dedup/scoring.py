"""Pair scoring: per-field comparators, each at a discrete level with a weight in bits, summed.

The weights are Fellegi–Sunter match weights, ``log2(m / u)``: ``m`` is how often the level is
seen when two listings are the same service, ``u`` how often when they are two different ones.
A positive weight is evidence for a match, a negative one against. ``docs/dedup.md`` gives the
m and u behind every weight, their measurement on the sample sources (``bench/dedup.py
--levels``) and how the thresholds were measured (``--sweep``).

Comparators (each reads the comparable form, ``comparable.py``):

* **name** — IDF-weighted token overlap of the normalised names (abbreviations expanded, stop
  words dropped, plurals folded, one-typo tokens matched), with the records' own organisation
  and place words down-weighted. Also a *gate*: two listings whose names are different never
  match, however much else they share — a community centre's five groups share an address and a
  phone.
* **location** — one comparator for address, postcode, coordinates, borough and city, taking
  the finest evidence both records have. These all measure "same building", and summing them
  would count one fact several times.
* **phone**, **email**, **domain** — exact shared keys, weighted by how many distinct services
  carry the key (``Frequencies.sharing``): a helpline printed on eight branches says "same
  organisation", not "same service".
* **organisation**, **registration** (charity or company number) — organisation-level, so
  agreement is weak evidence (one charity runs many services) but disagreement is strong
  evidence against.

String similarities come from rapidfuzz in batches (``process.cpdist`` over all candidate
pairs); the scalar path used by clustering and ``explain-match`` runs the same batch function on
one pair so both paths produce identical numbers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from index.dedup.comparable import Comparable
from index.dedup.frequencies import Frequencies
from index.geo import outcode_of, sector_of

# -- weights (bits) ------------------------------------------------------------------------------

# Each weight is log2(m / u) for the (m, u) in its comment: m = share of pairs of one service's
# listings at that level, u = share of pairs of two different services' listings at that level
# (docs/dedup.md compares them with the rates measured on the sample sources).
NAME_WEIGHTS: dict[str, float] = {
    "exact": 8.0,  # m .55   u .0021
    "near": 6.0,  # m .15   u .0023
    "core": 6.0,  # m .10   u .0016  equal once organisation and place words are set aside
    "contained": 4.0,  # m .12   u .0075
    "partial": 1.0,  # m .04   u .02
    "weak": -2.0,  # m .035  u .14
    "different": -8.0,  # m .003  u .77   and the gate: never a match
    "missing": 0.0,
}
LOCATION_WEIGHTS: dict[str, float] = {
    "same address": 6.0,  # m .45   u .007
    "same postcode": 5.0,  # m .20   u .006
    "nearby": 2.0,  # m .08   u .02
    "same area": 0.5,  # m .04   u .028
    "different address": -1.5,  # m .05   u .14
    "different area": -3.0,  # m .04   u .32
    "far": -6.0,  # m .006  u .38
    "missing": 0.0,
}
PHONE_WEIGHTS: dict[str, float] = {
    "shared": 8.0,  # m .60  u .0023
    "different": -2.0,  # m .20  u .80
    "missing": 0.0,
}
EMAIL_WEIGHTS: dict[str, float] = {
    "shared": 6.0,  # m .40  u .0063
    "different": -0.5,  # m .60  u .85
    "missing": 0.0,
}
DOMAIN_WEIGHTS: dict[str, float] = {
    "shared": 3.0,  # m .70  u .0875
    "different": -1.0,  # m .30  u .60
    "missing": 0.0,
}
REGISTRATION_WEIGHTS: dict[str, float] = {
    "same": 2.0,  # m .90   u .225  (one charity runs many services)
    "different": -8.0,  # m .003  u .77
    "missing": 0.0,
}
ORGANISATION_WEIGHTS: dict[str, float] = {
    # Organisation-level evidence, correlated with domain and e-mail, so shrunk from the
    # measured log2(m/u) (same +5.6, different -5.2 on the sample sources).
    "same": 1.0,
    "similar": 0.0,
    "different": -4.0,
    "missing": 0.0,
}


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The decision thresholds (bits). Set from measurement (``bench/dedup.py --sweep``,
    docs/dedup.md); a parameter so that the sweep runs the real code."""

    match: float = 9.0
    """Total weight at or above which a pair (through the name gate) is the same service."""
    same_source: float = 14.0
    """Two listings of one source merge only when near-identical: names exact or near, one
    place, and a total of at least this."""
    link: float = 7.5
    """Anti-chaining guard: clusters join only if their members' mean pairwise score reaches
    this, and every member of a final cluster must reach it with the cluster's centre."""


DEFAULT_THRESHOLDS = Thresholds()

NAME_FLOOR = 40.0
"""Below this token-set similarity the names are ``different`` without further work."""
CONTEXT_FACTOR = 0.3
"""A name token that is one of the records' own organisation or place words counts this much."""

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
    abbreviation and its word (``deli``/``delicatessen``). Only tokens of four letters or more
    that start alike are tried: typos rarely hit the first letter, and it keeps this cheap."""
    pairs: list[tuple[str, str]] = []
    by_initial: dict[str, list[str]] = {}
    for y in sorted(rest_b):
        if len(y) >= 4:
            by_initial.setdefault(y[0], []).append(y)
    if not by_initial:
        return pairs
    for x in sorted(rest_a):
        ys = by_initial.get(x[0]) if len(x) >= 4 else None
        if not ys:
            continue
        for y in ys:
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if long_.startswith(short) or fuzz.ratio(x, y) >= 85:
                pairs.append((x, y))
                ys.remove(y)
                break
    return pairs


def _weight(
    tokens: Iterable[str], idf: Mapping[str, float], unseen: float, context: frozenset[str]
) -> float:
    """Sum of the tokens' IDF, context words counting ``CONTEXT_FACTOR`` of theirs."""
    total = 0.0
    for token in tokens:
        w = idf.get(token, unseen)
        total += w * CONTEXT_FACTOR if token in context else w
    return total


Comparison = tuple[str, float, str]
"""(level, weight in bits, human-readable detail — empty unless explaining)."""


def compare_names(
    a: Comparable,
    b: Comparable,
    freq: Frequencies,
    name_set: int,
    name_sort: int,
    explain: bool = False,
) -> Comparison:
    """Name level: how much of each name's distinguishing weight the other shares."""
    if not a.tokens or not b.tokens:
        return "missing", 0.0, "a name has no distinguishing words" if explain else ""
    if name_set < NAME_FLOOR:
        detail = f"token-set {name_set}" if explain else ""
        return "different", NAME_WEIGHTS["different"], detail
    ta, tb = a.token_set, b.token_set
    identical = ta == tb or a.compact == b.compact or name_sort >= 97
    if identical and not explain:
        return "exact", NAME_WEIGHTS["exact"], ""
    context = a.context | b.context
    idf, unseen = freq.idf_table, freq.idf_unseen
    common = ta & tb
    shared = _weight(common, idf, unseen, context)
    rest_a, rest_b = ta - common, tb - common
    if rest_a and rest_b:
        rest_a, rest_b = set(rest_a), set(rest_b)
        for x, y in _fuzzy_pairs(rest_a, rest_b):
            shared += _weight((x, y), idf, unseen, context) / 2
            rest_a.discard(x)
            rest_b.discard(y)
    extra_a = _weight(rest_a, idf, unseen, context)
    extra_b = _weight(rest_b, idf, unseen, context)
    total = shared + extra_a + extra_b
    overlap = shared / total if total else 0.0
    containment = shared / (shared + min(extra_a, extra_b)) if shared else 0.0
    core_a, core_b = ta - context, tb - context
    if identical:
        level = "exact"
    elif core_a and core_a == core_b:
        level = "core"
    elif overlap >= 0.85 or (name_sort >= 90 and overlap >= 0.7):
        level = "near"
    elif containment >= 0.9 and overlap >= 0.4:
        level = "contained"
    elif overlap >= 0.5:
        level = "partial"
    elif overlap >= 0.25 or containment >= 0.9:
        level = "weak"
    else:
        level = "different"
    detail = (
        f"token-set {name_set}, sorted {name_sort}, weighted overlap {overlap:.2f},"
        f" containment {containment:.2f}"
        if explain
        else ""
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


def _sharing(freq: Frequencies, keys: Sequence[str]) -> float:
    """How many services the least-shared of the agreeing keys is carried by (≥ 1)."""
    if not keys:
        return 1.0
    return min(freq.sharing(k) for k in keys)


def _shared(xs: tuple[str, ...], ys: tuple[str, ...]) -> list[str]:
    return [x for x in xs if x in ys]


def _conflict(xs: tuple[str, ...], ys: tuple[str, ...]) -> bool:
    """Both have some, and none in common (house numbers)."""
    return bool(xs and ys and not _shared(xs, ys))


def _sectors(postcodes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sector_of(p) for p in postcodes)


def _outcodes(postcodes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(outcode_of(p) for p in postcodes)


def _location_level(
    a: Comparable, b: Comparable, address_sim: int, distance: float | None
) -> tuple[str, list[str]]:
    """The level, and the shared keys (address, postcode) whose sharing discounts it."""
    both_addresses = bool(a.address and b.address)
    numbers_conflict = _conflict(a.numbers, b.numbers)
    shared_pc = _shared(a.postcodes, b.postcodes)
    if (
        both_addresses
        and not numbers_conflict
        and (address_sim >= 90 or (shared_pc and address_sim >= 75))
    ):
        keys = ["a:" + a.address] if a.address == b.address and a.numbers else []
        return "same address", keys + ["pc:" + pc for pc in shared_pc]
    if shared_pc and not numbers_conflict:
        return "same postcode", ["pc:" + pc for pc in shared_pc]
    if distance is not None:
        if distance <= SAME_KM and not numbers_conflict:
            return "same postcode", []
        if distance <= NEAR_KM:
            return "nearby", []
        if distance <= AREA_KM:
            return ("different address" if both_addresses else "same area"), []
        return ("different area" if distance <= FAR_KM else "far"), []
    if a.postcodes and b.postcodes:
        if _shared(_sectors(a.postcodes), _sectors(b.postcodes)):
            return "nearby", []
        same_outcode = _shared(_outcodes(a.postcodes), _outcodes(b.postcodes))
        return ("same area" if same_outcode else "different area"), []
    if both_addresses and address_sim >= 75 and not numbers_conflict:
        return "nearby", []
    if a.borough and b.borough and a.borough != b.borough:
        return "far", []
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
    carriers = _sharing(freq, keys) if weight > 0 else 1.0
    if carriers > 1:
        weight = max(0.0, weight - math.log2(carriers))
    if not explain:
        return level, weight, ""
    detail: list[str] = []
    if a.address and b.address:
        detail.append(f"address similarity {address_sim}")
        if _conflict(a.numbers, b.numbers):
            detail.append("house numbers differ")
    if a.postcodes and b.postcodes:
        detail.append(f"postcodes {sorted(a.postcodes)} / {sorted(b.postcodes)}")
    if distance is not None:
        detail.append(f"{distance:.2f} km apart")
    if a.borough or b.borough:
        detail.append(f"boroughs {a.borough or '?'} / {b.borough or '?'}")
    if a.city or b.city:
        detail.append(f"cities {a.city or '?'} / {b.city or '?'}")
    if carriers > 1:
        detail.append(f"shared by ~{carriers:.1f} services: -{math.log2(carriers):.1f}")
    return level, weight, "; ".join(detail)


def _compare_keys(
    label: str,
    xs: tuple[str, ...],
    ys: tuple[str, ...],
    prefix: str,
    weights: dict[str, float],
    freq: Frequencies,
    explain: bool,
) -> Comparison:
    if not xs or not ys:
        return "missing", 0.0, ""
    shared = _shared(xs, ys)
    if not shared:
        detail = f"{label} {sorted(xs)} / {sorted(ys)}" if explain else ""
        return "different", weights["different"], detail
    # Agreement on a key carried by s services is worth 1/s of full agreement.
    carriers = _sharing(freq, [prefix + k for k in shared])
    weight = weights["shared"] / carriers
    if not explain:
        return "shared", weight, ""
    detail = f"shared {min(shared)}"
    if carriers > 1:
        detail += f" (carried by ~{carriers:.1f} services: weight / {carriers:.1f})"
    return "shared", weight, detail


def _acronym_of(x: frozenset[str], y: frozenset[str]) -> bool:
    """``Brentford CA`` and ``Brentford Community Association``: the words one name has and
    the other lacks are one initialism of the other's."""
    only_x, only_y = x - y, y - x
    for short, long_ in ((only_x, only_y), (only_y, only_x)):
        if len(short) == 1 and len(long_) >= 2:
            initials = "".join(sorted(t[0] for t in long_))
            if "".join(sorted(next(iter(short)))) == initials:
                return True
    return False


def compare_organisations(a: Comparable, b: Comparable, explain: bool = False) -> Comparison:
    """Who runs it. Agreement is weak evidence (one charity runs many services); two different
    organisations are strong evidence of two services, even at one address with one name."""
    if not a.org_tokens or not b.org_tokens:
        return "missing", 0.0, ""
    x, y = a.org_tokens, b.org_tokens
    if x == y or a.org_compact == b.org_compact or x <= y or y <= x or _acronym_of(x, y):
        level = "same"
    elif len(x & y) / len(x | y) >= 0.5:
        level = "similar"
    else:
        level = "different"
    detail = f"{' '.join(sorted(x))} / {' '.join(sorted(y))}" if explain else ""
    return level, ORGANISATION_WEIGHTS[level], detail


def compare_registration(a: Comparable, b: Comparable, explain: bool = False) -> Comparison:
    levels = []
    for kind, x, y in (("charity", a.charity, b.charity), ("company", a.company, b.company)):
        if x and y:
            levels.append(("same" if x == y else "different", f"{kind} {x} / {y}"))
    if not levels:
        return "missing", 0.0, ""
    detail = "; ".join(d for _, d in levels) if explain else ""
    if any(level == "different" for level, _ in levels):
        return "different", REGISTRATION_WEIGHTS["different"], detail
    return "same", REGISTRATION_WEIGHTS["same"], detail


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


SAME_PLACE = frozenset({"same address", "same postcode", "missing"})


def decide(
    total: float,
    name_level: str,
    location_level: str,
    same_source: bool,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> bool:
    """The match rule, one place for every path. Two listings of one source must be
    near-identical: near-identical names, at one place, and a high score — a directory that
    lists a name twice at two addresses is listing two branches."""
    if name_level == "different":
        return False
    if same_source:
        return (
            name_level in NEAR_IDENTICAL_NAMES
            and location_level in SAME_PLACE
            and total >= thresholds.same_source
        )
    return total >= thresholds.match


COMPARATORS: tuple[str, ...] = (
    "name",
    "location",
    "phone",
    "email",
    "domain",
    "organisation",
    "registration",
)


def _compare_rest(
    a: Comparable, b: Comparable, freq: Frequencies, address_sim: int, explain: bool
) -> tuple[Comparison, ...]:
    """Every comparator after the name, in ``COMPARATORS`` order."""
    return (
        compare_locations(a, b, freq, address_sim, explain),
        _compare_keys("phones", a.phones, b.phones, "p:", PHONE_WEIGHTS, freq, explain),
        _compare_keys("emails", a.emails, b.emails, "e:", EMAIL_WEIGHTS, freq, explain),
        _compare_keys("domains", a.domains, b.domains, "d:", DOMAIN_WEIGHTS, freq, explain),
        compare_organisations(a, b, explain),
        compare_registration(a, b, explain),
    )


def _total(name: Comparison, rest: tuple[Comparison, ...]) -> float:
    return round(name[1] + sum(c[1] for c in rest), 3)


def score_with(
    a: Comparable,
    b: Comparable,
    freq: Frequencies,
    name_set: int,
    name_sort: int,
    address_sim: int,
    explain: bool = False,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> PairScore:
    """Score one pair given its batch string similarities."""
    name = compare_names(a, b, freq, name_set, name_sort, explain)
    rest = _compare_rest(a, b, freq, address_sim, explain)
    total = _total(name, rest)
    same_source = a.source == b.source
    return PairScore(
        a=a.id,
        b=b.id,
        fields=tuple(
            FieldScore(label, *c) for label, c in zip(COMPARATORS, (name, *rest), strict=True)
        ),
        total=total,
        name_gate=name[0] != "different",
        same_source=same_source,
        match=decide(total, name[0], rest[0][0], same_source, thresholds),
    )


def score_pair(
    a: Comparable,
    b: Comparable,
    freq: Frequencies,
    explain: bool = False,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> PairScore:
    """Scalar path (clustering checks, ``explain-match``): the same batch functions on one
    pair, so the numbers equal the batch path's."""
    sims = name_similarities([a.name_key], [b.name_key])
    addr = address_similarities([a.address], [b.address])
    name_set, name_sort = int(sims.name_set[0]), int(sims.name_sort[0])
    return score_with(a, b, freq, name_set, name_sort, int(addr[0]), explain, thresholds)


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
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> ScoredPairs:
    """Score every candidate pair: names in one batch first, since most candidates from
    shared-key blocks fail the name gate and need nothing else."""
    keys = np.array([c.name_key for c in comparables], dtype=object)
    sims = name_similarities(keys[left], keys[right])
    keep = np.flatnonzero(sims.name_set >= NAME_FLOOR)
    kl, kr = left[keep], right[keep]
    addresses = np.array([c.address for c in comparables], dtype=object)
    addr = address_similarities(addresses[kl], addresses[kr]).tolist()
    name_set = sims.name_set[keep].tolist()
    name_sort = sims.name_sort[keep].tolist()
    out_l: list[int] = []
    out_r: list[int] = []
    totals: list[float] = []
    matches: list[bool] = []
    for n, (i, j) in enumerate(zip(kl.tolist(), kr.tolist(), strict=True)):
        # The same comparators and sum as ``score_with``, without building explanation
        # objects, and stopping at the name gate (such a pair can never match).
        a, b = comparables[i], comparables[j]
        name = compare_names(a, b, freq, name_set[n], name_sort[n])
        if name[0] == "different":
            continue
        rest = _compare_rest(a, b, freq, addr[n], False)
        total = _total(name, rest)
        out_l.append(i)
        out_r.append(j)
        totals.append(total)
        matches.append(decide(total, name[0], rest[0][0], a.source == b.source, thresholds))
    return ScoredPairs(out_l, out_r, totals, matches, gated=len(left) - len(out_l))
