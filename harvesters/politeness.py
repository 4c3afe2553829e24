"""Politeness: who we say we are, robots.txt read the way RFC 9309 says, and backing off
when a server asks us to.

* ``user_agent`` names Signpost and a contact URL, so a site owner can reach us.
* :class:`Rfc9309RobotsMiddleware` (one robots.txt per origin, or the file a source names
  in ``params.robots_url``) replaces Scrapy's, whose failure mode is the opposite of
  the RFC's: Scrapy crawls everything when robots.txt cannot be fetched. Here a 2xx is parsed
  (the first 500 KiB), a 4xx means "no rules" (allow), and a 5xx, a 429 or an unreachable
  host means "complete disallow" (RFC 9309 §2.3.1.3-4). Redirects are followed (up to five,
  the ``REDIRECT_MAX_TIMES`` the crawl sets).
* :class:`RetryAfterMiddleware` honours ``Retry-After`` on 429/503: the host's download slot
  is paused for that long before the retry, unless the wait exceeds the cap, in which case the
  request is given up with the reason stated.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from protego import Protego
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.asyncio import call_later
from scrapy.utils.httpobj import urlparse_cached

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

PRODUCT_TOKEN = "Signpost"
ROBOTS_MAX_BYTES = 500 * 1024
"""RFC 9309 §2.5: crawlers must parse at least 500 KiB; the rest is ignored."""


def user_agent(contact_url: str, version: str = "0.1") -> str:
    """``Signpost/0.1 (+https://…; care and support directory harvester)``."""
    return f"{PRODUCT_TOKEN}/{version} (+{contact_url}; care and support directory harvester)"


class RobotsDisallowed(IgnoreRequest):
    """robots.txt forbids this URL (or the whole site, when robots.txt is unreachable)."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{reason}: {url}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class RobotsPolicy:
    """What one host's robots.txt says: allow all, disallow all, or its parsed rules."""

    verdict: str  # "rules" | "allow_all" | "disallow_all"
    reason: str
    rules: Protego | None = None

    def allows(self, url: str, agent: str = PRODUCT_TOKEN) -> bool:
        if self.verdict == "allow_all":
            return True
        if self.verdict == "disallow_all" or self.rules is None:
            return False
        return bool(self.rules.can_fetch(url, agent))


def policy_from_response(status: int, body: bytes) -> RobotsPolicy:
    """RFC 9309 §2.3.1: the status decides before the content does."""
    if 200 <= status < 300:
        text = body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
        return RobotsPolicy("rules", f"robots.txt (HTTP {status})", Protego.parse(text))
    if status == 429 or status >= 500:
        return RobotsPolicy(
            "disallow_all",
            f"robots.txt unreachable (HTTP {status}); RFC 9309 treats the site as disallowed",
        )
    if 400 <= status < 500:
        return RobotsPolicy("allow_all", f"no robots.txt (HTTP {status}); everything allowed")
    # 1xx or a 3xx left over after the redirect limit: the file could not be obtained.
    return RobotsPolicy(
        "disallow_all", f"robots.txt unavailable (HTTP {status}); treated as disallowed"
    )


class Rfc9309RobotsMiddleware:
    """Downloader middleware: see the module docstring."""

    PRIORITY = 1000

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self._policies: dict[str, RobotsPolicy] = {}
        self._pending: dict[str, asyncio.Event] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Rfc9309RobotsMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return
        policy = await self.policy_for(request)
        if not policy.allows(request.url):
            self.crawler.stats.inc_value("robotstxt/forbidden")
            reason = (
                policy.reason
                if policy.verdict == "disallow_all"
                else f"robots.txt disallows {urlparse_cached(request).path or '/'} for {PRODUCT_TOKEN}"
            )
            raise RobotsDisallowed(request.url, reason)

    async def policy_for(self, request: Request) -> RobotsPolicy:
        """The policy for the request's origin, fetched once; concurrent requests to a new
        origin wait for that one fetch."""
        parts = urlparse_cached(request)
        key = f"{parts.scheme}://{parts.netloc}"
        known = self._policies.get(key)
        if known is not None:
            return known
        pending = self._pending.get(key)
        if pending is not None:
            await pending.wait()
            return self._policies[key]
        pending = self._pending[key] = asyncio.Event()
        try:
            policy = await self._fetch(self._robots_url(key))
        except BaseException:
            policy = RobotsPolicy("disallow_all", "robots.txt could not be read")
            raise
        finally:
            self._policies[key] = policy
            del self._pending[key]
            pending.set()
        return policy

    def _robots_url(self, origin: str) -> str:
        """``{origin}/robots.txt``, unless the source names another file for this origin
        (``params.robots_url``: sites that live under a path prefix of a shared host)."""
        source = getattr(self.crawler.spider, "source", None)
        configured = str(getattr(source, "params", {}).get("robots_url") or "")
        if configured:
            parts = urlsplit(configured)
            if f"{parts.scheme}://{parts.netloc}" == origin:
                return configured
        return f"{origin}/robots.txt"

    async def _fetch(self, url: str) -> RobotsPolicy:
        robots = Request(
            url,
            priority=self.PRIORITY,
            meta={"dont_obey_robotstxt": True, "signpost_robots": True},
            callback=NO_CALLBACK,
        )
        self.crawler.stats.inc_value("robotstxt/request_count")
        try:
            response = await self.crawler.engine.download_async(robots)
        except Exception as exc:  # unreachable: connection refused, timeout, DNS, refused
            reason = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
            return RobotsPolicy(
                "disallow_all",
                f"robots.txt unreachable ({reason}); RFC 9309 treats the site as disallowed",
            )
        self.crawler.stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        return policy_from_response(response.status, response.body)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, plus ``Retry-After`` on 429/503 (see the module docstring)."""

    RETRY_AFTER_CODES = frozenset({429, 503})

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.cap = settings.getfloat("SIGNPOST_RETRY_AFTER_CAP", 60.0)

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry") or response.status not in self.RETRY_AFTER_CODES:
            return super().process_response(request, response)
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        if asked is not None and asked > self.cap:
            request.meta["signpost_gave_up"] = (
                f"HTTP {response.status} with Retry-After {asked:.0f} s, over the "
                f"{self.cap:.0f} s cap"
            )
            self.crawler.stats.inc_value("signpost/retry_after_over_cap")
            return response
        retries = int(request.meta.get("retry_times", 0))
        wait = asked if asked is not None else min(self.cap, float(2**retries))
        retry = self._retry(request, f"HTTP {response.status}, waiting {wait:.1f} s")
        if retry is None:
            request.meta["signpost_gave_up"] = f"HTTP {response.status} after retries"
            return response
        self.crawler.stats.inc_value("signpost/retry_after_waits")
        self._pause_host(request, wait)
        return retry

    def _pause_host(self, request: Request, seconds: float) -> None:
        """Hold every request to this host (its download slot) for ``seconds``: the server
        asked the crawler, not one URL, to wait."""
        downloader = self.crawler.engine.downloader
        key = request.meta.get(downloader.DOWNLOAD_SLOT) or downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        resume = getattr(downloader, "_latercall", None)
        if slot is None or resume is None or seconds <= 0:
            return
        if slot.latercall is not None:
            slot.latercall.cancel()
        slot.latercall = call_later(seconds, resume, slot)
