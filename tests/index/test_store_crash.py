"""Kill a writer with SIGKILL mid-run, many times: the store must always be intact and hold
exactly the state before or after a run — never part of one.

``SIGNPOST_CRASH_KILLS`` sets the loop count (default 12 for CI; the full acceptance run is
``SIGNPOST_CRASH_KILLS=50 .venv/bin/pytest tests/index/test_store_crash.py``).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from index.store import Store

from .crash_writer import LISTINGS

KILLS = int(os.environ.get("SIGNPOST_CRASH_KILLS", "12"))
REPO = Path(__file__).resolve().parents[2]


def check_consistent(db: Path) -> int:
    store = Store(db)
    try:
        assert store.integrity_check() == "ok"
        last = store.last_good_run("crash")
        if last is None:
            assert store.count_records("crash") == 0
            return 0
        generation = last.summary["generation"]
        rows = store.conn.execute(
            "SELECT service_json FROM source_records WHERE source_id='crash' AND status='live'"
        ).fetchall()
        assert len(rows) == LISTINGS
        assert all(f'"generation {generation}"' in r[0] for r in rows), "a run was half-applied"
        assert not store.list_runs("crash", status="running")  # interrupted ones are abandoned
        return int(generation)
    finally:
        store.close()


def test_sigkill_mid_run_never_leaves_a_partial_run(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    rng = random.Random(20261125)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    seen_generation = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.index.crash_writer", str(db)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        proc.stdout.readline()  # at least one run is through, so kills land mid-write
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        generation = check_consistent(db)
        assert generation >= seen_generation, "a published run was lost"
        seen_generation = generation
    assert seen_generation >= KILLS
