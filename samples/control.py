"""Client for the sample server's control API (fault modes, themes, data updates), so tests of any area
can switch a site's behaviour in one line. Talks only to the sample server's own base URL."""

from __future__ import annotations

import json
import urllib.request
from typing import Any


def _post(url: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
    data = json.dumps(payload or {}).encode()
    request = urllib.request.Request(
        url, data=data, method="POST", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def set_fault(base: str, site: str, mode: str | None, **options: Any) -> dict[str, Any]:
    """Switch ``site`` into fault ``mode`` (None clears it); returns the site's state."""
    return _post(f"{base}/_control/{site}/fault", {"mode": mode, **options})


def set_theme(base: str, site: str, theme: str | None) -> dict[str, Any]:
    """Render ``site`` in another of its platform's themes (None: the publisher's own)."""
    return _post(f"{base}/_control/{site}/theme", {"theme": theme})


def update(base: str, site: str, generation: int | None = None) -> dict[str, Any]:
    """Move ``site`` to the next (or the given) data generation; returns the changed keys."""
    payload = {} if generation is None else {"generation": generation}
    return _post(f"{base}/_control/{site}/update", payload)


def reset(base: str) -> dict[str, Any]:
    """Every site back to generation 0 with no fault."""
    return _post(f"{base}/_control/reset")


def state(base: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{base}/_control", timeout=30) as response:
        return json.loads(response.read())
