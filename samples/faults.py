"""Fault modes a sample site can be switched into at run time, so harvester tests can see each
way a real directory misbehaves (docs/sample-sources.md has the table).

A fault applies to every URL of one site except its robots.txt, until it is cleared — or,
with the ``paths`` option, only to the URLs that pattern matches (a directory whose record
pages fail while its lists still work: the case partial records are for).
"""

from __future__ import annotations

import re
import threading
import time
import zlib
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

MODES = (
    "http500",
    "http404",
    "slow",
    "ratelimit",
    "truncated",
    "layout_changed",
    "empty",
    "soft404",
    "gzip_bomb",
    "redirect_private",
)
DEFAULT_PRIVATE_TARGET = "http://169.254.169.254/latest/meta-data/"


class FaultError(ValueError):
    """A control request asked for something that does not exist."""


@dataclass(frozen=True)
class Fault:
    mode: str
    delay: float = 2.0
    """slow: seconds added to every response."""
    retry_after: int = 1
    """ratelimit: seconds announced in ``Retry-After`` (and enforced)."""
    burst: int = 5
    """ratelimit: requests allowed before the 429s start, and again after each wait."""
    size_mb: int = 1024
    """gzip_bomb: decompressed size (the compressed body is about 1/1000 of it)."""
    target: str = DEFAULT_PRIVATE_TARGET
    """redirect_private: where the redirect points (a private or link-local address)."""
    fraction: float = 0.45
    """truncated: share of the body that is sent."""
    paths: str = ""
    """A regular expression: only URLs it matches (searched in the path after the site's
    prefix, with its query string) are faulted; empty: every URL."""

    def applies_to(self, target: str) -> bool:
        """Whether the fault hits ``target`` (the path after the site's prefix, with its
        query string, e.g. ``childcare_providers/10306-emergency-food-parcels``)."""
        return not self.paths or re.search(self.paths, target) is not None

    def describe(self) -> dict[str, Any]:
        return asdict(self)


_NUMBERS = {
    "delay": float,
    "retry_after": int,
    "burst": int,
    "size_mb": int,
    "fraction": float,
}


def parse_fault(options: dict[str, Any]) -> Fault | None:
    """A fault from a control request's JSON or query options; ``mode`` null/"none" clears."""
    mode = options.get("mode")
    if mode in (None, "", "none", "null"):
        return None
    if mode not in MODES:
        raise FaultError(f"unknown fault mode {mode!r} (known: {', '.join(MODES)})")
    kwargs: dict[str, Any] = {"mode": mode}
    for name, value in options.items():
        if name == "mode":
            continue
        if name in ("target", "paths"):
            kwargs[name] = str(value)
            continue
        if name not in _NUMBERS:
            raise FaultError(f"unknown fault option {name!r}")
        try:
            kwargs[name] = _NUMBERS[name](value)
        except (TypeError, ValueError) as exc:
            raise FaultError(f"fault option {name} must be a number, not {value!r}") from exc
    fault = Fault(**kwargs)
    try:
        re.compile(fault.paths)
    except re.error as exc:
        raise FaultError(f"paths is not a regular expression: {exc}") from exc
    if fault.delay < 0 or fault.delay > 120:
        raise FaultError("delay must be between 0 and 120 seconds")
    if fault.size_mb < 1 or fault.size_mb > 4096:
        raise FaultError("size_mb must be between 1 and 4096")
    if not 0 < fault.fraction < 1:
        raise FaultError("fraction must be between 0 and 1")
    if fault.retry_after < 0 or fault.burst < 0:
        raise FaultError("retry_after and burst must not be negative")
    return fault


class RateLimiter:
    """``burst`` requests, then 429 + ``Retry-After`` until that many seconds have passed;
    a client that honours Retry-After always gets through eventually."""

    def __init__(self, burst: int, retry_after: int) -> None:
        self.burst = burst
        self.retry_after = retry_after
        self.used = 0
        self.blocked_until = 0.0
        self.lock = threading.Lock()

    def check(self) -> int | None:
        """None to serve the request, else the seconds to announce in Retry-After."""
        with self.lock:
            now = time.monotonic()
            if now < self.blocked_until:
                return max(1, round(self.blocked_until - now + 0.499)) if self.retry_after else 0
            if self.blocked_until:
                self.blocked_until = 0.0
                self.used = 0
            if self.used < self.burst:
                self.used += 1
                return None
            self.blocked_until = now + self.retry_after
            return self.retry_after


@lru_cache(maxsize=2)
def gzip_bomb(size_mb: int) -> bytes:
    """A valid gzip stream of ``size_mb`` MiB of zeros (built once per size; 1 GiB takes about
    two seconds and compresses to about 1 MB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    parts = [compressor.compress(chunk) for _ in range(size_mb)]
    parts.append(compressor.flush())
    return b"".join(parts)


def truncate(body: bytes, fraction: float) -> bytes:
    """Cut a body part-way, as a dropped connection or a crashed renderer leaves it."""
    return body[: max(1, int(len(body) * fraction))]
