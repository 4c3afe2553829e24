"""``signpost index``, ``search`` and ``suggest`` through the real command (subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.store import Store
from tests.contract.london import INDEXED, london_services

REPO = Path(__file__).resolve().parents[2]


def signpost(db: Path, var: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SIGNPOST_DB": str(db), "SIGNPOST_VAR_DIR": str(var)}
    env.pop("SIGNPOST_BACKEND", None)
    return subprocess.run(
        [sys.executable, "-c", "from signpost.cli import main; main()", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path) -> Path:
    db = tmp_path_factory.mktemp("cli") / "signpost.db"
    with Store(db) as store:
        store.replace_merged(london_services())
    return db


def test_index_then_search_and_suggest(store_db: Path, gazetteer_path: Path) -> None:
    var = gazetteer_path.parent
    built = signpost(store_db, var, "index", "--json")
    assert built.returncode == 0, built.stderr
    report = json.loads(built.stdout)
    assert report["indexed"] == INDEXED and report["ok"] and report["backend"] == "embedded"
    assert (store_db.parent / "signpost-search.sqlite").exists()

    found = signpost(store_db, var, "search", "docter near HA1 2", "--sort", "distance")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines[0] == "Showing results for: doctor"
    assert "near HA1 2" in lines[1]
    assert "Pinner Road Surgery" in lines[2] and "km" in lines[2]
    assert any("OS Code-Point Open" in line for line in lines)

    args = ["search", "day centre", "--category", "learning-disability", "--free", "--day", "SA"]
    page = json.loads(signpost(store_db, var, *args, "--json").stdout)
    assert [h["name"] for h in page["results"]] == ["Woodlands Day Centre"]

    two = signpost(store_db, var, "search", "--need", "debt advice", "--need", "employment support")
    assert "[debt advice]" in two.stdout and "[employment support]" in two.stdout

    suggestions = json.loads(signpost(store_db, var, "suggest", "deb", "--json").stdout)
    assert suggestions[0] == {"text": "Debt advice", "kind": "category", "id": "debt-advice"}


def test_bad_input_is_one_line(store_db: Path, gazetteer_path: Path, tmp_path: Path) -> None:
    var = gazetteer_path.parent
    signpost(store_db, var, "index")
    for args, message in [
        (("search", "gp", "--postcode", "ZZ9 9ZZ"), "does not exist"),
        (("search", "gp", "--radius", "0"), "invalid radius_km"),
        (("search", "x" * 300), "invalid text"),
        (("search", "gp", "--per-page", "500"), "invalid per_page"),
    ]:
        result = signpost(store_db, var, *args)
        assert result.returncode != 0
        errors = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(errors) == 1 and message in errors[0], result.stderr

    empty = tmp_path / "empty.db"
    Store(empty).close()
    refused = signpost(empty, var, "index")
    assert refused.returncode != 0 and "no merged services" in refused.stderr
    missing = signpost(tmp_path / "typo" / "other.db", var, "search", "debt")
    assert missing.returncode != 0 and "no Signpost store at" in missing.stderr
    assert not (tmp_path / "typo").exists()
    Store(tmp_path / "other.db").close()
    not_built = signpost(tmp_path / "other.db", var, "search", "debt")
    assert not_built.returncode != 0 and "signpost index" in not_built.stderr
