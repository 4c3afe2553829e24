"""The walk: every district (outcode) and every sector in the built gazetteer, and a large
deterministic sample of full postcodes, read back as themselves however they are typed; and
unknown postcodes fall back to their sector or district with a sentence that says so.

The lists come from the gazetteer's own tables, never from a hand-written list."""

from __future__ import annotations

import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.geo import Gazetteer, UnknownPostcode, postcode_readings

SAMPLE_EVERY = 40
"""Every 40th postcode in order: ~43,000 full postcodes across every area of GB."""


def table(gazetteer: Gazetteer, sql: str) -> list[str]:
    conn = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute(sql)]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def outcodes(gazetteer: Gazetteer) -> list[str]:
    return table(gazetteer, "SELECT key FROM outcodes ORDER BY key")


@pytest.fixture(scope="module")
def sectors(gazetteer: Gazetteer) -> list[str]:
    return table(gazetteer, "SELECT key FROM sectors ORDER BY key")


@pytest.fixture(scope="module")
def sample(gazetteer: Gazetteer) -> list[str]:
    every = table(gazetteer, "SELECT pc FROM postcodes ORDER BY pc")
    return every[::SAMPLE_EVERY]


def test_every_district_resolves_to_itself(gazetteer: Gazetteer, outcodes: list[str]) -> None:
    assert len(outcodes) > 2800
    wrong = {}
    for outcode in outcodes:
        for typed in (outcode, outcode.lower(), f"  {outcode} "):
            info = gazetteer.lookup(typed)
            origin = gazetteer.resolve(typed)
            got = (info.postcode, info.precision, origin.postcode, origin.precision, origin.note)
            if got != (outcode, "outcode", outcode, "outcode", None):
                wrong[typed] = got
    assert wrong == {}


def test_every_sector_resolves_to_itself(gazetteer: Gazetteer, sectors: list[str]) -> None:
    """Spaced, a sector is read as typed. Unspaced ("NW103"), it is the sector too — except
    where the unspaced text is itself a district ("NW1 0" typed "NW10" is NW10, by the rule)."""
    assert len(sectors) > 10_000
    wrong: dict[str, object] = {}
    districts_first = 0
    for sector in sectors:
        for typed in (sector, sector.lower(), sector.replace(" ", "  ")):
            origin = gazetteer.resolve(typed)
            if (origin.postcode, origin.precision, origin.note) != (sector, "sector", None):
                wrong[typed] = origin
        compact = sector.replace(" ", "")
        origin = gazetteer.resolve(compact)
        if gazetteer.area("outcode", compact) is not None:
            districts_first += 1
            expected = (compact, "outcode")
        else:
            expected = (sector, "sector")
        if (origin.postcode, origin.precision) != expected:
            wrong[compact] = origin
    assert wrong == {}
    assert districts_first > 0  # e.g. NW1 0 / NW10: the district wins when typed unspaced


def test_full_postcodes_with_or_without_space_in_any_case(
    gazetteer: Gazetteer, sample: list[str]
) -> None:
    assert len(sample) > 40_000
    wrong = {}
    for pc in sample:
        compact = pc.replace(" ", "")
        for typed in (pc, compact.lower(), f" {pc.lower()} ", compact):
            info = gazetteer.lookup(typed)
            if (info.postcode, info.precision) != (pc, "postcode"):
                wrong[typed] = info
    assert wrong == {}
    assert all(
        gazetteer.resolve(pc).postcode == pc and gazetteer.resolve(pc).note is None
        for pc in sample[::10]
    )


def test_unknown_full_postcodes_fall_back_to_sector_then_district(
    gazetteer: Gazetteer, sample: list[str]
) -> None:
    """For every fifth sampled postcode, the same sector with unit "ZZ" (where no such
    postcode exists) is measured from the sector, and the note says so."""
    checked = 0
    for pc in sample[::5]:
        sector = pc[:-2]
        unknown = f"{sector}ZZ"
        try:
            gazetteer.lookup(unknown)
            continue  # a real postcode ending ZZ
        except UnknownPostcode:
            pass  # data is never moved to a sector centre: only a searcher's origin is
        origin = gazetteer.resolve(unknown.lower().replace(" ", ""))
        assert (origin.postcode, origin.precision) == (sector.strip(), "sector")
        assert origin.note == (
            f"{unknown} is not a current postcode; distances are from {sector.strip()}"
        )
        checked += 1
    assert checked > 8000
    # A sector that does not exist either: measured from the district.
    origin = gazetteer.resolve("NW10 0ZZ")
    if gazetteer.area("sector", "NW10 0") is None:
        assert (origin.postcode, origin.precision) == ("NW10", "outcode")
        assert origin.note == "NW10 0ZZ is not a current postcode; distances are from NW10"


def test_the_issue_examples(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("NW10").postcode == "NW10"  # Harlesden, not NW1 0 (Camden)
    assert gazetteer.resolve("NW10").borough == "Brent"
    assert gazetteer.resolve("E17").borough == "Waltham Forest"  # not E1 7 (Whitechapel)
    for district in ("SE10", "N10", "SW19", "UB10", "W10"):
        assert gazetteer.resolve(district).postcode == district
    assert gazetteer.resolve("NW1 0").postcode == "NW1 0"
    assert gazetteer.resolve("NW10 3").postcode == "NW10 3"
    ub8 = gazetteer.resolve("UB8 1AA")
    assert ub8.precision == "sector" and ub8.postcode == "UB8 1"
    assert ub8.note == "UB8 1AA is not a current postcode; distances are from UB8 1"


@pytest.mark.parametrize("text", ["hello", "1234567890", "ZZ99", "ZZ99 9ZZ", "", "   "])
def test_text_that_is_no_place_raises(gazetteer: Gazetteer, text: str) -> None:
    with pytest.raises(UnknownPostcode):
        gazetteer.resolve(text)


def _retype(code: str, data: st.DataObject) -> str:
    """The same code as someone might type it: any case, extra spaces around and between."""
    cased = "".join(c.lower() if data.draw(st.booleans()) else c for c in code)
    pad = st.text(alphabet=" ", max_size=3)
    return data.draw(pad) + re.sub(" ", lambda _m: " " + data.draw(pad), cased) + data.draw(pad)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_typing_of_a_district_or_sector(gazetteer: Gazetteer, data: st.DataObject) -> None:
    codes = gazetteer.outcodes() + gazetteer.sectors()
    code = data.draw(st.sampled_from(codes))
    typed = _retype(code, data)
    assert gazetteer.resolve(typed).postcode == code


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=12))
def test_readings_never_crash_and_are_shaped(text: str) -> None:
    for precision, value in postcode_readings(text):
        assert precision in {"postcode", "sector", "outcode"}
        assert value == value.upper().strip()


def test_every_divided_district_is_the_centre_of_its_parts(
    gazetteer: Gazetteer, outcodes: list[str]
) -> None:
    """Royal Mail split SW1, W1, EC1–EC4, WC1 and WC2 into lettered districts (SW1A, SW1E…);
    Code-Point holds only the parts, yet "near WC1" is how people type it. Every stem of a
    lettered district that is not a district itself reads as the centre of its parts'
    postcodes, with a sentence naming them. Computed here from the table, independently."""
    conn = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    rows = {r[0]: r[1:] for r in conn.execute("SELECT key, lat, lon, n FROM outcodes")}
    conn.close()
    stems: dict[str, list[str]] = {}
    for key in outcodes:
        m = re.match(r"^([A-Z]{1,2}[0-9])[A-Z]$", key)
        if m and m.group(1) not in rows:
            stems.setdefault(m.group(1), []).append(key)
    assert {"SW1", "W1", "EC1", "EC2", "EC3", "EC4", "WC1", "WC2"} <= set(stems)
    assert "E1" not in stems and "N1" not in stems  # E1W, N1C beside real E1, N1
    for stem, parts in stems.items():
        total = sum(rows[k][2] for k in parts)
        lat = sum(rows[k][0] * rows[k][2] for k in parts) / total
        lon = sum(rows[k][1] * rows[k][2] for k in parts) / total
        for typed in (stem, stem.lower(), f" {stem}  "):
            origin = gazetteer.resolve(typed)
            assert (origin.postcode, origin.precision) == (stem, "outcode"), typed
            assert origin.latitude == pytest.approx(lat) and origin.longitude == pytest.approx(lon)
            assert origin.note is not None and origin.note.startswith(f"{stem} is divided into ")
            assert all(part in origin.note for part in parts)
            assert origin.borough is not None
        unknown = gazetteer.resolve(f"{stem} 9ZZ")
        assert (unknown.postcode, unknown.precision) == (stem, "outcode")
        assert unknown.note == f"{stem} 9ZZ is not a current postcode; distances are from {stem}"
