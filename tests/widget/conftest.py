"""Browser-test fixtures: a real store, indexed by the real embedded backend, served by the
real API process (``signpost serve``) on 127.0.0.1, and Debian's headless Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from index.backends import make_backend
from index.geo import Gazetteer
from signpost.config import Settings
from tests.widget.directory import build_directory

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
SIGNPOST = Path(sys.executable).with_name("signpost")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(gazetteer_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SIGNPOST_VAR_DIR=str(gazetteer_path.parent),
        SIGNPOST_BACKEND="embedded",
        # Typing sends a request per pause and the tests type a lot, quickly.
        SIGNPOST_RATE_LIMIT_PER_MINUTE="0",
    )
    env.pop("SIGNPOST_DB", None)
    return env


@pytest.fixture(scope="session")
def api_url(
    tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path, gazetteer: Gazetteer
) -> Iterator[str]:
    """Base URL of a real ``signpost serve`` over the fixture directory."""
    tmp = tmp_path_factory.mktemp("widget-api")
    db = tmp / "signpost.db"
    merged = build_directory(db, gazetteer)
    env = _env(gazetteer_path)
    # The real embedded backend writes its index beside the store, where `signpost serve`
    # (same settings) opens it.
    settings = Settings(db=db, var_dir=gazetteer_path.parent, backend="embedded")
    make_backend(settings, gazetteer=gazetteer).rebuild(merged)

    port = _free_port()
    log_path = tmp / "serve.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [str(SIGNPOST), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"signpost serve exited ({proc.returncode}):\n{log_path.read_text()}")
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"signpost serve did not become healthy:\n{log_path.read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser, api_url: str) -> Iterator[object]:
    ctx = browser.new_context(
        base_url=api_url, viewport={"width": 1100, "height": 900}, locale="en-GB"
    )
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context) -> Iterator[object]:
    """A page that fails the test on any uncaught script error in it."""
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    assert not errors, f"uncaught errors in the page: {errors}"
