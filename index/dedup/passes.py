"""The streamed dedup's two reading passes.

Pass one builds every record's comparable form, shared with forked workers (``crew.py``): the
parent reads the records and deals them out in rounds, each worker (the parent too) takes a run
of them and hands back their comparables as plain tuples. It was a third of the step's time in
one process, and a second core halves it (the same result for any number of workers; tested).
``comparables_in_memory`` is the same pass for records already in memory (``deduplicate``):
the workers read them from the memory they share with the parent.

Pass two validates every record and merges each cluster as soon as its last member has been
read. Merged models stay in this process: one costs about as much to pickle and unpickle
(70 µs) as to merge, so sharing the pass did not pay when the sink took models. A sink that
takes them serialised (the store's rows) lets the crew share it: each record goes to the worker
of its cluster, and the rows come back for little more than a copy (100k records, serialising
to rows: 0.87 of the wall time of one process; ``docs/dedup.md``).

Pass one remembers which comparable each position of the reading order gave, so pass two
finds a record's cluster by position and checks only its id: ``read()`` must yield the same
records in the same order both times (``DIFFERENT_RECORDS`` otherwise).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from index.dedup.comparable import (
    Comparable,
    Locator,
    comparable_rows,
    comparables_from_rows,
    place_by_postcode,
)
from index.dedup.crew import Crew
from index.dedup.merge import Member, merge_cluster
from index.dedup.plain import Readable, as_record, comparable_of
from index.model import MergedService, SourceRecord
from index.taxonomy import default_taxonomy

ROUND_ITEMS = 2_000
"""Records per worker per round: enough that a round's messages cost little per record, few
enough that a round's records and results stay a few megabytes."""

DIFFERENT_RECORDS = "read() yielded different records the second time"

T = TypeVar("T")


def _rounds(items: Iterable[T], workers: int, per_worker: int = ROUND_ITEMS) -> Iterator[list[T]]:
    """Runs of ``workers × per_worker`` items (the last one shorter)."""
    batch: list[T] = []
    size = workers * per_worker
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _dealt(batch: list[T], workers: int) -> list[list[T]]:
    """A run split into ``workers`` consecutive shares, as even as can be."""
    step, extra = divmod(len(batch), workers)
    shares, start = [], 0
    for w in range(workers):
        end = start + step + (1 if w < extra else 0)
        shares.append(batch[start:end])
        start = end
    return shares


def _comparables(items: list[Readable]) -> list[Comparable]:
    return [comparable_of(item) for item in items]


@dataclass
class FirstPass:
    comparables: list[Comparable]
    """Sorted by record id, one per distinct id (the first seen)."""
    index_at: array[int]
    """For each position of the reading order, the index of its comparable; -1 where the
    position repeats an id seen before (the first copy is taken)."""


def first_pass(
    records: Iterable[Readable], locate: Locator | None, workers: int | None
) -> FirstPass:
    """Every record's comparable form, built by ``workers`` processes (every core, at most two,
    when None; the same result for any number). The gazetteer's ``locate`` is called here, in
    the parent, for the listings that need it."""
    # Each distinct id's number in the order first seen, and each position's number (-1 for
    # a repeat); the numbers are turned into places in id order at the end, with arrays.
    number_of: dict[str, int] = {}
    firsts: list[Comparable] = []
    number_at = array("q")
    with Crew(_comparables, workers, comparable_rows, comparables_from_rows) as crew:
        batches = (_dealt(batch, crew.size) for batch in _rounds(records, crew.size))
        for shares in crew.rounds(batches):
            for share in shares:
                for comparable in share:
                    number = number_of.setdefault(comparable.id, len(firsts))
                    if number == len(firsts):
                        firsts.append(comparable)
                        number_at.append(number)
                    else:
                        number_at.append(-1)
    in_id_order = [number_of[rid] for rid in sorted(number_of)]
    del number_of
    comparables = [firsts[number] for number in in_id_order]
    del firsts
    index_of_number = np.empty(len(comparables), dtype=np.int64)
    index_of_number[in_id_order] = np.arange(len(comparables))
    numbers = np.frombuffer(number_at, dtype=np.int64)
    index_at = array("q", np.where(numbers < 0, -1, index_of_number[numbers]).tobytes())
    place_by_postcode(comparables, locate)
    return FirstPass(comparables, index_at)


def comparables_in_memory(
    records: Sequence[Readable], locate: Locator | None, workers: int | None
) -> list[Comparable]:
    """The comparable form of records already in memory (distinct ids), sorted by id, built by
    ``workers`` processes: forked workers read the records from the memory they share with the
    parent, so only runs of positions go out and comparables (as tuples) come back."""

    def build(span: tuple[int, int]) -> list[Comparable]:
        return [comparable_of(records[i]) for i in range(*span)]

    n = len(records)
    spans = [(lo, min(lo + ROUND_ITEMS, n)) for lo in range(0, n, ROUND_ITEMS)]
    built: list[Comparable] = []
    with Crew(build, workers, comparable_rows, comparables_from_rows) as crew:
        batches = (
            batch + [(n, n)] * (crew.size - len(batch)) for batch in _rounds(spans, crew.size, 1)
        )
        for shares in crew.rounds(batches):
            for share in shares:
                built.extend(share)
    built.sort(key=lambda c: c.id)
    place_by_postcode(built, locate)
    return built


class _ClusterMerger:
    """Pass two's state in one worker: members wait here until their cluster is complete."""

    def __init__(self, priorities: Mapping[str, int]) -> None:
        self.priorities = priorities
        self.taxonomy = default_taxonomy()
        self.waiting: dict[int, list[Member]] = {}

    def take(
        self, cluster: int, size: int, merged_id: str, record_id: str, item: Readable
    ) -> MergedService | None:
        """Take a member of ``cluster`` (of ``size`` members), read where pass one read
        ``record_id``; the cluster's merged service if this was its last member."""
        record = as_record(item)
        # A record validated here has its id in ``service.id`` already (model_post_init).
        rid = record.id if isinstance(item, SourceRecord) else record.service.id
        if rid != record_id:
            raise RuntimeError(DIFFERENT_RECORDS)
        member = Member.of(record, self.priorities, rid)
        if size == 1:
            return merge_cluster(merged_id, [member], self.taxonomy)
        held = self.waiting.setdefault(cluster, [])
        held.append(member)
        if len(held) < size:
            return None
        del self.waiting[cluster]
        held.sort(key=lambda m: m.id)
        return merge_cluster(merged_id, held, self.taxonomy)


Job = tuple[int, int, str, str, Readable]
"""One record for a merging worker: its cluster, the cluster's size and merged id, the id
pass one read at its position, and the record itself."""


def merge_pass(
    records: Iterable[Readable],
    first: FirstPass,
    clusters: Sequence[Sequence[int]],
    merged_ids: Sequence[str],
    priorities: Mapping[str, int],
    sink: Callable[[Any], None],
    serialise: Callable[[MergedService], Any] | None = None,
    workers: int | None = None,
) -> int:
    """Validate every record and merge its cluster as soon as its last member has been read;
    every merged service goes to ``sink`` (as ``serialise`` makes it, when given) at the end of
    the round that completed it (``ROUND_ITEMS`` records a worker). Returns how many.

    With ``serialise``, the merging is shared by ``workers`` processes (``crew.py``): this one
    reads the records and deals each to the worker of its cluster (cluster number modulo the
    workers), so every cluster is merged whole in one process, and each worker hands back what
    ``serialise`` made of its merged services: rows of text cross a pipe for little more than a
    copy, while a merged model costs as much to pickle as to merge. Without it the models go to
    the sink from this process alone."""
    cluster_at = array("l", bytes(8 * len(first.comparables)))
    for n, members in enumerate(clusters):
        for i in members:
            cluster_at[i] = n
    comparables, index_at = first.comparables, first.index_at
    merger = _ClusterMerger(priorities)

    def merge_share(jobs: list[Job]) -> list[Any]:
        out: list[Any] = []
        for job in jobs:
            merged = merger.take(*job)
            if merged is not None:
                out.append(merged if serialise is None else serialise(merged))
        return out

    def dealt(size: int) -> Iterator[list[list[Job]]]:
        """Each round's jobs, every record with the worker of its cluster."""
        shares: list[list[Job]] = [[] for _ in range(size)]
        pending = 0
        for position, item in enumerate(records):
            if position >= len(index_at):
                raise RuntimeError(DIFFERENT_RECORDS)
            index = index_at[position]
            if index < 0:
                continue  # a repeated id: the first copy was taken
            n = cluster_at[index]
            shares[n % size].append(
                (n, len(clusters[n]), merged_ids[n], comparables[index].id, item)
            )
            pending += 1
            if pending == size * ROUND_ITEMS:
                yield shares
                shares = [[] for _ in range(size)]
                pending = 0
        if pending:
            yield shares

    done = 0
    with Crew(merge_share, 1 if serialise is None else workers) as crew:
        for results in crew.rounds(dealt(crew.size)):
            for share in results:
                for result in share:
                    sink(result)
                done += len(share)
    if done != len(clusters):
        raise RuntimeError(DIFFERENT_RECORDS)
    return done
