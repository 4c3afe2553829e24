"""A mistyped ``--db`` never creates anything: every command that only reads says there is no
store, in one line, exits non-zero and leaves the filesystem as it was. Commands that write
(harvest, run, schedule, serve, demo) may create the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.store import Store, StoreMissing
from signpost.cli import main
from tests.cli.test_bad_input import ONE_SOURCE, signpost

READ_COMMANDS = [
    ["status"],
    ["status", "--json"],
    ["search", "food bank"],
    ["search", "food bank", "--postcode", "NW10", "--json"],
    ["suggest", "foo"],
    ["index"],
    ["dedup"],
    ["runs", "list"],
    ["runs", "release", "1"],
    ["runs", "discard", "1"],
    ["overrides"],
    ["link", "a", "b"],
    ["unlink", "a", "b"],
    ["explain-match", "a", "b"],
    ["erasures"],
    ["erase", "s-1", "--reason", "test"],
]


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def run_in_process(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str]:
    """``signpost ARGS`` through the console-script entry point, in this process (a fresh
    interpreter per command would cost two seconds each): (exit code, stderr)."""
    monkeypatch.setattr("sys.argv", ["signpost", *args])
    monkeypatch.delenv("SIGNPOST_DB", raising=False)
    with pytest.raises(SystemExit) as exited:
        main()
    return int(exited.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c))
def test_read_commands_on_a_missing_store_create_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    sources = tmp_path / "one.toml"
    sources.write_text(ONE_SOURCE)
    typo = tmp_path / "typo" / "deeper" / "x.db"
    before = tree(tmp_path)
    code, err = run_in_process(
        capsys, monkeypatch, *command, "--db", str(typo), "--sources", str(sources)
    )
    assert code != 0
    assert err.strip().splitlines() == [
        f"error: no Signpost store at {typo}; run `signpost run` or pass --db"
    ]
    assert tree(tmp_path) == before
    assert not (tmp_path / "typo").exists()


def test_every_read_command_is_covered() -> None:
    """A new command that reads the store joins the list above (writers create it on
    purpose; the rest never open it)."""
    from typer.main import get_command

    from signpost.cli import app

    writers = {"harvest", "run", "demo", "serve", "schedule"}
    storeless = {"sample-sites", "samples generate", "gazetteer build", "gazetteer lookup",
                 "dedup-file", "es up", "es down", "es status", "es rollback"}  # fmt: skip
    group = get_command(app)
    names: set[str] = set()
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(cmd, "commands", None)
        names.update(f"{name} {s}" for s in sub) if sub else names.add(name)
    covered = {" ".join(c[:2]) if c[0] == "runs" else c[0] for c in READ_COMMANDS}
    assert names - writers - storeless - covered == set()


def test_write_commands_may_create_the_store(tmp_path: Path) -> None:
    empty = tmp_path / "none.toml"
    empty.write_text("")
    db = tmp_path / "new" / "signpost.db"
    result = signpost("run", "--skip-harvest", "--db", str(db), "--sources", str(empty))
    assert result.returncode == 0, result.stderr
    assert db.exists()
    status = signpost("status", "--db", str(db), "--sources", str(empty), "--json")
    assert status.returncode == 0, status.stderr


def test_store_opened_for_reading_only_never_creates(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b.db"
    with pytest.raises(StoreMissing, match="no Signpost store"):
        Store(path, create=False)
    assert not (tmp_path / "a").exists()
    Store(path).close()  # writers create it
    with Store(path, create=False) as store:
        assert store.count_records() == 0
