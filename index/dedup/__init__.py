"""Deduplication: one merged service per real-world service, across all sources.

``deduplicate`` is the whole step as a pure function (no store): block → score → cluster →
merge. The pipeline feeds it the store's live records; ``signpost dedup-file`` feeds it records
made from JSONL lines (``jsonl.py``); both get the same clusters for the same listings.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from index.dedup.blocking import candidate_pairs
from index.dedup.clustering import Clusterer, ClusterStats, Edge
from index.dedup.comparable import Comparable, Locator, comparable_from_record
from index.dedup.frequencies import Frequencies
from index.dedup.merge import Member, assign_merged_ids, merge_cluster
from index.dedup.scoring import (
    DEFAULT_THRESHOLDS,
    PairScore,
    Thresholds,
    score_candidates,
    score_pair,
)
from index.model import MergedService, SourceRecord
from index.taxonomy import default_taxonomy

__all__ = [
    "DedupResult",
    "DedupStats",
    "Explanation",
    "Locator",
    "Thresholds",
    "deduplicate",
    "explain_match",
]


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


def deduplicate(
    records: Iterable[SourceRecord],
    priorities: Mapping[str, int] | None = None,
    overrides: Iterable[Mapping[str, Any]] = (),
    previous_membership: Mapping[str, str] | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    locate: Locator | None = None,
) -> DedupResult:
    """Cluster live source records into merged services.

    ``overrides`` are the store's rows (``a``, ``b``, ``kind`` of ``must-link``/``cannot-link``);
    ``previous_membership`` (record id → merged id) keeps merged ids stable between runs;
    ``locate`` (postcode → coordinates, the gazetteer) places listings that came without
    coordinates. Records with the same id are taken once (the first).
    """
    with _collector_paused():
        return _deduplicate(records, priorities, overrides, previous_membership, thresholds, locate)


def _deduplicate(
    records: Iterable[SourceRecord],
    priorities: Mapping[str, int] | None,
    overrides: Iterable[Mapping[str, Any]],
    previous_membership: Mapping[str, str] | None,
    thresholds: Thresholds,
    locate: Locator | None,
) -> DedupResult:
    stats = DedupStats()
    clock = time.perf_counter()
    unique: dict[str, SourceRecord] = {}
    for record in records:
        unique.setdefault(record.id, record)
    ids = sorted(unique)
    ordered = [unique[k] for k in ids]
    comparables = [
        comparable_from_record(r, rid, locate) for r, rid in zip(ordered, ids, strict=True)
    ]
    freq = Frequencies.build(comparables)
    stats.records = len(ordered)
    stats.seconds["normalise"] = time.perf_counter() - clock

    clock = time.perf_counter()
    candidates = candidate_pairs(comparables, freq)
    stats.candidate_pairs = len(candidates)
    stats.blocks = candidates.blocks
    stats.largest_block = candidates.largest_block
    stats.seconds["blocking"] = time.perf_counter() - clock

    clock = time.perf_counter()
    scored = score_candidates(comparables, freq, candidates.left, candidates.right, thresholds)
    stats.gated_pairs = scored.gated
    stats.seconds["scoring"] = time.perf_counter() - clock

    clock = time.perf_counter()
    index_of = {c.id: i for i, c in enumerate(comparables)}
    must, cannot = _overrides_as_indices(overrides, index_of, stats)

    def on_demand(i: int, j: int) -> tuple[float, bool]:
        result = score_pair(comparables[i], comparables[j], freq, thresholds=thresholds)
        return result.total, result.match

    clusterer = Clusterer(comparables, on_demand, must, cannot, thresholds)
    edges: list[Edge] = []
    for i, j, total, match in zip(
        scored.left, scored.right, scored.totals, scored.matches, strict=True
    ):
        clusterer.remember(i, j, total, match)
        if match:
            edges.append(Edge(i, j, total))
    stats.matched_pairs = len(edges)
    clusters = clusterer.cluster(edges)
    stats.clustering = clusterer.stats
    stats.clusters = len(clusters)
    stats.merged_multi = sum(1 for c in clusters if len(c) > 1)
    stats.seconds["clustering"] = time.perf_counter() - clock

    clock = time.perf_counter()
    member_ids = [[comparables[i].id for i in cluster] for cluster in clusters]
    merged_ids = assign_merged_ids(member_ids, previous_membership or {})
    members = [
        Member.of(record, priorities or {}, rid) for record, rid in zip(ordered, ids, strict=True)
    ]
    taxonomy = default_taxonomy()
    merged = [
        merge_cluster(merged_id, [members[i] for i in cluster], taxonomy)
        for merged_id, cluster in zip(merged_ids, clusters, strict=True)
    ]
    membership = {
        rid: merged_id for merged_id, ids in zip(merged_ids, member_ids, strict=True) for rid in ids
    }
    stats.seconds["merge"] = time.perf_counter() - clock
    return DedupResult(merged=merged, membership=membership, stats=stats)


@dataclass
class Explanation:
    score: PairScore
    a: Comparable
    b: Comparable
    override: str | None
    """``must-link`` or ``cannot-link`` when a curator decided this pair."""

    @property
    def decision(self) -> str:
        if self.override == "must-link":
            return "same service (curator must-link)"
        if self.override == "cannot-link":
            return "different services (curator cannot-link)"
        if not self.score.name_gate:
            return "different services (names differ: the name gate fails)"
        verdict = "same service" if self.score.match else "different services"
        return f"{verdict} (score {self.score.total:+.1f})"


def explain_match(
    records: Sequence[SourceRecord],
    a_id: str,
    b_id: str,
    overrides: Iterable[Mapping[str, Any]] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    locate: Locator | None = None,
) -> Explanation:
    """Each comparator's level and weight for two records, judged against ``records`` (the
    frequencies of shared phones, domains and name words come from all of them)."""
    unique: dict[str, SourceRecord] = {}
    for record in records:
        unique.setdefault(record.id, record)
    for needed in (a_id, b_id):
        if needed not in unique:
            raise KeyError(needed)
    comparables = {rid: comparable_from_record(r, rid, locate) for rid, r in unique.items()}
    freq = Frequencies.build(list(comparables.values()))
    a, b = comparables[a_id], comparables[b_id]
    override = next(
        (o["kind"] for o in overrides if {o["a"], o["b"]} == {a_id, b_id}),
        None,
    )
    return Explanation(score=score_pair(a, b, freq, True, thresholds), a=a, b=b, override=override)
