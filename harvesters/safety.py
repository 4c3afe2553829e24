"""The SSRF guard: the harvester only talks http(s) to public addresses.

Source URLs come from configuration, but the pages they lead to come from the web: a
directory (or an attacker controlling one listing) can link or redirect to
``http://169.254.169.254/`` (cloud metadata), ``http://10.0.0.1/`` (the internal network) or
``file:///etc/passwd``. The guard decides *before any connection is opened*:

* :class:`SsrfGuardMiddleware` runs first among the downloader middlewares for every request,
  including each hop of a redirect (Scrapy reschedules redirects as new requests) and the
  robots.txt fetches. It refuses other schemes, IP literals that are not public, and host
  names whose DNS answer is not public.
* :class:`GuardedResolver` is the reactor's resolver, so the address a connection is actually
  made to is the address that was checked (no second lookup an attacker's DNS could answer
  differently), and any request that somehow bypassed the middleware still cannot connect.

Hosts in ``Settings.allowed_private_hosts`` (tests and the demo allow ``127.0.0.1``) may
resolve to private or loopback addresses; nothing else may.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"http", "https"})
SETTING = "SIGNPOST_ALLOWED_PRIVATE_HOSTS"


class RefusedRequest(IgnoreRequest):
    """The guard refused a request; ``reason`` says why (and names the address)."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"refused {url}: {reason}")
        self.url = url
        self.reason = reason


class RefusedAddress(DNSLookupError):
    """Raised by the resolver: the name resolved, but not to a public address."""


def _normalise_hosts(hosts: Iterable[str]) -> frozenset[str]:
    return frozenset(h.strip().lower().strip("[]") for h in hosts if h and h.strip())


def address_problem(host: str, address: str, allowed_hosts: frozenset[str]) -> str | None:
    """Why ``host`` at ``address`` may not be contacted, or None when it may.

    Public means globally routable: not private, loopback, link-local (169.254/16, the
    metadata range), multicast, reserved, unspecified, shared (100.64/10) or documentation
    space; IPv4-mapped IPv6 is judged by its IPv4 address.
    """
    if host.lower() in allowed_hosts:
        return None  # allow-listed by name (an IP literal is its own name)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if not ip.is_global or ip.is_multicast:
        shown = host if host == address else f"{host} ({address})"
        return f"{shown} is not a public address"
    return None


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def url_problem(url: str, allowed_hosts: frozenset[str]) -> str | None:
    """What can be decided from the URL alone: scheme, missing host, non-public IP literal."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return f"scheme {scheme or '(none)'!r} is not allowed (http and https only)"
    host = (parts.hostname or "").lower()
    if not host:
        return "the URL has no host"
    if is_ip_literal(host):
        return address_problem(host, host.strip("[]"), allowed_hosts)
    return None


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver that refuses to hand out non-public addresses."""

    def __init__(
        self, reactor: Any, cache_size: int, timeout: float, allowed_hosts: Iterable[str]
    ) -> None:
        super().__init__(reactor, cache_size, timeout)
        self.allowed_hosts = _normalise_hosts(allowed_hosts)

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> GuardedResolver:  # type: ignore[override]
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"), settings.getlist(SETTING))

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred[str]:
        def check(address: str) -> str:
            problem = address_problem(name, address, self.allowed_hosts)
            if problem:
                raise RefusedAddress(problem)
            return address

        return super().getHostByName(name, timeout).addCallback(check)


class SsrfGuardMiddleware:
    """Downloader middleware, first in the chain: see the module docstring."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.allowed_hosts = _normalise_hosts(crawler.settings.getlist(SETTING))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SsrfGuardMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        problem = url_problem(request.url, self.allowed_hosts)
        if problem:
            self._refuse(request, problem)
        host = (urlparse_cached(request).hostname or "").lower()
        if is_ip_literal(host) or host in self.allowed_hosts:
            return
        from twisted.internet import reactor

        try:
            address = await maybe_deferred_to_future(reactor.resolve(host))
        except RefusedAddress as exc:
            self._refuse(request, str(exc))
        except DNSLookupError:
            return  # unresolvable: the download fails with its own clear DNS error
        problem = address_problem(host, address, self.allowed_hosts)
        if problem:  # a resolver other than GuardedResolver is installed: still refuse
            self._refuse(request, problem)

    def _refuse(self, request: Request, reason: str) -> None:
        self.crawler.stats.inc_value("signpost/refused")
        logger.warning("SSRF guard refused %s: %s", request.url, reason)
        raise RefusedRequest(request.url, reason)
