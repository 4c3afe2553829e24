"""Blocking finds its blocks by sorting hashed keys (``blocking.py``): it must give exactly
the candidates and the shared-key counts that grouping the key strings themselves gives,
written here the plain way."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.dedup import blocking
from index.dedup.blocking import blocking_keys, candidate_pairs, place_key
from index.dedup.comparable import Comparable, comparable_from_record
from index.dedup.frequencies import Frequencies, shared_keys
from index.model import SourceRecord
from samples.truth import load_truth
from tests.dedup.sample_records import sample_records


def _reference(comparables: Sequence[Comparable], freq: Frequencies) -> set[tuple[int, int]]:
    """The candidates by the definition: records sharing a key string form a block; a block
    of up to ``MAX_FULL_BLOCK`` (``NAME_FULL_BLOCK`` for a name or a rare word) gives every
    pair, a larger one each member with the next ``WINDOW - 1`` in name order (in place order
    for a name or a rare word); and every record with its next ``GLOBAL_WINDOW - 1`` in name
    order over all."""
    holders: dict[str, list[int]] = {}
    for i, c in enumerate(comparables):
        for key in dict.fromkeys(blocking_keys(c, freq)):
            holders.setdefault(key, []).append(i)

    def name_order(i: int) -> tuple[object, ...]:
        c = comparables[i]
        return c.name_key, place_key(c), c.id

    def place_order(i: int) -> tuple[object, ...]:
        c = comparables[i]
        return place_key(c), c.name_key, c.id

    def window(members: list[int], size: int) -> set[tuple[int, int]]:
        return {
            (min(a, b), max(a, b))
            for pos, a in enumerate(members)
            for b in members[pos + 1 : pos + size]
        }

    pairs: set[tuple[int, int]] = set()
    for key, members in holders.items():
        named = key.startswith(("n:", "t:"))
        if len(members) > (blocking.NAME_FULL_BLOCK if named else blocking.MAX_FULL_BLOCK):
            order = place_order if named else name_order
            pairs |= window(sorted(members, key=order), blocking.WINDOW)
        else:
            pairs |= {(a, b) for pos, a in enumerate(members) for b in members[pos + 1 :]}
    pairs |= window(sorted(range(len(comparables)), key=name_order), blocking.GLOBAL_WINDOW)
    return pairs


def _shared_counts(comparables: Sequence[Comparable]) -> Frequencies:
    holders: dict[str, list[int]] = {}
    for i, c in enumerate(comparables):
        for key in dict.fromkeys(shared_keys(c)):
            holders.setdefault(key, []).append(i)
    freq = Frequencies.of_tokens(comparables)
    for key, held in holders.items():
        if len(held) > 1:
            freq.add_sharing(comparables, key, held)
    return freq


def _comparables(records: list[SourceRecord]) -> list[Comparable]:
    return sorted((comparable_from_record(r) for r in records), key=lambda c: c.id)


@pytest.fixture(scope="module")
def world() -> list[Comparable]:
    records, _labels = sample_records(load_truth())
    return _comparables(records)


def _check(comparables: list[Comparable]) -> None:
    freq = Frequencies.of_tokens(comparables)
    found = candidate_pairs(comparables, freq)
    got = set(zip(found.left.tolist(), found.right.tolist(), strict=True))
    assert len(got) == len(found), "a pair was given twice"
    assert got == _reference(comparables, Frequencies.of_tokens(comparables))
    assert all(i < j for i, j in got)
    assert freq == _shared_counts(comparables)


def test_the_sample_world_blocks_as_the_key_strings_do(world: list[Comparable]) -> None:
    _check(world)


def test_the_synthetic_set_blocks_as_the_key_strings_do(synthetic: list[SourceRecord]) -> None:
    _check(_comparables(synthetic))


def test_a_set_not_in_id_order_blocks_as_the_key_strings_do(world: list[Comparable]) -> None:
    """Name-order ties are broken by id, whatever order the records come in."""
    _check(world[::-1])


@settings(max_examples=60, deadline=None)
@given(
    data=st.data(),
    full=st.integers(1, 6),
    name_full=st.integers(1, 6),
    window=st.integers(2, 5),
    global_window=st.integers(2, 4),
)
def test_any_subset_blocks_as_the_key_strings_do(
    world: list[Comparable],
    data: st.DataObject,
    full: int,
    name_full: int,
    window: int,
    global_window: int,
) -> None:
    """Small blocks and windows (so large blocks are windowed), any subset of the world, a
    record listed twice over (one key held twice by one record counts it once)."""
    picked = sorted(
        set(data.draw(st.lists(st.integers(0, len(world) - 1), max_size=120))),
    )
    comparables = [world[i] for i in picked]
    if comparables:
        comparables[0] = dataclasses.replace(comparables[0], phones=comparables[0].phones * 2)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(blocking, "MAX_FULL_BLOCK", full)
        patch.setattr(blocking, "NAME_FULL_BLOCK", name_full)
        patch.setattr(blocking, "WINDOW", window)
        patch.setattr(blocking, "GLOBAL_WINDOW", global_window)
        _check(comparables)


def test_no_records_no_candidates() -> None:
    found = candidate_pairs([], Frequencies.of_tokens([]))
    assert len(found) == 0 and found.blocks == 0 and found.largest_block == 0
    assert found.left.dtype == np.int64
