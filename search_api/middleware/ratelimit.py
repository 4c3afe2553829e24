"""Per-client rate limiting with a token bucket, answered with ``429`` and ``Retry-After``.

A bucket per client address holds ``burst`` tokens and refills at ``per_minute / 60`` per
second, so someone typing into the widget (a suggest request per keystroke) never notices, while
a scraper hammering ``/api/search`` is slowed to the sustained rate. Buckets live in memory; the
table is bounded (least recently seen clients are forgotten first), so a flood of spoofed
addresses cannot grow it without limit.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

from search_api.middleware.util import send_json

MAX_CLIENTS = 100_000


class TokenBuckets:
    """The bookkeeping, separate from ASGI so it can be reasoned about (and tested) alone."""

    def __init__(
        self,
        per_minute: int,
        burst: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = MAX_CLIENTS,
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """Spend one token; returns 0 when allowed, else the seconds until one is available."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[client] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
            return wait


class RateLimitMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        per_minute: int,
        burst: int,
        prefixes: Iterable[str] = ("/api/", "/oruk", "/admin"),
        exempt: Iterable[str] = ("/api/health",),
    ) -> None:
        self.app = app
        self.enabled = per_minute > 0
        self.buckets = TokenBuckets(per_minute, burst) if self.enabled else None
        self.prefixes = tuple(prefixes)
        self.exempt = frozenset(exempt)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.buckets is None:
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if (
            path in self.exempt
            or not path.startswith(self.prefixes)
            or scope["method"] == "OPTIONS"
        ):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        key = client[0] if client else "unknown"
        wait = self.buckets.take(key)
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        retry_after = max(1, math.ceil(wait))
        await send_json(
            send,
            429,
            {
                "error": f"too many requests: try again in {retry_after} s",
                "detail": {"retry_after": retry_after},
            },
            [(b"retry-after", str(retry_after).encode())],
        )
