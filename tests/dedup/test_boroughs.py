"""A listing's borough, as dedup compares it: the borough its postcode lies in (the gazetteer),
else the source's word for it, written any of the ways directories write a borough. Two venues
in two boroughs are two branches (``place_score``), so a borough misread parts one service."""

from __future__ import annotations

import pytest

from index.dedup.comparable import Locator, comparable_from_record
from index.dedup.frequencies import Frequencies
from index.dedup.locate import gazetteer_locator
from index.dedup.scoring import score_pair
from index.geo import LONDON_BOROUGHS, Gazetteer
from tests.dedup.records import listing

SPELLINGS = (
    "{}",
    "London Borough of {}",
    "Royal Borough of {}",
    "{} Council",
    "LONDON BOROUGH OF {}",
    "{} London Borough",
)


@pytest.mark.parametrize("borough", LONDON_BOROUGHS)
def test_every_spelling_of_every_london_borough_is_one_borough(borough: str) -> None:
    keys = {
        comparable_from_record(
            listing("a", "k", "Lunch Club", borough=form.format(borough))
        ).borough
        for form in SPELLINGS
    }
    assert len(keys) == 1 and "" not in keys, keys


@pytest.mark.parametrize("borough", LONDON_BOROUGHS)
def test_every_london_borough_a_name_names_says_where_not_which(borough: str) -> None:
    """``Age UK Bromley and Greenwich Day Centre`` at a Bromley address: Greenwich says whose
    branch it is, like the listing's own place words, for every borough (the City's name is
    no borough word: "city" and "london" name too much else)."""
    elsewhere = "Sutton" if borough != "Sutton" else "Merton"
    named = comparable_from_record(
        listing("a", "k", f"{borough} Day Centre", address="1 High Street", city=elsewhere)
    )
    plain = comparable_from_record(
        listing("a", "k", "Day Centre", address="1 High Street", city=elsewhere)
    )
    borough_words = set(named.tokens) - set(plain.tokens)
    if borough == "City of London":
        assert borough_words <= {"city", "london"}
        return
    assert borough_words and borough_words <= set(named.context), (borough, named.context)
    assert not borough_words & set(plain.context)


@pytest.mark.parametrize("borough", LONDON_BOROUGHS)
def test_the_postcodes_borough_wins_over_the_listings_word_for_it(
    gazetteer: Gazetteer, borough: str
) -> None:
    """Every London borough, through postcodes spread over it: a listing whose directory wrote
    another borough on it is compared in the borough its postcode lies in."""
    locate = gazetteer_locator(gazetteer)
    postcodes = gazetteer.postcodes_in_borough(borough)
    assert postcodes, borough
    elsewhere = "Havering" if borough != "Havering" else "Hillingdon"
    written = comparable_from_record(
        listing("a", "k", "Lunch Club", borough=borough, postcode=postcodes[0])
    ).borough
    for postcode in postcodes[:: max(1, len(postcodes) // 5)]:
        record = listing("a", "k", "Lunch Club", borough=elsewhere, postcode=postcode)
        assert comparable_from_record(record, locate=locate).borough == written, postcode


def test_one_service_listed_with_its_borough_written_two_ways_is_not_two_branches(
    gazetteer: Gazetteer,
) -> None:
    """Same service, a street apart (one directory has the old postcode), the borough written
    "London Borough of Hillingdon" in one and "Hillingdon" in the other, no gazetteer: not two
    boroughs. With the gazetteer, the same."""
    a = listing(
        "a",
        "h1",
        "Hillingdon Mind Drop-in",
        borough="London Borough of Hillingdon",
        point=(51.5462, -0.4793),
        phones=("01895 271559",),
    )
    b = listing("b", "h2", "Hillingdon Mind Drop In", borough="Hillingdon",
                point=(51.5501, -0.4822), phones=("01895 271559",))  # fmt: skip
    for locate in (None, gazetteer_locator(gazetteer)):
        ca, cb = comparable_from_record(a, locate=locate), comparable_from_record(b, locate=locate)
        score = score_pair(ca, cb, Frequencies.build([ca, cb]), explain=True)
        assert score.field("location").level != "far", score.field("location").detail
        assert score.match


def test_alike_addresses_in_two_towns_are_not_nearby() -> None:
    """Without postcodes or coordinates, "Harrow Civic Centre" and "Brent Civic Centre" are
    alike as text; the towns named say they are two places."""

    def location(address_a: str, city_a: str, address_b: str, city_b: str) -> str:
        a = listing("a", "t1", "Communication Support", address=address_a, city=city_a)
        b = listing("b", "t2", "Communication Support", address=address_b, city=city_b)
        ca, cb = comparable_from_record(a), comparable_from_record(b)
        return score_pair(ca, cb, Frequencies.build([ca, cb])).field("location").level

    assert location("Harrow Civic Centre", "Harrow", "Brent Civic Centre", "Wembley") == (
        "different area"
    )
    assert location("Harrow Civic Centre", "Harrow", "Civic Centre, Harrow", "Harrow") in (
        "same address",
        "nearby",
    )
    assert location("Harrow Civic Centre", "Harrow", "Harrow Civic Centr", "") in (
        "same address",
        "nearby",
    )


def test_every_london_place_name_gives_its_town_borough(gazetteer: Gazetteer) -> None:
    """Every place in the gazetteer's place names, as a listing's town with no postcode: the
    place's own borough, written as dedup writes boroughs; a name two boroughs share gives
    none (a guess would part one service)."""
    locate = gazetteer_locator(gazetteer)
    places = list(gazetteer.places())
    assert len(places) > 500
    for place in places:
        record = listing("a", "k", "Lunch Club", city=place.name)
        got = comparable_from_record(record, locate=locate)
        if place.kind == "ambiguous" or not place.borough:
            assert got.town_borough == "", place.name
        else:
            expected = comparable_from_record(
                listing("a", "k", "Lunch Club", borough=place.borough)
            )
            assert got.town_borough == expected.borough != "", place.name


def test_a_listing_with_a_postcode_has_no_town_borough(gazetteer: Gazetteer) -> None:
    """The postcode places it: its town is not asked (a post town can straddle boroughs)."""
    locate = gazetteer_locator(gazetteer)
    record = listing("a", "k", "Lunch Club", city="Romford", postcode="RM6 4XH")
    assert comparable_from_record(record, locate=locate).town_borough == ""


def test_same_named_groups_in_two_boroughs_towns_are_far_and_their_shared_line_halved(
    gazetteer: Gazetteer,
) -> None:
    locate = gazetteer_locator(gazetteer)
    a, b = (
        comparable_from_record(
            listing("a", key, "Carers Coffee Morning", city=town, phones=("0300 772 9600",)),
            locate=locate,
        )
        for key, town in (("1", "Edgware"), ("2", "Stanmore"))
    )
    assert (a.town_borough, b.town_borough) == ("barnet", "harrow")
    scored = score_pair(a, b, Frequencies.build([a, b]), explain=True)
    fields = {f.comparator: f for f in scored.fields}
    assert fields["location"].level == "far"
    assert "towns' boroughs barnet / harrow" in fields["location"].detail
    assert fields["phone"].weight == 4.0 and not scored.match


def _name_level(name_a: str, name_b: str) -> str:
    a, b = (
        comparable_from_record(
            listing(source, key, name, address="1 Thorpe Close", postcode="W10 5XL",
                    phones=("020 8969 9105",))
        )
        for source, key, name in (("a", "x1", name_a), ("b", "x2", name_b))
    )  # fmt: skip
    return score_pair(a, b, Frequencies.build([a, b])).field("name").level


def test_the_two_places_of_a_borough_named_after_both_are_two_places() -> None:
    """Every borough named after two places (Barking and Dagenham, Hammersmith and Fulham,
    Kensington and Chelsea): one place's group beside the other's, at one office on one line,
    is two groups; the borough's group beside one place's may be one."""
    halves = [b for b in LONDON_BOROUGHS if len(b.replace(" upon ", " ").split(" and ")) == 2]
    assert len(halves) == 3
    for borough in halves:
        x, y = borough.split(" and ")
        assert _name_level(f"{x} Lunch Club", f"{y} Lunch Club") == "different", borough
        assert _name_level(f"North {x} Lunch Club", f"{y} Lunch Club") == "different", borough
        for one in (x, y):
            assert _name_level(f"{borough} Carers Hub", f"{one} Carers Hub") != "different"
            assert _name_level(f"{x} & {y} Carers Hub", f"{one} Carers Hub") != "different"


def test_one_address_written_alike_in_towns_of_two_boroughs_is_two_places(
    gazetteer: Gazetteer,
) -> None:
    """Every place of the gazetteer with one borough, as the town of ``Church Hall, Church
    Road`` (every town has one), beside the same words in a town of the next borough: two
    halls (``far``), however alike the address; beside the same words in its own town, one."""
    locate = gazetteer_locator(gazetteer)
    places = [p for p in gazetteer.places() if p.kind != "ambiguous" and p.borough]
    by_borough: dict[str, list[str]] = {}
    for place in places:
        by_borough.setdefault(place.borough, []).append(place.name)
    boroughs = sorted(by_borough)
    assert len(boroughs) >= 32

    def level(town_a: str, town_b: str) -> str:
        return _one_address_twice(locate, "Church Hall, Church Road", {"city": town_a},
                                  {"city": town_b})  # fmt: skip

    for place in places:
        other = boroughs[(boroughs.index(place.borough) + 1) % len(boroughs)]
        there = by_borough[other][len(place.name) % len(by_borough[other])]
        assert level(place.name, there) == "far", (place.name, there)
        assert level(place.name, place.name) == "same address", place.name


def test_one_address_at_two_postcodes_a_typo_apart_across_a_boundary_is_one_address(
    gazetteer: Gazetteer,
) -> None:
    """Every pair of London postcodes whose last two letters swapped give each other, in two
    districts and within 2 km (``HA8 5LR`` / ``HA8 5RL`` at Burnt Oak, where Brent meets
    Harrow): one address written alike at the two is one address, a typo likelier than a
    second street of that name; the rule that parts alike words in two boroughs is for
    listings placed by their towns alone."""
    from index.dedup.place_score import _haversine_km
    from index.geo import LONDON_BOROUGHS

    london = ",".join("?" * len(LONDON_BOROUGHS))
    rows = gazetteer.conn.execute(
        "SELECT p.pc, q.pc, p.lat, p.lon, q.lat, q.lon FROM postcodes p JOIN postcodes q"
        " ON q.pc = substr(p.pc, 1, length(p.pc) - 2) || substr(p.pc, -1, 1)"
        " || substr(p.pc, -2, 1)"
        f" WHERE p.district IN (SELECT code FROM districts WHERE borough IN ({london}))"
        " AND p.district != q.district AND p.pc < q.pc",
        LONDON_BOROUGHS,
    ).fetchall()
    locate = gazetteer_locator(gazetteer)
    checked = 0
    for pc, swapped, *points in rows:
        if _haversine_km((points[0], points[1]), (points[2], points[3])) > 2.0:
            continue
        level = _one_address_twice(locate, "Watling Avenue", {"postcode": pc},
                                   {"postcode": swapped})  # fmt: skip
        assert level == "same address", (pc, swapped)
        checked += 1
    assert checked >= 20


def _one_address_twice(
    locate: Locator, address: str, here: dict[str, str], there: dict[str, str]
) -> str:
    """The location level of one group's two listings with one address written alike, placed
    by ``here`` and ``there`` (a town or a postcode each), on one line."""
    a, b = (
        comparable_from_record(
            listing(s, s, "Lunch Club", address=address, phones=("020 8807 1111",), **place),
            locate=locate,
        )
        for s, place in (("a", here), ("b", there))
    )
    return score_pair(a, b, Frequencies.build([a, b])).field("location").level
