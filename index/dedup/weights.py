"""The weights (bits) of every comparator level and the decision thresholds, in one place.

Each weight is a Fellegi–Sunter match weight ``log2(m / u)``: ``m`` is how often the level is
seen when two listings are the same service, ``u`` how often when they are two different ones.
A positive weight is evidence for a match, a negative one against. ``docs/dedup.md`` gives the
measured m and u beside every weight (``bench/dedup.py --levels``) and how the thresholds were
chosen (``--sweep``).
"""

from __future__ import annotations

from dataclasses import dataclass

# Each weight is log2(m / u) for the (m, u) in its comment: m = share of pairs of one service's
# listings at that level, u = share of pairs of two different services' listings at that level
# (docs/dedup.md compares them with the rates measured on the sample sources).
NAME_WEIGHTS: dict[str, float] = {
    "exact": 8.0,  # m .55   u .0021
    "near": 6.0,  # m .15   u .0023
    "core": 6.0,  # m .10   u .0016  equal once organisation and place words are set aside
    "contained": 4.0,  # m .12   u .0075
    "partial": 1.0,  # m .04   u .02
    "generic": 0.0,  # m .009  u .013  one name only says what kind of service it is: no gate
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
    "other mailbox": 0.0,  # different addresses at a shared domain (``scoring._mailboxes``)
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


CATEGORY_WEIGHTS: dict[str, float] = {
    # Through the taxonomy (categories.py). Agreement is common among candidates (they mostly
    # share a name word already); disagreement is strong evidence of two services at one hub.
    "same": 1.5,
    "related": 0.0,
    "different": -3.0,
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
"""Below this token-set similarity, and with no name word in common, the names are
``different`` without further work."""
CONTEXT_FACTOR = 0.3
"""A name token that is one of the records' own organisation or place words, a wrapper word or
a generic word of its category counts this much."""
GENERIC_EXTRA_BITS = 6.0
"""A name that only says what kind of service it is (``Walking Group``) matches a fuller name
(``Harrow Health Walks - Canons Park``) at the ``generic`` level only when the fuller name's
own words are common ones (IDF at most this, about one listing in sixty): a rare word
(``Nordic Walking``) names a different service."""

FAR_KM = 10.0
AREA_KM = 3.0
NEAR_KM = 0.3
SAME_KM = 0.08
