"""Open Objects "Marketplace"-like site (Hillingdon care and support, and a Harrow tenant).

URLs (under the site prefix): ``Search?CategoryId={id}&SM=ServiceSearch&SME=True`` with
``&ServicePageIndex={n}`` from page 2 (1-based, page 1 has none), 20 cards a page; detail
``Services/{id}``. Cards carry schema.org microdata; details are a ``dl`` of ``dt``/``dd``
pairs whose labels end in a colon, the address ending "(directions displayed on map)".

Two themes: ``classic`` (Hillingdon's markup) and ``summary`` (``marketplace_themes``: the
card other real tenants serve, no result count, numbered pages only, relabelled details).
"""

from __future__ import annotations

from samples.categories import BY_KEY, marketplace_categories
from samples.dataset import Listing
from samples.sites import marketplace_themes
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
    paginate,
    paragraphs,
    qs,
    summary,
    text_response,
)

PAGE_SIZE = 20
AGE_BANDS = ((0, 4), (5, 10), (11, 15), (16, 17), (18, 24), (25, 64), (65, None))


def age_bands(listing: Listing) -> list[str]:
    lo = listing.min_age if listing.min_age is not None else 0
    hi = listing.max_age if listing.max_age is not None else 200
    if listing.min_age is None and listing.max_age is None:
        return []
    bands = []
    for a, b in AGE_BANDS:
        top = b if b is not None else 200
        if a <= hi and lo <= top:
            bands.append(f"{a}-{b} years" if b is not None else f"{a}+ years")
    return bands


def groups(listing: Listing) -> list[str]:
    out = []
    if listing.min_age is not None and listing.min_age >= 50:
        out.append("Older people")
    if listing.max_age is not None and listing.max_age <= 25:
        out.append("Children and young people")
    if any(k in ("carers-support",) for k in listing.categories):
        out.append("Carers")
    if any(k in ("learning-disability-day", "riding-for-disabled") for k in listing.categories):
        out.append("People with disabilities")
    if not out:
        out.append("Adults")
    return out


class MarketplaceSite(Site):
    platform = "marketplace"
    themes = ("classic", "summary")

    def handle(self, request: Request, view: View) -> Response:
        path = request.path
        if path in ("", "Home"):
            return self._home(view)
        if path == "Search":
            return self._search(request, view)
        if path.startswith("Services/"):
            listing = view.by_key.get(path.removeprefix("Services/"))
            if listing is None:
                return not_found("Service not found")
            response = text_response(self._detail(listing, view))
            response.last_modified = http_date_of(listing.last_modified)
            return response
        return not_found()

    def _in_category(self, view: View, category_id: int | None) -> list[Listing]:
        if category_id is None:
            return view.listings
        keys = {c.key for c in BY_KEY.values() if c.marketplace[0] == category_id}
        return [item for item in view.listings if keys.intersection(item.categories)]

    def _search_url(self, category_id: int | None, page_index: int) -> str:
        params: dict[str, object] = {
            "CategoryId": category_id,
            "SM": "ServiceSearch",
            "SME": "True",
        }
        if page_index > 1:
            params["ServicePageIndex"] = page_index
        return self.url("Search?" + qs(params))

    def _home(self, view: View) -> Response:
        items = []
        for cid, label in sorted(marketplace_categories().items(), key=lambda kv: kv[1]):
            count = len(self._in_category(view, cid))
            items.append(
                f'<li class="bem-category-list__item"><a href="{e(self._search_url(cid, 1))}">'
                f'{e(label)}</a> <span class="bem-category-list__count">({count})</span></li>'
            )
        body = (
            f"<h1>{e(self.name)}</h1><p>Find care and support services near you.</p>"
            f'<ul class="bem-category-list">{"".join(items)}</ul>'
        )
        return text_response(page("Home", body, self.name))

    def _search(self, request: Request, view: View) -> Response:
        raw_category = request.arg("CategoryId")
        category_id = request.int_arg("CategoryId", -1) if raw_category else None
        if category_id == -1:
            category_id = None
        keywords = (request.arg("Keywords") or "").strip().lower()
        page_index = max(request.int_arg("ServicePageIndex", 1), 1)
        items = self._in_category(view, category_id)
        if keywords:
            items = [i for i in items if keywords in (i.name + " " + i.description).lower()]
        total = len(items)
        shown = paginate(items, (page_index - 1) * PAGE_SIZE, PAGE_SIZE)
        last_page = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
        changed = view.layout_changed
        themed = view.theme == "summary" and not changed
        if themed:
            cards = "\n".join(
                marketplace_themes.card(item, e(self.url(f"Services/{item.key}"))) for item in shown
            )
        else:
            cards = "\n".join(self._card(item, changed) for item in shown)
        if not shown:
            cards = '<p class="bem-search-results__none">No services matched your search.</p>'
        first = (page_index - 1) * PAGE_SIZE + 1
        count = (
            f'<p class="bem-search-results__count">Showing {first} to '
            f"{first + len(shown) - 1} of {total} results</p>"
            if shown
            else '<p class="bem-search-results__count">0 results</p>'
        )
        pager = self._pager(category_id, page_index, last_page) if total else ""
        if themed:
            count = ""
            window = range(max(1, page_index - 2), min(last_page, page_index + 2) + 1)
            urls = {n: self._search_url(category_id, n) for n in window}
            pager = marketplace_themes.pager(urls, page_index) if total else ""
        label = marketplace_categories().get(category_id or 0, "All services")
        wrapper = "search-list" if changed else "bem-search-results"
        body = (
            f"<h1>{e(label)}</h1>"
            '<form class="bem-search-form" action="Search" method="get">'
            '<input type="hidden" name="SM" value="ServiceSearch">'
            '<label for="kw">Keywords</label><input id="kw" name="Keywords"></form>'
            f'<div class="{wrapper}">{count}\n{cards}\n</div>{pager}'
        )
        return text_response(page(label, body, self.name))

    def _pager(self, category_id: int | None, current: int, last: int) -> str:
        links = []
        if current > 1:
            links.append(
                f'<li><a class="bem-pagination__prev" rel="prev" '
                f'href="{e(self._search_url(category_id, current - 1))}">Previous</a></li>'
            )
        for n in range(max(1, current - 2), min(last, current + 2) + 1):
            if n == current:
                links.append(f'<li class="bem-pagination__current"><span>{n}</span></li>')
            else:
                links.append(f'<li><a href="{e(self._search_url(category_id, n))}">{n}</a></li>')
        if current < last:
            links.append(
                f'<li><a class="bem-pagination__next" rel="next" '
                f'href="{e(self._search_url(category_id, current + 1))}">Next</a></li>'
            )
        return (
            f'<nav class="bem-pagination" aria-label="Pagination"><ul>{"".join(links)}</ul></nav>'
        )

    def _card(self, item: Listing, changed: bool) -> str:
        href = e(self.url(f"Services/{item.key}"))
        if changed:
            return (
                f'<article class="search-card" data-id="{e(item.key)}">'
                f'<h3 class="search-card__name"><a href="{href}">{e(item.name)}</a></h3>'
                f"<p>{e(summary(item.description))}</p></article>"
            )
        place = item.address
        street = ", ".join(p for p in (place.venue, place.line1, place.line2) if p) if place else ""
        address = ""
        if place:
            address = (
                '<div class="bem-search-result-item__address" itemprop="address" itemscope '
                'itemtype="http://schema.org/PostalAddress">'
                f'<span itemprop="streetAddress">{e(street)}</span>'
                + (
                    f', <span itemprop="addressLocality">{e(place.town)}</span>'
                    if place.town
                    else ""
                )
                + (
                    f', <span itemprop="postalCode">{e(place.postcode)}</span>'
                    if place.postcode
                    else ""
                )
                + "</div>"
            )
            if place.latitude is not None:
                address += (
                    '<span itemprop="geo" itemscope itemtype="http://schema.org/GeoCoordinates">'
                    f'<meta itemprop="latitude" content="{place.latitude}">'
                    f'<meta itemprop="longitude" content="{place.longitude}"></span>'
                )
        contacts = []
        if item.phone:
            contacts.append(
                '<li class="bem-search-result-item__contact-item '
                'bem-search-result-item__contact-item--phone">'
                f'<span itemprop="telephone">{e(item.phone)}</span></li>'
            )
        if item.email:
            contacts.append(
                '<li class="bem-search-result-item__contact-item '
                'bem-search-result-item__contact-item--email">'
                f'<a itemprop="email" href="mailto:{e(item.email)}">{e(item.email)}</a></li>'
            )
        if item.website:
            contacts.append(
                '<li class="bem-search-result-item__contact-item '
                'bem-search-result-item__contact-item--website">'
                f'<a href="{e(item.website)}" rel="external">Visit website</a></li>'
            )
        return (
            f'<div class="bem-search-result-item" data-service-id="{e(item.key)}" itemscope '
            'itemtype="http://schema.org/LocalBusiness">'
            '<h2 class="bem-search-result-item__heading">'
            f'<a class="service-name bem-search-result-item__title" itemprop="url" href="{href}">'
            f'<span itemprop="name">{e(item.name)}</span></a></h2>'
            f'<p class="bem-search-result-item__summary" itemprop="description">'
            f"{e(summary(item.description))}</p>"
            f"{address}"
            f'<ul class="bem-search-result-item__contact">{"".join(contacts)}</ul>'
            "</div>"
        )

    def _detail(self, item: Listing, view: View) -> str:
        rows: list[tuple[str, str]] = []
        labels = category_labels(item, "marketplace")
        rows.append(
            ("Service Type:", "<ul>" + "".join(f"<li>{e(x)}</li>" for x in labels) + "</ul>")
        )
        if item.org_name:
            rows.append(("Organisation:", e(item.org_name)))
        if item.contact_name:
            rows.append(("Contact Name:", e(item.contact_name)))
        if item.phone:
            rows.append(("Telephone:", e(item.phone)))
        if item.email:
            rows.append(("Email:", f'<a href="mailto:{e(item.email)}">{e(item.email)}</a>'))
        if item.website:
            rows.append(("Website:", f'<a href="{e(item.website)}">{e(item.website)}</a>'))
        rows.append(
            ("Group:", "<ul>" + "".join(f"<li>{e(g)}</li>" for g in groups(item)) + "</ul>")
        )
        bands = age_bands(item)
        if bands:
            rows.append(
                ("Age Range:", "<ul>" + "".join(f"<li>{e(b)}</li>" for b in bands) + "</ul>")
            )
        lines = address_lines(item.address)
        if lines:
            rows.append(
                ("Address", "<br>".join(e(x) for x in lines) + " (directions displayed on map)")
            )
        if item.address and (item.address.line2 or item.address.town):
            rows.append(("District", e(item.address.line2 or item.address.town)))
        if item.schedule_text or item.slots:
            rows.append(("Opening Times:", e(item.schedule_text or "")))
        if item.cost:
            rows.append(("Cost:", e(item.cost)))
        if item.eligibility:
            rows.append(("Who is it for:", e(item.eligibility)))
        if item.referral:
            rows.append(("How to access:", e(item.referral)))
        if item.accessibility:
            rows.append(
                (
                    "Accessibility:",
                    "<ul>" + "".join(f"<li>{e(a)}</li>" for a in item.accessibility) + "</ul>",
                )
            )
        day = item.last_modified[:10]
        rows.append(("Last Updated:", e(f"{day[8:10]}/{day[5:7]}/{day[0:4]}")))
        if view.theme == "summary" and not view.layout_changed:
            body = marketplace_themes.detail(
                item,
                rows,
                item.status != "active",
                self.url("Search?SM=ServiceSearch&SME=True"),
            )
            return page(item.name, body, self.name)
        if view.layout_changed:
            details = "".join(
                f'<div class="detail-row"><span class="detail-label">{e(k.rstrip(":"))}</span>'
                f'<span class="detail-value">{v}</span></div>'
                for k, v in rows
            )
            block = f'<div class="service-details">{details}</div>'
        else:
            block = (
                '<dl class="bem-service-details">'
                + "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in rows)
                + "</dl>"
            )
        closed = ""
        if item.status != "active":
            closed = (
                '<div class="bem-alert bem-alert--warning">This service is currently not '
                "running.</div>"
            )
        mapdiv = ""
        if item.address and item.address.latitude is not None:
            mapdiv = (
                f'<div class="bem-map" data-lat="{item.address.latitude}" '
                f'data-lng="{item.address.longitude}"></div>'
            )
        body = (
            f'<h1 class="bem-heading">{e(item.name)}</h1>{closed}'
            f'<div class="bem-service-description">{paragraphs(item.description)}</div>'
            f"{block}{mapdiv}"
            f'<p><a href="{e(self.url("Search?SM=ServiceSearch&SME=True"))}">Back to search</a></p>'
        )
        return page(item.name, body, self.name)
