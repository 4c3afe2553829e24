"""Turning a ``Need`` into an SQLite FTS5 query.

Words reach FTS5 only as quoted runs of letters and digits (``index.vocab.words``), so nothing
a person types can become FTS5 syntax. Synonym alternatives that the index's own Porter stemmer
cannot tell apart, or that only narrow one already asked for, are dropped: each costs scoring
time and finds nothing new.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable

from index.search.plan import Need

TOKENIZE = "porter unicode61 remove_diacritics 2"
WEIGHTS = "10.0, 6.0, 3.0, 1.0, 0.5"
"""bm25 weights of the columns name, categories, organization, description, place."""


class PorterStems:
    """Words → their stems under the index's own tokenizer (SQLite's Porter), so synonym
    alternatives that the index cannot tell apart ("benefits"/"benefit") are queried once."""

    def __init__(self) -> None:
        self._conn = sqlite3.connect(":memory:", check_same_thread=False)
        self._conn.execute(f"CREATE VIRTUAL TABLE s USING fts5(w, tokenize='{TOKENIZE}')")
        self._conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(s, 'instance')")
        self._cache: dict[str, str] = {}
        self._lock = threading.Lock()

    def __call__(self, word: str) -> str:
        stem = self._cache.get(word)
        if stem is None:
            self.learn([word])
            stem = self._cache.get(word, word)
        return stem

    def learn(self, batch: Iterable[str]) -> None:
        missing = sorted({w for w in batch if w not in self._cache})
        if not missing:
            return
        with self._lock:
            self._conn.executemany(
                "INSERT INTO s (rowid, w) VALUES (?, ?)", list(enumerate(missing))
            )
            for i, term in self._conn.execute("SELECT doc, term FROM v"):
                if len(self._cache) < 100_000:
                    self._cache[missing[i]] = term
            self._conn.execute("DELETE FROM s")


def distinct_alternatives(
    alternatives: Iterable[tuple[str, ...]], stem: PorterStems
) -> list[tuple[str, ...]]:
    """Drop synonym alternatives that cannot add a match to one already kept: the same words
    to the index ("benefits"/"benefit"), or a phrase containing a kept single word or all the
    typed words ("welfare benefits" after "benefits"). Each costs scoring time and finds
    nothing new. The first (what was typed) is always kept."""
    kept: list[tuple[str, ...]] = []
    covering: list[frozenset[str]] = []  # kept alternatives that match by their words alone
    seen: set[tuple[str, ...]] = set()
    for i, alt in enumerate(alternatives):
        stems = tuple(stem(w) for w in alt)
        if i and (stems in seen or any(c <= set(stems) for c in covering)):
            continue
        kept.append(alt)
        seen.add(stems)
        if i == 0 or len(alt) == 1:
            covering.append(frozenset(stems))
    return kept


def fts_expression(
    need: Need,
    relaxed: bool = False,
    columns: str | None = None,
    stem: PorterStems | None = None,
    unweighed: Callable[[str], bool] | None = None,
) -> str:
    """A need as an FTS5 query: concepts AND-ed (OR-ed when ``relaxed``), each an OR of its
    synonym alternatives. Words are letters and digits only (``index.vocab.words``), so no FTS5
    syntax can come from the person's input. ``unweighed`` words are left out of the words
    typed together (unless none would be left): the expression then matches more, for
    scoring only."""
    slot_exprs: list[str] = []
    for slot in need.slots:
        alts: list[str] = []
        options = distinct_alternatives(slot.alternatives, stem) if stem else slot.alternatives
        if unweighed is not None and options:
            typed = tuple(w for w in options[0] if not unweighed(w)) or options[0]
            options = [typed, *options[1:]]
        for i, alt in enumerate(options):
            if len(alt) == 1:
                alts.append(f'"{alt[0]}"' + (" *" if slot.prefix else ""))
            elif i == 0:  # what was typed: every word, anywhere
                alts.append("(" + " AND ".join(f'"{w}"' for w in alt) + ")")
            else:  # a synonym: the phrase
                alts.append('"' + " ".join(alt) + '"')
        slot_exprs.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    expr = (" OR " if relaxed else " AND ").join(slot_exprs)
    return f"{{{columns}}} : ({expr})" if columns else expr
