"""Source configuration: which directories to harvest, and how (``sources/*.toml``).

Adding a council on a known platform is one ``[[source]]`` entry here, no code. The harvester
for a ``kind`` reads its own keys from ``params``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SOURCE_KINDS = (
    "oo_marketplace",  # Open Objects Marketplace (Hillingdon care and support, …)
    "oo_kb5",  # Open Objects kb5 family services directory / local offer
    "careplace",  # CarePlace shared London directory
    "fid",  # FID (Bexley)
    "oruk",  # Open Referral UK API, 1.0/2.0 or 3.0 envelope
    "sitemap",  # sitemap.xml-driven site, pages carry schema.org JSON-LD/microdata
    "csv",  # CSV open-data export
    "connect_to_support",  # PCG Connect to Support / Shop4Support directory search API
    "afc",  # Achieving for Children (Kingston & Richmond): map markers, list, dt/dd records
    "jadu",  # Jadu CMS directories (Bromley, Hounslow): A-Z pages and directory records
    "connected_places",  # Connected Places API (Kingston, Hounslow, Sutton)
    "outpost",  # Outpost's own API (Buckinghamshire; behind Greenwich's directory)
    "localgov_directory",  # LocalGov Drupal directory pages behind a sitemap.xml
)


class SourcesError(ValueError):
    """The sources file is missing or wrong: one-line reason naming the file."""


class SourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    kind: str
    base_url: str
    borough: str | None = None
    """The borough the directory covers, when it covers one (CarePlace covers many)."""
    priority: int = 50
    """Survivorship tie-break in dedup: higher wins."""
    interval_hours: float = 24.0
    enabled: bool = True
    concurrency: int = 1
    """Simultaneous requests to this source's host (politeness: one by default)."""
    delay_seconds: float = 1.0
    params: dict[str, Any] = Field(default_factory=dict)

    def model_post_init(self, __context: Any) -> None:
        if self.kind not in SOURCE_KINDS:
            raise ValueError(f"unknown kind {self.kind!r} (known: {', '.join(SOURCE_KINDS)})")


_VAR = re.compile(r"\$\{([A-Z_]+)\}")


def load_sources(path: Path, variables: dict[str, str] | None = None) -> list[SourceConfig]:
    """Read a sources file; ``${NAME}`` in any string is replaced from ``variables``."""
    variables = variables or {}
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SourcesError(f"sources file {path} does not exist") from exc
    except OSError as exc:
        raise SourcesError(f"sources file {path} cannot be read: {exc}") from exc

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in variables:
            raise SourcesError(f"sources file {path} uses ${{{name}}}, which is not set")
        return variables[name].rstrip("/")

    try:
        data = tomllib.loads(_VAR.sub(substitute, text))
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"sources file {path} is not valid TOML: {exc}") from exc
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise SourcesError(f"sources file {path}: [[source]] entries expected")
    sources: list[SourceConfig] = []
    for i, entry in enumerate(entries, start=1):
        try:
            sources.append(SourceConfig.model_validate(entry))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "entry"
            raise SourcesError(
                f"sources file {path}, source #{i}: {where}: {first['msg']}"
            ) from exc
    ids = [s.id for s in sources]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SourcesError(f"sources file {path}: duplicate source ids {', '.join(dupes)}")
    return sources
