"""Garbage in the listings a harvest brings — empty or punctuation-only names, numerals of
other scripts, ligatures, entities left escaped, postcodes that are none, towns that are no
place — never breaks the dedup step: every listing the model accepts comes out in a cluster."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.dedup import deduplicate
from index.dedup.locate import gazetteer_locator
from index.geo import Gazetteer
from index.model import SourceRecord
from tests.dedup.records import listing

TEXT = st.text(max_size=40)
NAMES = st.one_of(
    TEXT.filter(str.strip),
    st.sampled_from(
        ["DIAL", "Over Fifties", "Tea &amp; Chat", "!!!", "123", "a b c d", "Drop-in",
         "ESOL Entry 1", "ǅ", "ﬁve", "½", "²³", "Ⅻ Club", "Under Fives (0-5)"]
    ),
)  # fmt: skip
TOWNS = st.one_of(st.none(), TEXT, st.sampled_from(["Wembley", "Hayes", "London", "HA1 2AA"]))
POSTCODES = st.one_of(st.none(), TEXT, st.sampled_from(["HA1 2AA", "ha12aa", "XX1 1XX"]))
PHONES = st.lists(st.one_of(TEXT, st.just("+44 (0)20 8424 1000")), max_size=2)
ROWS = st.lists(
    st.tuples(NAMES, st.one_of(st.none(), TEXT), TOWNS, POSTCODES, PHONES), min_size=1, max_size=8
)


def _listings(
    rows: list[tuple[str, str | None, str | None, str | None, list[str]]],
) -> list[SourceRecord]:
    out: list[SourceRecord] = []
    for n, (name, address, town, postcode, phones) in enumerate(rows):
        try:
            out.append(
                listing(
                    "ab"[n % 2],
                    f"k{n}",
                    name,
                    address=address,
                    city=town,
                    postcode=postcode,
                    phones=tuple(phones),
                )
            )
        except ValueError:
            continue  # the model refused it: a harvester would have skipped it with a reason
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=ROWS)
def test_garbage_listings_are_all_clustered(gazetteer: Gazetteer, rows: list) -> None:
    records = _listings(rows)
    result = deduplicate(records, locate=gazetteer_locator(gazetteer), workers=1)
    assert set(result.membership) == {r.id for r in records}
