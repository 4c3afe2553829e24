"""``make bench``: run every benchmark script in ``bench/`` with its default (modest) sizes and
print one JSON document of their figures. Each script prints JSON on stdout; larger runs (e.g.
``bench/search.py --n 1000000``) are run by hand and documented in docs/."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def _last_json(stdout: str) -> object:
    """The whole output if it is one JSON document, else its last JSON line."""
    text = stdout.strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        for line in reversed(text.splitlines()):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    raise ValueError("no JSON in output")


def main() -> int:
    figures: dict[str, object] = {}
    failed = False
    for script in sorted(BENCH.glob("*.py")):
        if script.name in {"run_all.py", "__init__.py"} or script.name.startswith("_"):
            continue
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(script)], cwd=BENCH.parent, capture_output=True, text=True
        )
        elapsed = round(time.perf_counter() - started, 1)
        if result.returncode != 0:
            failed = True
            tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
            figures[script.stem] = {"error": tail, "seconds": elapsed}
            continue
        try:
            figures[script.stem] = _last_json(result.stdout)
        except ValueError:
            figures[script.stem] = {"error": "did not print JSON", "seconds": elapsed}
            failed = True
    print(json.dumps(figures, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
