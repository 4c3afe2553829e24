"""Service areas in search: a service with no address but an area ("covers Bristol", "covers
Kingston upon Thames") is found by a search in that area, and shows "covers …" where a
distance would be.

The rule, shared by every backend (tests/contract holds them to it):

* a search filtered to boroughs also finds services whose areas name those boroughs
  (the document lists a covered London borough among its ``boroughs``);
* a search near a postcode with a radius also finds services whose areas name the district
  that postcode is in (``QueryPlan.origin_area``), whatever their distance;
* such a service has no distance unless it also has a position; its hit carries the area
  names (``SearchHit.service_areas``).

Area names are matched by a key, so that "Bristol", "City of Bristol" (the gazetteer's name)
and "Bristol City Council" agree, and "Royal Borough of Kingston upon Thames" is Kingston.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.search.places import LONDON_BOROUGHS

_PREFIXES = (
    "the london borough of ",
    "london borough of ",
    "royal borough of ",
    "borough of ",
    "city and county of ",
    "county of ",
    "city of ",
)
_SUFFIXES = (
    " borough council",
    " county council",
    " district council",
    " city council",
    " council",
    " london borough",
    ", city of",
    " (b)",
)
_KEEP = frozenset({"city of london"})
"""Names whose "city of" is part of the name, not a title."""


def area_key(name: str) -> str:
    """The key two spellings of one area share ("City of Bristol" → "bristol")."""
    text = " ".join(name.casefold().replace("&", " and ").split())
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if text.endswith(suffix):
                text, changed = text[: -len(suffix)], True
        if text in _KEEP:
            break
        for prefix in _PREFIXES:
            if text.startswith(prefix):
                text, changed = text[len(prefix) :], True
                break
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def area_keys(names: Iterable[str]) -> list[str]:
    """Distinct keys of some area names, in order."""
    return list(dict.fromkeys(k for k in (area_key(n) for n in names) if k))


_BOROUGH_BY_KEY = {area_key(b): b for b in LONDON_BOROUGHS}


def covered_boroughs(names: Iterable[str]) -> list[str]:
    """The London boroughs (as ``LONDON_BOROUGHS`` spells them) among some area names."""
    return list(dict.fromkeys(b for k in area_keys(names) if (b := _BOROUGH_BY_KEY.get(k))))
