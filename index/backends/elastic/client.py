"""Connecting to Elasticsearch, and one error vocabulary for everything the server says.

The client is the official ``elasticsearch`` package at major version 7 (7.17): it speaks to
7.10–7.17 servers natively and to 8.x servers in REST compatibility mode
(``ELASTIC_CLIENT_APIVERSIONING=true``); docs/search.md, "Client and server versions", says why
the pin is 7 and not 8 or 9.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from index.backends.errors import BackendError, IndexNotBuilt

T = TypeVar("T")


@dataclass(frozen=True)
class ElasticOptions:
    """How to reach the cluster and how to shape the indices the backend creates."""

    url: str
    """One node's URL, or several separated by commas (the client spreads requests over
    them and moves on from a node that does not answer)."""
    index: str = "signpost-services"
    """The alias searches go to; suggestions use ``<index>-suggest``; each rebuild creates
    ``<index>-<timestamp>`` behind it."""
    api_key: str | None = None
    """Base64 ``id:key`` as Elasticsearch issues it (sent as ``Authorization: ApiKey …``)."""
    ca_certs: Path | None = None
    """CA bundle that signed the cluster's certificate (for ``https://`` URLs)."""
    shards: int = 1
    replicas: int = 1
    refresh_interval: str = "1s"
    """How soon a change becomes searchable after an upsert (bulk loads pause refreshes)."""
    keep_previous: int = 1
    """Generations kept after a swap, for ``rollback``; older ones are deleted."""
    result_window: int = 10_000
    """``index.max_result_window``: pages beyond it are reached with ``search_after``."""
    request_timeout: float = 30.0


def connect(options: ElasticOptions) -> Any:
    """An ``elasticsearch.Elasticsearch`` client for ``options`` (the client is imported
    here, so the embedded backend works without it installed)."""
    try:
        from elasticsearch import Elasticsearch
    except ImportError as exc:  # pragma: no cover - the [es] extra is part of [dev]
        raise BackendError(
            "the elasticsearch backend needs the client: pip install '.[es]'"
        ) from exc
    kwargs: dict[str, Any] = {
        "timeout": options.request_timeout,
        "max_retries": 2,
        "retry_on_timeout": True,
    }
    if options.api_key:
        kwargs["api_key"] = options.api_key
    if options.ca_certs:
        kwargs["ca_certs"] = str(options.ca_certs)
    hosts = [u.strip() for u in options.url.split(",") if u.strip()]
    return Elasticsearch(hosts, **kwargs)


def call(what: str, fn: Callable[..., T], *args: Any, alias: str = "", **kwargs: Any) -> T:
    """Run one client call; what the server or the network says becomes a one-line
    ``BackendError`` (``IndexNotBuilt`` when the alias is missing)."""
    from elasticsearch import ElasticsearchException, NotFoundError, TransportError

    try:
        return fn(*args, **kwargs)
    except NotFoundError as exc:
        if alias:
            raise IndexNotBuilt(
                f"Elasticsearch index {alias} not built: run `signpost index`"
            ) from exc
        raise BackendError(f"Elasticsearch {what} failed: {describe(exc)}") from exc
    except TransportError as exc:
        raise BackendError(f"Elasticsearch {what} failed: {describe(exc)}") from exc
    except ElasticsearchException as exc:  # e.g. not Elasticsearch at all
        raise BackendError(f"Elasticsearch {what} failed: {exc}") from exc


def transient(exc: BaseException | None) -> bool:
    """Whether asking again may succeed: the cluster was busy (429), a node was unreachable
    or unavailable (503), or a search phase failed as its node went away (500)."""
    from elasticsearch import ConnectionError as Unreachable
    from elasticsearch import TransportError

    if isinstance(exc, Unreachable):
        return True
    if not isinstance(exc, TransportError):
        return False
    if exc.status_code in (429, 502, 503, 504):
        return True
    return exc.status_code == 500 and exc.error == "search_phase_execution_exception"


def describe(exc: Any) -> str:
    """``status type: reason`` from a client error, without the whole response."""
    info = getattr(exc, "info", None)
    status = getattr(exc, "status_code", "")
    if isinstance(info, dict) and isinstance(info.get("error"), dict):
        error = info["error"]
        cause = (error.get("root_cause") or [error])[0]
        return f"{status} {cause.get('type', '')}: {cause.get('reason', '')}".strip()
    return f"{status} {getattr(exc, 'error', '') or exc}".strip()


def as_kwargs(body: dict[str, Any]) -> dict[str, Any]:
    """A request body as the client's keyword arguments (``from`` is a Python keyword)."""
    return {("from_" if key == "from" else key): value for key, value in body.items()}


@dataclass(frozen=True)
class ServerInfo:
    version: str
    cluster_name: str
    flavor: str

    def label(self) -> str:
        return f"Elasticsearch {self.version} (cluster {self.cluster_name})"


def server_info(client: Any) -> ServerInfo:
    info = call("info", client.info)
    version = info.get("version", {})
    return ServerInfo(
        version=str(version.get("number", "?")),
        cluster_name=str(info.get("cluster_name", "?")),
        flavor=str(version.get("build_flavor", "")),
    )
