"""Jadu CMS directories (Bromley, Hounslow, Rotherham, Edinburgh … one CMS, many councils).

A Jadu site hosts several numbered directories. What public scrapers of Jadu tenants rely on:

* ``directory/{n}/{slug}`` — the directory's home: its categories
  (``directory/{n}/{slug}/category/{id}``, paged as ``…/category/{id}/{page}``) and an A–Z
  whose letters link to ``directory/{n}/a-to-z/{letter}`` only where records exist (a letter
  with none answers 404 when asked for directly; ``0-9`` covers names starting with a digit).
* ``directory-record/{id}/{slug}`` — one record: ``h1`` and the directory's own fields
  (each directory defines them: Address, Town, Postcode, Telephone, Email, Website, Open
  hours, Cost, Age range, Who is it for …). ``?format=json`` is ignored: HTML only.

Two themes, both seen on real tenants: ``list`` (fields as ``<li><strong>Label</strong>:
value</li>``, links ``directory-record/{id}/{slug}``) and ``dl`` (``dt``/``dd`` pairs, and the
older record links ``directory_record/{id}/{slug}``).
"""

from __future__ import annotations

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

PER_PAGE = 20
LETTERS = [*"abcdefghijklmnopqrstuvwxyz", "0-9"]
CATEGORY_IDS: dict[str, int] = {c.key: 310 + n for n, c in enumerate(CATEGORIES)}


def letter_of(name: str) -> str:
    first = name.strip()[:1].lower()
    return first if first.isalpha() and first in LETTERS else "0-9"


class JaduSite(Site):
    platform = "jadu"

    themes = ("list", "dl")

    @property
    def directory(self) -> str:
        return self.publisher.settings.get("directory", "1")

    @property
    def slug(self) -> str:
        return self.publisher.settings.get("slug", "directory")

    def record_url(self, item: Listing) -> str:
        return self.url(item.path)

    def handle(self, request: Request, view: View) -> Response:
        path = request.path.rstrip("/")
        home = f"directory/{self.directory}"
        if path == "":
            body = (
                f'<h1>{e(self.name)}</h1><ul class="list list--directories"><li>'
                f'<a href="{e(self.url(f"{home}/{self.slug}"))}">'
                f"{e(self.slug.replace('-', ' ').capitalize())}</a></li></ul>"
            )
            return text_response(page(self.name, body, self.name))
        if path in (home, f"{home}/{self.slug}"):
            return text_response(self._home(view))
        if path.startswith(f"{home}/a-to-z/"):
            return self._letter(path.removeprefix(f"{home}/a-to-z/"), view)
        category_root = f"{home}/{self.slug}/category/"
        if path.startswith(category_root):
            return self._category(path.removeprefix(category_root), view)
        for prefix in ("directory-record/", "directory_record/"):
            if path.startswith(prefix):
                record_id = path.removeprefix(prefix).split("/", 1)[0]
                item = view.by_key.get(record_id)
                if item is None:
                    return not_found("Record not found")
                response = text_response(self._record(item, view))
                response.last_modified = http_date_of(item.last_modified)
                return response
        return not_found()

    def _home(self, view: View) -> str:
        present = {letter_of(s.name) for s in view.listings}
        letters = "".join(
            f'<li><a href="{e(self.url(f"directory/{self.directory}/a-to-z/{x}"))}">'
            f"{e(x.upper())}</a></li>"
            if x in present
            else f"<li><span>{e(x.upper())}</span></li>"
            for x in LETTERS
        )
        used = {c for s in view.listings for c in s.categories}
        cats = "".join(
            f'<li><a href="{e(self.url(f"directory/{self.directory}/{self.slug}/category/{cid}"))}">'
            f"{e(BY_KEY[key].label)}</a></li>"
            for key, cid in CATEGORY_IDS.items()
            if key in used
        )
        body = (
            f"<h1>{e(self.slug.replace('-', ' ').capitalize())}</h1>"
            f'<h2>Browse by category</h2><ul class="list list--categories">{cats}</ul>'
            f'<h2>A to Z</h2><ul class="a-to-z">{letters}</ul>'
            f'<form action="{e(self.url("directory/search"))}"><input type="hidden" '
            f'name="directoryID" value="{e(self.directory)}"><input name="keywords"></form>'
        )
        return page("Directory", body, self.name)

    def _results(self, items: list[Listing], view: View) -> str:
        cls = "list list--record" if not view.layout_changed else "results"
        rows = "".join(
            f'<li><a href="{e(self.record_url(s))}">{e(s.name)}</a>'
            f"<p>{e(summary(s.description, 120))}</p></li>"
            for s in items
        )
        return f'<ul class="{cls}">{rows}</ul>'

    def _letter(self, letter: str, view: View) -> Response:
        if letter not in LETTERS:
            return not_found()
        items = sorted(
            (s for s in view.listings if letter_of(s.name) == letter),
            key=lambda s: (s.name.lower(), s.key),
        )
        if not items:
            return not_found("No records found")
        body = f"<h1>Records beginning with {e(letter.upper())}</h1>{self._results(items, view)}"
        return text_response(page(f"A to Z: {letter.upper()}", body, self.name))

    def _category(self, rest: str, view: View) -> Response:
        parts = rest.split("/")
        if not parts[0].isdigit() or len(parts) > 2 or (len(parts) == 2 and not parts[1].isdigit()):
            return not_found()
        cid, page_no = int(parts[0]), int(parts[1]) if len(parts) == 2 else 1
        keys = {k for k, v in CATEGORY_IDS.items() if v == cid}
        items = sorted(
            (s for s in view.listings if keys & set(s.categories)),
            key=lambda s: (s.name.lower(), s.key),
        )
        shown = paginate(items, (page_no - 1) * PER_PAGE, PER_PAGE)
        if not shown and page_no > 1:
            return not_found()
        base = f"directory/{self.directory}/{self.slug}/category/{cid}"
        pager = ""
        if page_no * PER_PAGE < len(items):
            pager = f'<a class="next" rel="next" href="{e(self.url(f"{base}/{page_no + 1}"))}">Next page</a>'
        label = BY_KEY[next(iter(keys))].label if keys else "Category"
        body = f"<h1>{e(label)}</h1>{self._results(shown, view)}<nav>{pager}</nav>"
        return text_response(page(label, body, self.name))

    def _record(self, item: Listing, view: View) -> str:
        place = item.address
        street = [x for x in (place.venue, place.line1, place.line2) if x] if place else []
        fields = [
            ("Organisation", item.org_name),
            ("Address", ", ".join(street)),
            ("Town", place.town if place else None),
            ("Postcode", place.postcode if place else None),
            ("Telephone", item.phone),
            ("Email", item.email),
            ("Website", item.website),
            ("Open hours", item.schedule_text),
            ("Cost", item.cost),
            ("Age range", age_text(item.min_age, item.max_age)),
            ("Who is it for", item.eligibility),
        ]
        rows = []
        for label, value in fields:
            if not value:
                continue
            shown = e(value)
            if label == "Email":
                shown = f'<a href="mailto:{e(value)}">{e(value)}</a>'
            elif label == "Website":
                shown = f'<a href="{e(value)}">{e(value)}</a>'
            if view.layout_changed:
                rows.append(f"<p><b>{label}</b> {shown}</p>")
            elif view.theme == "dl":
                rows.append(f"<dt>{label}</dt><dd>{shown}</dd>")
            else:
                rows.append(f"<li><strong>{label}</strong>: {shown}</li>")
        if view.layout_changed:
            details = f'<div class="record">{"".join(rows)}</div>'
        elif view.theme == "dl":
            details = f'<dl class="record-details">{"".join(rows)}</dl>'
        else:
            details = f'<ul class="list record-details">{"".join(rows)}</ul>'
        body = (
            f"<h1>{e(item.name)}</h1>"
            f'<div class="record-description">{paragraphs(item.description)}</div>{details}'
        )
        return page(item.name, body, self.name)
