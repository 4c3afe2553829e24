"""An in-memory digest of every merged service, for the endpoints that look at all of them.

``/oruk/services`` must page through the whole aggregate (harvesters read it to the end, so no
page-depth limit there) and filter it by taxonomy term, age, modification time and distance;
``/api/categories`` and ``/api/sources`` count services per category and per source. Doing that
against the store on every request would mean parsing every merged service each time, so the
API keeps one compact row per service — the fields those filters need — and rebuilds the digest
only when the database has changed.

"Changed" is SQLite's own signal: ``PRAGMA data_version`` moves when another connection
commits (a harvest or ``signpost dedup`` in another process) and ``total_changes`` when this
one does. Checking both costs microseconds.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from index.model import MergedService, Organization, TaxonomyTerm
from index.store import Store
from search_api.oruk_mapping import (
    organization_key,
    organization_uuid,
    service_uuid,
    taxonomy_uuid,
    term_uuid,
)
from search_api.text import plain_text


@dataclass(frozen=True, slots=True)
class Entry:
    """What the listing filters need to know about one merged service."""

    id: str
    uuid: str
    name: str
    organization_uuid: str | None
    term_keys: frozenset[str]
    """``taxonomy:id`` and the term's ORUK uuid, for every taxonomy term of the service."""
    taxonomy_keys: frozenset[str]
    """Taxonomy names and their ORUK uuids."""
    minimum_age: int | None
    maximum_age: int | None
    modified: datetime
    points: tuple[tuple[float, float], ...]
    source_ids: tuple[str, ...]
    haystack: str
    """Lower-cased name, organization, description and categories, for the ORUK text filter."""


@dataclass
class Snapshot:
    entries: list[Entry] = field(default_factory=list)
    """Sorted by merged id: a stable order, so ORUK pages do not shuffle between requests."""
    by_uuid: dict[str, str] = field(default_factory=dict)
    """ORUK service uuid → merged id."""
    organizations: dict[str, Organization] = field(default_factory=dict)
    """ORUK organization uuid → the organization (from its first service, by id order)."""
    organization_services: dict[str, list[str]] = field(default_factory=dict)
    terms: dict[str, TaxonomyTerm] = field(default_factory=dict)
    """``taxonomy:id`` → term, for every term used by some service."""
    term_counts: Counter[str] = field(default_factory=Counter)
    """``taxonomy:id`` → services carrying the term directly."""
    source_counts: Counter[str] = field(default_factory=Counter)
    signpost_term_sets: Counter[frozenset[str]] = field(default_factory=Counter)
    """How many services carry each distinct set of Signpost term ids: few distinct sets, so
    counting a category with all its sub-categories is a pass over this, not over services."""
    built_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def term_key(taxonomy: str, term_id: str) -> str:
    return f"{taxonomy}:{term_id}"


def _entry(merged: MergedService) -> Entry:
    s = merged.service
    term_keys: set[str] = set()
    taxonomy_keys: set[str] = set()
    for t in s.taxonomy_terms:
        term_keys.update((term_key(t.taxonomy, t.id), term_uuid(t.taxonomy, t.id)))
        taxonomy_keys.update((t.taxonomy, taxonomy_uuid(t.taxonomy)))
    points = tuple(
        (loc.latitude, loc.longitude)
        for loc in s.locations
        if loc.latitude is not None and loc.longitude is not None
    )
    modified = s.last_modified or merged.updated_at
    if modified.tzinfo is None:
        modified = modified.replace(tzinfo=UTC)
    haystack = " ".join(
        part
        for part in (
            s.name,
            s.organization.name if s.organization else None,
            plain_text(s.description),
            " ".join(s.categories),
            " ".join(t.name for t in s.taxonomy_terms),
        )
        if part
    ).lower()
    return Entry(
        id=merged.id,
        uuid=service_uuid(merged.id),
        name=s.name,
        organization_uuid=organization_uuid(s.organization) if s.organization else None,
        term_keys=frozenset(term_keys),
        taxonomy_keys=frozenset(taxonomy_keys),
        minimum_age=s.minimum_age,
        maximum_age=s.maximum_age,
        modified=modified,
        points=points,
        source_ids=tuple(merged.source_ids),
        haystack=haystack,
    )


def build_snapshot(
    services: list[MergedService] | None = None, store: Store | None = None
) -> Snapshot:
    """Digest the merged services (from a list, or everything in ``store``)."""
    snap = Snapshot()
    seen_orgs: dict[str, str] = {}
    source = services if services is not None else (store.iter_merged() if store else [])
    for merged in source:
        entry = _entry(merged)
        snap.entries.append(entry)
        snap.by_uuid[entry.uuid] = merged.id
        org = merged.service.organization
        if org is not None and entry.organization_uuid is not None:
            key = organization_key(org)
            if key not in seen_orgs:
                seen_orgs[key] = entry.organization_uuid
                snap.organizations[entry.organization_uuid] = org
            snap.organization_services.setdefault(entry.organization_uuid, []).append(merged.id)
        for t in merged.service.taxonomy_terms:
            k = term_key(t.taxonomy, t.id)
            snap.terms.setdefault(k, t)
            snap.term_counts[k] += 1
        snap.source_counts.update(set(merged.source_ids))
        snap.signpost_term_sets[
            frozenset(t.id for t in merged.service.taxonomy_terms if t.taxonomy == "signpost")
        ] += 1
    snap.entries.sort(key=lambda e: e.id)
    return snap


def store_version(store: Store) -> tuple[int, int]:
    """Moves whenever anything was committed to the database, by any connection."""
    data_version = int(store.conn.execute("PRAGMA data_version").fetchone()[0])
    return data_version, store.conn.total_changes


class Catalogue:
    """The current snapshot, rebuilt lazily after the database changes.

    ``store_lock`` is the lock every API thread holds while using the shared store connection;
    the rebuild takes it too. ``on_rebuild`` lets other caches (source names) refresh with it.
    """

    def __init__(
        self,
        store: Store,
        store_lock: threading.RLock,
        on_rebuild: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.store_lock = store_lock
        self.on_rebuild = on_rebuild
        self._snapshot: Snapshot | None = None
        self._version: tuple[int, int] | None = None
        self._build_lock = threading.Lock()

    def version(self) -> tuple[int, int]:
        with self.store_lock:
            return store_version(self.store)

    def snapshot(self) -> Snapshot:
        current = self.version()
        if self._snapshot is not None and self._version == current:
            return self._snapshot
        with self._build_lock:
            current = self.version()
            if self._snapshot is None or self._version != current:
                with self.store_lock:
                    snap = build_snapshot(store=self.store)
                    current = store_version(self.store)
                self._snapshot, self._version = snap, current
                if self.on_rebuild is not None:
                    self.on_rebuild()
            return self._snapshot
