"""The kb5 platform's other themes: ``presence`` and ``bootstrap`` (``classic`` is in ``kb5``).

Real tenants of the platform render the same records differently (docs/harvesters.md):

* ``presence`` follows a real Lincolnshire FSD results page: hits are ``div.result_hit``
  with ``data-service-id``, the name link in ``header > h4``, the summary in
  ``div.hit-content``, phones as ``span.comma_split_line`` (sometimes a "Fax: …" line), the
  e-mail and website as ``a.contact_link`` — the website's text a label ("Visit … website").
  The record count is only in the heading ("Search Results - 77 records found"); there is no
  next link, only numbered pages and a footer "Showing page 1 of 8 Pages" that keeps
  counting ten a page even when ``nh=`` shows every hit; shortlist and sort links carry
  ``sr=`` too. Details use ``div.description_text`` and a ``table.table-condensed``.
* ``bootstrap`` follows scrapers of Wigan's directory: hits are ``article.card#hit-…`` with
  ``div.result_hit_header h3 a``, ``div.result-hit-body``, ``div.contact-links`` of
  ``tel:``/``mailto:`` links and a "Website" label link; no record count anywhere; a
  ``a.page-link`` "Go to Next Page". Details are cards with ``dl.row``.

Text is generated from the sample data; no real page is copied.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from samples.categories import kb5_channels
from samples.dataset import Listing
from samples.sites.base import (
    Request,
    View,
    age_text,
    category_labels,
    e,
    page,
    paragraphs,
    qs,
    summary,
)
from samples.timetable import DAY_NAMES

PAGE_SIZE = 10


@dataclass
class Results:
    """One results page to render: the site, the request, every hit and this page's slice."""

    site: Any
    """The ``Kb5Site`` (``channel``, ``name``, ``url``)."""
    request: Request
    view: View
    hits: list[Any]
    """Listings and editorial ``Advice`` items, in order."""
    value: str | None
    sr: int
    size: int

    @property
    def shown(self) -> list[Any]:
        return self.hits[self.sr : self.sr + self.size]

    def query(self, **extra: object) -> str:
        base = {self.site.channel: self.value, "qt": self.request.arg("qt")}
        if self.request.arg("nh"):
            base["nh"] = self.size
        return e(qs({**base, **extra}))


def fax_line(item: Listing) -> str | None:
    """A fax number printed beside the phone on some listings (never a phone to harvest)."""
    roll = sum(item.key.encode())
    if not item.phone or roll % 4:
        return None
    return f"Fax: 020 7946 0{(roll * 7) % 1000:03d}"


def results(r: Results) -> str:
    return _presence_results(r) if r.view.theme == "presence" else _bootstrap_results(r)


def service(site: Any, item: Listing, view: View) -> str:
    if view.theme == "presence":
        return _presence_service(site, item)
    return _bootstrap_service(site, item)


# -- presence --------------------------------------------------------------------------------


def _presence_hit(r: Results, hit: Any) -> str:
    ch = {r.site.channel: r.value} if r.value else {}
    if not isinstance(hit, Listing):
        href = f"advice.page?id={hit.id}"
        return (
            f'<div class="result_hit advice_hit" id="hit-{e(hit.id)}"><div class="main-holder">'
            f'<div class="main-hit"><header><h4><a href="{e(href)}">{e(hit.title)}</a></h4>'
            '</header><div class="hit-body"><div class="hit-content">Information and advice.'
            "</div></div></div></div></div>"
        )
    href = f"service.page?id={hit.key}" + (f"&{qs(ch)}" if ch else "")
    phones = ""
    if hit.phone:
        spans = f'<span class="comma_split_line">{e(hit.phone)}</span><br />'
        fax = fax_line(hit)
        if fax:
            spans += f'<span class="comma_split_line">{e(fax)}</span><br />'
        phones = (
            '<div class="hit-telephone"><p><strong><i class="fa fa-phone"></i> Telephone'
            f"</strong><br />{spans}</p></div>"
        )
    contact = ""
    if hit.email:
        contact += (
            '<p><strong><i class="fa fa-envelope"></i> Email: </strong> '
            f'<a class="contact_link" href="mailto:{e(hit.email)}">{e(hit.email)}</a></p>'
        )
    if hit.website:
        label = f"Visit the {hit.org_name or hit.name} website"
        contact += (
            '<p><strong><i class="fa fa-external-link"></i> Website: </strong>'
            f'<a class="contact_link" href="{e(hit.website)}" target="_blank">{e(label)}</a></p>'
        )
    shortlist = r.query(sr=r.sr, slaction="ADD", itemid=f"{hit.key}x$")
    return (
        f'<div class="result_hit" id="hit-{e(hit.key)}" data-service-id="{e(hit.key)}">'
        '<div class="main-holder"><div class="main-hit">'
        f'<header><h4><a href="{e(href)}">{e(hit.name)}</a> </h4>'
        '<div class="subheading"><span class="subheading_section"></span></div></header>'
        f'<div class="hit-body"><div class="hit-content">{e(summary(hit.description, 300))}'
        f"</div>{phones}{contact}</div></div></div>"
        f'<footer class="row"><div class="col-md-12"><span class="footer_shortlist">'
        f'<a href="results.action?{shortlist}" title="Add to My shortlist" '
        'class="shortlist-link shortlist-add">Add to My shortlist</a></span></div></footer>'
        "</div>"
    )


def _presence_results(r: Results) -> str:
    total = len(r.hits)
    heading = kb5_channels().get(r.value or "", "Search")
    facets = "".join(
        f'<li><a href="results.action?{e(qs({"nh": r.size, r.site.channel: v}))}">'
        f"{e(label)}</a></li>"
        for v, label in sorted(kb5_channels().items())[:6]
    )
    ids = "".join(f"&itemid={e(h.key)}x$" for h in r.shown if isinstance(h, Listing))
    tools = (
        '<div class="service-filters"><div class="btn-group sort-group">'
        '<a class="no-options">Sorted by:&nbsp;Name</a><ul class="dropdown-menu">'
        f'<li><a href="results.action?{r.query(sr=0, sorttype="field", sortfield="title")}" '
        'class="sort-selected">Name</a></li></ul></div><div class="btn-group">'
        f'<a href="results.action?{r.query(sr=r.sr, slaction="ADD")}{ids}" '
        'class="shortlist-link shortlist-addall">Add all to My shortlist</a></div></div>'
    )
    hits = "\n".join(_presence_hit(r, h) for h in r.shown)
    # The footer counts ten a page whatever ``nh`` shows (seen on the real page).
    pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    current = r.sr // PAGE_SIZE + 1
    numbers = "".join(
        f'<li><a href="results.page?{r.query(sr=(n - 1) * PAGE_SIZE)}">{n}</a></li>'
        if n != current
        else f'<li class="active"><span>{n}</span></li>'
        for n in range(max(1, current - 2), min(pages, current + 2) + 1)
    )
    body = (
        f'<div id="content"><div class="container"><h1>{e(heading)} - Search Results - '
        f"{total} records found</h1>"
        '<div id="page_content"><div class="result_container"><div id="results_panel">'
        f'<div class="facet-container"><h2 class="facet_heading">Category</h2><ul>{facets}'
        f'</ul></div><div class="hit-container">{tools}<div id="resultHitContainer">{hits}'
        '</div><div id="service-pagination"><p class="page-number">Showing page '
        f'{current} of {pages} Pages</p><ul class="pagination">{numbers}</ul></div></div>'
        "</div></div></div></div></div>"
    )
    return page(f"{heading} - Search Results", body, r.site.name)


def _presence_service(site: Any, item: Listing) -> str:
    def dl(rows: list[tuple[str, str]]) -> str:
        return "<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl>"

    def section(kind: str, heading: str, inner: str) -> str:
        return (
            f'<section class="field_section service_{kind}"><h2>{e(heading)}</h2>{inner}</section>'
        )

    phones = ""
    if item.phone:
        phones = f'<span class="comma_split_line">{e(item.phone)}</span><br />'
        fax = fax_line(item)
        if fax:
            phones += f'<span class="comma_split_line">{e(fax)}</span><br />'
    website = ""
    if item.website:
        website = f'<a href="{e(item.website)}" target="_blank">Visit website</a>'
    email = f'<a href="mailto:{e(item.email)}">{e(item.email)}</a>' if item.email else ""
    parts = [
        section(
            "description",
            "Description",
            f'<div class="description_text">{paragraphs(item.description)}</div>',
        ),
        section(
            "contact",
            "Who to contact",
            dl(
                [
                    ("Contact Name", e(item.contact_name)),
                    ("Telephone", phones),
                    ("E-mail", email),
                    ("Website", website),
                ]
            ),
        ),
    ]
    place = item.address
    if place:
        spans = "<br />".join(
            f"<span>{e(x)}</span>" for x in (place.line1, place.line2, place.town) if x
        )
        mapdiv = ""
        if place.latitude is not None:
            mapdiv = (
                f'<div class="map_container" data-lat="{place.latitude}" '
                f'data-lon="{place.longitude}"></div>'
            )
        venue = dl(
            [
                ("Name", e(place.venue)),
                ("Address", spans),
                ("Postcode", f"<span>{e(place.postcode)}</span>" if place.postcode else ""),
            ]
        )
        parts.append(section("venue", "Where to go", venue + mapdiv))
    if item.slots:
        rows = "".join(
            f"<tr><td>{DAY_NAMES[d]}</td><td>{e(slot.opens_at)}</td><td>{e(slot.closes_at)}</td></tr>"
            for slot in item.slots
            for d in slot.byday.split(",")
        )
        parts.append(
            section(
                "event",
                "Time / Date Details",
                '<table class="table table-condensed"><tr><th>Day</th><th>Opening Time</th>'
                f"<th>Closing Time</th></tr>{rows}</table>",
            )
        )
    elif item.schedule_text:
        parts.append(
            section("event", "Time / Date Details", dl([("Time of day", e(item.schedule_text))]))
        )
    parts.append(section("other", "Other Details", dl(_other(item))))
    notice = (
        '<div class="alert">This service is no longer running.</div>'
        if item.status != "active"
        else ""
    )
    day = item.last_modified[:10]
    body = (
        f'<div id="main_content"><h1>{e(item.name)}</h1>{notice}{"".join(parts)}'
        f'<p class="last_updated">Last Updated: {day[8:10]}/{day[5:7]}/{day[:4]}</p></div>'
    )
    return page(item.name, body, site.name)


def _other(item: Listing) -> list[tuple[str, str]]:
    return [
        ("Cost", e(item.cost)),
        ("Age Range", e(age_text(item.min_age, item.max_age))),
        ("Eligibility", e(item.eligibility)),
        ("Referral", e(item.referral)),
        ("Provided by", e(item.org_name)),
        ("Categories", ", ".join(e(x) for x in category_labels(item, "kb5"))),
        ("Accessibility", ", ".join(e(x) for x in item.accessibility)),
    ]


# -- bootstrap -------------------------------------------------------------------------------


def _tel(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")


def _bootstrap_hit(r: Results, hit: Any) -> str:
    ch = {r.site.channel: r.value} if r.value else {}
    if not isinstance(hit, Listing):
        return (
            f'<article class="card mb-3" id="hit-{e(hit.id)}"><div class="card-body">'
            '<div class="result_hit_header d-flex"><h3 class="h5">'
            f'<a class="flex-grow-1 text-dark font-weight-bold" href="advice.page?id={e(hit.id)}">'
            f'{e(hit.title)}</a></h3></div><div class="result-hit-body"><div class="mb-2">'
            "Information and advice.</div></div></div></article>"
        )
    href = f"service.page?id={hit.key}" + (f"&{qs(ch)}" if ch else "")
    links = []
    if hit.phone:
        links.append(
            f'<li class="list-inline-item"><a href="tel:{e(_tel(hit.phone))}">'
            f'<span class="comma_split_line d-none d-sm-block text-body">{e(hit.phone)}</span></a></li>'
        )
    if hit.email:
        links.append(f'<li class="list-inline-item"><a href="mailto:{e(hit.email)}">Email</a></li>')
    if hit.website:
        links.append(f'<li class="list-inline-item"><a href="{e(hit.website)}">Website</a></li>')
    return (
        f'<article class="card mb-3" id="hit-{e(hit.key)}"><div class="card-body">'
        '<div class="result_hit_header d-flex"><h3 class="h5">'
        f'<a class="flex-grow-1 text-dark font-weight-bold" href="{e(href)}">{e(hit.name)}</a>'
        '</h3></div><div class="result-hit-body">'
        f'<div class="mb-2">{e(summary(hit.description, 200))}</div>'
        f'<div class="contact-links"><ul class="list-inline">{"".join(links)}</ul></div>'
        "</div></div></article>"
    )


def _bootstrap_results(r: Results) -> str:
    heading = kb5_channels().get(r.value or "", "Search")
    shown = r.shown
    cards = "\n".join(_bootstrap_hit(r, h) for h in shown)
    if not shown:
        cards = '<div class="alert alert-info">Sorry, no results were found.</div>'
    pager = ""
    if r.sr + r.size < len(r.hits):
        pager = (
            '<nav aria-label="Results pages"><ul class="pagination"><li class="page-item">'
            f'<a class="page-link" href="results.page?{r.query(sr=r.sr + r.size)}" '
            'aria-label="Go to Next Page" title="Go to Next Page">&raquo;</a></li></ul></nav>'
        )
    body = (
        f'<div class="container"><h1 class="h2">{e(heading)}</h1>'
        f'<div class="results-list">{cards}</div>{pager}</div>'
    )
    return page(heading, body, r.site.name)


def _bootstrap_service(site: Any, item: Listing) -> str:
    def card(kind: str, heading: str, rows: list[tuple[str, str]], extra: str = "") -> str:
        body = "".join(
            f'<dt class="col-sm-3">{e(k)}</dt><dd class="col-sm-9">{v}</dd>' for k, v in rows if v
        )
        return (
            f'<section class="card mb-3 field_section service_{kind}"><div class="card-body">'
            f'<h2 class="h4">{e(heading)}</h2><dl class="row">{body}</dl>{extra}</div></section>'
        )

    contact = [
        ("Contact Name", e(item.contact_name)),
        (
            "Telephone",
            f'<a href="tel:{e(_tel(item.phone))}">{e(item.phone)}</a>' if item.phone else "",
        ),
        ("E-mail", f'<a href="mailto:{e(item.email)}">{e(item.email)}</a>' if item.email else ""),
        ("Website", f'<a href="{e(item.website)}">Website</a>' if item.website else ""),
    ]
    parts = [
        '<section class="card mb-3 field_section service_description"><div class="card-body">'
        f'<div class="field_content">{paragraphs(item.description)}</div></div></section>',
        card("contact", "Contact", contact),
    ]
    place = item.address
    if place:
        spans = "".join(f"<span>{e(x)}</span>" for x in (place.line1, place.line2, place.town) if x)
        mapdiv = ""
        if place.latitude is not None:
            mapdiv = (
                f'<div class="map_container" data-lat="{place.latitude}" '
                f'data-lon="{place.longitude}"></div>'
            )
        venue = [("Name", e(place.venue)), ("Address", spans), ("Postcode", e(place.postcode))]
        parts.append(card("venue", "Venue", venue, mapdiv))
    if item.slots or item.schedule_text:
        when = item.schedule_text or "; ".join(
            ", ".join(DAY_NAMES[d] for d in slot.byday.split(","))
            + f" {slot.opens_at} - {slot.closes_at}"
            for slot in item.slots
        )
        parts.append(card("event", "When", [("Time of day", e(when))]))
    parts.append(card("other", "More information", _other(item)))
    notice = (
        '<div class="alert alert-warning">This service is no longer running.</div>'
        if item.status != "active"
        else ""
    )
    day = item.last_modified[:10]
    body = (
        f'<div class="container"><h1 class="h2">{e(item.name)}</h1>{notice}{"".join(parts)}'
        f'<p class="last_updated text-muted">Last Updated: {day[8:10]}/{day[5:7]}/{day[:4]}</p>'
        "</div>"
    )
    return page(item.name, body, site.name)
