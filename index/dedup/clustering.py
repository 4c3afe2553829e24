"""Clustering matched pairs into services, with guards against chaining.

Plain connected components over "match" edges chain: A≈B and B≈C puts A and C together even
when they are plainly different. Here clusters grow by joining matched pairs strongest first
(connected components built in score order), and a join is refused when

* a curator said two of the records are different (cannot-link);
* it would put two listings of the same source together that are not near-identical (a source
  lists a service once; two similar listings of one source are usually two services);
* the two clusters are not similar enough on average (mean pairwise score below
  ``Thresholds.link``).

Afterwards every cluster of three or more is checked against its centre (the member most
similar to the rest); members not similar enough to it are split off and clustered again among
themselves. Curator must-links join first and are never split: records joined by must-links
move as one unit. The result depends only on the input (ties break on record ids).
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from index.dedup.comparable import Comparable, in_id_order
from index.dedup.weights import DEFAULT_THRESHOLDS, Thresholds

MUST_LINK_SCORE = 100.0
CANNOT_LINK_SCORE = -100.0
MAX_LINKAGE_PAIRS = 400
"""Mean linkage of two large clusters is estimated from at most this many member pairs."""


class _UnionFind:
    """Union-find over the indices it is told about (untouched indices are their own root)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent.get(root, root) != root:
            root = parent[root]
        while i != root:
            parent[i], i = root, parent.get(i, i)
        return root

    def union(self, i: int, j: int) -> int:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return ri
        keep, drop = (ri, rj) if ri < rj else (rj, ri)
        self.parent[drop] = keep
        return keep


@dataclass
class ClusterStats:
    joins: int = 0
    refused_cannot_link: int = 0
    refused_same_source: int = 0
    refused_linkage: int = 0
    centre_splits: int = 0
    override_conflicts: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Edge:
    i: int
    j: int
    total: float


PairTotal = Callable[[int, int], tuple[float, bool]]
"""(i, j) → (total score, near-identical-if-same-source match decision)."""


class Clusterer:
    """One clustering run over indices into ``comparables``."""

    def __init__(
        self,
        comparables: Sequence[Comparable],
        pair_total: PairTotal,
        must_link: Iterable[tuple[int, int]] = (),
        cannot_link: Iterable[tuple[int, int]] = (),
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
    ) -> None:
        self.items = comparables
        self.link_threshold = thresholds.link
        self._pair_total = pair_total
        self.must = {_key(i, j) for i, j in must_link if i != j}
        self.cannot = {_key(i, j) for i, j in cannot_link if i != j}
        self._overridden = bool(self.must or self.cannot)
        self.cannot_of: dict[int, set[int]] = defaultdict(set)
        for i, j in self.cannot:
            self.cannot_of[i].add(j)
            self.cannot_of[j].add(i)
        self.stats = ClusterStats()
        self._n = max(1, len(comparables))
        # Ties and output are ordered by record id. The dedup run's comparables are sorted by
        # id already, and then an index orders as its id does, at a fraction of the cost of
        # comparing strings (a million records' clusters and edges are sorted).
        in_order = in_id_order(comparables)
        self._rank: Callable[[int], Any] = _same if in_order else (lambda i: self.items[i].id)
        # Pair → total, keyed i * n + j, and the matched pairs apart: a million records' few
        # million scored pairs as ints and floats, not as tuples of tuples.
        self._totals: dict[int, float] = {}
        self._matched: set[int] = set()
        self.units = self._must_units()

    # -- pair evidence -------------------------------------------------------------------------

    def total(self, i: int, j: int) -> float:
        return self._evidence(i, j)[0]

    def _evidence(self, i: int, j: int) -> tuple[float, bool]:
        if i > j:
            i, j = j, i
        if self._overridden:
            key = (i, j)
            if key in self.must:
                return MUST_LINK_SCORE, True
            if key in self.cannot:
                return CANNOT_LINK_SCORE, False
        code = i * self._n + j
        total = self._totals.get(code)
        if total is None:
            total, matched = self._pair_total(i, j)
            self.remember(i, j, total, matched)
            return total, matched
        return total, code in self._matched

    def remember(self, i: int, j: int, total: float, match: bool) -> None:
        x, y = _key(i, j)
        code = x * self._n + y
        self._totals[code] = total
        if match:
            self._matched.add(code)

    def remember_all(
        self, left: np.ndarray, right: np.ndarray, totals: np.ndarray, matches: np.ndarray
    ) -> list[Edge]:
        """``remember`` every scored pair at once (a batch's columns), and return the matched
        ones as edges: a few hundred thousand pairs in a few vectorised steps, not one call
        each (same result, tested)."""
        left, right = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
        totals, matches = np.asarray(totals, dtype=np.float64), np.asarray(matches, dtype=bool)
        low, high = np.minimum(left, right), np.maximum(left, right)
        codes = low * self._n + high
        self._totals.update(zip(codes.tolist(), totals.tolist(), strict=True))
        self._matched.update(codes[matches].tolist())
        return [
            Edge(i, j, t)
            for i, j, t in zip(
                left[matches].tolist(),
                right[matches].tolist(),
                totals[matches].tolist(),
                strict=True,
            )
        ]

    # -- must-link units -----------------------------------------------------------------------

    def _must_units(self) -> _UnionFind:
        units = _UnionFind()
        members: dict[int, list[int]] = {}
        for i, j in sorted(self.must, key=lambda p: (self.items[p[0]].id, self.items[p[1]].id)):
            ri, rj = units.find(i), units.find(j)
            if ri == rj:
                continue
            members_i = members.get(ri, [ri])
            members_j = members.get(rj, [rj])
            clash = next(
                ((x, y) for x in members_i for y in members_j if _key(x, y) in self.cannot),
                None,
            )
            if clash:
                a, b = self.items[clash[0]].id, self.items[clash[1]].id
                self.stats.override_conflicts.append(
                    f"must-link {self.items[i].id}–{self.items[j].id} not applied:"
                    f" it would join {a} and {b}, which a cannot-link keeps apart"
                )
                continue
            root = units.union(ri, rj)
            members.pop(ri, None)
            members.pop(rj, None)
            members[root] = members_i + members_j
        return units

    # -- clustering ----------------------------------------------------------------------------

    def cluster(self, edges: Iterable[Edge]) -> list[list[int]]:
        """Clusters as sorted index lists, ordered by their smallest record id."""
        n = len(self.items)
        everything = list(range(n))
        clusters = self._grow(everything, edges)
        final: list[list[int]] = []
        queue = clusters
        while queue:
            members = queue.pop()
            kept, split = self._centre_check(members)
            final.append(kept)
            if split:
                self.stats.centre_splits += 1
                queue.extend(self._grow(split, self._edges_within(split)))
        rank = self._rank
        for members in final:
            members.sort(key=rank)
        final.sort(key=lambda m: rank(m[0]))
        return final

    def _grow(self, indices: Sequence[int], edges: Iterable[Edge]) -> list[list[int]]:
        uf = _UnionFind()
        members: dict[int, list[int]] = {}
        allowed = set(indices) if len(indices) < len(self.items) else None
        for i in self.units.parent:
            root = self.units.find(i)
            if root != i and (allowed is None or i in allowed):
                self._join(uf, members, root, i)
        rank = self._rank
        if rank is _same:  # indices order as ids: no call per edge
            ordered = sorted(edges, key=lambda e: (-e.total, e.i, e.j))
        else:
            ordered = sorted(edges, key=lambda e: (-e.total, rank(e.i), rank(e.j)))
        for edge in ordered:
            if allowed is not None and (edge.i not in allowed or edge.j not in allowed):
                continue
            ri, rj = uf.find(edge.i), uf.find(edge.j)
            if ri == rj:
                continue
            if self._refuse(members.get(ri, [ri]), members.get(rj, [rj])):
                continue
            self._join(uf, members, ri, rj)
            self.stats.joins += 1
        grouped = [sorted(m) for m in members.values()]
        # A record joined to nothing is neither a group's root nor anyone's child.
        joined = uf.parent
        singles = [[i] for i in indices if i not in members and i not in joined]
        return grouped + singles

    @staticmethod
    def _join(uf: _UnionFind, members: dict[int, list[int]], ri: int, rj: int) -> None:
        ri, rj = uf.find(ri), uf.find(rj)
        if ri == rj:
            return
        joined = members.pop(ri, [ri]) + members.pop(rj, [rj])
        members[uf.union(ri, rj)] = joined

    def _refuse(self, xs: list[int], ys: list[int]) -> bool:
        if len(xs) == 1 and len(ys) == 1:
            return self._refuse_pair(xs[0], ys[0])
        return self._refuse_groups(xs, ys)

    def _refuse_groups(self, xs: list[int], ys: list[int]) -> bool:
        """Whether joining the groups ``xs`` and ``ys`` breaks a guard (module docstring)."""
        ys_set = set(ys)
        for x in xs:
            if self.cannot_of.get(x, set()) & ys_set:
                self.stats.refused_cannot_link += 1
                return True
        by_source: dict[str, list[int]] = defaultdict(list)
        for x in xs:
            by_source[self.items[x].source].append(x)
        for y in ys:
            for x in by_source.get(self.items[y].source, ()):
                if not self._evidence(x, y)[1]:
                    self.stats.refused_same_source += 1
                    return True
        if self._mean_linkage(xs, ys) < self.link_threshold:
            self.stats.refused_linkage += 1
            return True
        return False

    def _mean_linkage(self, xs: list[int], ys: list[int]) -> float:
        """The mean total between the groups' units (of their first 20 each), a unit's total
        being that of its members' closest pair (of their first 10 each): records a curator
        must-linked are one service described several ways, so a newcomer is compared with
        the description it is closest to."""
        if not self.units.parent:
            # Every record its own unit: the same sum, in the same order, of each pair's own
            # total, read straight from the remembered totals (a million records' joins
            # spent most of clustering in the general form's nested generators).
            return self._mean_total(xs[:20], ys[:20])
        return self._unit_linkage(xs, ys)

    def _unit_linkage(self, xs: list[int], ys: list[int]) -> float:
        """``_mean_linkage`` by units, whatever the must-links."""
        units_x, units_y = self._unit_groups(xs), self._unit_groups(ys)
        pairs = [(u, v) for u in units_x[:20] for v in units_y[:20]][:MAX_LINKAGE_PAIRS]
        closest = (max(self.total(x, y) for x in u[:10] for y in v[:10]) for u, v in pairs)
        return sum(closest) / len(pairs)

    def _mean_total(self, xs: list[int], ys: list[int]) -> float:
        """The mean of ``total`` over every pair of ``xs`` × ``ys``, groups with no must-link
        and no cannot-link between them (``_refuse_groups`` has refused those): a pair's
        total is then the one remembered, or scored now."""
        totals, n = self._totals, self._n
        sum_ = 0.0
        for x in xs:
            for y in ys:
                found = totals.get(x * n + y if x < y else y * n + x)
                sum_ += self.total(x, y) if found is None else found
        return sum_ / (len(xs) * len(ys))

    def _refuse_pair(self, x: int, y: int) -> bool:
        """``_refuse`` for two lone records (most joins): the same three checks, the mean
        linkage being the pair's own total."""
        if y in self.cannot_of.get(x, ()):
            self.stats.refused_cannot_link += 1
            return True
        total, matched = self._evidence(x, y)
        if not matched and self.items[x].source == self.items[y].source:
            self.stats.refused_same_source += 1
            return True
        if total < self.link_threshold:
            self.stats.refused_linkage += 1
            return True
        return False

    def _units_of(self, members: list[int]) -> dict[int, list[int]]:
        """The members by must-link unit (its root → its members, in members' order). Without
        must-links every record is a unit of its own, its own root: no look-ups."""
        if not self.units.parent:
            return {m: [m] for m in members}
        groups: dict[int, list[int]] = {}
        for m in members:
            groups.setdefault(self.units.find(m), []).append(m)
        return groups

    def _unit_groups(self, members: list[int]) -> list[list[int]]:
        return list(self._units_of(members).values())

    def _centre_check(self, members: list[int]) -> tuple[list[int], list[int]]:
        """Split off the units (records, or records joined by must-links) that are not similar
        enough to the cluster's centre."""
        if len(members) < 3:
            return members, []
        # Ties go to the smaller id; when indices order as ids, the smaller index is it.
        tie: Callable[[int], Any] = (
            operator.neg if self._rank is _same else (lambda m: _reverse_id(self.items[m].id))
        )
        centre = max(
            members, key=lambda m: (sum(self.total(m, o) for o in members if o != m), tie(m))
        )
        units = self._units_of(members)
        kept: list[int] = list(units.pop(self.units.find(centre)))
        split: list[int] = []
        centre_members = list(kept)
        for unit in units.values():
            best = max(self.total(m, c) for m in unit for c in centre_members)
            (kept if best >= self.link_threshold else split).extend(unit)
        return kept, split

    def _edges_within(self, indices: Sequence[int]) -> list[Edge]:
        edges = []
        for pos, i in enumerate(indices):
            for j in indices[pos + 1 :]:
                total, match = self._evidence(i, j)
                if match:
                    edges.append(Edge(i, j, total))
        return edges


def _same(i: int) -> int:
    return i


def _key(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _reverse_id(record_id: str) -> tuple[int, ...]:
    """Sort key that prefers the smaller id under ``max``."""
    return tuple(-ord(ch) for ch in record_id)
