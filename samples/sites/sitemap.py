"""Sitemap-driven directory, Greenwich-like (LocalGov Drupal over Outpost).

``sitemap.xml`` is a sitemap index of ``sitemap.xml?page={n}`` (100 URLs each, Drupal
simple_sitemap style); every ``<url>`` has a ``<lastmod>``, so a harvester can fetch only what
changed. Service pages are ``services/{slug}``; the sitemap also lists pages that are not
services (home, news, directory landing pages). Each service page carries schema.org JSON-LD
(``@graph`` with a ``Service``) beside its visible HTML. robots.txt disallows the search facet
URLs, as Greenwich's does.

Two themes: ``jsonld`` (the above) and ``microdata`` — one flat ``urlset`` sitemap, and the
structured data as schema.org microdata in the visible HTML instead of JSON-LD (what London
directory pages actually carry, ../shared/SOURCES.md), rendered by ``sitemap_microdata``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from samples.dataset import Listing
from samples.sites import sitemap_microdata
from samples.sites.base import (
    Request,
    Response,
    Site,
    View,
    address_lines,
    category_labels,
    e,
    http_date_of,
    not_found,
    page,
    paragraphs,
    text_response,
)
from samples.timetable import DAY_NAMES

URLS_PER_SITEMAP = 100
STATIC_PAGES = (
    ("", "2026-09-01"),
    ("directory", "2026-10-12"),
    ("news/winter-warm-spaces-2026", "2026-10-30"),
    ("news/new-community-directory", "2025-03-14"),
    ("about-this-directory", "2024-06-02"),
)


def json_ld(item: Listing, url: str) -> dict[str, Any]:
    service: dict[str, Any] = {
        "@type": "Service",
        "@id": f"{url}#service",
        "name": item.name,
        "description": item.description,
        "url": url,
        "serviceType": category_labels(item, "sitemap"),
        "dateModified": http_date_of(item.last_modified).date().isoformat(),
    }
    if item.org_name:
        service["provider"] = {"@type": "Organization", "name": item.org_name}
        if item.website:
            service["provider"]["url"] = item.website
    if item.borough:
        service["areaServed"] = {"@type": "AdministrativeArea", "name": item.borough}
    channel: dict[str, Any] = {"@type": "ServiceChannel"}
    if item.phone or item.email:
        contact: dict[str, Any] = {"@type": "ContactPoint"}
        if item.phone:
            contact["telephone"] = item.phone
        if item.email:
            contact["email"] = item.email
        channel["servicePhone"] = contact
    if item.address:
        place = item.address
        location: dict[str, Any] = {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": ", ".join(x for x in (place.line1, place.line2) if x),
                "addressLocality": place.town,
                "postalCode": place.postcode,
                "addressCountry": "GB",
            },
        }
        if place.venue:
            location["name"] = place.venue
        if place.latitude is not None:
            location["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": place.latitude,
                "longitude": place.longitude,
            }
        channel["serviceLocation"] = location
    service["availableChannel"] = channel
    if item.slots:
        service["hoursAvailable"] = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [f"https://schema.org/{DAY_NAMES[d]}" for d in slot.byday.split(",")],
                "opens": slot.opens_at,
                "closes": slot.closes_at,
            }
            for slot in item.slots
        ]
    if item.cost:
        offer: dict[str, Any] = {"@type": "Offer", "description": item.cost, "priceCurrency": "GBP"}
        if item.is_free:
            offer["price"] = "0"
        service["offers"] = offer
    if item.min_age is not None or item.max_age is not None:
        audience: dict[str, Any] = {"@type": "PeopleAudience"}
        if item.min_age is not None:
            audience["suggestedMinAge"] = item.min_age
        if item.max_age is not None:
            audience["suggestedMaxAge"] = item.max_age
        service["audience"] = audience
    return {"@context": "https://schema.org", "@graph": [service]}


class SitemapSite(Site):
    platform = "sitemap"
    themes = ("jsonld", "microdata")

    def robots(self, origin: str = "") -> str:
        return (
            "User-agent: *\n"
            f"Disallow: {self.prefix}/directory/search\n"
            f"Disallow: {self.prefix}/directory?*\n"
            f"Disallow: {self.prefix}/user/\n"
            f"Sitemap: {origin}{self.prefix}/sitemap.xml\n"
        )

    def _entries(self, view: View) -> list[tuple[str, str]]:
        entries = [(path, day) for path, day in STATIC_PAGES]
        entries += [
            (item.path, http_date_of(item.last_modified).strftime("%Y-%m-%dT%H:%M:%S+00:00"))
            for item in view.listings
        ]
        return entries

    def handle(self, request: Request, view: View) -> Response:
        path = request.path
        if path == "sitemap.xml":
            return self._sitemap(request, view)
        if path.startswith("services/"):
            item = view.by_key.get(path.removeprefix("services/"))
            if item is None:
                return not_found()
            response = text_response(self._service(item, request, view))
            response.last_modified = http_date_of(item.last_modified)
            return response
        for static, day in STATIC_PAGES:
            if path == static:
                title = static.rsplit("/", 1)[-1].replace("-", " ").capitalize() or "Home"
                body = f"<h1>{e(title)}</h1><p>Greenwich community directory.</p>"
                response = text_response(page(title, body, self.name))
                response.last_modified = datetime.fromisoformat(day + "T09:00:00+00:00")
                return response
        return not_found()

    def _sitemap(self, request: Request, view: View) -> Response:
        entries = self._entries(view)
        origin = request.origin + self.prefix
        n_pages = max((len(entries) + URLS_PER_SITEMAP - 1) // URLS_PER_SITEMAP, 1)
        number = request.arg("page")
        if view.theme == "microdata":
            n_pages, number = 1, "1"  # one flat urlset
            chunk = entries
        if number is None and n_pages > 1:
            maps = "".join(
                f"<sitemap><loc>{e(origin)}/sitemap.xml?page={n}</loc></sitemap>"
                for n in range(1, n_pages + 1)
            )
            xml = (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{maps}</sitemapindex>\n"
            )
            return text_response(xml, "application/xml; charset=utf-8")
        index = request.int_arg("page", 1)
        if not 1 <= index <= n_pages:
            return not_found()
        if view.theme != "microdata":
            chunk = entries[(index - 1) * URLS_PER_SITEMAP : index * URLS_PER_SITEMAP]
        urls = "".join(
            f"<url><loc>{e(origin)}/{e(path)}</loc><lastmod>{e(day)}</lastmod>"
            "<changefreq>weekly</changefreq></url>"
            for path, day in chunk
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>\n"
        )
        return text_response(xml, "application/xml; charset=utf-8")

    def _service(self, item: Listing, request: Request, view: View) -> str:
        url = f"{request.origin}{self.prefix}/{item.path}"
        if view.theme == "microdata" and not view.layout_changed:
            body = sitemap_microdata.service(item, url, category_labels(item, "sitemap"))
            return page(item.name, body, self.name)
        data = json_ld(item, url)
        if view.layout_changed:
            data["@graph"][0]["@type"] = "Thing"
        ld = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        head = f'<script type="application/ld+json">{ld}</script>\n'
        facts = []
        if item.address:
            facts.append(
                '<div class="lgd-directory-venue__address"><h3>Address</h3><p>'
                + "<br>".join(e(x) for x in address_lines(item.address))
                + "</p></div>"
            )
        if item.phone:
            facts.append(
                f'<div class="lgd-directory__phone"><h3>Phone</h3><p>{e(item.phone)}</p></div>'
            )
        if item.email:
            facts.append(
                f'<div class="lgd-directory__email"><h3>Email</h3><p><a href="mailto:{e(item.email)}">'
                f"{e(item.email)}</a></p></div>"
            )
        if item.website:
            facts.append(
                f'<div class="lgd-directory__website"><h3>Website</h3><p><a href="{e(item.website)}">'
                f"{e(item.website)}</a></p></div>"
            )
        if item.schedule_text:
            facts.append(
                f'<div class="lgd-directory__hours"><h3>Opening times</h3><p>{e(item.schedule_text)}</p></div>'
            )
        if item.cost:
            facts.append(
                f'<div class="lgd-directory__cost"><h3>Cost</h3><p>{e(item.cost)}</p></div>'
            )
        if item.eligibility:
            facts.append(
                f'<div class="lgd-directory__eligibility"><h3>Who can use it</h3><p>{e(item.eligibility)}</p></div>'
            )
        body = (
            f'<h1 class="lgd-page-title-block__title">{e(item.name)}</h1>'
            + (
                f'<p class="lgd-directory__organisation">{e(item.org_name)}</p>'
                if item.org_name
                else ""
            )
            + f'<div class="lgd-directory__body">{paragraphs(item.description)}</div>'
            + f'<div class="lgd-directory__facts">{"".join(facts)}</div>'
        )
        return page(item.name, body, self.name, head)
