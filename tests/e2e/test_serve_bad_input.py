"""``signpost serve`` refuses bad configuration with one line and a non-zero exit, before
listening on anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def serve(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from signpost.cli import main; main()", "serve", *args],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_database_path_that_is_a_directory(tmp_path: Path) -> None:
    assert "is a directory" in one_line(serve("--db", str(tmp_path), "--port", "1"))


def test_unknown_backend(tmp_path: Path) -> None:
    line = one_line(serve("--db", str(tmp_path / "x.db"), SIGNPOST_BACKEND="solr"))
    assert "SIGNPOST_BACKEND" in line


def test_elasticsearch_without_a_url(tmp_path: Path) -> None:
    env = {"SIGNPOST_BACKEND": "elasticsearch", "ELASTICSEARCH_URL": ""}
    line = one_line(serve("--db", str(tmp_path / "x.db"), **env))
    assert line.startswith("error: search backend elasticsearch cannot be used")


def test_missing_sources_file(tmp_path: Path) -> None:
    line = one_line(serve("--db", str(tmp_path / "x.db"), "--sources", str(tmp_path / "no.toml")))
    assert "does not exist" in line
