"""The app factory: ``create_app(settings, backend=…, store=…, harvest_trigger=…)``.

Everything the app uses is passed in or built from the ``ApiSettings`` it is handed, so tests
build an app over a temporary store and a real backend, and ``signpost serve`` wires the
harvest trigger without the API ever importing the harvesters or the wiring itself.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from index.backends.protocol import SearchBackend
from index.store import Store
from search_api import console
from search_api.deps import ApiState, HarvestTrigger
from search_api.errors import error_response, install_error_handlers
from search_api.middleware.head import HeadAsGetMiddleware
from search_api.middleware.headers import PublicCorsMiddleware, SecurityHeadersMiddleware
from search_api.middleware.ratelimit import RateLimitMiddleware
from search_api.middleware.requestlog import BodyTooLarge, RequestLogMiddleware
from search_api.routes import (
    admin,
    categories,
    health,
    oruk,
    search,
    services,
    sources,
    suggest,
    widget,
)
from search_api.settings import ApiSettings
from search_api.widget_assets import WidgetAssets

log = logging.getLogger("signpost.api")

DESCRIPTION = """\
Signpost is a searchable meta-directory of local care and support in London: it gathers the
boroughs' directories, merges the same service seen in several of them, and serves it here.

* **Public JSON API** (`/api/…`): search with typo tolerance, synonyms and distance from a
  postcode; suggestions while typing; one service with where each field came from; categories;
  sources and their freshness. Read-only, CORS `*`, rate limited per client (`429` with
  `Retry-After`).
* **Open Referral UK 3.0** (`/oruk/…`): the whole aggregate in ORUK 3.0 shape, for other
  directories to harvest.
* **Operator API** (`/admin/…`): bearer token; harvest a source, release or discard quarantined
  runs, curator dedup overrides.

Errors are always JSON: `{"error": "a sentence", "detail": …}`.
Postcode data: Contains OS data © Crown copyright and database right (OS Code-Point Open, OGL).
"""


def _default_backend(settings: ApiSettings) -> SearchBackend:
    from index.backends import make_backend

    return make_backend(settings)


def create_app(
    settings: ApiSettings,
    *,
    backend: SearchBackend | None = None,
    store: Store | None = None,
    harvest_trigger: HarvestTrigger | None = None,
    refresh_trigger: Callable[[], Any] | None = None,
) -> FastAPI:
    """Build the ASGI app. ``store``/``backend`` default to the ones ``settings`` names; the
    app closes only what it opened itself."""
    owned_store = store is None
    the_store = (
        store
        if store is not None
        else Store(settings.db, tombstone_after=settings.tombstone_after_missing_runs)
    )
    the_backend = backend if backend is not None else _default_backend(settings)
    state = ApiState(
        settings=settings,
        store=the_store,
        backend=the_backend,
        harvest_trigger=harvest_trigger,
        widget=WidgetAssets(settings.widget_dir),
        refresh_trigger=refresh_trigger,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.catalogue.refresh_in_background()  # ready before the first listing is asked for
        yield
        if owned_store:
            state.close()

    app = FastAPI(
        title="Signpost API",
        version="1.0",
        description=DESCRIPTION,
        docs_url=None,  # Swagger UI would load scripts from a CDN: not under our CSP
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.api = state
    install_error_handlers(app)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request, exc: BodyTooLarge):  # type: ignore[no-untyped-def]
        return error_response(413, str(exc))

    for module in (search, suggest, services, categories, sources, health, oruk, admin, widget):
        app.include_router(module.router)
    app.include_router(console.router)  # the operator console's HTML pages, /admin/console

    # Added innermost first: gzip → HEAD → rate limit → CORS → security headers → request log.
    app.add_middleware(GZipMiddleware, minimum_size=800, compresslevel=5)
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(
        RateLimitMiddleware,
        per_minute=settings.rate_limit_per_minute,
        burst=settings.rate_limit_burst,
    )
    app.add_middleware(PublicCorsMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(RequestLogMiddleware)
    return app
