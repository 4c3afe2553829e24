"""The dedup step, block → score → cluster → merge, over a list or a stream of records.

``deduplicate`` takes records in memory and returns the merged services. ``deduplicate_stream``
is the same step for a whole city: it reads the records twice through a callable — once to
build their comparable form (a few hundred bytes each, never the records themselves), once to
merge each cluster as soon as its last member has been read — and hands every merged service
to a sink, so a million listings never sit in memory as models. Both run the same code on the
same input order and give the same clusters and the same merged services.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from index.dedup.blocking import candidate_pairs
from index.dedup.clustering import Clusterer, ClusterStats
from index.dedup.comparable import Comparable, Locator
from index.dedup.frequencies import Frequencies
from index.dedup.merge import Member, assign_merged_ids, merge_cluster
from index.dedup.parallel import score_in_workers
from index.dedup.passes import comparables_in_memory, first_pass, merge_pass
from index.dedup.plain import Readable
from index.dedup.scoring import score_pair
from index.dedup.weights import DEFAULT_THRESHOLDS, Thresholds
from index.model import MergedService, SourceRecord
from index.taxonomy import default_taxonomy


@dataclass
class DedupStats:
    records: int = 0
    candidate_pairs: int = 0
    gated_pairs: int = 0
    """Candidates whose names differ (rejected by the name gate)."""
    matched_pairs: int = 0
    clusters: int = 0
    merged_multi: int = 0
    """Clusters of two or more records."""
    blocks: int = 0
    largest_block: int = 0
    overrides_applied: int = 0
    overrides_ignored: int = 0
    """Overrides naming a record that is not among the input (e.g. tombstoned)."""
    clustering: ClusterStats = field(default_factory=ClusterStats)
    seconds: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "clustering"}
        out["clustering"] = dict(self.clustering.__dict__)
        return out


@dataclass
class DedupResult:
    merged: list[MergedService]
    membership: dict[str, str]
    """Record id → merged id."""
    stats: DedupStats


@dataclass
class Matching:
    """Pass one's result: which records form each cluster, and the merged id of each."""

    comparables: list[Comparable]
    """Sorted by record id, one per distinct id."""
    clusters: list[list[int]]
    merged_ids: list[str]
    stats: DedupStats

    def membership(self) -> dict[str, str]:
        return {
            self.comparables[i].id: merged_id
            for merged_id, members in zip(self.merged_ids, self.clusters, strict=True)
            for i in members
        }


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The step allocates millions of small objects that all live until it ends and form no
    reference cycles; left on, the cyclic collector rescans them over and over (a third of the
    run time at 100k records) for no garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _overrides_as_indices(
    overrides: Iterable[Mapping[str, Any]], index_of: Mapping[str, int], stats: DedupStats
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    must: list[tuple[int, int]] = []
    cannot: list[tuple[int, int]] = []
    for override in overrides:
        a, b = index_of.get(override["a"]), index_of.get(override["b"])
        if a is None or b is None:
            stats.overrides_ignored += 1
            continue
        stats.overrides_applied += 1
        (must if override["kind"] == "must-link" else cannot).append((a, b))
    return must, cannot


def match(
    comparables: list[Comparable],
    overrides: Iterable[Mapping[str, Any]] = (),
    previous_membership: Mapping[str, str] | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    stats: DedupStats | None = None,
    workers: int | None = None,
) -> Matching:
    """Block, score and cluster comparables (sorted by id); name each cluster. Candidate
    pairs are scored in ``workers`` processes (``parallel.py``; every core by default, one
    when 1), with the same result whatever their number."""
    stats = stats or DedupStats()
    clock = time.perf_counter()
    freq = Frequencies.of_tokens(comparables)
    stats.records = len(comparables)
    stats.seconds["frequencies"] = time.perf_counter() - clock

    clock = time.perf_counter()
    # Also counts the shared keys into freq.
    candidates = candidate_pairs(comparables, freq)
    stats.candidate_pairs = len(candidates)
    stats.blocks = candidates.blocks
    stats.largest_block = candidates.largest_block
    stats.seconds["blocking"] = time.perf_counter() - clock

    clock = time.perf_counter()
    scored = score_in_workers(
        comparables, freq, candidates.left, candidates.right, thresholds, workers
    )
    del candidates
    stats.gated_pairs = scored.gated
    stats.seconds["scoring"] = time.perf_counter() - clock

    clock = time.perf_counter()
    overrides = list(overrides)
    must: list[tuple[int, int]] = []
    cannot: list[tuple[int, int]] = []
    if overrides:
        index_of = {c.id: i for i, c in enumerate(comparables)}
        must, cannot = _overrides_as_indices(overrides, index_of, stats)
        del index_of

    def on_demand(i: int, j: int) -> tuple[float, bool]:
        result = score_pair(comparables[i], comparables[j], freq, thresholds=thresholds)
        return result.total, result.match

    clusterer = Clusterer(comparables, on_demand, must, cannot, thresholds)
    edges = clusterer.remember_all(scored.left, scored.right, scored.totals, scored.matches)
    del scored
    stats.matched_pairs = len(edges)
    clusters = clusterer.cluster(edges)
    stats.clustering = clusterer.stats
    stats.clusters = len(clusters)
    stats.merged_multi = sum(1 for c in clusters if len(c) > 1)
    member_ids = [[comparables[i].id for i in cluster] for cluster in clusters]
    merged_ids = assign_merged_ids(member_ids, previous_membership or {})
    stats.seconds["clustering"] = time.perf_counter() - clock
    return Matching(comparables, clusters, merged_ids, stats)


def deduplicate(
    records: Iterable[SourceRecord],
    priorities: Mapping[str, int] | None = None,
    overrides: Iterable[Mapping[str, Any]] = (),
    previous_membership: Mapping[str, str] | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    locate: Locator | None = None,
    workers: int | None = None,
) -> DedupResult:
    """Cluster live source records into merged services (records held in memory).

    ``overrides`` are the store's rows (``a``, ``b``, ``kind`` of ``must-link``/``cannot-link``);
    ``previous_membership`` (record id → merged id) keeps merged ids stable between runs;
    ``locate`` (postcode → coordinates, the gazetteer) places listings that came without
    coordinates. Records with the same id are taken once (the first). ``workers`` is the
    number of processes that build the comparable forms and score (every core by default).
    """
    with _collector_paused():
        stats = DedupStats()
        clock = time.perf_counter()
        unique: dict[str, SourceRecord] = {}
        for record in records:
            unique.setdefault(record.id, record)
        comparables = comparables_in_memory(list(unique.values()), locate, workers)
        stats.seconds["normalise"] = time.perf_counter() - clock
        matching = match(comparables, overrides, previous_membership, thresholds, stats, workers)
        clock = time.perf_counter()
        members = [Member.of(unique[c.id], priorities or {}, c.id) for c in comparables]
        taxonomy = default_taxonomy()
        merged = [
            merge_cluster(merged_id, [members[i] for i in cluster], taxonomy)
            for merged_id, cluster in zip(matching.merged_ids, matching.clusters, strict=True)
        ]
        stats.seconds["merge"] = time.perf_counter() - clock
        return DedupResult(merged=merged, membership=matching.membership(), stats=stats)


@dataclass
class StreamResult:
    membership: dict[str, str]
    """Record id → merged id."""
    merged: int
    """Merged services handed to the sink."""
    stats: DedupStats


def deduplicate_stream(
    read: Callable[[], Iterable[Readable]],
    sink: Callable[[Any], None],
    priorities: Mapping[str, int] | None = None,
    overrides: Iterable[Mapping[str, Any]] = (),
    previous_membership: Mapping[str, str] | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    locate: Locator | None = None,
    workers: int | None = None,
    serialise: Callable[[MergedService], Any] | None = None,
) -> StreamResult:
    """``deduplicate`` for more records than memory holds as models: ``read()`` is called twice
    and must yield the same records, in the same order, both times. Every merged service goes to
    ``sink`` once its cluster is complete (at the end of that round of the merge pass); a
    cluster's members wait in memory only until its last member has been read (readers that
    yield one service's copies close together keep that small).
    ``read()`` may yield plain data (``Readable``): the first pass then builds no models, and
    the second validates each record as it merges it. The first pass runs in ``workers``
    processes, and the second finds each record's cluster by its position (``passes.py``).
    ``serialise`` turns each merged service into what the sink takes (the store's rows,
    ``index.store.merged.merged_row``); given it, the merging runs in ``workers`` processes
    too, each serialising what it merges, and the sink takes the serialised form."""
    with _collector_paused():
        stats = DedupStats()
        clock = time.perf_counter()
        first = first_pass(read(), locate, workers)
        stats.seconds["normalise"] = time.perf_counter() - clock
        matching = match(
            first.comparables, overrides, previous_membership, thresholds, stats, workers
        )
        clock = time.perf_counter()
        merged = merge_pass(
            read(),
            first,
            matching.clusters,
            matching.merged_ids,
            priorities or {},
            sink,
            serialise,
            workers,
        )
        stats.seconds["merge"] = time.perf_counter() - clock
        return StreamResult(matching.membership(), merged, stats)
