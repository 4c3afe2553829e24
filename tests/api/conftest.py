"""The API under test: the real app over a store built like the pipeline builds it, searched by
the real embedded backend."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from index.backends import make_backend
from index.backends.protocol import SearchBackend
from index.geo import Gazetteer
from search_api.main import create_app
from signpost.config import Settings
from tests.api.london import Directory, build_directory

ADMIN_TOKEN = "test-operator-token-5f1c"


def api_settings(db: Path, gazetteer_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "db": db,
        "var_dir": gazetteer_path.parent,
        "admin_token": ADMIN_TOKEN,
        "rate_limit_per_minute": 0,
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]


def indexed_backend(
    settings: Settings, directory: Directory, gazetteer: Gazetteer
) -> SearchBackend:
    backend = make_backend(settings, gazetteer=gazetteer)
    backend.rebuild(directory.merged)
    return backend


@pytest.fixture(scope="session")
def directory(tmp_path_factory: pytest.TempPathFactory, gazetteer: Gazetteer) -> Directory:
    return build_directory(tmp_path_factory.mktemp("api") / "signpost.db", gazetteer)


@pytest.fixture(scope="session")
def settings(directory: Directory, gazetteer_path: Path) -> Settings:
    return api_settings(directory.store.path, gazetteer_path)


@pytest.fixture(scope="session")
def backend(settings: Settings, directory: Directory, gazetteer: Gazetteer) -> SearchBackend:
    return indexed_backend(settings, directory, gazetteer)


@pytest.fixture(scope="session")
def app(settings: Settings, backend: SearchBackend, directory: Directory) -> FastAPI:
    """Read-only tests share this app; tests that change data build their own."""
    return create_app(settings, backend=backend, store=directory.store)


@pytest.fixture()
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture()
def fresh(tmp_path: Path, gazetteer: Gazetteer, gazetteer_path: Path) -> Directory:
    """A directory of its own, for tests that release runs or add overrides."""
    return build_directory(tmp_path / "signpost.db", gazetteer)


def make_client(
    directory: Directory,
    gazetteer: Gazetteer,
    gazetteer_path: Path,
    *,
    harvest_trigger: Callable[[str], Any] | None = None,
    refresh_trigger: Callable[[], Any] | None = None,
    **settings_overrides: object,
) -> TestClient:
    """A client over an app of its own (own settings, own index of ``directory``)."""
    settings = api_settings(directory.store.path, gazetteer_path, **settings_overrides)
    backend = indexed_backend(settings, directory, gazetteer)
    app = create_app(
        settings,
        backend=backend,
        store=directory.store,
        harvest_trigger=harvest_trigger,
        refresh_trigger=refresh_trigger,
    )
    return TestClient(app)
