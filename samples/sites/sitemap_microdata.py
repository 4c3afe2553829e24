"""The sitemap site's ``microdata`` theme: a service page whose schema.org data is microdata
in the visible HTML (``itemscope``/``itemprop``), not a JSON-LD block.

SOURCES.md notes that JSON-LD is essentially absent on London directory pages while
microdata exists (Marketplace cards carry it); a site built that way is this theme. The same
``Service`` as the JSON-LD theme: provider, area served, a service channel with its phone,
e-mail and place (address and position), audience ages and the offer.
"""

from __future__ import annotations

from samples.dataset import Listing
from samples.sites.base import address_lines, e, paragraphs

SCHEMA = "https://schema.org/"


def _scope(kind: str, prop: str | None = None, tag: str = "div") -> str:
    attr = f' itemprop="{prop}"' if prop else ""
    return f'<{tag}{attr} itemscope itemtype="{SCHEMA}{kind}">'


def service(item: Listing, url: str, types: list[str]) -> str:
    parts = [
        _scope("Service", tag="article"),
        f'<link itemprop="url" href="{e(url)}">',
        f'<h1 itemprop="name">{e(item.name)}</h1>',
    ]
    parts += [f'<meta itemprop="serviceType" content="{e(t)}">' for t in types]
    if item.org_name:
        provider = _scope("Organization", "provider", "p")
        website = f'<link itemprop="url" href="{e(item.website)}">' if item.website else ""
        parts.append(
            f'{provider}Run by <span itemprop="name">{e(item.org_name)}</span>{website}</p>'
        )
    parts.append(f'<div itemprop="description">{paragraphs(item.description)}</div>')
    if item.borough:
        parts.append(
            f"{_scope('AdministrativeArea', 'areaServed', 'p')}Serves "
            f'<span itemprop="name">{e(item.borough)}</span></p>'
        )
    channel = [_scope("ServiceChannel", "availableChannel")]
    if item.phone or item.email:
        channel.append(_scope("ContactPoint", "servicePhone"))
        if item.phone:
            channel.append(f'<p>Phone: <span itemprop="telephone">{e(item.phone)}</span></p>')
        if item.email:
            channel.append(
                f'<p>Email: <a itemprop="email" href="mailto:{e(item.email)}">{e(item.email)}</a></p>'
            )
        channel.append("</div>")
    place = item.address
    if place:
        channel.append(_scope("Place", "serviceLocation"))
        if place.venue:
            channel.append(f'<p itemprop="name">{e(place.venue)}</p>')
        street = ", ".join(x for x in (place.line1, place.line2) if x)
        channel.append(
            f"{_scope('PostalAddress', 'address', 'p')}"
            f'<span itemprop="streetAddress">{e(street)}</span>, '
            f'<span itemprop="addressLocality">{e(place.town or "")}</span> '
            f'<span itemprop="postalCode">{e(place.postcode or "")}</span>'
            '<meta itemprop="addressCountry" content="GB"></p>'
        )
        if place.latitude is not None:
            channel.append(
                f"{_scope('GeoCoordinates', 'geo', 'span')}"
                f'<meta itemprop="latitude" content="{place.latitude}">'
                f'<meta itemprop="longitude" content="{place.longitude}"></span>'
            )
        channel.append("</div>")
    channel.append("</div>")
    parts.append("".join(channel))
    if item.cost:
        price = '<meta itemprop="price" content="0">' if item.is_free else ""
        parts.append(
            f'{_scope("Offer", "offers", "p")}Cost: <span itemprop="description">{e(item.cost)}'
            f'</span>{price}<meta itemprop="priceCurrency" content="GBP"></p>'
        )
    if item.min_age is not None or item.max_age is not None:
        ages = []
        if item.min_age is not None:
            ages.append(f'<meta itemprop="suggestedMinAge" content="{item.min_age}">')
        if item.max_age is not None:
            ages.append(f'<meta itemprop="suggestedMaxAge" content="{item.max_age}">')
        parts.append(
            f"{_scope('PeopleAudience', 'audience', 'p')}{''.join(ages)}For ages shown</p>"
        )
    if item.website:
        parts.append(f'<p>Website: <a href="{e(item.website)}">{e(item.website)}</a></p>')
    if item.schedule_text:
        parts.append(f'<p class="opening-times">Opening times: {e(item.schedule_text)}</p>')
    if place:
        parts.append(
            '<p class="address-lines">' + "<br>".join(e(x) for x in address_lines(place)) + "</p>"
        )
    parts.append("</article>")
    return "".join(parts)
