"""LocalGov Drupal directories (``localgov_directories``; Greenwich's community directory runs
``localgov_outpost`` on it, importing Outpost's services as ``localgov_outpost_service``
nodes).

The site's directory channel (``services``) is a search view whose facet URLs robots.txt
forbids; what a harvester may read is the ``sitemap.xml`` (simple_sitemap: an index of
``sitemap.xml?page={n}``, ``lastmod`` on every URL) and the detail pages it lists,
``services/{slug}`` (pathauto's ``[node:title]``). No JSON-LD, no JSON API (both closed on
the real sites); the position is in the page's ``drupalSettings`` (the Leaflet map).

A detail page is Drupal's field markup: every field a ``div.field.field--name-{field}`` with
its label (``.field__label``) and items (``.field__item``): ``body``, ``localgov-outpost-
contact`` (paragraphs with ``localgov-contact-name``/``-phone``/``-email``),
``localgov-directory-email``, ``localgov-directory-address`` (the address module's
``p.address`` of ``span.address-line1``, ``span.locality``, ``span.postal-code`` …),
``localgov-directory-website``, ``localgov-outpost-cost``, ``localgov-outpost-cost-free``,
``localgov-outpost-age-min``/``-max``, ``localgov-outpost-org-name``,
``localgov-outpost-taxonomy``, ``localgov-outpost-regular-sched`` (office_hours:
``span.office-hours__item-label`` "Monday: " and ``span.office-hours__item-slots``
"09:30-16:30"). Three themes: ``base`` (localgov_base: label and items in ``div``\\s),
``dl`` (a council sub-theme printing each field as a ``dt``/``dd`` row inside one ``dl``, as
Croydon's does) and ``rbg`` — Royal Greenwich's own theme, as a public survey of the live
site records it: ``article.rbg-service-details`` with ``h1.rbg-heading``, the description in
``.rbg-service-details__description .rbg-rich-text``, ``.rbg-field-key-value`` pairs
(``<strong>Organisation:</strong> …``), ``.rbg-service-details__item`` blocks headed by
``h2.rbg-service-details__item-heading`` ("Suitable for" → "Ages 1 to 5" / "Ages 3 and up" /
"All ages"; "Date and time" with ``meta[itemprop=openingHours]`` "Fr 13:30-14:45" and a
``dl.rbg-regular-schedules``; "Cost"; "How to book"; "Address"), ``.rbg-access-needs li``, and
a "Suggest an edit" link (``services/{slug}/feedback``, which robots.txt disallows). Phone,
e-mail and website as ``.rbg-field-key-value`` pairs are this sample's guess: the survey does
not say how the live site prints them.
"""

from __future__ import annotations

import hashlib
import json

from samples.categories import BY_KEY
from samples.dataset import Listing
from samples.sites.base import Request, Response, View, e, page, paragraphs, text_response
from samples.sites.sitemap import SitemapSite
from samples.timetable import DAY_NAMES


def _node_id(item: Listing) -> int:
    """A stable Drupal node number for a listing (its key is the page's slug)."""
    return 1000 + int(hashlib.sha1(item.key.encode()).hexdigest()[:8], 16) % 90000


class LocalGovSite(SitemapSite):
    platform = "localgov"

    themes = ("base", "dl", "rbg")

    def robots(self, origin: str = "") -> str:
        return (
            "User-agent: *\n"
            f"Disallow: {self.prefix}/core/\n"
            f"Disallow: {self.prefix}/kb5/\n"
            f"Disallow: {self.prefix}/services?f*\n"
            f"Disallow: {self.prefix}/services/*/feedback\n"
            f"Disallow: {self.prefix}/search/\n"
            f"Disallow: {self.prefix}/user/\n"
            f"Sitemap: {origin}{self.prefix}/sitemap.xml\n"
        )

    def handle(self, request: Request, view: View) -> Response:
        if request.path.rstrip("/") == "services":
            body = (
                '<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">'
                "Services</h1></div><p>Search the directory.</p>"
            )
            return text_response(page("Services", body, self.name))
        return super().handle(request, view)

    def _service(self, item: Listing, request: Request, view: View) -> str:
        if view.theme == "rbg":
            return self._rbg(item, view)
        fields = self._fields(item)
        rendered = "".join(self._field(name, label, items, view) for name, label, items in fields)
        if view.theme == "dl" and not view.layout_changed:
            rendered = f"<dl>{rendered}</dl>"
        head = self._settings_script(item)
        body = (
            '<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">'
            f"{e(item.name)}</h1></div>"
            '<article class="localgov-outpost-service node node--type-localgov-outpost-service '
            'node--view-mode-full"><div class="lgd-container padding-horizontal">'
            '<div class="localgov-outpost-service__content node__content">'
            f"{rendered}</div></div></article>"
        )
        return page(item.name, body, self.name, head)

    def _settings_script(self, item: Listing) -> str:
        place = item.address
        if not place or place.latitude is None:
            return ""
        settings = {
            "path": {"currentPath": f"node/{_node_id(item)}"},
            "leaflet": {
                f"leaflet-map-geo-entity-{_node_id(item)}": {
                    "features": [{"type": "point", "lat": place.latitude, "lon": place.longitude}]
                }
            },
        }
        return (
            '<script type="application/json" data-drupal-selector="drupal-settings-json">'
            + json.dumps(settings).replace("</", "<\\/")
            + "</script>\n"
        )

    def _rbg(self, item: Listing, view: View) -> str:
        """Royal Greenwich's theme (see the module docstring)."""
        heading = "rbg-service-details__item-heading"
        blocks: list[str] = []

        def block(title: str, inner: str) -> None:
            tag = "h3" if view.layout_changed else "h2"
            blocks.append(
                f'<div class="rbg-service-details__item"><{tag} class="{heading}">{title}'
                f"</{tag}>{inner}</div>"
            )

        if item.min_age is not None or item.max_age is not None:
            if item.max_age is None:
                ages = f"Ages {item.min_age} and up"
            else:
                ages = f"Ages {item.min_age or 0} to {item.max_age}"
        else:
            ages = "All ages"
        block("Suitable for", f'<ul class="rbg-list"><li>{e(ages)}</li></ul>')
        if item.slots:
            metas = "".join(
                '<meta property="openingHours" itemprop="openingHours" content="'
                + ",".join(DAY_NAMES[d][:2] for d in slot.byday.split(","))
                + f' {slot.opens_at}-{slot.closes_at}">'
                for slot in item.slots
                if slot.opens_at and slot.closes_at
            )
            rows = "".join(
                f'<dt class="office-hours__item-label">{DAY_NAMES[d]}</dt>'
                f'<dd class="office-hours__item-slots">{slot.opens_at}-{slot.closes_at}</dd>'
                for slot in item.slots
                for d in slot.byday.split(",")
            )
            block("Date and time", f'{metas}<dl class="rbg-regular-schedules">{rows}</dl>')
        if item.cost or item.is_free:
            block("Cost", f"<p>{e('Free' if item.is_free else item.cost)}</p>")
        if item.referral:
            block("How to book", f"<p>{e(item.referral)}</p>")
        place = item.address
        if place:
            spans = [
                f'<span class="{cls}">{e(value)}</span>'
                for cls, value in (
                    ("organization", place.venue),
                    ("address-line1", place.line1),
                    ("address-line2", place.line2),
                    ("locality", place.town),
                    ("postal-code", place.postcode),
                )
                if value
            ]
            block("Address", f'<p class="address" translate="no">{"<br>".join(spans)}</p>')
        pairs = []
        if item.org_name:
            pairs.append(("Organisation", e(item.org_name)))
        if item.contact_name:
            pairs.append(("Contact", e(item.contact_name)))
        if item.phone:
            tel = "".join(ch for ch in item.phone if ch.isdigit() or ch == "+")
            pairs.append(("Phone", f'<a href="tel:{e(tel)}">{e(item.phone)}</a>'))
        if item.email:
            pairs.append(("Email", f'<a href="mailto:{e(item.email)}">{e(item.email)}</a>'))
        if item.website:
            pairs.append(("Website", f'<a href="{e(item.website)}">{e(item.website)}</a>'))
        key_values = "".join(
            f'<div class="rbg-field-key-value"><strong>{label}:</strong> {value}</div>'
            for label, value in pairs
        )
        access = ""
        if item.accessibility:
            access = (
                '<div class="rbg-access-needs"><h2>Access needs</h2><ul>'
                + "".join(f"<li>{e(a)}</li>" for a in item.accessibility)
                + "</ul></div>"
            )
        topics = "".join(
            f'<li class="rbg-tag">{e(BY_KEY[c].oruk_term)}</li>' for c in item.categories
        )
        feedback = self.url(f"services/{item.key}/feedback")
        body = (
            '<article class="rbg-service-details">'
            f'<h1 class="rbg-heading rbg-heading--h1"><span>{e(item.name)}</span></h1>'
            '<div class="rbg-service-details__description"><div class="rbg-rich-text">'
            f"{paragraphs(item.description)}</div></div>"
            f"{key_values}{''.join(blocks)}{access}"
            f'<ul class="rbg-tags">{topics}</ul>'
            f'<p><a href="{e(feedback)}">Suggest an edit</a></p></article>'
        )
        return page(item.name, body, self.name, self._settings_script(item))

    def _fields(self, item: Listing) -> list[tuple[str, str | None, list[str]]]:
        """(field name, label or None when hidden, items as HTML) in display order."""
        place = item.address
        out: list[tuple[str, str | None, list[str]]] = [
            ("body", None, [paragraphs(item.description)])
        ]
        contact = []
        if item.contact_name:
            contact.append(self._sub("localgov-contact-name", "Name", e(item.contact_name)))
        if item.phone:
            tel = "".join(ch for ch in item.phone if ch.isdigit() or ch == "+")
            contact.append(
                self._sub(
                    "localgov-contact-phone",
                    "Phone",
                    f'<a href="tel:{e(tel)}">{e(item.phone)}</a>',
                )
            )
        if contact:
            out.append(
                (
                    "localgov-outpost-contact",
                    "Contact",
                    [
                        '<div class="paragraph paragraph--type--localgov-outpost-contact">'
                        + "".join(contact)
                        + "</div>"
                    ],
                )
            )
        if item.website:
            out.append(
                (
                    "localgov-outpost-links",
                    "Links",
                    [f'<a href="{e(item.website)}">Visit the website</a>'],
                )
            )
        if item.is_free:
            out.append(("localgov-outpost-cost-free", None, ["Free"]))
        elif item.cost:
            out.append(("localgov-outpost-cost", "Cost", [e(item.cost)]))
        if item.email:
            out.append(
                (
                    "localgov-directory-email",
                    "Email",
                    [f'<a href="mailto:{e(item.email)}">{e(item.email)}</a>'],
                )
            )
        if place:
            spans = []
            if place.venue:
                spans.append(f'<span class="organization">{e(place.venue)}</span>')
            if place.line1:
                spans.append(f'<span class="address-line1">{e(place.line1)}</span>')
            if place.line2:
                spans.append(f'<span class="address-line2">{e(place.line2)}</span>')
            if place.town:
                spans.append(f'<span class="locality">{e(place.town)}</span>')
            if place.postcode:
                spans.append(f'<span class="postal-code">{e(place.postcode)}</span>')
            spans.append('<span class="country">United Kingdom</span>')
            out.append(
                (
                    "localgov-directory-address",
                    "Address",
                    [f'<p class="address" translate="no">{"<br>".join(spans)}</p>'],
                )
            )
        if item.min_age is not None:
            out.append(("localgov-outpost-age-min", "Minimum age", [str(item.min_age)]))
        if item.max_age is not None:
            out.append(("localgov-outpost-age-max", "Maximum age", [str(item.max_age)]))
        if item.website:
            out.append(
                (
                    "localgov-directory-website",
                    "Website",
                    [f'<a href="{e(item.website)}">{e(item.website)}</a>'],
                )
            )
        if item.categories:
            out.append(
                (
                    "localgov-outpost-taxonomy",
                    "Categories",
                    [e(BY_KEY[c].oruk_term) for c in item.categories],
                )
            )
        if item.org_name:
            out.append(("localgov-outpost-org-name", "Organisation", [e(item.org_name)]))
        if item.slots:
            days = [
                (day, slot) for slot in item.slots for day in slot.byday.split(",") if slot.opens_at
            ]
            rows = "".join(
                '<div class="office-hours__item">'
                f'<span class="office-hours__item-label">{DAY_NAMES[day]}: </span>'
                f'<span class="office-hours__item-slots">{slot.opens_at}-{slot.closes_at}</span>'
                "</div>"
                for day, slot in sorted(days, key=lambda d: list(DAY_NAMES).index(d[0]))
            )
            out.append(
                (
                    "localgov-outpost-regular-sched",
                    "Opening times",
                    [f'<div class="office-hours">{rows}</div>'],
                )
            )
        return out

    def _sub(self, name: str, label: str, value: str) -> str:
        return (
            f'<div class="field field--name-{name} field--label-inline clearfix">'
            f'<div class="field__label">{label}</div><div class="field__item">{value}</div></div>'
        )

    def _field(self, name: str, label: str | None, items: list[str], view: View) -> str:
        if view.layout_changed:  # Drupal 7 era markup: field-name-…, no field__ elements
            inner = "".join(f'<div class="field-item">{i}</div>' for i in items)
            head = f'<div class="field-label">{label}:&nbsp;</div>' if label else ""
            return f'<div class="field field-name-{name}">{head}<div class="field-items">{inner}</div></div>'
        classes = f"field field--name-{name} field--label-{'above' if label else 'hidden'}"
        if view.theme == "dl":
            title = (
                f'<dt class="field__label">{label}</dt>'
                if label
                else '<dt><span class="hidden">Additional Information</span></dt>'
            )
            values = "".join(f'<dd class="field__item">{i}</dd>' for i in items)
            return f'<div class="{classes} definition-list--row">{title}{values}</div>'
        if not label:
            return "".join(f'<div class="{classes} field__item">{i}</div>' for i in items)
        values = "".join(f'<div class="field__item">{i}</div>' for i in items)
        if len(items) > 1:
            values = f'<div class="field__items">{values}</div>'
        return f'<div class="{classes}"><div class="field__label">{label}</div>{values}</div>'
