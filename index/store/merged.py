"""The deduplicated view: merged services with their cluster members, and the curator's
must-link / cannot-link overrides that dedup obeys."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from index.model import MergedService
from index.store.base import StoreBase, ts


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


class MergedMixin(StoreBase):
    """Writes and reads of ``merged_services`` and ``cluster_members``."""

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
                        ts(m.updated_at),
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
