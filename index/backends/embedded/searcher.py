"""One search against one generation: the matches of each need (FTS5), filtered, measured and
counted on the column arrays, the best candidates scored (BM25 × nearness), needs interleaved,
facets counted over the whole result set, and the page of hits.

Every total and facet count is exact: all matches of a need are known as row ids. Ranking is
exact up to ``RANK_ALL`` matches; past that only bounded candidates are scored — the first
``RANK_ALL`` in row id order (a sample unrelated to relevance), the first ``RANK_ALL`` whose
name matches and, with a place, the ``RANK_ALL`` nearest — because BM25 is computed per row.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np

from index.arrays import sorted_unique
from index.backends.embedded.columns import Columns
from index.backends.embedded.filters import Filters, MaskCache
from index.backends.embedded.nearby import decay, distances, nearest, within
from index.backends.embedded.page import facet_lists, hits, union
from index.backends.embedded.textcache import TextCache
from index.backends.embedded.textsql import NeedText
from index.backends.fts import PorterStems
from index.backends.suggestions import SuggestionRanker
from index.geo import bounding_box
from index.search.plan import Need, QueryPlan
from index.search.types import SearchPage
from index.search.vocabulary import WordIndex
from index.taxonomy import Taxonomy

RANK_ALL = 1_000
"""A need with at most this many matches is ranked exactly (see the module docstring)."""
SAMPLE, NAMED, NEAREST = 100, 200, 200
"""Past ``RANK_ALL`` matches, how many of each kind of candidate are scored (at least a
page's worth each): measured against exact ranking in ``bench/search.py``."""
SCAN_ALL = 50_000
"""Browsing near a place measures every document that passes the filters when at most this
many do; beyond, the grid's growing squares find the nearest (``nearby.nearest``)."""


@dataclass
class SearchState:
    """Per-generation caches, rebuilt when the generation or its version changes."""

    generation: int
    version: int
    documents: int
    words: WordIndex
    ranker: SuggestionRanker
    columns: Columns
    masks: MaskCache
    text: TextCache


@dataclass
class _Result:
    need: Need | None
    ids: np.ndarray
    """Every match passing the filters (and the radius), ascending."""
    ranked: np.ndarray
    """Row ids in rank order: all matches when ranked exactly, else the scored candidates."""
    scores: np.ndarray
    """Aligned with ``ranked``."""


class EmbeddedSearch:
    def __init__(
        self,
        conn: sqlite3.Connection,
        state: SearchState,
        plan: QueryPlan,
        taxonomy: Taxonomy,
        stems: PorterStems,
    ) -> None:
        self.conn = conn
        self.state = state
        self.cols = state.columns
        self.g = state.generation
        self.plan = plan
        self.taxonomy = taxonomy
        self.stems = stems
        self.want = plan.page * plan.per_page
        self.origin = plan.origin
        self.filters = Filters(self.cols, state.masks, plan)

    # -- places -------------------------------------------------------------------------------

    def _placed(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """(the ids inside the radius, if any, and their planar distances) — distances are
        ``None`` without an origin."""
        o = self.origin
        if o is None:
            return ids, None
        dist = distances(self.cols, ids, o.lat, o.lon)
        if self.plan.radius_km:
            keep = within(self.cols, ids, dist, o.lat, o.lon, self.plan.radius_km)
            covering = self._covering()
            if len(covering):  # services covering the origin's area, whatever their distance
                keep |= np.isin(ids, covering, assume_unique=True)
            ids, dist = ids[keep], dist[keep]
        return ids, dist

    def _covering(self) -> np.ndarray:
        """Row ids of services whose service areas cover the origin's area
        (``index.search.areas``): a radius filter lets them through."""
        area = self.plan.origin_area
        return self.cols.docs_with_any([f"area:{area}"]) if area else np.zeros(0, np.int32)

    def _order(self, ids: np.ndarray, text: np.ndarray, dist: np.ndarray | None) -> _Result:
        """Rank candidates: relevance × nearness, or nearest first (ties by relevance)."""
        score = text if dist is None else text * decay(dist)
        if dist is not None and self.plan.sort == "distance":
            order = np.lexsort((-score, np.where(np.isnan(dist), np.inf, dist)))
        else:
            order = np.lexsort((ids, -score))
        return _Result(None, ids, ids[order], score[order])

    # -- a need with words --------------------------------------------------------------------

    def _text_need(self, need: Need) -> _Result:
        state = self.state
        text = NeedText(need, state.words.counts, state.documents, self.stems)
        relaxed = False
        cache = state.text
        expr = text.match()
        ids = cache.matches(self.conn, self.g, expr)
        if not len(ids) and len(text.need.slots) > 1:
            relaxed = True  # no service has every word: rank those that have most of them
            expr = text.match(relaxed=True)
            ids = cache.matches(self.conn, self.g, expr)
        ids, dist = self._placed(self.filters.apply(ids))
        candidates = self._candidates(text, relaxed, ids, dist)
        at = np.searchsorted(ids, candidates)
        scoring = self._scoring(text, relaxed)
        text_scores = cache.scores(self.conn, self.g, expr, scoring, candidates)
        result = self._order(candidates, text_scores, None if dist is None else dist[at])
        result.need, result.ids = need, ids
        return result

    def _scoring(self, text: NeedText, relaxed: bool) -> str:
        """The expression candidates are scored with (``NeedText.scoring``)."""
        return text.scoring(relaxed)

    def _candidates(
        self, text: NeedText, relaxed: bool, ids: np.ndarray, dist: np.ndarray | None
    ) -> np.ndarray:
        """Which matches to score: all of them, or bounded sets (nearest first needs only the
        nearest): a sample (the first in row id order), those whose name matches (the nearest
        of them with a place) and the nearest. BM25 weighs the name most, so a service named
        for the need is always a candidate."""
        if len(ids) <= RANK_ALL:
            return ids
        d = None if dist is None else np.where(np.isnan(dist), np.inf, dist)
        near = None if d is None else _nearest(ids, d, max(NEAREST, self.want))
        if near is not None and self.plan.sort == "distance":
            return np.sort(near)
        name_expr = text.match(relaxed=relaxed, columns="name")
        named = self.state.text.matches(self.conn, self.g, name_expr)
        at = np.searchsorted(ids, named).clip(max=len(ids) - 1)
        found = ids[at] == named
        named, at = named[found], at[found]
        keep = max(NAMED, self.want)
        named = named[:keep] if d is None else _nearest(named, d[at], keep)
        parts = [ids[: max(SAMPLE, self.want)], named] + ([near] if near is not None else [])
        return sorted_unique(np.concatenate(parts))

    # -- no words: browse ---------------------------------------------------------------------

    def _browse(self) -> _Result:
        cols, o = self.cols, self.origin
        if o is None:
            ids = self.filters.apply(cols.live_ids())
            ranks = cols.name_rank[ids]
            top = (
                ids
                if len(ids) <= self.want
                else ids[np.argpartition(ranks, self.want - 1)[: self.want]]
            )
            top = top[np.argsort(cols.name_rank[top], kind="stable")]
            return _Result(None, ids, top, np.ones(len(top)))
        radius = self.plan.radius_km
        if radius:  # only what lies in the circle's square can be in the circle
            boxed = cols.pt_doc[cols.grid.points_in_box(*bounding_box(o.lat, o.lon, radius))]
            docs = sorted_unique(np.concatenate([boxed, self._covering()]).astype(np.int64))
            ids, dist = self._placed(self.filters.apply(docs[cols.live[docs]].astype(np.int64)))
            return self._scored_by_place(ids, ids, dist)
        ids = self.filters.apply(cols.live_ids())
        if len(ids) <= SCAN_ALL:
            _, dist = self._placed(ids)
            return self._scored_by_place(ids, ids, dist)
        allowed = np.zeros(cols.size, dtype=np.bool_)
        allowed[ids] = True
        near, dist = nearest(cols, allowed, o.lat, o.lon, self.want, float("inf"))
        if len(near) < self.want:  # fewer placed services than the page needs
            _, dist = self._placed(ids)
            return self._scored_by_place(ids, ids, dist)
        return self._scored_by_place(ids, near, dist)

    def _scored_by_place(
        self, ids: np.ndarray, candidates: np.ndarray, dist: np.ndarray | None
    ) -> _Result:
        assert dist is not None
        result = self._order(candidates, np.ones(len(candidates)), dist)
        result.ids = ids
        return result

    # -- the page -----------------------------------------------------------------------------

    def _interleave(self, results: list[_Result], count: int) -> list[tuple[int, float, int]]:
        """The first ``count`` (row id, score, need index), round-robin across needs so each
        need is represented near the top (a service answering two needs appears once)."""
        if len(results) == 1:
            r = results[0]
            return [
                (int(i), float(s), 0)
                for i, s in zip(r.ranked[:count], r.scores[:count], strict=True)
            ]
        out: list[tuple[int, float, int]] = []
        seen: set[int] = set()
        lists = [(r.ranked[:count].tolist(), r.scores[:count].tolist()) for r in results]
        for depth in range(max((len(ranked) for ranked, _ in lists), default=0)):
            for n, (ranked, scored) in enumerate(lists):
                if depth < len(ranked) and ranked[depth] not in seen:
                    seen.add(ranked[depth])
                    out.append((ranked[depth], scored[depth], n))
            if len(out) >= count:
                break
        return out[:count]

    def run(self) -> SearchPage:
        plan = self.plan
        if plan.has_text:
            results = [self._text_need(need) for need in plan.needs]
        else:
            results = [self._browse()]
        everything = union([r.ids for r in results])
        if not plan.has_text and not self.filters.active and self.origin is None:
            counts = self.cols.all_facet_counts()
        else:
            counts = self.cols.facet_counts(everything)
        start = (plan.page - 1) * plan.per_page
        multi = len(results) > 1
        page = [
            (rowid, score, results[n].need.text if multi and results[n].need else None)  # type: ignore[union-attr]
            for rowid, score, n in self._interleave(results, start + plan.per_page)[start:]
        ]
        return SearchPage.model_construct(
            total=len(everything),
            page=plan.page,
            per_page=plan.per_page,
            results=hits(self.conn, self.g, self.cols, plan, page),
            facets=facet_lists(counts, self.taxonomy),
            corrected_text=plan.corrected_text,
            understood=plan.understood or None,
            origin=self.origin.as_dict() if self.origin else None,
        )


def _nearest(ids: np.ndarray, dist: np.ndarray, keep: int) -> np.ndarray:
    """The ``keep`` ids with the smallest distances (in no particular order)."""
    if len(ids) <= keep:
        return ids
    return ids[np.argpartition(dist, keep - 1)[:keep]]
