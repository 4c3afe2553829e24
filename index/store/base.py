"""The store's plumbing: the SQLite connection, transactions, schema, sources and HTTP validators.

Why SQLite: a fresh machine runs the whole job with no server, WAL lets the API read while a
harvest writes, and one transaction per harvest run gives the guarantee the product rests on —
a crash leaves the store exactly as before or exactly as after the run, never in between, so
already-harvested data is never lost. The other parts of ``Store`` (runs, records, merged
services) build on this class.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from index.model import utcnow
from index.store.schema import migrate


class StoreError(RuntimeError):
    """The database cannot be used (corrupt, unwritable, wrong file): one-line reason."""


class StoreMissing(StoreError):
    """There is no store at the path and the caller only reads: nothing was created."""


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def ts(value: datetime | None = None) -> str:
    """The store's timestamp text (ISO 8601, UTC)."""
    return (value or utcnow()).isoformat()


def _enter_wal(conn: sqlite3.Connection, wait_s: float = 30.0) -> str:
    """``PRAGMA journal_mode=WAL``, retried: switching needs an exclusive lock and SQLite does
    not call the busy handler for it, so processes opening a new database at the same moment
    (the scheduler, the API, a command) would get "database is locked"."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode=WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class StoreBase:
    """The connection every part of the store works through."""

    def __init__(self, path: Path | str, *, tombstone_after: int = 3, create: bool = True) -> None:
        """``create=False`` (every command that only reads) opens an existing store and
        raises ``StoreMissing`` otherwise, leaving the filesystem untouched: a mistyped
        ``--db`` must not leave directories and an empty database behind."""
        self.path = Path(path)
        self.tombstone_after = tombstone_after
        memory = str(self.path) == ":memory:"
        try:
            if not memory and not create and not self.path.exists():
                raise StoreMissing(f"no Signpost store at {self.path}")
            if not memory and create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            target = (
                str(self.path) if memory or create else f"{self.path.resolve().as_uri()}?mode=rw"
            )
            self.conn = sqlite3.connect(
                target, isolation_level=None, check_same_thread=False, timeout=30,
                uri=not (memory or create),
            )  # fmt: skip
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout=30000")
            mode = _enter_wal(self.conn)
            if not memory and mode.lower() != "wal":
                raise StoreError(f"database {self.path} could not be put in WAL mode ({mode})")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn, self.transaction)
            self._abandon_interrupted_runs()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path} cannot be used: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"database {self.path} cannot be opened: {exc}") from exc

    # -- plumbing ---------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> StoreBase:
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
                    [(ts(), run_id) for run_id in dead],
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
        now = ts()
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

    # -- HTTP validators (conditional requests) ---------------------------------------------

    def get_validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.conn.execute(
            "SELECT etag, last_modified FROM http_validators WHERE url=?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def set_validators(self, items: Iterable[tuple[str, str | None, str | None]]) -> None:
        now = ts()
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO http_validators(url, etag, last_modified, checked_at) VALUES (?,?,?,?)"
                " ON CONFLICT(url) DO UPDATE SET etag=excluded.etag,"
                " last_modified=excluded.last_modified, checked_at=excluded.checked_at",
                [(u, e, lm, now) for u, e, lm in items],
            )
