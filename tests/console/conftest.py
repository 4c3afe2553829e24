"""Fixtures for the operator console tests: a small directory in a store of its own, and the real
API app (with its search index) served through a TestClient on ``https://`` — the session
cookie is ``Secure``, so a client on plain http would rightly never send it back."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index.backends import make_backend, search_index_path
from index.backends.protocol import SearchBackend
from index.geo import Gazetteer
from index.store import Store
from search_api.main import create_app
from signpost.config import Settings
from tests.console.directory import ConsoleDirectory, build_directory

TOKEN = "console-test-token-0a9d"
CURATOR = "Ann Curator"
BASE = "https://testserver"


@pytest.fixture(scope="session")
def template(
    tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path, gazetteer: Gazetteer
) -> ConsoleDirectory:
    """The directory and its search index, built once; each test gets a copy of the files
    (building takes seconds of fsyncs, copying milliseconds)."""
    db = tmp_path_factory.mktemp("console-template") / "signpost.db"
    built = build_directory(db)
    backend = make_backend(console_settings(db, gazetteer_path), gazetteer=gazetteer)
    backend.rebuild(built.store.iter_merged())
    getattr(backend, "close", lambda: None)()
    built.store.close()  # the last connection to close checkpoints the log into the file
    return built


@pytest.fixture
def directory(template: ConsoleDirectory, tmp_path: Path) -> Iterator[ConsoleDirectory]:
    db = tmp_path / "signpost.db"
    source = template.store.path
    for base in (source.name, search_index_path(source).name):
        for name in (base, base + "-wal"):
            if (source.parent / name).exists():
                shutil.copyfile(source.parent / name, tmp_path / name)
    d = ConsoleDirectory(Store(db), dict(template.records), template.quarantined_run)
    yield d
    d.store.close()


def console_settings(db: Path, gazetteer_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "db": db,
        "var_dir": gazetteer_path.parent,
        "admin_token": TOKEN,
        "rate_limit_per_minute": 0,
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def backend(
    directory: ConsoleDirectory, gazetteer_path: Path, gazetteer: Gazetteer
) -> SearchBackend:
    """The search index of this test's copy of the directory (copied with it)."""
    return make_backend(console_settings(directory.store.path, gazetteer_path), gazetteer=gazetteer)


@pytest.fixture
def client(
    directory: ConsoleDirectory, backend: SearchBackend, gazetteer_path: Path
) -> Iterator[TestClient]:
    app = create_app(
        console_settings(directory.store.path, gazetteer_path),
        backend=backend,
        store=directory.store,
    )
    with TestClient(app, base_url=BASE) as c:
        yield c


def sign_in(client: TestClient, name: str = CURATOR, token: str = TOKEN) -> None:
    response = client.post(
        "/admin/console/login",
        data={"name": name, "token": token, "next": "/admin/console/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


_CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def csrf_of(client: TestClient, path: str = "/admin/console/") -> str:
    page = client.get(path)
    assert page.status_code == 200, page.text
    found = _CSRF.search(page.text)
    assert found, "no CSRF token on the page"
    return found.group(1)


@pytest.fixture
def signed_in(client: TestClient) -> TestClient:
    sign_in(client)
    return client
