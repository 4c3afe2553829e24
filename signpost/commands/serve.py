"""``signpost serve``: the API, the ORUK API and the widget, on uvicorn.

This is where the API is wired to the rest of Signpost: it opens the store and the configured
search backend, records the configured sources (so ``/api/sources`` lists even those never
harvested), and injects the harvest trigger for ``POST /admin/harvest/{source}`` — the API
package itself never imports the harvesters.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from index.sources import SourceConfig
from signpost.config import Settings
from signpost.context import DbOption, SourcesOption, make_settings, open_store, read_sources
from signpost.errors import SignpostError

if TYPE_CHECKING:
    from fastapi import FastAPI

log = logging.getLogger("signpost.serve")


def _configured_sources(settings: Settings, explicit: bool) -> list[SourceConfig] | None:
    """The sources file when one was named (``--sources`` or ``SIGNPOST_SOURCES``).

    ``serve --db X`` alone serves that store exactly as it is: the default sources file is not
    read, because syncing it would rename the store's sources to whatever the default file
    calls them (and wire harvests of sources the store never had)."""
    if not (explicit or "sources" in settings.model_fields_set):
        return None
    return read_sources(settings)


def harvest_trigger(settings: Settings, sources: list[SourceConfig]) -> Callable[[str], object]:
    """``POST /admin/harvest/{source}``: harvest one source, then deduplicate and re-index, so
    what the operator asked for is searchable when the job reports done. It uses a store
    connection of its own, so the API's connection stays free for readers while the crawl
    runs. (Imported here: the crawler stack is heavy and other commands do not need it.)"""
    from signpost.pipeline import run_pipeline

    def trigger(source_id: str) -> object:
        with open_store(settings, create=True) as store:
            return run_pipeline(settings, store, sources, only=[source_id]).as_dict()

    return trigger


def refresh_trigger(settings: Settings) -> Callable[[], object]:
    """After a curator's change (released run, override, review decision): deduplicate and
    re-index from what the store holds, on a store connection of its own."""
    from signpost.pipeline import run_pipeline

    def refresh() -> object:
        with open_store(settings) as store:
            return run_pipeline(settings, store, [], skip_harvest=True).as_dict()

    return refresh


def build_app(settings: Settings, *, explicit_sources: bool = False) -> FastAPI:
    """The wired ASGI app (used by ``serve`` and by ``signpost demo``)."""
    from search_api.main import create_app

    store = open_store(settings, create=True)  # the operator API harvests into it
    configs = _configured_sources(settings, explicit_sources)
    trigger = None
    if configs is not None:
        store.sync_sources(configs)
        trigger = harvest_trigger(settings, configs)
    try:
        from index.backends import make_backend

        backend = make_backend(settings)
    except Exception as exc:
        store.close()
        raise SignpostError(f"search backend {settings.backend} cannot be used: {exc}") from exc
    return create_app(
        settings,
        backend=backend,
        store=store,
        harvest_trigger=trigger,
        refresh_trigger=refresh_trigger(settings),
    )


def app_from_environment() -> FastAPI:
    """uvicorn's app factory for ``--workers`` > 1: each worker process builds its own app
    (store connection, index reader, caches) from ``SIGNPOST_*``, which the parent set from
    its command line."""
    return build_app(Settings())


def logging_config(level: str) -> dict[str, Any]:
    """Applied by uvicorn in every worker process (a worker does not inherit the parent's
    logging setup)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["stderr"], "level": level.upper()},
    }


def serve_api(
    settings: Settings,
    host: str | None = None,
    port: int | None = None,
    *,
    explicit_sources: bool = False,
    log_level: str = "info",
    workers: int = 1,
) -> None:
    """Run until interrupted. uvicorn's own access log is off: it records client addresses
    and full query strings, which the API's request log deliberately does not.

    With ``workers`` > 1, uvicorn runs that many processes on the one port (a search uses one
    core; SQLite readers do not block each other). Each has its own caches and rate-limit
    buckets, so the effective per-client limit is ``workers`` times the setting."""
    import uvicorn

    options: dict[str, Any] = {
        "host": host or settings.api_host,
        "port": settings.api_port if port is None else port,
        "log_level": log_level,
        "log_config": logging_config(log_level),
        "access_log": False,
        "server_header": False,
        "proxy_headers": True,
        "timeout_keep_alive": 5,
        "limit_concurrency": 1000,
    }
    # Built here even with workers: a bad setting fails now, in one line, not in N workers.
    app = build_app(settings, explicit_sources=explicit_sources)
    if workers <= 1:
        uvicorn.run(app, **options)
        return
    app.state.api.close()
    os.environ["SIGNPOST_DB"] = str(Path(settings.db).resolve())
    if explicit_sources or "sources" in settings.model_fields_set:
        os.environ["SIGNPOST_SOURCES"] = str(Path(settings.sources).resolve())
    uvicorn.run(
        "signpost.commands.serve:app_from_environment", factory=True, workers=workers, **options
    )


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[
            str | None, typer.Option(help="Address to listen on (default $SIGNPOST_API_HOST)")
        ] = None,
        port: Annotated[
            int | None, typer.Option(help="Port (default $SIGNPOST_API_PORT or 8000)")
        ] = None,
        db: DbOption = None,
        sources: SourcesOption = None,
        log_level: Annotated[str, typer.Option(help="debug, info, warning")] = "info",
        workers: Annotated[
            int, typer.Option(min=1, max=64, help="Server processes (one per core)")
        ] = 1,
    ) -> None:
        """Serve the JSON API, the ORUK 3.0 API, the operator API and the widget."""
        settings = make_settings(db, sources)
        serve_api(
            settings,
            host,
            port,
            explicit_sources=sources is not None,
            log_level=log_level,
            workers=workers,
        )
