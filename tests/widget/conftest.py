"""Browser-test fixtures: a real store, indexed by the real embedded backend (and, for the
end-to-end search tests, by Elasticsearch on the real cluster too), served by the real API
process (``signpost serve``) on 127.0.0.1, and Debian's headless Chromium."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
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
    """Base URL of a real ``signpost serve`` over the fixture directory (embedded index)."""
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


@pytest.fixture(scope="session")
def elastic_api_url(
    tmp_path_factory: pytest.TempPathFactory,
    gazetteer_path: Path,
    gazetteer: Gazetteer,
    elasticsearch_url: str,
) -> Iterator[str]:
    """The same directory served from Elasticsearch on the real cluster."""
    tmp = tmp_path_factory.mktemp("widget-api-es")
    db = tmp / "signpost.db"
    merged = build_directory(db, gazetteer)
    index = f"signpost-widget-{uuid.uuid4().hex[:8]}"
    env = {"SIGNPOST_BACKEND": "elasticsearch", "ELASTICSEARCH_URL": elasticsearch_url,
           "SIGNPOST_ELASTICSEARCH_INDEX": index, "SIGNPOST_ELASTICSEARCH_SHARDS": "3"}  # fmt: skip
    settings = Settings(db=db, var_dir=gazetteer_path.parent, backend="elasticsearch",
                        elasticsearch_url=elasticsearch_url, elasticsearch_index=index,
                        elasticsearch_shards=3)  # fmt: skip
    backend = make_backend(settings, gazetteer=gazetteer)
    backend.rebuild(merged)
    try:
        with signpost_serve(db, gazetteer_path, tmp / "serve.log", **env) as base:
            health = httpx.get(f"{base}/api/health", timeout=10).json()["backend"]
            assert health["backend"] == "elasticsearch" and health["documents"] == len(merged)
            yield base
    finally:
        backend.drop()  # type: ignore[attr-defined]


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
