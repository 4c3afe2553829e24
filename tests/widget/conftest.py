"""Browser-test fixtures: a real store, indexed by the real embedded backend, served by the
real API process (``signpost serve``) on 127.0.0.1, and Debian's headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.backends import make_backend
from index.geo import Gazetteer
from signpost.config import Settings
from tests.serving import signpost_serve
from tests.widget.directory import build_directory


@pytest.fixture(scope="session")
def api_url(
    tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path, gazetteer: Gazetteer
) -> Iterator[str]:
    """Base URL of a real ``signpost serve`` over the fixture directory."""
    tmp = tmp_path_factory.mktemp("widget-api")
    db = tmp / "signpost.db"
    merged = build_directory(db, gazetteer)
    # The real embedded backend writes its index beside the store, where `signpost serve`
    # (same settings) opens it.
    settings = Settings(db=db, var_dir=gazetteer_path.parent, backend="embedded")
    make_backend(settings, gazetteer=gazetteer).rebuild(merged)
    # Typing sends a request per pause and the tests type a lot, quickly: signpost_serve turns
    # the rate limit off.
    with signpost_serve(db, gazetteer_path, tmp / "serve.log", SIGNPOST_BACKEND="embedded") as base:
        yield base


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
