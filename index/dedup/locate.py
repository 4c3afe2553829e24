"""Placing listings that came without coordinates, from their postcode (the gazetteer).

Some sources give a postcode and no position. Without one, two listings in different postcode
districts are only "another district" apart — next door or across London. With the exact
postcode's position the location comparator can tell the two apart. Only exact postcodes are
used: a sector or district centroid would put two different buildings at one point.

The postcode's borough comes with it: two venues in two boroughs are two branches unless they
are next door (``place_score``), and a listing's own word for its borough is often missing or
the directory's borough rather than the venue's.
"""

from __future__ import annotations

from functools import lru_cache

from index.dedup.comparable import Locator, PostcodePlace
from index.geo import Gazetteer, UnknownPostcode


def gazetteer_locator(gazetteer: Gazetteer) -> Locator:
    @lru_cache(maxsize=65_536)
    def locate(postcode: str) -> PostcodePlace | None:
        try:
            info = gazetteer.lookup(postcode)
        except UnknownPostcode:
            return None
        if info.precision != "postcode":
            return None
        return PostcodePlace(info.latitude, info.longitude, info.borough)

    return locate
