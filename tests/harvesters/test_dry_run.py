"""``signpost harvest --source ID --dry-run [--limit N] [--json]`` on every configured source
kind of the demo (one source of each kind of ``sources/demo.toml``, so a kind added there is
covered here), against the live sample sites: a few pages, nothing written, every listing
field by field, and the page elements that matched nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from signpost.cli import app
from signpost.errors import SignpostError

REPO = Path(__file__).resolve().parents[2]


def _one_per_kind() -> list[str]:
    from index.sources import load_sources

    chosen: dict[str, str] = {}
    for s in load_sources(REPO / "sources" / "demo.toml", {"SAMPLE_SITES": "http://x"}):
        blocked = s.id == "bexley-localoffer"  # robots.txt forbids it: no kind is shown by it
        if s.enabled and not blocked and s.kind not in chosen:
            chosen[s.kind] = s.id
    return sorted(chosen.values())


def dry(sample_sites: str, tmp_path: Path, *args: str) -> tuple[int, str, Path]:
    db = tmp_path / "untouched.db"
    env = {
        "SIGNPOST_ALLOWED_PRIVATE_HOSTS": '["127.0.0.1"]',
        "SIGNPOST_SAMPLE_SITES_URL": sample_sites,
    }
    sources = str(REPO / "sources" / "demo.toml")
    result = CliRunner().invoke(
        app, ["harvest", "--dry-run", "--db", str(db), "--sources", sources, *args], env=env
    )
    if isinstance(result.exception, SignpostError):
        return result.exception.exit_code, f"error: {result.exception}", db
    return result.exit_code, result.output, db


@pytest.mark.parametrize("source_id", _one_per_kind())
def test_dry_run_of_every_source_kind(sample_sites: str, tmp_path: Path, source_id: str) -> None:
    code, out, db = dry(sample_sites, tmp_path, "--source", source_id, "--limit", "2", "--json")
    assert code == 0, out
    data = json.loads(out)
    assert data["source"] == source_id and data["status"] == "ok"
    assert len(data["listings"]) == 2  # exactly the limit: the crawl stopped there
    for item in data["listings"]:
        assert item["fields"]["name"]
        assert set(item["fields"]) >= {"name", "phones", "address", "service areas"}
        assert item["partial"] is None
    assert data["pages"] and all(p["url"].startswith(sample_sites) for p in data["pages"])
    assert data["stats"]["pages"] <= 2 * 3 + 10
    assert not db.exists()  # nothing written: no database, no runs, no page memory
    assert not (tmp_path / "untouched-harvest").exists()


def test_dry_run_text_shows_fields_and_what_matched_nothing(
    sample_sites: str, tmp_path: Path
) -> None:
    # RBKC's kb5 theme prints no record count anywhere: the page says so, the walk still works.
    code, out, _ = dry(sample_sites, tmp_path, "--source", "rbkc-directory", "--limit", "3")
    assert code == 0, out
    assert "Dry run of rbkc-directory (oo_kb5)" in out
    assert "matched nothing: record count" in out
    assert "Listings (3 of at most 3):" in out
    assert out.count("    postcode ") == 3
    assert "Nothing was written." in out


def test_dry_run_needs_exactly_one_source(sample_sites: str, tmp_path: Path) -> None:
    code, out, _ = dry(sample_sites, tmp_path)
    assert code != 0 and "exactly one --source" in out
    code, out, _ = dry(sample_sites, tmp_path, "--source", "no-such-source")
    assert code != 0 and "unknown source" in out
