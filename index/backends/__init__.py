"""Search backends behind one protocol (``protocol.py``): embedded SQLite FTS5 by default,
Elasticsearch when configured.

``make_backend`` reads the attributes ``config.BackendSettings`` names, so ``index`` stays free of
the ``signpost`` package; backend modules are imported lazily so that the embedded backend
works without the optional ``elasticsearch`` client installed.
"""

from __future__ import annotations

from pathlib import Path

from index.backends.config import BackendSettings
from index.backends.errors import BackendError
from index.backends.protocol import SearchBackend
from index.geo import Gazetteer, GazetteerMissing, open_gazetteer


def search_index_path(db: Path | str) -> Path:
    """The embedded index lives next to the store (``var/signpost.db`` →
    ``var/signpost-search.sqlite``): a rebuild never holds the canonical store's write lock."""
    db = Path(db)
    return db.with_name(f"{db.stem}-search.sqlite")


def _gazetteer(settings: BackendSettings) -> Gazetteer | None:
    path = getattr(settings, "gazetteer_path", None)
    if path is None:
        return None
    try:
        return open_gazetteer(str(path))  # one shared handle (and lookup cache) per file
    except GazetteerMissing:
        return None  # postcode searches then fail with a clear QueryError


ELASTIC_SETTINGS = (
    "index",
    "api_key",
    "ca_certs",
    "shards",
    "replicas",
    "refresh_interval",
    "keep_previous",
    "result_window",
)
"""``ElasticOptions`` fields read from ``settings.elasticsearch_<name>`` when present."""


def make_backend(settings: BackendSettings, *, gazetteer: Gazetteer | None = None) -> SearchBackend:
    """The configured backend: ``settings.backend`` is ``"embedded"`` (index file derived from
    ``settings.db``) or ``"elasticsearch"`` (``settings.elasticsearch_url`` and friends)."""
    gaz = gazetteer if gazetteer is not None else _gazetteer(settings)
    kind = getattr(settings, "backend", "embedded")
    if kind == "embedded":
        from index.backends.embedded import EmbeddedBackend

        return EmbeddedBackend(search_index_path(settings.db), gazetteer=gaz)
    if kind == "elasticsearch":
        from index.backends.elastic import ElasticOptions, ElasticsearchBackend

        url = getattr(settings, "elasticsearch_url", None)
        if not url:
            raise BackendError("the elasticsearch backend needs ELASTICSEARCH_URL")
        defaults = ElasticOptions(url=url)
        options = ElasticOptions(
            url=url,
            **{
                name: getattr(settings, f"elasticsearch_{name}", getattr(defaults, name))
                for name in ELASTIC_SETTINGS
            },
        )
        return ElasticsearchBackend.connect(options, gazetteer=gaz)
    raise BackendError(f"unknown search backend {kind!r} (embedded | elasticsearch)")


__all__ = ["BackendError", "SearchBackend", "make_backend", "search_index_path"]
