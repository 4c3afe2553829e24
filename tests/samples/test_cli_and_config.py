"""The two commands (`signpost sample-sites`, `signpost samples generate`) run as real
processes, and the source lists that point at the samples and at the real directories."""

from __future__ import annotations

import filecmp
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from index.sources import SOURCE_KINDS, load_sources
from samples.boroughs import BY_NAME
from samples.dataset import DATA_DIR
from samples.publishers import PUBLISHERS, Publisher

REPO = Path(__file__).resolve().parents[2]
SIGNPOST = [sys.executable, "-c", "from signpost.cli import main; main()"]


def test_generate_reproduces_the_committed_data(tmp_path: Path, gazetteer_path: Path) -> None:
    result = subprocess.run(
        [
            *SIGNPOST,
            "samples",
            "generate",
            "--out",
            str(tmp_path),
            "--gazetteer",
            str(gazetteer_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "services" in result.stdout
    committed = sorted(p.name for p in DATA_DIR.iterdir())
    matched, mismatch, errors = filecmp.cmpfiles(DATA_DIR, tmp_path, committed, shallow=False)
    assert matched == committed, f"regenerated data differs: {mismatch or errors}"


SIGNPOST_AT_A_TERMINAL = [
    sys.executable,
    "-c",
    "import signal; signal.signal(signal.SIGINT, signal.default_int_handler);"
    " from signpost.cli import main; main()",
]
"""The command as Ctrl-C reaches it from a terminal. A test session started in the background
(``pytest &`` from a script) ignores SIGINT, and its children inherit that: Python then installs
no KeyboardInterrupt handler, and the signal this test sends would never arrive."""


def test_sample_sites_command_serves_and_stops(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [*SIGNPOST_AT_A_TERMINAL, "sample-sites", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("sample sites on http://127.0.0.1:"), first
        base = first.split()[3]
        response = httpx.get(f"{base}/careplace/Categories/3", timeout=10)
        assert response.status_code == 200 and "search-result" in response.text
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            facts = _signal_facts(process.pid)
            process.kill()
            rest = process.communicate(timeout=10)[0]
            pytest.fail(f"sample-sites did not stop 10 s after SIGINT: {facts}; output: {rest!r}")


def _signal_facts(pid: int) -> str:
    """What the kernel says of a process's signals and threads, and of this process's mask
    (a child inherits the signal mask of the thread that started it)."""
    facts = []
    for who, path in (("child", f"/proc/{pid}/status"), ("pytest", "/proc/self/status")):
        try:
            lines = Path(path).read_text(encoding="ascii").splitlines()
        except OSError as exc:
            facts.append(f"{who}: {exc}")
            continue
        keep = ("State", "Threads", "SigPnd", "ShdPnd", "SigBlk", "SigIgn", "SigCgt")
        facts.append(f"{who}: " + ", ".join(ln for ln in lines if ln.startswith(keep)))
    return "; ".join(facts)


def test_sample_sites_refuses_a_public_bind() -> None:
    result = subprocess.run(
        [*SIGNPOST, "sample-sites", "--host", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "error: sample sites bind to a loopback address only, not '0.0.0.0'"
    ]


def test_demo_sources_match_the_sample_sites(sample_sites: str) -> None:
    sources = load_sources(REPO / "sources/demo.toml", {"SAMPLE_SITES": sample_sites})
    assert [s.id for s in sources] == [p.id for p in PUBLISHERS]
    with httpx.Client(timeout=30) as client:
        for source in sources:
            assert source.kind in SOURCE_KINDS
            robots = client.get(source.params["robots_url"])
            assert robots.status_code == 200, source.id
            assert source.params["robots_url"] == f"{sample_sites}/{source.id}/robots.txt"
            entry = source.base_url
            if source.kind in ("oruk", "outpost", "connected_places"):  # an API root
                entry = entry.rstrip("/") + "/services"
            assert client.get(entry).status_code in (200, 302), source.id


def test_london_sources_are_real_https_directories() -> None:
    sources = load_sources(REPO / "sources/london.toml")
    assert len(sources) >= 8
    assert {s.kind for s in sources} >= {"oo_marketplace", "oo_kb5", "careplace", "fid", "oruk"}
    for source in sources:
        assert source.base_url.startswith("https://"), source.id
        assert "${" not in source.base_url and "127.0.0.1" not in source.base_url
        assert source.delay_seconds >= 1.0 and source.concurrency == 1
    enabled = {s.id for s in sources if s.enabled}
    assert {"hillingdon-care-and-support", "careplace", "bexley-fid"} <= enabled


@pytest.mark.parametrize("publisher", PUBLISHERS, ids=lambda p: p.id)
def test_each_publisher_covers_known_boroughs(publisher: Publisher) -> None:
    assert set(publisher.coverage) <= set(BY_NAME)
