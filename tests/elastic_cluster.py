"""The Elasticsearch the test session runs against, and the rule for when there is none.

``ELASTICSEARCH_URL`` names a server to use (e.g. one ``signpost es up`` started, or an 8.x
container on the operator's machine). Otherwise the session starts its own three-node cluster
(``signpost.escluster``, random free ports on 127.0.0.1, data and logs in ``var/es-test/``) the
first time a test asks for one, and stops it when the session ends — the JVM is also tied to
the pytest process, so even a killed session leaves no JVM behind.

Where Java or Maven is missing those tests skip with the reason — unless
``SIGNPOST_REQUIRE_ELASTICSEARCH`` is set (``.ci/run`` sets it), which turns every such skip into
a failure, so CI can never pass without the real cluster and the specification.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from signpost.escluster import Cluster, ClusterLayout, ClusterUnavailable, start_cluster
from signpost.escluster.process import free_port_run

REPO = Path(__file__).resolve().parents[1]
TEST_BASE = REPO / "var" / "es-test"
REQUIRE = "SIGNPOST_REQUIRE_ELASTICSEARCH"
HEAP = "1g"
"""For the test cluster's one JVM (three nodes): about 0.5–1 GB resident, beside the suite."""


def required() -> bool:
    return os.environ.get(REQUIRE, "").strip().lower() not in ("", "0", "false", "no")


def unavailable(reason: str) -> NoReturn:
    """Skip with ``reason`` — or fail, when the run must not pass without Elasticsearch."""
    if required():
        pytest.fail(f"{reason} ({REQUIRE} is set: Elasticsearch tests may not be skipped)")
    pytest.skip(reason)


class SessionCluster:
    """Started on first use, stopped at the end of the session; ``say`` reports both (the
    CI log shows the server's version)."""

    def __init__(self, say: Callable[[str], object] = print) -> None:
        self.cluster: Cluster | None = None
        self.error: str | None = None
        self.say = say

    def get(self) -> Cluster:
        if self.cluster is None and self.error is None:
            self.say(
                "\nstarting the session's Elasticsearch cluster (es/pom.xml from Maven Central)"
            )
            self.cluster = self._start()
            if self.cluster is not None:
                c = self.cluster
                self.say(
                    f"Elasticsearch {c.version} (Lucene {c.lucene}): {len(c.http_ports)} nodes "
                    f"green in {c.started_seconds} s on {c.url} (Java {c.java}, heap ≤ {c.heap})"
                )
        if self.cluster is None:
            unavailable(self.error or "no Elasticsearch cluster")
        return self.cluster

    def _start(self) -> Cluster | None:
        """Three tries: between choosing free ports and binding them, another process on
        this shared machine may take one."""
        for _ in range(3):
            shutil.rmtree(TEST_BASE / "data", ignore_errors=True)
            http, transport = free_port_run(3), free_port_run(3)
            layout = ClusterLayout(TEST_BASE, 3, http, transport, HEAP)
            try:
                return start_cluster(layout, tie_to_parent=True)
            except ClusterUnavailable as exc:
                self.error = f"no Elasticsearch cluster on this machine: {exc}"
                if "Address already in use" not in str(exc) and "is in use" not in str(exc):
                    return None
        return None

    def stop(self) -> None:
        if self.cluster is not None:
            self.cluster.stop()
            self.say(f"stopped the session's Elasticsearch cluster (pid {self.cluster.pid})")
            self.cluster = None
