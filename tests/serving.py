"""Real processes for end-to-end and browser tests: ``signpost serve`` on a free 127.0.0.1
port, and Debian's headless Chromium (no browser is ever downloaded)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def signpost_serve(
    db: Path, gazetteer_path: Path, log_path: Path, *args: str, **env_overrides: str
) -> Iterator[str]:
    """Yields the base URL once ``/api/health`` answers 200; stops the server afterwards."""
    port = free_port()
    env = {
        **os.environ,
        "SIGNPOST_VAR_DIR": str(gazetteer_path.parent),
        "SIGNPOST_RATE_LIMIT_PER_MINUTE": "0",
        **env_overrides,
    }
    env.pop("SIGNPOST_DB", None)
    cmd = [sys.executable, "-c", "from signpost.cli import main; main()", "serve",
           "--db", str(db), "--host", "127.0.0.1", "--port", str(port), *args]  # fmt: skip
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"signpost serve exited:\n{log_path.read_text()}")
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"signpost serve not healthy:\n{log_path.read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def chromium() -> Iterator[Any]:
    """A Playwright Chromium browser; skips the test when Debian's chromium is missing."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
