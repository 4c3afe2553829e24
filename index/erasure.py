"""Data-protection requests: erase a listing's personal data (or the whole listing), record the
request, and suppress it so that no later harvest brings it back.

A person asks a council to remove their details from the directory. Deleting the row is not
enough: the next harvest would fetch the listing again from the source, which may take weeks to
change. So an erasure does four things in one transaction:

1. removes the data now — the whole source record, or its personal fields (contact e-mail and
   phones, street address, postcode and map position, the raw page evidence, e-mail addresses
   and phone numbers written into free text), in the current *and* the previous version and in
   any quarantined copy;
2. adds a **suppression** for each affected source listing (source id + the source's own key,
   which is what the stable record id is made of). ``Store.publish_run`` and
   ``Store.quarantine_run`` — the one path every harvest takes into the store — consult it and
   drop the listing, or strip its personal fields again, before anything is written;
3. rebuilds the merged services the records belonged to (``index.dedup.merge``), so the public
   API stops showing the data at once rather than at the next dedup run;
4. writes the audit log: who asked, why, when, which records — never the erased values.

SQLite's ``secure_delete`` is on while it runs and the write-ahead log is truncated afterwards,
so the erased values do not linger in free pages of the database file either.

The caller updates the search index with the merged services returned (``ErasureResult``).

What "personal data" covers is fixed and documented (docs/operator-console.md): a listing whose
*name* or *description* identifies the person (a childminder listed under her own name) needs
the whole-listing erasure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from index.model import MergedService, Service, SourceRecord, content_hash, utcnow
from index.redaction import (
    LISTING,
    PERSONAL_DATA,
    PERSONAL_FIELDS,
    redact_personal_data,
    redact_service,
)
from index.store import Store, record_from_row
from index.store.merged import merged_row, upsert_merged_row

if TYPE_CHECKING:
    import sqlite3

    from index.backends.protocol import SearchBackend


class ErasureError(ValueError):
    """The request cannot be carried out (unknown id, missing reason): one-line reason."""


@dataclass
class ErasureResult:
    erasure_id: int
    target: str
    kind: str
    record_ids: list[str]
    updated: list[MergedService] = field(default_factory=list)
    """Merged services rebuilt without the erased data: re-index these."""
    removed: list[str] = field(default_factory=list)
    """Merged services left with no listing: delete these from the search index."""
    created_at: str = ""


def update_search_index(backend: SearchBackend, result: ErasureResult) -> bool:
    """Make a built search index forget the erased data now. ``False`` when no index has been
    built yet — nothing to update: the first build reads the already clean store."""
    if not (result.updated or result.removed):
        return True
    if not backend.health().ok:
        return False
    if result.updated:
        backend.upsert(result.updated)
    if result.removed:
        backend.delete(result.removed)
    return True


def _resolve(store: Store, target: str) -> list[str]:
    """A source record id, or a merged service id (the id the public sees) → record ids."""
    if store.get_record(target) is not None:
        return [target]
    merged = store.get_merged(target)
    if merged is not None and merged.member_ids:
        return list(merged.member_ids)
    raise ErasureError(f"no listing or service with id {target!r}")


def erase(
    store: Store,
    target: str,
    *,
    whole: bool,
    reason: str,
    requested_by: str,
    now: datetime | None = None,
) -> ErasureResult:
    """Carry out one request (see the module docstring); all of it or nothing."""
    reason = " ".join((reason or "").split())
    requested_by = " ".join((requested_by or "").split())
    if not reason:
        raise ErasureError("an erasure needs a reason (e.g. the request's reference)")
    if not requested_by:
        raise ErasureError("an erasure needs the name of whoever asked for it")
    target = target.strip()
    record_ids = _resolve(store, target)
    kind = LISTING if whole else PERSONAL_DATA
    stamp = (now or utcnow()).isoformat()
    priorities = store.source_priorities()
    with _overwriting_deletes(store):
        result = _erase(store, target, record_ids, kind, reason, requested_by, stamp, priorities)
    # Old page images in the write-ahead log still hold the erased values until a checkpoint
    # copies the new pages back; truncating the log then drops them. Best effort: a reader
    # in another process can hold the log open, in which case SQLite's own next checkpoint
    # does it.
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return result


@contextmanager
def _overwriting_deletes(store: Store) -> Iterator[None]:
    """``secure_delete`` while erasing: SQLite then zeroes deleted and overwritten content
    instead of leaving it in free space in the file."""
    before = int(store.conn.execute("PRAGMA secure_delete").fetchone()[0])
    store.conn.execute("PRAGMA secure_delete=ON")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA secure_delete={before}")


def _erase(
    store: Store,
    target: str,
    record_ids: list[str],
    kind: str,
    reason: str,
    requested_by: str,
    stamp: str,
    priorities: dict[str, int],
) -> ErasureResult:
    from index.dedup.merge import Member, merge_cluster

    whole = kind == LISTING
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO erasure_log(target, kind, reason, requested_by, created_at,"
            " record_ids_json) VALUES (?,?,?,?,?,?)",
            (target, kind, reason, requested_by, stamp, json.dumps(record_ids)),
        )
        erasure_id = int(cur.lastrowid or 0)
        affected_merged = sorted(
            {
                row[0]
                for rid in record_ids
                for row in conn.execute(
                    "SELECT merged_id FROM cluster_members WHERE record_id=?", (rid,)
                )
            }
        )
        sources: set[str] = set()
        for rid in record_ids:
            row = conn.execute(
                "SELECT source_id, listing_key FROM source_records WHERE id=?", (rid,)
            ).fetchone()
            sources.add(row["source_id"])
            conn.execute(
                "INSERT INTO suppressions(record_id, source_id, listing_key, kind, reason,"
                " requested_by, created_at, erasure_id) VALUES (?,?,?,?,?,?,?,?)",
                (
                    rid,
                    row["source_id"],
                    row["listing_key"],
                    kind,
                    reason,
                    requested_by,
                    stamp,
                    erasure_id,
                ),
            )
            if whole:
                _delete_record(conn, rid)
            else:
                _redact_record(conn, rid)

        updated: list[MergedService] = []
        removed: list[str] = []
        for merged_id in affected_merged:
            members = [
                _record_by_id(conn, r[0])
                for r in conn.execute(
                    "SELECT record_id FROM cluster_members WHERE merged_id=? ORDER BY record_id",
                    (merged_id,),
                )
            ]
            live = [m for m in members if m is not None]
            if not live:
                conn.execute("DELETE FROM merged_services WHERE id=?", (merged_id,))
                conn.execute("DELETE FROM cluster_members WHERE merged_id=?", (merged_id,))
                removed.append(merged_id)
                continue
            merged = merge_cluster(merged_id, [Member.of(r, priorities) for r in live])
            _write_merged(conn, merged)
            updated.append(merged)

        details = {
            "sources": sorted(sources),
            "merged_updated": [m.id for m in updated],
            "merged_removed": removed,
            "removed_fields": list(PERSONAL_FIELDS) if not whole else ["the whole listing"],
        }
        conn.execute(
            "UPDATE erasure_log SET details_json=? WHERE id=?", (json.dumps(details), erasure_id)
        )
    return ErasureResult(
        erasure_id=erasure_id,
        target=target,
        kind=kind,
        record_ids=record_ids,
        updated=updated,
        removed=removed,
        created_at=stamp,
    )


def _record_by_id(conn: sqlite3.Connection, record_id: str) -> SourceRecord | None:

    row = conn.execute(
        "SELECT * FROM source_records WHERE id=? AND status='live'", (record_id,)
    ).fetchone()
    return record_from_row(row) if row is not None else None


def _delete_record(conn: sqlite3.Connection, record_id: str) -> None:
    conn.execute("DELETE FROM source_records WHERE id=?", (record_id,))
    conn.execute("DELETE FROM tombstones WHERE record_id=?", (record_id,))
    conn.execute("DELETE FROM quarantined_records WHERE record_id=?", (record_id,))
    conn.execute("DELETE FROM cluster_members WHERE record_id=?", (record_id,))


def _redact_record(conn: sqlite3.Connection, record_id: str) -> None:
    row = conn.execute(
        "SELECT source_id, listing_key, source_url, fetched_at, raw_json, service_json,"
        " previous_service_json FROM source_records WHERE id=?",
        (record_id,),
    ).fetchone()
    current = SourceRecord.model_validate(
        {
            "source_id": row["source_id"],
            "listing_key": row["listing_key"],
            "source_url": row["source_url"],
            "fetched_at": row["fetched_at"],
            "raw": json.loads(row["raw_json"]),
            "service": json.loads(row["service_json"]),
        }
    )
    clean = redact_personal_data(current)
    previous_json: str | None = None
    previous_hash: str | None = None
    if row["previous_service_json"]:
        previous = redact_service(Service.model_validate_json(row["previous_service_json"]))
        previous_json = previous.model_dump_json()
        previous_hash = content_hash(previous.model_dump(mode="json", exclude={"id"}))
    conn.execute(
        "UPDATE source_records SET service_json=?, raw_json=?, content_hash=?,"
        " previous_service_json=?, previous_hash=? WHERE id=?",
        (
            clean.service.model_dump_json(),
            json.dumps(clean.raw),
            clean.content_hash,
            previous_json,
            previous_hash,
            record_id,
        ),
    )
    for q in conn.execute(
        "SELECT run_id, record_json FROM quarantined_records WHERE record_id=?", (record_id,)
    ).fetchall():
        kept = redact_personal_data(SourceRecord.model_validate_json(q["record_json"]))
        conn.execute(
            "UPDATE quarantined_records SET record_json=? WHERE run_id=? AND record_id=?",
            (kept.model_dump_json(), q["run_id"], record_id),
        )


def _write_merged(conn: sqlite3.Connection, merged: MergedService) -> None:
    """Replace one merged service (the row ``Store.replace_merged`` writes)."""
    upsert_merged_row(conn, merged_row(merged))


def list_erasures(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    """The audit log, newest first."""
    rows = store.conn.execute(
        "SELECT * FROM erasure_log ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    out = []
    for row in rows:
        item = dict(row)
        item["record_ids"] = json.loads(item.pop("record_ids_json"))
        item["details"] = json.loads(item.pop("details_json") or "{}")
        out.append(item)
    return out


def list_suppressions(store: Store) -> list[dict[str, Any]]:
    return [
        dict(r) for r in store.conn.execute("SELECT * FROM suppressions ORDER BY id").fetchall()
    ]
