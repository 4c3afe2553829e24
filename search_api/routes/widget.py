"""Serving the widget, its example pages, and ``/`` = the demo council page.

See ``search_api.widget_assets`` for the caching scheme. Pages get the strict CSP from the
security-headers middleware (no inline script or style), which is the point of the demo: the
widget works on a host page that locks itself down.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.responses import PlainTextResponse

from search_api.deps import ApiState, get_state
from search_api.errors import ApiError
from search_api.routes.common import ERRORS, etag_matches
from search_api.widget_assets import Asset

router = APIRouter(tags=["widget"])

SHORT_CACHE = "public, max-age=300"
IMMUTABLE = "public, max-age=31536000, immutable"
_HASHED = re.compile(r"^(signpost-search)\.([0-9a-f]{12})\.(js|css)$")


def _serve(request: Request, asset: Asset, cache_control: str) -> Response:
    headers = {"ETag": asset.etag, "Cache-Control": cache_control}
    if etag_matches(request, asset.etag):
        return Response(status_code=304, headers=headers)
    return Response(asset.body, media_type=asset.media_type, headers=headers)


def _missing(state: ApiState) -> ApiError:
    return ApiError(
        404,
        f"the widget is not installed here ({state.widget.root} has no src/signpost-search.js;"
        " set SIGNPOST_WIDGET_DIR)",
    )


@router.get(
    "/widget/manifest.json",
    summary="Current content-hashed widget file names",
    responses=ERRORS,
)
def manifest(state: ApiState = Depends(get_state)) -> dict[str, str]:
    if not state.widget.available:
        raise _missing(state)
    return {
        name.rpartition(".")[2]: f"/widget/{state.widget.hashed_name(name)}"
        for name in ("signpost-search.js", "signpost-search.css")
    }


@router.get(
    "/widget/{filename}",
    summary="The widget script and stylesheet (plain or content-hashed names)",
    responses={**ERRORS, 200: {"content": {"text/javascript": {}, "text/css": {}}}},
    response_class=Response,
)
def widget_file(
    filename: Annotated[str, Path(max_length=80)],
    request: Request,
    state: ApiState = Depends(get_state),
) -> Response:
    hashed = _HASHED.match(filename)
    if hashed:
        name = f"{hashed.group(1)}.{hashed.group(3)}"
        asset = state.widget.widget_file(name)
        if asset is None or asset.digest != hashed.group(2):
            raise ApiError(404, f"no widget file {filename} (see /widget/manifest.json)")
        return _serve(request, asset, IMMUTABLE)
    asset = state.widget.widget_file(filename)
    if asset is None:
        if not state.widget.available:
            raise _missing(state)
        raise ApiError(404, f"no widget file {filename}")
    return _serve(request, asset, SHORT_CACHE)


@router.get(
    "/examples/{filename}",
    summary="Example host pages for the widget",
    responses={**ERRORS, 200: {"content": {"text/html": {}}}},
    response_class=Response,
)
def example(
    filename: Annotated[str, Path(max_length=80)],
    request: Request,
    state: ApiState = Depends(get_state),
) -> Response:
    asset = state.widget.example(filename)
    if asset is None:
        raise ApiError(404, f"no example {filename}")
    return _serve(request, asset, SHORT_CACHE)


ROBOTS = "User-agent: *\nAllow: /\nDisallow: /admin/\n"


@router.get(
    "/robots.txt",
    summary="Crawlers may read everything but the operator API",
    response_class=PlainTextResponse,
)
def robots() -> PlainTextResponse:
    return PlainTextResponse(ROBOTS, headers={"Cache-Control": "public, max-age=86400"})


@router.get(
    "/",
    summary="Demo: the widget on a mock council page",
    responses={**ERRORS, 200: {"content": {"text/html": {}}}},
    response_class=Response,
)
def home(request: Request, state: ApiState = Depends(get_state)) -> Response:
    asset = state.widget.example("council.html")
    if asset is None:
        raise _missing(state)
    return _serve(request, asset, SHORT_CACHE)
