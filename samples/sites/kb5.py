"""Open Objects "kb5"-like family services directory (Hounslow ``fsd``, Wandsworth ``fis``,
Kensington & Chelsea ``directory``, Bexley ``localoffer``): one platform, one path pattern,
each council a tenant ``kb5/{council}/{directory}/``.

Listing ``results.page?{channel}={value}[&qt={text}]&sr={offset}[&nh={hits}]``, 10 hits a
page (``nh`` shows more); hits link to ``service.page?id={11 chars}`` — or, mixed in, to an
editorial ``advice.page?id=…`` that is not a service. Links are relative, as on the real sites.
Details are ``section.field_section.service_*`` blocks.

Three themes, as real tenants differ (``kb5_themes`` renders the other two): ``classic`` —
``div.result_hit_header h3`` links, ``p.result_count``, ``li.next``; ``presence`` — hits with
the name in ``header > h4``, the count only in the heading, no next link, shortlist and sort
links carrying ``sr=``, fax lines among the phone spans and label-text website links (after
a real Lincolnshire capture); ``bootstrap`` — ``article#hit-…`` cards, no record count
anywhere, a "Go to Next Page" link (after scrapers of Wigan's directory).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from samples.categories import BY_KEY, kb5_channels
from samples.dataset import Listing
from samples.publishers import Publisher
from samples.sites import kb5_themes
from samples.sites.base import (
    Request,
    Response,
    Site,
    View,
    age_text,
    category_labels,
    e,
    http_date_of,
    not_found,
    page,
    paragraphs,
    qs,
    summary,
    text_response,
)
from samples.timetable import DAY_NAMES

PAGE_SIZE = 10
MAX_HITS = 10_000
ADVICE_TITLES = (
    ("Help with the cost of living", "2-1"),
    ("Understanding Universal Credit", "2-2"),
    ("Finding work: a guide for parents", "3-1"),
    ("Staying active this winter", "4-1"),
    ("Looking after your mental health", "5-2"),
    ("What is the Local Offer?", "6-1"),
    ("Are you a carer? Know your rights", "7-1"),
    ("Free early education for 2, 3 and 4 year olds", "8-1"),
    ("Holiday Activities and Food programme", "8-2"),
    ("Keeping safe at home", "2-5"),
)


@dataclass(frozen=True)
class Advice:
    id: str
    title: str
    channel: str


def _advice_id(site_id: str, title: str) -> str:
    digest = hashlib.sha1(f"{site_id}/{title}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()[:11]


class Kb5Site(Site):
    platform = "kb5"
    themes = ("classic", "presence", "bootstrap")

    def __init__(self, publisher: Publisher) -> None:
        super().__init__(publisher)
        s = publisher.settings
        self.tenant, self.directory, self.channel = s["tenant"], s["directory"], s["channel"]
        self.base = f"kb5/{self.tenant}/{self.directory}/"
        self.advice = [Advice(_advice_id(self.id, t), t, c) for t, c in ADVICE_TITLES]

    def handle(self, request: Request, view: View) -> Response:
        if not request.path.startswith(self.base):
            if request.path == "":
                return Response(302, b"", headers={"Location": self.url(self.base + "home.page")})
            return not_found()
        leaf = request.path.removeprefix(self.base)
        if leaf in ("", "home.page"):
            return self._home(view)
        if leaf in ("results.page", "results.action"):
            return self._results(request, view)
        if leaf == "service.page":
            listing = view.by_key.get(request.arg("id") or "")
            if listing is None:
                return not_found("Service not found")
            if view.theme == "classic" or view.layout_changed:
                html = self._service(listing, view)
            else:
                html = kb5_themes.service(self, listing, view)
            response = text_response(html)
            response.last_modified = http_date_of(listing.last_modified)
            return response
        if leaf == "advice.page":
            advice = next((a for a in self.advice if a.id == request.arg("id")), None)
            if advice is None:
                return not_found()
            return text_response(self._advice(advice))
        return not_found()

    def _home(self, view: View) -> Response:
        links = "".join(
            f'<li><a href="results.page?{qs({self.channel: value})}">{e(label)}</a></li>'
            for value, label in sorted(kb5_channels().items())
        )
        body = (
            f"<h1>{e(self.name)}</h1>"
            '<form action="results.page" method="get" class="search_form">'
            '<input type="text" name="qt" aria-label="Search"><button>Search</button></form>'
            f'<ul class="channel_list">{links}</ul>'
        )
        return text_response(page("Home", body, self.name))

    def _hits(self, request: Request, view: View) -> tuple[list[Listing | Advice], str | None]:
        value = request.arg(self.channel)
        text = (request.arg("qt") or "").strip().lower()
        services: list[Listing] = view.listings
        advice: list[Advice] = [] if view.empty else list(self.advice)
        if value:
            keys = {c.key for c in BY_KEY.values() if c.kb5[0] == value}
            services = [s for s in services if keys.intersection(s.categories)]
            advice = [a for a in advice if a.channel == value]
        if text:
            services = [s for s in services if text in (s.name + " " + s.description).lower()]
            advice = [a for a in advice if text in a.title.lower()]
        hits: list[Listing | Advice] = list(services)
        # Editorial pages are mixed into the results, as on the real directories.
        for n, item in enumerate(advice):
            hits.insert(min(len(hits), 3 + n * 11), item)
        return hits, value

    def _results(self, request: Request, view: View) -> Response:
        hits, value = self._hits(request, view)
        sr = max(request.int_arg("sr", 0), 0)
        size = min(max(request.int_arg("nh", PAGE_SIZE), 1), MAX_HITS)
        if view.theme != "classic" and not view.layout_changed:
            page_ = kb5_themes.Results(self, request, view, hits, value, sr, size)
            return text_response(kb5_themes.results(page_))
        shown = hits[sr : sr + PAGE_SIZE]
        total = len(hits)
        hit_class = "search-result" if view.layout_changed else "result_hit"
        rendered = "\n".join(self._hit(h, value, hit_class) for h in shown)
        if not shown:
            rendered = '<p class="no_results">Sorry, no results were found.</p>'
        base = {self.channel: value, "qt": request.arg("qt")}
        pager = []
        pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
        current = sr // PAGE_SIZE
        if current > 0:
            prev = qs({**base, "sr": (current - 1) * PAGE_SIZE})
            pager.append(f'<li class="prev"><a href="results.page?{e(prev)}">Previous</a></li>')
        for n in range(max(0, current - 3), min(pages, current + 4)):
            if n == current:
                pager.append(f'<li class="active"><span>{n + 1}</span></li>')
            else:
                href = qs({**base, "sr": n * PAGE_SIZE})
                pager.append(f'<li><a href="results.page?{e(href)}">{n + 1}</a></li>')
        if current + 1 < pages:
            nxt = qs({**base, "sr": (current + 1) * PAGE_SIZE})
            pager.append(f'<li class="next"><a href="results.page?{e(nxt)}">Next</a></li>')
        heading = kb5_channels().get(value or "", "Search results")
        count = (
            f'<p class="result_count">Showing {sr + 1} - {sr + len(shown)} of {total} results</p>'
            if shown
            else '<p class="result_count">0 results</p>'
        )
        body = (
            f"<h1>{e(heading)}</h1>"
            f'<div class="results_header">{count}</div>'
            f'<div class="results">{rendered}</div>'
            f'<ul class="pagination">{"".join(pager)}</ul>'
        )
        return text_response(page(heading, body, self.name))

    def _hit(self, hit: Listing | Advice, value: str | None, hit_class: str) -> str:
        """A classic hit."""
        if isinstance(hit, Advice):
            href = f"advice.page?id={hit.id}"
            return (
                f'<div class="{hit_class} advice_hit"><div class="result_hit_header">'
                f'<h3><a href="{e(href)}">{e(hit.title)}</a></h3></div>'
                '<p class="result_hit_summary">Information and advice.</p></div>'
            )
        extra = f"&{qs({self.channel: value})}" if value else ""
        href = f"service.page?id={hit.key}{extra}"
        contact = []
        if hit.phone:
            contact.append(f'<li class="phone"><span class="label">Tel:</span> {e(hit.phone)}</li>')
        if hit.email:
            contact.append(
                f'<li class="email"><a href="mailto:{e(hit.email)}">{e(hit.email)}</a></li>'
            )
        return (
            f'<div class="{hit_class}"><div class="result_hit_header">'
            f'<h3><a href="{e(href)}">{e(hit.name)}</a></h3></div>'
            f'<p class="result_hit_summary">{e(summary(hit.description, 220))}</p>'
            f'<ul class="result_hit_contact">{"".join(contact)}</ul></div>'
        )

    def _section(self, kind: str, heading: str, inner: str, changed: bool) -> str:
        cls = f"sd-section sd-section--{kind}" if changed else f"field_section service_{kind}"
        return f'<section class="{cls}"><h2>{e(heading)}</h2>{inner}</section>'

    @staticmethod
    def _dl(rows: list[tuple[str, str]]) -> str:
        return "<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl>"

    def _service(self, item: Listing, view: View) -> str:
        changed = view.layout_changed
        sections = [
            self._section(
                "description",
                "Description",
                f'<div class="field_content">{paragraphs(item.description)}</div>',
                changed,
            )
        ]
        contact = [
            ("Contact Name", e(item.contact_name)),
            ("Telephone", e(item.phone)),
            (
                "E-mail",
                f'<a href="mailto:{e(item.email)}">{e(item.email)}</a>' if item.email else "",
            ),
            (
                "Website",
                f'<a href="{e(item.website)}">{e(item.website)}</a>' if item.website else "",
            ),
        ]
        sections.append(self._section("contact", "Who to contact", self._dl(contact), changed))
        place = item.address
        if place:
            lines = "".join(
                f"<span>{e(x)}</span>" for x in (place.line1, place.line2, place.town) if x
            )
            venue = [
                ("Name", e(place.venue)),
                ("Address", lines),
                ("Postcode", e(place.postcode)),
            ]
            mapdiv = ""
            if place.latitude is not None:
                mapdiv = (
                    f'<div class="map_container" data-lat="{place.latitude}" '
                    f'data-lon="{place.longitude}"></div>'
                )
            sections.append(
                self._section("venue", "Where to go", self._dl(venue) + mapdiv, changed)
            )
        if item.slots or item.schedule_text:
            sections.append(
                self._section("event", "Time / Date Details", self._when(item), changed)
            )
        other = [
            ("Cost", e(item.cost)),
            ("Age Range", e(age_text(item.min_age, item.max_age))),
            ("Eligibility", e(item.eligibility)),
            ("Referral", e(item.referral)),
            ("Provided by", e(item.org_name)),
            ("Categories", ", ".join(e(x) for x in category_labels(item, "kb5"))),
            ("Accessibility", ", ".join(e(x) for x in item.accessibility)),
        ]
        sections.append(self._section("other", "Other Details", self._dl(other), changed))
        day = item.last_modified[:10]
        notice = ""
        if item.status != "active":
            notice = '<div class="alert">This service is no longer running.</div>'
        body = (
            f'<h1 class="service_title">{e(item.name)}</h1>{notice}'
            + "".join(sections)
            + f'<p class="last_updated">Last Updated: {e(day[8:10])}/{e(day[5:7])}/{e(day[:4])}</p>'
        )
        return page(item.name, body, self.name)

    def _when(self, item: Listing) -> str:
        # Half the listings use the Day | Opening | Closing table, the rest a dl of text.
        if item.slots and sum(item.key.encode()) % 2 == 0:
            rows = []
            for slot in item.slots:
                for day in slot.byday.split(","):
                    rows.append(
                        f"<tr><td>{DAY_NAMES[day]}</td><td>{e(slot.opens_at)}</td>"
                        f"<td>{e(slot.closes_at)}</td></tr>"
                    )
            return (
                '<table class="opening_times"><thead><tr><th>Day</th><th>Opening</th>'
                f"<th>Closing</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            )
        return self._dl([("Time of day", e(item.schedule_text))])

    def _advice(self, advice: Advice) -> str:
        body = (
            f'<h1 class="advice_title">{e(advice.title)}</h1>'
            '<div class="advice_content"><p>This page brings together information from the '
            "council and local partners.</p><p>Use the links below to find services that can "
            "help, or contact the Family Information Service.</p></div>"
        )
        return page(advice.title, body, self.name)
