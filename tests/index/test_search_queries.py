"""Understanding a query: needs, places, typos, synonyms, opening times (Europe/London)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from index.geo import Gazetteer
from index.model import Schedule
from index.search.plan import QueryError
from index.search.planner import QueryPlanner
from index.search.schedule import OpenAt, open_at_for, week_ranges
from index.search.types import SearchQuery
from index.search.vocabulary import WordIndex

MONDAY = 0
SATURDAY = 5 * 1440
SUNDAY = 6 * 1440


@pytest.fixture(scope="module")
def planner(gazetteer: Gazetteer) -> QueryPlanner:
    return QueryPlanner(gazetteer)


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("debt advice and employment support", ["debt advice", "employment support"]),
        ("debt advice & employment support", ["debt advice", "employment support"]),
        ("walking group, lunch club; ESOL", ["walking group", "lunch club", "esol"]),
        ("arts and crafts", ["arts and crafts"]),
        ("drug and alcohol support", ["drug and alcohol support"]),
        ("stay and play or toddler group", ["stay and play", "toddler group"]),
        ("horse riding for disabled people", ["horse riding for disabled people"]),
        ("and , or", []),
    ],
)
def test_needs_are_split_except_inside_known_phrases(
    planner: QueryPlanner, text: str, needs: list[str]
) -> None:
    assert planner.split_needs(text) == needs


@pytest.mark.parametrize(
    ("text", "rest", "postcode", "borough"),
    [
        ("debt advice near HA1", "debt advice", "HA1", None),
        ("docter near HA1 2", "docter", "HA1 2", None),
        ("docter ha1 2", "docter", "HA1 2", None),
        ("stop smoking ha12aa please", "stop smoking please", "HA1 2AA", None),
        ("gp near HA1 2AA", "gp", "HA1 2AA", None),
        ("walking group in Hillingdon", "walking group", None, "Hillingdon"),
        ("lunch club in kensington and chelsea", "lunch club", None, "Kensington and Chelsea"),
        ("vitamin B12", "vitamin B12", None, None),
    ],
)
def test_places_are_taken_out_of_the_text(
    planner: QueryPlanner, text: str, rest: str, postcode: str | None, borough: str | None
) -> None:
    left, place = planner.places.extract(text)
    assert (left, place.postcode, place.borough) == (rest, postcode, borough)


def test_plan_for_a_link_workers_question(planner: QueryPlanner) -> None:
    plan = planner.plan(SearchQuery(text="debt advice and employment support near HA1"))
    assert [n.text for n in plan.needs] == ["debt advice", "employment support"]
    assert plan.origin is not None and plan.origin.precision == "outcode"
    assert plan.origin.borough == "Harrow"
    debt = plan.needs[0].slots[0]
    assert debt.alternatives[0] == ("debt", "advice")
    assert ("money", "worries") in debt.alternatives


def test_typo_correction_against_index_and_vocabulary(planner: QueryPlanner) -> None:
    index_words = WordIndex(
        {"wealdstone": 3, "counselling": 40, "walking": 9}, planner.static_words
    )
    plan = planner.plan(SearchQuery(text="councelling in wealdstne"), index_words)
    assert plan.corrected_text == "counselling in wealdstone"
    assert planner.plan(SearchQuery(text="docter"), index_words).corrected_text == "doctor"
    assert planner.plan(SearchQuery(text="walking"), index_words).corrected_text is None
    assert index_words.correct("xqzv") is None
    assert index_words.correct("wa") is None  # too short to guess


def test_the_last_word_can_be_unfinished(planner: QueryPlanner) -> None:
    plan = planner.plan(SearchQuery(text="debt adv"))
    last = plan.needs[0].slots[-1]
    assert last.prefix and last.alternatives == (("adv",),)
    assert plan.highlight_words()[1] == {"adv"}
    two = planner.plan(SearchQuery(text="debt adv, walking gro"))
    assert not any(s.prefix for s in two.needs[0].slots)
    assert two.needs[1].slots[-1].prefix


def test_repeated_need_parameters(planner: QueryPlanner) -> None:
    plan = planner.plan(SearchQuery(needs=["debt advice", "employment support near HA1 2AA"]))
    assert [n.text for n in plan.needs] == ["debt advice", "employment support"]
    assert plan.origin is not None and plan.origin.postcode == "HA1 2AA"


def test_origin_errors(planner: QueryPlanner) -> None:
    with pytest.raises(QueryError, match="does not exist"):
        planner.plan(SearchQuery(postcode="ZZ99 9ZZ"))
    with pytest.raises(QueryError, match="lat and lon"):
        planner.plan(SearchQuery(lon=-0.1))
    no_gazetteer = QueryPlanner()
    with pytest.raises(QueryError, match="gazetteer"):
        no_gazetteer.plan(SearchQuery(text="gp", postcode="HA1 2AA"))
    plain = planner.plan(SearchQuery(text="gp", radius_km=3, sort="distance"))
    assert plain.radius_km is None and plain.sort == "relevance"  # nothing to measure from


def test_week_ranges() -> None:
    ranges = week_ranges(
        [
            Schedule(byday="MO,WE", opens_at="09:00", closes_at="17:00"),
            Schedule(byday="SA", opens_at="22:00", closes_at="02:00"),  # past midnight
            Schedule(byday="SU", opens_at="23:00", closes_at="01:00"),  # past Sunday
            Schedule(byday="TH"),  # a day without times
            Schedule(byday="1FR", opens_at="10:00", closes_at="11:00"),  # first Friday
            Schedule(byday="XX", opens_at="bad", closes_at="11:00"),
            Schedule(byday="TU", opens_at="10:00", closes_at="11:00", freq="MONTHLY"),
        ]
    )
    assert (MONDAY + 540, MONDAY + 1020, True) in ranges
    assert (SATURDAY + 1320, SATURDAY + 1440 + 120, True) in ranges
    assert (SUNDAY + 1380, 7 * 1440, True) in ranges and (0, 60, True) in ranges
    assert (3 * 1440, 4 * 1440, False) in ranges
    assert (4 * 1440 + 600, 4 * 1440 + 660, True) in ranges
    assert len(ranges) == 7  # MO, WE, SA, SU (two parts), TH, FR; XX and MONTHLY ignored


def test_open_now_is_london_time() -> None:
    summer = open_at_for(True, None, None, datetime(2025, 6, 18, 17, 30, tzinfo=UTC))
    assert summer == OpenAt(2 * 1440 + 18 * 60 + 30, 2 * 1440 + 18 * 60 + 31, True)  # BST
    winter = open_at_for(True, None, None, datetime(2025, 11, 19, 17, 30, tzinfo=UTC))
    assert winter is not None and winter.start == 2 * 1440 + 17 * 60 + 30  # GMT
    assert open_at_for(False, "SA", None) == OpenAt(SATURDAY, SATURDAY + 1440, False)
    assert open_at_for(False, "SA", "10:15") == OpenAt(SATURDAY + 615, SATURDAY + 616, True)
    assert open_at_for(False, None, None) is None


def test_open_at_matches() -> None:
    ranges = [(SATURDAY + 600, SATURDAY + 900, True), (3 * 1440, 4 * 1440, False)]
    assert OpenAt(SATURDAY + 600, SATURDAY + 601, True).matches(ranges)
    assert not OpenAt(SATURDAY + 900, SATURDAY + 901, True).matches(ranges)  # closing time
    assert not OpenAt(3 * 1440 + 600, 3 * 1440 + 601, True).matches(ranges)  # no hours known
    assert OpenAt(3 * 1440, 4 * 1440, False).matches(ranges)
    assert OpenAt(SATURDAY, SATURDAY + 1440, False).matches(ranges)
