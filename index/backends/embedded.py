"""The default search backend: SQLite FTS5 in a file of its own beside the store.

Why this shape:

- **Generations.** Every table set carries a generation number (``docs_3``, ``fts_3`` …) and
  ``meta`` says which one is live. ``rebuild`` loads a new generation in one write transaction
  and flips the pointer in the same commit, so a reader (WAL mode, one read transaction per
  search) sees the old index or the new one, never half of one. Old tables are dropped after.
- **Ranking.** FTS5 ``bm25`` with field weights (name > categories > organisation > description
  > address). A need with up to ``RANK_ALL`` matches is ranked exactly. Past that (a broad word
  at a million rows) the re-rank is bounded: the first ``RANK_ALL`` matches in rowid order
  (arbitrary with respect to relevance), the first ``RANK_ALL`` matches by name, and — with an
  origin — the nearest matches are gathered by cheap unscored probes and scored in one
  statement. The total is still an exact count; facet counts are then estimated from the
  first ``RANK_ALL`` matches (an unbiased sample: row ids follow no attribute).
- **Typos and synonyms** come from ``index.search``: an unknown word is corrected against the
  index's own vocabulary (``words_N``, an unstemmed FTS5 word list with document frequencies)
  and the vocabulary files; synonyms expand each concept into an OR of alternatives, deduped by
  the Porter stems the index itself uses.
- **Filters** are sets (facet keys, open days, the R*Tree bounding box) materialised once per
  search in temp tables and kept per connection for the next searches.
- **Geo**: an R*Tree bounding-box prefilter, cheap planar distances to rank, exact great-circle
  distances (geopy, ``index.geo``) for what is shown and for borderline radius decisions.
- **Suggestions**: service and organisation names in their own FTS5 table, stored heaviest
  first so a bounded scan finds the best; categories and synonyms are matched in memory.

This module holds the file, its schema and the writing; one search is ``embedded_search.py``,
FTS5 expressions ``fts.py``, distances ``distance.py``.
"""

from __future__ import annotations

import gc
import json
import queue
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from index.backends.distance import MAX_POINTS, points_text, within_km
from index.backends.document import DocumentBuilder, IndexDocument
from index.backends.embedded_search import EmbeddedSearch, SearchState
from index.backends.errors import BackendError, IndexNotBuilt
from index.backends.fts import TOKENIZE, PorterStems
from index.backends.suggestions import (
    Candidate,
    SuggestionRanker,
    prefix_words,
    service_suggestion_text,
)
from index.geo import Gazetteer
from index.model import MergedService, utcnow
from index.search.planner import QueryPlanner
from index.search.types import BackendHealth, SearchPage, SearchQuery, Suggestion
from index.search.vocabulary import WordIndex
from index.taxonomy import Taxonomy, default_taxonomy
from index.vocab import SynonymTable, default_synonyms, fold

SCHEMA = 1
BATCH = 2000
SUGGEST_SCAN = 200


def _count_suggestions(suggestions: dict[str, list[object]], doc: IndexDocument) -> None:
    """One suggestion per distinct text (folded); a text several services share has no id."""
    keys = [("service", service_suggestion_text(doc.name, doc.organization))]
    if doc.organization:
        keys.append(("organization", doc.organization))
    for kind, text in keys:
        norm = fold(text)
        entry = suggestions.get(norm)
        if entry is None:
            suggestions[norm] = [text, kind, doc.id, 1]
        else:
            entry[3] = int(entry[3]) + 1  # type: ignore[call-overload]
            entry[2] = None
            if kind == "service":
                entry[1] = "service"


_END = object()
_COLUMNS: dict[str, tuple[str, ...]] = {
    "docs": ("rowid", "id", "name", "categories", "organization", "description", "place", "hit"),
    "attrs": ("rowid", "lat", "lon", "more", "facets"),
    "facets": ("key", "doc"),
    "ages": ("doc", "lo", "hi"),
    "hours": ("doc", "start", "stop", "timed"),
    "geo": ("id", "min_lat", "max_lat", "min_lon", "max_lon"),
}
"""Side tables in insertion order, with the columns a batch fills."""


@contextmanager
def _gc_paused() -> Iterator[None]:
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


class _BulkWriter(threading.Thread):
    """The writing half of ``rebuild``: one write transaction on its own connection that
    creates the next generation, loads batches as they arrive and flips the live pointer in
    its commit. Any failure rolls everything back; the error is re-raised in the caller."""

    def __init__(self, conn: sqlite3.Connection, backend: EmbeddedBackend) -> None:
        super().__init__(name="signpost-index-writer", daemon=True)
        self.conn = conn
        self.backend = backend
        self.queue: queue.Queue[object] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.old: int | None = None

    def send(self, item: object) -> None:
        while True:
            if self.error is not None or not self.is_alive():
                raise BackendError(f"index writer stopped: {self.error}") from self.error
            try:
                self.queue.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    def finish(self, suggestions: dict[str, list[object]]) -> None:
        self.send((_END, suggestions))

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
        conn, backend = self.conn, self.backend
        try:
            conn.execute("PRAGMA cache_size=-262144")
            conn.execute("BEGIN IMMEDIATE")
            try:
                old = backend._meta(conn).get("generation")
                g = backend._next_generation(conn)
                backend._create_tables(conn, g)
                n = 0
                while True:
                    item = self.queue.get()
                    if item is None:
                        raise BackendError("rebuild aborted")
                    if isinstance(item, tuple) and item[0] is _END:
                        backend._finish_load(conn, g, item[1])
                        break
                    first, last, payload = item  # type: ignore[misc]
                    backend._insert_payload(conn, g, payload)
                    backend._index_text(conn, g, first, last)
                    n = last
                backend._set_meta(conn, generation=g, documents=n, rebuilt_at=utcnow().isoformat())
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


class EmbeddedBackend:
    name = "embedded"

    def __init__(
        self,
        path: Path | str,
        *,
        gazetteer: Gazetteer | None = None,
        taxonomy: Taxonomy | None = None,
        synonyms: SynonymTable | None = None,
    ) -> None:
        self.path = Path(path)
        self.taxonomy = taxonomy or default_taxonomy()
        self.synonyms = synonyms or default_synonyms()
        self.planner = QueryPlanner(gazetteer, self.synonyms, self.taxonomy)
        self.builder = DocumentBuilder(self.taxonomy, gazetteer)
        self.stems = PorterStems()
        self.stems.learn(self.planner.static_words)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._state: SearchState | None = None
        self._state_lock = threading.Lock()

    # -- connections --------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=60
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA cache_size=-65536")
            conn.execute("PRAGMA temp_store=MEMORY")
            conn.execute("PRAGMA mmap_size=268435456")
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        except sqlite3.DatabaseError as exc:
            raise BackendError(f"search index {self.path} is unusable: {exc}") from exc
        conn.create_function("sp_within", 6, within_km, deterministic=True)
        return conn

    def _conn(self, *, create: bool = False) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if not create and not self.path.exists():
                raise IndexNotBuilt(f"search index {self.path} not built: run `signpost index`")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect()
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close this thread's connection (others close when their threads end)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    @staticmethod
    def _meta(conn: sqlite3.Connection) -> dict[str, str]:
        return {k: v for k, v in conn.execute("SELECT key, value FROM meta")}

    @contextmanager
    def _read(self) -> Iterator[tuple[sqlite3.Connection, SearchState]]:
        """One read transaction, so every statement of a search sees the same generation."""
        conn = self._conn()
        try:
            conn.execute("BEGIN")
            meta = self._meta(conn)
        except sqlite3.DatabaseError as exc:
            raise BackendError(f"search index {self.path} is unusable: {exc}") from exc
        try:
            if meta.get("schema") != str(SCHEMA) or "generation" not in meta:
                raise IndexNotBuilt(f"search index {self.path} not built: run `signpost index`")
            yield conn, self._state_for(conn, meta)
        finally:
            conn.execute("COMMIT")

    def _state_for(self, conn: sqlite3.Connection, meta: dict[str, str]) -> SearchState:
        gen, version = int(meta["generation"]), int(meta["version"])
        state = self._state
        if state is not None and (state.generation, state.version) == (gen, version):
            return state
        with self._state_lock:
            counts = dict(conn.execute(f"SELECT term, doc FROM words_vocab_{gen}"))
            word_index = WordIndex(counts, self.planner.static_words)
            facet_counts = dict(conn.execute(f"SELECT key, n FROM facet_counts_{gen} WHERE n > 0"))
            category_counts = {
                k.split(":", 1)[1]: n for k, n in facet_counts.items() if k.startswith("category:")
            }
            ranker = SuggestionRanker(self.taxonomy, self.synonyms, category_counts, word_index)
            documents = int(meta.get("documents", 0))
            self._state = SearchState(gen, version, documents, word_index, ranker, facet_counts)
            return self._state

    # -- writing ------------------------------------------------------------------------------

    @staticmethod
    def _create_tables(conn: sqlite3.Connection, g: int) -> None:
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
            CREATE TABLE attrs_{g} (
                rowid INTEGER PRIMARY KEY, lat REAL, lon REAL, more TEXT, facets TEXT NOT NULL
            );
            CREATE TABLE ages_{g} (doc INTEGER PRIMARY KEY, lo INTEGER NOT NULL, hi INTEGER NOT NULL);
            CREATE TABLE facets_{g} (key TEXT NOT NULL, doc INTEGER NOT NULL);
            CREATE TABLE facet_counts_{g} (key TEXT PRIMARY KEY, n INTEGER NOT NULL)
                WITHOUT ROWID;
            CREATE TABLE hours_{g} (
                doc INTEGER NOT NULL, start INTEGER NOT NULL, stop INTEGER NOT NULL,
                timed INTEGER NOT NULL, PRIMARY KEY (doc, start, stop, timed)
            ) WITHOUT ROWID;
            CREATE VIRTUAL TABLE geo_{g} USING rtree(id, min_lat, max_lat, min_lon, max_lon);
            CREATE VIEW wordsrc_{g} AS SELECT rowid, name || ' ' || categories || ' '
                || organization || ' ' || description || ' ' || place AS text FROM docs_{g};
            CREATE VIRTUAL TABLE words_{g} USING fts5(
                text, content='wordsrc_{g}', content_rowid='rowid',
                tokenize='unicode61 remove_diacritics 2', detail='none'
            );
            CREATE VIRTUAL TABLE words_vocab_{g} USING fts5vocab(words_{g}, 'row');
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

    @staticmethod
    def _create_late_indexes(conn: sqlite3.Connection, g: int) -> None:
        """Indexes built after the bulk load (faster than maintaining them row by row)."""
        conn.execute(f"CREATE INDEX docs_{g}_name ON docs_{g}(name)")
        conn.execute(f"CREATE UNIQUE INDEX facets_{g}_key ON facets_{g}(key, doc)")
        conn.execute(f"CREATE INDEX facets_{g}_doc ON facets_{g}(doc)")
        conn.execute(f"CREATE INDEX hours_{g}_start ON hours_{g}(start, stop)")

    @staticmethod
    def _drop_tables(conn: sqlite3.Connection, g: int) -> None:
        for table in (
            "words_vocab", "words", "fts", "suggest_fts", "geo", "docs", "attrs", "ages",
            "facets", "facet_counts", "hours", "suggest",
        ):  # fmt: skip
            conn.execute(f"DROP TABLE IF EXISTS {table}_{g}")
        conn.execute(f"DROP VIEW IF EXISTS wordsrc_{g}")

    def _documents(self, services: Iterable[MergedService]) -> Iterator[IndexDocument]:
        for merged in services:
            doc = self.builder.build(merged)
            if doc is not None:
                yield doc

    @staticmethod
    def _rows(batch: list[tuple[int, IndexDocument]]) -> dict[str, list[tuple[object, ...]]]:
        """Each side table's rows for a batch of documents (row id, document)."""
        rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in _COLUMNS}
        for r, d in batch:
            fv = d.facet_values()
            rows["docs"].append(
                (r, d.id, d.name, d.categories_text, d.organization, d.description,
                 d.place_text, d.hit)
            )  # fmt: skip
            first = d.points[0] if d.points else (None, None)
            facets = "\n".join(f"{f}:{v}" for f, v in fv)
            rows["attrs"].append((r, first[0], first[1], points_text(d.points), facets))
            rows["facets"].extend((f"{f}:{v}", r) for f, v in fv)
            if d.min_age is not None or d.max_age is not None:
                lo = d.min_age if d.min_age is not None else 0
                rows["ages"].append((r, lo, d.max_age if d.max_age is not None else 200))
            rows["hours"].extend((r, s, e, int(timed)) for s, e, timed in d.hours)
            rows["geo"].extend(
                (r * MAX_POINTS + k, lat, lat, lon, lon)
                for k, (lat, lon) in enumerate(d.points[:MAX_POINTS])
            )
        return rows

    @staticmethod
    def _insert_rows(
        conn: sqlite3.Connection, g: int, batch: list[tuple[int, IndexDocument]]
    ) -> None:
        for table, rows in EmbeddedBackend._rows(batch).items():
            if table == "docs":  # the hit is stored as JSON text
                rows = [(*row[:-1], json.dumps(row[-1], separators=(",", ":"))) for row in rows]
            if rows:
                marks = ",".join("?" * len(_COLUMNS[table]))
                verb = "INSERT OR IGNORE" if table == "hours" else "INSERT"
                conn.executemany(f"{verb} INTO {table}_{g} VALUES ({marks})", rows)

    @staticmethod
    def _payload(batch: list[tuple[int, IndexDocument]]) -> dict[str, str]:
        """A batch as one JSON array per table, built on the producing thread (``json`` runs
        in C) so the writer inserts each table with one statement. A document's hit stays a
        nested object: ``->>`` hands it to SQLite as its JSON text."""
        return {
            table: json.dumps(rows, separators=(",", ":"))
            for table, rows in EmbeddedBackend._rows(batch).items()
            if rows
        }

    @staticmethod
    def _insert_payload(conn: sqlite3.Connection, g: int, payload: dict[str, str]) -> None:
        """``INSERT … SELECT … FROM json_each(?)``: one call per table that SQLite runs
        without the GIL, so the producing thread keeps building the next batch meanwhile
        (many small ``executemany`` steps would hand the GIL back and forth instead)."""
        for table, data in payload.items():
            columns = _COLUMNS[table]
            values = ", ".join(f"value ->> {i}" for i in range(len(columns)))
            verb = "INSERT OR IGNORE" if table == "hours" else "INSERT"
            conn.execute(
                f"{verb} INTO {table}_{g} ({', '.join(columns)}) SELECT {values} FROM json_each(?)",
                (data,),
            )

    def rebuild(self, services: Iterable[MergedService]) -> int:
        """Index everything into a new generation and make it live in the same commit; on any
        error the previous index stays live, untouched.

        Two threads share the work: this one reads ``services`` and builds documents (Python),
        a writer thread inserts them with its own connection (SQLite runs without the GIL),
        so both cores are busy."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._write_lock:
            writer = _BulkWriter(self._connect(), self)
            writer.start()
            n = 0
            suggestions: dict[str, list[object]] = {}  # norm → [text, kind, ref, docs]
            batch: list[tuple[int, IndexDocument]] = []
            try:
                with _gc_paused():
                    for doc in self._documents(services):
                        n += 1
                        batch.append((n, doc))
                        _count_suggestions(suggestions, doc)
                        if len(batch) >= BATCH:
                            writer.send((batch[0][0], batch[-1][0], self._payload(batch)))
                            batch = []
                    if batch:
                        writer.send((batch[0][0], batch[-1][0], self._payload(batch)))
                    writer.finish(suggestions)
            except BaseException:
                writer.abort()
                raise
            old = writer.result()
            conn = self._conn(create=True)
            if old is not None:
                conn.execute("BEGIN IMMEDIATE")
                self._drop_tables(conn, old)
                conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return n

    @staticmethod
    def _next_generation(conn: sqlite3.Connection) -> int:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        gens = [int(n[5:]) for n in names if n.startswith("docs_") and n[5:].isdigit()]
        current = conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return max([int(current[0]) if current else 0, *gens]) + 1

    def _set_meta(self, conn: sqlite3.Connection, **values: object) -> None:
        meta = self._meta(conn)
        values["version"] = int(meta.get("version", 0)) + 1
        values["schema"] = SCHEMA
        conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [(k, str(v)) for k, v in values.items()],
        )

    def _finish_load(
        self, conn: sqlite3.Connection, g: int, suggestions: dict[str, list[object]]
    ) -> None:
        """After the last batch: facet counts, suggestions (heaviest first, so a bounded scan
        in rowid order finds the best), late indexes."""
        self._create_late_indexes(conn, g)
        conn.execute(
            f"INSERT INTO facet_counts_{g} SELECT key, count(*) FROM facets_{g} GROUP BY key"
        )
        ordered = sorted(suggestions.items(), key=lambda kv: (-int(kv[1][3]), kv[0]))  # type: ignore[call-overload]
        conn.executemany(
            f"INSERT INTO suggest_{g} (norm, text, kind, ref, docs) VALUES (?,?,?,?,?)",
            [
                (norm, text, kind, ref if kind == "service" else None, docs)
                for norm, (text, kind, ref, docs) in ordered
            ],
        )
        conn.execute(f"INSERT INTO suggest_fts_{g}(suggest_fts_{g}) VALUES ('rebuild')")

    @staticmethod
    def _index_text(conn: sqlite3.Connection, g: int, first: int, last: int) -> None:
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

    @staticmethod
    def _suggestion_keys(doc: IndexDocument) -> list[tuple[str, str]]:
        keys = [("service", service_suggestion_text(doc.name, doc.organization))]
        if doc.organization:
            keys.append(("organization", doc.organization))
        return keys

    def upsert(self, services: Iterable[MergedService]) -> int:
        """Add or replace services in the live generation, in one transaction."""
        docs = list(self._documents(services))
        with self._write_lock:
            conn = self._conn(create=True)
            conn.execute("BEGIN IMMEDIATE")
            try:
                g = self._live_generation(conn)
                self._remove(conn, g, [d.id for d in docs])
                start = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM docs_{g}").fetchone()
                batch = [(int(start[0]) + i + 1, d) for i, d in enumerate(docs)]
                if batch:
                    self._insert_rows(conn, g, batch)
                    self._index_text(conn, g, batch[0][0], batch[-1][0])
                    conn.executemany(
                        f"INSERT INTO facet_counts_{g} (key, n) VALUES (?, 1)"
                        " ON CONFLICT(key) DO UPDATE SET n = n + 1",
                        [(f"{f}:{v}",) for _, d in batch for f, v in set(d.facet_values())],
                    )
                    for _, d in batch:
                        for kind, text in self._suggestion_keys(d):
                            self._add_suggestion(conn, g, kind, text, d.id)
                self._set_meta(conn, documents=self._count(conn, g))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return len(batch)

    def delete(self, ids: Iterable[str]) -> int:
        wanted = list(ids)
        with self._write_lock:
            conn = self._conn(create=True)
            conn.execute("BEGIN IMMEDIATE")
            try:
                g = self._live_generation(conn)
                n = self._remove(conn, g, wanted)
                self._set_meta(conn, documents=self._count(conn, g))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return n

    def _live_generation(self, conn: sqlite3.Connection) -> int:
        meta = self._meta(conn)
        if meta.get("schema") == str(SCHEMA) and "generation" in meta:
            return int(meta["generation"])
        g = self._next_generation(conn)  # first write ever: start from an empty generation
        self._create_tables(conn, g)
        self._create_late_indexes(conn, g)
        self._set_meta(conn, generation=g, documents=0)
        return g

    @staticmethod
    def _count(conn: sqlite3.Connection, g: int) -> int:
        return int(conn.execute(f"SELECT count(*) FROM docs_{g}").fetchone()[0])

    def _remove(self, conn: sqlite3.Connection, g: int, ids: list[str]) -> int:
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
            self._remove_suggestion(conn, g, service_suggestion_text(row[1], row[3]))
            if row[3]:
                self._remove_suggestion(conn, g, row[3])
            conn.execute(
                f"UPDATE facet_counts_{g} SET n = n - 1"
                f" WHERE key IN (SELECT key FROM facets_{g} WHERE doc = ?)",
                (r,),
            )
            for table, column in (("facets", "doc"), ("hours", "doc"), ("ages", "doc")):
                conn.execute(f"DELETE FROM {table}_{g} WHERE {column} = ?", (r,))
            conn.execute(
                f"DELETE FROM geo_{g} WHERE id BETWEEN ? AND ?",
                (r * MAX_POINTS, r * MAX_POINTS + MAX_POINTS - 1),
            )
            conn.execute(f"DELETE FROM attrs_{g} WHERE rowid = ?", (r,))
            conn.execute(f"DELETE FROM docs_{g} WHERE rowid = ?", (r,))
            removed += 1
        return removed

    @staticmethod
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
        conn.execute(
            f"INSERT INTO suggest_fts_{g} (rowid, text) VALUES (?, ?)", (cur.lastrowid, text)
        )

    @staticmethod
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

    # -- reading ------------------------------------------------------------------------------

    def search(self, query: SearchQuery, *, now: datetime | None = None) -> SearchPage:
        """``now`` pins "open now" for tests; otherwise it is the current London time."""
        with self._read() as (conn, state):
            plan = self.planner.plan(query, state.words, now)
            search = EmbeddedSearch(conn, state, plan, self.taxonomy, self._set_cache(), self.stems)
            return search.run()

    def _set_cache(self) -> OrderedDict[tuple[object, ...], str]:
        """This thread's materialised filter sets (temp tables live per connection)."""
        cache = getattr(self._local, "sets", None)
        if cache is None:
            cache = self._local.sets = OrderedDict()
        return cache

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        tokens, complete = prefix_words(prefix)
        limit = max(1, min(int(limit), 50))
        if not tokens:
            return []
        with self._read() as (conn, state):
            found = self._suggest(conn, state, tokens, complete, limit)
            if found or len(tokens[-1]) < 4 or state.words.has_prefix(tokens[-1]):
                return found
            better = [state.words.correct(t) if not state.words.knows(t) else t for t in tokens]
            fixed = [b or t for b, t in zip(better, tokens, strict=True)]
            if fixed == tokens:
                return []
            return self._suggest(conn, state, fixed, True, limit)

    @staticmethod
    def _suggest(
        conn: sqlite3.Connection, state: SearchState, tokens: list[str], complete: bool, limit: int
    ) -> list[Suggestion]:
        g = state.generation
        last = len(tokens) - 1
        expr = " AND ".join(
            f'"{t}"' + ("" if complete or i < last else " *") for i, t in enumerate(tokens)
        )
        rows = conn.execute(
            f"SELECT s.text, s.kind, s.ref, s.docs FROM suggest_fts_{g} f"
            f" JOIN suggest_{g} s ON s.rowid = f.rowid WHERE suggest_fts_{g} MATCH ? LIMIT ?",
            (expr, SUGGEST_SCAN),
        ).fetchall()
        candidates = state.ranker.static_matches(tokens, complete)
        candidates += [Candidate(t, k, r, float(d)) for t, k, r, d in rows]
        return state.ranker.rank(tokens, complete, candidates, limit)

    def health(self) -> BackendHealth:
        try:
            with self._read() as (conn, state):
                n = self._count(conn, state.generation)
                detail = f"{self.path} generation {state.generation}"
            return BackendHealth(backend=self.name, ok=True, documents=n, detail=detail)
        except (BackendError, sqlite3.DatabaseError) as exc:
            return BackendHealth(backend=self.name, ok=False, documents=0, detail=str(exc))
