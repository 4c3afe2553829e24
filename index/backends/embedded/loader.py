"""``rebuild``: a whole new generation, loaded by two threads and made live in one commit.

The calling thread turns merged services into documents (Python: taxonomy, plain text, the
result card, opening ranges), packs each batch of ``docs`` rows as one JSON array and appends
each document's attributes to the column arrays. A writer thread, with its own connection and
one write transaction, inserts each batch with one ``INSERT … SELECT … FROM json_each(?)``
and feeds it to FTS5 — SQLite runs those without the GIL, so both cores work. After the last
batch the writer stores the column arrays and the suggestions and flips the live generation in
its commit. Any failure rolls everything back: the previous index stays live, untouched.
"""

from __future__ import annotations

import gc
import json
import queue
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import orjson

from index.backends.document import DocumentBuilder, IndexDocument
from index.backends.embedded.columns import ColumnsBuilder
from index.backends.embedded.schema import (
    DOCS_COLUMNS,
    create_late_indexes,
    create_tables,
    index_text,
    mark_rebuilt,
    name_order,
    next_generation,
    read_meta,
    store_vocabulary,
)
from index.backends.errors import BackendError
from index.backends.suggestions import service_suggestion_text
from index.model import MergedService
from index.vocab import fold

BATCH = 2000
_END = object()


def docs_row(rowid: int, d: IndexDocument) -> tuple[object, ...]:
    """A document's ``docs`` row; the card stays a nested object until serialised."""
    return (rowid, d.id, d.name, d.categories_text, d.organization, d.description,
            d.place_text, d.hit)  # fmt: skip


def suggestion_keys(doc: IndexDocument) -> list[tuple[str, str]]:
    keys = [("service", service_suggestion_text(doc.name, doc.organization))]
    if doc.organization:
        keys.append(("organization", doc.organization))
    return keys


def count_suggestions(suggestions: dict[str, list[object]], doc: IndexDocument) -> None:
    """One suggestion per distinct text (folded); a text several services share has no id."""
    for kind, text in suggestion_keys(doc):
        norm = fold(text)
        entry = suggestions.get(norm)
        if entry is None:
            suggestions[norm] = [text, kind, doc.id, 1]
        else:
            entry[3] = int(entry[3]) + 1  # type: ignore[call-overload]
            entry[2] = None
            if kind == "service":
                entry[1] = "service"


def batch_json(rows: list[tuple[object, ...]]) -> str:
    """A batch of ``docs`` rows as one JSON array, by orjson (several times quicker than the
    standard library here). Handed to SQLite as text: bytes would be read as a JSONB blob.
    Text orjson refuses (not valid UTF-8) goes through the standard library, escaped, as
    before."""
    try:
        return orjson.dumps(rows).decode()
    except orjson.JSONEncodeError:  # e.g. a lone surrogate from a source's JSON escapes
        return json.dumps(rows, separators=(",", ":"))


def insert_docs(conn: sqlite3.Connection, g: int, payload: str) -> None:
    """One JSON array of ``docs`` rows in one statement that SQLite runs without the GIL (the
    card is a nested object: ``->>`` hands it over as its JSON text)."""
    values = ", ".join(f"value ->> {i}" for i in range(len(DOCS_COLUMNS)))
    conn.execute(
        f"INSERT INTO docs_{g} ({', '.join(DOCS_COLUMNS)}) SELECT {values} FROM json_each(?)",
        (payload,),
    )


def store_suggestions(
    conn: sqlite3.Connection, g: int, suggestions: dict[str, list[object]]
) -> None:
    """Heaviest first, so a bounded scan in row id order finds the best."""
    ordered = sorted(suggestions.items(), key=lambda kv: (-int(kv[1][3]), kv[0]))  # type: ignore[call-overload]
    conn.executemany(
        f"INSERT INTO suggest_{g} (norm, text, kind, ref, docs) VALUES (?,?,?,?,?)",
        [
            (norm, text, kind, ref if kind == "service" else None, docs)
            for norm, (text, kind, ref, docs) in ordered
        ],
    )
    conn.execute(f"INSERT INTO suggest_fts_{g}(suggest_fts_{g}) VALUES ('rebuild')")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk load. The load creates millions of
    short-lived acyclic objects (freed by reference counting anyway) while a large graph stays
    alive, so each automatic collection re-walks that graph: pausing it halves the time to
    build documents. Nothing here creates cycles, so memory does not grow."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class BulkWriter(threading.Thread):
    """The writing half of a rebuild: one write transaction on its own connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(name="signpost-index-writer", daemon=True)
        self.conn = conn
        self.queue: queue.Queue[object] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.old: int | None = None
        self.cpu_s = 0.0
        """This thread's CPU time (SQLite's work, mostly), for the rebuild figures."""

    def send(self, item: object) -> None:
        while True:
            if self.error is not None or not self.is_alive():
                raise BackendError(f"index writer stopped: {self.error}") from self.error
            try:
                self.queue.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    def abort(self) -> None:
        if self.is_alive():
            self.queue.put(None)  # the writer checks for it after each batch
        self.join()
        self.conn.close()

    def result(self) -> int | None:
        """Wait for the commit; the generation it replaced (to drop), if any."""
        self.join()
        self.conn.close()
        if self.error is not None:
            raise self.error
        return self.old

    def run(self) -> None:
        started = time.thread_time()
        try:
            self._run()
        finally:
            self.cpu_s = time.thread_time() - started

    def _run(self) -> None:
        conn = self.conn
        try:
            conn.execute("PRAGMA cache_size=-262144")
            conn.execute("BEGIN IMMEDIATE")
            try:
                old = read_meta(conn).get("generation")
                g = next_generation(conn)
                create_tables(conn, g)
                n = 0
                while True:
                    item = self.queue.get()
                    if item is None:
                        raise BackendError("rebuild aborted")
                    if isinstance(item, tuple) and item[0] is _END:
                        _, columns, suggestions = item
                        self._finish(g, columns, suggestions)
                        break
                    first, last, payload = item  # type: ignore[misc]
                    insert_docs(conn, g, payload)
                    index_text(conn, g, first, last)
                    n = last
                mark_rebuilt(conn, g, n)
                conn.execute("COMMIT")
                self.old = int(old) if old is not None and int(old) != g else None
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except BaseException as exc:
            self.error = exc
            while True:  # unblock a producer waiting on a full queue
                try:
                    self.queue.get_nowait()
                except queue.Empty:
                    break

    def _finish(
        self, g: int, columns: ColumnsBuilder, suggestions: dict[str, list[object]]
    ) -> None:
        create_late_indexes(self.conn, g)
        columns.finish(name_order(self.conn, g)).save(self.conn, g)
        store_suggestions(self.conn, g, suggestions)
        store_vocabulary(self.conn, g)


@dataclass
class LoadStats:
    """What a rebuild did and where its time went (both threads' CPU)."""

    documents: int = 0
    seconds: float = 0.0
    producer_cpu_s: float = 0.0
    writer_cpu_s: float = 0.0
    replaced: int | None = None


def load_generation(
    conn: sqlite3.Connection, builder: DocumentBuilder, services: Iterable[MergedService]
) -> LoadStats:
    """Load ``services`` as a new generation on ``conn`` (closed when done) and make it live."""
    started, cpu = time.perf_counter(), time.thread_time()
    writer = BulkWriter(conn)
    writer.start()
    n = 0
    suggestions: dict[str, list[object]] = {}  # norm → [text, kind, ref, docs]
    columns = ColumnsBuilder()
    rows: list[tuple[object, ...]] = []
    try:
        with gc_paused():
            for merged in services:
                doc = builder.build(merged)
                if doc is None:
                    continue
                n += 1
                rows.append(docs_row(n, doc))
                columns.add(n, doc)
                count_suggestions(suggestions, doc)
                if len(rows) >= BATCH:
                    writer.send((n - len(rows) + 1, n, batch_json(rows)))
                    rows = []
            if rows:
                writer.send((n - len(rows) + 1, n, batch_json(rows)))
            writer.send((_END, columns, suggestions))
    except BaseException:
        writer.abort()
        raise
    producer_cpu = time.thread_time() - cpu
    replaced = writer.result()
    return LoadStats(n, time.perf_counter() - started, producer_cpu, writer.cpu_s, replaced)
