"""The default search backend: SQLite FTS5 plus per-document arrays, in a file of its own
beside the store. No server: it needs only the Python standard library's SQLite and numpy.

Where each part lives:

- ``schema.py`` — the file: one set of tables per generation, ``meta`` says which is live;
- ``loader.py`` — ``rebuild``: a new generation loaded by two threads, live in one commit;
- ``updates.py`` — ``upsert`` and ``delete`` on the live generation;
- ``columns.py`` — what a search filters, measures and counts, as numpy arrays per document;
  ``grid.py`` the geographic index over their positions, ``nearby.py`` distances,
  ``filters.py`` the plan's filters;
- ``textsql.py`` — the full-text SQL (matching row ids, BM25 of candidates);
- ``searcher.py`` — one search, ``page.py`` its facets and hits; ``suggest.py`` suggestions.

Typos and synonyms come from ``index.search`` (the planner): an unknown word is corrected
against the index's own vocabulary (``words_N``, an unstemmed FTS5 word list with document
frequencies) and the vocabulary files; synonyms expand each concept into an OR of
alternatives, deduped by the Porter stems the index itself uses.

Each thread has its own read connection; each worker process (``signpost serve --workers``)
opens the file itself, and they share the operating system's page cache. The column arrays
and the vocabulary are loaded once per process and generation (``SearchState``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from index.backends.document import DocumentBuilder, IndexDocument
from index.backends.embedded.columns import Columns
from index.backends.embedded.filters import MaskCache
from index.backends.embedded.loader import LoadStats, load_generation
from index.backends.embedded.schema import SCHEMA, drop_tables, read_meta
from index.backends.embedded.searcher import EmbeddedSearch, SearchState
from index.backends.embedded.suggest import suggestions
from index.backends.embedded.textcache import TextCache
from index.backends.embedded.updates import count, delete_documents, upsert_documents
from index.backends.errors import BackendError, IndexNotBuilt
from index.backends.fts import PorterStems
from index.backends.suggest_context import suggest_in_context
from index.backends.suggestions import SuggestionRanker, prefix_words
from index.geo import Gazetteer
from index.model import MergedService
from index.search.planner import QueryPlanner
from index.search.types import BackendHealth, SearchPage, SearchQuery, Suggestion
from index.search.vocabulary import WordIndex
from index.taxonomy import Taxonomy, default_taxonomy
from index.vocab import SynonymTable, default_synonyms


class EmbeddedBackend:
    name = "embedded"
    in_process = True
    """Answers in the calling process (no network wait): the API calls it without a thread
    hop (``search_api.deps.backend_call``)."""

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
        self.last_rebuild: LoadStats | None = None
        """Figures of this object's last rebuild (for benchmarks and logs)."""

    # -- connections --------------------------------------------------------------------------

    def _connect(self, *, readonly: bool = False) -> sqlite3.Connection:
        """A connection to the index file. Searches use ``readonly`` ones (``query_only``:
        a reader can never change the file, and many processes share it through the
        operating system's page cache, the file memory-mapped); writes use their own."""
        try:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=60
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA cache_size=-65536")
            conn.execute("PRAGMA temp_store=MEMORY")
            conn.execute("PRAGMA mmap_size=1073741824")
            if readonly:
                conn.execute("PRAGMA query_only=ON")
            else:
                conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        except sqlite3.DatabaseError as exc:
            raise BackendError(f"search index {self.path} is unusable: {exc}") from exc
        return conn

    def _conn(self, *, create: bool = False) -> sqlite3.Connection:
        """This thread's connection: for reading (the file must exist), or with ``create``
        for writing (the file is made if need be)."""
        name = "wconn" if create else "conn"
        conn = getattr(self._local, name, None)
        if conn is None:
            if not create and not self.path.exists():
                raise IndexNotBuilt(f"search index {self.path} not built: run `signpost index`")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect(readonly=not create)
            setattr(self._local, name, conn)
        return conn

    def close(self) -> None:
        """Close this thread's connections (others close when their threads end)."""
        for name in ("conn", "wconn"):
            conn = getattr(self._local, name, None)
            if conn is not None:
                conn.close()
                setattr(self._local, name, None)

    @contextmanager
    def _read(self) -> Iterator[tuple[sqlite3.Connection, SearchState]]:
        """One read transaction, so every statement of a search sees the same generation."""
        conn = self._conn()
        try:
            conn.execute("BEGIN")
            meta = read_meta(conn)
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if "no such table: meta" in str(exc):  # a file nothing was ever written to
                raise IndexNotBuilt(
                    f"search index {self.path} not built: run `signpost index`"
                ) from exc
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
            state = self._state
            if state is not None and (state.generation, state.version) == (gen, version):
                return state
            counts = dict(conn.execute(f"SELECT term, docs FROM vocab_{gen}"))
            word_index = WordIndex(counts, self.planner.static_words)
            columns = Columns.load(conn, gen)
            category_counts = {
                k.split(":", 1)[1]: n
                for k, n in columns.all_facet_counts().items()
                if k.startswith("category:")
            }
            ranker = SuggestionRanker(self.taxonomy, self.synonyms, category_counts, word_index)
            documents = int(meta.get("documents", 0))
            self._state = SearchState(
                gen, version, documents, word_index, ranker, columns, MaskCache(columns),
                TextCache(),
            )  # fmt: skip
            return self._state

    # -- writing ------------------------------------------------------------------------------

    def _documents(self, services: Iterable[MergedService]) -> list[IndexDocument]:
        return [d for d in map(self.builder.build, services) if d is not None]

    def rebuild(self, services: Iterable[MergedService]) -> int:
        """Index everything into a new generation and make it live in the same commit; on any
        error the previous index stays live, untouched (``loader.py``)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._write_lock:
            stats = load_generation(self._connect(), self.builder, services)
            conn = self._conn(create=True)
            if stats.replaced is not None:
                conn.execute("BEGIN IMMEDIATE")
                drop_tables(conn, stats.replaced)
                conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.last_rebuild = stats
            return stats.documents

    def upsert(self, services: Iterable[MergedService]) -> int:
        """Add or replace services in the live generation, in one transaction."""
        docs = self._documents(services)
        with self._write_lock, self._write() as conn:
            return upsert_documents(conn, docs)

    def delete(self, ids: Iterable[str]) -> int:
        wanted = list(ids)
        with self._write_lock, self._write() as conn:
            return delete_documents(conn, wanted)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn(create=True)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    # -- reading ------------------------------------------------------------------------------

    def search(self, query: SearchQuery, *, now: datetime | None = None) -> SearchPage:
        """``now`` pins "open now" for tests; otherwise it is the current London time."""
        with self._read() as (conn, state):
            plan = self.planner.plan(query, state.words, now)
            return EmbeddedSearch(conn, state, plan, self.taxonomy, self.stems).run()

    def forget_text(self) -> None:
        """Drop this process's cached matches and scores (``textcache.py``), as if each need
        were asked for the first time: benchmarks measure that too."""
        if self._state is not None:
            self._state.text.clear()

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        return suggest_in_context(prefix, limit, self.planner, self._suggest_words)

    def _suggest_words(self, prefix: str, limit: int) -> list[Suggestion]:
        """Completions of ``prefix`` taken as one phrase (typos corrected when none)."""
        tokens, complete = prefix_words(prefix)
        limit = max(1, min(int(limit), 50))
        if not tokens:
            return []
        with self._read() as (conn, state):
            g, ranker = state.generation, state.ranker
            found = suggestions(conn, g, ranker, tokens, complete, limit)
            if found or len(tokens[-1]) < 4 or state.words.has_prefix(tokens[-1]):
                return found
            better = [state.words.correct(t) if not state.words.knows(t) else t for t in tokens]
            fixed = [b or t for b, t in zip(better, tokens, strict=True)]
            if fixed == tokens:
                return []
            return suggestions(conn, g, ranker, fixed, True, limit)

    def health(self) -> BackendHealth:
        try:
            with self._read() as (conn, state):
                n = count(conn, state.generation)
                detail = f"{self.path} generation {state.generation}"
            return BackendHealth(backend=self.name, ok=True, documents=n, detail=detail)
        except (BackendError, sqlite3.DatabaseError) as exc:
            return BackendHealth(backend=self.name, ok=False, documents=0, detail=str(exc))
