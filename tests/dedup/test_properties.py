"""Properties of the scoring over the whole sample world: the batch path (dedup) and the scalar
path (clustering checks, the review queue, explain-match) give every candidate pair the same
numbers, and a pair scores the same whichever listing comes first."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.dedup.blocking import candidate_pairs
from index.dedup.comparable import Comparable, comparable_from_record
from index.dedup.frequencies import Frequencies
from index.dedup.scoring import score_candidates, score_pair
from samples.truth import load_truth
from tests.dedup.sample_records import sample_records


@pytest.fixture(scope="module")
def world() -> tuple[list[Comparable], Frequencies]:
    records, _labels = sample_records(load_truth())
    comparables = sorted((comparable_from_record(r) for r in records), key=lambda c: c.id)
    return comparables, Frequencies.build(comparables)


def test_batch_and_scalar_scores_agree_on_every_candidate_pair(world) -> None:  # type: ignore[no-untyped-def]
    comparables, freq = world
    candidates = candidate_pairs(comparables, freq)
    scored = score_candidates(comparables, freq, candidates.left, candidates.right)
    assert len(scored.left) > 5000
    for i, j, total, match in zip(
        scored.left, scored.right, scored.totals, scored.matches, strict=True
    ):
        scalar = score_pair(comparables[i], comparables[j], freq)
        assert (scalar.total, scalar.match) == (total, match), (
            comparables[i].id,
            comparables[j].id,
        )


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_pair_scores_the_same_either_way_round(world, data) -> None:  # type: ignore[no-untyped-def]
    comparables, freq = world
    i = data.draw(st.integers(0, len(comparables) - 1))
    j = data.draw(st.integers(0, len(comparables) - 1))
    ab = score_pair(comparables[i], comparables[j], freq)
    ba = score_pair(comparables[j], comparables[i], freq)
    assert ab.total == ba.total and ab.match == ba.match
    assert [f.level for f in ab.fields] == [f.level for f in ba.fields]
