"""What the API needs to be told: the settings it reads, as a protocol.

The API is built from values it is handed (``create_app(settings)``); it never imports the
``signpost`` package that wires it, whose ``Settings`` satisfies this protocol. Tests may hand
it any object with these attributes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from index.backends.config import BackendSettings


class ApiSettings(BackendSettings, Protocol):
    """The attributes of the settings object ``create_app`` reads."""

    tombstone_after_missing_runs: int
    """Passed to the store the app opens (the same rule as the harvest's)."""
    widget_dir: Path | None
    """Where the widget's files live; ``None``: the repository's own ``widget/`` folder."""
    admin_token: str | None
    """Bearer token for ``/admin`` and the console; ``None`` disables both."""
    rate_limit_per_minute: int
    rate_limit_burst: int
