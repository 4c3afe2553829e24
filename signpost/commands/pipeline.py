"""``signpost run`` (the whole job) and ``signpost demo`` (the whole job on the bundled sample
sites, then serve it)."""

from __future__ import annotations

import json
from contextlib import ExitStack
from typing import Annotated

import typer
from rich.table import Table

from index.backends.config import BackendName
from signpost.config import Settings
from signpost.context import (
    DbOption,
    JsonOption,
    SourcesOption,
    make_settings,
    open_store,
    read_sources,
    report_console,
    with_backend,
)
from signpost.errors import SignpostError
from signpost.pipeline import PipelineReport, run_pipeline

OnlyOption = Annotated[
    list[str] | None, typer.Option("--source", help="Only these source ids (repeatable)")
]


def _print_report(report: PipelineReport) -> None:
    console = report_console(140)
    table = Table(title="Harvest")
    for col in ("source", "outcome", "new", "changed", "unchanged", "gone", "reason"):
        table.add_column(col)
    for o in report.harvest:
        c = o.counts
        table.add_row(
            o.source_id,
            o.status,
            *(str(c.get(k, "")) for k in ("new", "changed", "unchanged", "gone")),
            o.reason or "",
        )
    if report.harvest:
        console.print(table)
    if report.dedup:
        d = report.dedup
        console.print(
            f"dedup: {d.records} live listings → {d.merged} services "
            f"({d.multi_source} seen in several sources)"
        )
    console.print(f"index: {report.indexed} services searchable; timings {report.seconds}")


def _run_job(settings: Settings, only: list[str] | None, skip_harvest: bool) -> PipelineReport:
    from signpost.harvest import UnknownSources

    with open_store(settings, create=True) as store:
        configs = read_sources(settings)
        try:
            return run_pipeline(settings, store, configs, only=only, skip_harvest=skip_harvest)
        except UnknownSources as exc:
            raise SignpostError(str(exc)) from exc


def register(app: typer.Typer) -> None:
    @app.command()
    def run(
        db: DbOption = None,
        sources: SourcesOption = None,
        only: OnlyOption = None,
        skip_harvest: Annotated[
            bool, typer.Option("--skip-harvest", help="Only deduplicate and re-index")
        ] = False,
        json_out: JsonOption = False,
    ) -> None:
        """The whole job: harvest the enabled sources, deduplicate, rebuild the search index."""
        settings = make_settings(db, sources)
        report = _run_job(settings, only, skip_harvest)
        if json_out:
            typer.echo(json.dumps(report.as_dict(), indent=2, default=str))
        else:
            _print_report(report)

    @app.command()
    def demo(
        db: DbOption = None,
        sources: SourcesOption = None,
        port: Annotated[int, typer.Option(help="Port for the API and widget")] = 8000,
        sample_port: Annotated[
            int, typer.Option(help="Port for the sample directory sites (0: any free port)")
        ] = 8765,
        serve: Annotated[
            bool, typer.Option("--serve/--no-serve", help="Serve after the job (default)")
        ] = True,
        backend: Annotated[
            BackendName,
            typer.Option(
                help="Search engine: embedded (default), or elasticsearch — $ELASTICSEARCH_URL "
                "or the cluster `signpost es up` started"
            ),
        ] = "embedded",
    ) -> None:
        """Start the bundled sample sites on 127.0.0.1, run the whole job, serve API + widget."""
        from samples.server import running
        from signpost.commands.serve import serve_api

        base = with_backend(make_settings(db, sources), backend)
        with ExitStack() as stack:
            try:
                url = stack.enter_context(running(port=sample_port))
            except OSError as exc:
                raise SignpostError(
                    f"cannot start the sample sites on port {sample_port}: {exc}"
                ) from exc
            hosts = list(dict.fromkeys([*base.allowed_private_hosts, "127.0.0.1"]))
            settings = base.model_copy(
                update={"sample_sites_url": url, "allowed_private_hosts": hosts}
            )
            typer.echo(f"sample directory sites: {url}")
            report = _run_job(settings, None, False)
            _print_report(report)
            if settings.backend == "elasticsearch":
                from index.backends import make_backend

                typer.echo(f"search: {make_backend(settings).health().detail}")
            if serve:
                typer.echo(f"Signpost is serving on http://127.0.0.1:{port}  (Ctrl-C stops it)")
                serve_api(settings, "127.0.0.1", port, explicit_sources=True, log_level="warning")
