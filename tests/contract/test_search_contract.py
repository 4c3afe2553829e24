"""The search behaviour every backend must show, on realistic London services.

Each test reads what a person would see: which services come back, in which order, with
which distances, highlights and facet counts.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from index.backends.protocol import SearchBackend
from index.search.plan import QueryError
from index.search.types import SearchPage, SearchQuery
from tests.contract.london import INDEXED


def search(backend: SearchBackend, now: datetime | None = None, **fields: object) -> SearchPage:
    query = SearchQuery(**fields)  # type: ignore[arg-type]
    if now is not None:
        return backend.search(query, now=now)  # type: ignore[call-arg]
    return backend.search(query)


def ids(page: SearchPage) -> list[str]:
    return [h.id for h in page.results]


def facet(page: SearchPage, name: str) -> dict[str, int]:
    return {f.value: f.count for f in page.facets.get(name, [])}


def test_rebuild_indexes_active_services_and_reports_health(backend: SearchBackend) -> None:
    health = backend.health()
    assert health.ok, health.detail
    assert health.documents == INDEXED
    everything = search(backend, per_page=50)
    assert everything.total == INDEXED
    assert "m-old-lunch" not in ids(everything)  # defunct services are not offered


def test_a_word_finds_the_services_about_it(backend: SearchBackend) -> None:
    page = search(backend, text="debt")
    assert set(ids(page)) == {"m-cab-harrow", "m-camden-money"}
    assert page.total == 2
    top = page.results[0]
    assert top.id == "m-cab-harrow"  # "debt" in its name outranks a description mention
    assert top.organization == "Citizens Advice Harrow"
    assert top.categories == ["Debt advice"]


def test_highlights_are_offsets_into_plain_text(backend: SearchBackend) -> None:
    page = search(backend, text="debt advice")
    hit = next(h for h in page.results if h.id == "m-cab-harrow")
    assert "<" not in hit.snippet
    assert "debt advice" in hit.snippet.lower()
    marked_name = [hit.name[a:b].lower() for a, b in hit.highlights["name"]]
    assert marked_name == ["debt", "advice"]
    marked = {hit.snippet[a:b].lower() for a, b in hit.highlights["snippet"]}
    assert {"debt", "advice"} <= marked


def test_hostile_markup_never_reaches_a_hit(backend: SearchBackend) -> None:
    hit = search(backend, text="peer support").results[0]
    assert hit.id == "m-mind-harrow"
    assert "<" not in hit.snippet and "alert" not in hit.snippet
    assert "&" in hit.snippet and "&amp;" not in hit.snippet


def test_typo_near_a_partial_postcode_finds_gps_nearest_first(backend: SearchBackend) -> None:
    page = search(backend, text="docter", postcode="HA1 2", sort="distance")
    assert page.corrected_text == "doctor"
    assert page.origin is not None and page.origin["precision"] == "sector"
    assert ids(page)[:2] == ["m-pinner-road", "m-wembley-medical"]
    distances = [h.distance_km for h in page.results]
    assert all(d is not None for d in distances)
    assert distances == sorted(distances)  # type: ignore[type-var]
    assert distances[0] < 1.0 < distances[1] < 5.0  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GP", "m-pinner-road"),
        ("CAB", "m-cab-harrow"),
        ("quit smoking", "m-quit-hillingdon"),
        ("LD day centre", "m-woodlands"),
        ("IT lessons", "m-silver-surfers"),
        ("horse riding for disabled people", "m-rda"),
        ("walking group", "m-health-walks"),
        ("memory cafe", "m-lambeth-dementia"),
    ],
)
def test_uk_care_synonyms(backend: SearchBackend, text: str, expected: str) -> None:
    assert expected in ids(search(backend, text=text))[:3]


def test_stop_smoking_finds_both_services_by_any_name(backend: SearchBackend) -> None:
    assert set(ids(search(backend, text="stop smoking"))) == {
        "m-quit-hillingdon",
        "m-smokefree-harrow",
    }


def test_two_needs_in_one_sentence_cover_each_need(backend: SearchBackend) -> None:
    page = search(backend, text="debt advice and employment support near HA1")
    top_two = page.results[:2]
    assert {h.matched_need for h in top_two} == {"debt advice", "employment support"}
    assert {"m-cab-harrow", "m-harrow-works"} == {h.id for h in top_two}
    assert page.origin is not None and page.origin["postcode"] == "HA1"
    assert page.total >= 3


def test_two_needs_as_repeated_parameters(backend: SearchBackend) -> None:
    page = search(backend, needs=["debt advice", "employment support"], postcode="HA1 2AA")
    assert {h.matched_need for h in page.results[:2]} == {"debt advice", "employment support"}


def test_day_centre_learning_disability_free_and_open_on_saturday(
    backend: SearchBackend,
) -> None:
    broad = search(backend, text="day centre", categories=["learning-disability"])
    assert set(ids(broad)) == {"m-woodlands", "m-kenmore"}
    assert facet(broad, "cost") == {"free": 1, "paid": 1}
    sophie = search(
        backend, text="day centre", categories=["learning-disability"], free_only=True, day="SA"
    )
    assert ids(sophie) == ["m-woodlands"]
    hit = sophie.results[0]
    assert hit.opening_times == ["Mon–Fri 09:00–16:00", "Sat 10:00–15:00"]
    assert hit.is_free is True and hit.borough == "Hillingdon"


def test_parent_category_includes_its_children(backend: SearchBackend) -> None:
    page = search(backend, categories=["health"], per_page=50)
    assert {"m-quit-hillingdon", "m-smokefree-harrow", "m-pinner-road"} <= set(ids(page))
    assert "m-cab-harrow" not in ids(page)


def test_unknown_category_matches_nothing(backend: SearchBackend) -> None:
    page = search(backend, text="debt", categories=["no-such-term"])
    assert page.total == 0 and page.results == []


def test_open_at_a_time_and_open_now_in_london_time(backend: SearchBackend) -> None:
    wednesday_11 = search(backend, day="WE", time="11:00", per_page=50)
    assert "m-health-walks" in ids(wednesday_11)
    assert "m-hayes-youth" not in ids(wednesday_11)
    assert "m-silver-surfers" not in ids(wednesday_11)  # no hours given: never "open now"
    # 17:30 UTC on Wednesday 18 June 2025 is 18:30 in London (BST): the youth club is open
    summer = search(backend, open_now=True, now=datetime(2025, 6, 18, 17, 30, tzinfo=UTC))
    assert "m-hayes-youth" in ids(summer)
    # 17:30 UTC on Wednesday 19 November 2025 is 17:30 in London (GMT): not yet open
    winter = search(backend, open_now=True, now=datetime(2025, 11, 19, 17, 30, tzinfo=UTC))
    assert "m-hayes-youth" not in ids(winter)


def test_radius_keeps_only_services_within_it(backend: SearchBackend) -> None:
    page = search(backend, text="stop smoking", postcode="HA1 2AA", radius_km=5)
    assert ids(page) == ["m-smokefree-harrow"]
    assert page.results[0].distance_km is not None and page.results[0].distance_km <= 5
    wide = search(backend, text="stop smoking", postcode="HA1 2AA", radius_km=50)
    assert set(ids(wide)) == {"m-smokefree-harrow", "m-quit-hillingdon"}


def test_nearness_counts_in_relevance_with_a_postcode(backend: SearchBackend) -> None:
    near_camden = search(backend, text="debt advice", postcode="NW1 2DB")
    assert ids(near_camden)[0] == "m-camden-money"
    near_harrow = search(backend, text="debt advice", postcode="HA1 2AA")
    assert ids(near_harrow)[0] == "m-cab-harrow"


def test_services_without_a_position_are_found_but_not_within_a_radius(
    backend: SearchBackend,
) -> None:
    page = search(backend, text="carers", postcode="HA1 2AA")
    hit = next(h for h in page.results if h.id == "m-carers-line")
    assert hit.distance_km is None
    assert "m-carers-line" not in ids(
        search(backend, text="carers", postcode="HA1 2AA", radius_km=100)
    )


def test_borough_comes_from_the_postcode_and_filters(backend: SearchBackend) -> None:
    page = search(backend, boroughs=["Harrow"], per_page=50)
    assert "m-pinner-road" in ids(page)
    assert all(h.borough == "Harrow" for h in page.results)
    everything = search(backend, per_page=50)
    boroughs = facet(everything, "borough")
    assert boroughs["Harrow"] == page.total
    assert boroughs["Hillingdon"] == 5


def test_borough_named_in_the_text(backend: SearchBackend) -> None:
    page = search(backend, text="walking group in Hillingdon")
    assert ids(page) == ["m-health-walks"]


def test_age_filter(backend: SearchBackend) -> None:
    teen = search(backend, text="youth club", age=15)
    assert ids(teen) == ["m-hayes-youth"]
    assert search(backend, text="youth club", age=70).total == 0
    assert "m-silver-surfers" not in ids(search(backend, text="computer", age=30))
    assert "m-silver-surfers" in ids(search(backend, text="computer", age=72))


def test_facets_count_the_whole_result_set(backend: SearchBackend) -> None:
    page = search(backend, text="support", per_page=1)
    assert len(page.results) == 1
    assert sum(facet(page, "cost").values()) == page.total
    categories = {f.value: f.label for f in page.facets["category"]}
    assert categories.get("debt-advice", "Debt advice") == "Debt advice"
    sources = facet(search(backend, per_page=1), "source")
    assert sources["harrow-marketplace"] == 3
    assert sources["careplace"] == 6


def test_paging(backend: SearchBackend) -> None:
    first = search(backend, per_page=5, page=1)
    second = search(backend, per_page=5, page=2)
    assert first.total == second.total == INDEXED
    assert not set(ids(first)) & set(ids(second))
    beyond = search(backend, per_page=5, page=9)
    assert beyond.results == [] and beyond.total == INDEXED


def test_suggestions_as_you_type(backend: SearchBackend) -> None:
    debt = backend.suggest("deb")
    assert debt[0].text == "Debt advice" and debt[0].kind == "category"
    assert debt[0].id == "debt-advice"
    service = next(s for s in debt if s.kind == "service")
    assert service.text == "Debt advice (Citizens Advice Harrow)"
    assert service.id == "m-cab-harrow"
    doctor = backend.suggest("doc")
    assert any(s.text == "doctor" and s.kind == "synonym" for s in doctor)
    assert [s.text for s in backend.suggest("silver su")] == [
        "Silver Surfers computer classes (Age UK Harrow)"
    ]
    assert len(backend.suggest("a", limit=3)) <= 3


def test_suggestions_survive_typos_and_nonsense(backend: SearchBackend) -> None:
    assert any(s.text.lower().startswith("riding") for s in backend.suggest("ridding"))
    assert backend.suggest("") == []
    assert backend.suggest("   ") == []
    assert backend.suggest('"*(NEAR) -') == []
    assert backend.suggest("x" * 1000) == []


@pytest.mark.parametrize(
    "text",
    ['"', "*", "NEAR", "debt NEAR advice", "-debt", "debt*", "(debt", "name:debt", "^debt",
     "debt AND", "OR", "' OR 1=1 --", "\x00", "🙂", "x" * 200, "a b c d e f g h i j"],
)  # fmt: skip
def test_query_syntax_characters_are_just_text(backend: SearchBackend, text: str) -> None:
    page = search(backend, text=text)
    assert page.total >= 0
    assert all("<" not in h.snippet for h in page.results)


def test_empty_query_browses_alphabetically(backend: SearchBackend) -> None:
    page = search(backend, per_page=3)
    assert page.total == INDEXED
    names = [h.name for h in page.results]
    assert names == sorted(names, key=str.lower)


def test_bad_input_is_refused_clearly(backend: SearchBackend) -> None:
    with pytest.raises(QueryError, match="does not exist"):
        search(backend, text="debt", postcode="ZZ9 9ZZ")
    with pytest.raises(QueryError, match="not a UK postcode"):
        search(backend, text="debt", postcode="hello")
    with pytest.raises(QueryError, match="lat and lon"):
        search(backend, text="debt", lat=51.5)
    for bad in ({"radius_km": 0}, {"radius_km": -1}, {"text": "x" * 1000}, {"page": 0}):
        with pytest.raises(ValidationError):
            SearchQuery(**bad)  # type: ignore[arg-type]


def test_huge_radius_and_coordinates(backend: SearchBackend) -> None:
    page = search(backend, text="debt", lat=51.58, lon=-0.33, radius_km=1000)
    assert page.total == 2
    assert page.origin is not None and page.origin["precision"] == "point"
