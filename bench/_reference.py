"""Exact ranking on the embedded index, as the yardstick for ``bench/search.py``.

The embedded backend scores bounded candidates with a cheaper expression once a need has
more than ``RANK_ALL`` matches (``index/backends/embedded/searcher.py``). This search scores
every match with the expression that matched (phrases and common words included), so how
much of the real first page it shares says what the shortcuts cost in relevance.
"""

from __future__ import annotations

import numpy as np

from index.backends.distance import decay
from index.backends.embedded import EmbeddedBackend
from index.backends.embedded.searcher import EmbeddedSearch
from index.backends.embedded.textsql import NeedText, match_ids, scores
from index.search.types import SearchPage, SearchQuery


class _ExactSearch(EmbeddedSearch):
    def _scoring(self, text: NeedText, relaxed: bool) -> str:
        return text.match(relaxed=relaxed)

    def _candidates(
        self, text: NeedText, relaxed: bool, ids: np.ndarray, dist: np.ndarray | None
    ) -> np.ndarray:
        return ids


def exact_search(backend: EmbeddedBackend, query: SearchQuery) -> SearchPage:
    with backend._read() as (conn, state):
        plan = backend.planner.plan(query, state.words)
        return _ExactSearch(conn, state, plan, backend.taxonomy, backend.stems).run()


def overlap(found: SearchPage, exact: SearchPage) -> float:
    """Share of the exact first page that the page found also shows (1.0 when both are
    empty)."""
    want = [h.id for h in exact.results]
    if not want:
        return 1.0
    return len(set(want) & {h.id for h in found.results}) / len(want)


def score_share(backend: EmbeddedBackend, query: SearchQuery) -> float | None:
    """How good the page found is by the exact measure: the exact scores of its services,
    summed, over those of the exact first page (1.0: as good; ties make the pages differ
    without making either worse). ``None`` for questions this cannot judge: several needs,
    or nearest first (its order is distance, not score)."""
    found = backend.search(query)
    exact = exact_search(backend, query)
    best = sum(h.score for h in exact.results)
    if not exact.results or best <= 0:
        return 1.0 if len(found.results) == len(exact.results) else 0.0
    with backend._read() as (conn, state):
        plan = backend.planner.plan(query, state.words)
        if len(plan.needs) != 1 or plan.sort == "distance":
            return None
        text = NeedText(plan.needs[0], state.words.counts, state.documents, backend.stems)
        expr = text.match()
        if not len(match_ids(conn, state.generation, expr)):
            expr = text.match(relaxed=True)
        g = state.generation
        ids = [h.id for h in found.results]
        rows = dict(
            conn.execute(
                f"SELECT id, rowid FROM docs_{g} WHERE id IN ({','.join('?' * len(ids))})", ids
            ).fetchall()
        )
        rowids = np.array(sorted(rows.values()), dtype=np.int64)
        exact_text = dict(zip(rowids.tolist(), scores(conn, g, expr, rowids).tolist(), strict=True))
    total = 0.0
    for h in found.results:
        near = decay(h.distance_km) if plan.origin is not None else 1.0
        total += exact_text[rows[h.id]] * near
    return total / best
