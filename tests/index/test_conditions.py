"""Conditions typed into the text ("open now", "free", "for 11 year olds") become the filters
they are; nothing in the vocabulary files is mistaken for one; the parameters win.

Checked over every day word, every hour of a week, every phrase of the synonym and taxonomy
files, and (hypothesis) every age and way of writing it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.model import DAYS
from index.search.conditions import ENTITLEMENTS, MAX_AGE, Conditions, read_conditions
from index.search.planner import QueryPlanner
from index.search.schedule import LONDON, open_at_for
from index.search.types import SearchQuery

ANY_FIXTURE = [HealthCheck.function_scoped_fixture]


@pytest.fixture(scope="module")
def planner() -> QueryPlanner:
    return QueryPlanner()


@pytest.fixture(scope="module")
def phrases(planner: QueryPlanner) -> list[str]:
    found = sorted(
        {" ".join(p) for p in [*planner.synonyms.phrases(), *planner.taxonomy.phrases()]}
    )
    assert len(found) > 300
    return found


def needs(planner: QueryPlanner, query: SearchQuery) -> list[str]:
    return [n.text for n in planner.plan(query).needs]


DAY_WORDS = {
    "MO": ("monday", "mondays", "mon"),
    "TU": ("tuesday", "tuesdays", "tue", "tues"),
    "WE": ("wednesday", "wednesdays", "wed", "weds"),
    "TH": ("thursday", "thursdays", "thu", "thur", "thurs"),
    "FR": ("friday", "fridays", "fri"),
    "SA": ("saturday", "saturdays", "sat"),
    "SU": ("sunday", "sundays", "sun"),
}
"""Every way a day is written, as listings' opening times are read too."""


def test_every_day_word_in_every_form(planner: QueryPlanner) -> None:
    for code, words in DAY_WORDS.items():
        for word in words:
            for typed in (f"open {word}", f"open on {word}", f"open every {word.title()}",
                          f"OPEN ON {word.upper()}"):  # fmt: skip
                plan = planner.plan(SearchQuery(text=f"food bank {typed}"))
                assert [n.text for n in plan.needs] == ["food bank"], typed
                assert plan.open_at == open_at_for(False, code, None), typed


def test_open_now_today_tomorrow_at_every_hour_of_a_week(planner: QueryPlanner) -> None:
    """At every hour of a winter and a summer week (GMT and BST), "open now" is that London
    moment, "open today" and "open tomorrow" that London day and the next."""
    for start in (datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 7, 6, tzinfo=UTC)):
        for hour in range(7 * 24):
            now = start + timedelta(hours=hour)
            local = now.astimezone(LONDON)
            today, tomorrow = DAYS[local.weekday()], DAYS[(local.weekday() + 1) % 7]
            cases = {
                "lunch club open now": open_at_for(True, None, None, now),
                "lunch club open today": open_at_for(False, today, None, now),
                "lunch club open tomorrow": open_at_for(False, tomorrow, None, now),
            }
            for text, expected in cases.items():
                plan = planner.plan(SearchQuery(text=text), now=now)
                assert plan.open_at == expected and plan.needs[0].text == "lunch club", text


def test_free_first_or_of_charge_is_the_free_filter(
    planner: QueryPlanner, phrases: list[str]
) -> None:
    """ "free <phrase>" and "<phrase> free of charge" are the phrase, free only, for every
    phrase of the vocabulary that does not itself begin with "free"; "<phrase> free" ("smoke
    free", "debt free") stays text."""
    named_free = [p for p in phrases if p.startswith("free ")] + [" ".join(e) for e in ENTITLEMENTS]
    for phrase in phrases:
        if phrase.startswith("free ") or not any(c.isalpha() for c in phrase):
            continue
        if any(f"free {phrase} ".startswith(f"{named} ") for named in named_free):
            continue  # "free bus pass", "free food and money": a name that begins with "free"
        alone = needs(planner, SearchQuery(text=phrase))
        for text in (f"free {phrase}", f"{phrase}, free of charge", f"{phrase} for free"):
            plan = planner.plan(SearchQuery(text=text))
            assert plan.free_only and [n.text for n in plan.needs] == alone, text
        if phrase.split()[-1] not in {"for", "no", "at"}:  # "caring for" + "free" is "for free"
            after = planner.plan(SearchQuery(text=f"{phrase} free"))
            assert not after.free_only, phrase


def test_free_phrases_and_entitlements_stay_text(planner: QueryPlanner, phrases: list[str]) -> None:
    named = [p for p in phrases if p.startswith("free ")] + [" ".join(e) for e in ENTITLEMENTS]
    assert len(named) > len(ENTITLEMENTS)
    for text in named:
        plan = planner.plan(SearchQuery(text=text))
        assert not plan.free_only and "free" in plan.needs[0].text.split(), text


def test_no_phrase_of_the_vocabulary_is_a_condition(phrases: list[str]) -> None:
    """Every phrase of the synonym and taxonomy files, alone, carries no condition ("over 60s"
    and "under 5s" are services for older people and young children, not ages)."""
    free_phrases = [tuple(p.split()) for p in phrases if p.startswith("free ")]
    read = {p: read_conditions(p, free_phrases)[1] for p in phrases}
    assert {p: c for p, c in read.items() if c} == {}


@given(
    age=st.integers(0, MAX_AGE),
    form=st.sampled_from(
        [
            "{n} year olds",
            "{n} year old",
            "{n}-year-old",
            "{n} yr olds",
            "{n} years old",
            "aged {n}",
            "age {n}",
            "{n}-year-olds",
        ]
    ),
    lead=st.sampled_from(["for ", "", "for a ", "for an "]),
)
@settings(max_examples=300, deadline=None, suppress_health_check=ANY_FIXTURE)
def test_any_age_written_any_way(planner: QueryPlanner, age: int, form: str, lead: str) -> None:
    plan = planner.plan(SearchQuery(text=f"swimming {lead}{form.format(n=age)}"))
    assert plan.age == age and [n.text for n in plan.needs] == ["swimming"]


@given(low=st.integers(0, 100), span=st.integers(1, 20), joiner=st.sampled_from(["-", " to "]))
@settings(max_examples=100, deadline=None, suppress_health_check=ANY_FIXTURE)
def test_an_age_range_is_its_youngest_age(
    planner: QueryPlanner, low: int, span: int, joiner: str
) -> None:
    plan = planner.plan(SearchQuery(text=f"youth club for {low}{joiner}{low + span} year olds"))
    assert plan.age == low and [n.text for n in plan.needs] == ["youth club"]


def test_an_impossible_age_stays_text(planner: QueryPlanner) -> None:
    plan = planner.plan(SearchQuery(text="club for 200 year olds"))
    assert plan.age is None


def test_the_parameters_win(planner: QueryPlanner) -> None:
    now = datetime(2026, 1, 5, 12, tzinfo=UTC)  # a Monday
    plan = planner.plan(
        SearchQuery(text="free swimming for 11 year olds open on Sunday", age=40, day="TU"),
        now=now,
    )
    assert plan.age == 40 and plan.free_only
    assert plan.open_at == open_at_for(False, "TU", None, now)
    assert [n.text for n in plan.needs] == ["swimming"]


def test_extra_needs_carry_conditions_too(planner: QueryPlanner) -> None:
    plan = planner.plan(SearchQuery(needs=["free counselling", "youth club for 14 year olds"]))
    assert plan.free_only and plan.age == 14
    assert [n.text for n in plan.needs] == ["counselling", "youth club"]


def test_conditions_join_keeps_the_first() -> None:
    first, second = Conditions(day="MO", age=9), Conditions(when="now", day="TU", free=True, age=3)
    assert first.joined(second) == Conditions("now", "MO", True, 9)
