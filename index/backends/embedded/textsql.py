"""The full-text SQL of a search: which documents match a need, and their BM25 scores.

Two statements per need at most, both shaped by what FTS5 costs:

- **Matching** asks for nothing but row ids (``group_concat`` of ``rowid``: one string built
  in C, parsed by numpy), which is the engine's own floor: no ranking function, no join, no
  Python per row. Filters, distances and facets then work on those ids (``columns.py``).
- **Scoring** runs ``bm25`` over the candidates only. FTS5 computes each phrase's document
  frequency by walking its whole posting list, in every statement that calls ``bm25``; a word
  in over half of all services gets an IDF of zero, so it is left out of the scoring
  expression (the candidates already contain it: it was matched) — at a million services each
  such word costs tens of milliseconds and changes no score.

``textcache.py`` keeps both results per process, per need.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import orjson

from index.backends.fts import WEIGHTS, PorterStems, fts_expression
from index.search.plan import Need, Slot

COMMON_SHARE = 0.5
"""A one-word concept in more than this share of services is dropped from a need that has
other concepts (``informative``): it barely narrows the matches and BM25 gives it no weight."""
SCORE_COMMON_SHARE = 0.5
"""Words in more than this share of services are left out of the scoring expression: FTS5's
BM25 gives them an IDF of zero (clamped to 1e-6), so scores do not change, while each costs a
walk of the longest posting lists (measured in ``bench/search.py``: a lower share saves ~15 %
CPU but moves pages measurably away from exact ranking)."""
COMMON_MIN_DOCUMENTS = 1_000
"""Below this many services, word shares mean nothing: nothing is dropped."""


def match_ids(conn: sqlite3.Connection, g: int, expr: str) -> np.ndarray:
    """Every matching row id, ascending (FTS5 returns them in row id order)."""
    row = conn.execute(
        f"SELECT group_concat(rowid) FROM fts_{g} WHERE fts_{g} MATCH ?", (expr,)
    ).fetchone()
    text = row[0] if row else None
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def _json_ids(ids: np.ndarray) -> str:
    """Row ids as a JSON array for ``json_each``, straight from the array (orjson), as text:
    SQLite would read bytes as a JSONB blob."""
    return orjson.dumps(np.ascontiguousarray(ids), option=orjson.OPT_SERIALIZE_NUMPY).decode()


def scores(conn: sqlite3.Connection, g: int, expr: str, ids: np.ndarray) -> np.ndarray:
    """BM25 with field weights (higher is better) of the documents ``ids`` (ascending), which
    all match ``expr``. The row id bounds let FTS5 skip to the first candidate and stop after
    the last."""
    if not len(ids):
        return np.zeros(0)
    rows = conn.execute(
        f"SELECT rowid, -bm25(fts_{g}, {WEIGHTS}) FROM fts_{g} WHERE fts_{g} MATCH ?"
        " AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))",
        (expr, int(ids[0]), int(ids[-1]), _json_ids(ids)),
    ).fetchall()
    found = dict(rows)
    return np.array([found.get(r, 0.0) for r in ids.tolist()], dtype=np.float64)


class NeedText:
    """The FTS5 expressions of one need against one generation's word statistics."""

    def __init__(
        self, need: Need, counts: dict[str, int], documents: int, stems: PorterStems
    ) -> None:
        self.counts = counts
        self.documents = documents
        self.stems = stems
        self.need = self._informative(need)

    def _common(self, slot: Slot, share: float) -> bool:
        n = self.documents
        return (
            n >= COMMON_MIN_DOCUMENTS
            and not slot.prefix
            and all(
                len(alt) == 1 and self.counts.get(alt[0], 0) > n * share
                for alt in slot.alternatives
            )
        )

    def _informative(self, need: Need) -> Need:
        """The need without concepts that are one word found in over half of all services
        ("support" in a directory of support services). A need never loses its last one."""
        kept = tuple(s for s in need.slots if not self._common(s, COMMON_SHARE))
        if not kept or len(kept) == len(need.slots):
            return need
        return Need(need.text, need.original, kept)

    def match(self, relaxed: bool = False, columns: str | None = None) -> str:
        return fts_expression(self.need, relaxed=relaxed, columns=columns, stem=self.stems)

    def scoring(self, relaxed: bool = False) -> str:
        """The expression to score with: the one that matched, without the words too common
        to weigh anything — FTS5 walks each phrase's whole posting list to weigh it, in every
        scoring statement. A one-word concept that common is left out, and such a word is
        dropped from the words typed together ("debt" for "debt advice" where most
        listings say "advice"), unless nothing else is left. Synonym phrases stay phrases.
        Every document matching ``match(relaxed)`` matches it (each part is implied by what
        it replaces; a relaxed need keeps every concept, since a dropped one could be all a
        document has)."""
        n = self.documents
        if n < COMMON_MIN_DOCUMENTS:
            return self.match(relaxed)
        slots = [
            s for s in self.need.slots if relaxed or not self._common(s, SCORE_COMMON_SHARE)
        ] or list(self.need.slots)
        limit = n * SCORE_COMMON_SHARE
        need = Need(self.need.text, self.need.original, tuple(slots))
        return fts_expression(
            need,
            relaxed=relaxed,
            stem=self.stems,
            unweighed=lambda w: self.counts.get(w, 0) > limit,
        )
