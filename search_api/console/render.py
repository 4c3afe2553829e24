"""Rendering console pages: one Jinja2 environment with autoescaping, a few formatting
filters, and the headers every console response carries.

Everything harvested is shown through autoescaping (a listing's name may contain markup — the
sample data has a hostile one); the only markup inserted unescaped is the SVG that
``charts.py`` builds from numbers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from search_api.console.auth import PREFIX, Session, pop_flash

TEMPLATES = Path(__file__).resolve().parent / "templates"

NAV = (
    ("sources", "Sources", f"{PREFIX}/"),
    ("quarantine", "Quarantine", f"{PREFIX}/quarantine"),
    ("review", "Dedup review", f"{PREFIX}/review"),
    ("coverage", "Coverage", f"{PREFIX}/coverage"),
    ("erasures", "Data protection", f"{PREFIX}/erasures"),
)


def _parse(value: str | datetime | None) -> datetime | None:
    if value is None or value == "":
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def when(value: str | datetime | None) -> str:
    """``2026-11-25 14:03 UTC`` (times are stored in UTC and shown as such)."""
    moment = _parse(value)
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "—"


def age(value: str | datetime | None, now: datetime | None = None) -> str:
    """How long ago, in the largest sensible unit: ``5 min``, ``3 h``, ``12 days``."""
    moment = _parse(value)
    if moment is None:
        return "never"
    seconds = max(0.0, ((now or datetime.now(UTC)) - moment).total_seconds())
    if seconds < 90:
        return "just now"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min ago"
    if seconds < 48 * 3600:
        return f"{round(seconds / 3600)} h ago"
    return f"{round(seconds / 86400)} days ago"


def hours(value: float | None) -> str:
    if value is None:
        return "—"
    if value < 1:
        return f"{round(value * 60)} min"
    if value < 48:
        return f"{value:.1f} h"
    return f"{value / 24:.0f} days"


def size(value: Any) -> str:
    try:
        n = float(value)
    except (TypeError, ValueError):
        return "—"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def pct(value: Any) -> str:
    try:
        return f"{float(value) * 100:.0f}%"
    except (TypeError, ValueError):
        return "—"


def number(value: Any) -> str:
    if value is None or value == "":
        return "—"
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return str(value)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(when=when, age=age, hours=hours, size=size, pct=pct, number=number)
    env.globals.update(PREFIX=PREFIX, NAV=NAV)
    return env


ENV = _environment()

NO_STORE = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    # The API's default is ``no-referrer``, under which browsers send ``Origin: null`` with a
    # form post; the console checks the origin of every post, so its pages say
    # ``same-origin``: the console's own origin is sent to itself, and nothing to other sites.
    "Referrer-Policy": "same-origin",
}
"""Headers of every console answer: private, never cached, posts keep their origin."""


def render(
    request: Request,
    template: str,
    context: dict[str, Any],
    *,
    session: Session | None,
    status_code: int = 200,
    section: str = "",
) -> HTMLResponse:
    response = HTMLResponse("", status_code=status_code, headers=NO_STORE)
    flash = pop_flash(request, response)
    body = ENV.get_template(template).render(
        **context, session=session, flash=flash, section=section
    )
    response.body = response.render(body)
    response.headers["content-length"] = str(len(response.body))
    return response
