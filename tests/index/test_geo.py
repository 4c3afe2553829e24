"""The offline gazetteer against real Code-Point Open data."""

from __future__ import annotations

import pytest

from index.geo import (
    Gazetteer,
    UnknownPostcode,
    borough_name,
    bounding_box,
    distance_km,
    find_postcodes,
    normalise_postcode,
    plausible_point,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ha12aa", "HA1 2AA"),
        (" HA1  2AA ", "HA1 2AA"),
        ("sw1a1aa", "SW1A 1AA"),
        ("HA1", None),
        ("hello", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_postcode(raw: str | None, expected: str | None) -> None:
    assert normalise_postcode(raw) == expected


def test_find_postcodes_in_address_text() -> None:
    text = "Civic Centre, Station Road, Harrow, Middlesex ha1 2xy (directions displayed on map)"
    assert find_postcodes(text) == ["HA1 2XY"]
    assert find_postcodes("no postcode here, 12 High St") == []


def test_lookup_full_sector_outcode(gazetteer: Gazetteer) -> None:
    full = gazetteer.lookup("ha1 2aa")
    assert (full.postcode, full.precision, full.borough) == ("HA1 2AA", "postcode", "Harrow")
    assert 51.5 < full.latitude < 51.7 and -0.4 < full.longitude < -0.3
    sector = gazetteer.lookup("HA1 2")
    assert sector.precision == "sector" and sector.borough == "Harrow"
    outcode = gazetteer.lookup("ub8")
    assert outcode.precision == "outcode" and outcode.borough == "Hillingdon"
    assert distance_km(full.latitude, full.longitude, sector.latitude, sector.longitude) < 2


@pytest.mark.parametrize("bad", ["ZZ9 9ZZ", "not a postcode", "", "1234567890"])
def test_unknown_postcodes_raise_clear_errors(gazetteer: Gazetteer, bad: str) -> None:
    with pytest.raises(UnknownPostcode) as err:
        gazetteer.lookup(bad)
    assert "postcode" in str(err.value)


def test_boroughs_of_london(gazetteer: Gazetteer) -> None:
    boroughs = set(gazetteer.boroughs())
    assert {
        "Harrow",
        "Hillingdon",
        "Kensington and Chelsea",
        "Westminster",
        "City of London",
    } <= boroughs
    bexley = gazetteer.postcodes_in_borough("Bexley")
    assert len(bexley) > 3000 and all(
        gazetteer.lookup(pc).borough == "Bexley" for pc in bexley[:20]
    )


def test_borough_names_and_distances() -> None:
    assert borough_name("Harrow London Boro") == "Harrow"
    assert borough_name("City of Westminster London Boro") == "Westminster"
    # Harrow Civic Centre area to Uxbridge: about 12 km.
    assert 10 < distance_km(51.5807, -0.3343, 51.5459, -0.4781) < 12
    lo_lat, hi_lat, lo_lon, hi_lon = bounding_box(51.5, -0.1, 5)
    assert lo_lat < 51.5 < hi_lat and lo_lon < -0.1 < hi_lon
    assert distance_km(51.5, -0.1, hi_lat, -0.1) == pytest.approx(5, rel=0.01)


def test_every_postcodes_position_is_plausible_and_reads_back_when_swapped(
    gazetteer: Gazetteer,
) -> None:
    """Every postcode of Great Britain in the gazetteer (Code-Point Open): its position is
    kept as it is, and written the wrong way round it is turned back, never dropped."""
    rows = gazetteer.conn.execute("SELECT lat, lon FROM postcodes").fetchall()
    assert len(rows) > 1_500_000
    for lat, lon in rows:
        assert plausible_point(lat, lon) == ((lat, lon), None), (lat, lon)
        point, problem = plausible_point(lon, lat)
        assert point == (lat, lon) and problem and "wrong way round" in problem, (lat, lon)


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (0.0, 0.0),  # a feed's default for "no position"
        (51.5, 151.5),  # a typo in the longitude
        (-51.5, -0.3),  # a sign lost on the latitude
        (48.85, 2.35),  # Paris
        (float("nan"), -0.3),
        (51.5, float("inf")),
    ],
)
def test_a_position_nowhere_in_great_britain_is_dropped_with_its_reason(
    lat: float, lon: float
) -> None:
    point, problem = plausible_point(lat, lon)
    assert point is None and problem


def test_no_position_is_no_problem() -> None:
    assert plausible_point(None, -0.3) == (None, None)
    assert plausible_point(51.5, None) == (None, None)


def test_every_postcode_typed_with_the_letter_o_for_a_zero_reads_as_itself(
    gazetteer: Gazetteer,
) -> None:
    """Every postcode of Great Britain with a zero where only a digit can stand (the inward
    code's first character, the outward code's last after a digit), typed with the letter O
    there, spaced or not, in either case: it reads as the postcode. And every postcode read
    as it is written is itself (an O that is a letter, as in ``SO14``, stays a letter)."""
    rows = [pc for (pc,) in gazetteer.conn.execute("SELECT pc FROM postcodes")]
    assert len(rows) > 1_500_000
    typed = 0
    for postcode in rows:
        assert normalise_postcode(postcode) == postcode, postcode
        outward, inward = postcode.split(" ")
        mistyped_in = "O" + inward[1:] if inward[0] == "0" else inward
        mistyped_out = (
            outward[:-1] + "O" if outward[-1] == "0" and outward[-2].isdigit() else outward
        )
        if (mistyped_out, mistyped_in) == (outward, inward):
            continue
        assert normalise_postcode(f"{mistyped_out} {mistyped_in}") == postcode, postcode
        assert normalise_postcode(f"{mistyped_out}{mistyped_in}".lower()) == postcode, postcode
        typed += 1
    assert typed > 200_000
