"""``signpost sample-sites`` (serve the sample London directories on 127.0.0.1) and
``signpost samples generate`` (rebuild the committed sample data from its seed)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from signpost.errors import SignpostError


def register(app: typer.Typer) -> None:
    @app.command("sample-sites")
    def sample_sites(
        host: Annotated[str, typer.Option(help="Loopback address to bind")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port (0: any free port)")] = 8765,
        verbose: Annotated[bool, typer.Option("--verbose", help="Log every request")] = False,
    ) -> None:
        """Serve every sample directory site under its own path prefix (docs/sample-sources.md)."""
        from samples.loader import DatasetMissing
        from samples.server import make_server

        logging.basicConfig(
            level=logging.DEBUG if verbose else logging.INFO, format="%(asctime)s %(message)s"
        )
        try:
            server, sites = make_server(host, port)
        except (ValueError, DatasetMissing) as exc:
            raise SignpostError(str(exc)) from exc
        except OSError as exc:
            raise SignpostError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
        base = f"http://{host}:{server.server_address[1]}"
        typer.echo(f"sample sites on {base} (SIGNPOST_SAMPLE_SITES_URL={base})")
        for site_id, site in sites.sites.items():
            typer.echo(f"  {base}/{site_id}/  {site.platform:<11} {site.name}")
        typer.echo(f"  control: {base}/_control  (Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()

    group = typer.Typer(help="The sample London data set (generator and ground truth).")
    app.add_typer(group, name="samples")

    @group.command("generate")
    def generate(
        seed: Annotated[int, typer.Option(help="Random seed")] = 20261125,
        scale: Annotated[float, typer.Option(help="Services per borough multiplier")] = 1.2,
        out: Annotated[
            Path | None, typer.Option(help="Output directory (default: the committed data)")
        ] = None,
        gazetteer: Annotated[
            Path | None, typer.Option(help="Gazetteer table (default: var/gazetteer.sqlite)")
        ] = None,
    ) -> None:
        """Regenerate the sample data from the seed and the postcode gazetteer."""
        from index.geo import Gazetteer, GazetteerMissing
        from samples.dataset import DATA_DIR
        from samples.generator import generate_to
        from signpost.config import Settings

        path = gazetteer or Settings().gazetteer_path
        try:
            gaz = Gazetteer(path)
        except GazetteerMissing as exc:
            raise SignpostError(str(exc)) from exc
        counts = generate_to(gaz, out or DATA_DIR, seed=seed, scale=scale)
        typer.echo(
            f"sample data → {out or DATA_DIR}: {counts['services']} services, "
            f"{counts['organisations']} organisations, {counts['listings']} listings"
        )
