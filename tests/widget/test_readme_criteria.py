"""widget/README.md promises that each accessibility criterion is covered by a named browser
test: every name it gives must be a real test in tests/widget, and every criterion names one."""

from __future__ import annotations

import ast
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = HERE.parents[1] / "widget" / "README.md"


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }


def _criteria() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Accessibility criteria", 1)[1].split("\n## ", 1)[0]
    return re.split(r"\n(?=\d+\. )", section.split("\n1. ", 1)[1])


def test_every_criterion_names_a_test() -> None:
    criteria = _criteria()
    assert len(criteria) >= 10
    for criterion in criteria:
        assert re.search(r"test_\w+\.py::test_\w+", criterion), criterion[:80]


def test_every_named_test_exists() -> None:
    named = re.findall(r"(test_\w+\.py)::(test_\w+)", README.read_text(encoding="utf-8"))
    assert named
    missing = [f"{f}::{t}" for f, t in named if t not in _tests_in(HERE / f)]
    assert missing == []
