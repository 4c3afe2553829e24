"""Start, find and stop the cluster's one JVM.

``start_cluster`` checks that every port is free (the runner would otherwise fail half-way),
launches ``es/SignpostCluster.java`` in the background, waits until all nodes have joined and
the cluster is green, checks that each node answers on the address it was given, and writes
``cluster.json`` (pid, ports, version) beside the data. ``Cluster.stop`` sends SIGTERM only to
that pid, and only if it still is that cluster's JVM (the pid's command line names the launcher
and this data directory), so it can never stop anything else.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from signpost.escluster import http
from signpost.escluster.artifacts import LAUNCHER, ClusterUnavailable, classpath, find_java

STATE_FILE = "cluster.json"
START_TIMEOUT = 240.0
STOP_TIMEOUT = 30.0
JVM_OPTIONS = [
    "-XX:+UseG1GC",
    "-Xss1m",
    "-Dfile.encoding=UTF-8",
    # log4j 2.11.1 is on the 7.10.2 classpath: no message lookups (CVE-2021-44228)
    "-Dlog4j2.formatMsgNoLookups=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.shutdownHookEnabled=false",
    "-Dio.netty.noUnsafe=true",
    "-Dio.netty.noKeySetOptimization=true",
    "-Dio.netty.recycler.maxCapacityPerThread=0",
    "-Des.networkaddress.cache.ttl=60",
    # Elasticsearch's own launcher sets these for its "default" distribution; the runner does
    # not, and the 7.14+ Python client refuses a pre-7.14 server whose build_flavor is not
    # "default" (docs/search.md, "Client and server versions")
    "-Des.distribution.flavor=default",
    "-Des.distribution.type=tar",
]


@dataclass(frozen=True)
class ClusterLayout:
    """Where the cluster lives and listens. Node ``i`` (from 1) serves HTTP on
    ``http_port + i - 1`` and transport on ``transport_port + i - 1``."""

    base: Path
    nodes: int = 3
    http_port: int = 9200
    transport_port: int = 9300
    heap: str = "1g"
    """Maximum heap of the one JVM that hosts every node."""
    control_port: int = 0
    """Where the launcher takes node stop/start requests (0: a free port)."""

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def log(self) -> Path:
        return self.base / "cluster.log"

    @property
    def state_file(self) -> Path:
        return self.base / STATE_FILE

    def http_ports(self) -> list[int]:
        return [self.http_port + i for i in range(self.nodes)]

    def transport_ports(self) -> list[int]:
        return [self.transport_port + i for i in range(self.nodes)]


@dataclass
class Cluster:
    """A running cluster started by ``start_cluster`` (or found through its state file)."""

    base: Path
    pid: int
    cluster_name: str
    http_ports: list[int]
    transport_ports: list[int]
    control_port: int
    version: str = ""
    lucene: str = ""
    java: str = ""
    started_seconds: float = 0.0
    heap: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_ports[0]}"

    def node_url(self, node: int) -> str:
        return f"http://127.0.0.1:{self.http_ports[node - 1]}"

    def save(self) -> None:
        (self.base / STATE_FILE).write_text(json.dumps(asdict(self), default=str, indent=2))

    @classmethod
    def load(cls, base: Path) -> Cluster | None:
        """The cluster recorded under ``base`` if its JVM is still running."""
        path = base / STATE_FILE
        if not path.exists():
            return None
        raw = json.loads(path.read_text())
        raw["base"] = Path(raw["base"])
        cluster = cls(**raw)
        return cluster if cluster.alive() else None

    def alive(self) -> bool:
        """Whether ``pid`` is still this cluster's JVM (not a recycled pid)."""
        try:
            cmdline = Path(f"/proc/{self.pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return False
        args = [a.decode(errors="replace") for a in cmdline]
        return any(a.endswith(LAUNCHER.name) for a in args) and str(self.base / "data") in args

    # -- nodes ----------------------------------------------------------------------------

    def _control(self, method: str, path: str) -> Any:
        return http.call(f"http://127.0.0.1:{self.control_port}{path}", method, timeout=120)

    def stop_node(self, node: int) -> None:
        """Close one node (its JVM threads, sockets and shards go away; the others stay)."""
        self._control("POST", f"/nodes/{node}/stop")

    def start_node(self, node: int) -> None:
        """Start a stopped node again on its own data directory."""
        self._control("POST", f"/nodes/{node}/start")

    def running_nodes(self) -> list[int]:
        return [n["node"] for n in self._control("GET", "/nodes") if n["running"]]

    def health(self, wait_for: str = "", nodes: int | None = None, timeout: str = "30s") -> Any:
        query = f"timeout={timeout}"
        if wait_for:
            query += f"&wait_for_status={wait_for}"
        if nodes is not None:
            query += f"&wait_for_nodes={nodes}"
        port = self.http_ports[self.running_nodes()[0] - 1]
        return http.call(f"http://127.0.0.1:{port}/_cluster/health?{query}", timeout=120)

    # -- stopping -------------------------------------------------------------------------

    def stop(self, timeout: float = STOP_TIMEOUT) -> bool:
        """SIGTERM the JVM (its shutdown hook closes every node), SIGKILL if it is still there
        after ``timeout``. False when there was nothing of ours to stop."""
        stopped = False
        if self.alive():
            os.kill(self.pid, signal.SIGTERM)
            deadline = time.monotonic() + timeout
            while self.alive() and time.monotonic() < deadline:
                time.sleep(0.2)
            if self.alive():
                os.kill(self.pid, signal.SIGKILL)
            stopped = True
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, os.WNOHANG)  # reap it when we are its parent (the tests)
        (self.base / STATE_FILE).unlink(missing_ok=True)
        return stopped


def port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def free_port_run(count: int, start: int = 20000, stop: int = 32000) -> int:
    """The first of ``count`` consecutive free ports, from a random place below the range
    the kernel hands out for outgoing connections and port 0 (32768 and up), for clusters
    that must not collide with anyone else's on a shared machine."""
    for _ in range(200):
        first = start + secrets.randbelow(stop - start - count)
        if not any(port_in_use(first + i) for i in range(count)):
            return first
    raise ClusterUnavailable(f"no {count} consecutive free ports between {start} and {stop}")


def _die_with_parent() -> None:
    """In the child, before exec: SIGTERM when the process that started us dies, so a test
    session killed outright (SIGKILL) still takes its cluster with it (Linux prctl)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start_cluster(
    layout: ClusterLayout,
    *,
    tie_to_parent: bool = False,
    progress: Callable[[str], None] = lambda _: None,
    timeout: float = START_TIMEOUT,
) -> Cluster:
    """Start the nodes of ``layout`` in one background JVM and wait for green.

    ``tie_to_parent`` (the test session): the JVM ends with the process that started it.
    Otherwise (``signpost es up``) it runs on in its own session until ``Cluster.stop``.
    """
    java = find_java()
    layout = replace(layout, base=layout.base.resolve())
    for role, ports in (("HTTP", layout.http_ports()), ("transport", layout.transport_ports())):
        for i, port in enumerate(ports, start=1):
            if port_in_use(port):
                raise ClusterUnavailable(
                    f"port {port} ({role} of node {i}) on 127.0.0.1 is in use: stop what holds "
                    f"it (`ss -ltnp 'sport = :{port}'`) or choose other ports"
                )
    layout.base.mkdir(parents=True, exist_ok=True)
    jars = classpath(layout.base.parent / "es-classpath")
    control = layout.control_port or free_port_run(1)
    name = f"signpost-{secrets.token_hex(4)}"
    tmp = layout.base / "tmp"
    tmp.mkdir(exist_ok=True)
    heap = layout.heap
    command = [
        str(java.executable),
        f"-Xms{min_heap(heap)}",
        f"-Xmx{heap}",
        *JVM_OPTIONS,
        f"-Djava.io.tmpdir={tmp}",
        "-cp",
        os.pathsep.join(str(j) for j in jars),
        str(LAUNCHER),
        "--base",
        str(layout.data),
        "--cluster",
        name,
        "--nodes",
        str(layout.nodes),
        "--http-port",
        str(layout.http_port),
        "--transport-port",
        str(layout.transport_port),
        "--control-port",
        str(control),
    ]
    progress(f"starting {layout.nodes} nodes (Java {java.version}, heap ≤ {heap}) …")
    began = time.monotonic()
    with layout.log.open("ab") as log:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent if tie_to_parent else None,
        )
    cluster = Cluster(
        base=layout.base,
        pid=process.pid,
        cluster_name=name,
        http_ports=layout.http_ports(),
        transport_ports=layout.transport_ports(),
        control_port=control,
        java=java.version,
        heap=heap,
    )
    try:
        _wait_green(cluster, process, layout, timeout)
        info = http.call(cluster.url + "/")
        cluster.version = info["version"]["number"]
        cluster.lucene = info["version"].get("lucene_version", "")
        _check_nodes(cluster, info)
    except BaseException:
        cluster.stop(timeout=10)
        raise
    cluster.started_seconds = round(time.monotonic() - began, 1)
    cluster.save()
    return cluster


def min_heap(heap: str) -> str:
    """Start at half the maximum (a 1g cluster idles in ~500 MB of resident memory)."""
    number, unit = int(heap[:-1]), heap[-1]
    return f"{max(number * (1024 if unit in 'gG' else 1) // 2, 128)}m"


def _wait_green(
    cluster: Cluster, process: subprocess.Popen[bytes], layout: ClusterLayout, timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    query = f"wait_for_status=green&wait_for_nodes={layout.nodes}&timeout=1s"
    while True:
        if process.poll() is not None:
            raise ClusterUnavailable(
                f"the cluster's JVM exited with status {process.returncode}:\n" + _tail(layout.log)
            )
        try:
            health = http.call(f"{cluster.url}/_cluster/health?{query}", timeout=5)
            if health["status"] == "green" and health["number_of_nodes"] == layout.nodes:
                return
        except http.Unreachable:
            pass  # not listening yet, or 408 while nodes are still joining
        if time.monotonic() > deadline:
            raise ClusterUnavailable(
                f"the cluster was not green with {layout.nodes} nodes after {timeout:.0f} s:\n"
                + _tail(layout.log)
            )
        time.sleep(0.5)


def _check_nodes(cluster: Cluster, info: dict[str, Any]) -> None:
    """Every node is ours and answers HTTP where it was told to (127.0.0.1 only)."""
    if info.get("cluster_name") != cluster.cluster_name:
        raise ClusterUnavailable(
            f"{cluster.url} answers for cluster {info.get('cluster_name')!r}, "
            f"not {cluster.cluster_name!r}: another cluster holds the port"
        )
    nodes = http.call(cluster.url + "/_nodes/http,transport")["nodes"].values()
    found = sorted(n["http"]["publish_address"] for n in nodes)
    expected = sorted(f"127.0.0.1:{p}" for p in cluster.http_ports)
    if found != expected:
        raise ClusterUnavailable(f"nodes answer on {found}, expected {expected}")
    for node in nodes:
        bound = node["http"]["bound_address"] + node["transport"]["bound_address"]
        outside = [a for a in bound if not a.startswith(("127.0.0.1:", "[::ffff:127.0.0.1]"))]
        if outside:
            raise ClusterUnavailable(f"node {node['name']} listens beyond loopback: {outside}")


def _tail(path: Path, lines: int = 25) -> str:
    try:
        text = path.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(text[-lines:])
