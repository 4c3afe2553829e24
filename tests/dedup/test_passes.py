"""The streamed dedup's first pass in forked workers (``crew.py``, ``passes.py``) gives exactly
what one process gives; a failing or dying worker is a clear error; pass two holds ``read()``
to the same records in the same order."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.dedup import deduplicate, deduplicate_stream
from index.dedup.comparable import Comparable, Locator, NamedPlace, PostcodePlace
from index.dedup.crew import Crew, CrewError
from index.dedup.names import name_tokens
from index.dedup.parallel import BLOCK_PAIRS, even_blocks
from index.dedup.passes import DIFFERENT_RECORDS, comparables_in_memory, first_pass
from index.dedup.plain import Readable, comparable_of
from index.model import MergedService, SourceRecord
from index.store import Store
from index.store.merged import MergedRow, merged_row
from tests.dedup.conftest import needs_fork


def _lines(records: list[SourceRecord]) -> list[bytes]:
    return [r.model_dump_json().encode() for r in records]


def _with_repeats(records: list[SourceRecord]) -> list[SourceRecord]:
    """Every 7th record read twice, the copy later on (a store export can repeat a listing):
    the first copy is the one taken, whatever worker reads the second."""
    repeated = list(records)
    for n in range(0, len(records), 7):
        repeated.insert(min(len(repeated), n + 2_500), records[n])
    return repeated


@needs_fork
@pytest.mark.parametrize("workers", [2, 3])
def test_first_pass_in_workers_equals_one_process(
    synthetic: list[SourceRecord], forks: list[str], workers: int
) -> None:
    lines = _lines(_with_repeats(synthetic))
    one = first_pass(iter(lines), None, 1)
    assert forks == []
    many = first_pass(iter(lines), None, workers)
    assert forks == ["fork"]
    assert many.comparables == one.comparables
    assert many.index_at == one.index_at
    assert len(many.comparables) == len(synthetic)
    assert list(many.index_at).count(-1) == len(lines) - len(synthetic)


def _one_by_one(records: list[SourceRecord] | list[bytes], locate: Locator) -> list[Comparable]:
    """The reference: each record's comparable form built in this process, the gazetteer
    consulted while it is built (``comparable_from_fields``), sorted by id."""
    items: list[Readable] = list(records)
    return sorted((comparable_of(item, locate) for item in items), key=lambda c: c.id)


def _some_without_coordinates(records: list[SourceRecord]) -> list[SourceRecord]:
    """Every fifth listing without coordinates, so that the gazetteer places it by postcode."""
    out = []
    for n, record in enumerate(records):
        if n % 5 == 0:
            locations = [
                loc.model_copy(update={"latitude": None, "longitude": None})
                for loc in record.service.locations
            ]
            service = record.service.model_copy(update={"locations": locations})
            record = record.model_copy(update={"service": service})
        out.append(record)
    return out


@needs_fork
@pytest.mark.parametrize("workers", [2, 3])
def test_comparables_of_records_in_memory_in_workers_equal_one_process(
    synthetic: list[SourceRecord], forks: list[str], workers: int
) -> None:
    def locate(postcode: str) -> PostcodePlace:
        return PostcodePlace(51.5, -0.1 - len(postcode) / 1000, f"Borough {postcode[:2]}")

    unplaced = _some_without_coordinates(synthetic)
    for records in (unplaced, _lines(unplaced)):
        many = comparables_in_memory(records, locate, workers)
        assert many == _one_by_one(records, locate)
        assert many == comparables_in_memory(records, locate, 1)
        unplaced_ids = {
            c.id for c in comparables_in_memory(records, None, 1) if c.point is None and c.postcodes
        }
        assert len(unplaced_ids) > len(synthetic) // 10
        assert {c.id for c in many if c.point and c.point[0] == 51.5} == unplaced_ids
        # Every listing with a postcode takes the postcode's borough, placed or not.
        assert all(
            c.borough == f"borough {c.postcodes[0][:2]}".lower() for c in many if c.postcodes
        )
    assert forks == ["fork", "fork"]


@needs_fork
def test_places_named_in_names_are_read_alike_in_workers_and_one_by_one(
    synthetic: list[SourceRecord],
) -> None:
    """A locator that knows London's places (``named_places``): the words of a place a name
    names, and near the listing its context, come out the same built one by one with the
    locator as placed after the workers built them without it."""

    def locate(postcode: str) -> PostcodePlace:
        return PostcodePlace(51.5, -0.1 - len(postcode) / 1000, f"Borough {postcode[:2]}")

    firsts = {r.service.name.split()[0] for r in synthetic[:200]}
    places: dict[str, list[NamedPlace]] = {}
    for word in firsts:
        words = name_tokens(word)
        if words:
            places.setdefault(words[0], []).append(NamedPlace(words, 51.5, -0.1))
    locate.named_places = places  # type: ignore[attr-defined]
    unplaced = _some_without_coordinates(synthetic)
    for records in (unplaced, _lines(unplaced)):
        many = comparables_in_memory(records, locate, 2)
        assert many == _one_by_one(records, locate)
        named = [c for c in many if c.places_named]
        near = [c for c in named if set(c.places_named) <= set(c.context)]
        assert len(named) > len(near) > 10


@needs_fork
def test_streamed_dedup_gives_the_same_result_for_any_number_of_workers(
    synthetic: list[SourceRecord], forks: list[str]
) -> None:
    lines = _lines(_with_repeats(synthetic))
    results = {}
    for workers in (1, 2):
        merged: list[MergedService] = []
        result = deduplicate_stream(lambda: iter(lines), merged.append, workers=workers)
        results[workers] = (result.membership, [m.model_dump() for m in merged])
    assert "fork" in forks
    assert results[1] == results[2]
    assert len(results[1][0]) == len(synthetic)


def _fails_on_garbage(share: list[bytes]) -> int:
    if b"garbage" in share:
        raise ValueError("a garbage line")
    return len(share)


def _dies(share: list[int]) -> int:
    if share == [13]:
        os._exit(3)
    return sum(share)


@needs_fork
def test_a_worker_that_raises_is_raised_with_its_traceback(forks: list[str]) -> None:
    with Crew(_fails_on_garbage, 2) as crew:
        assert crew.size == 2
        assert crew.round([[b"a"], [b"b", b"c"]]) == [1, 2]
        with pytest.raises(CrewError, match="ValueError: a garbage line"):
            crew.round([[b"a"], [b"garbage"]])


def _sum(share: list[int]) -> int:
    return sum(share)


@needs_fork
def test_rounds_hand_back_every_rounds_results_in_order(forks: list[str]) -> None:
    """The next round's shares go out before this round's results are handed on: the results
    are still each round's, in the order of its shares, however uneven the shares."""
    batches = [[list(range(k)), list(range(k, 3 * k + 1))] for k in range(60)]
    with Crew(_sum, 2) as crew:
        assert list(crew.rounds(iter(batches))) == [[_sum(a), _sum(b)] for a, b in batches]
        assert list(crew.rounds([])) == []
        assert crew.round([[1, 2], [3]]) == [3, 3]  # the crew still serves after rounds


def _batches_failing_after(rounds: int) -> Iterator[list[list[int]]]:
    for k in range(rounds):
        yield [[k], [k, 1]]
    raise OSError("the source went away")


@needs_fork
def test_a_reader_failing_between_rounds_stops_the_crew_with_its_error(
    forks: list[str],
) -> None:
    """The next batch is read while the children work: its error is raised, and the crew's
    children, one of them holding a round's result, are stopped on the way out."""
    seen: list[list[int]] = []
    with pytest.raises(OSError, match="went away"), Crew(_sum, 2) as crew:
        process = crew.children[0][0]
        for results in crew.rounds(_batches_failing_after(3)):
            seen.append(results)
    assert seen == [[0, 1], [1, 2]]
    assert crew.children == []
    assert process.exitcode == 0


@needs_fork
def test_a_worker_that_dies_is_reported(forks: list[str]) -> None:
    with Crew(_dies, 2) as crew, pytest.raises(CrewError, match="died"):
        crew.round([[1], [13]])


@needs_fork
def test_a_malformed_line_in_a_workers_share_stops_the_run_with_the_parse_error(
    synthetic: list[SourceRecord], forks: list[str]
) -> None:
    lines = _lines(synthetic)
    lines[-1] = b'{"source_id": "x", "listing_key"'  # cut short: in the child's share
    with pytest.raises(CrewError, match="JSONDecodeError"):
        first_pass(iter(lines), None, 2)


def test_a_crew_that_cannot_fork_is_this_process_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import index.dedup.parallel as parallel

    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    with Crew(_fails_on_garbage, 4) as crew:
        assert crew.size == 1
        assert crew.round([[b"a", b"b"]]) == [2]
        with pytest.raises(ValueError, match="2 shares for a crew of 1"):
            crew.round([[b"a"], [b"b"]])


def test_a_reader_that_reorders_its_records_between_passes_is_an_error(
    synthetic: list[SourceRecord],
) -> None:
    lines = _lines(synthetic[:200])
    calls = iter([lines, list(reversed(lines))])
    with pytest.raises(RuntimeError, match=re.escape(DIFFERENT_RECORDS)):
        deduplicate_stream(lambda: next(calls), lambda _m: None, workers=1)


def test_a_reader_that_yields_more_records_the_second_time_is_an_error(
    synthetic: list[SourceRecord],
) -> None:
    lines = _lines(synthetic[:200])
    calls = iter([lines, [*lines, lines[0]]])
    with pytest.raises(RuntimeError, match="different records"):
        deduplicate_stream(lambda: next(calls), lambda _m: None, workers=1)


def _by_id(rows: list[MergedRow]) -> list[MergedRow]:
    return sorted(rows, key=lambda r: r.id)


@needs_fork
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_streamed_rows_merged_in_workers_are_the_rows_of_the_one_process_models(
    synthetic: list[SourceRecord], forks: list[str], workers: int
) -> None:
    """Merging in a crew, each worker serialising what it merges, gives the store exactly the
    rows of the merged models one process makes (in another order: by worker and round)."""
    lines = _lines(_with_repeats(synthetic))
    models: list[MergedService] = []
    reference = deduplicate_stream(lambda: iter(lines), models.append, workers=1)
    rows: list[MergedRow] = []
    result = deduplicate_stream(
        lambda: iter(lines), rows.append, workers=workers, serialise=merged_row
    )
    assert result.membership == reference.membership
    assert result.merged == len(rows) == len(models)
    assert _by_id(rows) == _by_id([merged_row(m) for m in models])
    assert any(len(r.member_ids) > 1 for r in rows)
    # Pass one and the merging fork, and scoring too when its candidates make several blocks.
    scoring_forks = len(even_blocks(result.stats.candidate_pairs, workers, BLOCK_PAIRS)) > 1
    assert forks == (["fork"] * (3 if scoring_forks else 2) if workers > 1 else [])


@needs_fork
def test_a_reader_that_reorders_its_records_is_an_error_in_a_merging_worker_too(
    synthetic: list[SourceRecord], forks: list[str]
) -> None:
    lines = _lines(synthetic[:600])
    calls = iter([lines, list(reversed(lines))])
    with pytest.raises(RuntimeError, match=re.escape(DIFFERENT_RECORDS)):
        deduplicate_stream(lambda: next(calls), lambda _r: None, workers=2, serialise=merged_row)


def test_the_streamed_dedup_writes_the_store_the_view_the_in_memory_dedup_gives(
    synthetic: list[SourceRecord], tmp_path: Path
) -> None:
    """Rows from the streamed dedup, written through the store's writer, read back as the
    merged services ``deduplicate`` makes of the same records; a dedup that fails while
    writing leaves the previous view whole."""
    records = synthetic[:1500]
    lines = _lines(records)
    expected = sorted(deduplicate(records).merged, key=lambda m: m.id)
    with Store(tmp_path / "s.db") as store:
        with store.merged_writer() as write:
            deduplicate_stream(lambda: iter(lines), write, serialise=merged_row)
        back = list(store.iter_merged())
        assert [m.model_dump() for m in back] == [m.model_dump() for m in expected]
        store.replace_merged(expected)
        assert [m.model_dump() for m in store.iter_merged()] == [m.model_dump() for m in back]

        calls = iter([lines, list(reversed(lines))])
        with pytest.raises(RuntimeError), store.merged_writer() as write:
            deduplicate_stream(lambda: next(calls), write, serialise=merged_row, workers=1)
        assert [m.model_dump() for m in store.iter_merged()] == [m.model_dump() for m in back]


def _large_unless_first(share: int) -> bytes:
    if share == 0:
        raise KeyError("this process's own share failed")
    return bytes([share]) * 1_000_000  # far more than a pipe holds


@needs_fork
def test_a_child_handing_back_a_large_result_is_stopped_when_the_parent_fails(
    forks: list[str],
) -> None:
    """A child blocked handing back more than a pipe holds gets a broken pipe as soon as the
    parent, failing in its own share, leaves the crew: the fork gave it no copy of the parent's
    end to keep the pipe open (else it would wait until killed)."""
    with Crew(_large_unless_first, 2) as crew:
        assert crew.round([1, 2]) == [_large_unless_first(1), _large_unless_first(2)]
    with pytest.raises(KeyError), Crew(_large_unless_first, 2) as crew:
        process = crew.children[0][0]
        crew.round([0, 3])
    assert crew.children == []
    assert process.exitcode == 0  # it left on the broken pipe, not terminated after a wait
