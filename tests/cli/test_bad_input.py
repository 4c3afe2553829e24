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
    db = tmp_path / "ro.db"
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
    line = one_line_error(
        signpost("status", "--db", str(tmp_path / "s.db"), "--sources", str(missing))
    )
    assert str(missing) in line and "does not exist" in line


def test_broken_sources_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nid = "x"\nname = "X"\nkind = "gopher"\nbase_url = "http://x/"\n')
    line = one_line_error(signpost("status", "--db", str(tmp_path / "s.db"), "--sources", str(bad)))
    assert "gopher" in line


def test_unknown_backend(tmp_path: Path) -> None:
    line = one_line_error(
        signpost("status", "--db", str(tmp_path / "s.db"), env={"SIGNPOST_BACKEND": "solr"})
    )
    assert "SIGNPOST_BACKEND" in line


def test_status_json_on_empty_store(tmp_path: Path) -> None:
    sources = tmp_path / "one.toml"
    sources.write_text(ONE_SOURCE)
    result = signpost("status", "--db", str(tmp_path / "s.db"), "--sources", str(sources), "--json")
    assert result.returncode == 0, result.stderr
    assert '"harrow-csv"' in result.stdout and '"live_records": 0' in result.stdout
