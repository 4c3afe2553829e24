"""Every error leaves the API as JSON ``{"error": sentence, "detail": …}``.

A widget shows ``error`` to the person typing, an integrator's program reads ``detail``; nobody
ever gets an HTML error page or a stack trace. Handlers cover our own ``ApiError``, FastAPI's
request validation errors, Starlette's HTTP errors (404 for unknown paths, 405) and anything
unexpected (a 500 that names only a request id; the log has the traceback).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("signpost.api")


class ApiError(Exception):
    """Raise from a route to answer with a JSON error."""

    def __init__(
        self,
        status: int,
        error: str,
        detail: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.detail = detail
        self.headers = headers or {}


def error_response(
    status: int, error: str, detail: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    # ("query", "per_page") → "per_page"; the location kind is noise for a person.
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or "request"


def describe_validation(errors: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """One readable sentence for the first problem, and a JSON-safe list of all of them."""
    detail = [
        {"field": _field(e.get("loc", ())), "message": str(e.get("msg", "invalid"))} for e in errors
    ]
    if not detail:
        return "invalid request", detail
    first = detail[0]
    sentence = f"{first['field']}: {first['message']}"
    if len(detail) > 1:
        sentence += f" (and {len(detail) - 1} more problem{'s' if len(detail) > 2 else ''})"
    return sentence, detail


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.error, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _request_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        sentence, detail = describe_validation(list(exc.errors()))
        return error_response(422, sentence, detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        messages = {404: "not found", 405: "method not allowed"}
        text = exc.detail if isinstance(exc.detail, str) else None
        if text is None or text in ("Not Found", "Method Not Allowed"):
            text = messages.get(exc.status_code, "request refused")
        if exc.status_code == 404 and text == "not found":
            text = f"no such address: {request.url.path[:200]}"
        return error_response(exc.status_code, text, None, dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", None)
        log.exception("unhandled error on %s (request %s)", request.url.path, request_id)
        return error_response(500, "internal error", {"request_id": request_id})
