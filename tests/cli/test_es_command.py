"""``signpost es up|status|down``: a real three-node cluster from the command line, and a
clear line, not a traceback, when it cannot start."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from signpost.escluster import Cluster, http
from signpost.escluster.process import free_port_run
from tests.elastic_cluster import unavailable

REPO = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.elasticsearch]


def signpost(*args: str, var: Path, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SIGNPOST_VAR_DIR": str(var)}
    env.pop("ELASTICSEARCH_URL", None)
    if path is not None:
        env["PATH"] = path
        env.pop("JAVA_HOME", None)
    return subprocess.run(
        [sys.executable, "-c", "from signpost.cli import main; main()", "es", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def test_up_status_down(tmp_path: Path) -> None:
    if shutil.which("java") is None or shutil.which("mvn") is None:
        unavailable("Java and Maven are needed to start a cluster")
    http_port, transport_port = free_port_run(3), free_port_run(3)
    up = signpost("up", "--http-port", str(http_port), "--transport-port", str(transport_port),
                  "--heap", "512m", var=tmp_path)  # fmt: skip
    try:
        assert up.returncode == 0, up.stdout + up.stderr
        lines = up.stdout.strip().splitlines()
        assert lines[-1] == f"ELASTICSEARCH_URL=http://127.0.0.1:{http_port}"
        assert "Elasticsearch 7.10.2" in lines[-2] and "3 nodes" in lines[-2]
        info = http.call(f"http://127.0.0.1:{http_port + 2}/")
        assert info["version"]["number"] == "7.10.2"
        cluster = Cluster.load((tmp_path / "es").resolve())
        assert cluster is not None and cluster.alive()

        again = signpost("up", "--http-port", str(http_port), var=tmp_path)
        assert again.returncode == 0 and again.stdout.startswith("already running")
        status = signpost("status", var=tmp_path)
        assert status.returncode == 0 and status.stdout.startswith("green, 3 nodes")
    finally:
        down = signpost("down", var=tmp_path)
    assert down.returncode == 0 and "stopped cluster" in down.stdout
    assert not cluster.alive()
    with pytest.raises(http.Unreachable):
        http.call(f"http://127.0.0.1:{http_port}/", timeout=2)
    assert signpost("down", var=tmp_path).stdout.startswith("no cluster")
    assert signpost("status", var=tmp_path).returncode == 1


def test_a_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    if shutil.which("java") is None:
        unavailable("the port check comes after finding Java")
    first = free_port_run(3)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", first + 1))
        busy.listen()
        result = signpost("up", "--http-port", str(first), var=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"error: port {first + 1} (HTTP of node 2) on 127.0.0.1 is in use: stop what holds it "
        f"(`ss -ltnp 'sport = :{first + 1}'`) or choose other ports"
    )


def test_no_java_is_a_clear_error(tmp_path: Path) -> None:
    result = signpost("up", var=tmp_path, path=str(Path(sys.executable).parent))
    assert result.returncode == 1
    assert result.stderr.startswith("error: Java not found: install a JDK")
    assert "Traceback" not in result.stderr
