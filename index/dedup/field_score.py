"""The other comparators: phone, e-mail, web domain, organisation, registration, category.

Phone and e-mail are strong evidence but never decisive on their own: agreement on a key that
several services carry (a council switchboard, a national helpline, a hub's shared inbox) counts
``1/s`` of its weight, ``s`` the estimated number of services carrying it
(``Frequencies.sharing``). Organisation and registration are organisation-level: agreement is
weak evidence (one charity runs many services), disagreement strong evidence of two services.
Category agreement goes through the taxonomy (``categories.py``).
"""

from __future__ import annotations

from collections import Counter

from index.dedup.categories import default_categories
from index.dedup.comparable import Comparable
from index.dedup.frequencies import Frequencies
from index.dedup.names import COUNCIL
from index.dedup.place_score import shared, sharing
from index.dedup.weights import CATEGORY_WEIGHTS, ORGANISATION_WEIGHTS, REGISTRATION_WEIGHTS

Comparison = tuple[str, float, str]


def compare_keys(
    label: str,
    xs: tuple[str, ...],
    ys: tuple[str, ...],
    prefix: str,
    weights: dict[str, float],
    freq: Frequencies,
    explain: bool,
    places: float = 1.0,
) -> Comparison:
    """``places`` is how many places the two listings are known to be at: a phone two venues
    in two boroughs share is carried by two services at least (``_compare_rest``), as the
    harvest's counts say when the two give their postcodes."""
    if not xs or not ys:
        return "missing", 0.0, ""
    agreeing = shared(xs, ys)
    if not agreeing:
        detail = f"{label} {sorted(xs)} / {sorted(ys)}" if explain else ""
        return "different", weights["different"], detail
    # Agreement on a key carried by s services is worth 1/s of full agreement.
    carriers = max(places, sharing(freq, [prefix + k for k in agreeing]))
    weight = weights["shared"] / carriers
    if not explain:
        return "shared", weight, ""
    detail = f"shared {min(agreeing)}"
    if carriers > 1:
        detail += f" (carried by ~{carriers:.1f} services: weight / {carriers:.1f})"
    return "shared", weight, detail


OPTIONAL_INITIALS: frozenset[str] = frozenset({"nhs", "foundation", "trust", "limited", "uk"})
"""Words of a body's legal name that its initials may leave out: ``CNWL`` is Central and North
West London NHS Foundation Trust, ``ELFT`` East London NHS Foundation Trust, ``GSTT`` Guy's and
St Thomas' NHS Foundation Trust."""


def _acronym_of(x: frozenset[str], y: frozenset[str]) -> bool:
    """``Brentford CA`` and ``Brentford Community Association``: the words one name has and
    the other lacks are one initialism of the other's (in any order: the words are a set),
    with or without each of ``OPTIONAL_INITIALS``."""
    only_x, only_y = x - y, y - x
    for short, long_ in ((only_x, only_y), (only_y, only_x)):
        if len(short) == 1 and len(long_) >= 2:
            (word,) = short
            if len(word) > len(long_):
                continue
            letters = Counter(word)
            needed = Counter(t[0] for t in long_ if t not in OPTIONAL_INITIALS)
            optional = Counter(t[0] for t in long_ if t in OPTIONAL_INITIALS)
            extra = letters - needed
            if not needed - letters and not extra - optional and sum(needed.values()) >= 2:
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
    elif (COUNCIL in x) != (COUNCIL in y):
        # A council and a body that is not one, sharing the borough's name at most (``LBBD``
        # / ``Carers of Barking and Dagenham``): two organisations, however alike the words.
        level = "different"
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


NAMES_SAY_THE_KIND = frozenset({"exact", "near", "core", "contained"})
"""Name levels at which category agreement adds nothing: the names already say it."""


def category_level(a: Comparable, b: Comparable) -> str:
    return default_categories().level(a.terms, b.terms)


def compare_categories(
    a: Comparable, b: Comparable, level: str, name_level: str, explain: bool = False
) -> Comparison:
    """Whether the two are filed under the same kind of service, through the taxonomy.
    Agreement counts only where the names leave the kind of service open (a generic name, a
    partial one): two listings with one name are nearly always filed alike, so there it would
    count the name twice. Disagreement always counts."""
    weight = CATEGORY_WEIGHTS[level]
    if level == "same" and name_level in NAMES_SAY_THE_KIND:
        weight = 0.0
    detail = ""
    if explain and level != "missing":
        detail = f"{', '.join(a.terms) or '-'} / {', '.join(b.terms) or '-'}"
        if weight == 0.0 and level == "same":
            detail += " (the names already say so)"
    return level, weight, detail
