"""Shared CLI plumbing: the ``--db``/``--sources`` options, and turning them into Settings,
an open Store and the loaded sources with one-line errors for every bad input."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console

from index.backends.config import BackendName
from index.sources import SourceConfig, SourcesError, load_sources
from index.store import Store, StoreError
from signpost.config import Settings
from signpost.errors import SignpostError

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite store (default $SIGNPOST_DB or ./var/signpost.db)"),
]
SourcesOption = Annotated[
    Path | None,
    typer.Option("--sources", help="Sources file (default $SIGNPOST_SOURCES or sources/demo.toml)"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output")]


def report_console(width: int) -> Console:
    """A Rich console for command reports: the terminal's width on a terminal, else ``width``
    (logs and CI are not terminals, and a narrow default would fold every column)."""
    return Console(width=None if sys.stdout.isatty() else width)


def make_settings(db: Path | None = None, sources: Path | None = None) -> Settings:
    overrides: dict[str, object] = {}
    if db is not None:
        overrides["db"] = db
    if sources is not None:
        overrides["sources"] = sources
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        env = f"SIGNPOST_{field.upper()}" if field else "settings"
        raise SignpostError(f"invalid setting {env}: {first['msg']}") from exc


def require_store(settings: Settings) -> None:
    """A command that only reads stops here, with one line, when there is no store: it never
    creates one (a mistyped ``--db`` would otherwise leave an empty database behind and report
    that the data is gone)."""
    if settings.db.is_dir():
        raise SignpostError(f"database path {settings.db} is a directory")
    if not settings.db.exists():
        raise SignpostError(f"no Signpost store at {settings.db}; run `signpost run` or pass --db")


def open_store(settings: Settings, *, create: bool = False) -> Store:
    """The store at ``settings.db``. Only commands that write (harvest, run, demo, schedule,
    serve) pass ``create=True``; everything else needs an existing store."""
    if not create:
        require_store(settings)
    if settings.db.is_dir():
        raise SignpostError(f"database path {settings.db} is a directory")
    if settings.db.exists() and (
        not os.access(settings.db, os.W_OK) or not settings.db.stat().st_mode & 0o222
    ):
        # The mode bits are checked too: root may write anything, but a file someone made
        # read-only is a statement that it must not change.
        raise SignpostError(f"database {settings.db} is read-only")
    try:
        return Store(
            settings.db, tombstone_after=settings.tombstone_after_missing_runs, create=create
        )
    except StoreError as exc:
        raise SignpostError(str(exc)) from exc


def read_sources(settings: Settings) -> list[SourceConfig]:
    try:
        return load_sources(settings.sources, {"SAMPLE_SITES": settings.sample_sites_url})
    except SourcesError as exc:
        raise SignpostError(str(exc)) from exc


def with_backend(settings: Settings, backend: BackendName) -> Settings:
    """``settings`` answering from ``backend``; Elasticsearch is found at
    ``ELASTICSEARCH_URL`` or, failing that, where ``signpost es up`` started it."""
    if backend == "embedded":
        return settings.model_copy(update={"backend": "embedded"})
    from signpost.escluster import Cluster

    url = settings.elasticsearch_url
    if not url:
        cluster = Cluster.load((settings.var_dir / "es").resolve())
        if cluster is None:
            raise SignpostError(
                "no Elasticsearch: set ELASTICSEARCH_URL, or start the local cluster with "
                "`signpost es up` (or run `make demo-es`)"
            )
        url = cluster.url
    return settings.model_copy(update={"backend": "elasticsearch", "elasticsearch_url": url})
