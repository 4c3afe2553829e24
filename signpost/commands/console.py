"""Data-protection commands: ``signpost erase ID [--whole] [--reason …]`` and
``signpost erasures`` (the audit log). The operator console's "Data protection" page does the
same through ``index.erasure``."""

from __future__ import annotations

import getpass
import json
from typing import Annotated

import typer

from index.erasure import ErasureError, ErasureResult, erase, list_erasures, update_search_index
from signpost.config import Settings
from signpost.context import DbOption, JsonOption, SourcesOption, make_settings, open_store
from signpost.errors import SignpostError


def _default_requester() -> str:
    try:
        return f"{getpass.getuser()} (cli)"
    except (KeyError, OSError):
        return "cli"


def _update_index(settings: Settings, result: ErasureResult) -> str | None:
    """``None`` when the search index forgot the data (or none is built yet), else why not;
    the store is already clean either way."""
    if not (result.updated or result.removed):
        return None
    try:
        from index.backends import make_backend

        backend = make_backend(settings)
        try:
            update_search_index(backend, result)
        finally:
            close = getattr(backend, "close", None)
            if callable(close):
                close()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def register(app: typer.Typer) -> None:
    @app.command("erase")
    def erase_command(
        target: Annotated[
            str, typer.Argument(help="A service id (s-…, as in the public API) or listing id (r-…)")
        ],
        whole: Annotated[
            bool,
            typer.Option("--whole", help="Erase the whole listing, not only its personal data"),
        ] = False,
        reason: Annotated[
            str, typer.Option("--reason", help="Why, e.g. the request's reference (required)")
        ] = "",
        requested_by: Annotated[
            str | None, typer.Option("--by", help="Who carried it out (default: your login)")
        ] = None,
        db: DbOption = None,
        sources: SourcesOption = None,
        json_out: JsonOption = False,
    ) -> None:
        """Erase a listing's personal data (or, with --whole, the listing) on request; later
        harvests will not bring it back. Recorded in the audit log (signpost erasures)."""
        settings = make_settings(db, sources)
        with open_store(settings) as store:
            try:
                result = erase(
                    store,
                    target,
                    whole=whole,
                    reason=reason,
                    requested_by=requested_by or _default_requester(),
                )
            except ErasureError as exc:
                raise SignpostError(f"nothing erased: {exc}") from exc
        problem = _update_index(settings, result)
        if json_out:
            typer.echo(
                json.dumps(
                    {
                        "erasure_id": result.erasure_id,
                        "target": result.target,
                        "kind": result.kind,
                        "record_ids": result.record_ids,
                        "merged_updated": [m.id for m in result.updated],
                        "merged_removed": result.removed,
                        "search_index_error": problem,
                    },
                    indent=2,
                )
            )
        else:
            what = "whole listing" if whole else "personal data"
            typer.echo(
                f"erasure {result.erasure_id}: {what} of {target} erased from"
                f" {len(result.record_ids)} listing(s): {', '.join(result.record_ids)};"
                f" {len(result.updated)} service(s) rebuilt, {len(result.removed)} removed;"
                " suppressed for later harvests"
            )
        if problem:
            raise SignpostError(
                f"the store is clean, but the search index was not updated ({problem}):"
                " run `signpost run --skip-harvest` to rebuild it"
            )

    @app.command("erasures")
    def erasures_command(
        db: DbOption = None, sources: SourcesOption = None, json_out: JsonOption = False
    ) -> None:
        """The audit log of data-protection erasures, newest first."""
        with open_store(make_settings(db, sources)) as store:
            rows = list_erasures(store)
        if json_out:
            typer.echo(json.dumps(rows, indent=2))
            return
        if not rows:
            typer.echo("no erasures")
        for row in rows:
            what = "whole listing" if row["kind"] == "listing" else "personal data"
            typer.echo(
                f"{row['id']:>4}  {row['created_at'][:19]}  {what:<13}  {row['target']}"
                f"  by {row['requested_by']}: {row['reason']}"
                f"  [{', '.join(row['record_ids'])}]"
            )
