"""The operator console: server-rendered HTML pages under ``/admin/console/`` for the people who
steward the directory — source health, quarantine review, the dedup review queue, coverage and
gaps, and data-protection requests.

No single-page framework and no inline script or style (the pages live under the API's strict
Content-Security-Policy): Jinja2 templates, one stylesheet, and one small script that adds the
review queue's keyboard shortcuts (every action also works without it). Sign-in, sessions and
CSRF are in ``auth.py``; each page is one module.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request, Response

from search_api.console import coverage, erasures, quarantine, review, session, sources
from search_api.console.auth import PREFIX
from search_api.console.base import error_page

STATIC = Path(__file__).resolve().parent / "static"
ASSETS = {
    "console.css": "text/css; charset=utf-8",
    "console.js": "text/javascript; charset=utf-8",
}

router = APIRouter(prefix=PREFIX, include_in_schema=False)


def _asset(name: str) -> Response:
    body = (STATIC / name).read_bytes()
    return Response(body, media_type=ASSETS[name], headers={"Cache-Control": "no-cache"})


@router.get("/static/console.css")
def console_css() -> Response:
    return _asset("console.css")


@router.get("/static/console.js")
def console_js() -> Response:
    return _asset("console.js")


for module in (session, sources, quarantine, review, coverage, erasures):
    router.include_router(module.router)


@router.get("/{rest:path}")
def not_found(request: Request, rest: str) -> Response:
    """Any other console address: an HTML page with a way back, not the API's JSON 404."""
    return error_page(request, 404, f"There is no console page {PREFIX}/{rest[:100]}.")


__all__ = ["router"]
