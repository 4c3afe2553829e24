"""``signpost harvest``, ``signpost runs`` and ``signpost schedule`` through the real CLI."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.store import Store
from signpost.cli import app
from signpost.errors import SignpostError
from tests.harvesters.builders import serve_sitemap_site, sitemap
from tests.harvesters.siteserver import Page, SiteServer

ENV = {"SIGNPOST_ALLOWED_PRIVATE_HOSTS": '["127.0.0.1"]'}


def write_sources(path: Path, site: SiteServer, interval_hours: float = 24) -> Path:
    path.write_text(
        "[[source]]\n"
        'id = "local-dir"\nname = "Local directory"\nkind = "sitemap"\n'
        f'base_url = "{site.url}/dir"\nborough = "Harrow"\ndelay_seconds = 0\n'
        f"interval_hours = {interval_hours}\n",
        encoding="utf-8",
    )
    return path


def run(*args: str) -> tuple[int, str]:
    """Exit code and output; a SignpostError counts as its one-line message (what ``main``
    prints as ``error: …``)."""
    result = CliRunner().invoke(app, list(args), env=ENV)
    if isinstance(result.exception, SignpostError):
        return result.exception.exit_code, f"error: {result.exception}"
    return result.exit_code, result.output


def test_harvest_quarantine_release_and_status(site: SiteServer, tmp_path: Path) -> None:
    paths = serve_sitemap_site(site, 6)
    db = str(tmp_path / "s.db")
    sources = str(write_sources(tmp_path / "sources.toml", site))
    common = ("--db", db, "--sources", sources)

    code, out = run("harvest", *common)
    assert code == 0, out
    assert "local-dir: published (run 1): new 6" in out

    site.routes["/dir/sitemap.xml"] = Page(
        sitemap([site.url + p for p in paths[:2]]), content_type="application/xml"
    )
    code, out = run("harvest", "--source", "local-dir", *common)
    assert code == 1
    assert "local-dir: quarantined (run 2)" in out and "shrunk by 67%" in out

    code, out = run("runs", "list", "--status", "quarantined", "--json", *common)
    assert code == 0
    (quarantined,) = json.loads(out)["runs"]
    assert quarantined["id"] == 2 and quarantined["summary"]["records"] == 2

    code, out = run("runs", "discard", "1", *common)
    assert code == 1 and "run 1 is not quarantined" in out
    code, out = run("runs", "release", "2", *common)
    assert code == 0 and "run 2 released" in out

    code, out = run("status", "--json", *common)
    assert code == 0
    (row,) = json.loads(out)["sources"]
    summary = row["last_run"]["summary"]
    assert row["last_run"]["status"] == "published"
    assert summary["pages"] >= 3 and summary["bytes"] > 0
    assert {"skipped", "skipped_by_reason", "fill_rates", "not_modified"} <= set(summary)

    code, out = run("harvest", "--source", "nope", *common)
    assert code == 1 and "unknown source(s): nope" in out

    code, out = run("harvest", "--due", *common)
    assert code == 0 and "no source is due" in out


@pytest.mark.slow
def test_schedule_runs_due_sources_and_stops_cleanly_on_sigterm(
    site: SiteServer, tmp_path: Path
) -> None:
    serve_sitemap_site(site, 3)
    db = tmp_path / "sched.db"
    sources = write_sources(tmp_path / "sources.toml", site, interval_hours=6)
    signpost = Path(sys.executable).with_name("signpost")
    proc = subprocess.Popen(
        [str(signpost), "schedule", "--db", str(db), "--sources", str(sources)],
        env={**os.environ, **ENV},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        published = None
        while time.monotonic() < deadline and published is None:
            time.sleep(0.5)
            if db.exists():
                with Store(db) as store:
                    published = store.last_run("local-dir", "published")
        assert published is not None, "the scheduled harvest did not run"
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, output.decode()
    with sqlite3.connect(db) as conn:
        ((job_id, next_run),) = conn.execute(
            "SELECT id, next_run_time FROM apscheduler_jobs"
        ).fetchall()
    assert job_id == "harvest:local-dir"
    assert next_run > time.time() + 5.5 * 3600  # the next run is an interval away
    with Store(db) as store:
        assert store.count_records("local-dir") == 3
        assert [r.status for r in store.list_runs("local-dir")] == ["published"]
        assert store.count_merged() == 3  # the rest of the job ran after the harvest
