"""The dedup run counts the shared keys while blocking (``candidate_pairs``) instead of in
``Frequencies.build``: both must give the same frequencies, so every score is the same."""

from __future__ import annotations

import pytest

from index.dedup.blocking import candidate_pairs
from index.dedup.comparable import Comparable, comparable_from_record
from index.dedup.frequencies import Frequencies, shared_keys
from index.model import SourceRecord
from samples.truth import load_truth
from tests.dedup.sample_records import sample_records


def _counted_while_blocking(
    records: list[SourceRecord],
) -> tuple[list[Comparable], Frequencies, Frequencies]:
    comparables = sorted((comparable_from_record(r) for r in records), key=lambda c: c.id)
    built = Frequencies.build(comparables)
    fused = Frequencies.of_tokens(comparables)
    candidate_pairs(comparables, fused)
    return comparables, built, fused


def _assert_same(comparables: list[Comparable], built: Frequencies, fused: Frequencies) -> None:
    assert fused == built
    assert fused.idf_table == built.idf_table
    keys = {key for c in comparables for key in shared_keys(c)}
    shared = [key for key in keys if built.sharing(key) > 1]
    assert shared, "the set has no shared keys: nothing was compared"
    for key in keys:
        assert fused.sharing(key) == built.sharing(key)


def test_the_sample_world_counts_the_same_either_way() -> None:
    records, _labels = sample_records(load_truth())
    _assert_same(*_counted_while_blocking(records))


def test_the_synthetic_set_counts_the_same_either_way(synthetic: list[SourceRecord]) -> None:
    _assert_same(*_counted_while_blocking(synthetic))


@pytest.mark.parametrize("twice", [False, True])
def test_blocking_on_built_frequencies_changes_nothing(
    synthetic: list[SourceRecord], twice: bool
) -> None:
    comparables = sorted((comparable_from_record(r) for r in synthetic), key=lambda c: c.id)
    built = Frequencies.build(comparables)
    again = Frequencies.build(comparables)
    candidate_pairs(comparables, again)
    if twice:
        candidate_pairs(comparables, again)
    assert again == built
