"""London places named in service names (``comparable.named_places``), checked over every
place of the gazetteer that a name can name: beside the listing, a place says where it is, as
its address does; two names naming two places name two services."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from index.dedup.comparable import FAR_NAMED_PLACE_KM, comparable_from_record
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


def test_a_place_whose_name_goes_on_to_a_street_type_names_the_street(
    gazetteer: Gazetteer,
) -> None:
    """``Lunch Club – Kingsbury Road`` is on a road named after the place, wherever the road
    is: for every place, followed by each street type, the place is not named (and without it,
    it is)."""
    locate = GazetteerLocator(gazetteer)
    places = _nameable(gazetteer)
    for place in places:
        assert place.lat is not None and place.lon is not None
        point = (place.lat, place.lon)
        words = set(name_tokens(place.name))
        for street in ("Road", "Rd", "Street", "Lane", "Avenue", "Way"):
            on_street = comparable_from_record(
                listing("b", "2", f"Lunch Club - {place.name} {street}", point=point),
                locate=locate,
            )
            assert not words <= set(on_street.places_named), (place.name, street)
        at_place = comparable_from_record(
            listing("b", "2", f"Lunch Club - {place.name}", point=point), locate=locate
        )
        assert words <= set(at_place.places_named), place.name


def test_a_place_of_another_borough_far_from_the_listing_is_not_the_place_it_names(
    gazetteer: Gazetteer,
) -> None:
    """``C25K – Ridgeway Park`` at a park in Chingford names the park, not Ridgeway in Enfield:
    for every place, a listing in another borough more than ``FAR_NAMED_PLACE_KM`` away does
    not name it; one in the place's own borough (its council's office listing a service across
    the borough) and one in another borough nearer than that do."""
    locate = GazetteerLocator(gazetteer)
    checked = near_checked = 0
    places = _nameable(gazetteer)
    spellings = Counter(name_tokens(p.name) for p in places)
    for place in places:
        assert place.lat is not None and place.lon is not None and place.borough
        if spellings[name_tokens(place.name)] > 1:
            continue  # "Southfield" (Hammersmith) and "Southfields" (Wandsworth): one word
        words = set(name_tokens(place.name))
        other = "Bexley" if place.borough != "Bexley" else "Havering"
        for lat_offset in (0.02, 0.06, 0.12):  # about 2, 7 and 13 km north or south
            lat = place.lat + lat_offset if place.lat < 51.5 else place.lat - lat_offset
            point = (lat, place.lon)
            far = distance_km(place.lat, place.lon, *point) > FAR_NAMED_PLACE_KM
            elsewhere = comparable_from_record(
                listing("b", "2", f"Toy Library ({place.name})", point=point, borough=other),
                locate=locate,
            )
            assert (words <= set(elsewhere.places_named)) is not far, (place.name, lat_offset)
            own = comparable_from_record(
                listing("b", "2", f"Toy Library ({place.name})", point=point,
                        borough=place.borough),
                locate=locate,
            )  # fmt: skip
            assert words <= set(own.places_named), (place.name, lat_offset)
            checked += far
            near_checked += not far
    assert checked > 500 and near_checked > 500
