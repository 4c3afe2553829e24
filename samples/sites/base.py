"""What every sample site shares: the request/response records, the per-request view of the
site's data (current generation, fault-driven variants), and small rendering helpers.

A site is a pure function of (request, view) → response; the server owns faults, conditional
GET and the data generation, so each platform module only knows its own URLs and markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlencode

from samples.categories import BY_KEY
from samples.dataset import Listing, Place
from samples.publishers import Publisher


@dataclass
class Request:
    method: str
    path: str
    """Path after the site prefix, without the leading slash (``Services/12``)."""
    query: dict[str, list[str]]
    origin: str
    """``http://host:port`` as the client addressed us (for absolute URLs)."""

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def int_arg(self, name: str, default: int) -> int:
        """Integers from the query; junk falls back to the default as the real sites do."""
        raw = self.arg(name)
        try:
            return int(raw) if raw is not None else default
        except ValueError:
            return default


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None
    """Drives ``Last-Modified``; None → the site's data time."""


@dataclass
class View:
    """The site's data as this request sees it."""

    listings: list[Listing]
    changed_at: datetime
    """When the site's data last changed (generation 0: the data set date)."""
    layout_changed: bool = False
    empty: bool = False
    theme: str = ""
    """Which of its platform's themes the site renders (``Site.themes``)."""

    def __post_init__(self) -> None:
        if self.empty:
            self.listings = []
        self.by_key = {item.key: item for item in self.listings}


def e(value: object) -> str:
    """HTML-escape anything (None → empty)."""
    return "" if value is None else html.escape(str(value), quote=True)


def text_response(
    body: str, content_type: str = "text/html; charset=utf-8", status: int = 200
) -> Response:
    return Response(status, body.encode("utf-8"), content_type)


def not_found(title: str = "Page not found") -> Response:
    body = page(title, f"<h1>{e(title)}</h1><p>Sorry, we could not find that page.</p>", "")
    return Response(404, body.encode("utf-8"))


def page(title: str, body: str, site_name: str, head: str = "") -> str:
    """A realistic page shell: cookie banner, header, nav, footer — noise a parser must skip."""
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(title)} | {e(site_name)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{head}</head>\n<body>\n"
        '<div class="cookie-banner" role="dialog"><p>We use cookies to make this site work.'
        "</p><button>Accept</button></div>\n"
        f'<header class="site-header"><a class="site-logo" href="#">{e(site_name)}</a>'
        '<nav class="site-nav"><a href="#">Home</a> <a href="#">About</a> '
        '<a href="#">Contact us</a></nav></header>\n'
        f'<main id="main-content">\n{body}\n</main>\n'
        '<footer class="site-footer"><p>&copy; 2026. Accessibility statement. '
        "Privacy notice.</p></footer>\n</body>\n</html>\n"
    )


def paragraphs(text: str | None) -> str:
    if not text:
        return ""
    return "".join(f"<p>{e(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def summary(text: str | None, limit: int = 180) -> str:
    """The first sentence(s) of a description, cut at a word boundary like listing pages do."""
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def address_lines(place: Place | None, *, with_venue: bool = True) -> list[str]:
    if place is None:
        return []
    parts = [place.venue if with_venue else None, place.line1, place.line2, place.town]
    lines = [p for p in parts if p]
    if place.postcode:
        lines.append(place.postcode)
    return lines


def category_labels(listing: Listing, platform: str) -> list[str]:
    labels: list[str] = []
    for key in listing.categories:
        category = BY_KEY[key]
        label = {
            "marketplace": category.marketplace[1],
            "kb5": category.kb5[1],
            "fid": category.fid[1],
        }.get(platform, category.oruk_term)
        if label not in labels:
            labels.append(label)
    return labels


def paginate(items: list[Listing], start: int, size: int) -> list[Listing]:
    return items[max(start, 0) : max(start, 0) + size]


def qs(params: dict[str, object]) -> str:
    return urlencode({k: v for k, v in params.items() if v is not None and v != ""})


def http_date_of(day: str) -> datetime:
    """A listing's ``YYYY-MM-DD`` (or full ISO time) as an aware datetime."""
    if "T" in day:
        return datetime.fromisoformat(day).astimezone(UTC)
    return datetime.fromisoformat(day + "T09:00:00+00:00")


def age_text(min_age: int | None, max_age: int | None) -> str | None:
    if min_age is None and max_age is None:
        return None
    if max_age is None:
        return f"{min_age}+"
    return f"{min_age or 0} - {max_age}"


class Site:
    """One sample site: subclasses implement ``handle`` for their platform's URLs.

    ``themes`` are the markup variants the real platform ships (docs/harvesters.md says
    which real capture each follows): the same data, rendered another way. A publisher
    picks one (``settings["theme"]``, default the first); the control API switches it at
    run time (``POST /_control/{site}/theme``), so one site's ground truth covers them all.
    """

    platform = ""
    themes: tuple[str, ...] = ("classic",)

    def __init__(self, publisher: Publisher) -> None:
        self.publisher = publisher
        self.id = publisher.id
        self.prefix = f"/{publisher.id}"
        self.name = publisher.name
        theme = publisher.settings.get("theme", self.themes[0])
        if theme not in self.themes:
            raise ValueError(f"publisher {publisher.id}: unknown {self.platform} theme {theme!r}")
        self.default_theme = theme

    def robots(self, origin: str = "") -> str:
        """This site's robots.txt, served at ``{prefix}/robots.txt``. Paths include the prefix
        because all sample sites share one host; ``origin`` makes Sitemap lines absolute."""
        if self.publisher.blocked:
            return "User-agent: *\nDisallow: /\n"
        return (
            "User-agent: *\n"
            f"Disallow: {self.prefix}/Account/\n"
            f"Disallow: {self.prefix}/admin/\n"
            "\n"
            "User-agent: BadBot\nDisallow: /\n"
        )

    def handle(self, request: Request, view: View) -> Response:
        raise NotImplementedError

    def url(self, path: str) -> str:
        return f"{self.prefix}/{path}"
