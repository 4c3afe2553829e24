"""The widget's files, as the API serves them.

``/widget/signpost-search.js`` is what integrators paste into their pages, so it must pick up a
new release quickly: a short cache and an ETag. ``/widget/signpost-search.<hash>.js`` is the
same bytes under a content-hashed name, cacheable for a year (``immutable``) by anyone who wants
to pin a version; ``/widget/manifest.json`` names the current hashed files.

Files are read from ``widget/`` beside the package (or ``Settings.widget_dir``) and re-read when
their modification time changes, so editing the widget needs no server restart.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from pathlib import Path

REPO_WIDGET_DIR = Path(__file__).resolve().parents[1] / "widget"

WIDGET_FILES = {"signpost-search.js": "src/signpost-search.js",
                "signpost-search.css": "src/signpost-search.css"}  # fmt: skip
EXAMPLE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}\.(html|css|svg|png|js)$")
MEDIA_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}


@dataclass(frozen=True)
class Asset:
    body: bytes
    media_type: str
    digest: str
    """First 12 hex chars of the SHA-256 of the body: the version in hashed names and ETags."""

    @property
    def etag(self) -> str:
        return f'"{self.digest}"'


class WidgetAssets:
    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or REPO_WIDGET_DIR).resolve()
        self._cache: dict[Path, tuple[float, int, Asset]] = {}
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return (self.root / WIDGET_FILES["signpost-search.js"]).is_file()

    def _load(self, path: Path) -> Asset | None:
        try:
            stat = path.stat()
        except OSError:
            return None
        with self._lock:
            cached = self._cache.get(path)
            if cached and cached[0] == stat.st_mtime and cached[1] == stat.st_size:
                return cached[2]
        try:
            body = path.read_bytes()
        except OSError:
            return None
        asset = Asset(
            body=body,
            media_type=MEDIA_TYPES.get(path.suffix, "application/octet-stream"),
            digest=hashlib.sha256(body).hexdigest()[:12],
        )
        with self._lock:
            self._cache[path] = (stat.st_mtime, stat.st_size, asset)
        return asset

    def widget_file(self, name: str) -> Asset | None:
        """``signpost-search.js`` / ``.css`` by their public names."""
        relative = WIDGET_FILES.get(name)
        return self._load(self.root / relative) if relative else None

    def hashed_name(self, name: str) -> str | None:
        asset = self.widget_file(name)
        if asset is None:
            return None
        stem, _, ext = name.rpartition(".")
        return f"{stem}.{asset.digest}.{ext}"

    def example(self, name: str) -> Asset | None:
        """A file of ``widget/examples`` by plain name only (no paths, no traversal)."""
        if not EXAMPLE_NAME.match(name):
            return None
        path = (self.root / "examples" / name).resolve()
        if path.parent != (self.root / "examples").resolve():
            return None
        return self._load(path)
