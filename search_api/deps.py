"""What the routes depend on: one ``AppState`` per app, handed out by FastAPI dependencies.

The store is one SQLite connection shared by the worker threads, so every use of it goes
through ``ApiState.read_store`` (a re-entrant lock): sqlite3 connections may cross threads, but
interleaving two threads' statements on one connection would mix their transactions.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from index.backends.protocol import SearchBackend
from index.search.types import Suggestion
from index.store import Store
from search_api.cache import SEARCH_TTL, SUGGEST_TTL, TTLCache
from search_api.catalogue import Catalogue, store_version
from search_api.errors import ApiError
from search_api.jobs import HarvestJobs, Refresher
from search_api.settings import ApiSettings
from search_api.widget_assets import WidgetAssets

HarvestTrigger = Callable[[str], Any]
V = TypeVar("V")


@dataclass(frozen=True)
class SourceInfo:
    id: str
    name: str
    kind: str
    base_url: str
    borough: str | None
    interval_hours: float | None
    enabled: bool


@dataclass
class ApiState:
    settings: ApiSettings
    store: Store
    backend: SearchBackend
    harvest_trigger: HarvestTrigger | None
    widget: WidgetAssets
    store_lock: threading.RLock = field(default_factory=threading.RLock)
    catalogue: Catalogue = field(init=False)
    search_cache: TTLCache[bytes] = field(
        default_factory=lambda: TTLCache(SEARCH_TTL, max_entries=4096)
    )
    suggest_cache: TTLCache[list[Suggestion]] = field(
        default_factory=lambda: TTLCache(SUGGEST_TTL, max_entries=8192)
    )
    jobs: HarvestJobs = field(init=False)
    refresh_trigger: Callable[[], Any] | None = None
    """Dedup + re-index after a curator's change (injected by ``signpost serve``)."""
    refresher: Refresher = field(init=False)
    _sources: dict[str, SourceInfo] | None = field(default=None, init=False)
    _sources_version: tuple[int, int] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        if str(self.store.path) == ":memory:":
            # One in-memory database has one connection: share it, under its lock.
            self.catalogue = Catalogue(self.store, self.store_lock, owns_store=False)
        else:
            # A connection of its own, so a rebuild never holds up requests (see catalogue).
            # Opened now, with the main one: opening a Store also marks runs left 'running'
            # as abandoned, which must not happen later, mid-way through someone's harvest.
            own = Store(self.store.path, tombstone_after=self.store.tombstone_after)
            self.catalogue = Catalogue(own)
        self.jobs = HarvestJobs(self.harvest_trigger)
        self.refresher = Refresher(self.refresh_trigger, self._after_refresh)

    def _after_refresh(self) -> None:
        """The merged view and index changed under the caches: drop what they remember."""
        self.search_cache.clear()
        self.suggest_cache.clear()
        self.catalogue.refresh_in_background()

    def refresh_after_change(self) -> str:
        """Start a background refresh; the sentence tells the curator when search follows."""
        if self.refresher.request():
            return "search is being refreshed in the background (dedup and index)"
        return "the merged view and search index change at the next dedup and index run"

    def close(self) -> None:
        """Close both store connections (the catalogue's first: it may be mid-rebuild)."""
        self.catalogue.close()
        with self.store_lock:
            self.store.close()

    @contextmanager
    def read_store(self) -> Iterator[Store]:
        with self.store_lock:
            yield self.store

    def sources(self) -> dict[str, SourceInfo]:
        """Configured sources by id (names for result lists, provenance and /api/sources)."""
        with self.store_lock:
            version = store_version(self.store)
            if self._sources is not None and self._sources_version == version:
                return self._sources
            rows = self.store.list_sources()
            version = store_version(self.store)
        infos = {}
        for row in rows:
            try:
                config = json.loads(row.get("config_json") or "{}")
            except ValueError:
                config = {}
            infos[row["id"]] = SourceInfo(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                base_url=row["base_url"],
                borough=row.get("borough"),
                interval_hours=config.get("interval_hours"),
                enabled=bool(config.get("enabled", True)),
            )
        self._sources, self._sources_version = infos, version
        return infos

    @property
    def sources_version(self) -> tuple[int, int] | None:
        """The store version the names of ``sources()`` were read at: cached pages that show
        source names are keyed by it, so a renamed source is never shown by its old name."""
        return self._sources_version

    def source_name(self, source_id: str) -> str:
        info = self.sources().get(source_id)
        return info.name if info else source_id


def get_state(request: Request) -> ApiState:
    return request.app.state.api  # type: ignore[no-any-return]


def api_state(request: Request) -> ApiState:
    """``get_state`` for the busiest routes, called directly rather than as a dependency:
    FastAPI's dependency machinery costs more per request than the lookup itself."""
    return request.app.state.api  # type: ignore[no-any-return]


async def backend_call(state: ApiState, compute: Callable[[], V]) -> V:
    """Run a backend call from an ``async`` route. A backend that answers in this process
    (``in_process``: the embedded index) is called right here: its work holds the GIL, so a
    thread-pool hop would add a hand-over per request and no parallelism (more processes,
    ``--workers``, add that). A backend that waits on the network (Elasticsearch) runs in the
    thread pool, so the event loop serves others meanwhile."""
    if getattr(state.backend, "in_process", False):
        return compute()
    return await run_in_threadpool(compute)


def require_admin(request: Request) -> ApiState:
    """Bearer-token check for ``/admin``; constant-time comparison of the token."""
    state = get_state(request)
    expected = state.settings.admin_token
    challenge = {"WWW-Authenticate": 'Bearer realm="signpost-admin"'}
    if not expected:
        raise ApiError(
            401,
            "the operator API is disabled: no admin token is configured (SIGNPOST_ADMIN_TOKEN)",
            headers=challenge,
        )
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, "an operator bearer token is required", headers=challenge)
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise ApiError(401, "the operator bearer token is not valid", headers=challenge)
    return state
