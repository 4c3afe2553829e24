"""The commands docs/operator-console.md shows work as shown (with real ids put in for the
example ones), and the rules it states match the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from index.erasure import list_erasures
from index.review import UNCERTAIN_ABOVE, UNCERTAIN_BELOW
from index.store import Store
from search_api.console.auth import SESSION_SECONDS
from tests.console.directory import ConsoleDirectory

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "operator-console.md").read_text(encoding="utf-8")
SIGNPOST = Path(sys.executable).with_name("signpost")


def test_the_erase_commands_shown_run(directory: ConsoleDirectory) -> None:
    shown = re.findall(r"^\.venv/bin/(signpost (?:erase|erasures)[^\n#]*?)\s*(?:#.*)?$", DOC, re.M)
    assert [c.split()[1] for c in shown] == ["erase", "erase", "erasures"]
    real = {"s-": directory.merged_id("h-childminder"), "r-": directory.record_id("h-foodbank")}
    db = directory.store.path
    directory.store.close()
    for command in shown:
        args = [
            real[a[:2]] if re.fullmatch(r"[sr]-[0-9a-f]{20}", a) else a for a in command.split()[1:]
        ]
        args = [a.strip('"') for a in _join_quoted(args)]
        result = subprocess.run(
            [str(SIGNPOST), *args, "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"{command}: {result.stderr}"
    with Store(db) as store:
        log = list_erasures(store)
    assert [(e["kind"], e["reason"]) for e in log] == [
        ("listing", "SAR 2026-115"),
        ("personal-data", "SAR 2026-114"),
    ]
    assert result.stdout.count("SAR 2026-11") == 2


def _join_quoted(args: list[str]) -> list[str]:
    """``--reason "SAR 2026-114"`` split on spaces → one argument again."""
    out: list[str] = []
    for arg in args:
        if out and out[-1].startswith('"') and not out[-1].endswith('"'):
            out[-1] += " " + arg
        else:
            out.append(arg)
    return out


def test_the_stated_rules_match_the_code() -> None:
    assert f"from **{UNCERTAIN_BELOW:g} bits below to {UNCERTAIN_ABOVE:g} bits above**" in DOC
    assert f"valid for {SESSION_SECONDS // 3600} hours" in DOC
