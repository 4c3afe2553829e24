"""Small realistic sites for harvester tests: a sitemap site whose pages carry JSON-LD."""

from __future__ import annotations

import json

from tests.harvesters.siteserver import Page, SiteServer

FILLER = " ".join(["Friendly volunteers run this service for local residents."] * 40)


def service_page(n: int, *, name: str | None = None, extra: str = "") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": name if name is not None else f"Advice Service {n}",
        "description": f"Debt and benefits advice, session {n}. {FILLER}",
        "telephone": "020 8427 1234",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": f"{n} Station Road",
            "addressLocality": "Harrow",
            "postalCode": "HA1 2AA",
        },
        "openingHours": "Mo-Fr 09:00-17:00",
        "serviceType": "Advice",
    }
    return (
        "<!DOCTYPE html><html><head><title>Service</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><h1>{data['name']}</h1><p>{FILLER}</p>{extra}</body></html>"
    )


def sitemap(urls: list[str]) -> str:
    entries = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    )


def serve_sitemap_site(site: SiteServer, count: int, prefix: str = "/dir") -> list[str]:
    """``{prefix}/sitemap.xml`` listing ``count`` service pages; returns their paths."""
    paths = [f"{prefix}/services/{n}" for n in range(1, count + 1)]
    for n, path in enumerate(paths, start=1):
        site.routes[path] = Page(service_page(n))
    site.routes[f"{prefix}/sitemap.xml"] = Page(
        sitemap([site.url + p for p in paths]), content_type="application/xml"
    )
    return paths
