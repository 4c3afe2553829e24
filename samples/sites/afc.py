"""Achieving for Children (``kr.afcinfo.org.uk``, Kingston and Richmond; the "hubb" platform).

What a public scraper of the platform relies on:

* ``childcare_providers?format=json[&search_childcare_provider[category_ids][]={id}…]`` — the
  map's markers, every match in one answer: ``{"markers": [{"content": "<a href=…>Name</a>",
  "latitude": …, "longitude": …}]}``. The link is ``/childcare_providers/{id}-{slug}`` or, on
  part of the records, ``/main_site/childcare_providers/{id}-{slug}`` (which redirects).
  A record without a position has no marker.
* ``childcare_providers?page={n}&per_page={m}`` (at most 50) — the HTML list of every match,
  ``a[rel=next]`` while there are more.
* ``childcare_providers/{id}-{slug}`` — the record: ``h1``, then ``dt``/``dd`` pairs under
  "Contact Details" (Contact name, Telephone, Email, Website), "Address Details" (Address 1,
  Address 2, Town, Borough, Postcode) and "More information" (Ages, Costs, Opening times,
  Categories, Last updated). Labels of the last group are not evidenced: plausible ones.

Two themes. ``classic``: the record's fields are ``dt``/``dd`` pairs in each group, as above.
``labelled``: the same groups, each field a paragraph that starts with its bold label
(``<p><strong>Postcode:</strong> KT1 1EU</p>``), and the town labelled "City". A public
scraper of the platform's tenants (Kingston & Richmond, Windsor & Maidenhead) reads
``dt``/``dd`` pairs first and falls back to "Label: value" text for the postcode, and takes
the town from "Town" or "City": this theme is that second form (its exact markup is this
sample's guess).

Category ids: each sample category has one (``CATEGORY_IDS``), as the real site's childcare
categories do (3572–3580).
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import urlencode

from samples.categories import BY_KEY, CATEGORIES
from samples.dataset import Listing
from samples.sites.base import (
    Request,
    Response,
    Site,
    View,
    age_text,
    e,
    http_date_of,
    not_found,
    page,
    paginate,
    paragraphs,
    summary,
    text_response,
)

LIST = "childcare_providers"
DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 50
CATEGORY_IDS: dict[str, int] = {c.key: 4101 + n for n, c in enumerate(CATEGORIES)}
CATEGORY_PARAM = "search_childcare_provider[category_ids][]"


def _main_site(item: Listing) -> bool:
    """About a third of the markers link through ``/main_site/`` (stable per record)."""
    return hashlib.sha1(item.key.encode()).digest()[0] < 85


class AfcSite(Site):
    platform = "afc"
    themes = ("classic", "labelled")

    def handle(self, request: Request, view: View) -> Response:
        path = request.path.rstrip("/")
        if path == "":
            links = "".join(
                f'<li><a href="{e(self.url(LIST))}?{e(CATEGORY_PARAM)}={cid}">'
                f"{e(BY_KEY[key].label)}</a></li>"
                for key, cid in CATEGORY_IDS.items()
            )
            body = f"<h1>{e(self.name)}</h1><h2>Find a provider</h2><ul>{links}</ul>"
            return text_response(page(self.name, body, self.name))
        if path == LIST:
            if request.arg("format") == "json":
                return self._markers(request, view)
            return self._list(request, view)
        main = path.startswith("main_site/" + LIST + "/")
        if path.startswith(LIST + "/") or main:
            slug = path.rsplit("/", 1)[-1]
            item = view.by_key.get(slug.split("-", 1)[0])
            if item is None:
                return not_found("Provider not found")
            if main:
                return Response(301, b"", headers={"Location": self.url(item.path)})
            response = text_response(self._detail(item, view))
            response.last_modified = http_date_of(item.last_modified)
            return response
        return not_found()

    def _matching(self, request: Request, view: View) -> list[Listing]:
        wanted = {int(v) for v in request.query.get(CATEGORY_PARAM, []) if v.isdigit()}
        items = list(view.listings)
        if wanted:
            items = [s for s in items if wanted & {CATEGORY_IDS[c] for c in s.categories}]
        return sorted(items, key=lambda s: (s.name.lower(), s.key))

    def _markers(self, request: Request, view: View) -> Response:
        markers = []
        for item in self._matching(request, view):
            place = item.address
            if not place or place.latitude is None:
                continue
            href = self.url(("main_site/" if _main_site(item) else "") + item.path)
            markers.append(
                {
                    "content": f'<a href="{e(href)}">{e(item.name)}</a>',
                    "latitude": place.latitude,
                    "longitude": place.longitude,
                }
            )
        key = "points" if view.layout_changed else "markers"
        body = json.dumps({key: markers}, ensure_ascii=False)
        return text_response(body, "application/json; charset=utf-8")

    def _list(self, request: Request, view: View) -> Response:
        items = self._matching(request, view)
        per_page = min(max(request.int_arg("per_page", DEFAULT_PER_PAGE), 1), MAX_PER_PAGE)
        page_no = max(request.int_arg("page", 1), 1)
        shown = paginate(items, (page_no - 1) * per_page, per_page)
        rows = "".join(
            '<li class="search-result">'
            f'<h3 class="search-result__title"><a href="{e(self.url(s.path))}">{e(s.name)}</a>'
            f'</h3><p class="search-result__summary">{e(summary(s.description, 160))}</p>'
            "</li>"
            for s in shown
        )
        query = {k: v for k, v in request.query.items() if k not in ("page", "per_page")}
        flat = [(k, v) for k, values in query.items() for v in values]

        def link(n: int) -> str:
            return self.url(LIST) + "?" + urlencode([*flat, ("page", n), ("per_page", per_page)])

        pager = []
        if page_no > 1:
            pager.append(f'<a rel="prev" href="{e(link(page_no - 1))}">Previous</a>')
        if page_no * per_page < len(items):
            pager.append(f'<a rel="next" href="{e(link(page_no + 1))}">Next</a>')
        first = (page_no - 1) * per_page + 1
        count = (
            f"Showing {first} - {first + len(shown) - 1} of {len(items)} results"
            if shown
            else "No results found"
        )
        body = (
            f'<h1>Search results</h1><p class="results-count">{e(count)}</p>'
            f'<ul class="search-results">{rows}</ul>'
            f'<nav class="pagination">{" ".join(pager)}</nav>'
        )
        return text_response(page("Search results", body, self.name))

    def _detail(self, item: Listing, view: View) -> str:
        place = item.address
        labelled = view.theme == "labelled" and not view.layout_changed
        if place and place.venue:
            first, second = place.venue, ", ".join(x for x in (place.line1, place.line2) if x)
        else:
            first = place.line1 if place else None
            second = place.line2 if place else None
        groups = [
            (
                "Contact Details",
                [
                    ("Contact name", item.contact_name),
                    ("Telephone", item.phone),
                    ("Email", item.email),
                    ("Website", item.website),
                ],
            ),
            (
                "Address Details",
                [
                    ("Address 1", first),
                    ("Address 2", second or None),
                    ("City" if labelled else "Town", place.town if place else None),
                    ("Borough", place.borough if place else None),
                    ("Postcode", place.postcode if place else None),
                ],
            ),
            (
                "More information",
                [
                    ("Ages", age_text(item.min_age, item.max_age)),
                    ("Costs", item.cost),
                    ("Opening times", item.schedule_text),
                    ("Categories", ", ".join(BY_KEY[c].label for c in item.categories)),
                    ("Last updated", http_date_of(item.last_modified).strftime("%d/%m/%Y")),
                ],
            ),
        ]
        sections = []
        for heading, pairs in groups:
            rows = []
            for label, value in pairs:
                if not value:
                    continue
                shown = e(value)
                if label == "Email":
                    shown = f'<a href="mailto:{e(value)}">{e(value)}</a>'
                elif label == "Website":
                    shown = f'<a href="{e(value)}" rel="external">{e(value)}</a>'
                if view.layout_changed:
                    rows.append(f'<p class="field"><span>{label}</span> {shown}</p>')
                elif labelled:
                    rows.append(f'<p class="provider-field"><strong>{label}:</strong> {shown}</p>')
                else:
                    rows.append(f"<dt>{label}</dt><dd>{shown}</dd>")
            if rows:
                flat = view.layout_changed or labelled
                inner = "".join(rows) if flat else f"<dl>{''.join(rows)}</dl>"
                sections.append(
                    f'<section class="provider-section"><h2>{heading}</h2>{inner}</section>'
                )
        body = (
            f'<h1 class="provider-title">{e(item.name)}</h1>'
            + (f'<p class="provider-organisation">{e(item.org_name)}</p>' if item.org_name else "")
            + f'<div class="provider-description">{paragraphs(item.description)}</div>'
            + "".join(sections)
        )
        return page(item.name, body, self.name)
