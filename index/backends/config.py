"""What ``make_backend`` needs to be told, as a protocol: the ``signpost`` wiring's settings
satisfy it, and ``index`` never imports them."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

BackendName = Literal["embedded", "elasticsearch"]


class BackendSettings(Protocol):
    """The attributes of the settings object the backends are built from."""

    backend: BackendName
    db: Path
    """The canonical store; the embedded index lives beside it (``search_index_path``)."""
    elasticsearch_url: str | None
    elasticsearch_api_key: str | None
    elasticsearch_ca_certs: Path | None
    elasticsearch_index: str
    elasticsearch_shards: int
    elasticsearch_replicas: int
    elasticsearch_refresh_interval: str
    elasticsearch_keep_previous: int
    """Index generations kept after a rebuild's alias swap, for rollback."""
    elasticsearch_result_window: int

    @property
    def gazetteer_path(self) -> Path:
        """The offline postcode gazetteer (``signpost gazetteer build``)."""
        ...
