"""CarePlace's ``cards`` theme (``classic`` is in ``careplace``).

The one public scraper of the real CarePlace found reads it by its URLs alone (a
``/Services/Details/{id}`` link per result, "Next" near the end of the page, ``page=n+1``),
because the markup around them is not stable. This theme keeps the URLs and moves everything
else: results are ``div.service-card`` blocks with an ``h2`` link, the provider and a
"Borough: …" line of text; no result count; an ``li.next`` link. A profile is an
``article.service-profile`` of ``__``-named blocks: the contact list has ``tel:`` and
``mailto:`` links and a labelled website link ("Visit website"), the address is an
``address`` element and the position a ``data-latitude``/``data-longitude`` pair. Text is
generated from the sample data.
"""

from __future__ import annotations

from samples.dataset import Listing
from samples.sites.base import address_lines, e, paragraphs, summary


def _tel(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")


def card(item: Listing, href: str, org_href: str | None) -> str:
    provider = ""
    if item.org_name and org_href:
        provider = (
            f'<p class="service-card__provider">Run by <a href="{e(org_href)}">'
            f"{e(item.org_name)}</a></p>"
        )
    return (
        '<div class="service-card">'
        f'<h2 class="service-card__title"><a href="{e(href)}">{e(item.name)}</a></h2>'
        f'{provider}<p class="service-card__summary">{e(summary(item.description))}</p>'
        f'<p class="service-card__meta">Borough: {e(item.borough)} | Updated recently</p>'
        "</div>"
    )


def pager(next_href: str | None, prev_href: str | None) -> str:
    items = []
    if prev_href:
        items.append(f'<li class="prev"><a href="{e(prev_href)}">Previous page</a></li>')
    if next_href:
        items.append(f'<li class="next"><a href="{e(next_href)}">Next page</a></li>')
    return f'<ul class="pager">{"".join(items)}</ul>'


def profile(item: Listing, org_href: str | None, categories: list[tuple[str, str]]) -> str:
    parts = [f'<h1 class="service-profile__title">{e(item.name)}</h1>']
    if item.org_name and org_href:
        parts.append(
            f'<p class="service-profile__provider">From <a href="{e(org_href)}">'
            f"{e(item.org_name)}</a></p>"
        )
    if item.status != "active":
        parts.append('<p class="service-profile__status">This service is closed.</p>')
    parts.append(f'<div class="service-profile__about">{paragraphs(item.description)}</div>')
    cats = "".join(f'<li><a href="{e(href)}">{e(label)}</a></li>' for href, label in categories)
    parts.append(f'<div class="service-profile__categories"><ul>{cats}</ul></div>')
    if item.hidden_contact:
        parts.append(
            '<div class="service-profile__contact"><p class="contact-hidden">Contact details are '
            "not shown for this service. Send an enquiry instead.</p></div>"
        )
    else:
        links = []
        if item.phone:
            links.append(f'<li><a href="tel:{e(_tel(item.phone))}">{e(item.phone)}</a></li>')
        if item.email:
            links.append(f'<li><a href="mailto:{e(item.email)}">Email the service</a></li>')
        if item.website:
            links.append(
                f'<li><a class="contact-website" href="{e(item.website)}">Visit website</a></li>'
            )
        parts.append(f'<ul class="service-profile__contact">{"".join(links)}</ul>')
    if item.address:
        parts.append(
            '<address class="service-profile__address">'
            f"{e(', '.join(address_lines(item.address)))}</address>"
        )
        if item.address.latitude is not None:
            parts.append(
                f'<div class="service-profile__map" data-latitude="{item.address.latitude}" '
                f'data-longitude="{item.address.longitude}"></div>'
            )
    if item.accessibility:
        parts.append(
            '<div class="service-profile__access"><ul>'
            + "".join(f"<li>{e(a)}</li>" for a in item.accessibility)
            + "</ul></div>"
        )
    parts.append(f'<p class="service-profile__borough">Borough: {e(item.borough)}</p>')
    return '<article class="service-profile">' + "".join(parts) + "</article>"
