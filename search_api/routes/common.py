"""Response helpers shared by the routers: conditional GET with ETags, cache headers."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import Request, Response
from fastapi.encoders import jsonable_encoder

from search_api.schemas.base import ErrorOut

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Malformed request (e.g. a body that is not JSON)"},
    404: {"model": ErrorOut, "description": "Not found"},
    422: {"model": ErrorOut, "description": "Invalid parameters (the message says which)"},
    429: {"model": ErrorOut, "description": "Too many requests (see Retry-After)"},
    414: {"model": ErrorOut, "description": "Request address too long (over 4 KB)"},
    413: {"model": ErrorOut, "description": "Request body too large (over 64 KB)"},
}


def etag_matches(request: Request, etag: str) -> bool:
    header = request.headers.get("if-none-match")
    if not header:
        return False
    if header.strip() == "*":
        return True
    wanted = {t.strip().removeprefix("W/") for t in header.split(",")}
    return etag.removeprefix("W/") in wanted


def json_with_etag(request: Request, payload: Any, *, max_age: int) -> Response:
    """JSON with a weak ETag over its bytes (weak: gzip may re-encode the body in transit);
    ``304 Not Modified`` when the client already holds it."""
    body = json.dumps(jsonable_encoder(payload), ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )
    etag = 'W/"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={max_age}"}
    if etag_matches(request, etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)
