"""London place names: every one in the gazetteer's table resolves (or, if it names several
places, says which ones); in free text they are taken out like postcodes; and ordinary words
never turn a query into a place search unless "near"/"in"/"around" says so.

The lists are derived from the place table and the vocabulary files, not written by hand."""

from __future__ import annotations

import contextlib
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.geo import Gazetteer, UnknownPlace, UnknownPostcode, distance_km, postcode_readings
from index.place_names import (
    BOROUGH_SHORT_NAMES,
    common_english_words,
    listed_places,
    place_key,
)
from index.place_table import PlaceName
from index.search.places import (
    AFTER_PLACE,
    COMPANION_KM,
    COMPASS,
    MILE_KM,
    Place,
)
from index.search.plan import QueryError
from index.search.planner import QueryPlanner
from index.search.types import SearchQuery

LONDON = (51.28, 51.70, -0.52, 0.34)


@pytest.fixture(scope="module")
def planner(gazetteer: Gazetteer) -> QueryPlanner:
    return QueryPlanner(gazetteer)


@pytest.fixture(scope="module")
def places(gazetteer: Gazetteer) -> list[PlaceName]:
    found = sorted(gazetteer.places(), key=lambda p: p.key)
    assert len(found) > 500, "the gazetteer has London's place names (signpost gazetteer build)"
    return found


@pytest.fixture(scope="module")
def london_boroughs(gazetteer: Gazetteer) -> set[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    rows = conn.execute("SELECT borough FROM districts WHERE code LIKE 'E09%'").fetchall()
    conn.close()
    return {r[0] for r in rows}


def ordinary(planner: QueryPlanner, places: list[PlaceName]) -> list[PlaceName]:
    """Place names that are also English words (dictionary + frequency, as the build decides)
    or are made of care-vocabulary words — boroughs aside, whose name is their sense here."""
    english = common_english_words(p.key for p in places)
    vocab = planner.places.vocabulary
    return [
        p
        for p in places
        if p.kind != "borough" and (p.key in english or all(w in vocab for w in p.key.split()))
    ]


def test_every_borough_is_a_place(
    gazetteer: Gazetteer, places: list[PlaceName], london_boroughs: set[str]
) -> None:
    boroughs = {p.name for p in places if p.kind == "borough"}
    assert boroughs == london_boroughs and len(boroughs) == 33
    for name in sorted(boroughs):
        origin = gazetteer.resolve(name.lower())
        assert (origin.precision, origin.place, origin.borough) == ("borough", name, name)
        assert origin.note == f"Distances are from the centre of {name}."


def test_every_place_resolves_inside_london(
    gazetteer: Gazetteer, places: list[PlaceName], london_boroughs: set[str]
) -> None:
    ambiguous = 0
    for place in places:
        if place.kind == "ambiguous":
            ambiguous += 1
            assert len(place.boroughs) >= 2 and set(place.boroughs) <= london_boroughs
            with pytest.raises(UnknownPlace, match="more than one"):
                gazetteer.resolve(place.name)
            continue
        origin = gazetteer.resolve(place.name)
        assert origin.place == place.name and origin.borough in london_boroughs
        assert LONDON[0] < origin.latitude < LONDON[1] and LONDON[2] < origin.longitude < LONDON[3]
    assert ambiguous < len(places) / 20


@pytest.mark.parametrize(
    ("typed", "name", "borough"),
    [
        ("Harlesden", "Harlesden", "Brent"),
        ("walthamstow", "Walthamstow", "Waltham Forest"),
        ("Ealing Broadway", "Ealing Broadway", "Ealing"),
        ("PINNER", "Pinner", "Harrow"),
        ("Hampstead", "Hampstead", "Camden"),
        ("Shoreditch", "Shoreditch", "Hackney"),
        ("Kings Cross", "King's Cross", "Camden"),
        ("harrow-on-the-hill", "Harrow on the Hill", "Harrow"),
        ("Belmont, Harrow", "Belmont, Harrow", "Harrow"),
        ("Paddington", "Paddington", "Westminster"),
        ("st johns wood", "St John's Wood", "Westminster"),
        ("Elephant & Castle", "Elephant and Castle", "Southwark"),
        ("Swiss Cottage", "Swiss Cottage", "Camden"),
        ("Gants Hill", "Gants Hill", "Redbridge"),
        ("Mayfair", "Mayfair", "Westminster"),
    ],
)
def test_place_names_people_type(gazetteer: Gazetteer, typed: str, name: str, borough: str) -> None:
    origin = gazetteer.resolve(typed)
    assert (origin.place, origin.borough, origin.precision) == (name, borough, "place")
    assert origin.note and name in origin.note


def test_every_place_in_free_text(planner: QueryPlanner, places: list[PlaceName]) -> None:
    """ "walking group near <name>" always finds the place; bare "walking group <name>" does
    unless the name is guarded or ambiguous."""
    for place in places:
        rest, found = planner.places.extract(f"walking group near {place.name}")
        assert rest == "walking group", place
        bare_rest, bare = planner.places.extract(f"walking group {place.name}")
        if place.kind == "borough":
            assert bare.place == place.key and bare_rest == "walking group"
            rest_in, filtered = planner.places.extract(f"walking group in {place.name}")
            assert filtered.borough == place.name and rest_in == "walking group"
            continue
        assert found.place == place.key, place
        if place.guarded or place.kind == "ambiguous":
            assert not bare, place
        elif not all(w in planner.places.vocabulary for w in place.key.split()):
            assert bare.place == place.key and bare_rest == "walking group", place


def test_ordinary_words_are_not_stolen(planner: QueryPlanner, places: list[PlaceName]) -> None:
    """Every place name that is also an English or care-vocabulary word stays text unless
    "near"/"in"/"around" comes first."""
    words = ordinary(planner, places)
    assert len(words) >= 10
    for place in words:
        for text in (f"food bank {place.name}", place.name, f"{place.name} lunch club"):
            plan = planner.plan(SearchQuery(text=text))
            assert plan.origin is None, (text, plan.origin)
        for word in ("near", "in", "around"):
            rest, found = planner.places.extract(f"food bank {word} {place.name}")
            assert found.place == place.key and rest == "food bank", place


def test_no_care_phrase_turns_into_a_place_search(planner: QueryPlanner) -> None:
    """Every phrase of the synonym and taxonomy files, searched on its own, has no origin."""
    phrases = {" ".join(p) for p in [*planner.synonyms.phrases(), *planner.taxonomy.phrases()]}
    assert len(phrases) > 300
    stolen = {}
    for phrase in sorted(phrases):
        try:
            plan = planner.plan(SearchQuery(text=phrase[:200]))
        except QueryError as exc:
            stolen[phrase] = str(exc)
            continue
        if plan.origin is not None or plan.boroughs:
            stolen[phrase] = plan.origin
    assert stolen == {}


@pytest.mark.parametrize(
    "text", ["food bank", "angel", "green spaces", "manor house", "park run", "church group",
             "bank", "heath", "village hall", "high street", "tower"]
)  # fmt: skip
def test_named_ordinary_words(planner: QueryPlanner, text: str) -> None:
    assert planner.plan(SearchQuery(text=text)).origin is None


@pytest.mark.parametrize(
    ("text", "rest", "postcode", "place"),
    [
        ("debt advice near HA1", "debt advice", "HA1", None),
        ("food bank NW10", "food bank", "NW10", None),
        ("walking group in SE10", "walking group", "SE10", None),
        ("counselling E17 4", "counselling", "E17 4", None),
        ("counselling e174", "counselling", "E17 4", None),
        ("NW10 food bank", "food bank", "NW10", None),
        ("gp nw103tn", "gp", "NW10 3TN", None),
        ("walking group Harlesden", "walking group", None, "harlesden"),
        ("Walthamstow", "", None, "walthamstow"),
        ("near Ealing Broadway", "", None, "ealing broadway"),
        ("lunch club close to Pinner", "lunch club", None, "pinner"),
        ("Harlesden walking group", "walking group", None, "harlesden"),
        ("vitamin B12", "vitamin B12", None, None),
        ("support near B12", "support", "B12", None),
        ("debt advice near WC1", "debt advice", "WC1", None),
        ("food bank SW1", "food bank", "SW1", None),
        ("ec1 lunch club", "lunch club", "EC1", None),
    ],
)
def test_places_in_free_text(
    planner: QueryPlanner, text: str, rest: str, postcode: str | None, place: str | None
) -> None:
    left, found = planner.places.extract(text)
    assert (left, found.postcode, found.place) == (rest, postcode, place)


def test_free_text_origin_and_parameter(planner: QueryPlanner) -> None:
    plan = planner.plan(SearchQuery(text="food bank NW10"))
    assert plan.origin is not None and (plan.origin.postcode, plan.origin.borough) == (
        "NW10",
        "Brent",
    )
    by_name = planner.plan(SearchQuery(text="food bank", postcode="Harlesden"))
    assert by_name.origin is not None and by_name.origin.place == "Harlesden"
    # The parameter wins over a place in the text.
    both = planner.plan(SearchQuery(text="food bank Walthamstow", postcode="HA1"))
    assert both.origin is not None and both.origin.postcode == "HA1"
    fallback = planner.plan(SearchQuery(text="gp UB8 1AA"))
    assert fallback.origin is not None and fallback.origin.precision == "sector"
    assert fallback.origin.note == "UB8 1AA is not a current postcode; distances are from UB8 1"
    with pytest.raises(QueryError, match="more than one Belmont"):
        planner.plan(SearchQuery(text="gp near Belmont"))
    with pytest.raises(QueryError, match="not a UK postcode or a London place"):
        planner.plan(SearchQuery(text="gp", postcode="Narnia"))


def test_resolve_errors_are_unknown_postcodes(gazetteer: Gazetteer) -> None:
    """The API turns these into 422s with the message."""
    with pytest.raises(UnknownPostcode, match="Narnia"):
        gazetteer.resolve("Narnia")


def test_every_listed_station_and_neighbourhood_resolves_where_it_is(
    gazetteer: Gazetteer, london_boroughs: set[str]
) -> None:
    """Every row of ``index/vocab/london_places.csv`` reached the table (none skipped for
    lying away from London's postcodes) and is measured from its own point, or from a better
    source's point for the same place within a few hundred metres; its borough is Code-Point's
    borough of the postcodes around it."""
    rows = listed_places()
    assert len({place_key(r.name) for r in rows}) == len(rows), "one row per place"
    wrong = {}
    for row in rows:
        for typed in (row.name, row.name.lower(), row.name.replace(" and ", " & ")):
            origin = gazetteer.resolve(typed)
            off = distance_km(origin.latitude, origin.longitude, row.lat, row.lon)
            if origin.precision != "place" or origin.borough not in london_boroughs or off > 1.0:
                wrong[typed] = (origin, round(off, 2))
    assert wrong == {}


@pytest.mark.parametrize(
    ("text", "rest", "place"),
    [
        ("walking group near Paddington", "walking group", "paddington"),
        ("food bank Swiss Cottage", "food bank", "swiss cottage"),
        ("debt advice near Angel", "debt advice", "angel"),
        ("debt advice angel", "debt advice angel", None),  # an ordinary word without "near"
        ("lunch club Old Street", "lunch club Old Street", None),  # a street before a place
        ("lunch club near Old Street", "lunch club", "old street"),
    ],
)
def test_stations_in_free_text(
    planner: QueryPlanner, text: str, rest: str, place: str | None
) -> None:
    left, found = planner.places.extract(text)
    assert (left, found.place) == (rest, place)


# -- a place typed twice: a name and a postcode side by side (places.py, rule 5) ---------------


def _flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: ranks the nearest district well enough and is cheap enough
    to run for every place against every district (``distance_km`` decides in the code)."""
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.hypot(x, lat2 - lat1)


@pytest.fixture(scope="module")
def london_areas(gazetteer: Gazetteer) -> tuple[dict[str, tuple[float, float]], dict[str, list]]:
    """Every London district's centre, and each district's sectors with their centres."""
    districts = {}
    for code in gazetteer.outcodes():
        area = gazetteer.area("outcode", code)
        if area is not None and gazetteer.is_london_outcode(code):
            districts[code] = (area.lat, area.lon)
    sectors: dict[str, list] = {}
    for key in gazetteer.sectors():
        district = key.split(" ")[0]
        area = gazetteer.area("sector", key)
        if district in districts and area is not None:
            sectors.setdefault(district, []).append((key, area.lat, area.lon))
    for code in districts:
        # A divided district ("EC4") has no sectors of its own: its parts' ("EC4A 1"…) are its.
        parts = gazetteer.area("outcode", code).parts  # type: ignore[union-attr]
        if parts:
            sectors[code] = [s for part in parts for s in sectors.get(part, [])]
    assert len(districts) > 280 and len(sectors) > 280
    return districts, sectors


def _nearest(lat: float, lon: float, areas: dict[str, tuple[float, float]]) -> str:
    return min(areas, key=lambda code: _flat_km(lat, lon, *areas[code]))


def _companionable(planner: QueryPlanner, places: list[PlaceName]) -> list[PlaceName]:
    """Every place name with a point that is not made of care-vocabulary words alone."""
    vocab = planner.places.vocabulary
    return [
        p
        for p in places
        if p.lat is not None and p.lon is not None and not all(w in vocab for w in p.key.split())
    ]


def test_every_place_beside_its_own_district_and_sector(
    planner: QueryPlanner, places: list[PlaceName], london_areas: tuple[dict, dict]
) -> None:
    """Every place name typed beside the district and the sector it lies in (either order,
    with or without a comma or "near"), guarded names too, is one place: both come out of the
    text, and the origin is the finer — the sector, else the place, else the district for a
    borough."""
    districts, sectors = london_areas
    wrong, checked = {}, 0
    for place in _companionable(planner, places):
        assert place.lat is not None and place.lon is not None
        district = _nearest(place.lat, place.lon, districts)
        if _flat_km(place.lat, place.lon, *districts[district]) > COMPANION_KM - 0.5:
            continue  # far from every district centre: not one place by the rule's measure
        by_sector = {key: (lat, lon) for key, lat, lon in sectors[district]}
        sector = _nearest(place.lat, place.lon, by_sector)
        if _flat_km(place.lat, place.lon, *by_sector[sector]) > COMPANION_KM - 0.5:
            continue
        checked += 1
        unspaced = sector.replace(" ", "")  # "E1 1" unspaced is the district E11
        named = {"postcode": None, "place": place.key}
        if place.kind == "borough":
            named = {"postcode": district, "place": None}
        cases = {
            f"walking group {place.name} {district}": named,
            f"walking group {district} {place.name}": named,
            f"walking group {place.name}, {district.lower()}": named,
            f"walking group near {place.name} {sector}": {"postcode": sector, "place": None},
            f"walking group {sector if planner.places.gazetteer.area('outcode', unspaced) else unspaced} {place.name}": {
                "postcode": sector,
                "place": None,
            },
        }
        for text, expected in cases.items():
            rest, found = planner.places.extract(text)
            got = {"postcode": found.postcode, "place": found.place}
            if (rest, got) != ("walking group", expected):
                wrong[text] = (rest, got)
    assert checked > 0.9 * len(_companionable(planner, places))
    assert wrong == {}


def test_a_place_far_from_the_postcode_stays_text(
    planner: QueryPlanner, places: list[PlaceName], london_areas: tuple[dict, dict]
) -> None:
    """Beside the London district farthest from it, no place name is taken for the same place:
    the district is the origin and the name stays in the text."""
    districts, _sectors = london_areas
    wrong = {}
    for place in _companionable(planner, places):
        assert place.lat is not None and place.lon is not None
        far = max(districts, key=lambda code: _flat_km(place.lat, place.lon, *districts[code]))
        rest, found = planner.places.extract(f"walking group {place.name} {far}")
        if found.postcode != far or place.name.lower() not in rest.lower():
            wrong[place.name] = (far, rest, found)
    assert wrong == {}


def test_care_words_beside_a_postcode_stay_text(
    planner: QueryPlanner, places: list[PlaceName], london_areas: tuple[dict, dict]
) -> None:
    """A place name made only of care-vocabulary words ("Bank", "Church End"?) stays a need
    even beside the district it lies in: "food bank EC2" is a food bank."""
    districts, _sectors = london_areas
    vocab = planner.places.vocabulary
    care = [p for p in places if p.lat is not None and all(w in vocab for w in p.key.split())]
    assert care
    for place in care:
        assert place.lat is not None and place.lon is not None
        district = _nearest(place.lat, place.lon, districts)
        for text in (f"{place.name} {district}", f"food {place.name} {district}"):
            rest, found = planner.places.extract(text)
            assert found.postcode == district and place.name.lower() in rest.lower(), text


def test_an_ambiguous_name_is_settled_by_its_postcode(
    planner: QueryPlanner, places: list[PlaceName], london_areas: tuple[dict, dict]
) -> None:
    """ "Hayes UB3" is Hayes in Hillingdon, "Hayes BR2" Hayes in Bromley: every ambiguous name
    beside the district nearest each of its places is that place."""
    districts, _sectors = london_areas
    settled = 0
    for place in places:
        if place.kind != "ambiguous" or all(
            w in planner.places.vocabulary for w in place.key.split()
        ):
            continue
        for borough in place.boroughs:
            one = planner.places.place(place_key(f"{place.name}, {borough}"))
            if one is None or one.lat is None or one.lon is None:
                continue
            district = _nearest(one.lat, one.lon, districts)
            for text in (
                f"lunch club {place.name} {district}",
                f"lunch club {district} {place.name}",
            ):
                rest, found = planner.places.extract(text)
                assert (rest, found.place, found.postcode) == ("lunch club", one.key, None), text
            settled += 1
    assert settled >= 10


def test_london_itself_narrows_nothing(
    planner: QueryPlanner, london_areas: tuple[dict, dict]
) -> None:
    """ "London" at the end, or beside a London district, comes out of the text; a part of
    London ("east london") and "London" alone stay text; a district outside London does not
    join it."""
    districts, _sectors = london_areas
    for district in districts:
        for text in (f"food bank {district} London", f"food bank london {district}",
                     f"food bank {district}, London"):  # fmt: skip
            rest, found = planner.places.extract(text)
            assert (rest.rstrip(","), found.postcode) == ("food bank", district), text
    for text in ("food bank London", "food bank in London", "food bank, London",
                 "food bank near greater london"):  # fmt: skip
        rest, found = planner.places.extract(text)
        assert rest.rstrip(",") == "food bank" and found.london and not found.postcode, text
        assert planner.plan(SearchQuery(text=text)).origin is None
    for compass in sorted(COMPASS):
        rest, found = planner.places.extract(f"food bank {compass} london")
        assert rest == f"food bank {compass} london" and not found, compass
    assert planner.places.extract("London") == ("London", Place())
    rest, found = planner.places.extract("vitamin B12 London")
    assert (rest, found.postcode) == ("vitamin B12", None)


@pytest.mark.parametrize(
    ("text", "needs", "origin"),
    [
        ("baby group Brixton SW2", ["baby group"], ("place", "Brixton", None)),
        ("food bank Harlesden NW10 4AB", ["food bank"], ("postcode", None, "NW10 4AB")),
        ("debt advice, Harrow, HA1", ["debt advice"], ("outcode", None, "HA1")),
        ("debt advice in Harrow HA1", ["debt advice"], ("outcode", None, "HA1")),
        ("befriending e15 newham", ["befriending"], ("outcode", None, "E15")),
        ("support group Bow E3", ["support group"], ("place", "Bow", None)),
        ("support group E3 Bow", ["support group"], ("place", "Bow", None)),
        ("walking group Angel Islington", ["walking group"], ("place", "Angel", None)),
        ("carers Ealing Broadway W5 2", ["carers"], ("sector", None, "W5 2")),
        ("lunch club Hayes UB3", ["lunch club"], ("place", "Hayes, Hillingdon", None)),
        ("food bank SE1 London", ["food bank"], ("outcode", None, "SE1")),
        ("food bank EC2", ["food bank"], ("outcode", None, "EC2")),
        ("food bank Brixton N1", ["food bank brixton"], ("outcode", None, "N1")),
    ],
)
def test_plans_for_places_typed_twice(
    planner: QueryPlanner, text: str, needs: list[str], origin: tuple[str, str | None, str | None]
) -> None:
    plan = planner.plan(SearchQuery(text=text))
    assert [n.text for n in plan.needs] == needs
    assert plan.origin is not None
    assert (plan.origin.precision, plan.origin.place, plan.origin.postcode) == origin


# -- a place inside the text, and words after it (places.py, rules 2 and 7) --------------------


def test_every_place_inside_the_text(planner: QueryPlanner, places: list[PlaceName]) -> None:
    """Every place name after "near" / "close to" inside the text, or at its start, is the
    place, and the needs on both sides stay; without such a word, or after "in", it counts
    only where it would at the end of the text (a boundary word must follow)."""
    wrong = {}
    for place in places:
        name = place.name
        cases = {
            f"debt advice near {name} and employment support": "debt advice and employment support",
            f"near {name} debt advice": "debt advice",
            f"walking group close to {name}, lunch club": "walking group , lunch club",
        }
        for text, rest in cases.items():
            left, found = planner.places.extract(text)
            if (left, found.place) != (rest, place.key):
                wrong[text] = (left, found)
        bare_left, bare = planner.places.extract(f"day centre {name} for older people")
        at_end = planner.places.extract(f"day centre {name}")[1]
        expected = place.key if at_end.place == place.key else None
        if bare.place != expected or (expected and bare_left != "day centre for older people"):
            wrong[f"day centre {name} for older people"] = (bare_left, bare)
        in_left, in_found = planner.places.extract(f"help in {name} for older people")
        if place.kind == "borough":
            ok = in_found.borough == place.name and in_left == "help for older people"
        else:
            ok = in_found.place == expected
        if not ok:
            wrong[f"help in {name} for older people"] = (in_left, in_found)
    assert wrong == {}


def test_every_london_district_inside_the_text(
    planner: QueryPlanner, london_areas: tuple[dict, dict]
) -> None:
    districts, _sectors = london_areas
    for district in districts:
        for text in (f"debt advice near {district} and employment support",
                     f"debt advice {district.lower()} and employment support",
                     f"near {district} debt advice and employment support",
                     f"debt advice in {district}, employment support"):  # fmt: skip
            left, found = planner.places.extract(text)
            assert found.postcode == district, text
            words = [w for w in left.replace(",", " ").split() if w != "and"]
            assert words == ["debt", "advice", "employment", "support"], text


def test_no_care_phrase_inside_the_text_turns_into_a_place(planner: QueryPlanner) -> None:
    """Every phrase of the synonym and taxonomy files, followed by a boundary word or a comma,
    or after "in" / "by", gives no place."""
    phrases = {" ".join(p) for p in [*planner.synonyms.phrases(), *planner.taxonomy.phrases()]}
    stolen = {}
    for phrase in sorted(phrases):
        for text in (f"{phrase} for older people", f"help {phrase}, lunch club",
                     f"help in {phrase} for carers", f"run by {phrase} and friends"):  # fmt: skip
            left, found = planner.places.extract(text[:300])
            if found:
                stolen[text] = (left, found)
    assert stolen == {}


def test_words_that_close_a_request_go_with_the_place(planner: QueryPlanner) -> None:
    for word in sorted(AFTER_PLACE):
        for text, place in ((f"food bank Harlesden {word}", "harlesden"),
                            (f"food bank near Bank {word}", "bank")):  # fmt: skip
            left, found = planner.places.extract(text)
            assert (left, found.place) == ("food bank", place), text
        assert planner.places.extract(f"food bank {word}") == (f"food bank {word}", Place())


@given(
    amount=st.one_of(st.integers(1, 99), st.floats(0.1, 99, allow_nan=False)),
    unit=st.sampled_from(["mile", "miles", "mi", "km", "kms", "kilometres", "kilometers"]),
    joiner=st.sampled_from([" of", " from", ""]),
    space=st.sampled_from([" ", ""]),
)
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_within_a_distance_of_a_place(
    planner: QueryPlanner, amount: float, unit: str, joiner: str, space: str
) -> None:
    typed = f"{amount:g}"
    plan = planner.plan(SearchQuery(text=f"debt advice within {typed}{space}{unit}{joiner} HA1"))
    assert [n.text for n in plan.needs] == ["debt advice"]
    assert plan.origin is not None and plan.origin.postcode == "HA1"
    km = float(typed) * (MILE_KM if unit.startswith("mi") else 1)
    assert plan.radius_km == pytest.approx(km, abs=0.001)
    # The parameter wins over the text.
    given_radius = planner.plan(SearchQuery(text=f"gp within {typed} {unit} of HA1", radius_km=7))
    assert given_radius.radius_km == 7


# -- the location parameter, typed as people write a location (planner._written_place) ---------


def test_every_place_written_with_its_district_as_the_location(
    planner: QueryPlanner, places: list[PlaceName], london_areas: tuple[dict, dict]
) -> None:
    """The ``postcode`` parameter (the widget's location box) takes a name and its district
    together, as an address ends ("Harlesden, NW10", "NW10 Harlesden", "Brixton SW2 London"):
    the origin is what the same words give in the text."""
    districts, _sectors = london_areas
    wrong = {}
    for place in _companionable(planner, places):
        assert place.lat is not None and place.lon is not None
        district = _nearest(place.lat, place.lon, districts)
        if _flat_km(place.lat, place.lon, *districts[district]) > COMPANION_KM - 0.5:
            continue
        _rest, in_text = planner.places.extract(f"advice {place.name} {district}")
        for typed in (f"{place.name}, {district}", f"{district} {place.name}",
                      f"{place.name} {district.lower()} London"):  # fmt: skip
            origin = planner.plan(SearchQuery(text="advice", postcode=typed)).origin
            assert origin is not None
            expected = (in_text.postcode, planner.places.place(in_text.place or "") or None)
            got = (origin.postcode, origin.place)
            if got[0] != expected[0] or (expected[1] and got[1] != expected[1].name):
                wrong[typed] = (got, expected)
    assert wrong == {}


def test_an_address_as_the_location_is_its_postcode(
    planner: QueryPlanner, gazetteer: Gazetteer
) -> None:
    """A whole address pasted into the location box is measured from its postcode: every
    400th postcode of the gazetteer that is a London one."""
    import sqlite3

    conn = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    rows = conn.execute("SELECT pc FROM postcodes ORDER BY pc").fetchall()
    conn.close()
    london = [pc for (pc,) in rows[::400] if gazetteer.is_london_outcode(pc.split(" ")[0])]
    assert len(london) > 250
    for pc in london:
        for typed in (f"Flat 2, 10 High Street, London {pc}", f"{pc.replace(' ', '')}, London"):
            origin = planner.plan(SearchQuery(text="advice", postcode=typed)).origin
            assert origin is not None and origin.postcode == pc, typed


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("Narnia E17", "not a UK postcode or a London place"),
        ("food bank HA1", "not a UK postcode or a London place"),
        ("Brixton N1", "not a UK postcode or a London place"),  # two places 8 km apart
        ("London", "all of Signpost is in London"),
        ("Belmont", "more than one Belmont"),
    ],
)
def test_a_location_that_is_not_one_place_is_an_error(
    planner: QueryPlanner, typed: str, message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        planner.plan(SearchQuery(text="advice", postcode=typed))


_PIECES = ["near", "in", "by", "close", "to", "next", "nr", "within", "2", "miles", "of", "km",
           "HA1", "2AA", "NW10", "E3", "Bow", "Harlesden", "London", "east", "and", ",", "free",
           "open", "now", "saturday", "for", "11", "year", "olds", "food", "bank", "please",
           "Brixton", "SW2", "Belmont", "Hayes", "UB3", "aged", "&", "-", "Harrow", "the",
           "Hill"]  # fmt: skip
"""Words the readers act on, to be thrown together in any order."""


@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=12),
    junk=st.text(max_size=30),
)
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_jumble_of_place_words_is_read_without_inventing_text(
    planner: QueryPlanner, pieces: list[str], junk: str
) -> None:
    """Whatever is typed, the text left is what was typed less the place (its characters in
    order), and a plan is made or refused with a QueryError, in the text and as the location
    (20,000 examples were run once this way by hand)."""
    for text in (" ".join(pieces), " ".join(pieces) + junk, junk):
        rest, _place = planner.places.extract(text)
        typed = iter("".join(text.split()))
        assert all(c in typed for c in "".join(rest.split())), (text, rest)
        for query in (SearchQuery(text=text[:200]), SearchQuery(postcode=text[:60] or None)):
            with contextlib.suppress(QueryError):
                planner.plan(query)


@pytest.mark.parametrize("short", sorted(BOROUGH_SHORT_NAMES))
def test_every_boroughs_short_name_is_that_borough(
    planner: QueryPlanner, places: list[PlaceName], short: str
) -> None:
    """``carers hub H&F`` searches from Hammersmith and Fulham, ``debt advice in LBHF``
    filters to it, as its full name would; typed in any case, ``H & F`` too."""
    key = BOROUGH_SHORT_NAMES[short]
    borough = next(p.name for p in places if p.kind == "borough" and p.key == key)
    for typed in (short.upper(), short, " & ".join(short.upper().split("&"))):
        assert planner.places.extract(f"carers hub {typed}") == ("carers hub", Place(place=key))
        assert planner.places.extract(f"{typed} carers hub") == ("carers hub", Place(place=key))
        left, found = planner.places.extract(f"debt advice in {typed}")
        assert (left, found.borough) == ("debt advice", borough)
        plan = planner.plan(SearchQuery(text=f"food bank near {typed}"))
        assert plan.origin is not None and plan.origin.borough == borough
        # Typed in the place box instead.
        plan = planner.plan(SearchQuery(text="food bank", postcode=typed))
        assert plan.origin is not None and plan.origin.borough == borough


@pytest.mark.parametrize("text", ["vitamin b and d", "k and c", "h and f"])
def test_a_short_name_spelt_out_in_words_is_not_the_borough(
    planner: QueryPlanner, text: str
) -> None:
    assert planner.places.extract(text) == (text, Place())


_TAILS = ("Middlesex", "Surrey", "Kent", "Essex", "Herts", "Middx", "UK", "England")


def test_every_place_written_with_its_old_county_or_country_is_the_place(
    planner: QueryPlanner, places: list[PlaceName]
) -> None:
    """``Harrow, Middlesex``, ``Croydon, Surrey``, ``Romford, Essex``: outer London still
    writes its old postal county, and an address may end with the country. As the location,
    every place with its county (cycled over every tail) measures from the place, as the name
    alone does; at the end of a search's text too ("day centre Harrow Middlesex")."""
    wrong = {}
    for i, place in enumerate(_companionable(planner, places)):
        alone = planner.plan(SearchQuery(text="advice", postcode=place.name)).origin
        assert alone is not None
        tail = _TAILS[i % len(_TAILS)]
        for typed in (f"{place.name}, {tail}", f"{place.name}, London, {tail}"):
            origin = planner.plan(SearchQuery(text="advice", postcode=typed)).origin
            if origin is None or (origin.place, origin.postcode) != (alone.place, alone.postcode):
                wrong[typed] = origin and (origin.place, origin.postcode)
    assert wrong == {}
    plan = planner.plan(SearchQuery(text="day centre Harrow Middlesex"))
    assert [n.text for n in plan.needs] == ["day centre"]
    assert plan.origin is not None and plan.origin.place == "Harrow"
    with pytest.raises((QueryError, UnknownPostcode)):
        planner.plan(SearchQuery(text="advice", postcode="Middlesex"))


def test_every_postcode_district_written_with_its_old_county_is_the_district(
    planner: QueryPlanner, london_areas: tuple[dict, dict]
) -> None:
    districts, _sectors = london_areas
    for i, district in enumerate(sorted(districts)):
        typed = f"{district}, {_TAILS[i % len(_TAILS)]}"
        origin = planner.plan(SearchQuery(text="advice", postcode=typed)).origin
        assert origin is not None and origin.postcode == district, typed


def test_a_name_spelt_like_a_place_is_offered_never_read_as_it(
    gazetteer: Gazetteer, places: list[PlaceName]
) -> None:
    """Every unambiguous place name of six letters or more with one letter dropped ("Wembly",
    "Hackny"): not read as a place (a misread place is a wrong answer), and the message offers
    the place."""
    checked = 0
    for place in places:
        if place.kind == "ambiguous" or len(place.key) < 6 or " " in place.key:
            continue
        typed = place.key[:-2] + place.key[-1]  # drop the last letter but one
        if gazetteer.places().get_text(typed) is not None or postcode_readings(typed):
            continue  # another place's name, or a postcode's shape
        with pytest.raises(UnknownPlace) as raised:
            gazetteer.resolve(typed)
        assert place.name in str(raised.value), (typed, str(raised.value))
        checked += 1
    assert checked > 300
