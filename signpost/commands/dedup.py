"""Dedup commands: ``dedup``, ``link``, ``unlink``, ``overrides``, ``explain-match``,
``dedup-file``."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from index.dedup import deduplicate, explain_match
from index.dedup.jsonl import iter_lines, read_jsonl
from index.store import Store
from signpost.config import Settings
from signpost.context import DbOption, JsonOption, SourcesOption, make_settings, open_store
from signpost.dedup_step import locator_for, run_dedup
from signpost.errors import SignpostError

RecordArg = Annotated[str, typer.Argument(help="A source record id (r-…)")]
NoApply = Annotated[
    bool, typer.Option("--no-apply", help="Only store the override; dedup applies it next run")
]


def _require_record(store: Store, record_id: str) -> None:
    if store.get_record(record_id) is None:
        raise SignpostError(f"no source record {record_id!r} in {store.path}")


def _override(store: Store, settings: Settings, a: str, b: str, kind: str, apply: bool) -> None:
    if a == b:
        raise SignpostError("an override needs two different records")
    _require_record(store, a)
    _require_record(store, b)
    store.add_override(a, b, kind)
    typer.echo(f"{kind} {a} {b}: stored")
    if not apply:
        return
    report = run_dedup(store, settings.gazetteer_path)
    ma, mb = store.merged_id_for_record(a), store.merged_id_for_record(b)
    together = "the same merged service" if ma and ma == mb else "different merged services"
    typer.echo(
        f"dedup: {report.records} records → {report.merged} services; {a} → {ma or '(not live)'},"
        f" {b} → {mb or '(not live)'}: {together}"
    )
    # The curator expects search to reflect the decision now, not at the next scheduled run.
    from signpost.pipeline import rebuild_index  # lazily: it pulls in the crawler stack

    indexed = rebuild_index(settings, store)
    typer.echo(f"search index rebuilt: {indexed} services")


def register(app: typer.Typer) -> None:
    @app.command("dedup")
    def dedup_command(
        db: DbOption = None, sources: SourcesOption = None, json_out: JsonOption = False
    ) -> None:
        """Deduplicate the live source records into merged services (with provenance)."""
        settings = make_settings(db, sources)
        with open_store(settings) as store:
            report = run_dedup(store, settings.gazetteer_path)
        if json_out:
            typer.echo(json.dumps(report.as_dict(), indent=2, default=str))
            return
        stats = report.stats
        typer.echo(
            f"dedup: {report.records} records → {report.merged} services"
            f" ({report.multi_source} from several listings, {report.new_ids} new ids);"
            f" {stats.candidate_pairs} candidate pairs, {stats.matched_pairs} matches"
        )
        for conflict in stats.clustering.override_conflicts:
            typer.echo(f"warning: {conflict}", err=True)

    @app.command("link")
    def link(
        a: RecordArg,
        b: RecordArg,
        no_apply: NoApply = False,
        db: DbOption = None,
        sources: SourcesOption = None,
    ) -> None:
        """Curator must-link: records A and B are the same service (kept across re-harvests)."""
        settings = make_settings(db, sources)
        with open_store(settings) as store:
            _override(store, settings, a, b, "must-link", not no_apply)

    @app.command("unlink")
    def unlink(
        a: RecordArg,
        b: RecordArg,
        no_apply: NoApply = False,
        db: DbOption = None,
        sources: SourcesOption = None,
    ) -> None:
        """Curator cannot-link: records A and B are different services, whatever they share."""
        settings = make_settings(db, sources)
        with open_store(settings) as store:
            _override(store, settings, a, b, "cannot-link", not no_apply)

    @app.command("overrides")
    def overrides(
        db: DbOption = None, sources: SourcesOption = None, json_out: JsonOption = False
    ) -> None:
        """List the curator overrides (must-link / cannot-link)."""
        with open_store(make_settings(db, sources)) as store:
            rows = store.list_overrides()
        if json_out:
            typer.echo(json.dumps(rows, indent=2))
            return
        for row in rows:
            typer.echo(f"{row['kind']:<12} {row['a']} {row['b']}  ({row['created_at']})")
        if not rows:
            typer.echo("no overrides")

    @app.command("explain-match")
    def explain(
        a: RecordArg,
        b: RecordArg,
        db: DbOption = None,
        sources: SourcesOption = None,
        json_out: JsonOption = False,
    ) -> None:
        """Each comparator's level and score for records A and B, and the decision."""
        settings = make_settings(db, sources)
        with open_store(settings) as store:
            records = list(store.iter_records())
            for rid in (a, b):
                record = store.get_record(rid)
                if record is None:
                    raise SignpostError(f"no source record {rid!r} in {store.path}")
                records.append(record)
            overrides = store.list_overrides()
            merged = (store.merged_id_for_record(a), store.merged_id_for_record(b))
        locate = locator_for(settings.gazetteer_path)
        result = explain_match(records, a, b, overrides, locate=locate)
        if json_out:
            typer.echo(
                json.dumps(
                    {
                        "a": a,
                        "b": b,
                        "fields": [asdict(f) for f in result.score.fields],
                        "total": result.score.total,
                        "name_gate": result.score.name_gate,
                        "same_source": result.score.same_source,
                        "match": result.score.match,
                        "override": result.override,
                        "decision": result.decision,
                        "merged_ids": list(merged),
                    },
                    indent=2,
                )
            )
            return
        typer.echo(f"A {a} [{result.a.source}] {result.a.name}")
        typer.echo(f"B {b} [{result.b.source}] {result.b.name}")
        for f in result.score.fields:
            typer.echo(f"  {f.comparator:<13}{f.level:<18}{f.weight:+6.1f}  {f.detail}")
        typer.echo(f"  {'total':<31}{result.score.total:+6.1f}")
        typer.echo(f"decision: {result.decision}")
        if merged[0] or merged[1]:
            typer.echo(f"currently: A in {merged[0]}, B in {merged[1]}")

    @app.command("dedup-file")
    def dedup_file(
        path: Annotated[Path, typer.Argument(help="Input: one JSON object per line")],
        out: Annotated[Path, typer.Option("--out", help="Output JSONL: {id, cluster} per line")],
    ) -> None:
        """Deduplicate outside data with the pipeline's code: JSONL in, cluster per id out."""
        if not path.is_file():
            raise SignpostError(f"input {path} is not a readable file")
        items, problems = read_jsonl(iter_lines(path))
        for problem in problems:
            typer.echo(str(problem), err=True)
        # The pipeline's code path, gazetteer included (it places UK postcodes only).
        locate = locator_for(make_settings().gazetteer_path)
        result = deduplicate([item.record for item in items], locate=locate)
        try:
            with out.open("w", encoding="utf-8") as handle:
                for item in items:
                    cluster = result.membership[item.record.id]
                    handle.write(json.dumps({"id": item.input_id, "cluster": cluster}) + "\n")
        except OSError as exc:
            raise SignpostError(f"cannot write {out}: {exc.strerror or exc}") from exc
        typer.echo(
            f"dedup-file: {len(items)} records → {len(result.merged)} clusters"
            f" ({len(problems)} lines skipped) → {out}",
            err=True,
        )
