"""``upsert`` and ``delete``: changes to the live generation, each in one write transaction.

The text indexes change row by row; the column arrays are read, changed (removed documents
are marked not live, new ones appended) and stored again in the same transaction, so a reader
sees every part of the change or none of it.
"""

from __future__ import annotations

import sqlite3

from index.backends.document import IndexDocument
from index.backends.embedded.columns import Columns, ColumnsBuilder
from index.backends.embedded.loader import batch_json, docs_row, insert_docs, suggestion_keys
from index.backends.embedded.schema import (
    SCHEMA,
    create_late_indexes,
    create_tables,
    index_text,
    name_order,
    next_generation,
    read_meta,
    set_meta,
    store_vocabulary,
)
from index.backends.suggestions import service_suggestion_text
from index.vocab import fold


def live_generation(conn: sqlite3.Connection) -> int:
    """The live generation; on the first write ever, a new empty one."""
    meta = read_meta(conn)
    if meta.get("schema") == str(SCHEMA) and "generation" in meta:
        return int(meta["generation"])
    g = next_generation(conn)
    create_tables(conn, g)
    create_late_indexes(conn, g)
    ColumnsBuilder().finish(name_order(conn, g)).save(conn, g)
    set_meta(conn, generation=g, documents=0)
    return g


def count(conn: sqlite3.Connection, g: int) -> int:
    return int(conn.execute(f"SELECT count(*) FROM docs_{g}").fetchone()[0])


def upsert_documents(conn: sqlite3.Connection, docs: list[IndexDocument]) -> int:
    """Add or replace documents (inside the caller's write transaction)."""
    g = live_generation(conn)
    columns = ColumnsBuilder(Columns.load(conn, g))
    remove(conn, g, [d.id for d in docs], columns)
    start = int(conn.execute(f"SELECT coalesce(max(rowid), 0) FROM docs_{g}").fetchone()[0])
    start = max(start, columns.size - 1)  # never reuse a row id the arrays still hold
    batch = [(start + i + 1, d) for i, d in enumerate(docs)]
    if batch:
        insert_docs(conn, g, batch_json([docs_row(r, d) for r, d in batch]))
        index_text(conn, g, batch[0][0], batch[-1][0])
        for r, d in batch:
            columns.add(r, d)
            for kind, text in suggestion_keys(d):
                _add_suggestion(conn, g, kind, text, d.id)
    columns.finish(name_order(conn, g)).save(conn, g)
    store_vocabulary(conn, g)
    set_meta(conn, documents=count(conn, g))
    return len(batch)


def delete_documents(conn: sqlite3.Connection, ids: list[str]) -> int:
    """Remove documents by id (inside the caller's write transaction)."""
    g = live_generation(conn)
    columns = ColumnsBuilder(Columns.load(conn, g))
    n = remove(conn, g, ids, columns)
    if n:
        columns.finish(name_order(conn, g)).save(conn, g)
        store_vocabulary(conn, g)
    set_meta(conn, documents=count(conn, g))
    return n


def remove(conn: sqlite3.Connection, g: int, ids: list[str], columns: ColumnsBuilder) -> int:
    removed = 0
    for doc_id in dict.fromkeys(ids):
        row = conn.execute(
            f"SELECT rowid, name, categories, organization, description, place"
            f" FROM docs_{g} WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            continue
        r = row[0]
        conn.execute(
            f"INSERT INTO fts_{g} (fts_{g}, rowid, name, categories, organization,"
            " description, place) VALUES ('delete', ?, ?, ?, ?, ?, ?)",
            row,
        )
        conn.execute(
            f"INSERT INTO words_{g} (words_{g}, rowid, text) SELECT 'delete', rowid, text"
            f" FROM wordsrc_{g} WHERE rowid = ?",
            (r,),
        )
        _remove_suggestion(conn, g, service_suggestion_text(row[1], row[3]))
        if row[3]:
            _remove_suggestion(conn, g, row[3])
        conn.execute(f"DELETE FROM docs_{g} WHERE rowid = ?", (r,))
        columns.remove(r)
        removed += 1
    return removed


def _add_suggestion(conn: sqlite3.Connection, g: int, kind: str, text: str, ref: str) -> None:
    norm = fold(text)
    row = conn.execute(f"SELECT rowid FROM suggest_{g} WHERE norm = ?", (norm,)).fetchone()
    if row:
        conn.execute(
            f"UPDATE suggest_{g} SET docs = docs + 1, ref = NULL,"
            " kind = CASE WHEN ? = 'service' THEN 'service' ELSE kind END WHERE rowid = ?",
            (kind, row[0]),
        )
        return
    cur = conn.execute(
        f"INSERT INTO suggest_{g} (text, norm, kind, ref, docs) VALUES (?,?,?,?,1)",
        (text, norm, kind, ref if kind == "service" else None),
    )
    conn.execute(f"INSERT INTO suggest_fts_{g} (rowid, text) VALUES (?, ?)", (cur.lastrowid, text))


def _remove_suggestion(conn: sqlite3.Connection, g: int, text: str) -> None:
    row = conn.execute(
        f"SELECT rowid, text, docs FROM suggest_{g} WHERE norm = ?", (fold(text),)
    ).fetchone()
    if row is None:
        return
    if row[2] > 1:
        conn.execute(f"UPDATE suggest_{g} SET docs = docs - 1 WHERE rowid = ?", (row[0],))
        return
    conn.execute(
        f"INSERT INTO suggest_fts_{g} (suggest_fts_{g}, rowid, text) VALUES ('delete', ?, ?)",
        (row[0], row[1]),
    )
    conn.execute(f"DELETE FROM suggest_{g} WHERE rowid = ?", (row[0],))
