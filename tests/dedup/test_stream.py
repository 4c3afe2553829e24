"""The streamed dedup (records read twice, merged services handed to a sink) gives exactly what
the in-memory one gives, and says so when its reader is not repeatable."""

from __future__ import annotations

import random

import pytest

from index.dedup import deduplicate, deduplicate_stream
from index.model import MergedService
from samples.truth import load_truth
from tests.dedup.sample_records import sample_records


def test_stream_and_list_give_the_same_clusters_and_merged_services() -> None:
    records, _labels = sample_records(load_truth())
    random.Random(5).shuffle(records)
    in_memory = deduplicate(records)
    out: list[MergedService] = []
    streamed = deduplicate_stream(lambda: iter(records), out.append)
    assert streamed.membership == in_memory.membership
    assert streamed.merged == len(out) == len(in_memory.merged)
    by_id = {m.id: m.model_dump() for m in in_memory.merged}
    assert {m.id: m.model_dump() for m in out} == by_id


def test_a_reader_that_changes_between_passes_is_an_error() -> None:
    records, _labels = sample_records(load_truth())
    calls = iter([records, records[:-3]])
    with pytest.raises(RuntimeError, match="different records"):
        deduplicate_stream(lambda: next(calls), lambda _m: None)
