"""Harvest commands: ``harvest``, ``runs`` (list / release / discard) and ``schedule``."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from index.sources import SourceConfig
from signpost.config import Settings
from signpost.context import (
    DbOption,
    JsonOption,
    SourcesOption,
    make_settings,
    open_store,
    read_sources,
)
from signpost.errors import SignpostError
from signpost.harvest import UnknownSources, due_sources, harvest

SourceIds = Annotated[
    list[str] | None,
    typer.Option("--source", "-s", help="Harvest only this source id (repeatable)"),
]
DueOnly = Annotated[
    bool, typer.Option("--due", help="Only sources whose interval has passed since their last run")
]
RunArg = Annotated[int, typer.Argument(help="A harvest run id (see `signpost runs list`)")]
DryRun = Annotated[
    bool,
    typer.Option(
        "--dry-run",
        help="Crawl a few pages of one source, write nothing, and show what was extracted",
    ),
]
Limit = Annotated[
    int, typer.Option("--limit", min=1, max=100, help="Dry run: stop after this many listings")
]

runs_app = typer.Typer(
    help="Harvest runs: list them, release or discard quarantined ones.", no_args_is_help=True
)


def _runs_table(rows: list[dict[str, object]]) -> Table:
    table = Table(title="Harvest runs")
    for col in ("run", "source", "status", "finished", "records", "pages", "bytes", "reason"):
        table.add_column(col)
    for r in rows:
        summary = r["summary"] if isinstance(r["summary"], dict) else {}
        table.add_row(
            str(r["id"]),
            str(r["source_id"]),
            str(r["status"]),
            str(r["finished_at"] or "—")[:19],
            str(summary.get("records", "—")),
            str(summary.get("pages", "—")),
            str(summary.get("bytes", "—")),
            str(r["error"] or ""),
        )
    return table


@runs_app.command("list")
def runs_list(
    source: Annotated[str | None, typer.Option("--source", "-s", help="Only this source")] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="Only runs with this status, e.g. quarantined")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many runs")] = 30,
    db: DbOption = None,
    sources: SourcesOption = None,
    json_out: JsonOption = False,
) -> None:
    """Recent harvest runs, newest first."""
    with open_store(make_settings(db, sources)) as store:
        rows = [asdict(r) for r in store.list_runs(source, status, limit)]
    if json_out:
        typer.echo(json.dumps({"runs": rows}, indent=2, default=str))
        return
    Console().print(_runs_table(rows))


@runs_app.command("release")
def runs_release(run: RunArg, db: DbOption = None, sources: SourcesOption = None) -> None:
    """Publish a quarantined run after inspecting it (it becomes the source's live data)."""
    with open_store(make_settings(db, sources)) as store:
        try:
            counts = store.release_run(run)
        except ValueError as exc:
            raise SignpostError(str(exc)) from exc
    c = counts.as_dict()
    typer.echo(
        f"run {run} released: {c['new']} new, {c['changed']} changed, {c['unchanged']} unchanged,"
        f" {c['gone']} gone, {c['tombstoned']} tombstoned"
    )


@runs_app.command("discard")
def runs_discard(run: RunArg, db: DbOption = None, sources: SourcesOption = None) -> None:
    """Throw away a quarantined run; the source's live data stays as it is."""
    with open_store(make_settings(db, sources)) as store:
        try:
            store.discard_run(run)
        except ValueError as exc:
            raise SignpostError(str(exc)) from exc
    typer.echo(f"run {run} discarded")


def _dry_run(
    settings: Settings,
    configs: list[SourceConfig],
    only: list[str] | None,
    due: bool,
    limit: int,
    json_out: bool,
) -> None:
    from signpost.dry_run import dry_run, lines

    if due or not only or len(only) != 1:
        raise SignpostError("--dry-run takes exactly one --source (and no --due)")
    known = {c.id: c for c in configs}
    if only[0] not in known:
        raise SignpostError(f"unknown source(s): {only[0]}")
    data = dry_run(settings, known[only[0]], limit)
    if json_out:
        typer.echo(json.dumps(data, indent=2, default=str))
    else:
        typer.echo("\n".join(lines(data)))
    if data["status"] != "ok" or not data["listings"]:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    @app.command("harvest")
    def harvest_command(
        source: SourceIds = None,
        due: DueOnly = False,
        dry_run: DryRun = False,
        limit: Limit = 5,
        db: DbOption = None,
        sources: SourcesOption = None,
        json_out: JsonOption = False,
    ) -> None:
        """Harvest the enabled sources (or those named) in one polite crawl; each run is
        published only if it passes its gates, otherwise quarantined.

        With --dry-run (one --source): crawl a few pages, write nothing, and show what the
        spider extracted field by field and which page elements matched nothing."""
        settings = make_settings(db, sources)
        configs = read_sources(settings)
        if dry_run:
            _dry_run(settings, configs, source, due, limit, json_out)
            return
        with open_store(settings, create=True) as store:
            only = source
            if due:
                pool = [c for c in configs if not source or c.id in source]
                only = [c.id for c in due_sources(store, pool)]
                if not only:
                    typer.echo("no source is due")
                    return
            try:
                outcomes = harvest(settings, store, configs, only)
            except UnknownSources as exc:
                raise SignpostError(str(exc)) from exc
        if json_out:
            typer.echo(json.dumps({"outcomes": [asdict(o) for o in outcomes]}, indent=2))
            return
        for o in outcomes:
            detail = ", ".join(f"{k} {v}" for k, v in o.counts.items() if v)
            reason = f" — {o.reason}" if o.reason else ""
            typer.echo(
                f"{o.source_id}: {o.status} (run {o.run_id}){': ' + detail if detail else ''}{reason}"
            )
        if outcomes and all(o.status != "published" for o in outcomes):
            raise typer.Exit(code=1)

    app.add_typer(runs_app, name="runs")

    @app.command("schedule")
    def schedule_command(db: DbOption = None, sources: SourcesOption = None) -> None:
        """Run harvests on each source's interval until stopped (SIGTERM or Ctrl-C).

        Jobs live in the same database (APScheduler job store): one instance per source at a
        time, missed runs coalesced into one."""
        from signpost.scheduler import run_scheduler

        settings = make_settings(db, sources)
        configs = read_sources(settings)
        run_scheduler(settings, configs)
