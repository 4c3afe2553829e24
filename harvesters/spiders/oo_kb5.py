"""Open Objects "kb5" family services directories and Local Offers (Hounslow, Wandsworth,
Kensington & Chelsea, … about 68 councils on one platform).

Config (``kind = "oo_kb5"``): ``base_url`` is the tenant's ``…/kb5/{council}/{directory}/``.
``params``:

* ``channel``: the tenant's channel parameter (``familychannel``, ``directorychannel``, …)
* ``channel_values``: the channels to list; empty → read the channel values from the links
  on ``home.page``; none there → list everything (``results.page?sr=0``)
* ``page_size`` (10): only a hint; the walk advances ``sr`` by the hits each page shows

Tenants run different themes of the platform (seen in real captures, docs/harvesters.md):

* a hit is a ``div.result_hit`` or an ``article`` with an ``id="hit-…"``; its name link is in
  ``div.result_hit_header`` (``h3``), in ``header > h4`` or in any heading;
* the record count is a ``p.result_count`` ("Showing 1 - 10 of 37 results"), or only the
  page heading ("Search Results - 77 records found"), or nowhere at all;
* the next page is an ``li.next`` / ``rel=next`` / "Go to Next Page" link, or no link at all
  (numbered pages only, or every hit on one page when ``nh=`` is large while the footer still
  says "Showing page 1 of 8 Pages"). Without a next link the walk moves ``sr`` on by the hits
  the page showed: until the record count is reached, or, with no count, until a page adds
  no new ids. Other links carrying ``sr=`` (shortlist "add", sort order, facets) are never
  taken for pagination.
* phone spans (``span.comma_split_line``) can hold a fax line, and a website link's text may
  be a label ("AFRUCA website"): the link's ``href`` is the website.

Strict only about a service's identity: a hit needs one name and one 11-character id; a hit
without them is skipped and counted, a page whose hits all fail is unreadable. A missing
optional element (count, summary, contact block, a detail section) is noted per page.

Quirks handled: result links carry the channel (``service.page?id=X&familychannel=2-1``), so
one service has a URL per channel — the spider requests ``service.page?id=X`` once.
Editorial hits (``advice.page``) are not services and are not followed. Opening times come
either as a Day | Opening | Closing table or as free text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector
from scrapy.http import Request, Response

from harvesters.expect import ParseError
from harvesters.html import text
from harvesters.job import Skip
from harvesters.partial import card
from harvesters.spiders.base import SourceSpider
from harvesters.spiders.kb5_service import read_service
from harvesters.spiders.oo_marketplace import result_total

_ID = re.compile(r"^[A-Za-z0-9_-]{6,32}$")
_HIT = (
    "contains(concat(' ', normalize-space(@class), ' '), ' result_hit ')"
    " or (self::article and starts-with(@id, 'hit-'))"
)
_HITS = f"//*[{_HIT}][not(ancestor::*[{_HIT}])]"
"""Hits, outermost only (a theme that nests ``div.result_hit`` in ``article#hit-…``)."""
_NAME_LINKS = (
    ".result_hit_header a[href]",
    "header a[href]",
    "h2 a[href], h3 a[href], h4 a[href], h5 a[href]",
)
_NEXT = (
    "ul.pagination li.next a, li.next a, a[rel=next], a.page-link[aria-label*=Next],"
    " a[title*='Next Page'], a.next"
)
_RECORDS = re.compile(
    r"(\d[\d,]*)\s+(?:records?|results?|services?)\s+found|of\s+(\d[\d,]*)\s+(?:results?|records?)",
    re.IGNORECASE,
)
_NO_RECORDS = re.compile(r"\bno\s+(?:results|records|services)\b", re.IGNORECASE)
_NOT_PAGINATION = ("slaction", "itemid", "sortfield", "sorttype")
_SUMMARIES = "p.result_hit_summary, .hit-content, .result_hit_summary, .result-hit-body > div.mb-2"
_PHONES = (
    ".hit-telephone .comma_split_line, li.phone, .contact-links a[href^='tel:'],"
    " .hit-phone .comma_split_line"
)


def record_count(response: Response) -> int | None:
    """The number of records the page says the search found: a ``p.result_count``, or the
    page heading ("Search Results - 77 records found"); None when the page says nothing."""
    node = response.css("p.result_count, .result_count")
    if node:
        total = result_total(text(node))
        if total is not None:
            return total
    for heading in response.css("h1, h2"):
        words = text(heading) or ""
        m = _RECORDS.search(words)
        if m:
            return int((m.group(1) or m.group(2)).replace(",", ""))
        if _NO_RECORDS.search(words):
            return 0
    return None


def with_offset(url: str, offset: int) -> str:
    """The same results URL (channel, query, ``nh``…) at another ``sr`` offset."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qs(parts.query, keep_blank_values=True).items() if k != "sr"]
    flat = [(k, value) for k, values in query for value in values]
    flat.append(("sr", str(offset)))
    return urlunsplit(parts._replace(query=urlencode(flat)))


def _offset(url: str) -> int:
    try:
        return max(int(parse_qs(urlsplit(url).query).get("sr", ["0"])[0]), 0)
    except ValueError:
        return 0


def _entry(href: str, page_url: str) -> tuple[str, str | None] | None:
    """(kind, id) of a hit link: ``service`` or ``advice`` (editorial) with its id, or None
    for any other link."""
    target = urljoin(page_url, href)
    path = urlsplit(target).path
    for kind in ("service", "advice"):
        if path.endswith(f"{kind}.page"):
            ids = parse_qs(urlsplit(target).query).get("id", [])
            return kind, ids[0] if len(ids) == 1 else None
    return None


class Kb5Spider(SourceSpider):
    kind = "oo_kb5"
    parser_version = 2

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._walk_ids: dict[str, set[str]] = {}
        self._linked: set[str] = set()
        """Walks whose pages have next links: a page without one ends them."""

    @property
    def base(self) -> str:
        return self.source.base_url.rstrip("/") + "/"

    def results_url(self, value: str | None, offset: int = 0) -> str:
        query: dict[str, Any] = {}
        channel = self.source.params.get("channel")
        if channel and value:
            query[str(channel)] = value
        query["sr"] = offset
        return urljoin(self.base, "results.page") + "?" + urlencode(query)

    def first_requests(self) -> Iterable[Request]:
        values = list(self.source.params.get("channel_values") or [])
        if values:
            for value in values:
                yield self.page(self.results_url(str(value)), "parse_results", nav=True)
        else:
            yield self.page(urljoin(self.base, "home.page"), "parse_home", nav=True)

    def parse_home(self, response: Response) -> Iterator[Any]:
        """Channel values from every link that carries the channel parameter (results
        pages, or a theme's channel landing pages such as ``family.page?familychannel=…``)."""
        channel = str(self.source.params.get("channel") or "")
        values: list[str] = []
        for href in response.css("a::attr(href)").getall():
            found = parse_qs(urlsplit(response.urljoin(href)).query).get(channel, [])
            values.extend(v for v in found if v)
        urls = [self.results_url(v) for v in dict.fromkeys(values)] if channel else []
        for url in urls or [self.results_url(None)]:
            yield self.page(url, "parse_results", nav=True)

    # -- results -------------------------------------------------------------------------

    def parse_results(
        self, response: Response, walk: str | None = None, probe: bool = False
    ) -> Iterator[Any]:
        url = self.page_url(response)
        walk = walk or url
        seen = self._walk_ids.setdefault(walk, set())
        total = record_count(response)
        hits = list(response.xpath(_HITS))
        if total is None:
            self.missing(url, "record count")
        if not hits:
            if total:
                raise ParseError(url, "result hits", f"none found, though the page says {total}")
            said_none = (
                total == 0
                or response.css(".no_results, .no-results")
                or _NO_RECORDS.search(
                    text(response.css("main, #content, #main_content, body")) or ""
                )
            )
            if not said_none and not probe:
                raise ParseError(
                    url, "result hits", "none, and no record count (not a results page)"
                )
            return
        new = 0
        readable = 0
        for hit in hits:
            out = self._hit(response, url, hit)
            if isinstance(out, Skip):
                yield out
                continue
            readable += 1
            key, request = out
            if key not in seen:
                seen.add(key)
                new += 1
            if request is not None:
                yield request
        if not readable:
            raise ParseError(url, "result hits", f"{len(hits)} hits, none with a name and an id")
        yield from self._next(response, url, walk, total, len(hits), new)

    def _hit(
        self, response: Response, url: str, hit: Selector
    ) -> Skip | tuple[str, Request | None]:
        """One hit: (its id, the detail request or None for editorial content), or a Skip
        naming the problem."""
        link = None
        for selector in _NAME_LINKS:
            link = next((a for a in hit.css(selector) if _entry(a.attrib["href"], url)), None)
            if link is not None:
                break
        if link is None:
            return Skip(url, "a result without a service or advice link", "unreadable hit", True)
        kind, key = _entry(link.attrib["href"], url) or ("", None)
        if key is None or not _ID.match(key):
            return Skip(url, f"unexpected link {link.attrib['href']!r}", "unreadable hit", True)
        others = {
            e[1]
            for href in hit.css("a::attr(href)").getall()
            if (e := _entry(href, url)) and e[0] == kind and e[1]
        }
        if len(others) > 1:
            return Skip(url, f"a result links {len(others)} ids", "unreadable hit", True)
        name = text(link)
        if not name:
            return Skip(url, f"result {key} has no name", "unreadable hit", True)
        if kind == "advice" or "advice_hit" in (hit.attrib.get("class") or ""):
            return key, None  # editorial content, not a service
        canonical = (
            urljoin(urljoin(url, link.attrib["href"]), "service.page")
            + "?"
            + urlencode({"id": key})
        )
        request = self.page(
            canonical, "parse_service", {"key": key}, fallback=self._card(hit, url, key, name)
        )
        return key, request

    def _card(self, hit: Selector, url: str, key: str, name: str) -> dict[str, Any]:
        """What the hit shows, kept in case the service's own page fails."""
        summary = text(hit.css(_SUMMARIES)[:1])
        if summary is None:
            self.missing(url, "hit summary")
        phones = [t for t in (text(n) for n in hit.css(_PHONES)) if t]
        email = hit.css("a[href^='mailto:']::attr(href)").get()
        host = urlsplit(url).hostname
        website = next(
            (
                href
                for href in hit.css("a::attr(href)").getall()
                if href.lower().startswith("www.")
                or (href.lower().startswith("http") and urlsplit(href).hostname != host)
            ),
            None,
        )
        address = [t for t in (text(n) for n in hit.css(".hit-address span, address span")) if t]
        return card(
            key=key,
            name=name,
            listed_on=url,
            summary=summary,
            phones=phones,
            email=email,
            website=website,
            address=address or text(hit.css(".hit-address, address")),
            borough=self.source.borough,
        )

    def _next(
        self, response: Response, url: str, walk: str, total: int | None, shown: int, new: int
    ) -> Iterator[Request]:
        if not new:
            # Every hit was on an earlier page of this walk: the site ignores the offset.
            self.logger.info("%s: %s adds no new results; walk ends", self.source.id, url)
            return
        for href in response.css(_NEXT).xpath("@href").getall():
            target = response.urljoin(href)
            query = parse_qs(urlsplit(target).query)
            if any(k in query for k in _NOT_PAGINATION) or "results." not in urlsplit(target).path:
                continue
            self._linked.add(walk)
            yield self.page(target, "parse_results", {"walk": walk}, nav=True)
            return
        offset = _offset(url) + shown
        if total is not None and offset >= total:
            return
        if total is None and walk in self._linked:
            return  # the pages link to the next one, and this one does not: the last
        data = {"walk": walk, "probe": total is None}
        yield self.page(with_offset(url, offset), "parse_results", data, nav=True)

    # -- a service --------------------------------------------------------------------------

    def parse_service(self, response: Response, key: str) -> Iterator[Any]:
        yield read_service(response, self.page_url(response), key, self.missing)
