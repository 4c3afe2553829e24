"""A real Elasticsearch cluster on 127.0.0.1 for development, tests, the demo and the bench.

``artifacts`` finds Java and Maven and resolves the server's classpath from the pinned
``es/pom.xml``; ``process`` starts the nodes (all in one JVM, ``es/SignpostCluster.java``),
waits for green, records what it started in a state file and stops exactly that process;
``http`` is the small loopback HTTP client both use. ``signpost es up|down|status``
(``signpost/commands/es.py``) and the test session's fixture are built on these.
"""

from signpost.escluster.artifacts import ClusterUnavailable
from signpost.escluster.process import Cluster, ClusterLayout, start_cluster

__all__ = ["Cluster", "ClusterLayout", "ClusterUnavailable", "start_cluster"]
