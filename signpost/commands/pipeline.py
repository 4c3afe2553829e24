"""``signpost run`` (the whole job) and ``signpost demo``."""

from __future__ import annotations

import typer

from signpost.context import DbOption, SourcesOption, make_settings
from signpost.errors import NotAvailableYet


def register(app: typer.Typer) -> None:
    @app.command()
    def run(db: DbOption = None, sources: SourcesOption = None) -> None:
        """Harvest every due source, deduplicate, and rebuild the search index."""
        make_settings(db, sources)
        raise NotAvailableYet("the pipeline (harvest → dedup → index) has not landed yet")

    @app.command()
    def demo(db: DbOption = None, sources: SourcesOption = None) -> None:
        """Start the sample sites, run the whole job, serve the API and widget on :8000."""
        make_settings(db, sources)
        raise NotAvailableYet("the demo needs the sample sites and pipeline, not landed yet")
