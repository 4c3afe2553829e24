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
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector
from scrapy.http import Request, Response

from harvesters.expect import ParseError, one
from harvesters.html import dl_pairs, inner_html, lines, mail_href, text, website_href
from harvesters.items import Listing
from harvesters.job import Skip
from harvesters.normalise import (
    clean_text,
    normalise_email,
    normalise_url,
    parse_age_range,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
)
from harvesters.opening_times import schedule_from_row
from harvesters.partial import card
from harvesters.spiders.base import SourceSpider
from harvesters.spiders.oo_marketplace import result_total
from index.model import Location, Organization, Schedule, Service

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


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _split_list(value: str | None) -> list[str]:
    return [p for p in (clean_text(x) for x in re.split(r",\s+", value or "")) if p]


def section(response: Response, name: str) -> Selector | None:
    found = response.css(f"section.service_{name}")
    return found[0] if found else None


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
        url = self.page_url(response)
        name = one([text(h) for h in response.css("h1")], "name", url)
        description_node = section(response, "description")
        description = None
        if description_node is None:
            self.missing(url, "description section")
        else:
            content = description_node.css("div.field_content, div.description_text")
            if content:
                description = inner_html(content[0])
            else:
                body = description_node.xpath("./*[not(self::h2 or self::h3)]").getall()
                description = "".join(body).strip() or None

        contact_section = section(response, "contact")
        venue_section = section(response, "venue")
        other_section = section(response, "other")
        for name_, node in (
            ("contact section", contact_section),
            ("venue section", venue_section),
            ("other details section", other_section),
        ):
            if node is None:
                self.missing(url, name_)
        contact = dl_pairs(_dl(contact_section))
        venue = dl_pairs(_dl(venue_section))
        other = dl_pairs(_dl(other_section))
        event = section(response, "event")

        def get(pairs: dict[str, Selector], label: str) -> str | None:
            return text(pairs.get(label))

        address_lines = lines(venue.get("address"))
        postcode = postcode_from(get(venue, "postcode"), *reversed(address_lines))
        map_div = venue_section.css("div.map_container") if venue_section is not None else []
        latitude = _float(map_div[0].attrib.get("data-lat")) if map_div else None
        longitude = _float(map_div[0].attrib.get("data-lon")) if map_div else None
        location = None
        if address_lines or postcode or latitude is not None:
            location = Location(
                name=get(venue, "name"),
                address_1=address_lines[0] if address_lines else None,
                address_2=", ".join(address_lines[1:-1]) or None,
                city=address_lines[-1] if len(address_lines) > 1 else None,
                postal_code=postcode,
                latitude=latitude,
                longitude=longitude,
                accessibility=_split_list(get(other, "accessibility")),
            )
        schedules = _schedules(event)
        cost = get(other, "cost")
        is_free, costs = parse_cost(cost)
        min_age, max_age = parse_age_range(get(other, "age range"))
        provider = get(other, "provided by")
        updated = re.search(r"(\d{2}/\d{2}/\d{4})", text(response.css("p.last_updated")) or "")
        closed = bool(response.css("div.alert"))
        website = contact.get("website")
        email = contact.get("e-mail") or contact.get("email")
        service = Service(
            id="pending",
            name=name,
            description=description,
            url=normalise_url(website_href(website) or text(website), url),
            email=normalise_email(mail_href(email) or text(email)),
            status="inactive" if closed else "active",
            fees_description=cost,
            is_free=is_free,
            cost_options=costs,
            eligibility_description=get(other, "eligibility"),
            minimum_age=min_age,
            maximum_age=max_age,
            accessibility=_split_list(get(other, "accessibility")),
            referral=get(other, "referral"),
            organization=Organization(name=provider) if provider else None,
            locations=[location] if location else [],
            phones=phones_from(lines(contact.get("telephone"))),
            schedules=schedules,
            categories=_split_list(get(other, "categories")),
            last_modified=datetime.strptime(updated.group(1), "%d/%m/%Y").replace(tzinfo=UTC)
            if updated
            else None,
        )
        raw: dict[str, Any] = {
            "name": name,
            "description": description,
            "contact": {k: inner_html(v) for k, v in contact.items()},
            "venue": {k: inner_html(v) for k, v in venue.items()},
            "other": {k: inner_html(v) for k, v in other.items()},
            "times": inner_html(event) if event is not None else None,
            "closed_notice": text(response.css("div.alert")) if closed else None,
        }
        yield Listing(listing_key=key, source_url=url, service=service, raw=raw)


def _dl(node: Selector | None) -> Selector | None:
    if node is None:
        return None
    found = node.css("dl")
    return found[0] if found else None


def _schedules(event: Selector | None) -> list[Schedule]:
    """A Day | Opening | Closing table (``table.opening_times`` or a theme's plain
    ``table``), one row a day, or free text in the dl."""
    if event is None:
        return []
    rows: list[Schedule] = []
    for tr in event.css("table tr"):
        cells = [text(td) for td in tr.css("td")]
        if len(cells) >= 3:
            rows.extend(schedule_from_row(cells[0], cells[1], cells[2]))
    if rows:
        merged: dict[tuple[str | None, str | None], list[str]] = {}
        for row in rows:
            merged.setdefault((row.opens_at, row.closes_at), []).append(row.byday or "")
        return [
            Schedule(
                byday=",".join(d for d in ("MO", "TU", "WE", "TH", "FR", "SA", "SU") if d in days),
                opens_at=opens,
                closes_at=closes,
                description="; ".join(
                    r.description or ""
                    for r in rows
                    if (r.opens_at, r.closes_at) == (opens, closes)
                ),
            )
            for (opens, closes), days in merged.items()
        ]
    pairs = dl_pairs(_dl(event))
    free_text = text(pairs.get("time of day")) or text(event.css("dd"))
    return parse_opening_times(free_text)
