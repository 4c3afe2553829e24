"""``signpost status``: per source, the last run, its outcome, counts and freshness."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from index.model import utcnow
from signpost.context import (
    DbOption,
    JsonOption,
    SourcesOption,
    make_settings,
    open_store,
    read_sources,
)


def _age(ts: str | None) -> str:
    if not ts:
        return "never"
    delta = utcnow() - datetime.fromisoformat(ts)
    hours = delta.total_seconds() / 3600
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} d"


def source_status(db: Any, sources: list[Any]) -> list[dict[str, Any]]:
    """One dict per configured source; shared by the CLI and the API's /api/sources."""
    rows = []
    for src in sources:
        last = db.last_run(src.id)
        good = db.last_good_run(src.id)
        rows.append(
            {
                "id": src.id,
                "name": src.name,
                "kind": src.kind,
                "borough": src.borough,
                "enabled": src.enabled,
                "live_records": db.count_records(src.id),
                "last_run": None
                if last is None
                else {
                    "id": last.id,
                    "status": last.status,
                    "started_at": last.started_at,
                    "finished_at": last.finished_at,
                    "counts": last.counts,
                    "summary": last.summary,
                    "error": last.error,
                },
                "last_good_run_at": good.finished_at if good else None,
            }
        )
    return rows


def register(app: typer.Typer) -> None:
    @app.command()
    def status(
        db: DbOption = None, sources: SourcesOption = None, json_out: JsonOption = False
    ) -> None:
        """Sources, their last runs, counts and freshness."""
        settings = make_settings(db, sources)
        with open_store(settings) as store:
            configs = read_sources(settings)
            rows = source_status(store, configs)
            totals = {"records": store.count_records(), "services": store.count_merged()}
        if json_out:
            typer.echo(json.dumps({"sources": rows, "totals": totals}, indent=2, default=str))
            return
        table = Table(title=f"Signpost — {settings.db}")
        for col in ("source", "kind", "last run", "outcome", "live", "new/chg/gone", "fresh"):
            table.add_column(col)
        for r in rows:
            last = r["last_run"] or {}
            c = last.get("counts", {})
            table.add_row(
                r["id"],
                r["kind"],
                _age(last.get("finished_at")) + (" ago" if last else ""),
                last.get("status", "—"),
                str(r["live_records"]),
                f"{c.get('new', 0)}/{c.get('changed', 0)}/{c.get('gone', 0)}" if last else "—",
                _age(r["last_good_run_at"]),
            )
        console = Console()
        console.print(table)
        console.print(
            f"{totals['records']} live source records, {totals['services']} merged services"
        )
