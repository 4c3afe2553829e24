"""Java, Maven and the server's classpath.

The server comes from Maven Central through the pinned ``es/pom.xml``: Maven downloads it
into ``~/.m2`` once (about 37 MB) and writes the classpath; the classpath is cached beside the
cluster's data, keyed by the pom's hash, so later starts do not run Maven at all.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ES_DIR = Path(__file__).resolve().parents[2] / "es"
"""``es/``: the pinned build file and the launcher, in the repository beside ``widget/``."""
POM = ES_DIR / "pom.xml"
LAUNCHER = ES_DIR / "SignpostCluster.java"
MIN_JAVA = 11
"""Elasticsearch 7.10 runs on 11 and later (tested here on 17 and 25); launching a
single-file source program needs 11 too."""


class ClusterUnavailable(RuntimeError):
    """This machine cannot run the cluster (no Java, no Maven, artifacts not served); the
    message says what is missing and how to get it."""


@dataclass(frozen=True)
class Java:
    executable: Path
    version: str
    major: int


def find_java() -> Java:
    """``$JAVA_HOME/bin/java`` if set, else ``java`` on the PATH; a JDK, not just a JRE,
    because the launcher is compiled in memory at start."""
    home = os.environ.get("JAVA_HOME")
    candidate = Path(home) / "bin" / "java" if home else None
    if candidate is None or not candidate.exists():
        found = shutil.which("java")
        candidate = Path(found) if found else None
    if candidate is None:
        raise ClusterUnavailable(
            "Java not found: install a JDK (Debian: apt-get install openjdk-17-jdk-headless) "
            "or set JAVA_HOME"
        )
    try:
        out = subprocess.run(
            [str(candidate), "-version"], capture_output=True, text=True, timeout=60
        ).stderr
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ClusterUnavailable(f"{candidate} -version failed: {exc}") from exc
    match = re.search(r'version "(\d+)(?:\.(\d+))?[^"]*"', out)
    if match is None:
        raise ClusterUnavailable(f"cannot read the Java version from {candidate}: {out[:200]}")
    major = int(match.group(1))
    if major == 1:  # "1.8.0_372"
        major = int(match.group(2) or 0)
    version = match.group(0).split('"')[1]
    if major < MIN_JAVA:
        raise ClusterUnavailable(f"Java {version} at {candidate} is too old: need {MIN_JAVA}+")
    if not (candidate.resolve().parent / "javac").exists():
        raise ClusterUnavailable(
            f"{candidate} is a JRE: the cluster needs a JDK (javac) to launch "
            f"{LAUNCHER.name} (Debian: apt-get install openjdk-17-jdk-headless)"
        )
    return Java(candidate, version, major)


def find_maven() -> Path:
    found = shutil.which("mvn")
    if found is None:
        raise ClusterUnavailable("Maven not found: install it (Debian: apt-get install maven)")
    return Path(found)


def classpath(cache_dir: Path, pom: Path = POM) -> list[Path]:
    """The server's jars, resolved by Maven from ``pom`` (cached per pom content)."""
    cache_dir = cache_dir.resolve()
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()[:12]
    cached = cache_dir / f"classpath-{digest}.txt"
    if cached.exists():
        jars = [Path(p) for p in cached.read_text().split(os.pathsep) if p]
        if jars and all(j.exists() for j in jars):
            return jars
    mvn = find_maven()
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(".partial")
    command = [
        str(mvn),
        "-q",
        "-B",
        "--strict-checksums",
        "-f",
        str(pom),
        "dependency:build-classpath",
        f"-Dmdep.outputFile={partial}",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired as exc:
        raise ClusterUnavailable("Maven did not resolve the server within 15 minutes") from exc
    if done.returncode != 0 or not partial.exists():
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise ClusterUnavailable(f"Maven could not resolve {pom}:\n{tail}")
    partial.replace(cached)
    return [Path(p) for p in cached.read_text().split(os.pathsep) if p]


def download_size(jars: list[Path]) -> int:
    return sum(j.stat().st_size for j in jars)
