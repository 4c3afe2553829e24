"""Area names as sources and the gazetteer spell them, matched by one key
(``index.search.areas``), checked against every district the gazetteer knows."""

from __future__ import annotations

import pytest

from index.geo import Gazetteer
from index.search.areas import area_key, area_keys, covered_boroughs
from index.search.places import LONDON_BOROUGHS


@pytest.mark.parametrize(
    "spellings",
    [
        ["Bristol", "City of Bristol", "Bristol, City of", "Bristol City Council"],
        ["Kingston upon Thames", "Royal Borough of Kingston upon Thames"],
        [
            "Kensington and Chelsea",
            "Kensington & Chelsea",
            "Royal Borough of Kensington and Chelsea",
        ],
        ["Harrow", "London Borough of Harrow", "Harrow Council", "the London Borough of Harrow"],
        ["South Gloucestershire", "South Gloucestershire Council"],
    ],
)
def test_spellings_of_one_area_share_a_key(spellings: list[str]) -> None:
    assert len({area_key(s) for s in spellings}) == 1, {s: area_key(s) for s in spellings}


def test_the_city_of_london_is_not_london() -> None:
    assert area_key("City of London") != area_key("London")
    assert covered_boroughs(["City of London"]) == ["City of London"]
    assert covered_boroughs(["London"]) == []


def test_every_london_borough_in_every_spelling_is_covered() -> None:
    for borough in LONDON_BOROUGHS:
        for spelling in (borough, f"London Borough of {borough}", f"{borough} Council"):
            assert covered_boroughs([spelling]) == [borough], spelling


def test_every_gazetteer_district_has_a_key_and_london_ones_are_boroughs(
    gazetteer: Gazetteer,
) -> None:
    districts = gazetteer.boroughs()
    assert len(districts) > 300
    keys = area_keys(districts)
    assert all(keys) and len(keys) == len(set(keys))
    london = [d for d in districts if d in LONDON_BOROUGHS]
    assert sorted(london) == sorted(LONDON_BOROUGHS)
    assert covered_boroughs(london) == london
    # Outside London the key is still the place's own name, whatever title it carries.
    assert area_key(next(d for d in districts if "Bristol" in d)) == "bristol"
