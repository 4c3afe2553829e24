"""Session-wide fixtures shared by every area's tests."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.geo import Gazetteer
from signpost.escluster import Cluster
from signpost.gazetteer import ensure_gazetteer
from tests.elastic_cluster import SessionCluster, unavailable
from tests.elastic_spec.spec import SPEC_FILE, Specification
from tests.serving import chromium

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SIGNPOST_SHARED_DIR") or REPO.parent / "shared")
"""``../shared`` beside the project; ``SIGNPOST_SHARED_DIR`` points elsewhere (a git worktree
one level deeper than the checkout it was made from)."""
GAZETTEER_PATH = REPO / "var" / "gazetteer.sqlite"


@pytest.fixture(scope="session")
def gazetteer_path() -> Path:
    """The real OS Code-Point Open gazetteer, built once (``make test`` builds it first)."""
    ensure_gazetteer(GAZETTEER_PATH)
    return GAZETTEER_PATH


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path: Path) -> Gazetteer:
    return Gazetteer(gazetteer_path)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session: Playwright's sync API allows one running
    instance per thread, so every browser test shares it (each test opens its own context)."""
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def _session_cluster(request: pytest.FixtureRequest) -> Iterator[SessionCluster]:
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")

    def say(text: str) -> None:
        """Straight to the terminal (and the CI log), whatever is being captured; from a
        pytest-xdist worker, through the controller, which prints it at the end."""
        from_worker = getattr(request.config, "workeroutput", None)
        if from_worker is not None:
            from_worker.setdefault(WORKER_LINES, []).append(text.strip())
            return
        with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
            (reporter.write_line if reporter else print)(text)

    holder = SessionCluster(say=say)
    yield holder
    holder.stop()


ELASTIC_FIXTURES = {"elasticsearch_url", "elastic_cluster", "elasticsearch_spec", "elastic_api_url"}
CLUSTER_FIXTURES = ELASTIC_FIXTURES - {"elasticsearch_spec"}
CLUSTER_GROUP = "elasticsearch-cluster"
CLUSTER_MODULES = (
    "tests/cli/test_es_command.py",
    "tests/contract/test_elastic_cluster.py",
    "tests/contract/test_elastic_operations.py",
    "tests/contract/test_real_answers.py",
)
"""Modules run whole beside the cluster: they start one of their own, or some of their tests
use the session's without saying so in their ids."""
_CLUSTER_PARAM = re.compile(r"\[(?:[^\]]*-)?elasticsearch(?!-spec)(?:-[^\]]*)?\]$")


def xdist_group(nodeid: str) -> str:
    """The pytest-xdist work unit of a test (``make test`` runs the suite in workers): its
    module, so its module fixtures are built once, except that every test using a cluster
    joins one unit, so the session starts one cluster, not one per worker. Decided from the
    test's id alone, because the controller that deals the tests out never collects them;
    ``pytest_collection_modifyitems`` checks it against the tests' fixtures on every run."""
    module = nodeid.split("::")[0]
    if module in CLUSTER_MODULES or _CLUSTER_PARAM.search(nodeid):
        return CLUSTER_GROUP
    return module


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Deal tests out by ``xdist_group`` (pytest-xdist's own ``loadgroup`` marks no longer
    reach its scheduler under pytest 9.2, whose node ids it can no longer rewrite)."""
    from xdist.scheduler import LoadScopeScheduling

    class ByModuleAndCluster(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            return xdist_group(nodeid)

    return ByModuleAndCluster(config, log)


def _uses_a_cluster(item: pytest.Item, fixtures: set[str], params: Any) -> bool:
    return bool(
        CLUSTER_FIXTURES & fixtures
        or "elasticsearch" in params
        or item.get_closest_marker("elasticsearch")  # by its module: starts its own
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs Elasticsearch (a real cluster or the specification), and
    refuse the run if a test that uses a cluster would be dealt out apart from the others
    (``xdist_group`` reads ids; this reads fixtures and marks, on every run)."""
    misplaced: list[str] = []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {}).values()
        fixtures = set(getattr(item, "fixturenames", ()))
        if _uses_a_cluster(item, fixtures, params) and xdist_group(item.nodeid) != CLUSTER_GROUP:
            misplaced.append(item.nodeid)
        if ELASTIC_FIXTURES & fixtures or any(str(v).startswith("elasticsearch") for v in params):
            item.add_marker(pytest.mark.elasticsearch)
    if misplaced:
        raise pytest.UsageError(
            "tests/conftest.py's xdist_group misreads whether these use a cluster: "
            + ", ".join(misplaced[:5])
        )


WORKER_LINES = "signpost_elasticsearch_lines"
_LINES_FROM_WORKERS: list[str] = []


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """A pytest-xdist worker has finished: keep what it said about its cluster."""
    _LINES_FROM_WORKERS.extend(getattr(node, "workeroutput", {}).get(WORKER_LINES, []))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """How the Elasticsearch tests went, in one line the CI log can be searched for (after
    what the workers said of the cluster they started)."""
    for line in _LINES_FROM_WORKERS:
        terminalreporter.write_line(line)
    counts = dict.fromkeys(("passed", "failed", "error", "skipped"), 0)
    for outcome in counts:
        for report in terminalreporter.stats.get(outcome, []):
            if "elasticsearch" in getattr(report, "keywords", {}) and (
                report.when == "call" or outcome in ("error", "skipped")
            ):
                counts[outcome] += 1
    if any(counts.values()):
        terminalreporter.write_line(
            "Elasticsearch tests: " + ", ".join(f"{n} {outcome}" for outcome, n in counts.items())
        )


@pytest.fixture(scope="session")
def elasticsearch_url(_session_cluster: SessionCluster) -> str:
    """A real Elasticsearch: ``ELASTICSEARCH_URL``, or the session's own three-node cluster
    (``tests/elastic_cluster.py``: skipped where Java or Maven is missing, failed instead
    when ``SIGNPOST_REQUIRE_ELASTICSEARCH`` is set)."""
    url = os.environ.get("ELASTICSEARCH_URL")
    return url or _session_cluster.get().url


@pytest.fixture(scope="session")
def elastic_cluster(_session_cluster: SessionCluster) -> Cluster:
    """The session's own cluster, for tests that stop a node: not one named by
    ``ELASTICSEARCH_URL`` (its nodes are not ours to stop)."""
    if os.environ.get("ELASTICSEARCH_URL"):
        unavailable("ELASTICSEARCH_URL names an outside server: node tests need the session's own")
    return _session_cluster.get()


@pytest.fixture(scope="session")
def elasticsearch_spec() -> Specification:
    """Elastic's OpenAPI document of the Elasticsearch API, as a validator
    (``tests/elastic_spec``); skipped without ``../shared`` — failed instead when
    ``SIGNPOST_REQUIRE_ELASTICSEARCH`` is set."""
    if not (SHARED / SPEC_FILE).exists():
        unavailable(f"Elastic's specification is not at {SHARED / SPEC_FILE} (../shared)")
    return Specification.load(SHARED)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` reference material; tests that need it skip when it is absent."""
    if not SHARED.exists():
        pytest.skip("../shared is not present beside the project (reference data)")
    return SHARED
