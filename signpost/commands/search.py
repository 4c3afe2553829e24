"""``signpost index``, ``signpost search`` and ``signpost suggest``: the search index from the
command line.

``index`` rebuilds the configured backend (embedded by default, Elasticsearch with
``SIGNPOST_BACKEND=elasticsearch``) from the store's merged services; ``search`` and
``suggest`` ask it what the API and the widget would.
"""

from __future__ import annotations

import json
import time
from typing import Annotated, Literal

import typer
from pydantic import ValidationError

from index.backends import make_backend
from index.backends.errors import BackendError
from index.backends.protocol import SearchBackend
from index.geo import ATTRIBUTION, GEONAMES_ATTRIBUTION
from index.search.plan import QueryError
from index.search.types import SearchPage, SearchQuery
from index.store import Store
from signpost.config import Settings
from signpost.context import (
    DbOption,
    JsonOption,
    SourcesOption,
    make_settings,
    open_store,
    require_store,
)
from signpost.errors import SignpostError
from signpost.pipeline import rebuild_index

Day = Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def backend_for(settings: Settings) -> SearchBackend:
    """The configured backend; the embedded one lives beside the store, so a missing store is
    reported as such (and nothing is created)."""
    if settings.backend == "embedded":
        require_store(settings)
    try:
        return make_backend(settings)
    except BackendError as exc:
        raise SignpostError(str(exc)) from exc


def _rebuild(settings: Settings, store: Store) -> int:
    """Refuses an empty store: replacing a working index with nothing is never what was meant
    (the pipeline's ``rebuild_index`` does the rebuild itself)."""
    if store.count_merged() == 0:
        raise SignpostError(
            f"{store.path} has no merged services (run `signpost dedup` first);"
            " the search index was left as it is"
        )
    try:
        return rebuild_index(settings, store)
    except BackendError as exc:
        raise SignpostError(f"index rebuild failed, previous index kept: {exc}") from exc


def _query(**fields: object) -> SearchQuery:
    try:
        given = {k: v for k, v in fields.items() if v is not None and v is not False and v != []}
        return SearchQuery(**given)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "query"
        raise SignpostError(f"invalid {where}: {first['msg']}") from exc


def _print_page(page: SearchPage, query: SearchQuery) -> None:
    if page.corrected_text:
        typer.echo(f"Showing results for: {page.corrected_text}")
    where = ""
    if page.origin:
        o = page.origin
        label = o.get("postcode") or o.get("place") or f"{o['lat']:.4f},{o['lon']:.4f}"
        where = f" near {label}"
        if o.get("note"):
            typer.echo(o["note"])
    first = (page.page - 1) * page.per_page + 1
    shown = f"{first}–{first + len(page.results) - 1} of " if page.results else ""
    typer.echo(f"{shown}{page.total} services{where}")
    for i, hit in enumerate(page.results, start=first):
        parts = [hit.organization] if hit.organization else []
        if hit.distance_km is not None:
            parts.append(f"{hit.distance_km:.1f} km")
        if hit.borough:
            parts.append(hit.borough)
        if hit.cost:
            parts.append(hit.cost)
        need = f" [{hit.matched_need}]" if hit.matched_need else ""
        typer.echo(f"{i:>3}. {hit.name}{need}" + (f" — {' · '.join(parts)}" if parts else ""))
        if hit.snippet:
            typer.echo(f"     {hit.snippet}")
        if hit.opening_times:
            typer.echo(f"     {'; '.join(hit.opening_times)}")
    for name, values in page.facets.items():
        if values:
            top = ", ".join(f"{v.label} ({v.count})" for v in values[:6])
            typer.echo(f"  {name}: {top}")
    if page.origin and (page.origin.get("postcode") or page.origin.get("place")):
        typer.echo(ATTRIBUTION)
        if page.origin.get("place"):
            typer.echo(GEONAMES_ATTRIBUTION)


def register(app: typer.Typer) -> None:
    @app.command("index")
    def index_command(
        db: DbOption = None, sources: SourcesOption = None, json_out: JsonOption = False
    ) -> None:
        """Rebuild the search index (embedded or Elasticsearch) from the merged services."""
        settings = make_settings(db, sources)
        started = time.perf_counter()
        with open_store(settings) as store:
            n = _rebuild(settings, store)
        seconds = round(time.perf_counter() - started, 2)
        health = backend_for(settings).health()
        if json_out:
            typer.echo(json.dumps({"indexed": n, "seconds": seconds, **health.model_dump()}))
        else:
            typer.echo(f"index: {n:,} services → {health.backend} ({health.detail}) in {seconds} s")

    @app.command("search")
    def search_command(
        text: Annotated[
            str, typer.Argument(help="What is needed, e.g. 'debt advice near HA1'")
        ] = "",
        postcode: Annotated[
            str | None,
            typer.Option(help="Measure distances from here: a postcode or a London place name"),
        ] = None,
        lat: Annotated[float | None, typer.Option(help="Latitude to measure from")] = None,
        lon: Annotated[float | None, typer.Option(help="Longitude to measure from")] = None,
        radius: Annotated[
            float | None, typer.Option("--radius", help="Within this many km")
        ] = None,
        need: Annotated[
            list[str] | None, typer.Option("--need", help="A need (repeatable)")
        ] = None,
        category: Annotated[
            list[str] | None, typer.Option("--category", help="Taxonomy term id (repeatable)")
        ] = None,
        borough: Annotated[list[str] | None, typer.Option("--borough", help="Repeatable")] = None,
        source: Annotated[list[str] | None, typer.Option("--source", help="Repeatable")] = None,
        age: Annotated[int | None, typer.Option(help="Age of the person")] = None,
        free: Annotated[bool, typer.Option("--free", help="Free services only")] = False,
        open_now: Annotated[bool, typer.Option("--open-now", help="Open now (London)")] = False,
        day: Annotated[Day | None, typer.Option(help="Open on this day (MO…SU)")] = None,
        at: Annotated[str | None, typer.Option("--time", help="Open at HH:MM")] = None,
        sort: Annotated[Literal["relevance", "distance"], typer.Option()] = "relevance",
        page: Annotated[int, typer.Option(help="Page number")] = 1,
        per_page: Annotated[int, typer.Option("--per-page", help="Results per page")] = 10,
        db: DbOption = None,
        sources: SourcesOption = None,
        json_out: JsonOption = False,
    ) -> None:
        """Search the index as the API does."""
        settings = make_settings(db, sources)
        query = _query(
            text=text, postcode=postcode, lat=lat, lon=lon, radius_km=radius, needs=need,
            categories=category, boroughs=borough, sources=source, age=age, free_only=free,
            open_now=open_now, day=day, time=at, sort=sort, page=page, per_page=per_page,
        )  # fmt: skip
        try:
            result = backend_for(settings).search(query)
        except (QueryError, BackendError) as exc:
            raise SignpostError(str(exc)) from exc
        if json_out:
            typer.echo(result.model_dump_json(indent=2))
        else:
            _print_page(result, query)

    @app.command("suggest")
    def suggest_command(
        prefix: Annotated[str, typer.Argument(help="What has been typed so far")],
        limit: Annotated[int, typer.Option(help="At most this many")] = 8,
        db: DbOption = None,
        sources: SourcesOption = None,
        json_out: JsonOption = False,
    ) -> None:
        """Suggestions as the search box shows them while typing."""
        settings = make_settings(db, sources)
        try:
            found = backend_for(settings).suggest(prefix, limit)
        except BackendError as exc:
            raise SignpostError(str(exc)) from exc
        if json_out:
            typer.echo(json.dumps([s.model_dump() for s in found], indent=2))
            return
        for s in found:
            typer.echo(f"{s.text}  ({s.kind}{': ' + s.id if s.id else ''})")
