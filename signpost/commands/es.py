"""``signpost es up|down|status|rollback``: a three-node Elasticsearch cluster on 127.0.0.1 from Maven
Central (``es/pom.xml``), for development, the demo and the bench. Its data and logs live in
``var/es/``; the last line ``up`` prints is ``ELASTICSEARCH_URL=…`` so a shell can take it:

    export $(signpost es up | tail -1)
"""

from __future__ import annotations

import shutil
from typing import Annotated

import typer

from index.backends import make_backend
from index.backends.errors import BackendError
from signpost.context import make_settings, with_backend
from signpost.errors import SignpostError
from signpost.escluster import Cluster, ClusterLayout, ClusterUnavailable, start_cluster


def _summary(cluster: Cluster) -> str:
    ports = f"{cluster.http_ports[0]}-{cluster.http_ports[-1]}"
    return (
        f"Elasticsearch {cluster.version} (Lucene {cluster.lucene}): cluster "
        f"{cluster.cluster_name}, {len(cluster.http_ports)} nodes on 127.0.0.1:{ports} "
        f"(pid {cluster.pid}, Java {cluster.java}, heap ≤ {cluster.heap}; "
        f"logs {cluster.base / 'cluster.log'})"
    )


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="A local Elasticsearch cluster (three nodes on 127.0.0.1).")
    app.add_typer(group, name="es")

    @group.command("up")
    def up(
        http_port: Annotated[int, typer.Option(help="HTTP port of node 1 (node i: +i-1)")] = 9200,
        transport_port: Annotated[
            int, typer.Option(help="Transport port of node 1 (node i: +i-1)")
        ] = 9300,
        nodes: Annotated[int, typer.Option(min=1, max=9, help="Number of nodes")] = 3,
        heap: Annotated[str, typer.Option(help="Maximum heap of the cluster's JVM")] = "1g",
        wipe: Annotated[bool, typer.Option("--wipe", help="Start from empty data")] = False,
    ) -> None:
        """Start the cluster in the background and wait until it is green."""
        settings = make_settings()
        base = (settings.var_dir / "es").resolve()
        running = Cluster.load(base)
        if running is not None:
            typer.echo(f"already running: {_summary(running)}")
            typer.echo(f"ELASTICSEARCH_URL={running.url}")
            return
        if not heap[:-1].isdigit() or heap[-1] not in "mMgG":
            raise SignpostError(f"--heap {heap!r}: give megabytes or gigabytes, e.g. 512m or 1g")
        if wipe:
            shutil.rmtree(base / "data", ignore_errors=True)
        layout = ClusterLayout(base, nodes, http_port, transport_port, heap)
        typer.echo("resolving the server from Maven Central (es/pom.xml, cached in ~/.m2) …")
        try:
            cluster = start_cluster(layout, progress=typer.echo)
        except ClusterUnavailable as exc:
            raise SignpostError(str(exc)) from exc
        typer.echo(f"green in {cluster.started_seconds} s: {_summary(cluster)}")
        typer.echo(f"ELASTICSEARCH_URL={cluster.url}")

    @group.command("down")
    def down(
        wipe: Annotated[bool, typer.Option("--wipe", help="Also delete its data")] = False,
    ) -> None:
        """Stop the cluster `signpost es up` started (and nothing else)."""
        settings = make_settings()
        base = (settings.var_dir / "es").resolve()
        cluster = Cluster.load(base)
        if cluster is None:
            (base / "cluster.json").unlink(missing_ok=True)
            typer.echo("no cluster started by `signpost es up` is running")
        else:
            cluster.stop()
            typer.echo(f"stopped cluster {cluster.cluster_name} (pid {cluster.pid})")
        if wipe:
            shutil.rmtree(base / "data", ignore_errors=True)
            typer.echo(f"deleted {base / 'data'}")

    @group.command("rollback")
    def rollback() -> None:
        """Point the search aliases back at the index generation the last rebuild replaced
        (the configured Elasticsearch: $ELASTICSEARCH_URL, or the local cluster)."""
        settings = with_backend(make_settings(), "elasticsearch")
        backend = make_backend(settings)
        try:
            stamp = backend.rollback()  # type: ignore[attr-defined]
        except BackendError as exc:
            raise SignpostError(str(exc)) from exc
        typer.echo(f"{settings.elasticsearch_index} now serves generation {stamp}")

    @group.command("status")
    def status() -> None:
        """Whether the cluster is running, and where."""
        settings = make_settings()
        cluster = Cluster.load((settings.var_dir / "es").resolve())
        if cluster is None:
            raise SignpostError("no cluster is running (start one with `signpost es up`)")
        health = cluster.health()
        typer.echo(f"{health['status']}, {health['number_of_nodes']} nodes: {_summary(cluster)}")
        typer.echo(f"ELASTICSEARCH_URL={cluster.url}")
