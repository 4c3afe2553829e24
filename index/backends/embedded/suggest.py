"""As-you-type suggestions from the embedded index: names of services and organisations in
their own FTS5 table (stored heaviest first, so a bounded scan finds the best), with the
categories and synonyms the shared ranker matches in memory (``index.backends.suggestions``)."""

from __future__ import annotations

import sqlite3

from index.backends.suggestions import Candidate, SuggestionRanker
from index.search.types import Suggestion

SUGGEST_SCAN = 200


def suggestions(
    conn: sqlite3.Connection,
    g: int,
    ranker: SuggestionRanker,
    tokens: list[str],
    complete: bool,
    limit: int,
) -> list[Suggestion]:
    last = len(tokens) - 1
    expr = " AND ".join(
        f'"{t}"' + ("" if complete or i < last else " *") for i, t in enumerate(tokens)
    )
    rows = conn.execute(
        f"SELECT s.text, s.kind, s.ref, s.docs FROM suggest_fts_{g} f"
        f" JOIN suggest_{g} s ON s.rowid = f.rowid WHERE suggest_fts_{g} MATCH ? LIMIT ?",
        (expr, SUGGEST_SCAN),
    ).fetchall()
    candidates = ranker.static_matches(tokens, complete)
    candidates += [Candidate(t, k, r, float(d)) for t, k, r, d in rows]
    return ranker.rank(tokens, complete, candidates, limit)
