"""London place names: every one in the gazetteer's table resolves (or, if it names several
places, says which ones); in free text they are taken out like postcodes; and ordinary words
never turn a query into a place search unless "near"/"in"/"around" says so.

The lists are derived from the place table and the vocabulary files, not written by hand."""

from __future__ import annotations

import pytest

from index.geo import Gazetteer, UnknownPlace, UnknownPostcode, distance_km
from index.place_names import common_english_words, listed_places, place_key
from index.place_table import PlaceName
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
