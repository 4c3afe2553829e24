"""The dedup commands through the real ``signpost`` CLI, against a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.sources import SourceConfig
from index.store import Store
from signpost.dedup_step import run_dedup
from tests.dedup.records import listing

REPO = Path(__file__).resolve().parents[2]


def signpost(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from signpost.cli import main; main()", *args],
        cwd=REPO,
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=120,
    )


CARERS = {"postcode": "HA1 1AA", "phones": ("020 8000 0001",)}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "signpost.db"
    store = Store(path, tombstone_after=1)
    store.sync_sources(
        [
            SourceConfig(id=s, name=s, kind="csv", base_url="https://x.example/", priority=p)
            for s, p in (("careplace", 60), ("oruk", 50))
        ]
    )
    store.publish_run(
        store.start_run("careplace"),
        [
            listing("careplace", "1", "Harrow Carers", **CARERS),
            listing("careplace", "2", "Knit and Natter", postcode="HA3 0AA"),
        ],
    )
    store.publish_run(
        store.start_run("oruk"),
        [
            listing("oruk", "a", "Harrow Carers Ltd", **CARERS),
            listing("oruk", "b", "Brent Mind", postcode="HA9 0AA"),
        ],
    )
    store.close()
    return path


def ids(db: Path) -> dict[str, str]:
    with Store(db) as store:
        return {f"{r.source_id}/{r.listing_key}": r.id for r in store.iter_records()}


def test_dedup_writes_merged_services_with_provenance(db: Path) -> None:
    result = signpost("dedup", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["records"] == 4 and report["merged"] == 3 and report["multi_source"] == 1
    rid = ids(db)
    with Store(db) as store:
        merged_id = store.merged_id_for_record(rid["careplace/1"])
        assert merged_id == store.merged_id_for_record(rid["oruk/a"])
        merged = store.get_merged(merged_id)
    assert merged is not None and merged.service.name in {"Harrow Carers", "Harrow Carers Ltd"}
    assert merged.provenance["phones"] and merged.provenance["name"]


def test_tombstoned_records_are_not_deduplicated(db: Path) -> None:
    rid = ids(db)
    with Store(db, tombstone_after=1) as store:
        # Run 2 of oruk no longer lists "Harrow Carers Ltd": tombstoned after one miss.
        store.publish_run(
            store.start_run("oruk"), [listing("oruk", "b", "Brent Mind", postcode="HA9 0AA")]
        )
        report = run_dedup(store)
        assert report.records == 3
        assert store.merged_id_for_record(rid["oruk/a"]) is None
        assert store.merged_id_for_record(rid["careplace/1"]) is not None


def test_link_and_unlink_are_stored_obeyed_and_survive_reharvest(db: Path) -> None:
    rid = ids(db)
    assert signpost("dedup", "--db", str(db)).returncode == 0
    unlink = signpost("unlink", rid["careplace/1"], rid["oruk/a"], "--db", str(db))
    assert unlink.returncode == 0, unlink.stderr
    assert "different merged services" in unlink.stdout
    link = signpost("link", rid["careplace/2"], rid["oruk/b"], "--db", str(db))
    assert link.returncode == 0, link.stderr
    assert "the same merged service" in link.stdout

    with Store(db, tombstone_after=1) as store:
        # A re-harvest that changes both listings keeps the curators' decisions.
        store.publish_run(
            store.start_run("careplace"),
            [
                listing("careplace", "1", "Harrow Carers Centre", **CARERS),
                listing("careplace", "2", "Knit & Natter", postcode="HA3 0AA"),
            ],
        )
        run_dedup(store)
        assert store.merged_id_for_record(rid["careplace/1"]) != store.merged_id_for_record(
            rid["oruk/a"]
        )
        assert store.merged_id_for_record(rid["careplace/2"]) == store.merged_id_for_record(
            rid["oruk/b"]
        )
    listed = signpost("overrides", "--db", str(db), "--json")
    assert sorted(o["kind"] for o in json.loads(listed.stdout)) == ["cannot-link", "must-link"]


def test_link_names_a_missing_record_in_one_line(db: Path) -> None:
    rid = ids(db)
    result = signpost("link", rid["careplace/1"], "r-nosuchrecord", "--db", str(db))
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "r-nosuchrecord" in lines[0]


def test_explain_match_prints_each_comparator_and_the_decision(db: Path) -> None:
    rid = ids(db)
    result = signpost("explain-match", rid["careplace/1"], rid["oruk/a"], "--db", str(db))
    assert result.returncode == 0, result.stderr
    for comparator in ("name", "location", "phone", "email", "domain", "organisation"):
        assert comparator in result.stdout
    assert "decision: same service" in result.stdout

    as_json = signpost(
        "explain-match", rid["careplace/1"], rid["oruk/b"], "--db", str(db), "--json"
    )
    data = json.loads(as_json.stdout)
    assert data["match"] is False and data["fields"][0]["comparator"] == "name"


def test_dedup_file_reports_bad_lines_and_clusters_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        {"id": "1", "source": "a", "name": "Harrow Carers", "phone": "020 8000 0001"},
        "this is not json",
        {"id": "2", "source": "b", "name": "Harrow Carers Ltd", "phone": "+44 20 8000 0001"},
        {"name": "no id here"},
        {"id": "3", "source": "b", "name": "Chess Club", "postcode": "HA3 0AA"},
        {"id": "1", "source": "a", "name": "repeated id"},
        ["not", "an", "object"],
    ]
    source.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = signpost("dedup-file", str(source), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "line 2: not JSON" in result.stderr
    assert "line 4: no id" in result.stderr
    assert "line 6: id '1' repeats line 1" in result.stderr
    assert "line 7: not a JSON object" in result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    cluster = {r["id"]: r["cluster"] for r in rows}
    assert cluster["1"] == cluster["2"] != cluster["3"]


def test_dedup_file_missing_input_is_one_line(tmp_path: Path) -> None:
    result = signpost("dedup-file", str(tmp_path / "absent.jsonl"), "--out", str(tmp_path / "o"))
    assert result.returncode != 0
    assert "absent.jsonl" in result.stderr.strip().splitlines()[-1]
