"""The embedded index file: one set of tables per generation, and the ``meta`` table that says
which generation is live.

Every table carries its generation number (``docs_3``, ``fts_3`` …). A rebuild loads a new
generation in one write transaction and flips ``meta.generation`` in the same commit, so a
reader (one read transaction per search) sees the old index or the new one, never half of
one. ``version`` changes with every write, so readers know when to reload their caches.
"""

from __future__ import annotations

import sqlite3

import numpy as np

from index.backends.fts import TOKENIZE
from index.model import utcnow

SCHEMA = 2
"""2: per-document attributes as arrays in ``columns_N`` (was: side tables and an R*Tree),
word counts in ``vocab_N``. An index of another schema reads as not built: `signpost index`."""
TABLES = ("words_vocab", "words", "vocab", "fts", "suggest_fts", "docs", "suggest", "columns")
"""Dropped in this order (virtual tables before the content they index)."""
DOCS_COLUMNS = ("rowid", "id", "name", "categories", "organization", "description", "place", "hit")


def create_tables(conn: sqlite3.Connection, g: int) -> None:
    """The tables of generation ``g`` (inside the caller's transaction)."""
    # one statement at a time: executescript() would commit the open transaction
    script = f"""
        CREATE TABLE docs_{g} (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            categories TEXT NOT NULL,
            organization TEXT NOT NULL,
            description TEXT NOT NULL,
            place TEXT NOT NULL,
            hit TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE fts_{g} USING fts5(
            name, categories, organization, description, place,
            content='docs_{g}', content_rowid='rowid',
            tokenize='{TOKENIZE}'
        );
        CREATE TABLE columns_{g} (name TEXT PRIMARY KEY, data BLOB NOT NULL);
        CREATE VIEW wordsrc_{g} AS SELECT rowid, name || ' ' || categories || ' '
            || organization || ' ' || description || ' ' || place AS text FROM docs_{g};
        CREATE VIRTUAL TABLE words_{g} USING fts5(
            text, content='wordsrc_{g}', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2', detail='none'
        );
        CREATE VIRTUAL TABLE words_vocab_{g} USING fts5vocab(words_{g}, 'row');
        CREATE TABLE vocab_{g} (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE suggest_{g} (
            rowid INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            norm TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            ref TEXT,
            docs INTEGER NOT NULL
        );
        CREATE VIRTUAL TABLE suggest_fts_{g} USING fts5(
            text, content='suggest_{g}', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
        );
        """
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def create_late_indexes(conn: sqlite3.Connection, g: int) -> None:
    """Built after the bulk load (faster than maintaining them row by row): alphabetical
    order for browsing."""
    conn.execute(f"CREATE INDEX docs_{g}_name ON docs_{g}(lower(name), rowid)")


def drop_tables(conn: sqlite3.Connection, g: int) -> None:
    for table in TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}_{g}")
    conn.execute(f"DROP VIEW IF EXISTS wordsrc_{g}")


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute("SELECT key, value FROM meta")}


def next_generation(conn: sqlite3.Connection) -> int:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    gens = [int(n[5:]) for n in names if n.startswith("docs_") and n[5:].isdigit()]
    current = conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
    return max([int(current[0]) if current else 0, *gens]) + 1


def set_meta(conn: sqlite3.Connection, **values: object) -> None:
    meta = read_meta(conn)
    values["version"] = int(meta.get("version", 0)) + 1
    values["schema"] = SCHEMA
    conn.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [(k, str(v)) for k, v in values.items()],
    )


def mark_rebuilt(conn: sqlite3.Connection, g: int, documents: int) -> None:
    set_meta(conn, generation=g, documents=documents, rebuilt_at=utcnow().isoformat())


def index_text(conn: sqlite3.Connection, g: int, first: int, last: int) -> None:
    """Feed rows ``first``–``last`` of ``docs`` to the full-text and word indexes."""
    conn.execute(
        f"INSERT INTO fts_{g} (rowid, name, categories, organization, description, place)"
        f" SELECT rowid, name, categories, organization, description, place FROM docs_{g}"
        " WHERE rowid BETWEEN ? AND ?",
        (first, last),
    )
    conn.execute(
        f"INSERT INTO words_{g} (rowid, text) SELECT rowid, text FROM wordsrc_{g}"
        " WHERE rowid BETWEEN ? AND ?",
        (first, last),
    )


def store_vocabulary(conn: sqlite3.Connection, g: int) -> None:
    """Every word with the number of documents using it, kept in a table: counting them
    (``fts5vocab``) walks the whole word index — seconds at a million services — and every
    process needs them when it opens the index (typo correction, completion)."""
    conn.execute(f"DELETE FROM vocab_{g}")
    conn.execute(f"INSERT INTO vocab_{g} (term, docs) SELECT term, doc FROM words_vocab_{g}")


def name_order(conn: sqlite3.Connection, g: int) -> np.ndarray:
    """Every row id in alphabetical order of name (then row id), from the name index."""
    rows = conn.execute(f"SELECT rowid FROM docs_{g} ORDER BY lower(name), rowid")
    return np.fromiter((r[0] for r in rows), dtype=np.int64)
