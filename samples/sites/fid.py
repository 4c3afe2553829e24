"""FID-like directory (Bexley ``fid.bexley.gov.uk``, ASP.NET).

``Provider?SelectedCategory={id}`` lists panels with ``h3`` names linking to
``Provider/Details?providerId={n}``. Optional ``Postcode`` and ``Proximity`` (miles) narrow the
search and order by distance. **No pagination**: at most 200 results are shown, with a notice
when more matched — a harvester must split its queries (by category, then by postcode) to see
everything. Details are ``<b>Label:</b> value`` text pairs under an ``h1``.
"""

from __future__ import annotations

import math
import re

from samples.categories import BY_KEY, fid_categories
from samples.dataset import Listing
from samples.publishers import Publisher
from samples.sites.base import (
    Request,
    Response,
    Site,
    View,
    address_lines,
    age_text,
    category_labels,
    e,
    http_date_of,
    not_found,
    page,
    paragraphs,
    summary,
    text_response,
)

RESULT_CAP = 200


def miles_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 3958.8 * 2 * math.asin(math.sqrt(h))


class FidSite(Site):
    """Two themes: ``classic`` (Bexley's markup) and ``plain`` — after a scraper of the three
    real FID tenants: plain ``div.panel.panel-default`` results whose ``h3`` is text and whose
    link is a "View Profile" button, ``<strong>`` labels ("Telephone:"), the results summary
    in an ``div.alert`` instead of ``p.results-summary``, a profile with no
    ``div.provider-details`` and a labelled website link. Text is generated."""

    themes = ("classic", "plain")
    platform = "fid"

    def __init__(self, publisher: Publisher, postcodes: dict[str, tuple[float, float]]) -> None:
        super().__init__(publisher)
        self.postcodes = postcodes

    def handle(self, request: Request, view: View) -> Response:
        if request.path in ("", "Provider"):
            return self._search(request, view)
        if request.path == "Provider/Details":
            item = view.by_key.get(request.arg("providerId") or "")
            if item is None:
                return not_found("Provider not found")
            response = text_response(self._details(item, view))
            response.last_modified = http_date_of(item.last_modified)
            return response
        return not_found()

    def _locate(self, text: str) -> tuple[float, float] | None:
        """A full postcode, else an outcode's centroid ("DA6"), else None."""
        compact = "".join(text.upper().split())
        outcode = compact
        if re.fullmatch(r"[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}", compact):
            key = f"{compact[:-3]} {compact[-3:]}"
            if key in self.postcodes:
                return self.postcodes[key]
            outcode = compact[:-3]
        near = [v for k, v in self.postcodes.items() if k.split(" ")[0] == outcode]
        if not near:
            return None
        return (sum(v[0] for v in near) / len(near), sum(v[1] for v in near) / len(near))

    def _search(self, request: Request, view: View) -> Response:
        category = request.int_arg("SelectedCategory", 0)
        items: list[Listing] = list(view.listings)
        if category:
            keys = {c.key for c in BY_KEY.values() if c.fid[0] == category}
            items = [s for s in items if keys.intersection(s.categories)]
        notice = ""
        postcode = (request.arg("Postcode") or "").strip()
        if postcode:
            origin = self._locate(postcode)
            if origin is None:
                items = []
                notice = '<p class="validation-summary-errors">Postcode not recognised.</p>'
            else:
                radius = float(request.int_arg("Proximity", 5))
                located = [
                    (miles_between(origin, (s.address.latitude, s.address.longitude)), s)
                    for s in items
                    if s.address
                    and s.address.latitude is not None
                    and s.address.longitude is not None
                ]
                items = [s for d, s in sorted(located, key=lambda p: p[0]) if d <= radius]
        total = len(items)
        shown = items[:RESULT_CAP]
        if total > RESULT_CAP:
            summary_text = (
                f"Your search returned {total} results. Only the first {RESULT_CAP} are shown; "
                "please refine your search."
            )
        else:
            summary_text = f"Your search returned {total} results."
        panel = (
            "card provider-card" if view.layout_changed else "panel panel-default provider-result"
        )
        plain = view.theme == "plain" and not view.layout_changed
        if plain:
            panels = "\n".join(self._plain_panel(s) for s in shown)
        else:
            panels = "\n".join(self._panel(s, panel) for s in shown)
        options = "".join(
            f'<option value="{cid}"{" selected" if cid == category else ""}>{e(label)}</option>'
            for cid, label in sorted(fid_categories().items())
        )
        body = (
            "<h1>Search for a provider</h1>"
            '<form method="get" action="Provider" class="form-inline">'
            f'<select name="SelectedCategory"><option value="">All</option>{options}</select>'
            f'<input name="Postcode" value="{e(postcode)}"><select name="Proximity">'
            "<option>1</option><option>2</option><option selected>5</option><option>10</option>"
            "</select><button>Search</button></form>"
            + (
                f'{notice}<div class="alert alert-info">{e(summary_text)}</div>'
                if plain
                else f'{notice}<p class="results-summary">{e(summary_text)}</p>'
            )
            + f'<div class="results">{panels}</div>'
        )
        return text_response(page("Search", body, self.name))

    def _panel(self, item: Listing, cls: str) -> str:
        href = self.url(f"Provider/Details?providerId={item.key}")
        address = ", ".join(address_lines(item.address, with_venue=False))
        rows = []
        if address:
            rows.append(f"<p><b>Address:</b> {e(address)}</p>")
        if item.phone:
            rows.append(f"<p><b>Phone:</b> {e(item.phone)}</p>")
        return (
            f'<div class="{cls}"><div class="panel-heading"><h3><a href="{e(href)}">'
            f"{e(item.name)}</a></h3></div>"
            f'<div class="panel-body"><p>{e(summary(item.description, 150))}</p>{"".join(rows)}'
            "</div></div>"
        )

    def _plain_panel(self, item: Listing) -> str:
        href = self.url(f"Provider/Details?providerId={item.key}")
        address = ", ".join(address_lines(item.address, with_venue=False))
        rows = []
        if address:
            rows.append(f"<p><strong>Address:</strong> {e(address)}</p>")
        if item.phone:
            rows.append(f"<p><strong>Telephone:</strong> {e(item.phone)}</p>")
        return (
            '<div class="panel panel-default"><div class="panel-heading">'
            f'<h3 class="panel-title">{e(item.name)}</h3></div><div class="panel-body">'
            f"<p>{e(summary(item.description, 150))}</p>{''.join(rows)}"
            f'<a class="btn btn-primary" href="{e(href)}">View Profile</a></div></div>'
        )

    def _details(self, item: Listing, view: View) -> str:
        pairs = [
            ("Provider", item.org_name),
            ("Address", ", ".join(address_lines(item.address))),
            ("Phone", item.phone),
            ("Email", item.email),
            ("Website", item.website),
            ("Opening Hours", item.schedule_text),
            ("Cost", item.cost),
            ("Ages", age_text(item.min_age, item.max_age)),
            ("Category", ", ".join(category_labels(item, "fid"))),
        ]
        plain = view.theme == "plain" and not view.layout_changed
        label_tag = "strong" if view.layout_changed or plain else "b"
        rows = []
        for label, value in pairs:
            if not value:
                continue
            shown = e(value)
            if label == "Email":
                shown = f'<a href="mailto:{e(value)}">{e(value)}</a>'
            elif label == "Website":
                text = "Visit website" if plain else value
                shown = f'<a href="{e(value)}" target="_blank">{e(text)}</a>'
            if plain and label == "Phone":
                label = "Telephone"
            rows.append(f"<p><{label_tag}>{label}:</{label_tag}> {shown}</p>")
        status = ""
        if item.status != "active":
            status = '<p class="text-danger">This provider is no longer operating.</p>'
        about = "provider-about" if plain else "provider-description"
        details = "provider-info" if plain else "provider-details"
        body = (
            f"<h1>{e(item.name)}</h1>{status}"
            f'<div class="{about}">{paragraphs(item.description)}</div>'
            f'<div class="{details}">{"".join(rows)}</div>'
            f'<p><a href="{e(self.url("Provider"))}">Back to search</a></p>'
        )
        return page(item.name, body, self.name)
