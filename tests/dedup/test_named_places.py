"""London places named in service names (``comparable.named_places``), checked over every
place of the gazetteer that a name can name: beside the listing, a place says where it is, as
its address does; two names naming two places name two services."""

from __future__ import annotations

from itertools import pairwise

from index.dedup.comparable import comparable_from_record
from index.dedup.contrasts import borough_words
from index.dedup.frequencies import Frequencies
from index.dedup.locate import GazetteerLocator, named_place
from index.dedup.name_score import compare_names
from index.dedup.names import name_tokens
from index.geo import Gazetteer, distance_km
from index.place_table import PlaceName
from tests.dedup.records import listing


def _nameable(gazetteer: Gazetteer) -> list[PlaceName]:
    """The places ``GazetteerLocator.named_places`` reads (``locate.named_place``)."""
    return [p for p in gazetteer.places() if named_place(p) is not None]


def test_a_place_named_by_a_boroughs_words_is_read_as_the_borough(gazetteer: Gazetteer) -> None:
    """``Barking``, ``Kensington``: the borough's words say where, wherever the listing is, and
    ``Kensington & Chelsea`` names no two neighbourhoods."""
    locate = GazetteerLocator(gazetteer)
    checked = 0
    for place in gazetteer.places():
        words = name_tokens(place.name)
        if place.kind != "place" or not words or len(borough_words(words)) < len(words):
            continue
        named = comparable_from_record(
            listing("b", "2", f"Toy Library ({place.name})", point=(51.5, -0.1)), locate=locate
        )
        assert not named.places_named, place.name
        assert set(words) <= set(named.context), place.name
        checked += 1
    assert checked > 5


def _level(a_name: str, b_name: str, point: tuple[float, float], locate: GazetteerLocator) -> str:
    a = comparable_from_record(listing("a", "1", a_name, point=point), locate=locate)
    b = comparable_from_record(listing("b", "2", b_name, point=point), locate=locate)
    freq = Frequencies.build([a, b])
    return compare_names(a, b, freq, 80, 80, "same")[0]


def test_every_place_named_beside_a_listing_is_where_it_is(gazetteer: Gazetteer) -> None:
    """``Toy Library (<place>)`` at the place is ``Toy Library``, for every place; the place's
    words are the listing's context and its named places."""
    locate = GazetteerLocator(gazetteer)
    places = _nameable(gazetteer)
    assert len(places) > 500
    for place in places:
        assert place.lat is not None and place.lon is not None
        point = (place.lat, place.lon)
        named = comparable_from_record(
            listing("b", "2", f"Toy Library ({place.name})", point=point), locate=locate
        )
        words = name_tokens(place.name)
        assert set(words) <= set(named.places_named), place.name
        assert set(words) <= set(named.context), place.name
        level = _level("Toy Library", f"Toy Library ({place.name})", point, locate)
        assert level in ("exact", "core", "near"), (place.name, level)


def test_a_place_far_from_the_listing_is_no_word_of_where_it_is(gazetteer: Gazetteer) -> None:
    """At the other end of London the place's name is a word of the name like any other (it
    is still one of the places it names)."""
    locate = GazetteerLocator(gazetteer)
    far_from = (51.40, 0.15)  # south-east London
    checked = 0
    for place in _nameable(gazetteer):
        assert place.lat is not None and place.lon is not None
        if distance_km(place.lat, place.lon, *far_from) < 15:
            continue
        named = comparable_from_record(
            listing("b", "2", f"Toy Library ({place.name})", point=far_from), locate=locate
        )
        words = name_tokens(place.name)
        assert set(words) <= set(named.places_named), place.name
        # (Bar a borough's own words, which say where wherever the listing is.)
        assert not set(words) & set(named.context) - set(borough_words(named.tokens)), place.name
        checked += 1
    assert checked > 200


def test_two_names_naming_two_places_are_two_services(gazetteer: Gazetteer) -> None:
    """``<place> Youth Club`` / ``<next place> Youth Club`` at one office, every place beside
    the next in the table's order (the nearest of which share a word: Harrow Weald /
    Wealdstone)."""
    locate = GazetteerLocator(gazetteer)
    places = _nameable(gazetteer)
    checked = 0
    for place, other in pairwise(places):
        words, other_words = set(name_tokens(place.name)), set(name_tokens(other.name))
        if words <= other_words or other_words <= words:
            continue  # "Wealdstone" / "Wealdstone North": one name holds the other
        if "".join(name_tokens(place.name)) == "".join(name_tokens(other.name)):
            continue  # "Clock House" / "Clockhouse": one place written two ways
        assert place.lat is not None and place.lon is not None
        point = (place.lat, place.lon)
        level = _level(f"{place.name} Youth Club", f"{other.name} Youth Club", point, locate)
        assert level == "different", (place.name, other.name, level)
        checked += 1
    assert checked > 500
    assert _level("Wealdstone Youth Club", "Harrow Weald Youth Club", (51.59, -0.33), locate) == (
        "different"
    )
