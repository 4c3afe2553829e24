"""The Marketplace platform's ``summary`` theme (``classic`` is in ``marketplace``).

Scrapers of real tenants (Cheshire East, Durham, Hertfordshire and Wiltshire Marketplace
sites) read a different card than Hillingdon's: a ``div.bem-search-result-item`` with no
``data-service-id``, its left half ``div.service-summary-left`` holding the name as a bare
``a[itemprop=url]``, a ``p.bem-search-result-item__summary`` and one
``p.service-location`` line of address text (no microdata, no position); its right half a
``div.bem-search-result-item__contact`` of "Telephone: …" text and a labelled
``a.bem-search-result-item__contact-item-link``. This theme renders that card, with no
result count and only numbered pages, and a detail page whose ``dl`` has no class, other
label words ("Phone:", "E-mail:", "Web:", "Locations") and sometimes a fax line under the
phone. Text is generated from the sample data; no real page is copied.
"""

from __future__ import annotations

from samples.dataset import Listing
from samples.sites.base import address_lines, e, paragraphs, summary

RELABEL = {
    "Telephone:": "Phone:",
    "Email:": "E-mail:",
    "Website:": "Web:",
    "Address": "Locations",
    "Age Range:": "Age group:",
}


def fax_line(item: Listing) -> str | None:
    """A fax number some listings print under the phone (never a phone to harvest)."""
    roll = sum(item.key.encode())
    if not item.phone or roll % 3:
        return None
    return f"Fax: 020 7946 0{(roll * 11) % 1000:03d}"


def card(item: Listing, href: str) -> str:
    location = ""
    if item.address:
        location = (
            '<p class="service-location bem-search-result-item__location">'
            f"{e(', '.join(address_lines(item.address)))}</p>"
        )
    contact = []
    if item.phone:
        contact.append(f"Telephone: {e(item.phone)}")
    if item.email:
        contact.append(f'<a href="mailto:{e(item.email)}">{e(item.email)}</a>')
    if item.website:
        contact.append(
            f'<a href="{e(item.website)}" class="bem-search-result-item__contact-item-link">'
            "Visit website</a>"
        )
    return (
        '<div class="bem-search-result-item row">'
        '<div class="service-summary-left col-sm-8 col-xs-12 bem-search-result-item__summary-left">'
        f'<h2><a href="{href}" itemprop="url">{e(item.name)}</a></h2>'
        f'<p class="bem-search-result-item__summary">{e(summary(item.description))}</p>'
        f"{location}</div>"
        '<div class="service-summary-right col-sm-4 col-xs-12">'
        f'<div class="bem-search-result-item__contact">{"<br>".join(contact)}</div></div>'
        "</div>"
    )


def pager(urls: dict[int, str], current: int) -> str:
    """Numbered pages only (no "next" link)."""
    links = "".join(
        f'<li class="active"><span>{n}</span></li>'
        if n == current
        else f'<li><a href="{e(url)}">{n}</a></li>'
        for n, url in sorted(urls.items())
    )
    return f'<ul class="pagination">{links}</ul>'


def detail(item: Listing, rows: list[tuple[str, str]], closed: bool, back: str) -> str:
    """The body of a service page: ``rows`` are the classic (label, value html) pairs."""
    out = []
    for label, value in rows:
        if label == "Telephone:" and fax_line(item):
            value = f"{value}<br>{e(fax_line(item))}"
        if label == "Website:" and item.website:
            value = f'<a href="{e(item.website)}">Visit website</a>'
        out.append((RELABEL.get(label, label), value))
    details = "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in out)
    notice = '<div class="alert">This service is currently not running.</div>' if closed else ""
    mapdiv = ""
    if item.address and item.address.latitude is not None:
        mapdiv = (
            f'<div class="map" data-lat="{item.address.latitude}" '
            f'data-lng="{item.address.longitude}"></div>'
        )
    return (
        f"<h1>{e(item.name)}</h1>{notice}"
        f'<div class="service-description">{paragraphs(item.description)}</div>'
        f'<div class="service-details"><dl>{details}</dl></div>{mapdiv}'
        f'<p><a href="{e(back)}">Back to search</a></p>'
    )
