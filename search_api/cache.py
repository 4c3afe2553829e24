"""A small in-process result cache for ``/api/search`` and ``/api/suggest``.

What people ask a care directory is highly repetitive — a handful of needs ("GP", "debt
advice", "food bank") near a handful of postcodes, and every keystroke of the widget asks for
suggestions of the same prefixes — while a search over 100k services costs the backend tens of
milliseconds. Answers are already declared cacheable for 60 s (search) and 5 min (suggest) in
``Cache-Control``; this cache keeps them for the same time inside the server, so repeated
questions do not reach the backend even when no HTTP cache sits in front.

Entries expire by age only; the time-to-live equals the ``max-age`` the API announces, so the
server never serves anything older than an HTTP cache would. Bounded, least recently used out.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")

SEARCH_TTL = 60
SUGGEST_TTL = 300


class TTLCache(Generic[V]):
    def __init__(
        self, ttl_seconds: float, max_entries: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl_seconds
        self.max_entries = max_entries
        self.clock = clock
        self._items: OrderedDict[Hashable, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_or_compute(self, key: Hashable, compute: Callable[[], V]) -> V:
        """The cached value, or ``compute()`` stored under ``key`` (exceptions are not cached:
        an unknown postcode is re-checked each time, cheaply)."""
        now = self.clock()
        with self._lock:
            item = self._items.get(key)
            if item is not None and now - item[0] < self.ttl:
                self._items.move_to_end(key)
                self.hits += 1
                return item[1]
            self.misses += 1
        value = compute()
        with self._lock:
            self._items[key] = (now, value)
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
