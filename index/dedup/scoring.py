"""Pair scoring: every comparator puts a pair at one level with a weight in bits; the weights
add up to the pair's score, and ``decide`` turns the score into same-or-different.

The comparators live beside this module, one job each: ``name_score`` (names, and the name
gate), ``place_score`` (one judgement from address, postcode, coordinates, borough and city),
``field_score`` (phone, e-mail, domain, organisation, registration, category). Their weights
and the thresholds are in ``weights``.

String similarities come from rapidfuzz in batches (``process.cpdist`` over a block of
candidate pairs: every core, or one thread in each of ``parallel.py``'s forked workers, which
score the blocks side by side); the scalar path used by clustering, the review queue and ``explain-match``
runs the same batch functions on one pair, so both paths produce identical numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from index.dedup.comparable import Comparable
from index.dedup.field_score import (
    category_level,
    compare_categories,
    compare_keys,
    compare_organisations,
    compare_registration,
)
from index.dedup.frequencies import Frequencies
from index.dedup.name_score import Comparison, compare_names, may_hold_below_floor
from index.dedup.place_score import compare_locations
from index.dedup.weights import (
    DEFAULT_THRESHOLDS,
    DOMAIN_WEIGHTS,
    EMAIL_WEIGHTS,
    NAME_FLOOR,
    PHONE_WEIGHTS,
    Thresholds,
)

__all__ = [
    "COMPARATORS",
    "DEFAULT_THRESHOLDS",
    "FieldScore",
    "PairScore",
    "ScoredPairs",
    "Thresholds",
    "decide",
    "score_candidates",
    "score_pair",
    "score_with",
]


@dataclass(frozen=True, slots=True)
class Similarities:
    """Batch string similarities (0–100, integers) for a list of pairs."""

    name_set: np.ndarray
    name_sort: np.ndarray


def name_similarities(
    names_a: Sequence[str], names_b: Sequence[str], workers: int = -1
) -> Similarities:
    """Token-set and sorted-token similarity of name keys, pair by pair (every core unless
    ``workers`` says otherwise: a forked scoring worker asks for one thread)."""
    kwargs = {"workers": workers, "dtype": np.int32}
    return Similarities(
        name_set=process.cpdist(names_a, names_b, scorer=fuzz.token_set_ratio, **kwargs),
        name_sort=process.cpdist(names_a, names_b, scorer=fuzz.ratio, **kwargs),
    )


def address_similarities(
    addr_a: Sequence[str], addr_b: Sequence[str], workers: int = -1
) -> np.ndarray:
    return process.cpdist(
        addr_a, addr_b, scorer=fuzz.token_set_ratio, workers=workers, dtype=np.int32
    )


@dataclass(frozen=True, slots=True)
class FieldScore:
    comparator: str
    level: str
    weight: float
    detail: str


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
    "category",
)


CONTACT_WEIGHTS = (PHONE_WEIGHTS, EMAIL_WEIGHTS, DOMAIN_WEIGHTS)


def _organisation_level_once(contacts: list[Comparison]) -> list[Comparison]:
    """Phone, e-mail and web domain that several services carry are one fact — which
    organisation runs it (its switchboard, its info@ inbox, its web site) — so of those only
    the strongest counts. Contacts carried by this service alone count in full."""
    several = [
        n
        for n, (c, weights) in enumerate(zip(contacts, CONTACT_WEIGHTS, strict=True))
        if c[0] == "shared" and c[1] < weights["shared"]
    ]
    if len(several) < 2:
        return contacts
    keep = max(several, key=lambda n: contacts[n][1])
    out = list(contacts)
    for n in several:
        if n != keep:
            level, _weight, detail = out[n]
            out[n] = (level, 0.0, f"{detail}; the organisation's, counted once" if detail else "")
    return out


def _mailboxes(contacts: list[Comparison]) -> list[Comparison]:
    """Two e-mail addresses at one shared domain (``info@`` / ``groups@``) say one
    organisation, which the domain already counts; which of its mailboxes a directory printed
    is the organisation's choice, not a sign of another service, so the difference is neutral.
    An address at another domain still counts against."""
    phone, email, domain = contacts
    if email[0] != "different" or domain[0] != "shared":
        return contacts
    detail = f"{email[2]}; one domain's mailboxes" if email[2] else ""
    return [phone, ("other mailbox", EMAIL_WEIGHTS["other mailbox"], detail), domain]


VENUE_LEVELS = frozenset({"same address", "same postcode"})
"""Location levels that put two listings in one building."""
UNSURE_NAMES = frozenset({"weak"})
"""Name levels too unsure to merge on a shared building and its switchboard alone."""


def _venue_once(
    a: Comparable, b: Comparable, name_level: str, rest: tuple[Comparison, ...]
) -> tuple[Comparison, ...]:
    """A building and the switchboard printed on its listings are one piece of evidence, "the
    same venue", which a community centre's every class shares: beside names that only weakly
    agree, each with words of its own (``Yoga for Beginners`` / ``Yoga for Over 60s``), only
    the stronger of the two counts, so such a pair goes to a curator (the review queue)
    instead of merging. A name that only adds details to the other (``Chat & Chai (Mon
    12-2pm)``) is not such a pair."""
    location, phone = rest[0], rest[1]
    if (
        name_level not in UNSURE_NAMES
        or a.token_set <= b.token_set
        or b.token_set <= a.token_set
        or location[0] not in VENUE_LEVELS
        or phone[0] != "shared"
        or min(location[1], phone[1]) <= 0
    ):
        return rest
    weaker = 0 if location[1] <= phone[1] else 1
    level, _weight, detail = rest[weaker]
    note = "; the venue's, counted once with its " + ("phone" if weaker == 0 else "address")
    out = list(rest)
    out[weaker] = (level, 0.0, detail + note if detail else "")
    return tuple(out)


def _compare_rest(
    a: Comparable,
    b: Comparable,
    freq: Frequencies,
    address_sim: int,
    explain: bool,
    name_level: str = "",
) -> tuple[Comparison, ...]:
    """Every comparator after the name and before the category, in ``COMPARATORS`` order.
    Venues in two boroughs (location ``far``) are two places: what contacts they share is
    carried by two services at least, as the harvest's own counts say of a phone seen at two
    postcodes — one organisation's line printed on two groups' listings."""
    location = compare_locations(a, b, freq, address_sim, explain)
    places = 2.0 if location[0] == "far" else 1.0
    contacts = _organisation_level_once(
        _mailboxes(
            [
                compare_keys(
                    "phones", a.phones, b.phones, "p:", PHONE_WEIGHTS, freq, explain, places
                ),
                compare_keys(
                    "emails", a.emails, b.emails, "e:", EMAIL_WEIGHTS, freq, explain, places
                ),
                compare_keys(
                    "domains", a.domains, b.domains, "d:", DOMAIN_WEIGHTS, freq, explain, places
                ),
            ]
        )
    )
    return _venue_once(
        a,
        b,
        name_level,
        (
            location,
            *contacts,
            compare_organisations(a, b, explain),
            compare_registration(a, b, explain),
        ),
    )


def _total(name: Comparison, rest: tuple[Comparison, ...], category: Comparison) -> float:
    return round(name[1] + sum(c[1] for c in rest) + category[1], 3)


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
    kind = category_level(a, b)
    name = compare_names(a, b, freq, name_set, name_sort, kind, explain)
    category = compare_categories(a, b, kind, name[0], explain)
    rest = _compare_rest(a, b, freq, address_sim, explain, name[0])
    total = _total(name, rest, category)
    same_source = a.source == b.source
    return PairScore(
        a=a.id,
        b=b.id,
        fields=tuple(
            FieldScore(label, *c)
            for label, c in zip(COMPARATORS, (name, *rest, category), strict=True)
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
    """Scalar path (clustering checks, review, ``explain-match``): the same batch functions
    on one pair, so the numbers equal the batch path's. One thread: for one pair, starting
    rapidfuzz's thread pool costs a thousand times the comparison."""
    sims = name_similarities([a.name_key], [b.name_key], workers=1)
    addr = address_similarities([a.address], [b.address], workers=1)
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
    """Candidate pairs rejected by the name gate (dropped unless ``keep_gated``)."""
    names: list[str]
    """The name level of each pair kept."""


def string_columns(comparables: Sequence[Comparable]) -> tuple[np.ndarray, np.ndarray]:
    """Every record's name key and address as object arrays, for batch look-ups by pair."""
    keys = np.array([c.name_key for c in comparables], dtype=object)
    addresses = np.array([c.address for c in comparables], dtype=object)
    return keys, addresses


def score_candidates(
    comparables: Sequence[Comparable],
    freq: Frequencies,
    left: np.ndarray,
    right: np.ndarray,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    keep_gated: bool = False,
    threads: int = -1,
    columns: tuple[np.ndarray, np.ndarray] | None = None,
) -> ScoredPairs:
    """Score every candidate pair: names in one batch first, since most candidates from
    shared-key blocks fail the name gate and need nothing else. ``keep_gated`` scores and
    returns the gated pairs too (the review queue asks whether everything but the name says
    "same"). ``threads`` is rapidfuzz's thread count (every core by default); ``columns`` are
    ``string_columns(comparables)`` when the caller scores many blocks of one set."""
    keys, addresses = columns if columns is not None else string_columns(comparables)
    sims = name_similarities(keys[left], keys[right], threads)
    name_set_all = sims.name_set
    floor = name_set_all >= NAME_FLOOR
    if keep_gated:
        floor[:] = True
    # Below the floor a pair still goes on when the names share a word and the categories
    # agree (a generic name beside a specific one), or one name is only the other's
    # organisation: the name comparator decides.
    low = np.flatnonzero(~floor)
    for n, i, j in zip(low.tolist(), left[low].tolist(), right[low].tolist(), strict=True):
        a, b = comparables[i], comparables[j]
        if may_hold_below_floor(a, b, lambda a=a, b=b: category_level(a, b)):
            floor[n] = True
    keep = np.flatnonzero(floor)
    kl, kr = left[keep], right[keep]
    addr = address_similarities(addresses[kl], addresses[kr], threads).tolist()
    name_set = name_set_all[keep].tolist()
    name_sort = sims.name_sort[keep].tolist()
    out_l: list[int] = []
    out_r: list[int] = []
    totals: list[float] = []
    matches: list[bool] = []
    names: list[str] = []
    gated = len(left) - len(kl)
    for n, (i, j) in enumerate(zip(kl.tolist(), kr.tolist(), strict=True)):
        # The same comparators and sum as ``score_with``, without building explanation
        # objects, and stopping at the name gate (such a pair can never match).
        a, b = comparables[i], comparables[j]
        kind = category_level(a, b)
        name = compare_names(a, b, freq, name_set[n], name_sort[n], kind)
        if name[0] == "different":
            gated += 1
            if not keep_gated:
                continue
        category = compare_categories(a, b, kind, name[0])
        rest = _compare_rest(a, b, freq, addr[n], False, name[0])
        total = _total(name, rest, category)
        out_l.append(i)
        out_r.append(j)
        totals.append(total)
        matches.append(decide(total, name[0], rest[0][0], a.source == b.source, thresholds))
        names.append(name[0])
    return ScoredPairs(out_l, out_r, totals, matches, gated, names)
