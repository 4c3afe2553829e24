"""Fixtures for harvester tests: a programmable site on 127.0.0.1, settings and a store in a
temporary directory, and a quick way to describe a source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.sources import SourceConfig
from index.store import Store
from signpost.config import Settings
from tests.harvesters.siteserver import Page, SiteServer, serving

ALLOW_ALL = Page("User-agent: *\nAllow: /\n", content_type="text/plain")


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with serving() as server:
        server.routes["/robots.txt"] = ALLOW_ALL
        yield server


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        db=tmp_path / "signpost.db",
        sources=tmp_path / "sources.toml",
        var_dir=tmp_path / "var",
        allowed_private_hosts=["127.0.0.1"],
    )


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    with Store(settings.db, tombstone_after=settings.tombstone_after_missing_runs) as db:
        yield db


def source(sid: str, kind: str, base_url: str, **params: Any) -> SourceConfig:
    """A source with politeness delays off (tests talk to their own local server)."""
    return SourceConfig(
        id=sid, name=sid, kind=kind, base_url=base_url, delay_seconds=0, params=params
    )


@pytest.fixture(scope="session")
def sample_sites() -> Iterator[str]:
    """The bundled sample sites (docs/sample-sources.md) on a free 127.0.0.1 port."""
    from samples.server import running

    with running(port=0) as base:
        yield base


def demo_sources(base: str) -> dict[str, SourceConfig]:
    """``sources/demo.toml`` pointed at ``base``, exactly as the demo configures it."""
    from index.sources import load_sources

    repo = Path(__file__).resolve().parents[2]
    return {s.id: s for s in load_sources(repo / "sources" / "demo.toml", {"SAMPLE_SITES": base})}
