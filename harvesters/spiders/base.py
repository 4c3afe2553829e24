"""The base of every platform spider: requests that remember where they lead, 304 replay,
and failures turned into counted, reasoned skips.

A platform spider implements ``first_requests()`` and callbacks that take the response and
keyword data; it makes requests with :meth:`SourceSpider.page` (``nav=True`` for list and
index pages, whose failure makes the run incomplete) and yields
:class:`~harvesters.items.Listing` objects. Everything else is here:

* Every page a callback leads to is remembered (``result.pages``), so that when the page
  answers ``304 Not Modified`` next time its links are followed again without its body.
* A 304 yields :class:`~harvesters.items.Unchanged` for the page: the records it gave last
  time are reused by the caller.
* :class:`~harvesters.expect.ParseError` in a callback skips that page with the reason.
* Request failures become skips with a category; a failed start request decides the run
  (blocked by robots.txt, or failed), a failed navigation page marks the run incomplete.
* A detail request may carry the list page's card of its listing (``fallback``): when the
  page fails or cannot be read, the card is kept as a partial record (``harvesters.partial``).
* Optional elements a spider looked for and did not find are noted per page
  (:meth:`SourceSpider.missing`): logged, counted in the run report, never a failure. Only
  the gates decide whether a run is published.
* A dry run (``sample``) follows one start page and at most that many list pages beyond it
  (an index that links every letter or category is not read whole), stops after that many
  listings and traces every page: what it yielded and what was missing.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import urljoin

import scrapy
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from harvesters.expect import ParseError
from harvesters.items import Listing, Unchanged
from harvesters.job import LinkSpec, Skip, SourceResult, SourceState
from harvesters.partial import partial_listing
from harvesters.politeness import RobotsDisallowed
from harvesters.safety import RefusedRequest, url_problem
from index.sources import SourceConfig

logger = logging.getLogger(__name__)

META = "signpost"


class SourceSpider(scrapy.Spider):
    """One source's crawl (see the module docstring)."""

    kind: ClassVar[str] = ""
    parser_version: ClassVar[int] = 1
    """Bump when parsing changes so the next run re-reads every page instead of reusing
    records parsed by the old code for pages that did not change."""

    def __init__(
        self,
        source: SourceConfig,
        state: SourceState | None = None,
        result: SourceResult | None = None,
        sample: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(name=f"{self.kind}:{source.id}", **kwargs)
        self.source = source
        self.state = state or SourceState()
        self.result = result or SourceResult(source_id=source.id)
        self.sample = sample
        self._requested: set[str] = set()
        self._starts = 0
        self._disallowed_starts: list[str] = []
        self._sampled = 0
        self._sampled_nav = 0
        self._page_missing: dict[str, list[str]] = {}

    # -- what platform spiders implement --------------------------------------------------

    def first_requests(self) -> Iterable[Request]:
        raise NotImplementedError

    # -- request building -------------------------------------------------------------------

    def page(
        self,
        url: str,
        callback: str,
        data: dict[str, Any] | None = None,
        *,
        nav: bool = False,
        priority: int = 0,
        fallback: dict[str, Any] | None = None,
    ) -> Request:
        """A request whose callback is the method named ``callback`` with ``data`` as
        keyword arguments; the name (not the function) is what is remembered for replay.
        ``fallback`` is the list page's card of the listing (``harvesters.partial.card``)."""
        if not callable(getattr(self, callback, None)):
            raise AttributeError(f"{type(self).__name__} has no callback {callback!r}")
        return Request(
            url,
            callback=self._dispatch,
            errback=self._failed,
            priority=priority,
            # Duplicates are dropped by the spider itself (see _dispatch), not by Scrapy's
            # filter, which would also drop a redirect back to the same URL silently — a
            # listing lost without a reason.
            dont_filter=True,
            meta={
                META: {"url": url, "cb": callback, "data": data, "nav": nav, "fallback": fallback}
            },
        )

    @staticmethod
    def page_url(response: Response) -> str:
        """The URL the page was requested as (before any redirect): what records and
        validators are keyed by, so that a later 304 finds them."""
        return str(response.meta.get(META, {}).get("url", response.url))

    @staticmethod
    def listed(response: Response) -> dict[str, Any] | None:
        """The list page's card (``fallback``) the request for this page carried: for a
        callback that completes a listing from its list item, so that a large item is not
        carried (and remembered for replay) twice, as data and as fallback."""
        info = response.meta.get(META, {})
        fallback = info.get("fallback")
        return fallback if isinstance(fallback, dict) else None

    def missing(self, url: str, element: str) -> None:
        """Note an optional element this page does not have (a record count, a summary, a
        phone block): logged, counted per element in the run report, traced in a dry run."""
        logger.info("%s: %s has no %s", self.source.id, url, element)
        self.result.missing[element] = self.result.missing.get(element, 0) + 1
        self.result.missing_examples.setdefault(element, url)
        if self.sample is not None:
            self._page_missing.setdefault(url, []).append(element)

    def partial_from(self, fallback: dict[str, Any], url: str, reason: str) -> Listing | None:
        """The partial record for a failed page (platforms with a richer list item, such as
        an ORUK feed, override this)."""
        return partial_listing(fallback, url, reason)

    async def start(self) -> AsyncIterator[Request]:
        for request in self.first_requests():
            if self.sample is not None and self._starts:
                break  # a dry run follows one start page
            if not self._first_time(request):
                continue
            request.meta[META]["start"] = True
            request.meta[META]["nav"] = True
            self._starts += 1
            yield request

    def closed(self, reason: str) -> None:
        """Blocked means robots.txt forbids every start page: the source is not crawled at
        all. Start pages it forbids among others are skipped like any disallowed page."""
        if self._starts and len(self._disallowed_starts) == self._starts:
            self.result.status = "blocked"
            self.result.reason = self._disallowed_starts[0]

    # -- responses ----------------------------------------------------------------------------

    def _dispatch(self, response: Response) -> Iterator[Any]:
        info = response.meta[META]
        url: str = info["url"]
        if response.status == 304:
            yield Unchanged(url)
            for link in self.state.pages.get(url, []):
                request = self._remember(
                    url,
                    self.page(
                        link.url, link.callback, link.data, nav=link.nav, fallback=link.fallback
                    ),
                )
                if self._first_time(request):
                    yield request
            return
        method = getattr(self, info["cb"])
        listings = links = 0
        error: str | None = None
        if info.get("nav"):
            # Remember every list page, even one that led nowhere (the empty page that ends
            # a walk), so that next time it can be asked conditionally and answer 304.
            self.result.pages.setdefault(url, [])
        try:
            for out in method(response, **(info.get("data") or {})):
                if isinstance(out, Request):
                    if not self._sampling_allows(out):
                        continue
                    self._remember(url, out)
                    if not self._first_time(out):
                        continue
                    links += 1
                elif isinstance(out, Listing):
                    if self.sample is not None and info.get("nav"):
                        # Listings straight off a list page or feed count towards the sample
                        # here; a detail page's listing was counted when it was requested.
                        if self._sampled >= self.sample:
                            continue
                        self._sampled += 1
                    listings += 1
                yield out
        except ParseError as exc:
            error = str(exc)
            yield Skip(
                url=exc.url, reason=str(exc), category=f"unreadable {exc.field}", keep_previous=True
            )
            if info.get("start"):
                self.result.status = "failed"
                self.result.reason = f"start page unreadable: {exc}"
            elif info.get("nav"):
                self.result.incomplete = self.result.incomplete or f"list page unreadable: {exc}"
            elif info.get("fallback"):
                partial = self.partial_from(info["fallback"], url, f"page unreadable: {exc}")
                if partial is not None:
                    listings += 1
                    yield partial
        finally:
            self._trace(url, info, response.status, listings, links, error)

    def _sampling_allows(self, request: Request) -> bool:
        """In a dry run, stop asking for more once enough listings are on their way, and
        read no more list pages than listings are wanted (a Jadu home links every letter)."""
        if self.sample is None:
            return True
        if request.meta.get(META, {}).get("nav"):
            if self._sampled >= self.sample or self._sampled_nav >= self.sample:
                return False
            self._sampled_nav += 1
            return True
        if self._sampled >= self.sample:
            return False
        self._sampled += 1
        return True

    def _trace(
        self,
        url: str,
        info: dict[str, Any],
        status: int | None,
        listings: int,
        links: int,
        error: str | None,
    ) -> None:
        if self.sample is None:
            return
        self.result.trace.append(
            {
                "url": url,
                "callback": info.get("cb"),
                "status": status,
                "listings": listings,
                "links": links,
                "missing": self._page_missing.pop(url, []),
                "error": error,
            }
        )

    def _first_time(self, request: Request) -> bool:
        """True the first time a URL is requested in this crawl."""
        if request.url in self._requested:
            return False
        self._requested.add(request.url)
        return True

    def _remember(self, parent: str, request: Request) -> Request:
        info = request.meta.get(META)
        if info is not None:
            links = self.result.pages.setdefault(parent, [])
            links.append(
                LinkSpec(
                    info["url"],
                    info["cb"],
                    info.get("data"),
                    info.get("nav", False),
                    info.get("fallback"),
                )
            )
        return request

    # -- failures -----------------------------------------------------------------------------

    def _failed(self, failure: Failure) -> Iterator[Any]:
        request: Request = failure.request  # type: ignore[attr-defined]
        info = request.meta.get(META, {})
        url = info.get("url", request.url)
        category, reason, keep = self.describe_failure(failure, request)
        if info.get("start") and isinstance(failure.value, RobotsDisallowed):
            self._disallowed_starts.append(failure.value.reason)
        elif info.get("start"):
            self.result.status = "failed"
            self.result.reason = self.result.reason or f"start page {url} failed: {reason}"
        elif info.get("nav"):
            self.result.incomplete = self.result.incomplete or f"list page {url} failed: {reason}"
        yield Skip(url=url, reason=reason, category=category, keep_previous=keep)
        self._trace(url, info, _status(failure), 0, 0, reason)
        if info.get("fallback") and not info.get("nav"):
            partial = self.partial_from(info["fallback"], url, f"page failed: {reason}")
            if partial is not None:
                yield partial

    @staticmethod
    def describe_failure(failure: Failure, request: Request) -> tuple[str, str, bool]:
        """(category, reason, keep_previous) for a failed request."""
        exc = failure.value
        gave_up = request.meta.get("signpost_gave_up")
        if isinstance(exc, RobotsDisallowed):
            return "robots.txt", exc.reason, True
        if isinstance(exc, RefusedRequest):
            return "refused (SSRF guard)", exc.reason, False
        if isinstance(exc, HttpError):
            status = exc.response.status
            if 300 <= status < 400:
                # Scrapy's redirect middleware leaves alone what it will not follow (other
                # schemes such as file://, or a redirect with no usable Location).
                location = (exc.response.headers.get(b"Location") or b"").decode("latin-1")
                target = urljoin(exc.response.url, location) if location else "(no Location)"
                problem = url_problem(target, frozenset()) if location else None
                if problem and "scheme" in problem:
                    return "refused redirect", f"redirect to {target} refused: {problem}", False
                return "redirect not followed", f"HTTP {status} redirect to {target}", True
            if status in (404, 410):
                return f"HTTP {status}", f"HTTP {status} (listing gone)", False
            return f"HTTP {status}", gave_up or f"HTTP {status}", True
        name = type(exc).__name__
        text = str(exc) or name
        if "max redirections" in text:
            return "redirect loop", f"more than the allowed redirects ({text})", True
        if "maxsize" in text.lower() or "larger than" in text.lower() or "max size" in text.lower():
            return "too large", text, True
        if "timeout" in name.lower() or "timed out" in text.lower():
            return "timeout", text, True
        return name, text, True


def _status(failure: Failure) -> int | None:
    exc = failure.value
    return exc.response.status if isinstance(exc, HttpError) else None
