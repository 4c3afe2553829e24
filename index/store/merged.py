"""The deduplicated view: merged services with their cluster members, and the curator's
must-link / cannot-link overrides that dedup obeys."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, NamedTuple

import orjson

from index.model import MergedService, ProvenanceEntry
from index.store.base import StoreBase, ts


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


class MergedRow(NamedTuple):
    """One merged service as the store keeps it: the ``merged_services`` columns (JSON text)
    and its members for ``cluster_members``. Plain strings, so a forked dedup worker can
    serialise the services it merges and hand them over for little more than a copy
    (``index.dedup.deduplicate_stream``'s ``serialise``)."""

    id: str
    service_json: str
    provenance_json: str
    source_ids_json: str
    updated_at: str
    member_ids: tuple[str, ...]


_KEY_JSON: dict[str, str] = {}
"""A provenance key → the start of its JSON member, ``"name":`` (the keys are the few dozen
field names)."""


def _key_json(key: str) -> str:
    found = _KEY_JSON.get(key)
    if found is None:
        found = json.dumps(key) + ":"
        if len(_KEY_JSON) < 1_024:
            _KEY_JSON[key] = found
    return found


def _provenance_json(provenance: Mapping[str, list[ProvenanceEntry]]) -> str:
    """``{field: [entry, …]}`` as JSON. The merge shares one list among the fields a member
    alone supplies (and one empty list among the fields nobody does), so each distinct list
    is serialised once, and each distinct entry once: a merged service has thirty-odd fields
    but only a few lists and entries."""
    lists_json: dict[int, str] = {}
    entries_json: dict[int, str] = {}
    parts: list[str] = []
    key_json = _KEY_JSON
    for key, entries in provenance.items():
        listed = lists_json.get(id(entries))
        if listed is None:
            texts = []
            for entry in entries:
                text = entries_json.get(id(entry))
                if text is None:
                    text = entries_json[id(entry)] = entry.model_dump_json()
                texts.append(text)
            listed = lists_json[id(entries)] = "[" + ",".join(texts) + "]"
        parts.append(key_json.get(key) or _key_json(key))
        parts.append(listed)
        parts.append(",")
    if not parts:
        return "{}"
    parts[-1] = "}"
    return "{" + "".join(parts)


def merged_row(merged: MergedService) -> MergedRow:
    """The row a merged service is stored as (``_merged_from_json`` reads it back equal)."""
    return MergedRow(
        merged.id,
        merged.service.model_dump_json(),
        _provenance_json(merged.provenance),
        orjson.dumps(merged.source_ids).decode(),
        ts(merged.updated_at),
        tuple(merged.member_ids),
    )


def upsert_merged_row(conn: sqlite3.Connection, row: MergedRow) -> None:
    """Write one merged service's row, replacing any of the same id (its members are added;
    a caller replacing the whole view deletes the old rows first)."""
    conn.execute(
        "INSERT INTO merged_services(id, service_json, provenance_json, source_ids_json,"
        " updated_at) VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
        " service_json=excluded.service_json, provenance_json=excluded.provenance_json,"
        " source_ids_json=excluded.source_ids_json, updated_at=excluded.updated_at",
        row[:5],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO cluster_members(record_id, merged_id) VALUES (?,?)",
        [(rid, row.id) for rid in row.member_ids],
    )


class MergedMixin(StoreBase):
    """Writes and reads of ``merged_services`` and ``cluster_members``."""

    def replace_merged(self, merged: Iterable[MergedService]) -> None:
        """Swap in a new deduplicated view in one transaction (readers see old or new)."""
        with self.merged_writer() as write:
            for m in merged:
                write(merged_row(m))

    @contextmanager
    def merged_writer(self) -> Iterator[Callable[[MergedRow], None]]:
        """A new deduplicated view written row by row (the streamed dedup's sink), swapped in
        as one transaction: readers see the old view until it commits, and a dedup that fails
        half-way leaves the old view as it was."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM merged_services")
            conn.execute("DELETE FROM cluster_members")

            def write(row: MergedRow) -> None:
                upsert_merged_row(conn, row)

            yield write

    def cluster_membership(self) -> dict[str, str]:
        """record id → merged id, as of the last dedup (used to keep merged ids stable)."""
        return {
            r[0]: r[1]
            for r in self.conn.execute("SELECT record_id, merged_id FROM cluster_members")
        }

    def count_merged(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM merged_services").fetchone()[0])

    def get_merged(self, merged_id: str) -> MergedService | None:
        row = self.conn.execute(_MERGED_JSON + " WHERE m.id = ?", (merged_id,)).fetchone()
        return _merged_from_json(row[0]) if row else None

    def merged_id_for_record(self, record_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT merged_id FROM cluster_members WHERE record_id=?", (record_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def iter_merged(self) -> Iterator[MergedService]:
        """Every merged service, by id: one statement (SQLite assembles each as one JSON
        document, members included) and one validation from JSON per service."""
        for (text,) in self.conn.execute(_MERGED_JSON + " ORDER BY m.id"):
            yield _merged_from_json(text)


_MERGED_JSON = """
    SELECT json_object(
        'id', m.id,
        'service', json(m.service_json),
        'member_ids', (SELECT json_group_array(record_id) FROM cluster_members c
                       WHERE c.merged_id = m.id),
        'provenance', json(m.provenance_json),
        'source_ids', json(m.source_ids_json),
        'updated_at', m.updated_at
    )
    FROM merged_services m
"""


def _merged_from_json(text: str) -> MergedService:
    merged = MergedService.model_validate_json(text)
    merged.member_ids.sort()
    return merged


class OverridesMixin(StoreBase):
    """Curator decisions that dedup must obey."""

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
                (x, y, kind, ts(), created_by),
            )

    def remove_override(self, a: str, b: str) -> bool:
        x, y = _pair(a, b)
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM overrides WHERE a=? AND b=?", (x, y))
            return cur.rowcount > 0

    def list_overrides(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM overrides ORDER BY a, b")]
