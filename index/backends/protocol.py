"""The one contract every search backend meets (embedded SQLite FTS5, Elasticsearch).

The API and CLI only ever see this protocol and the types of ``index.search.types``, so a
backend can be swapped by configuration and ``tests/contract/`` can run the same behaviour
tests against each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from index.model import MergedService
from index.search.types import BackendHealth, SearchPage, SearchQuery, Suggestion


@runtime_checkable
class SearchBackend(Protocol):
    name: str

    def rebuild(self, services: Iterable[MergedService]) -> int:
        """Replace the whole index atomically; returns documents indexed."""
        ...

    def upsert(self, services: Iterable[MergedService]) -> int: ...

    def delete(self, ids: Iterable[str]) -> int: ...

    def search(self, query: SearchQuery) -> SearchPage: ...

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]: ...

    def health(self) -> BackendHealth: ...
