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

import logging
import threading
from collections import Counter
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

log = logging.getLogger("signpost.api.catalogue")


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
    """The current snapshot, rebuilt after the database changes — in the background.

    The catalogue reads through a store connection of its own, so a rebuild (a few seconds at
    100k services) never holds up requests using the API's shared connection. The first
    snapshot is built when the app starts; after that, a request that finds the database
    changed gets the previous snapshot at once while a new one is built (stale while
    revalidating: listings lag a write by the few seconds a rebuild takes, and no request ever
    waits for one, except the very first).
    """

    def __init__(
        self, store: Store, store_lock: threading.RLock | None = None, *, owns_store: bool = True
    ) -> None:
        """``store``: a connection of the catalogue's own (``owns_store``: ``close`` closes
        it), or the API's shared one, then used under the API's ``store_lock``."""
        self.store = store
        self._owns_store = owns_store
        self.store_lock = store_lock or threading.RLock()
        self._snapshot: Snapshot | None = None
        self._version: tuple[int, int] | None = None
        self._build_lock = threading.Lock()
        self._flag_lock = threading.Lock()
        self._building = False

    def close(self) -> None:
        if self._owns_store:
            with self.store_lock:
                self.store.close()

    def version(self) -> tuple[int, int]:
        with self.store_lock:
            return store_version(self.store)

    def _build(self) -> None:
        with self._build_lock, self.store_lock:
            version = store_version(self.store)
            if self._snapshot is None or version != self._version:
                self._snapshot = build_snapshot(store=self.store)
                self._version = version

    def _build_in_background(self) -> None:
        try:
            self._build()
        except Exception:  # the previous snapshot stays in use; the next request retries
            log.exception("rebuilding the catalogue failed")
        finally:
            with self._flag_lock:
                self._building = False

    def refresh_in_background(self) -> None:
        with self._flag_lock:
            if self._building:
                return
            self._building = True
        threading.Thread(
            target=self._build_in_background, name="catalogue-rebuild", daemon=True
        ).start()

    def snapshot(self) -> Snapshot:
        snap = self._snapshot
        if snap is None:
            self._build()  # the very first: callers wait (exceptions reach them as a 500)
            assert self._snapshot is not None
            return self._snapshot
        if self.version() != self._version:
            self.refresh_in_background()
        return snap
