"""The canonical store: one SQLite database in WAL mode with ``synchronous=FULL``.

Why SQLite: a fresh machine runs the whole job with no server, WAL lets the API read while a
harvest writes, and one transaction per harvest run gives the guarantee the product rests on —
a crash leaves the store exactly as before or exactly as after the run, never in between, so
already-harvested data is never lost.

The schema is versioned (``schema_version``) and migrated forwards on open.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from index.erasure import LISTING, PERSONAL_DATA, redact_personal_data
from index.model import MergedService, Service, SourceRecord, utcnow


class StoreError(RuntimeError):
    """The database cannot be used (corrupt, unwritable, wrong file): one-line reason."""


MIGRATIONS: list[str] = [
    # 1: the foundation schema.
    """
    CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        base_url TEXT NOT NULL,
        borough TEXT,
        priority INTEGER NOT NULL DEFAULT 50,
        config_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE harvest_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source_id TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL CHECK (status IN
            ('running','published','quarantined','failed','blocked','discarded','abandoned')),
        counts_json TEXT NOT NULL DEFAULT '{}',
        summary_json TEXT NOT NULL DEFAULT '{}',
        error TEXT
    );
    CREATE INDEX harvest_runs_source ON harvest_runs(source_id, id);
    CREATE TABLE source_records (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL,
        listing_key TEXT NOT NULL,
        source_url TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        raw_json TEXT NOT NULL,
        service_json TEXT NOT NULL,
        previous_hash TEXT,
        previous_service_json TEXT,
        previous_fetched_at TEXT,
        first_seen_run INTEGER NOT NULL,
        last_seen_run INTEGER NOT NULL,
        last_changed_at TEXT NOT NULL,
        missing_runs INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'live' CHECK (status IN ('live','tombstoned'))
    );
    CREATE INDEX source_records_source ON source_records(source_id, status);
    CREATE TABLE tombstones (
        record_id TEXT NOT NULL,
        run_id INTEGER NOT NULL,
        tombstoned_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (record_id, run_id)
    );
    CREATE TABLE quarantined_records (
        run_id INTEGER NOT NULL,
        record_id TEXT NOT NULL,
        record_json TEXT NOT NULL,
        PRIMARY KEY (run_id, record_id)
    );
    CREATE TABLE merged_services (
        id TEXT PRIMARY KEY,
        service_json TEXT NOT NULL,
        provenance_json TEXT NOT NULL,
        source_ids_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE cluster_members (
        record_id TEXT PRIMARY KEY,
        merged_id TEXT NOT NULL
    );
    CREATE INDEX cluster_members_merged ON cluster_members(merged_id);
    CREATE TABLE overrides (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('must-link','cannot-link')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT 'cli',
        PRIMARY KEY (a, b)
    );
    CREATE TABLE http_validators (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked_at TEXT NOT NULL
    );
    """,
    # 2: data-protection requests and curator review (operator console, index/erasure.py).
    # ``suppressions`` is what every later harvest consults (``_apply_records``); the audit
    # log says what was done, never the erased values.
    """
    CREATE TABLE suppressions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_id TEXT NOT NULL,
        source_id TEXT NOT NULL,
        listing_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('listing','personal-data')),
        reason TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        erasure_id INTEGER
    );
    CREATE INDEX suppressions_source ON suppressions(source_id, record_id);
    CREATE TABLE erasure_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        target TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('listing','personal-data')),
        reason TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        record_ids_json TEXT NOT NULL,
        details_json TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE review_decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('same','different')),
        score REAL,
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL
    );
    CREATE INDEX review_decisions_pair ON review_decisions(a, b);
    """,
    # 3: who owns a running harvest, so opening the store abandons only runs whose process died
    # (the API, its workers and the scheduler each open the store while a harvest may be going).
    """
    ALTER TABLE harvest_runs ADD COLUMN owner_host TEXT;
    ALTER TABLE harvest_runs ADD COLUMN owner_pid INTEGER;
    """,
]


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def _ts(value: datetime | None = None) -> str:
    return (value or utcnow()).isoformat()


@dataclass
class PublishCounts:
    """What one published run did to a source's listings."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    gone: int = 0
    """Live listings not seen this run (still live until missed ``tombstone_after`` times)."""
    tombstoned: int = 0
    revived: int = 0
    suppressed: int = 0
    """Listings erased on request (``suppressions``): not brought back by this run."""

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class RunRow:
    id: int
    source_id: str
    started_at: str
    finished_at: str | None
    status: str
    counts: dict[str, Any] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


class Store:
    """All reads and writes of the canonical data go through here."""

    def __init__(self, path: Path | str, *, tombstone_after: int = 3) -> None:
        self.path = Path(path)
        self.tombstone_after = tombstone_after
        try:
            if str(self.path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=30
            )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout=30000")
            mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(self.path) != ":memory:" and mode.lower() != "wal":
                raise StoreError(f"database {self.path} could not be put in WAL mode ({mode})")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            self._abandon_interrupted_runs()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path} cannot be used: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"database {self.path} cannot be opened: {exc}") from exc

    # -- plumbing ---------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``: all-or-nothing, and writers queue instead of
        failing half-way with SQLITE_BUSY."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        current = row[0] or 0
        for version, script in enumerate(MIGRATIONS, start=1):
            if version <= current:
                continue
            with self.transaction() as conn:
                for statement in _split_sql(script):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_version(version) VALUES (?)", (version,))

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])

    def _abandon_interrupted_runs(self) -> None:
        """A run still 'running' whose process has died was cut off by a crash: its writes were
        rolled back by SQLite, so only its status needs saying. Runs of live processes (another
        worker's harvest in progress) are left alone."""
        if self.conn.in_transaction:
            return
        host = socket.gethostname()
        try:
            rows = self.conn.execute(
                "SELECT id, owner_host, owner_pid FROM harvest_runs WHERE status='running'"
            ).fetchall()
            dead = [
                r["id"]
                for r in rows
                if r["owner_pid"] is None
                or (r["owner_host"] == host and not _process_alive(r["owner_pid"]))
            ]
            if not dead:
                return
            with self.transaction() as conn:
                conn.executemany(
                    "UPDATE harvest_runs SET status='abandoned', finished_at=?, "
                    "error=COALESCE(error,'interrupted before it finished') "
                    "WHERE id=? AND status='running'",
                    [(_ts(), run_id) for run_id in dead],
                )
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc).lower():
                return  # a read-only store (e.g. a served copy) can still be read
            raise

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    # -- sources ----------------------------------------------------------------------------

    def sync_sources(self, sources: Iterable[Any]) -> None:
        """Record the configured sources (``index.sources.SourceConfig``)."""
        now = _ts()
        with self.transaction() as conn:
            for src in sources:
                conn.execute(
                    "INSERT INTO sources(id,name,kind,base_url,borough,priority,config_json,updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name=excluded.name,"
                    " kind=excluded.kind, base_url=excluded.base_url, borough=excluded.borough,"
                    " priority=excluded.priority, config_json=excluded.config_json,"
                    " updated_at=excluded.updated_at",
                    (
                        src.id,
                        src.name,
                        src.kind,
                        src.base_url,
                        src.borough,
                        src.priority,
                        src.model_dump_json(),
                        now,
                    ),
                )

    def list_sources(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM sources ORDER BY id").fetchall()
        return [dict(r) for r in rows]

    def source_priorities(self) -> dict[str, int]:
        return {
            r["id"]: r["priority"] for r in self.conn.execute("SELECT id, priority FROM sources")
        }

    # -- runs -------------------------------------------------------------------------------

    def start_run(self, source_id: str) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO harvest_runs(source_id, started_at, status, owner_host, owner_pid)"
                " VALUES (?,?,'running',?,?)",
                (source_id, _ts(), socket.gethostname(), os.getpid()),
            )
            return int(cur.lastrowid or 0)

    def publish_run(
        self, run_id: int, records: Sequence[SourceRecord], summary: dict[str, Any] | None = None
    ) -> PublishCounts:
        """Make a run's records the live data of its source, in one transaction.

        Changed listings keep their previous version; live listings missing from this run count
        a miss, and are tombstoned (kept, marked gone) after ``tombstone_after`` misses in a row.
        """
        with self.transaction() as conn:
            counts = self._apply_records(conn, run_id, records)
            self._finish_run(conn, run_id, "published", counts.as_dict(), summary or {}, None)
            conn.execute("DELETE FROM quarantined_records WHERE run_id=?", (run_id,))
        return counts

    def _apply_records(
        self, conn: sqlite3.Connection, run_id: int, records: Sequence[SourceRecord]
    ) -> PublishCounts:
        source_id = self._run_source(conn, run_id)
        counts = PublishCounts()
        seen: set[str] = set()
        now = _ts()
        suppressed = self._suppressions(conn, source_id)
        for original in records:
            if original.source_id != source_id:
                raise ValueError(
                    f"record {original.id} belongs to {original.source_id}, not {source_id}"
                )
            if original.id in seen:
                continue
            seen.add(original.id)
            rec = _honour_suppression(original, suppressed.get(original.id, ()))
            if rec is None:
                counts.suppressed += 1
                continue
            old = conn.execute(
                "SELECT content_hash, service_json, fetched_at, status FROM source_records WHERE id=?",
                (rec.id,),
            ).fetchone()
            service_json = rec.service.model_dump_json()
            raw_json = json.dumps(rec.raw, default=str)
            if old is None:
                counts.new += 1
                conn.execute(
                    "INSERT INTO source_records(id,source_id,listing_key,source_url,fetched_at,"
                    "content_hash,raw_json,service_json,first_seen_run,last_seen_run,"
                    "last_changed_at,missing_runs,status) VALUES (?,?,?,?,?,?,?,?,?,?,?,0,'live')",
                    (
                        rec.id,
                        rec.source_id,
                        rec.listing_key,
                        rec.source_url,
                        _ts(rec.fetched_at),
                        rec.content_hash,
                        raw_json,
                        service_json,
                        run_id,
                        run_id,
                        now,
                    ),
                )
                continue
            if old["status"] == "tombstoned":
                counts.revived += 1
            if old["content_hash"] == rec.content_hash:
                if old["status"] != "tombstoned":
                    counts.unchanged += 1
                conn.execute(
                    "UPDATE source_records SET last_seen_run=?, fetched_at=?, source_url=?,"
                    " missing_runs=0, status='live' WHERE id=?",
                    (run_id, _ts(rec.fetched_at), rec.source_url, rec.id),
                )
            else:
                if old["status"] != "tombstoned":
                    counts.changed += 1
                conn.execute(
                    "UPDATE source_records SET previous_hash=content_hash,"
                    " previous_service_json=service_json, previous_fetched_at=fetched_at,"
                    " content_hash=?, service_json=?, raw_json=?, fetched_at=?, source_url=?,"
                    " last_seen_run=?, last_changed_at=?, missing_runs=0, status='live' WHERE id=?",
                    (
                        rec.content_hash,
                        service_json,
                        raw_json,
                        _ts(rec.fetched_at),
                        rec.source_url,
                        run_id,
                        now,
                        rec.id,
                    ),
                )
        missing = conn.execute(
            "SELECT id, missing_runs FROM source_records WHERE source_id=? AND status='live'"
            " AND last_seen_run<>?",
            (source_id, run_id),
        ).fetchall()
        for row in missing:
            misses = row["missing_runs"] + 1
            if misses >= self.tombstone_after:
                counts.tombstoned += 1
                conn.execute(
                    "UPDATE source_records SET missing_runs=?, status='tombstoned' WHERE id=?",
                    (misses, row["id"]),
                )
                conn.execute(
                    "INSERT OR REPLACE INTO tombstones(record_id, run_id, tombstoned_at, reason)"
                    " VALUES (?,?,?,?)",
                    (row["id"], run_id, now, f"missing from {misses} consecutive good runs"),
                )
            else:
                counts.gone += 1
                conn.execute(
                    "UPDATE source_records SET missing_runs=? WHERE id=?", (misses, row["id"])
                )
        return counts

    def quarantine_run(
        self,
        run_id: int,
        records: Sequence[SourceRecord],
        reason: str,
        summary: dict[str, Any] | None = None,
    ) -> None:
        """Keep a run that failed its gates for inspection; the live data is untouched."""
        with self.transaction() as conn:
            suppressed = self._suppressions(conn, self._run_source(conn, run_id))
            kept = [_honour_suppression(r, suppressed.get(r.id, ())) for r in records]
            for rec in (r for r in kept if r is not None):
                conn.execute(
                    "INSERT OR REPLACE INTO quarantined_records(run_id, record_id, record_json)"
                    " VALUES (?,?,?)",
                    (run_id, rec.id, rec.model_dump_json()),
                )
            counts = {"records": sum(1 for r in kept if r is not None)}
            if len(kept) != counts["records"]:
                counts["suppressed"] = len(kept) - counts["records"]
            self._finish_run(conn, run_id, "quarantined", counts, summary or {}, reason)

    def fail_run(self, run_id: int, error: str, summary: dict[str, Any] | None = None) -> None:
        with self.transaction() as conn:
            self._finish_run(conn, run_id, "failed", {}, summary or {}, error)

    def block_run(self, run_id: int, reason: str, summary: dict[str, Any] | None = None) -> None:
        """The source may not be crawled (e.g. robots.txt disallows it)."""
        with self.transaction() as conn:
            self._finish_run(conn, run_id, "blocked", {}, summary or {}, reason)

    def quarantined_records(self, run_id: int) -> list[SourceRecord]:
        rows = self.conn.execute(
            "SELECT record_json FROM quarantined_records WHERE run_id=? ORDER BY record_id",
            (run_id,),
        ).fetchall()
        return [SourceRecord.model_validate_json(r[0]) for r in rows]

    def release_run(self, run_id: int) -> PublishCounts:
        """A curator judged a quarantined run good: publish its kept records."""
        run = self.get_run(run_id)
        if run is None or run.status != "quarantined":
            raise ValueError(f"run {run_id} is not quarantined")
        records = self.quarantined_records(run_id)
        return self.publish_run(run_id, records, {**run.summary, "released": True})

    def discard_run(self, run_id: int) -> None:
        run = self.get_run(run_id)
        if run is None or run.status != "quarantined":
            raise ValueError(f"run {run_id} is not quarantined")
        with self.transaction() as conn:
            conn.execute("DELETE FROM quarantined_records WHERE run_id=?", (run_id,))
            conn.execute(
                "UPDATE harvest_runs SET status='discarded' WHERE id=?",
                (run_id,),
            )

    def _suppressions(self, conn: sqlite3.Connection, source_id: str) -> dict[str, set[str]]:
        """Record id → suppression kinds, for one source: erasures every harvest must obey."""
        found: dict[str, set[str]] = {}
        for row in conn.execute(
            "SELECT record_id, kind FROM suppressions WHERE source_id=?", (source_id,)
        ):
            found.setdefault(row[0], set()).add(row[1])
        return found

    def _run_source(self, conn: sqlite3.Connection, run_id: int) -> str:
        row = conn.execute("SELECT source_id FROM harvest_runs WHERE id=?", (run_id,)).fetchone()
        if row is None:
            raise ValueError(f"no harvest run {run_id}")
        return str(row[0])

    def _finish_run(
        self,
        conn: sqlite3.Connection,
        run_id: int,
        status: str,
        counts: dict[str, Any],
        summary: dict[str, Any],
        error: str | None,
    ) -> None:
        conn.execute(
            "UPDATE harvest_runs SET status=?, finished_at=?, counts_json=?, summary_json=?, error=?"
            " WHERE id=?",
            (status, _ts(), json.dumps(counts), json.dumps(summary, default=str), error, run_id),
        )

    def get_run(self, run_id: int) -> RunRow | None:
        row = self.conn.execute("SELECT * FROM harvest_runs WHERE id=?", (run_id,)).fetchone()
        return _run_row(row) if row else None

    def list_runs(
        self, source_id: str | None = None, status: str | None = None, limit: int = 100
    ) -> list[RunRow]:
        sql = "SELECT * FROM harvest_runs WHERE 1=1"
        args: list[Any] = []
        if source_id:
            sql += " AND source_id=?"
            args.append(source_id)
        if status:
            sql += " AND status=?"
            args.append(status)
        sql += " ORDER BY id DESC LIMIT ?"
        args.append(limit)
        return [_run_row(r) for r in self.conn.execute(sql, args).fetchall()]

    def last_run(self, source_id: str, status: str | None = None) -> RunRow | None:
        runs = self.list_runs(source_id, status, limit=1)
        return runs[0] if runs else None

    def last_good_run(self, source_id: str) -> RunRow | None:
        return self.last_run(source_id, "published")

    # -- records ----------------------------------------------------------------------------

    def count_records(self, source_id: str | None = None, *, live_only: bool = True) -> int:
        sql = "SELECT COUNT(*) FROM source_records WHERE 1=1"
        args: list[Any] = []
        if source_id:
            sql += " AND source_id=?"
            args.append(source_id)
        if live_only:
            sql += " AND status='live'"
        return int(self.conn.execute(sql, args).fetchone()[0])

    def iter_records(
        self, source_id: str | None = None, *, live_only: bool = True
    ) -> Iterator[SourceRecord]:
        sql = "SELECT * FROM source_records WHERE 1=1"
        args: list[Any] = []
        if source_id:
            sql += " AND source_id=?"
            args.append(source_id)
        if live_only:
            sql += " AND status='live'"
        sql += " ORDER BY id"
        for row in self.conn.execute(sql, args):
            yield record_from_row(row)

    def get_record(self, record_id: str) -> SourceRecord | None:
        row = self.conn.execute("SELECT * FROM source_records WHERE id=?", (record_id,)).fetchone()
        return record_from_row(row) if row else None

    def record_status(self, record_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT id, source_id, status, missing_runs, first_seen_run, last_seen_run,"
            " last_changed_at, previous_hash, previous_service_json FROM source_records WHERE id=?",
            (record_id,),
        ).fetchone()
        return dict(row) if row else None

    def previous_version(self, record_id: str) -> Service | None:
        row = self.conn.execute(
            "SELECT previous_service_json FROM source_records WHERE id=?", (record_id,)
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return Service.model_validate_json(row[0])

    # -- merged services --------------------------------------------------------------------

    def replace_merged(self, merged: Sequence[MergedService]) -> None:
        """Swap in a new deduplicated view in one transaction (readers see old or new)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM merged_services")
            conn.execute("DELETE FROM cluster_members")
            for m in merged:
                conn.execute(
                    "INSERT INTO merged_services(id, service_json, provenance_json, source_ids_json,"
                    " updated_at) VALUES (?,?,?,?,?)",
                    (
                        m.id,
                        m.service.model_dump_json(),
                        json.dumps(
                            {
                                k: [p.model_dump(mode="json") for p in v]
                                for k, v in m.provenance.items()
                            }
                        ),
                        json.dumps(m.source_ids),
                        _ts(m.updated_at),
                    ),
                )
                conn.executemany(
                    "INSERT OR REPLACE INTO cluster_members(record_id, merged_id) VALUES (?,?)",
                    [(rid, m.id) for rid in m.member_ids],
                )

    def cluster_membership(self) -> dict[str, str]:
        """record id → merged id, as of the last dedup (used to keep merged ids stable)."""
        return {
            r[0]: r[1]
            for r in self.conn.execute("SELECT record_id, merged_id FROM cluster_members")
        }

    def count_merged(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM merged_services").fetchone()[0])

    def get_merged(self, merged_id: str) -> MergedService | None:
        row = self.conn.execute("SELECT * FROM merged_services WHERE id=?", (merged_id,)).fetchone()
        return self._merged_from_row(row) if row else None

    def merged_id_for_record(self, record_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT merged_id FROM cluster_members WHERE record_id=?", (record_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def iter_merged(self) -> Iterator[MergedService]:
        for row in self.conn.execute("SELECT * FROM merged_services ORDER BY id"):
            yield self._merged_from_row(row)

    def _merged_from_row(self, row: sqlite3.Row) -> MergedService:
        members = [
            r[0]
            for r in self.conn.execute(
                "SELECT record_id FROM cluster_members WHERE merged_id=? ORDER BY record_id",
                (row["id"],),
            )
        ]
        return MergedService.model_validate(
            {
                "id": row["id"],
                "service": json.loads(row["service_json"]),
                "member_ids": members,
                "provenance": json.loads(row["provenance_json"]),
                "source_ids": json.loads(row["source_ids_json"]),
                "updated_at": row["updated_at"],
            }
        )

    # -- curator overrides ------------------------------------------------------------------

    def add_override(self, a: str, b: str, kind: str, created_by: str = "cli") -> None:
        if kind not in ("must-link", "cannot-link"):
            raise ValueError(f"unknown override kind {kind!r}")
        if a == b:
            raise ValueError("an override needs two different records")
        x, y = _pair(a, b)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO overrides(a,b,kind,created_at,created_by) VALUES (?,?,?,?,?)"
                " ON CONFLICT(a,b) DO UPDATE SET kind=excluded.kind,"
                " created_at=excluded.created_at, created_by=excluded.created_by",
                (x, y, kind, _ts(), created_by),
            )

    def remove_override(self, a: str, b: str) -> bool:
        x, y = _pair(a, b)
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM overrides WHERE a=? AND b=?", (x, y))
            return cur.rowcount > 0

    def list_overrides(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM overrides ORDER BY a, b")]

    # -- HTTP validators (conditional requests) ---------------------------------------------

    def get_validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.conn.execute(
            "SELECT etag, last_modified FROM http_validators WHERE url=?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def set_validators(self, items: Iterable[tuple[str, str | None, str | None]]) -> None:
        now = _ts()
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO http_validators(url, etag, last_modified, checked_at) VALUES (?,?,?,?)"
                " ON CONFLICT(url) DO UPDATE SET etag=excluded.etag,"
                " last_modified=excluded.last_modified, checked_at=excluded.checked_at",
                [(u, e, lm, now) for u, e, lm in items],
            )


def _honour_suppression(record: SourceRecord, kinds: Iterable[str]) -> SourceRecord | None:
    """``None`` for an erased listing; the record without personal data when that was
    erased; else the record as harvested."""
    kinds = set(kinds)
    if LISTING in kinds:
        return None
    if PERSONAL_DATA in kinds:
        return redact_personal_data(record)
    return record


def _run_row(row: sqlite3.Row) -> RunRow:
    return RunRow(
        id=row["id"],
        source_id=row["source_id"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        status=row["status"],
        counts=json.loads(row["counts_json"] or "{}"),
        summary=json.loads(row["summary_json"] or "{}"),
        error=row["error"],
    )


def record_from_row(row: sqlite3.Row) -> SourceRecord:
    """A ``source_records`` row (current version) as the SourceRecord it stores."""
    return SourceRecord.model_validate(
        {
            "source_id": row["source_id"],
            "listing_key": row["listing_key"],
            "source_url": row["source_url"],
            "fetched_at": row["fetched_at"],
            "content_hash": row["content_hash"],
            "raw": json.loads(row["raw_json"]),
            "service": json.loads(row["service_json"]),
        }
    )


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
