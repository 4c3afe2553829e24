"""What the text of a need costs, paid once per process and index version.

People ask a care directory the same few things ("GP", "debt advice", "food bank") from
everywhere: the place, radius, filters and page change from one request to the next, the need
does not. A need's matches (row ids) and the BM25 scores computed so far do not depend on any
of those, so each worker process keeps them per FTS5 expression: a search for a need already
asked re-uses its matches and scores only candidates it has not scored yet. Cached values are
exactly what the statements return; the cache belongs to one generation and version of the
index (``SearchState``), so any write starts a fresh one.

Bounded: at most ``MAX_EXPRESSIONS`` expressions and ``MAX_IDS`` row ids in all (least
recently used out: ~16 bytes per id with its scores, so ~32 MB per process at most), and a
need with more than ``MAX_MATCHES`` matches is not kept.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict

import numpy as np

from index.backends.embedded.textsql import match_ids, scores

MAX_EXPRESSIONS = 256
MAX_MATCHES = 200_000
MAX_IDS = 2_000_000


class _Entry:
    __slots__ = ("ids", "scores")

    def __init__(self, ids: np.ndarray) -> None:
        self.ids = ids
        self.scores: dict[str, np.ndarray] = {}
        """Scoring expression → score of each id (NaN: not computed yet)."""


class TextCache:
    def __init__(self) -> None:
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._ids = 0
        self._lock = threading.Lock()

    def _entry(self, conn: sqlite3.Connection, g: int, expr: str) -> _Entry:
        with self._lock:
            entry = self._entries.get(expr)
            if entry is not None:
                self._entries.move_to_end(expr)
                return entry
        ids = match_ids(conn, g, expr)
        ids.flags.writeable = False  # shared by every search that asks the same
        entry = _Entry(ids)
        if len(ids) <= MAX_MATCHES:
            with self._lock:
                if expr not in self._entries:
                    self._entries[expr] = entry
                    self._ids += len(ids)
                while len(self._entries) > MAX_EXPRESSIONS or self._ids > MAX_IDS:
                    _, old = self._entries.popitem(last=False)
                    self._ids -= len(old.ids)
        return entry

    def matches(self, conn: sqlite3.Connection, g: int, expr: str) -> np.ndarray:
        """Every row id matching ``expr``, ascending."""
        return self._entry(conn, g, expr).ids

    def scores(
        self, conn: sqlite3.Connection, g: int, expr: str, scoring: str, ids: np.ndarray
    ) -> np.ndarray:
        """BM25 (``textsql.scores`` with ``scoring``) of ``ids``, ascending matches of
        ``expr``; only those never scored before reach SQLite."""
        with self._lock:
            entry = self._entries.get(expr)
        if entry is None or not len(ids):  # not kept (too many matches): nothing to re-use
            return scores(conn, g, scoring, ids)
        known = entry.scores.get(scoring)
        if known is None:
            known = entry.scores.setdefault(scoring, np.full(len(entry.ids), np.nan))
        at = np.searchsorted(entry.ids, ids)
        out = known[at]
        missing = np.isnan(out)
        if missing.any():
            fresh = scores(conn, g, scoring, ids[missing])
            known[at[missing]] = fresh
            out[missing] = fresh
        return out

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._ids = 0
