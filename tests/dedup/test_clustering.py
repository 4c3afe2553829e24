"""Clustering guards and curator overrides."""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.dedup import deduplicate
from index.dedup.clustering import Clusterer, Edge
from index.dedup.comparable import comparable_from_record
from index.dedup.scoring import Thresholds
from tests.dedup.records import listing

LINK_5 = Thresholds(link=5.0)
"""The scenarios below are written for a link threshold of 5."""


def _items(n: int, sources: str = "abcdefgh"):  # type: ignore[no-untyped-def]
    return [
        comparable_from_record(listing(f"src-{sources[i]}", str(i), f"Service {i}"))
        for i in range(n)
    ]


def _scores(table: dict[tuple[int, int], float]):  # type: ignore[no-untyped-def]
    def pair_total(i: int, j: int) -> tuple[float, bool]:
        total = table.get((min(i, j), max(i, j)), -10.0)
        return total, total >= 9

    return pair_total


def _sets(clusters: list[list[int]]) -> set[frozenset[int]]:
    return {frozenset(c) for c in clusters}


def _edges(table: dict[tuple[int, int], float]) -> list[Edge]:
    return [Edge(i, j, t) for (i, j), t in table.items() if t >= 9]


def test_a_chain_through_a_middle_record_is_not_followed() -> None:
    # 0≈1 and 1≈2 but 0 and 2 are plainly different: 2 must not join 0 and 1.
    table = {(0, 1): 20.0, (1, 2): 12.0, (0, 2): -12.0}
    clusterer = Clusterer(_items(3), _scores(table), thresholds=LINK_5)
    assert _sets(clusterer.cluster(_edges(table))) == {frozenset({0, 1}), frozenset({2})}
    assert clusterer.stats.refused_linkage == 1


def test_members_not_similar_to_the_centre_are_split_off() -> None:
    # 0, 1, 4 are one tight service; 2 is close to them; 3 is close only to 2. Each join looks
    # fine on average, but 3 is unlike the centre and must be split off.
    table = {
        (0, 1): 30.0,
        (0, 4): 30.0,
        (1, 4): 30.0,
        (0, 2): 12.0,
        (1, 2): 12.0,
        (2, 4): 12.0,
        (2, 3): 25.0,
        (0, 3): -2.0,
        (1, 3): -2.0,
        (3, 4): -2.0,
    }
    clusterer = Clusterer(_items(5), _scores(table), thresholds=LINK_5)
    clusters = clusterer.cluster(_edges(table))
    assert _sets(clusters) == {frozenset({0, 1, 2, 4}), frozenset({3})}
    assert clusterer.stats.centre_splits == 1


def test_two_records_of_one_source_are_kept_apart_unless_near_identical() -> None:
    items = _items(3, sources="aab")  # 0 and 1 come from the same source
    table = {(0, 2): 20.0, (1, 2): 19.0, (0, 1): 10.0}

    def pair_total(i: int, j: int) -> tuple[float, bool]:
        total = table[(min(i, j), max(i, j))]
        return total, (i, j) != (0, 1) and (j, i) != (0, 1)

    clusterer = Clusterer(items, pair_total)
    assert _sets(clusterer.cluster(_edges(table))) == {frozenset({0, 2}), frozenset({1})}
    assert clusterer.stats.refused_same_source >= 1


def test_must_link_and_cannot_link_are_obeyed() -> None:
    a = listing("careplace", "1", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    b = listing("oruk", "a", "Harrow Carers", postcode="HA1 1AA", phones=("020 8000 0001",))
    c = listing("fid", "x", "Knit and Natter", postcode="HA3 0AA")
    assert deduplicate([a, b, c]).membership[a.id] != deduplicate([a, b, c]).membership[c.id]

    unlinked = deduplicate([a, b, c], overrides=[{"a": a.id, "b": b.id, "kind": "cannot-link"}])
    assert unlinked.membership[a.id] != unlinked.membership[b.id]

    linked = deduplicate([a, b, c], overrides=[{"a": c.id, "b": a.id, "kind": "must-link"}])
    assert linked.membership[a.id] == linked.membership[b.id] == linked.membership[c.id]


def test_conflicting_overrides_keep_the_cannot_link_and_say_so() -> None:
    a = listing("careplace", "1", "Harrow Carers")
    b = listing("oruk", "a", "Harrow Young Carers")
    c = listing("fid", "x", "Brent Carers")
    overrides = [
        {"a": a.id, "b": b.id, "kind": "must-link"},
        {"a": b.id, "b": c.id, "kind": "must-link"},
        {"a": a.id, "b": c.id, "kind": "cannot-link"},
    ]
    result = deduplicate([a, b, c], overrides=overrides)
    assert result.membership[a.id] != result.membership[c.id]
    assert len(result.stats.clustering.override_conflicts) == 1
    assert "cannot-link" in result.stats.clustering.override_conflicts[0]


def test_overrides_naming_records_not_in_the_input_are_ignored() -> None:
    a = listing("careplace", "1", "Harrow Carers")
    result = deduplicate([a], overrides=[{"a": a.id, "b": "r-gone", "kind": "must-link"}])
    assert result.stats.overrides_ignored == 1
    assert len(result.merged) == 1


class _GeneralPaths(Clusterer):
    """The clusterer without its shortcuts: every join checked as groups, their mean linkage
    taken by units, ties ranked by id strings. The shortcuts must give the same clusters and
    the same counts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._rank = lambda i: self.items[i].id

    def _refuse(self, xs: list[int], ys: list[int]) -> bool:
        return self._refuse_groups(xs, ys)

    def _mean_linkage(self, xs: list[int], ys: list[int]) -> float:
        return self._unit_linkage(xs, ys)


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(2, 9),
    data=st.data(),
    sources=st.text(alphabet="abc", min_size=9, max_size=9),
)
def test_the_shortcuts_cluster_as_the_general_paths_do(
    n: int, data: st.DataObject, sources: str
) -> None:
    """Random score tables (ties included), records of one source or several, with and
    without curator overrides: ``remember_all`` with the lone-pair and index-order shortcuts
    gives what ``remember`` pair by pair and the general checks give."""
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    totals = data.draw(
        st.lists(
            st.sampled_from([-12.0, -2.0, 4.0, 9.0, 12.0, 12.0, 25.0, 30.0]),
            min_size=len(pairs),
            max_size=len(pairs),
        )
    )
    table = dict(zip(pairs, totals, strict=True))
    must = data.draw(st.lists(st.sampled_from(pairs), max_size=2))
    cannot = data.draw(st.lists(st.sampled_from(pairs), max_size=2))
    # Sorted by id, as a dedup run's are: the index-order shortcut applies.
    items = sorted(_items(n, sources=sources), key=lambda c: c.id)
    scored = [p for p in pairs if data.draw(st.booleans(), label=f"scored {p}")]

    fast = Clusterer(items, _scores(table), must, cannot, LINK_5)
    edges = fast.remember_all(
        np.array([i for i, _ in scored], dtype=np.int64),
        np.array([j for _, j in scored], dtype=np.int64),
        np.array([table[p] for p in scored]),
        np.array([table[p] >= 9 for p in scored], dtype=bool),
    )
    general = _GeneralPaths(items, _scores(table), must, cannot, LINK_5)
    for i, j in scored:
        general.remember(i, j, table[(i, j)], table[(i, j)] >= 9)
    assert edges == [Edge(i, j, table[(i, j)]) for i, j in scored if table[(i, j)] >= 9]
    assert fast._rank is not general._rank
    assert fast.cluster(edges) == general.cluster(list(edges))
    assert fast.stats == general.stats
