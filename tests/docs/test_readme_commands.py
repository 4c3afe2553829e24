"""The commands README.md's quick start shows must work as shown."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_shows_the_two_commands_first() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands[:2] == ["make demo", "make test"]


def test_makefile_has_the_targets_readme_promises() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test", "lint", "bench"):
        assert re.search(rf"^{target}:", makefile, re.M), target
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_signpost_commands_shown_in_readme_run(tmp_path: Path) -> None:
    shown = re.findall(r"^\.venv/bin/(signpost [^\n#]*?)\s*(?:#.*)?$", README, re.M)
    assert "signpost --help" in shown and "signpost status" in shown
    sources = REPO / "sources" / "demo.toml"
    # The commands run against a store, as after `make demo` (read commands never create one).
    from index.store import Store

    Store(tmp_path / "readme.db").close()
    for command in shown:
        args = command.split()[1:]
        if args and args[0] != "--help":
            args += ["--db", str(tmp_path / "readme.db")]
            if sources.exists():
                args += ["--sources", str(sources)]
        result = subprocess.run(
            [str(REPO / ".venv" / "bin" / "signpost"), *args],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, f"{command}: {result.stderr}"
