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
- **Typos and synonyms** come from ``index.queries``: an unknown word is corrected against the
  index's own vocabulary (``words_N``, an unstemmed FTS5 word list with document frequencies)
  and the vocabulary files; synonyms expand each concept into an OR of alternatives, deduped by
  the Porter stems the index itself uses.
- **Filters** are sets (facet keys, open days, the R*Tree bounding box) materialised once per
  search in temp tables and kept per connection for the next searches.
- **Geo**: an R*Tree bounding-box prefilter, cheap planar distances to rank, exact great-circle
  distances (geopy, ``index.geo``) for what is shown and for borderline radius decisions.
- **Suggestions**: service and organisation names in their own FTS5 table, stored heaviest
  first so a bounded scan finds the best; categories and synonyms are matched in memory.
"""

from __future__ import annotations

import gc
import json
import math
import queue
import sqlite3
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from pathlib import Path

from index.backends.document import COST_LABELS, DocumentBuilder, IndexDocument
from index.backends.errors import BackendError, IndexNotBuilt
from index.backends.protocol import (
    BackendHealth,
    FacetCount,
    SearchHit,
    SearchPage,
    SearchQuery,
    Suggestion,
)
from index.backends.suggestions import (
    Candidate,
    SuggestionRanker,
    prefix_words,
    service_suggestion_text,
)
from index.geo import Gazetteer, bounding_box, distance_km
from index.hits import Highlighter, finish_hit
from index.model import DAYS, MergedService, utcnow
from index.queries import MINUTES_PER_DAY, Need, QueryPlan, QueryPlanner, WordIndex
from index.taxonomy import Taxonomy, default_taxonomy
from index.vocab import SynonymTable, default_synonyms, fold

SCHEMA = 1
RANK_ALL = 1_000
"""A need with at most this many matches is ranked and faceted exactly; beyond it the first
``RANK_ALL`` matches, the first ``RANK_ALL`` matches by name and the nearest are scored."""
FACET_SET_MAX = 50_000
"""A facet filter naming at most this many services is materialised as a set."""
CACHED_SETS = 8
"""Materialised filter sets kept per connection."""
RINGS_KM = (2.0, 5.0, 10.0, 25.0, 60.0, 150.0, 400.0)
"""Growing search areas for "nearest first" when a need has too many matches to rank all."""
WEIGHTS = "10.0, 6.0, 3.0, 1.0, 0.5"  # name, categories, organization, description, place
TOKENIZE = "porter unicode61 remove_diacritics 2"
MAX_POINTS = 8
BATCH = 2000
FACETS = ("category", "borough", "cost", "source")
FACET_VALUES_SHOWN = 40
SUGGEST_SCAN = 200
EARTH_RADIUS_KM = 6371.009  # geopy's great_circle radius, so distances agree with index.geo


def decay(distance: float | None) -> float:
    """How much nearness counts in relevance order: 1 within a kilometre, halving every 5 km
    after that; a service with no known position counts as if 12 km away. Elasticsearch uses
    the same exponential decay (``mapping.py``)."""
    if distance is None:
        return float(0.5 ** (11 / 5))
    return float(0.5 ** (max(0.0, distance - 1.0) / 5.0))


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
    need: Need, relaxed: bool = False, columns: str | None = None, stem: PorterStems | None = None
) -> str:
    """A need as an FTS5 query: concepts AND-ed (OR-ed when ``relaxed``), each an OR of its
    synonym alternatives. Words are letters and digits only (``index.vocab.words``), so no FTS5
    syntax can come from the person's input."""
    slot_exprs: list[str] = []
    for slot in need.slots:
        alts: list[str] = []
        options = distinct_alternatives(slot.alternatives, stem) if stem else slot.alternatives
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


def planar_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance on geopy's sphere: within 0.01 % of the great circle at city
    scale and a fraction of its cost, so it ranks and prefilters thousands of candidates; the
    distances shown, and any that decide a radius by a hair, are exact (``index.geo``)."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return EARTH_RADIUS_KM * math.hypot(x, math.radians(lat2 - lat1))


def _points_text(points: list[tuple[float, float]]) -> str | None:
    """Positions after the first (most services have one), as ``lat,lon;lat,lon``."""
    return ";".join(f"{lat:.6f},{lon:.6f}" for lat, lon in points[1:MAX_POINTS]) or None


def _positions(lat: float | None, lon: float | None, more: str | None) -> list[tuple[float, float]]:
    if lat is None or lon is None:
        return []
    out = [(lat, lon)]
    if more:
        for pair in more.split(";"):
            a, b = pair.split(",")
            out.append((float(a), float(b)))
    return out


def nearest_km(
    lat: float | None, lon: float | None, more: str | None, olat: float, olon: float,
    exact: bool = False,
) -> float | None:  # fmt: skip
    """Distance from the origin to the service's nearest position (``None`` if it has none)."""
    measure = distance_km if exact else planar_km
    points = _positions(lat, lon, more)
    return min((measure(olat, olon, a, b) for a, b in points), default=None)


def within_km(
    lat: float | None, lon: float | None, more: str | None, olat: float, olon: float, radius: float
) -> bool:
    d = nearest_km(lat, lon, more, olat, olon)
    if d is None:
        return False
    if abs(d - radius) <= radius * 0.005:  # too close to call with the cheap measure
        d = nearest_km(lat, lon, more, olat, olon, exact=True)
    return d is not None and d <= radius


@dataclass
class _State:
    """Per-generation caches, rebuilt when the generation or version changes."""

    generation: int
    version: int
    documents: int
    words: WordIndex
    ranker: SuggestionRanker
    facet_counts: dict[str, int]
    """``facet:value`` → services carrying it, over the whole index."""


@dataclass
class _Match:
    rowid: int
    text_score: float = 0.0
    distance: float | None = None
    score: float = 0.0
    facets: str = ""
    position: tuple[float | None, float | None, str | None] = (None, None, None)


@dataclass
class _NeedResult:
    need: Need | None
    matches: dict[int, _Match]
    total: int
    exact: bool = True
    """Every match is in ``matches`` (else they are the scored slices of a larger set)."""
    expr: str | None = None
    sample: list[int] = field(default_factory=list)
    """When not exact: the first ``RANK_ALL`` matches in rowid order — an unbiased sample,
    since row ids follow no attribute — from which facet counts are estimated."""
    ranked: list[_Match] = field(default_factory=list)


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
                    batch: list[tuple[int, IndexDocument]] = item  # type: ignore[assignment]
                    backend._insert_rows(conn, g, batch)
                    backend._index_text(conn, g, batch[0][0], batch[-1][0])
                    n = batch[-1][0]
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
        self._state: _State | None = None
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
    def _read(self) -> Iterator[tuple[sqlite3.Connection, _State]]:
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

    def _state_for(self, conn: sqlite3.Connection, meta: dict[str, str]) -> _State:
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
            self._state = _State(gen, version, documents, word_index, ranker, facet_counts)
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
    def _insert_rows(
        conn: sqlite3.Connection, g: int, batch: list[tuple[int, IndexDocument]]
    ) -> None:
        conn.executemany(
            f"INSERT INTO docs_{g} VALUES (?,?,?,?,?,?,?,?)",
            [
                (r, d.id, d.name, d.categories_text, d.organization, d.description,
                 d.place_text, json.dumps(d.hit, separators=(",", ":")))
                for r, d in batch
            ],
        )  # fmt: skip
        facet_rows = [(r, d.facet_values()) for r, d in batch]
        conn.executemany(
            f"INSERT INTO attrs_{g} VALUES (?,?,?,?,?)",
            [
                (
                    r,
                    d.points[0][0] if d.points else None,
                    d.points[0][1] if d.points else None,
                    _points_text(d.points),
                    "\n".join(f"{f}:{v}" for f, v in fv),
                )
                for (r, d), (_, fv) in zip(batch, facet_rows, strict=True)
            ],
        )
        conn.executemany(
            f"INSERT INTO facets_{g} (key, doc) VALUES (?, ?)",
            [(f"{f}:{v}", r) for r, fv in facet_rows for f, v in fv],
        )
        conn.executemany(
            f"INSERT INTO ages_{g} VALUES (?,?,?)",
            [
                (r, d.min_age if d.min_age is not None else 0,
                 d.max_age if d.max_age is not None else 200)
                for r, d in batch
                if d.min_age is not None or d.max_age is not None
            ],
        )  # fmt: skip
        conn.executemany(
            f"INSERT OR IGNORE INTO hours_{g} VALUES (?,?,?,?)",
            [(r, s, e, int(t)) for r, d in batch for s, e, t in d.hours],
        )
        conn.executemany(
            f"INSERT INTO geo_{g} VALUES (?,?,?,?,?)",
            [
                (r * MAX_POINTS + k, lat, lat, lon, lon)
                for r, d in batch
                for k, (lat, lon) in enumerate(d.points[:MAX_POINTS])
            ],
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
                            writer.send(batch)
                            batch = []
                    if batch:
                        writer.send(batch)
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
            search = _Search(conn, state, plan, self.taxonomy, self._set_cache(), self.stems)
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
        conn: sqlite3.Connection, state: _State, tokens: list[str], complete: bool, limit: int
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


class _Search:
    """One search against one generation: candidate matches per need, distances, ranking,
    interleaving, facets and the page of hits."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        state: _State,
        plan: QueryPlan,
        taxonomy: Taxonomy,
        sets: OrderedDict[tuple[object, ...], str],
        stems: PorterStems,
    ) -> None:
        self.conn = conn
        self.stems = stems
        self.state = state
        self.g = state.generation
        self.plan = plan
        self.taxonomy = taxonomy
        self.want = plan.page * plan.per_page
        self.origin = plan.origin
        self._sets = sets

    def _temp_set(self, key: tuple[object, ...], select: str, params: list[object]) -> str:
        """A set of row ids materialised in a temp table, so the statements of a search do
        not each rebuild it; kept (per connection, per index version) for the next searches,
        since the same category and borough filters come back again and again."""
        full_key = (self.g, self.state.version, *key)
        name = self._sets.get(full_key)
        if name is not None:
            self._sets.move_to_end(full_key)
            return f"temp.{name}"
        if len(self._sets) >= CACHED_SETS:
            _, name = self._sets.popitem(last=False)
        else:
            name = f"sp_set{len(self._sets)}"
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (doc INTEGER PRIMARY KEY)")
        self.conn.execute(f"DELETE FROM temp.{name}")
        self.conn.execute(f"INSERT OR IGNORE INTO temp.{name} {select}", params)
        self._sets[full_key] = name
        return f"temp.{name}"

    # -- SQL pieces ---------------------------------------------------------------------------

    def _filters(self, r: str, *, driving: bool = False) -> tuple[str, list[object]]:
        """The plan's filters as SQL over the row id expression ``r``.

        With ``driving`` (no text) set filters are ``r IN (…)`` so SQLite starts from them.
        Under a text match a facet filter is a set built once (``+r IN``: the plus keeps
        SQLite from running one FTS5 query per member) unless the set is huge, when probing
        each match is cheaper (``EXISTS``)."""
        g, p = self.g, self.plan
        conds: list[str] = []
        params: list[object] = []

        def any_facet(facet: str, values: Iterable[str]) -> None:
            keys = [f"{facet}:{v}" for v in values]
            marks = ",".join("?" * len(keys))
            size = sum(self.state.facet_counts.get(k, 0) for k in keys)
            if size <= FACET_SET_MAX:
                select = f"SELECT doc FROM facets_{g} WHERE key IN ({marks})"
                table = self._temp_set(("facet", *keys), select, list(keys))
                conds.append(f"{r} IN {table}" if driving else f"+{r} IN {table}")
                return
            if driving:
                conds.append(f"{r} IN (SELECT doc FROM facets_{g} WHERE key IN ({marks}))")
            else:
                conds.append(
                    f"EXISTS (SELECT 1 FROM facets_{g} x WHERE x.key IN ({marks}) AND x.doc = {r})"
                )
            params.extend(keys)

        if p.category_requested:
            if p.categories:
                any_facet("category", sorted(p.categories))
            else:
                conds.append("0")
        if p.boroughs:
            any_facet("borough", p.boroughs)
        if p.sources:
            any_facet("source", p.sources)
        if p.free_only:
            any_facet("cost", ["free"])
        if p.age is not None:
            conds.append(
                f"NOT EXISTS (SELECT 1 FROM ages_{g} y WHERE y.doc = {r}"
                " AND (y.lo > ? OR y.hi < ?))"
            )
            params += [p.age, p.age]
        if p.open_at is not None:
            o = p.open_at
            any_facet("open", [DAYS[(o.start // MINUTES_PER_DAY) % 7]])
            if o.timed:
                conds.append(
                    f"EXISTS (SELECT 1 FROM hours_{g} h WHERE h.doc = {r} AND h.timed = 1"
                    " AND h.start <= ? AND h.stop > ?)"
                )
                params += [o.start, o.start]
        if self.origin is not None and p.radius_km:
            box = list(bounding_box(self.origin.lat, self.origin.lon, p.radius_km))
            select = (
                f"SELECT id / {MAX_POINTS} FROM geo_{g} WHERE min_lat >= ? AND max_lat <= ?"
                " AND min_lon >= ? AND max_lon <= ?"
            )
            table = self._temp_set(("box", *box), select, box)
            conds.append(f"{r} IN {table}" if driving else f"+{r} IN {table}")
        return "".join(f" AND {c}" for c in conds), params

    def _bbox_sql(self, r: str) -> str:
        """Row ids with a position in the box (the R*Tree prefilter)."""
        return (
            f"{r} IN (SELECT id / {MAX_POINTS} FROM geo_{self.g} WHERE min_lat >= ?"
            " AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?)"
        )

    def _probe(
        self, expr: str | None, extra: str = "", extra_params: Iterable[object] = (),
        limit: int = RANK_ALL + 1,
    ) -> list[int]:  # fmt: skip
        """Matching row ids in rowid order, unscored, at most ``limit``: cheap, because
        SQLite stops as soon as it has enough."""
        g = self.g
        if expr is None:
            where, params = self._filters("a.rowid", driving=True)
            sql = f"SELECT a.rowid FROM attrs_{g} a WHERE 1{where}{extra} LIMIT ?"
            args = [*params, *extra_params, limit]
        else:
            where, params = self._filters("f.rowid")
            sql = f"SELECT f.rowid FROM fts_{g} f WHERE fts_{g} MATCH ?{where}{extra} LIMIT ?"
            args = [expr, *params, *extra_params, limit]
        return [r[0] for r in self.conn.execute(sql, args)]

    def _scored(
        self, expr: str, extra: str = "", extra_params: Iterable[object] = ()
    ) -> dict[int, float]:
        """bm25 with field weights (higher is better) for the matches passing the filters."""
        g = self.g
        where, params = self._filters("f.rowid")
        sql = (
            f"SELECT f.rowid, -bm25(fts_{g}, {WEIGHTS}) FROM fts_{g} f"
            f" WHERE fts_{g} MATCH ?{where}{extra}"
        )
        return dict(self.conn.execute(sql, [expr, *params, *extra_params]).fetchall())

    def _count(self, expr: str | None) -> int:
        """Exact number of matches passing the filters (the circle too, not just its box)."""
        g = self.g
        r = "a.rowid" if expr is None else "f.rowid"
        circle, circle_params = "", []
        if self.origin is not None and self.plan.radius_km:
            circle = (
                f" AND (SELECT sp_within(lat, lon, more, ?, ?, ?) FROM attrs_{g} WHERE rowid = {r})"
            )
            circle_params = [self.origin.lat, self.origin.lon, self.plan.radius_km]
        if expr is None:
            where, params = self._filters(r, driving=True)
            sql = f"SELECT count(*) FROM attrs_{g} a WHERE 1{where}{circle}"
            args = [*params, *circle_params]
        else:
            where, params = self._filters(r)
            sql = f"SELECT count(*) FROM fts_{g} f WHERE fts_{g} MATCH ?{where}{circle}"
            args = [expr, *params, *circle_params]
        return int(self.conn.execute(sql, args).fetchone()[0])

    # -- candidates ---------------------------------------------------------------------------

    def _text_need(self, need: Need) -> _NeedResult:
        relaxed = False
        expr = fts_expression(need, stem=self.stems)
        ids = self._probe(expr)
        if not ids and len(need.slots) > 1:
            relaxed = True  # no service has every word: rank those that have most of them
            expr = fts_expression(need, relaxed=True, stem=self.stems)
            ids = self._probe(expr)
        if len(ids) <= RANK_ALL:
            matches = {r: _Match(r, s) for r, s in self._scored(expr).items()} if ids else {}
            return _NeedResult(need, matches, len(matches), True, expr)
        # Too many to score them all: gather bounded candidates with cheap unscored probes,
        # then score them in one statement (FTS5 recomputes bm25's IDF in every statement).
        if self.origin is not None and self.plan.sort == "distance":
            candidates = set(self._nearest(expr))  # nearest first needs only the nearest
        else:
            candidates = set(ids[:RANK_ALL])
            columns = "name"
            name_expr = fts_expression(need, relaxed=relaxed, columns=columns, stem=self.stems)
            candidates.update(self._probe(name_expr, limit=RANK_ALL))
            if self.origin is not None:
                candidates.update(self._nearest(expr))
        table = self._candidate_table(candidates)
        scores = self._scored(expr, f" AND +f.rowid IN {table}")
        matches = {r: _Match(r, s) for r, s in scores.items()}
        return _NeedResult(need, matches, self._count(expr), False, expr, ids[:RANK_ALL])

    def _candidate_table(self, rowids: Iterable[int]) -> str:
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS sp_cand (doc INTEGER PRIMARY KEY)")
        self.conn.execute("DELETE FROM temp.sp_cand")
        self.conn.executemany("INSERT INTO temp.sp_cand VALUES (?)", [(r,) for r in rowids])
        return "temp.sp_cand"

    def _nearest(self, expr: str | None) -> list[int]:
        """Matches around the origin, in growing squares until enough lie inside the circle
        (or the square holds more than can be ranked): the nearest are all among them."""
        assert self.origin is not None
        o = self.origin
        found: list[int] = []
        limit = self.plan.radius_km or RINGS_KM[-1]
        for ring in RINGS_KM:
            ring = min(ring, limit)
            box = list(bounding_box(o.lat, o.lon, ring))
            r = "a.rowid" if expr is None else "+f.rowid"
            found = self._probe(expr, " AND " + self._bbox_sql(r), box)
            if len(found) > RANK_ALL or ring >= limit:
                break
            inside = sum(
                1 for lat, lon, more in self._positions(found).values()
                if within_km(lat, lon, more, o.lat, o.lon, ring)
            )  # fmt: skip
            if inside >= self.want:
                break
        return found

    def _browse(self) -> _NeedResult:
        """No words: everything that passes the filters, nearest first or by name."""
        ids = self._probe(None)
        if len(ids) <= RANK_ALL:
            return _NeedResult(None, {r: _Match(r) for r in ids}, len(ids))
        if self.origin is not None:
            matches = {r: _Match(r) for r in self._nearest(None)}
        else:
            where, params = self._filters("d.rowid", driving=True)
            rows = self.conn.execute(
                f"SELECT d.rowid FROM docs_{self.g} d WHERE 1{where} ORDER BY d.name LIMIT ?",
                [*params, max(RANK_ALL, self.want)],
            )
            matches = {r[0]: _Match(r[0]) for r in rows}
        return _NeedResult(None, matches, self._count(None), False, None, ids[:RANK_ALL])

    def _positions(
        self, rowids: list[int]
    ) -> dict[int, tuple[float | None, float | None, str | None]]:
        rows = self.conn.execute(
            f"SELECT a.rowid, a.lat, a.lon, a.more FROM json_each(?) j JOIN attrs_{self.g} a"
            " ON a.rowid = j.value",
            (json.dumps(rowids),),
        )
        return {r: (lat, lon, more) for r, lat, lon, more in rows}

    def _attach(self, results: list[_NeedResult]) -> dict[int, tuple]:
        """Fetch what ranking and facets need: positions of candidates (with an origin) and
        facet values of every exact match and of the samples; drop candidates outside the
        circle and compute distances."""
        o, radius = self.origin, self.plan.radius_km
        wanted: set[int] = set()
        for res in results:
            if o is not None or res.exact:
                wanted.update(res.matches)
            wanted.update(res.sample)
        rows = self.conn.execute(
            f"SELECT a.rowid, a.lat, a.lon, a.more, a.facets FROM json_each(?) j"
            f" JOIN attrs_{self.g} a ON a.rowid = j.value",
            (json.dumps(sorted(wanted)),),
        ).fetchall()
        info = {r[0]: r[1:] for r in rows}
        for res in results:
            if o is None and not res.exact:
                continue
            for r, m in list(res.matches.items()):
                lat, lon, more, facets = info.get(r, (None, None, None, ""))
                m.facets = facets
                if o is None:
                    continue
                if radius and not within_km(lat, lon, more, o.lat, o.lon, radius):
                    del res.matches[r]
                    continue
                m.position = (lat, lon, more)
                m.distance = nearest_km(lat, lon, more, o.lat, o.lon)
            if res.exact:
                res.total = len(res.matches)
        return info

    # -- assembling the page ------------------------------------------------------------------

    def _rank(self, res: _NeedResult) -> None:
        matches = list(res.matches.values())
        browse = res.need is None
        for m in matches:
            m.score = (1.0 if browse else m.text_score) * (decay(m.distance) if self.origin else 1)
        if self.plan.sort == "distance" or (browse and self.origin is not None):
            far = float("inf")
            matches.sort(key=lambda m: (m.distance if m.distance is not None else far, -m.score))
        elif browse:
            names = self._names([m.rowid for m in matches]) if res.exact else {}
            order = {r: i for i, r in enumerate(res.matches)}
            matches.sort(key=lambda m: (names.get(m.rowid, ""), order[m.rowid]))
        else:
            matches.sort(key=lambda m: (-m.score, m.rowid))
        res.ranked = matches

    def _names(self, rowids: list[int]) -> dict[int, str]:
        rows = self.conn.execute(
            f"SELECT d.rowid, lower(d.name) FROM json_each(?) j JOIN docs_{self.g} d"
            " ON d.rowid = j.value",
            (json.dumps(rowids),),
        )
        return dict(rows.fetchall())

    @staticmethod
    def _interleave(results: list[_NeedResult], count: int) -> list[tuple[_Match, int]]:
        """The first ``count`` results, round-robin across needs so each need is represented
        near the top (a service answering two needs appears once)."""
        if len(results) == 1:
            return [(m, 0) for m in results[0].ranked[:count]]
        out: list[tuple[_Match, int]] = []
        seen: set[int] = set()
        depth = max((len(r.ranked) for r in results), default=0)
        for i in range(depth):
            for n, res in enumerate(results):
                if i < len(res.ranked) and res.ranked[i].rowid not in seen:
                    seen.add(res.ranked[i].rowid)
                    out.append((res.ranked[i], n))
            if len(out) >= count:
                break
        return out[:count]

    def _facets(
        self, results: list[_NeedResult], info: dict[int, tuple]
    ) -> dict[str, list[FacetCount]]:
        """Exact counts when every match is known; otherwise each large need's counts are
        estimated from its sample and scaled to its exact total."""
        if not self.plan.has_text and not self._has_filters() and self.origin is None:
            counts: Counter[str] = Counter(self.state.facet_counts)
        elif all(res.exact for res in results):
            unique = {r: m.facets for res in results for r, m in res.matches.items()}
            counts = _count_pairs(unique.values())
        else:
            counts = Counter()
            o, radius = self.origin, self.plan.radius_km
            for res in results:
                if res.exact:
                    counts.update(_count_pairs(m.facets for m in res.matches.values()))
                    continue
                kept = [
                    info[r][3]
                    for r in res.sample
                    if r in info
                    and (not radius or o is None or within_km(*info[r][:3], o.lat, o.lon, radius))
                ]
                scale = res.total / len(kept) if kept else 0.0
                for key, n in _count_pairs(kept).items():
                    counts[key] += round(n * scale)
        by_facet: dict[str, Counter[str]] = {f: Counter() for f in FACETS}
        for key, n in counts.items():
            facet, value = key.split(":", 1)
            if facet in by_facet and n > 0:
                by_facet[facet][value] = n
        return {facet: self._facet_list(facet, by_facet[facet]) for facet in FACETS}

    def _has_filters(self) -> bool:
        p = self.plan
        return bool(
            p.category_requested or p.boroughs or p.sources or p.free_only or p.age is not None
            or p.open_at is not None
        )  # fmt: skip

    def _facet_list(self, facet: str, counts: Counter[str]) -> list[FacetCount]:
        def label(value: str) -> str:
            if facet == "category":
                return self.taxonomy.name(value)
            if facet == "cost":
                return COST_LABELS.get(value, value)
            return value

        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], label(kv[0])))
        return [
            FacetCount(value=v, label=label(v), count=n) for v, n in ordered[:FACET_VALUES_SHOWN]
        ]

    def _total(self, results: list[_NeedResult]) -> int:
        if len(results) == 1:
            return results[0].total
        if all(r.exact for r in results):
            return len({rid for r in results for rid in r.matches})
        union = " OR ".join(f"({r.expr})" for r in results if r.expr)
        return self._count(union)

    def _hits(self, page: list[tuple[_Match, int]], results: list[_NeedResult]) -> list[SearchHit]:
        if not page:
            return []
        rows = self.conn.execute(
            f"SELECT d.rowid, d.hit, d.description FROM json_each(?) j JOIN docs_{self.g} d"
            " ON d.rowid = j.value",
            (json.dumps([m.rowid for m, _ in page]),),
        ).fetchall()
        stored = {r: (h, desc) for r, h, desc in rows}
        exact, prefixes = self.plan.highlight_words()
        marker = Highlighter(exact, prefixes)
        multi = len(results) > 1
        hits: list[SearchHit] = []
        for m, n in page:
            if m.rowid not in stored:
                continue
            hit_json, description = stored[m.rowid]
            distance = None
            if m.distance is not None and self.origin is not None:
                distance = nearest_km(*m.position, self.origin.lat, self.origin.lon, exact=True)
            need = results[n].need
            hits.append(
                finish_hit(
                    json.loads(hit_json),
                    description=description,
                    score=m.score,
                    distance_km=distance,
                    matched_need=need.text if multi and need is not None else None,
                    marker=marker,
                )
            )
        return hits

    def run(self) -> SearchPage:
        plan = self.plan
        if plan.has_text:
            results = [self._text_need(need) for need in plan.needs]
        else:
            results = [self._browse()]
        info = self._attach(results)
        for res in results:
            self._rank(res)
        start = (plan.page - 1) * plan.per_page
        page = self._interleave(results, start + plan.per_page)[start:]
        return SearchPage(
            total=self._total(results),
            page=plan.page,
            per_page=plan.per_page,
            results=self._hits(page, results),
            facets=self._facets(results, info),
            corrected_text=plan.corrected_text,
            origin=self.origin.as_dict() if self.origin else None,
        )


def _count_pairs(facet_texts: Iterable[str]) -> Counter[str]:
    """``facet:value`` lines of many services → how many carry each (counted in C)."""
    return Counter(chain.from_iterable(f.split("\n") for f in facet_texts if f))
