"""Settings: one pydantic-settings class, read from ``SIGNPOST_*`` environment variables.

Every CLI command builds one ``Settings`` and passes it down; nothing else reads the
environment, so a test can run the whole job against a temporary database by setting two
variables (or passing ``--db``/``--sources``).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.backends.config import BackendName


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SIGNPOST_", extra="ignore")

    db: Path = Path("./var/signpost.db")
    """The SQLite store: sources, runs, records, merged services, embedded search index."""
    sources: Path = Path("./sources/demo.toml")
    """The source list (TOML). ``sources/london.toml`` is the production list."""
    var_dir: Path = Path("./var")
    """Where derived data lives (gazetteer table, scheduler state)."""
    backend: BackendName = "embedded"
    elasticsearch_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("ELASTICSEARCH_URL", "SIGNPOST_ELASTICSEARCH_URL"),
    )
    elasticsearch_api_key: str | None = None
    elasticsearch_ca_certs: Path | None = None
    elasticsearch_index: str = "signpost-services"
    """The alias searches read; each rebuild creates ``<alias>-<timestamp>`` behind it."""
    elasticsearch_shards: int = Field(default=1, ge=1, le=64)
    """Primary shards of the services index (1 is right up to a few million services)."""
    elasticsearch_replicas: int = Field(default=1, ge=0, le=8)
    """Copies of each shard on other nodes (0 on a single-node server, else it stays yellow)."""
    elasticsearch_refresh_interval: str = Field(default="1s", pattern=r"^(-1|\d+(ms|s|m))$")
    """How soon an upsert becomes searchable."""
    elasticsearch_keep_previous: int = Field(default=1, ge=0, le=10)
    """Generations kept after a rebuild, for ``signpost es rollback``."""
    elasticsearch_result_window: int = Field(default=10_000, ge=10, le=1_000_000)
    """``index.max_result_window``; deeper pages are reached with ``search_after``."""
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    admin_token: str | None = None
    """Bearer token for ``/admin``; when unset the operator API refuses every request."""
    rate_limit_per_minute: int = Field(default=300, ge=0)
    """Sustained requests per minute per client on ``/api``, ``/oruk`` and ``/admin`` (a token
    bucket); 0 turns rate limiting off (load benchmarks, a trusted internal deployment)."""
    rate_limit_burst: int = Field(default=60, ge=1)
    """How many requests a client may make at once before the sustained rate applies (typing
    into the widget sends a suggest request per keystroke)."""
    widget_dir: Path | None = None
    """Where the widget's files live; default: the repository's own ``widget/`` folder."""
    allowed_private_hosts: list[str] = Field(default_factory=list)
    """Hosts the harvester may reach although they resolve to private or loopback addresses.
    Empty in production; tests and the demo allow 127.0.0.1."""
    sample_sites_url: str = "http://127.0.0.1:8765"
    """Substituted for ``${SAMPLE_SITES}`` in source URLs (the bundled sample directories)."""
    contact_url: str = "https://github.com/signpost-london/signpost"
    """Named in the harvester's User-Agent so site owners can reach us."""
    tombstone_after_missing_runs: int = 3
    max_shrink_ratio: float = 0.5
    """A run that shrinks a source by more than this share vs its last good run is quarantined."""

    @property
    def gazetteer_path(self) -> Path:
        return self.var_dir / "gazetteer.sqlite"
