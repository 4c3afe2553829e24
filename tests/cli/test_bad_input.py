"""Bad configuration gives one line naming the problem, a non-zero exit, and loses nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def signpost(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from signpost.cli import main; main()", *args],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


ONE_SOURCE = (
    '[[source]]\nid = "harrow-csv"\nname = "Harrow open data"\nkind = "csv"\n'
    'base_url = "http://127.0.0.1:1/x.csv"\nborough = "Harrow"\n'
)


def empty_store(path: Path) -> Path:
    """Read commands need a store to exist (they never create one)."""
    from index.store import Store

    Store(path).close()
    return path


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_corrupt_database(tmp_path: Path) -> None:
    db = tmp_path / "corrupt.db"
    junk = b"not a database at all\n" * 200
    db.write_bytes(junk)
    line = one_line_error(signpost("status", "--db", str(db)))
    assert str(db) in line and "cannot be used" in line
    assert db.read_bytes() == junk


def test_read_only_database(tmp_path: Path) -> None:
    db = empty_store(tmp_path / "ro.db")
    sources = tmp_path / "one.toml"
    sources.write_text(ONE_SOURCE)
    assert signpost("status", "--db", str(db), "--sources", str(sources)).returncode == 0
    before = db.read_bytes()
    db.chmod(0o444)
    line = one_line_error(signpost("status", "--db", str(db)))
    assert "read-only" in line
    assert db.read_bytes() == before


def test_database_path_that_is_a_directory(tmp_path: Path) -> None:
    line = one_line_error(signpost("status", "--db", str(tmp_path)))
    assert "directory" in line


def test_missing_sources_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    db = empty_store(tmp_path / "s.db")
    line = one_line_error(signpost("status", "--db", str(db), "--sources", str(missing)))
    assert str(missing) in line and "does not exist" in line


def test_broken_sources_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nid = "x"\nname = "X"\nkind = "gopher"\nbase_url = "http://x/"\n')
    db = empty_store(tmp_path / "s.db")
    line = one_line_error(signpost("status", "--db", str(db), "--sources", str(bad)))
    assert "gopher" in line


def test_unknown_backend(tmp_path: Path) -> None:
    db = empty_store(tmp_path / "s.db")
    line = one_line_error(signpost("status", "--db", str(db), env={"SIGNPOST_BACKEND": "solr"}))
    assert "SIGNPOST_BACKEND" in line


def test_status_json_on_empty_store(tmp_path: Path) -> None:
    sources = tmp_path / "one.toml"
    sources.write_text(ONE_SOURCE)
    db = empty_store(tmp_path / "s.db")
    result = signpost("status", "--db", str(db), "--sources", str(sources), "--json")
    assert result.returncode == 0, result.stderr
    assert '"harrow-csv"' in result.stdout and '"live_records": 0' in result.stdout


def test_status_table_shows_pages_bytes_skips_and_fill(tmp_path: Path) -> None:
    from index.model import Service, SourceRecord
    from index.sources import SourceConfig
    from index.store import Store

    db, sources = tmp_path / "s.db", tmp_path / "one.toml"
    sources.write_text(ONE_SOURCE)
    with Store(db) as store:
        store.sync_sources(
            [SourceConfig(id="harrow-csv", name="H", kind="csv", base_url="http://127.0.0.1:1/")]
        )
        record = SourceRecord(
            source_id="harrow-csv",
            listing_key="1",
            source_url="http://127.0.0.1:1/x.csv",
            service=Service(id="x", name="Debt advice"),
        )
        summary = {
            "pages": 7,
            "bytes": 20480,
            "skipped": 2,
            "skipped_by_reason": {"no name": 2},
            "fill_rates": {"phone": 0.5, "postcode": 0.25, "url": 0.9, "email": 1.0},
        }
        store.publish_run(store.start_run("harrow-csv"), [record], summary)
    result = signpost("status", "--db", str(db), "--sources", str(sources))
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if "harrow-csv" in line)
    for expected in ("published", " 7 ", "20 KB", "1/0/0/0", "2 (no name: 2)", "postcode 25%"):
        assert expected in row, (expected, row)
