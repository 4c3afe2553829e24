"""Placing listings that came without coordinates, from their postcode (the gazetteer).

Some sources give a postcode and no position. Without one, two listings in different postcode
districts are only "another district" apart — next door or across London. With the exact
postcode's position the location comparator can tell the two apart. Only exact postcodes are
used: a sector or district centroid would put two different buildings at one point.

The postcode's borough comes with it: two venues in two boroughs are two branches unless they
are next door (``place_score``), and a listing's own word for its borough is often missing or
the directory's borough rather than the venue's. A listing with no postcode at all has its
town's borough, from the gazetteer's London place names (``Wembley`` is in Brent): it is
compared only with another listing placed by its town alone. And a London place its name
names near it says where it is, as its address does (``Smile Dentist – Palmers Green``).
"""

from __future__ import annotations

from functools import cached_property, lru_cache

from index.dedup.comparable import (
    Locator,
    NamedPlace,
    NamedPlaces,
    PostcodePlace,
    borough_of_text,
)
from index.dedup.contrasts import borough_words
from index.dedup.names import name_tokens
from index.geo import Gazetteer, UnknownPostcode
from index.place_table import PlaceName


class GazetteerLocator:
    """A ``Locator`` over the gazetteer: an exact postcode's position and borough, and a
    London town's borough from its place names (``town_borough``)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._postcode = lru_cache(maxsize=65_536)(self._lookup)
        self.town_borough = lru_cache(maxsize=4_096)(self._town_borough)

    def __call__(self, postcode: str) -> PostcodePlace | None:
        return self._postcode(postcode)

    def _lookup(self, postcode: str) -> PostcodePlace | None:
        try:
            info = self.gazetteer.lookup(postcode)
        except UnknownPostcode:
            return None
        if info.precision != "postcode":
            return None
        return PostcodePlace(info.latitude, info.longitude, info.borough)

    @cached_property
    def named_places(self) -> NamedPlaces:
        """London's neighbourhoods and towns with a point of their own, as a name's tokens, by
        their first word (``comparable.named_places``). Not a name that is an ordinary
        word or a street (``guarded``: "Bank", "High Street"), nor a borough (``borough_words``
        reads those, and a place named only by a borough's words, as ``Barking`` or
        ``Kensington``, is read as the borough: ``Kensington & Chelsea`` is not two
        neighbourhoods), nor one that several places share."""
        places: dict[str, list[NamedPlace]] = {}
        for place in self.gazetteer.places():
            named = named_place(place)
            if named is not None:
                places.setdefault(named.words[0], []).append(named)
        return places

    def _town_borough(self, town: str) -> str | None:
        """The borough of the one London place so named (a borough's own name included);
        None for a name several places share, or none."""
        place = self.gazetteer.places().get_text(town)
        if place is None or place.kind == "ambiguous":
            return None
        return place.borough


def named_place(place: PlaceName) -> NamedPlace | None:
    """The place as a service name may name it (``GazetteerLocator.named_places``), or None
    for a borough, an ambiguous name, an ordinary word or a street, a place with no point of
    its own, or one named only by a borough's words."""
    if place.kind != "place" or place.guarded or place.lat is None or place.lon is None:
        return None
    words = name_tokens(place.name)
    if not words or len(borough_words(words)) == len(words):
        return None
    return NamedPlace(words, place.lat, place.lon, borough_of_text(place.borough or ""))


def gazetteer_locator(gazetteer: Gazetteer) -> Locator:
    return GazetteerLocator(gazetteer)
