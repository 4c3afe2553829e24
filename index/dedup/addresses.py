"""Street addresses and towns as comparable tokens.

Directories write one address many ways: ``Rd``/``Road``, ``St`` for *street* after a name and
*saint* before one, ``Seventh``/``7th``, a venue line or a locality line present in one copy and
missing in another, ``London`` where another copy gives the locality. The forms here are for
comparison only and never shown.
"""

from __future__ import annotations

from functools import lru_cache

from index.dedup.text import basic_tokens, fold

ADDRESS_ABBREVIATIONS: dict[str, str] = {
    "rd": "road",
    "ave": "avenue",
    "av": "avenue",
    "blvd": "boulevard",
    "blv": "boulevard",
    "ln": "lane",
    "la": "lane",
    "pl": "place",
    "sq": "square",
    "ct": "court",
    "crt": "court",
    "cres": "crescent",
    "dr": "drive",
    "gdns": "gardens",
    "gro": "grove",
    "hwy": "highway",
    "pkwy": "parkway",
    "pk": "park",
    "terr": "terrace",
    "ter": "terrace",
    "cl": "close",
    "wlk": "walk",
    "hse": "house",
    "bldg": "building",
    "ctr": "centre",
    "ctre": "centre",
    "center": "centre",
    "est": "estate",
    "ind": "industrial",
    "mt": "mount",
    "n": "north",
    "s": "south",
    "e": "east",
    "w": "west",
    "flr": "floor",
    "fl": "floor",
}
"""Street-type and direction abbreviations → full form (applied to addresses)."""

ORDINALS: dict[str, str] = {
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
}

ADDRESS_NOISE: frozenset[str] = frozenset({"the", "and", "of", "uk", "united", "kingdom"})

_STREET_FOLLOWERS: frozenset[str] = frozenset(
    {"north", "south", "east", "west", "n", "s", "e", "w", "ne", "nw", "se", "sw"}
)


@lru_cache(maxsize=262_144)
def address_tokens(address: str) -> tuple[str, ...]:
    """Comparable tokens of a street address. ``st`` is ``street`` at the end of a street name
    and ``saint`` before one (``12 St Ann's Rd`` vs ``21 W. 52nd St.``); ``12-14`` and ``12a``
    stay house numbers."""
    raw = basic_tokens(address.replace("-", " "))
    out: list[str] = []
    for i, token in enumerate(raw):
        if token == "st":
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            token = (
                "street" if nxt is None or nxt in _STREET_FOLLOWERS or nxt.isdigit() else "saint"
            )
        else:
            token = ADDRESS_ABBREVIATIONS.get(token, token)
        token = ORDINALS.get(token, token)
        if token not in ADDRESS_NOISE:
            out.append(token)
    return tuple(out)


def _is_house_number(token: str) -> bool:
    return token.isdigit() or (len(token) > 1 and token[:-1].isdigit() and token[-1].isalpha())


UNIT_WORDS: frozenset[str] = frozenset(
    {"flat", "unit", "units", "suite", "room", "apartment", "apt", "office"}
)
"""Words before the number of a unit inside a building (``Flat 2, 5 Church Street``)."""
UNIT = "u"
"""The mark before a unit's number among ``house_numbers`` (``u2``): no house number starts
with a letter, so the two never meet."""


def house_numbers(tokens: tuple[str, ...]) -> frozenset[str]:
    """Numbers that identify a building (``12``, ``12a``), and a unit's inside it marked
    ``u`` (``Flat 2`` → ``u2``); ordinal street names like ``52nd`` are not house numbers."""
    return frozenset(
        (UNIT + t if i and tokens[i - 1] in UNIT_WORDS else t)
        for i, t in enumerate(tokens)
        if _is_house_number(t)
    )


GENERIC_TOWNS: frozenset[str] = frozenset({"london", "greater london", "uk", "england"})
"""Town fields that name no particular place: ``London`` in one copy and ``Pinner`` in another
is no disagreement."""


@lru_cache(maxsize=65_536)
def clean_town(text: str | None) -> str:
    """A town or borough name as words, or '' when it names no particular place."""
    cleaned = " ".join(fold(text or "").replace(".", " ").split())
    return "" if cleaned in GENERIC_TOWNS else cleaned
