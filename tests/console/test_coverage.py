"""Coverage: the category × borough matrix, the gap rule, stale listings and the CSV exports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from index.coverage import (
    borough_key,
    coverage_matrix,
    matrix_csv,
    stale_csv,
    stale_listings,
)
from index.model import Location, MergedService, Service
from tests.console.directory import NOW, ConsoleDirectory


def _service(sid: str, name: str, borough: str | None, categories: list[str], **kw: object):
    locations = [Location(borough=borough)] if borough else []
    service = Service(id=sid, name=name, categories=categories, locations=locations, **kw)  # type: ignore[arg-type]
    return MergedService(id=sid, service=service, member_ids=[f"r-{sid}"], source_ids=["src"])


def _boroughs(directory: ConsoleDirectory) -> dict[str, str | None]:
    return {s["id"]: s["borough"] for s in directory.store.list_sources()}


def test_the_matrix_counts_live_services_and_marks_the_missing_borough(
    directory: ConsoleDirectory,
) -> None:
    m = coverage_matrix(directory.store.iter_merged(), source_boroughs=_boroughs(directory))
    assert m.boroughs == ["Bexley", "Brent", "Ealing", "Harrow"]
    assert [m.count("stop-smoking", b) for b in m.boroughs] == [0, 1, 1, 1]
    # Stop smoking is in 3 of 4 boroughs: Bexley's 0 is a gap. Debt advice (Bexley only) and
    # food banks (Harrow only) are in too few boroughs for their zeros to mean anything.
    assert m.gaps == {("stop-smoking", "Bexley")}
    assert m.gap_list() == [("stop-smoking", "Stop smoking", "Bexley", 3)]
    assert m.count("food-banks", "Harrow") == 1  # two listings, one merged service
    assert m.services == directory.store.count_merged()


def test_gap_share_is_a_parameter(directory: ConsoleDirectory) -> None:
    strict = coverage_matrix(
        directory.store.iter_merged(), source_boroughs=_boroughs(directory), gap_share=0.75
    )
    assert strict.gaps == set()  # 3 of 4 is not more than 75 %


def test_top_level_rolls_categories_up() -> None:
    services = [
        _service("a", "Stop smoking clinic", "Harrow", ["Stop smoking"]),
        _service("b", "Sexual health clinic", "Harrow", ["Sexual health"]),
    ]
    term = coverage_matrix(services, boroughs=["Harrow"])
    top = coverage_matrix(services, boroughs=["Harrow"], level="top")
    assert {t for t, _ in term.categories} == {"stop-smoking", "sexual-health"}
    assert [t for t, _ in top.categories] == ["health"]
    assert top.count("health", "Harrow") == 2  # one count per service, not per term


def test_boroughs_are_matched_across_spellings_and_closed_services_do_not_count() -> None:
    services = [
        _service("a", "Lunch club", "Kensington & Chelsea", ["Lunch clubs"]),
        _service("b", "Lunch club two", "Royal Borough of Kensington and Chelsea", ["Lunch clubs"]),
        _service(
            "c", "Old lunch club", "Kensington and Chelsea", ["Lunch clubs"], status="defunct"
        ),
        _service("d", "Lunch club three", None, ["Lunch clubs"]),
    ]
    m = coverage_matrix(services, boroughs=["Kensington and Chelsea"])
    assert m.boroughs == ["Kensington and Chelsea"]
    assert m.count("lunch-clubs", "Kensington and Chelsea") == 2
    assert (m.services, m.without_borough) == (3, 1)
    assert borough_key("London Borough of Harrow") == borough_key("harrow") == "harrow"


def test_matrix_csv_has_every_borough_and_marks_gaps(directory: ConsoleDirectory) -> None:
    m = coverage_matrix(directory.store.iter_merged(), source_boroughs=_boroughs(directory))
    rows = list(csv.reader(io.StringIO(matrix_csv(m))))
    assert rows[0] == ["category_id", "category", "Bexley", "Brent", "Ealing", "Harrow",
                       "boroughs_with", "total"]  # fmt: skip
    smoking = next(r for r in rows if r[0] == "stop-smoking")
    assert smoking[2:] == ["0 (gap)", "1", "1", "1", "3", "3"]


def test_stale_listings_use_the_sources_date_else_our_own(directory: ConsoleDirectory) -> None:
    store = directory.store
    (stale,) = stale_listings(store, months=12, now=NOW)
    assert (stale.name, stale.basis, stale.boroughs) == (
        "Bexley Debt Advice",
        "source",
        ("Bexley",),
    )
    assert stale.last_change == datetime(2023, 1, 10, tzinfo=UTC) and stale.months == 45
    # Everything else was first seen today: stale only when "today" is years later.
    later = stale_listings(store, months=12, now=datetime(2030, 1, 1, tzinfo=UTC))
    assert {s.basis for s in later} >= {"first seen", "source"}
    assert len(later) == sum(1 for m in store.iter_merged() if m.service.status == "active")
    assert [s.last_change for s in later] == sorted(s.last_change for s in later)


def test_stale_csv_neutralises_spreadsheet_formulas(directory: ConsoleDirectory) -> None:
    (stale,) = stale_listings(directory.store, months=12, now=NOW)
    hostile = stale.__class__(**{**stale.__dict__, "name": '=HYPERLINK("http://x")'})
    rows = list(csv.reader(io.StringIO(stale_csv([hostile]))))
    assert rows[0][:2] == ["service_id", "name"]
    assert rows[1][1] == '\'=HYPERLINK("http://x")'
    assert rows[1][4:] == ["2023-01-10", "source", "45"]
