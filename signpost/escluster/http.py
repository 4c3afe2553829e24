"""JSON over HTTP to 127.0.0.1, with no proxy in between (a proxy from the environment must
never see, or answer for, a local cluster)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Unreachable(OSError):
    """Nothing answered, or it answered with an error status."""


def call(url: str, method: str = "GET", body: Any = None, timeout: float = 10.0) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            text = response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        raise Unreachable(f"{method} {url}: HTTP {exc.code} {exc.read()[:300]!r}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise Unreachable(f"{method} {url}: {exc}") from exc
    return json.loads(text) if text else None
