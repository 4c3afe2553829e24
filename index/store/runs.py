"""Harvest runs: start, publish (new / changed / unchanged / gone / tombstoned), quarantine,
release, discard, and the run log.

A run's records become live in one transaction or not at all. Erasures recorded in
``suppressions`` are obeyed here, on the one path every harvest takes into the store.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from index.model import SourceRecord
from index.redaction import LISTING, PERSONAL_DATA, redact_personal_data
from index.store.base import StoreBase, ts


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


class RunsMixin(StoreBase):
    """Harvest runs and the records they publish or quarantine."""

    def start_run(self, source_id: str) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO harvest_runs(source_id, started_at, status, owner_host, owner_pid)"
                " VALUES (?,?,'running',?,?)",
                (source_id, ts(), socket.gethostname(), os.getpid()),
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
        now = ts()
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
                        ts(rec.fetched_at),
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
                    (run_id, ts(rec.fetched_at), rec.source_url, rec.id),
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
                        ts(rec.fetched_at),
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
            (status, ts(), json.dumps(counts), json.dumps(summary, default=str), error, run_id),
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
