"""The store's schema: versioned migrations, applied forwards when a store is opened.

A migration is appended, never edited: a database records the highest version it has, and
opening it runs only the newer scripts, each in its own transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager

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


def migrate(
    conn: sqlite3.Connection,
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]],
) -> None:
    """Bring the database up to the newest schema version."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    current = row[0] or 0
    for version, script in enumerate(MIGRATIONS, start=1):
        if version <= current:
            continue
        with transaction() as tx:
            # Another process opening the same new database may have migrated it since the
            # version was read: decide again under the write lock.
            done = tx.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            if version <= done:
                continue
            for statement in _split_sql(script):
                tx.execute(statement)
            tx.execute("INSERT INTO schema_version(version) VALUES (?)", (version,))


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
