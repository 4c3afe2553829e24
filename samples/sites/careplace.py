"""CarePlace-like shared London directory: one site, many boroughs (an attribute of each
listing), eight broad categories.

Listing ``Categories/{id}?page={n}`` (20 a page, optional ``&borough=``), ``a[rel=next]`` until
the last page; detail ``Services/Details/{id}``; organisation profiles apart at
``Organisations/Details/{id}``. Some providers hide their contact details; there is no
postcode field — the postcode is only inside the address text. Descriptions are rich text
(with the odd embedded image). Two themes: ``classic`` and ``cards`` (``careplace_themes``).
"""

from __future__ import annotations

from samples.categories import BY_KEY, CAREPLACE_CATEGORIES
from samples.dataset import Dataset, Listing, Organisation
from samples.publishers import Publisher
from samples.sites import careplace_themes
from samples.sites.base import (
    Request,
    Response,
    Site,
    View,
    address_lines,
    e,
    http_date_of,
    not_found,
    page,
    paragraphs,
    qs,
    summary,
    text_response,
)
from samples.variations import format_phone

PAGE_SIZE = 20


def careplace_ids(listing: Listing) -> list[int]:
    ids: list[int] = []
    for key in listing.categories:
        for cid in BY_KEY[key].careplace:
            if cid not in ids:
                ids.append(cid)
    return ids


class CarePlaceSite(Site):
    platform = "careplace"
    themes = ("classic", "cards")

    def __init__(self, publisher: Publisher, dataset: Dataset) -> None:
        super().__init__(publisher)
        org_of_service = {s.id: s.org_id for s in dataset.services}
        orgs = {o.id: o for o in dataset.organisations}
        self.orgs: dict[str, Organisation] = {
            item.org_key: orgs[org_of_service[item.service_id]]
            for item in dataset.listings_of(publisher.id)
            if item.org_key
        }

    def handle(self, request: Request, view: View) -> Response:
        path = request.path
        if path == "":
            return self._home(view)
        if path.startswith("Categories/"):
            try:
                category_id = int(path.removeprefix("Categories/"))
            except ValueError:
                return not_found()
            if category_id not in CAREPLACE_CATEGORIES:
                return not_found("Category not found")
            return self._category(request, view, category_id)
        if path.startswith("Services/Details/"):
            item = view.by_key.get(path.removeprefix("Services/Details/"))
            if item is None:
                return not_found("Service not found")
            response = text_response(self._service(item, view))
            response.last_modified = http_date_of(item.last_modified)
            return response
        if path.startswith("Organisations/Details/"):
            org_key = path.removeprefix("Organisations/Details/")
            services = [s for s in view.listings if s.org_key == org_key]
            if not services:
                return not_found("Organisation not found")
            return text_response(self._organisation(org_key, services, view))
        return not_found()

    def _home(self, view: View) -> Response:
        items = "".join(
            f'<li class="category-tile"><a href="{e(self.url(f"Categories/{cid}"))}">'
            f"{e(label)}</a></li>"
            for cid, label in CAREPLACE_CATEGORIES.items()
        )
        boroughs = sorted({s.borough for s in view.listings if s.borough})
        body = (
            "<h1>CarePlace</h1><p>Information about care and support services across London."
            f'</p><ul class="category-tiles">{items}</ul>'
            f'<p class="boroughs">Boroughs: {", ".join(e(b) for b in boroughs)}</p>'
        )
        return text_response(page("Home", body, self.name))

    def _category(self, request: Request, view: View, category_id: int) -> Response:
        borough = request.arg("borough")
        items = [s for s in view.listings if category_id in careplace_ids(s)]
        if borough:
            items = [s for s in items if (s.borough or "").lower() == borough.lower()]
        n = max(request.int_arg("page", 1), 1)
        shown = items[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
        last = max((len(items) + PAGE_SIZE - 1) // PAGE_SIZE, 1)
        li_class = "result-tile" if view.layout_changed else "search-result"
        rows = "\n".join(self._result(s, li_class) for s in shown)
        base = self.url(f"Categories/{category_id}")
        if view.theme == "cards" and not view.layout_changed:
            return self._cards(category_id, borough, n, last, shown, base)
        links = []
        if n > 1:
            links.append(
                f'<a class="pagination__prev" rel="prev" href="{e(base)}?'
                f'{e(qs({"borough": borough, "page": n - 1}))}">Previous</a>'
            )
        links.append(f'<span class="pagination__info">Page {n} of {last}</span>')
        if n < last:
            links.append(
                f'<a class="pagination__next" rel="next" href="{e(base)}?'
                f'{e(qs({"borough": borough, "page": n + 1}))}">Next</a>'
            )
        label = CAREPLACE_CATEGORIES[category_id]
        body = (
            f'<h1>{e(label)}</h1><p class="results-count">{len(items)} services</p>'
            f'<ul class="search-results">{rows}</ul>'
            f'<nav class="pagination">{"".join(links)}</nav>'
        )
        return text_response(page(label, body, self.name))

    def _org_href(self, item: Listing) -> str | None:
        if item.org_name and item.org_key:
            return self.url(f"Organisations/Details/{item.org_key}")
        return None

    def _cards(
        self,
        category_id: int,
        borough: str | None,
        n: int,
        last: int,
        shown: list[Listing],
        base: str,
    ) -> Response:
        cards = "\n".join(
            careplace_themes.card(s, self.url(s.path), self._org_href(s)) for s in shown
        )
        if not shown:
            cards = "<p>No services found.</p>"

        def at(page_no: int) -> str:
            return f"{base}?{qs({'borough': borough, 'page': page_no})}"

        pager = careplace_themes.pager(
            at(n + 1) if n < last else None, at(n - 1) if n > 1 else None
        )
        label = CAREPLACE_CATEGORIES[category_id]
        body = f'<h1>{e(label)}</h1><div class="service-cards">{cards}</div>{pager}'
        return text_response(page(label, body, self.name))

    def _result(self, item: Listing, li_class: str) -> str:
        org = ""
        if item.org_name and item.org_key:
            href = self.url(f"Organisations/Details/{item.org_key}")
            org = f'<p class="search-result__org">by <a href="{e(href)}">{e(item.org_name)}</a></p>'
        return (
            f'<li class="{li_class}">'
            f'<h3 class="search-result__title"><a href="{e(self.url(item.path))}">'
            f"{e(item.name)}</a></h3>{org}"
            f'<p class="search-result__summary">{e(summary(item.description))}</p>'
            f'<span class="search-result__borough">{e(item.borough)}</span></li>'
        )

    def _service(self, item: Listing, view: View) -> str:
        if view.theme == "cards" and not view.layout_changed:
            categories = [
                (self.url(f"Categories/{cid}"), CAREPLACE_CATEGORIES[cid])
                for cid in careplace_ids(item)
            ]
            body = careplace_themes.profile(item, self._org_href(item), categories)
            return page(item.name, body, self.name)
        parts = [f'<h1 class="service-title">{e(item.name)}</h1>']
        if item.org_name and item.org_key:
            href = self.url(f"Organisations/Details/{item.org_key}")
            parts.append(
                f'<p class="service-provider">Provided by <a href="{e(href)}">'
                f"{e(item.org_name)}</a></p>"
            )
        if item.status != "active":
            parts.append('<p class="service-status">This service is currently unavailable.</p>')
        # Providers paste rich text from their own CMS: an image now and then, and sometimes
        # an embedded widget with a script and inline handlers a harvester must sanitise away.
        extra = ""
        roll = sum(item.key.encode())
        if roll % 5 == 0:
            extra += f'<p><img src="{e(self.url("media/service-photo.jpg"))}" alt="Our group"></p>'
        if roll % 7 == 0:
            extra += (
                '<div class="embedded-widget" onclick="trackClick(this)" style="color:#c00">'
                "<script>window.trackView && trackView('service');</script>"
                '<a href="javascript:void(0)" onmouseover="trackHover()">Share this page</a></div>'
            )
        parts.append(
            f'<div class="service-description rich-text">{paragraphs(item.description)}{extra}</div>'
        )
        cats = "".join(
            f'<li><a href="{e(self.url(f"Categories/{cid}"))}">{e(CAREPLACE_CATEGORIES[cid])}</a></li>'
            for cid in careplace_ids(item)
        )
        parts.append(f'<div class="service-categories"><h2>Categories</h2><ul>{cats}</ul></div>')
        if item.hidden_contact:
            parts.append(
                '<div class="service-contact"><h2>Contact details</h2>'
                '<p class="contact-hidden">This provider has chosen not to display their contact '
                "details. Please use the enquiry form to get in touch.</p>"
                '<form class="enquiry-form" method="post" action="#"><textarea name="message">'
                "</textarea><button>Send enquiry</button></form></div>"
            )
        else:
            items = []
            if item.phone:
                items.append(f'<li class="contact-phone">{e(item.phone)}</li>')
            if item.email:
                items.append(
                    f'<li class="contact-email"><a href="mailto:{e(item.email)}">{e(item.email)}</a></li>'
                )
            if item.website:
                items.append(
                    f'<li class="contact-website"><a href="{e(item.website)}">{e(item.website)}</a></li>'
                )
            parts.append(
                f'<div class="service-contact"><h2>Contact details</h2><ul>{"".join(items)}</ul></div>'
            )
        if item.address:
            text = ", ".join(address_lines(item.address))
            geo = ""
            if item.address.latitude is not None:
                geo = (
                    f'<div id="map" class="service-map" data-latitude="{item.address.latitude}" '
                    f'data-longitude="{item.address.longitude}"></div>'
                )
            parts.append(
                f'<div class="service-location"><h2>Location</h2><p class="address">{e(text)}</p>'
                f"{geo}</div>"
            )
        if item.accessibility:
            parts.append(
                '<div class="service-access"><h2>Accessibility</h2><ul>'
                + "".join(f"<li>{e(a)}</li>" for a in item.accessibility)
                + "</ul></div>"
            )
        parts.append(f'<p class="service-area">Borough: {e(item.borough)}</p>')
        parts.append(
            '<div class="social-links"><a href="https://www.facebook.com/" rel="external">'
            'Facebook</a> <a href="https://x.com/" rel="external">X</a></div>'
        )
        parts.append(
            '<div class="feedback"><h2>Feedback</h2><p>There are no reviews for this service '
            'yet.</p><a href="#">Leave feedback</a></div>'
        )
        body = "".join(parts)
        if view.layout_changed:
            body = body.replace("service-", "profile-")
        return page(item.name, body, self.name)

    def _organisation(self, org_key: str, services: list[Listing], view: View) -> str:
        name = services[0].org_name or "Organisation"
        org = self.orgs.get(org_key)
        links = "".join(
            f'<li><a href="{e(self.url(s.path))}">{e(s.name)}</a></li>' for s in services
        )
        boroughs = sorted({s.borough for s in services if s.borough})
        about = (org.description if org else "") or f"{name} is registered with CarePlace."
        contact = []
        if org and org.website:
            contact.append(
                f'<li class="organisation-website"><a href="{e(org.website)}">{e(org.website)}</a></li>'
            )
        if org and org.phone:
            contact.append(
                f'<li class="organisation-phone">{e(format_phone(org.phone, "spaced"))}</li>'
            )
        if org and org.charity_number:
            contact.append(
                f'<li class="organisation-charity">Registered charity number {e(org.charity_number)}</li>'
            )
        body = (
            f'<h1 class="organisation-title">{e(name)}</h1>'
            f'<div class="organisation-about"><p>{e(about)}</p></div>'
            f'<ul class="organisation-contact">{"".join(contact)}</ul>'
            f'<p class="organisation-areas">Areas: {", ".join(e(b) for b in boroughs)}</p>'
            f'<h2>Services</h2><ul class="organisation-services">{links}</ul>'
        )
        return page(name, body, self.name)
