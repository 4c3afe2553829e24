"""Reading harvested listings (source records): counts, iteration, one record, its history."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from index.model import Service, SourceRecord
from index.store.base import StoreBase


class RecordsMixin(StoreBase):
    """Reads of ``source_records``: the live listings of every source, and their history."""

    def count_records(self, source_id: str | None = None, *, live_only: bool = True) -> int:
        where, args = _record_filter(source_id, live_only)
        return int(
            self.conn.execute(f"SELECT COUNT(*) FROM source_records{where}", args).fetchone()[0]
        )

    def iter_records(
        self, source_id: str | None = None, *, live_only: bool = True
    ) -> Iterator[SourceRecord]:
        where, args = _record_filter(source_id, live_only)
        for row in self.conn.execute(f"SELECT * FROM source_records{where} ORDER BY id", args):
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


def _record_filter(source_id: str | None, live_only: bool) -> tuple[str, list[Any]]:
    """The WHERE clause (and its arguments) for one source's records, or every source's."""
    clauses: list[str] = []
    args: list[Any] = []
    if source_id:
        clauses.append("source_id=?")
        args.append(source_id)
    if live_only:
        clauses.append("status='live'")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), args
