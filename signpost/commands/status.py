"""``signpost status``: per source, the last run, its outcome, counts and freshness."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import typer
from rich.table import Table

from index.model import utcnow
from signpost.context import (
    DbOption,
    JsonOption,
    SourcesOption,
    make_settings,
    open_store,
    read_sources,
    report_console,
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


def _run_columns(last: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """pages, bytes, new/changed/unchanged/gone, skipped (with reasons), lowest fill rates."""
    if not last:
        return ("—",) * 5
    c, summary = last.get("counts", {}), last.get("summary", {})
    skipped = summary.get("skipped", 0)
    reasons = summary.get("skipped_by_reason") or {}
    skipped_text = str(skipped) + (
        " (" + ", ".join(f"{k}: {v}" for k, v in sorted(reasons.items())) + ")" if reasons else ""
    )
    fills = sorted((summary.get("fill_rates") or {}).items(), key=lambda kv: kv[1])[:3]
    fill_text = ", ".join(f"{name} {rate:.0%}" for name, rate in fills) or "—"
    size = summary.get("bytes")
    return (
        str(summary.get("pages", "—")),
        f"{size / 1024:,.0f} KB" if isinstance(size, int | float) else "—",
        "/".join(str(c.get(k, 0)) for k in ("new", "changed", "unchanged", "gone")),
        skipped_text,
        fill_text,
    )


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
        for col in (
            "source", "kind", "last run", "outcome", "live", "pages", "bytes",
            "new/chg/same/gone", "skipped", "lowest fill", "fresh",
        ):  # fmt: skip
            table.add_column(col)
        for r in rows:
            last = r["last_run"] or {}
            table.add_row(
                r["id"],
                r["kind"],
                _age(last.get("finished_at")) + (" ago" if last else ""),
                last.get("status", "—") + (f": {last['error']}" if last.get("error") else ""),
                str(r["live_records"]),
                *_run_columns(last),
                _age(r["last_good_run_at"]),
            )
        console = report_console(160)
        console.print(table)
        console.print(
            f"{totals['records']} live source records, {totals['services']} merged services"
        )
